from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.task_response import TaskResponse
from ...models.video_effects_request import VideoEffectsRequest
from ...types import Response


def _get_kwargs(
    *,
    body: VideoEffectsRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/videos/effects",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | TaskResponse | None:
    if response.status_code == 200:
        response_200 = TaskResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = ErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = ErrorResponse.from_dict(response.json())

        return response_503

    if response.status_code == 504:
        response_504 = ErrorResponse.from_dict(response.json())

        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorResponse | TaskResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: VideoEffectsRequest,
) -> Response[ErrorResponse | TaskResponse]:
    """Create a video-effects task

     Applies the preset `effect_scene` and returns the task in state `submitted`. Dual-character scenes
    (hug, kiss, heart_gesture) take two portraits in `input.images`; single-image scenes (squish,
    expansion, fuzzyfuzzy) take one `input.image`. The per-scene requirements are in the request
    schema's `x-kling-rules` and `x-kling-capabilities`; scenes this document does not know are sent
    with a warning and not judged.

    Args:
        body (VideoEffectsRequest): Body of `POST /v1/videos/effects`: `effect_scene` at the top
            level, model, mode and duration
            inside `input`. Server defaults when unset (dual-character scenes): `input.model_name`
            kling-v1, `input.mode` std.

            - Dual-character scenes (`hug`, `kiss`, `heart_gesture`): `input.images` (exactly 2
              portraits, the first placed on the left) and `input.duration` are required;
              `input.model_name` kling-v1 (server default), kling-v1-5 or kling-v1-6 (the sources
              disagree on whether it is required: optional here); `input.mode` std (default) or pro;
              duration "5" or "10".
            - Single-image scenes (`squish`, `expansion`, `fuzzyfuzzy`): `input.image`,
              `input.duration` ("5" only) and `input.model_name` (kling-v1-6 only) are required; no
              `input.mode`. Later official code sends these scenes without `model_name` and with
              `mode`, so both of those rules are warnings.
            - `bloombloom`, `dizzydizzy` (single-image, added in spring 2025): the same rules as the
              baseline single-image scenes (kling-v1-6, "5"), in their own rules and table so that the
              baseline ones stay as they were.
            - `fight` (dual-character, after the baseline): kling-v1-6 only. Per-scene rules of the
              newer scenes have low confidence, so its rules (two portraits, duration, model) are
              warnings and it has no capability table.
            - The other single-image scenes of October 2025 (`baseball` ... `rocketrocket`): known
              names, but their per-scene rules are unknown and some newer scenes take neither
              `model_name` nor `duration`, so the baseline single-image rules are not forced on them:
              not judged (the official client sends `input.image`, `input.mode` and
              `input.duration`).
            - Other scenes: not judged (open enum; the input shapes of later scenes vary).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TaskResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: VideoEffectsRequest,
) -> ErrorResponse | TaskResponse | None:
    """Create a video-effects task

     Applies the preset `effect_scene` and returns the task in state `submitted`. Dual-character scenes
    (hug, kiss, heart_gesture) take two portraits in `input.images`; single-image scenes (squish,
    expansion, fuzzyfuzzy) take one `input.image`. The per-scene requirements are in the request
    schema's `x-kling-rules` and `x-kling-capabilities`; scenes this document does not know are sent
    with a warning and not judged.

    Args:
        body (VideoEffectsRequest): Body of `POST /v1/videos/effects`: `effect_scene` at the top
            level, model, mode and duration
            inside `input`. Server defaults when unset (dual-character scenes): `input.model_name`
            kling-v1, `input.mode` std.

            - Dual-character scenes (`hug`, `kiss`, `heart_gesture`): `input.images` (exactly 2
              portraits, the first placed on the left) and `input.duration` are required;
              `input.model_name` kling-v1 (server default), kling-v1-5 or kling-v1-6 (the sources
              disagree on whether it is required: optional here); `input.mode` std (default) or pro;
              duration "5" or "10".
            - Single-image scenes (`squish`, `expansion`, `fuzzyfuzzy`): `input.image`,
              `input.duration` ("5" only) and `input.model_name` (kling-v1-6 only) are required; no
              `input.mode`. Later official code sends these scenes without `model_name` and with
              `mode`, so both of those rules are warnings.
            - `bloombloom`, `dizzydizzy` (single-image, added in spring 2025): the same rules as the
              baseline single-image scenes (kling-v1-6, "5"), in their own rules and table so that the
              baseline ones stay as they were.
            - `fight` (dual-character, after the baseline): kling-v1-6 only. Per-scene rules of the
              newer scenes have low confidence, so its rules (two portraits, duration, model) are
              warnings and it has no capability table.
            - The other single-image scenes of October 2025 (`baseball` ... `rocketrocket`): known
              names, but their per-scene rules are unknown and some newer scenes take neither
              `model_name` nor `duration`, so the baseline single-image rules are not forced on them:
              not judged (the official client sends `input.image`, `input.mode` and
              `input.duration`).
            - Other scenes: not judged (open enum; the input shapes of later scenes vary).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TaskResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: VideoEffectsRequest,
) -> Response[ErrorResponse | TaskResponse]:
    """Create a video-effects task

     Applies the preset `effect_scene` and returns the task in state `submitted`. Dual-character scenes
    (hug, kiss, heart_gesture) take two portraits in `input.images`; single-image scenes (squish,
    expansion, fuzzyfuzzy) take one `input.image`. The per-scene requirements are in the request
    schema's `x-kling-rules` and `x-kling-capabilities`; scenes this document does not know are sent
    with a warning and not judged.

    Args:
        body (VideoEffectsRequest): Body of `POST /v1/videos/effects`: `effect_scene` at the top
            level, model, mode and duration
            inside `input`. Server defaults when unset (dual-character scenes): `input.model_name`
            kling-v1, `input.mode` std.

            - Dual-character scenes (`hug`, `kiss`, `heart_gesture`): `input.images` (exactly 2
              portraits, the first placed on the left) and `input.duration` are required;
              `input.model_name` kling-v1 (server default), kling-v1-5 or kling-v1-6 (the sources
              disagree on whether it is required: optional here); `input.mode` std (default) or pro;
              duration "5" or "10".
            - Single-image scenes (`squish`, `expansion`, `fuzzyfuzzy`): `input.image`,
              `input.duration` ("5" only) and `input.model_name` (kling-v1-6 only) are required; no
              `input.mode`. Later official code sends these scenes without `model_name` and with
              `mode`, so both of those rules are warnings.
            - `bloombloom`, `dizzydizzy` (single-image, added in spring 2025): the same rules as the
              baseline single-image scenes (kling-v1-6, "5"), in their own rules and table so that the
              baseline ones stay as they were.
            - `fight` (dual-character, after the baseline): kling-v1-6 only. Per-scene rules of the
              newer scenes have low confidence, so its rules (two portraits, duration, model) are
              warnings and it has no capability table.
            - The other single-image scenes of October 2025 (`baseball` ... `rocketrocket`): known
              names, but their per-scene rules are unknown and some newer scenes take neither
              `model_name` nor `duration`, so the baseline single-image rules are not forced on them:
              not judged (the official client sends `input.image`, `input.mode` and
              `input.duration`).
            - Other scenes: not judged (open enum; the input shapes of later scenes vary).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | TaskResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: VideoEffectsRequest,
) -> ErrorResponse | TaskResponse | None:
    """Create a video-effects task

     Applies the preset `effect_scene` and returns the task in state `submitted`. Dual-character scenes
    (hug, kiss, heart_gesture) take two portraits in `input.images`; single-image scenes (squish,
    expansion, fuzzyfuzzy) take one `input.image`. The per-scene requirements are in the request
    schema's `x-kling-rules` and `x-kling-capabilities`; scenes this document does not know are sent
    with a warning and not judged.

    Args:
        body (VideoEffectsRequest): Body of `POST /v1/videos/effects`: `effect_scene` at the top
            level, model, mode and duration
            inside `input`. Server defaults when unset (dual-character scenes): `input.model_name`
            kling-v1, `input.mode` std.

            - Dual-character scenes (`hug`, `kiss`, `heart_gesture`): `input.images` (exactly 2
              portraits, the first placed on the left) and `input.duration` are required;
              `input.model_name` kling-v1 (server default), kling-v1-5 or kling-v1-6 (the sources
              disagree on whether it is required: optional here); `input.mode` std (default) or pro;
              duration "5" or "10".
            - Single-image scenes (`squish`, `expansion`, `fuzzyfuzzy`): `input.image`,
              `input.duration` ("5" only) and `input.model_name` (kling-v1-6 only) are required; no
              `input.mode`. Later official code sends these scenes without `model_name` and with
              `mode`, so both of those rules are warnings.
            - `bloombloom`, `dizzydizzy` (single-image, added in spring 2025): the same rules as the
              baseline single-image scenes (kling-v1-6, "5"), in their own rules and table so that the
              baseline ones stay as they were.
            - `fight` (dual-character, after the baseline): kling-v1-6 only. Per-scene rules of the
              newer scenes have low confidence, so its rules (two portraits, duration, model) are
              warnings and it has no capability table.
            - The other single-image scenes of October 2025 (`baseball` ... `rocketrocket`): known
              names, but their per-scene rules are unknown and some newer scenes take neither
              `model_name` nor `duration`, so the baseline single-image rules are not forced on them:
              not judged (the official client sends `input.image`, `input.mode` and
              `input.duration`).
            - Other scenes: not judged (open enum; the input shapes of later scenes vary).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | TaskResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

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
            level and an `input` object
            whose fields vary by scene. The 2026 documentation lists 219 scenes: 204 single-image
            scenes take `input.image`, 15 dual-image scenes take `input.images` (two portraits, the
            first placed on the left). `EffectScene`'s `x-kling-single-image` and `x-kling-dual-image`
            tell every known scene apart (the 2026 ones and the older ones) and the rules read them
            (`{$from: <pointer>}` in a condition stands for the list the pointer names). The 2026 page
            documents no `model_name`, `mode` or `duration`: they stay optional, none is required
            (FACTS-2026 section 7), and the result videos carry no duration.

            Ten scenes are discontinued (`x-kling-lifecycle` on `EffectScene`): still sent, with a
            warning, and answered by Kling with an error (the simulator answers 1201, HTTP 400).

            Older scenes, kept for the clients that still send them (open enum):
            - Dual-character `hug`, `kiss`, `heart_gesture` (2025): `input.duration` "5" or "10",
              `input.model_name` kling-v1 (server default), kling-v1-5 or kling-v1-6, `input.mode` std
              (default) or pro. The duration was documented as required: now a warning.
            - Single-image `squish`, `expansion`, `fuzzyfuzzy`, `bloombloom`, `dizzydizzy`: duration
              "5" only, `input.model_name` kling-v1-6 only; no `input.mode` (warnings when the
              duration or the model is missing or a mode is sent).
            - `fight` (dual-character, kling-v1-6 only): warnings only.
            - Scenes outside both lists: not judged (open enum; the input shapes of later scenes
            vary).

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
            level and an `input` object
            whose fields vary by scene. The 2026 documentation lists 219 scenes: 204 single-image
            scenes take `input.image`, 15 dual-image scenes take `input.images` (two portraits, the
            first placed on the left). `EffectScene`'s `x-kling-single-image` and `x-kling-dual-image`
            tell every known scene apart (the 2026 ones and the older ones) and the rules read them
            (`{$from: <pointer>}` in a condition stands for the list the pointer names). The 2026 page
            documents no `model_name`, `mode` or `duration`: they stay optional, none is required
            (FACTS-2026 section 7), and the result videos carry no duration.

            Ten scenes are discontinued (`x-kling-lifecycle` on `EffectScene`): still sent, with a
            warning, and answered by Kling with an error (the simulator answers 1201, HTTP 400).

            Older scenes, kept for the clients that still send them (open enum):
            - Dual-character `hug`, `kiss`, `heart_gesture` (2025): `input.duration` "5" or "10",
              `input.model_name` kling-v1 (server default), kling-v1-5 or kling-v1-6, `input.mode` std
              (default) or pro. The duration was documented as required: now a warning.
            - Single-image `squish`, `expansion`, `fuzzyfuzzy`, `bloombloom`, `dizzydizzy`: duration
              "5" only, `input.model_name` kling-v1-6 only; no `input.mode` (warnings when the
              duration or the model is missing or a mode is sent).
            - `fight` (dual-character, kling-v1-6 only): warnings only.
            - Scenes outside both lists: not judged (open enum; the input shapes of later scenes
            vary).

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
            level and an `input` object
            whose fields vary by scene. The 2026 documentation lists 219 scenes: 204 single-image
            scenes take `input.image`, 15 dual-image scenes take `input.images` (two portraits, the
            first placed on the left). `EffectScene`'s `x-kling-single-image` and `x-kling-dual-image`
            tell every known scene apart (the 2026 ones and the older ones) and the rules read them
            (`{$from: <pointer>}` in a condition stands for the list the pointer names). The 2026 page
            documents no `model_name`, `mode` or `duration`: they stay optional, none is required
            (FACTS-2026 section 7), and the result videos carry no duration.

            Ten scenes are discontinued (`x-kling-lifecycle` on `EffectScene`): still sent, with a
            warning, and answered by Kling with an error (the simulator answers 1201, HTTP 400).

            Older scenes, kept for the clients that still send them (open enum):
            - Dual-character `hug`, `kiss`, `heart_gesture` (2025): `input.duration` "5" or "10",
              `input.model_name` kling-v1 (server default), kling-v1-5 or kling-v1-6, `input.mode` std
              (default) or pro. The duration was documented as required: now a warning.
            - Single-image `squish`, `expansion`, `fuzzyfuzzy`, `bloombloom`, `dizzydizzy`: duration
              "5" only, `input.model_name` kling-v1-6 only; no `input.mode` (warnings when the
              duration or the model is missing or a mode is sent).
            - `fight` (dual-character, kling-v1-6 only): warnings only.
            - Scenes outside both lists: not judged (open enum; the input shapes of later scenes
            vary).

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
            level and an `input` object
            whose fields vary by scene. The 2026 documentation lists 219 scenes: 204 single-image
            scenes take `input.image`, 15 dual-image scenes take `input.images` (two portraits, the
            first placed on the left). `EffectScene`'s `x-kling-single-image` and `x-kling-dual-image`
            tell every known scene apart (the 2026 ones and the older ones) and the rules read them
            (`{$from: <pointer>}` in a condition stands for the list the pointer names). The 2026 page
            documents no `model_name`, `mode` or `duration`: they stay optional, none is required
            (FACTS-2026 section 7), and the result videos carry no duration.

            Ten scenes are discontinued (`x-kling-lifecycle` on `EffectScene`): still sent, with a
            warning, and answered by Kling with an error (the simulator answers 1201, HTTP 400).

            Older scenes, kept for the clients that still send them (open enum):
            - Dual-character `hug`, `kiss`, `heart_gesture` (2025): `input.duration` "5" or "10",
              `input.model_name` kling-v1 (server default), kling-v1-5 or kling-v1-6, `input.mode` std
              (default) or pro. The duration was documented as required: now a warning.
            - Single-image `squish`, `expansion`, `fuzzyfuzzy`, `bloombloom`, `dizzydizzy`: duration
              "5" only, `input.model_name` kling-v1-6 only; no `input.mode` (warnings when the
              duration or the model is missing or a mode is sent).
            - `fight` (dual-character, kling-v1-6 only): warnings only.
            - Scenes outside both lists: not judged (open enum; the input shapes of later scenes
            vary).

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

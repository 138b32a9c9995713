from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.task_response import TaskResponse
from ...models.text_to_video_request import TextToVideoRequest
from ...types import Response


def _get_kwargs(
    *,
    body: TextToVideoRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/videos/text2video",
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
    body: TextToVideoRequest,
) -> Response[ErrorResponse | TaskResponse]:
    """Create a text-to-video task

     Starts a text-to-video task and returns it in state `submitted`. Supported model, mode, duration and
    camera-control combinations are in the request schema's `x-kling-capabilities`. A create is never
    retried blindly: send an `external_task_id` and look the task up with it before any re-submission.

    Args:
        body (TextToVideoRequest): Body of `POST /v1/videos/text2video`. Server defaults when a
            field is unset: `model_name`
            kling-v1, `mode` std, `duration` "5", `aspect_ratio` 16:9, `cfg_scale` 0.5,
            `negative_prompt`
            empty, `sound` off, `multi_shot` false.

            Capabilities (`x-kling-capabilities`): kling-v1 supports std and pro, 5 s and 10 s, and
            camera control only in std 5 s. kling-v1-6 supports std and pro, 5 s and 10 s, and no
            camera
            control. The kling-v1-6 **pro** combinations are disputed (an older map shows them as not
            supported); we allow them, following the official Chinese capability map of May 2025.

            Newer models (after the baseline): kling-v2-master, kling-v2-1-master, kling-v2-5-turbo
            and
            kling-v2-6 take 5 s and 10 s; kling-v3 takes "3" to "15" (one source only: permissive
            reading) and also mode `4k` (2026-04-23). All are allowed in std and pro:
            kling-v2-1-master and kling-v2-5-turbo were
            pro-only at first, but std is not refused (permissive reading). Camera control is
            documented for kling-v1 only: it stays refused for the newer models. `sound` on needs
            kling-v2-6 or kling-v3 in pro mode; `voice_list` needs kling-v2-6 or kling-v3;
            `multi_shot` true needs kling-v3. The sources say the v2 and later models "ignore or
            refuse" `cfg_scale`: a warning, not an error.

            Camera control: `config` is required for type `simple` and forbidden for the four preset
            types; exactly one `config` field is non-zero.

            Native audio: `voice_list` (at most 2 voices) needs `sound` on (`x-kling-rules`).
            Multi-shot: with `multi_shot` true the server ignores `prompt` (still required by this
            schema: send a summary) and `shot_type` is required; `customize` needs `multi_prompt`, 1
            to
            6 shots whose durations add up to `duration` (not checked on the client side: no rule kind
            expresses a sum). With `multi_shot` false or unset, `shot_type` and `multi_prompt` are
            ignored (warning).

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
    body: TextToVideoRequest,
) -> ErrorResponse | TaskResponse | None:
    """Create a text-to-video task

     Starts a text-to-video task and returns it in state `submitted`. Supported model, mode, duration and
    camera-control combinations are in the request schema's `x-kling-capabilities`. A create is never
    retried blindly: send an `external_task_id` and look the task up with it before any re-submission.

    Args:
        body (TextToVideoRequest): Body of `POST /v1/videos/text2video`. Server defaults when a
            field is unset: `model_name`
            kling-v1, `mode` std, `duration` "5", `aspect_ratio` 16:9, `cfg_scale` 0.5,
            `negative_prompt`
            empty, `sound` off, `multi_shot` false.

            Capabilities (`x-kling-capabilities`): kling-v1 supports std and pro, 5 s and 10 s, and
            camera control only in std 5 s. kling-v1-6 supports std and pro, 5 s and 10 s, and no
            camera
            control. The kling-v1-6 **pro** combinations are disputed (an older map shows them as not
            supported); we allow them, following the official Chinese capability map of May 2025.

            Newer models (after the baseline): kling-v2-master, kling-v2-1-master, kling-v2-5-turbo
            and
            kling-v2-6 take 5 s and 10 s; kling-v3 takes "3" to "15" (one source only: permissive
            reading) and also mode `4k` (2026-04-23). All are allowed in std and pro:
            kling-v2-1-master and kling-v2-5-turbo were
            pro-only at first, but std is not refused (permissive reading). Camera control is
            documented for kling-v1 only: it stays refused for the newer models. `sound` on needs
            kling-v2-6 or kling-v3 in pro mode; `voice_list` needs kling-v2-6 or kling-v3;
            `multi_shot` true needs kling-v3. The sources say the v2 and later models "ignore or
            refuse" `cfg_scale`: a warning, not an error.

            Camera control: `config` is required for type `simple` and forbidden for the four preset
            types; exactly one `config` field is non-zero.

            Native audio: `voice_list` (at most 2 voices) needs `sound` on (`x-kling-rules`).
            Multi-shot: with `multi_shot` true the server ignores `prompt` (still required by this
            schema: send a summary) and `shot_type` is required; `customize` needs `multi_prompt`, 1
            to
            6 shots whose durations add up to `duration` (not checked on the client side: no rule kind
            expresses a sum). With `multi_shot` false or unset, `shot_type` and `multi_prompt` are
            ignored (warning).

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
    body: TextToVideoRequest,
) -> Response[ErrorResponse | TaskResponse]:
    """Create a text-to-video task

     Starts a text-to-video task and returns it in state `submitted`. Supported model, mode, duration and
    camera-control combinations are in the request schema's `x-kling-capabilities`. A create is never
    retried blindly: send an `external_task_id` and look the task up with it before any re-submission.

    Args:
        body (TextToVideoRequest): Body of `POST /v1/videos/text2video`. Server defaults when a
            field is unset: `model_name`
            kling-v1, `mode` std, `duration` "5", `aspect_ratio` 16:9, `cfg_scale` 0.5,
            `negative_prompt`
            empty, `sound` off, `multi_shot` false.

            Capabilities (`x-kling-capabilities`): kling-v1 supports std and pro, 5 s and 10 s, and
            camera control only in std 5 s. kling-v1-6 supports std and pro, 5 s and 10 s, and no
            camera
            control. The kling-v1-6 **pro** combinations are disputed (an older map shows them as not
            supported); we allow them, following the official Chinese capability map of May 2025.

            Newer models (after the baseline): kling-v2-master, kling-v2-1-master, kling-v2-5-turbo
            and
            kling-v2-6 take 5 s and 10 s; kling-v3 takes "3" to "15" (one source only: permissive
            reading) and also mode `4k` (2026-04-23). All are allowed in std and pro:
            kling-v2-1-master and kling-v2-5-turbo were
            pro-only at first, but std is not refused (permissive reading). Camera control is
            documented for kling-v1 only: it stays refused for the newer models. `sound` on needs
            kling-v2-6 or kling-v3 in pro mode; `voice_list` needs kling-v2-6 or kling-v3;
            `multi_shot` true needs kling-v3. The sources say the v2 and later models "ignore or
            refuse" `cfg_scale`: a warning, not an error.

            Camera control: `config` is required for type `simple` and forbidden for the four preset
            types; exactly one `config` field is non-zero.

            Native audio: `voice_list` (at most 2 voices) needs `sound` on (`x-kling-rules`).
            Multi-shot: with `multi_shot` true the server ignores `prompt` (still required by this
            schema: send a summary) and `shot_type` is required; `customize` needs `multi_prompt`, 1
            to
            6 shots whose durations add up to `duration` (not checked on the client side: no rule kind
            expresses a sum). With `multi_shot` false or unset, `shot_type` and `multi_prompt` are
            ignored (warning).

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
    body: TextToVideoRequest,
) -> ErrorResponse | TaskResponse | None:
    """Create a text-to-video task

     Starts a text-to-video task and returns it in state `submitted`. Supported model, mode, duration and
    camera-control combinations are in the request schema's `x-kling-capabilities`. A create is never
    retried blindly: send an `external_task_id` and look the task up with it before any re-submission.

    Args:
        body (TextToVideoRequest): Body of `POST /v1/videos/text2video`. Server defaults when a
            field is unset: `model_name`
            kling-v1, `mode` std, `duration` "5", `aspect_ratio` 16:9, `cfg_scale` 0.5,
            `negative_prompt`
            empty, `sound` off, `multi_shot` false.

            Capabilities (`x-kling-capabilities`): kling-v1 supports std and pro, 5 s and 10 s, and
            camera control only in std 5 s. kling-v1-6 supports std and pro, 5 s and 10 s, and no
            camera
            control. The kling-v1-6 **pro** combinations are disputed (an older map shows them as not
            supported); we allow them, following the official Chinese capability map of May 2025.

            Newer models (after the baseline): kling-v2-master, kling-v2-1-master, kling-v2-5-turbo
            and
            kling-v2-6 take 5 s and 10 s; kling-v3 takes "3" to "15" (one source only: permissive
            reading) and also mode `4k` (2026-04-23). All are allowed in std and pro:
            kling-v2-1-master and kling-v2-5-turbo were
            pro-only at first, but std is not refused (permissive reading). Camera control is
            documented for kling-v1 only: it stays refused for the newer models. `sound` on needs
            kling-v2-6 or kling-v3 in pro mode; `voice_list` needs kling-v2-6 or kling-v3;
            `multi_shot` true needs kling-v3. The sources say the v2 and later models "ignore or
            refuse" `cfg_scale`: a warning, not an error.

            Camera control: `config` is required for type `simple` and forbidden for the four preset
            types; exactly one `config` field is non-zero.

            Native audio: `voice_list` (at most 2 voices) needs `sound` on (`x-kling-rules`).
            Multi-shot: with `multi_shot` true the server ignores `prompt` (still required by this
            schema: send a summary) and `shot_type` is required; `customize` needs `multi_prompt`, 1
            to
            6 shots whose durations add up to `duration` (not checked on the client side: no rule kind
            expresses a sum). With `multi_shot` false or unset, `shot_type` and `multi_prompt` are
            ignored (warning).

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

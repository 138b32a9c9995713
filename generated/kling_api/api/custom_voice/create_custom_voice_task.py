from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.custom_voice_request import CustomVoiceRequest
from ...models.error_response import ErrorResponse
from ...models.task_response import TaskResponse
from ...types import Response


def _get_kwargs(
    *,
    body: CustomVoiceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/general/custom-voices",
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
    body: CustomVoiceRequest,
) -> Response[ErrorResponse | TaskResponse]:
    """Create a custom-voice task

     Clones a voice from a clean 5-30 s recording (`voice_url`) or from a Kling video with sound
    (`video_id`) and returns the task in state `submitted`; the result is `task_result.voices[]` whose
    `voice_id` feeds text to speech, element voices and the `voice` inputs of native audio (FACTS-2026
    §4.3).

    Args:
        body (CustomVoiceRequest): Body of `POST /v1/general/custom-voices` (FACTS-2026 §4.3). The
            voice comes from
            `voice_url` (.mp3/.wav/.mp4/.mov, 5-30 s, one clean voice) or `video_id` (a kling-v2-6
            video with sound, an avatar or a lip-sync video): at least one is required; both at
            once is a warning (which one wins is not documented).

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
    body: CustomVoiceRequest,
) -> ErrorResponse | TaskResponse | None:
    """Create a custom-voice task

     Clones a voice from a clean 5-30 s recording (`voice_url`) or from a Kling video with sound
    (`video_id`) and returns the task in state `submitted`; the result is `task_result.voices[]` whose
    `voice_id` feeds text to speech, element voices and the `voice` inputs of native audio (FACTS-2026
    §4.3).

    Args:
        body (CustomVoiceRequest): Body of `POST /v1/general/custom-voices` (FACTS-2026 §4.3). The
            voice comes from
            `voice_url` (.mp3/.wav/.mp4/.mov, 5-30 s, one clean voice) or `video_id` (a kling-v2-6
            video with sound, an avatar or a lip-sync video): at least one is required; both at
            once is a warning (which one wins is not documented).

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
    body: CustomVoiceRequest,
) -> Response[ErrorResponse | TaskResponse]:
    """Create a custom-voice task

     Clones a voice from a clean 5-30 s recording (`voice_url`) or from a Kling video with sound
    (`video_id`) and returns the task in state `submitted`; the result is `task_result.voices[]` whose
    `voice_id` feeds text to speech, element voices and the `voice` inputs of native audio (FACTS-2026
    §4.3).

    Args:
        body (CustomVoiceRequest): Body of `POST /v1/general/custom-voices` (FACTS-2026 §4.3). The
            voice comes from
            `voice_url` (.mp3/.wav/.mp4/.mov, 5-30 s, one clean voice) or `video_id` (a kling-v2-6
            video with sound, an avatar or a lip-sync video): at least one is required; both at
            once is a warning (which one wins is not documented).

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
    body: CustomVoiceRequest,
) -> ErrorResponse | TaskResponse | None:
    """Create a custom-voice task

     Clones a voice from a clean 5-30 s recording (`voice_url`) or from a Kling video with sound
    (`video_id`) and returns the task in state `submitted`; the result is `task_result.voices[]` whose
    `voice_id` feeds text to speech, element voices and the `voice` inputs of native audio (FACTS-2026
    §4.3).

    Args:
        body (CustomVoiceRequest): Body of `POST /v1/general/custom-voices` (FACTS-2026 §4.3). The
            voice comes from
            `voice_url` (.mp3/.wav/.mp4/.mov, 5-30 s, one clean voice) or `video_id` (a kling-v2-6
            video with sound, an avatar or a lip-sync video): at least one is required; both at
            once is a warning (which one wins is not documented).

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

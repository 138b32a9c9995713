from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.lip_sync_request import LipSyncRequest
from ...models.task_response import TaskResponse
from ...types import Response


def _get_kwargs(
    *,
    body: LipSyncRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/videos/lip-sync",
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
    body: LipSyncRequest,
) -> Response[ErrorResponse | TaskResponse]:
    """Create a lip-sync task

     Makes the face in a video (a Kling `video_id` or an uploaded `video_url`) speak a text with a built-
    in voice (`mode=text2video`) or follow an audio track (`mode=audio2video`), and returns the task in
    state `submitted`. The server checks the text and audio content and refuses what it finds
    problematic.

    Args:
        body (LipSyncRequest): Body of `POST /v1/videos/lip-sync` (legacy form): `{input,
            callback_url, external_task_id}`.
            There is no model field: the source video decides. Server default when unset:
            `input.voice_speed` 1.0 (`input.voice_language` has a disputed default, so it is required
            with text2video).

            Rules (`x-kling-rules`): exactly one of `input.video_id` and `input.video_url`. With
            `mode=text2video`, `text`, `voice_id` and `voice_language` are required (the server
            default of `voice_language` is disputed, `en` or `zh`, so we require it). With
            `mode=audio2video`, `audio_type` is required, then `audio_file` for `file` or `audio_url`
            for `url`.

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
    body: LipSyncRequest,
) -> ErrorResponse | TaskResponse | None:
    """Create a lip-sync task

     Makes the face in a video (a Kling `video_id` or an uploaded `video_url`) speak a text with a built-
    in voice (`mode=text2video`) or follow an audio track (`mode=audio2video`), and returns the task in
    state `submitted`. The server checks the text and audio content and refuses what it finds
    problematic.

    Args:
        body (LipSyncRequest): Body of `POST /v1/videos/lip-sync` (legacy form): `{input,
            callback_url, external_task_id}`.
            There is no model field: the source video decides. Server default when unset:
            `input.voice_speed` 1.0 (`input.voice_language` has a disputed default, so it is required
            with text2video).

            Rules (`x-kling-rules`): exactly one of `input.video_id` and `input.video_url`. With
            `mode=text2video`, `text`, `voice_id` and `voice_language` are required (the server
            default of `voice_language` is disputed, `en` or `zh`, so we require it). With
            `mode=audio2video`, `audio_type` is required, then `audio_file` for `file` or `audio_url`
            for `url`.

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
    body: LipSyncRequest,
) -> Response[ErrorResponse | TaskResponse]:
    """Create a lip-sync task

     Makes the face in a video (a Kling `video_id` or an uploaded `video_url`) speak a text with a built-
    in voice (`mode=text2video`) or follow an audio track (`mode=audio2video`), and returns the task in
    state `submitted`. The server checks the text and audio content and refuses what it finds
    problematic.

    Args:
        body (LipSyncRequest): Body of `POST /v1/videos/lip-sync` (legacy form): `{input,
            callback_url, external_task_id}`.
            There is no model field: the source video decides. Server default when unset:
            `input.voice_speed` 1.0 (`input.voice_language` has a disputed default, so it is required
            with text2video).

            Rules (`x-kling-rules`): exactly one of `input.video_id` and `input.video_url`. With
            `mode=text2video`, `text`, `voice_id` and `voice_language` are required (the server
            default of `voice_language` is disputed, `en` or `zh`, so we require it). With
            `mode=audio2video`, `audio_type` is required, then `audio_file` for `file` or `audio_url`
            for `url`.

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
    body: LipSyncRequest,
) -> ErrorResponse | TaskResponse | None:
    """Create a lip-sync task

     Makes the face in a video (a Kling `video_id` or an uploaded `video_url`) speak a text with a built-
    in voice (`mode=text2video`) or follow an audio track (`mode=audio2video`), and returns the task in
    state `submitted`. The server checks the text and audio content and refuses what it finds
    problematic.

    Args:
        body (LipSyncRequest): Body of `POST /v1/videos/lip-sync` (legacy form): `{input,
            callback_url, external_task_id}`.
            There is no model field: the source video decides. Server default when unset:
            `input.voice_speed` 1.0 (`input.voice_language` has a disputed default, so it is required
            with text2video).

            Rules (`x-kling-rules`): exactly one of `input.video_id` and `input.video_url`. With
            `mode=text2video`, `text`, `voice_id` and `voice_language` are required (the server
            default of `voice_language` is disputed, `en` or `zh`, so we require it). With
            `mode=audio2video`, `audio_type` is required, then `audio_file` for `file` or `audio_url`
            for `url`.

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

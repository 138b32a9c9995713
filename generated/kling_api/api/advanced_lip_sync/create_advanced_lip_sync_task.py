from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.advanced_lip_sync_request import AdvancedLipSyncRequest
from ...models.error_response import ErrorResponse
from ...models.task_response import TaskResponse
from ...types import Response


def _get_kwargs(
    *,
    body: AdvancedLipSyncRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/videos/advanced-lip-sync",
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
    body: AdvancedLipSyncRequest,
) -> Response[ErrorResponse | TaskResponse]:
    """Create an advanced lip-sync task

     Lip-syncs one face of a video to an audio track and returns the task in state `submitted`. First
    call `identifyFace` (`POST /v1/videos/identify-face`) on the video: its `session_id` and one of its
    `face_id`s go into this request. Added after the baseline (late 2025).

    Args:
        body (AdvancedLipSyncRequest): Body of `POST /v1/videos/advanced-lip-sync` (after the
            baseline): the `session_id` of an
            earlier `identifyFace` call and exactly one `face_choose` item naming one of its faces and
            the audio. In that item exactly one of `audio_id` and `sound_file` must be set; x-kling
            rule paths cannot reach into array items, so this is described only (the server refuses
            a mistake). Server defaults when unset: `sound_volume` 1, `original_audio_volume` 1.

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
    body: AdvancedLipSyncRequest,
) -> ErrorResponse | TaskResponse | None:
    """Create an advanced lip-sync task

     Lip-syncs one face of a video to an audio track and returns the task in state `submitted`. First
    call `identifyFace` (`POST /v1/videos/identify-face`) on the video: its `session_id` and one of its
    `face_id`s go into this request. Added after the baseline (late 2025).

    Args:
        body (AdvancedLipSyncRequest): Body of `POST /v1/videos/advanced-lip-sync` (after the
            baseline): the `session_id` of an
            earlier `identifyFace` call and exactly one `face_choose` item naming one of its faces and
            the audio. In that item exactly one of `audio_id` and `sound_file` must be set; x-kling
            rule paths cannot reach into array items, so this is described only (the server refuses
            a mistake). Server defaults when unset: `sound_volume` 1, `original_audio_volume` 1.

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
    body: AdvancedLipSyncRequest,
) -> Response[ErrorResponse | TaskResponse]:
    """Create an advanced lip-sync task

     Lip-syncs one face of a video to an audio track and returns the task in state `submitted`. First
    call `identifyFace` (`POST /v1/videos/identify-face`) on the video: its `session_id` and one of its
    `face_id`s go into this request. Added after the baseline (late 2025).

    Args:
        body (AdvancedLipSyncRequest): Body of `POST /v1/videos/advanced-lip-sync` (after the
            baseline): the `session_id` of an
            earlier `identifyFace` call and exactly one `face_choose` item naming one of its faces and
            the audio. In that item exactly one of `audio_id` and `sound_file` must be set; x-kling
            rule paths cannot reach into array items, so this is described only (the server refuses
            a mistake). Server defaults when unset: `sound_volume` 1, `original_audio_volume` 1.

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
    body: AdvancedLipSyncRequest,
) -> ErrorResponse | TaskResponse | None:
    """Create an advanced lip-sync task

     Lip-syncs one face of a video to an audio track and returns the task in state `submitted`. First
    call `identifyFace` (`POST /v1/videos/identify-face`) on the video: its `session_id` and one of its
    `face_id`s go into this request. Added after the baseline (late 2025).

    Args:
        body (AdvancedLipSyncRequest): Body of `POST /v1/videos/advanced-lip-sync` (after the
            baseline): the `session_id` of an
            earlier `identifyFace` call and exactly one `face_choose` item naming one of its faces and
            the audio. In that item exactly one of `audio_id` and `sound_file` must be set; x-kling
            rule paths cannot reach into array items, so this is described only (the server refuses
            a mistake). Server defaults when unset: `sound_volume` 1, `original_audio_volume` 1.

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

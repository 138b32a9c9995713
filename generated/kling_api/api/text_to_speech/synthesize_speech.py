from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.task_response import TaskResponse
from ...models.text_to_speech_request import TextToSpeechRequest
from ...types import Response


def _get_kwargs(
    *,
    body: TextToSpeechRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/audio/tts",
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
    body: TextToSpeechRequest,
) -> Response[ErrorResponse | TaskResponse]:
    """Speak a text with a preset or custom voice (synchronous)

     **Synchronous**: answers at once with the finished speech in `task_result.audios[]` (`id`, `url`,
    `duration`). Not a task to poll: there is no get-one, no list, no callback and no
    `external_task_id`. Billed (`final_unit_deduction`), so it is sent once and never retried blindly.
    The audio `id` is the `audio_id` input of avatar and advanced lip sync (FACTS-2026 §4.2).

    Args:
        body (TextToSpeechRequest): Body of `POST /v1/audio/tts` (FACTS-2026 §4.2; synchronous: no
            `callback_url`, no
            `external_task_id`). `voice_speed` 0.8-2.0 with one decimal; the server rounds values
            outside that range into it rather than refusing them, so the range is not refused here
            either. Server default when unset: `voice_speed` 1.0.

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
    body: TextToSpeechRequest,
) -> ErrorResponse | TaskResponse | None:
    """Speak a text with a preset or custom voice (synchronous)

     **Synchronous**: answers at once with the finished speech in `task_result.audios[]` (`id`, `url`,
    `duration`). Not a task to poll: there is no get-one, no list, no callback and no
    `external_task_id`. Billed (`final_unit_deduction`), so it is sent once and never retried blindly.
    The audio `id` is the `audio_id` input of avatar and advanced lip sync (FACTS-2026 §4.2).

    Args:
        body (TextToSpeechRequest): Body of `POST /v1/audio/tts` (FACTS-2026 §4.2; synchronous: no
            `callback_url`, no
            `external_task_id`). `voice_speed` 0.8-2.0 with one decimal; the server rounds values
            outside that range into it rather than refusing them, so the range is not refused here
            either. Server default when unset: `voice_speed` 1.0.

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
    body: TextToSpeechRequest,
) -> Response[ErrorResponse | TaskResponse]:
    """Speak a text with a preset or custom voice (synchronous)

     **Synchronous**: answers at once with the finished speech in `task_result.audios[]` (`id`, `url`,
    `duration`). Not a task to poll: there is no get-one, no list, no callback and no
    `external_task_id`. Billed (`final_unit_deduction`), so it is sent once and never retried blindly.
    The audio `id` is the `audio_id` input of avatar and advanced lip sync (FACTS-2026 §4.2).

    Args:
        body (TextToSpeechRequest): Body of `POST /v1/audio/tts` (FACTS-2026 §4.2; synchronous: no
            `callback_url`, no
            `external_task_id`). `voice_speed` 0.8-2.0 with one decimal; the server rounds values
            outside that range into it rather than refusing them, so the range is not refused here
            either. Server default when unset: `voice_speed` 1.0.

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
    body: TextToSpeechRequest,
) -> ErrorResponse | TaskResponse | None:
    """Speak a text with a preset or custom voice (synchronous)

     **Synchronous**: answers at once with the finished speech in `task_result.audios[]` (`id`, `url`,
    `duration`). Not a task to poll: there is no get-one, no list, no callback and no
    `external_task_id`. Billed (`final_unit_deduction`), so it is sent once and never retried blindly.
    The audio `id` is the `audio_id` input of avatar and advanced lip sync (FACTS-2026 §4.2).

    Args:
        body (TextToSpeechRequest): Body of `POST /v1/audio/tts` (FACTS-2026 §4.2; synchronous: no
            `callback_url`, no
            `external_task_id`). `voice_speed` 0.8-2.0 with one decimal; the server rounds values
            outside that range into it rather than refusing them, so the range is not refused here
            either. Server default when unset: `voice_speed` 1.0.

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

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.identify_face_request import IdentifyFaceRequest
from ...models.identify_face_response import IdentifyFaceResponse
from ...types import Response


def _get_kwargs(
    *,
    body: IdentifyFaceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/videos/identify-face",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | IdentifyFaceResponse | None:
    if response.status_code == 200:
        response_200 = IdentifyFaceResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | IdentifyFaceResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IdentifyFaceRequest,
) -> Response[ErrorResponse | IdentifyFaceResponse]:
    """Identify the faces of a video (synchronous)

     Step 1 of advanced lip sync. **Synchronous**: detects the faces of a video (a Kling `video_id` or a
    `video_url`) and answers at once with a `session_id` and the faces found, each with the time range
    it appears in. Not a task: there is no task id, no get-one, no list and no callback. The call may be
    charged (`final_unit_deduction`). Pass the `session_id` and one `face_id` to
    `createAdvancedLipSyncTask`. Added after the baseline (late 2025).

    Args:
        body (IdentifyFaceRequest): Body of `POST /v1/videos/identify-face` (after the baseline; a
            synchronous call, not a
            task: no `callback_url`, no `external_task_id`). Exactly one of `video_id` and `video_url`
            (`x-kling-rules`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | IdentifyFaceResponse]
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
    body: IdentifyFaceRequest,
) -> ErrorResponse | IdentifyFaceResponse | None:
    """Identify the faces of a video (synchronous)

     Step 1 of advanced lip sync. **Synchronous**: detects the faces of a video (a Kling `video_id` or a
    `video_url`) and answers at once with a `session_id` and the faces found, each with the time range
    it appears in. Not a task: there is no task id, no get-one, no list and no callback. The call may be
    charged (`final_unit_deduction`). Pass the `session_id` and one `face_id` to
    `createAdvancedLipSyncTask`. Added after the baseline (late 2025).

    Args:
        body (IdentifyFaceRequest): Body of `POST /v1/videos/identify-face` (after the baseline; a
            synchronous call, not a
            task: no `callback_url`, no `external_task_id`). Exactly one of `video_id` and `video_url`
            (`x-kling-rules`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | IdentifyFaceResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: IdentifyFaceRequest,
) -> Response[ErrorResponse | IdentifyFaceResponse]:
    """Identify the faces of a video (synchronous)

     Step 1 of advanced lip sync. **Synchronous**: detects the faces of a video (a Kling `video_id` or a
    `video_url`) and answers at once with a `session_id` and the faces found, each with the time range
    it appears in. Not a task: there is no task id, no get-one, no list and no callback. The call may be
    charged (`final_unit_deduction`). Pass the `session_id` and one `face_id` to
    `createAdvancedLipSyncTask`. Added after the baseline (late 2025).

    Args:
        body (IdentifyFaceRequest): Body of `POST /v1/videos/identify-face` (after the baseline; a
            synchronous call, not a
            task: no `callback_url`, no `external_task_id`). Exactly one of `video_id` and `video_url`
            (`x-kling-rules`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | IdentifyFaceResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: IdentifyFaceRequest,
) -> ErrorResponse | IdentifyFaceResponse | None:
    """Identify the faces of a video (synchronous)

     Step 1 of advanced lip sync. **Synchronous**: detects the faces of a video (a Kling `video_id` or a
    `video_url`) and answers at once with a `session_id` and the faces found, each with the time range
    it appears in. Not a task: there is no task id, no get-one, no list and no callback. The call may be
    charged (`final_unit_deduction`). Pass the `session_id` and one `face_id` to
    `createAdvancedLipSyncTask`. Added after the baseline (late 2025).

    Args:
        body (IdentifyFaceRequest): Body of `POST /v1/videos/identify-face` (after the baseline; a
            synchronous call, not a
            task: no `callback_url`, no `external_task_id`). Exactly one of `video_id` and `video_url`
            (`x-kling-rules`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | IdentifyFaceResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

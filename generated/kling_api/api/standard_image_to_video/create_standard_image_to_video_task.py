from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.standard_image_to_video_model import (
    StandardImageToVideoModel,
)
from ...models.standard_image_to_video_request import StandardImageToVideoRequest
from ...models.standard_task_response import StandardTaskResponse
from ...types import Response


def _get_kwargs(
    model: StandardImageToVideoModel | str,
    *,
    body: StandardImageToVideoRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/image-to-video/{model}".format(
            model=quote(str(model), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | StandardTaskResponse | None:
    if response.status_code == 200:
        response_200 = StandardTaskResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | StandardTaskResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    model: StandardImageToVideoModel | str,
    *,
    client: AuthenticatedClient,
    body: StandardImageToVideoRequest,
) -> Response[ErrorResponse | StandardTaskResponse]:
    """Create an image-to-video task (new standard, model in the path)

     Starts an image-to-video task of the new standard API and returns it in state `submitted` (`id`,
    `status`, `create_time`, `update_time`, `external_id`). The supported settings and content items of
    each model are the request schema's `x-kling-models` capability map. API key only. A create is never
    retried blindly: send `options.external_task_id` and look the task up with `GET
    /tasks?external_task_ids=` before any re-submission.

    Args:
        model (StandardImageToVideoModel | str):
        body (StandardImageToVideoRequest): Body of `POST /image-to-video/{model}`: `contents[]`
            (a `first_frame` is required; a `last_frame` needs it; `prompt`, `element`, `voice` per
            model), `settings` (no aspect_ratio), `options`. Server defaults: resolution `720p`,
            duration 5, audio `off`. 3.0 Turbo takes a 2500-character prompt here (3072 in text to
            video; FACTS-2026 §8.3).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StandardTaskResponse]
    """

    kwargs = _get_kwargs(
        model=model,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    model: StandardImageToVideoModel | str,
    *,
    client: AuthenticatedClient,
    body: StandardImageToVideoRequest,
) -> ErrorResponse | StandardTaskResponse | None:
    """Create an image-to-video task (new standard, model in the path)

     Starts an image-to-video task of the new standard API and returns it in state `submitted` (`id`,
    `status`, `create_time`, `update_time`, `external_id`). The supported settings and content items of
    each model are the request schema's `x-kling-models` capability map. API key only. A create is never
    retried blindly: send `options.external_task_id` and look the task up with `GET
    /tasks?external_task_ids=` before any re-submission.

    Args:
        model (StandardImageToVideoModel | str):
        body (StandardImageToVideoRequest): Body of `POST /image-to-video/{model}`: `contents[]`
            (a `first_frame` is required; a `last_frame` needs it; `prompt`, `element`, `voice` per
            model), `settings` (no aspect_ratio), `options`. Server defaults: resolution `720p`,
            duration 5, audio `off`. 3.0 Turbo takes a 2500-character prompt here (3072 in text to
            video; FACTS-2026 §8.3).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StandardTaskResponse
    """

    return sync_detailed(
        model=model,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    model: StandardImageToVideoModel | str,
    *,
    client: AuthenticatedClient,
    body: StandardImageToVideoRequest,
) -> Response[ErrorResponse | StandardTaskResponse]:
    """Create an image-to-video task (new standard, model in the path)

     Starts an image-to-video task of the new standard API and returns it in state `submitted` (`id`,
    `status`, `create_time`, `update_time`, `external_id`). The supported settings and content items of
    each model are the request schema's `x-kling-models` capability map. API key only. A create is never
    retried blindly: send `options.external_task_id` and look the task up with `GET
    /tasks?external_task_ids=` before any re-submission.

    Args:
        model (StandardImageToVideoModel | str):
        body (StandardImageToVideoRequest): Body of `POST /image-to-video/{model}`: `contents[]`
            (a `first_frame` is required; a `last_frame` needs it; `prompt`, `element`, `voice` per
            model), `settings` (no aspect_ratio), `options`. Server defaults: resolution `720p`,
            duration 5, audio `off`. 3.0 Turbo takes a 2500-character prompt here (3072 in text to
            video; FACTS-2026 §8.3).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StandardTaskResponse]
    """

    kwargs = _get_kwargs(
        model=model,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    model: StandardImageToVideoModel | str,
    *,
    client: AuthenticatedClient,
    body: StandardImageToVideoRequest,
) -> ErrorResponse | StandardTaskResponse | None:
    """Create an image-to-video task (new standard, model in the path)

     Starts an image-to-video task of the new standard API and returns it in state `submitted` (`id`,
    `status`, `create_time`, `update_time`, `external_id`). The supported settings and content items of
    each model are the request schema's `x-kling-models` capability map. API key only. A create is never
    retried blindly: send `options.external_task_id` and look the task up with `GET
    /tasks?external_task_ids=` before any re-submission.

    Args:
        model (StandardImageToVideoModel | str):
        body (StandardImageToVideoRequest): Body of `POST /image-to-video/{model}`: `contents[]`
            (a `first_frame` is required; a `last_frame` needs it; `prompt`, `element`, `voice` per
            model), `settings` (no aspect_ratio), `options`. Server defaults: resolution `720p`,
            duration 5, audio `off`. 3.0 Turbo takes a 2500-character prompt here (3072 in text to
            video; FACTS-2026 §8.3).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StandardTaskResponse
    """

    return (
        await asyncio_detailed(
            model=model,
            client=client,
            body=body,
        )
    ).parsed

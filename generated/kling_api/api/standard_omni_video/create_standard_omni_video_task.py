from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.standard_omni_video_model import (
    StandardOmniVideoModel,
)
from ...models.standard_omni_video_request import StandardOmniVideoRequest
from ...models.standard_task_response import StandardTaskResponse
from ...types import Response


def _get_kwargs(
    model: StandardOmniVideoModel | str,
    *,
    body: StandardOmniVideoRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/omni-video/{model}".format(
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
    model: StandardOmniVideoModel | str,
    *,
    client: AuthenticatedClient,
    body: StandardOmniVideoRequest,
) -> Response[ErrorResponse | StandardTaskResponse]:
    """Create an omni-video task (new standard, model in the path)

     Starts an omni-video task of the new standard API and returns it in state `submitted` (`id`,
    `status`, `create_time`, `update_time`, `external_id`). The supported settings and content items of
    each model are the request schema's `x-kling-models` capability map. API key only. A create is never
    retried blindly: send `options.external_task_id` and look the task up with `GET
    /tasks?external_task_ids=` before any re-submission.

    Args:
        model (StandardOmniVideoModel | str):
        body (StandardOmniVideoRequest): Body of `POST /omni-video/{model}`: `contents[]` (prompt,
            frames, reference images, one reference video, elements), `settings`, `options`. Readings
            (FACTS-2026 §8): aspect_ratio "required without a first frame or reference video" is a
            warning (the 16:9 default may apply); the duration with reference videos is not judged
            beyond the map; O1 with a first frame alone takes 5 or 10 s. Element-count limits by
            element kind are described only.

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
    model: StandardOmniVideoModel | str,
    *,
    client: AuthenticatedClient,
    body: StandardOmniVideoRequest,
) -> ErrorResponse | StandardTaskResponse | None:
    """Create an omni-video task (new standard, model in the path)

     Starts an omni-video task of the new standard API and returns it in state `submitted` (`id`,
    `status`, `create_time`, `update_time`, `external_id`). The supported settings and content items of
    each model are the request schema's `x-kling-models` capability map. API key only. A create is never
    retried blindly: send `options.external_task_id` and look the task up with `GET
    /tasks?external_task_ids=` before any re-submission.

    Args:
        model (StandardOmniVideoModel | str):
        body (StandardOmniVideoRequest): Body of `POST /omni-video/{model}`: `contents[]` (prompt,
            frames, reference images, one reference video, elements), `settings`, `options`. Readings
            (FACTS-2026 §8): aspect_ratio "required without a first frame or reference video" is a
            warning (the 16:9 default may apply); the duration with reference videos is not judged
            beyond the map; O1 with a first frame alone takes 5 or 10 s. Element-count limits by
            element kind are described only.

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
    model: StandardOmniVideoModel | str,
    *,
    client: AuthenticatedClient,
    body: StandardOmniVideoRequest,
) -> Response[ErrorResponse | StandardTaskResponse]:
    """Create an omni-video task (new standard, model in the path)

     Starts an omni-video task of the new standard API and returns it in state `submitted` (`id`,
    `status`, `create_time`, `update_time`, `external_id`). The supported settings and content items of
    each model are the request schema's `x-kling-models` capability map. API key only. A create is never
    retried blindly: send `options.external_task_id` and look the task up with `GET
    /tasks?external_task_ids=` before any re-submission.

    Args:
        model (StandardOmniVideoModel | str):
        body (StandardOmniVideoRequest): Body of `POST /omni-video/{model}`: `contents[]` (prompt,
            frames, reference images, one reference video, elements), `settings`, `options`. Readings
            (FACTS-2026 §8): aspect_ratio "required without a first frame or reference video" is a
            warning (the 16:9 default may apply); the duration with reference videos is not judged
            beyond the map; O1 with a first frame alone takes 5 or 10 s. Element-count limits by
            element kind are described only.

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
    model: StandardOmniVideoModel | str,
    *,
    client: AuthenticatedClient,
    body: StandardOmniVideoRequest,
) -> ErrorResponse | StandardTaskResponse | None:
    """Create an omni-video task (new standard, model in the path)

     Starts an omni-video task of the new standard API and returns it in state `submitted` (`id`,
    `status`, `create_time`, `update_time`, `external_id`). The supported settings and content items of
    each model are the request schema's `x-kling-models` capability map. API key only. A create is never
    retried blindly: send `options.external_task_id` and look the task up with `GET
    /tasks?external_task_ids=` before any re-submission.

    Args:
        model (StandardOmniVideoModel | str):
        body (StandardOmniVideoRequest): Body of `POST /omni-video/{model}`: `contents[]` (prompt,
            frames, reference images, one reference video, elements), `settings`, `options`. Readings
            (FACTS-2026 §8): aspect_ratio "required without a first frame or reference video" is a
            warning (the 16:9 default may apply); the duration with reference videos is not judged
            beyond the map; O1 with a first frame alone takes 5 or 10 s. Element-count limits by
            element kind are described only.

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

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.standard_motion_control_model import (
    StandardMotionControlModel,
)
from ...models.standard_motion_control_request import StandardMotionControlRequest
from ...models.standard_task_response import StandardTaskResponse
from ...types import Response


def _get_kwargs(
    model: StandardMotionControlModel | str,
    *,
    body: StandardMotionControlRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/motion-control/{model}".format(
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
    model: StandardMotionControlModel | str,
    *,
    client: AuthenticatedClient,
    body: StandardMotionControlRequest,
) -> Response[ErrorResponse | StandardTaskResponse]:
    """Create a motion-control task (new standard, model in the path)

     Starts a motion-control task of the new standard API and returns it in state `submitted` (`id`,
    `status`, `create_time`, `update_time`, `external_id`). The supported settings and content items of
    each model are the request schema's `x-kling-models` capability map. API key only. A create is never
    retried blindly: send `options.external_task_id` and look the task up with `GET
    /tasks?external_task_ids=` before any re-submission.

    Args:
        model (StandardMotionControlModel | str):
        body (StandardMotionControlRequest): Body of `POST /motion-control/{model}`: `contents[]`
            (a motion `video`, an appearance `image`, a `prompt`, on 3.0 one `element`), `settings`
            (`character_orientation` required; see `StandardMotionControlSettings`), `options`. The
            output length follows the motion video (no duration, no aspect_ratio). The motion video's
            length limit (10 s with orientation `image`, 30 s with `video`) is described only.

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
    model: StandardMotionControlModel | str,
    *,
    client: AuthenticatedClient,
    body: StandardMotionControlRequest,
) -> ErrorResponse | StandardTaskResponse | None:
    """Create a motion-control task (new standard, model in the path)

     Starts a motion-control task of the new standard API and returns it in state `submitted` (`id`,
    `status`, `create_time`, `update_time`, `external_id`). The supported settings and content items of
    each model are the request schema's `x-kling-models` capability map. API key only. A create is never
    retried blindly: send `options.external_task_id` and look the task up with `GET
    /tasks?external_task_ids=` before any re-submission.

    Args:
        model (StandardMotionControlModel | str):
        body (StandardMotionControlRequest): Body of `POST /motion-control/{model}`: `contents[]`
            (a motion `video`, an appearance `image`, a `prompt`, on 3.0 one `element`), `settings`
            (`character_orientation` required; see `StandardMotionControlSettings`), `options`. The
            output length follows the motion video (no duration, no aspect_ratio). The motion video's
            length limit (10 s with orientation `image`, 30 s with `video`) is described only.

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
    model: StandardMotionControlModel | str,
    *,
    client: AuthenticatedClient,
    body: StandardMotionControlRequest,
) -> Response[ErrorResponse | StandardTaskResponse]:
    """Create a motion-control task (new standard, model in the path)

     Starts a motion-control task of the new standard API and returns it in state `submitted` (`id`,
    `status`, `create_time`, `update_time`, `external_id`). The supported settings and content items of
    each model are the request schema's `x-kling-models` capability map. API key only. A create is never
    retried blindly: send `options.external_task_id` and look the task up with `GET
    /tasks?external_task_ids=` before any re-submission.

    Args:
        model (StandardMotionControlModel | str):
        body (StandardMotionControlRequest): Body of `POST /motion-control/{model}`: `contents[]`
            (a motion `video`, an appearance `image`, a `prompt`, on 3.0 one `element`), `settings`
            (`character_orientation` required; see `StandardMotionControlSettings`), `options`. The
            output length follows the motion video (no duration, no aspect_ratio). The motion video's
            length limit (10 s with orientation `image`, 30 s with `video`) is described only.

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
    model: StandardMotionControlModel | str,
    *,
    client: AuthenticatedClient,
    body: StandardMotionControlRequest,
) -> ErrorResponse | StandardTaskResponse | None:
    """Create a motion-control task (new standard, model in the path)

     Starts a motion-control task of the new standard API and returns it in state `submitted` (`id`,
    `status`, `create_time`, `update_time`, `external_id`). The supported settings and content items of
    each model are the request schema's `x-kling-models` capability map. API key only. A create is never
    retried blindly: send `options.external_task_id` and look the task up with `GET
    /tasks?external_task_ids=` before any re-submission.

    Args:
        model (StandardMotionControlModel | str):
        body (StandardMotionControlRequest): Body of `POST /motion-control/{model}`: `contents[]`
            (a motion `video`, an appearance `image`, a `prompt`, on 3.0 one `element`), `settings`
            (`character_orientation` required; see `StandardMotionControlSettings`), `options`. The
            output length follows the motion video (no duration, no aspect_ratio). The motion video's
            length limit (10 s with orientation `image`, 30 s with `video`) is described only.

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

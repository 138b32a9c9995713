from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.standard_task_page_response import StandardTaskPageResponse
from ...models.standard_task_query_request import StandardTaskQueryRequest
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: StandardTaskQueryRequest | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/tasks",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | StandardTaskPageResponse | None:
    if response.status_code == 200:
        response_200 = StandardTaskPageResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | StandardTaskPageResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: StandardTaskQueryRequest | Unset = UNSET,
) -> Response[ErrorResponse | StandardTaskPageResponse]:
    """List new-standard tasks with a cursor and filters

     One page of the account's tasks (newest first, our reading), with `next_cursor` and `has_more`.
    Without a cursor the window is `start_time`..`end_time` (default: the last 30 days); with a cursor
    the window is ignored. Filters by `status` and `product_type`.

    Args:
        body (StandardTaskQueryRequest | Unset): Body of `POST /tasks`. `start_time` / `end_time`
            are Unix milliseconds, a number in the 3.0 Turbo pages and a string in the others
            (FACTS-2026 §8.2: both accepted here, the client sends numbers); defaults `end_time` now
            and `start_time` 30 days earlier; ignored when `cursor` is set. `limit` 1-500, default
            100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StandardTaskPageResponse]
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
    client: AuthenticatedClient,
    body: StandardTaskQueryRequest | Unset = UNSET,
) -> ErrorResponse | StandardTaskPageResponse | None:
    """List new-standard tasks with a cursor and filters

     One page of the account's tasks (newest first, our reading), with `next_cursor` and `has_more`.
    Without a cursor the window is `start_time`..`end_time` (default: the last 30 days); with a cursor
    the window is ignored. Filters by `status` and `product_type`.

    Args:
        body (StandardTaskQueryRequest | Unset): Body of `POST /tasks`. `start_time` / `end_time`
            are Unix milliseconds, a number in the 3.0 Turbo pages and a string in the others
            (FACTS-2026 §8.2: both accepted here, the client sends numbers); defaults `end_time` now
            and `start_time` 30 days earlier; ignored when `cursor` is set. `limit` 1-500, default
            100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StandardTaskPageResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: StandardTaskQueryRequest | Unset = UNSET,
) -> Response[ErrorResponse | StandardTaskPageResponse]:
    """List new-standard tasks with a cursor and filters

     One page of the account's tasks (newest first, our reading), with `next_cursor` and `has_more`.
    Without a cursor the window is `start_time`..`end_time` (default: the last 30 days); with a cursor
    the window is ignored. Filters by `status` and `product_type`.

    Args:
        body (StandardTaskQueryRequest | Unset): Body of `POST /tasks`. `start_time` / `end_time`
            are Unix milliseconds, a number in the 3.0 Turbo pages and a string in the others
            (FACTS-2026 §8.2: both accepted here, the client sends numbers); defaults `end_time` now
            and `start_time` 30 days earlier; ignored when `cursor` is set. `limit` 1-500, default
            100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StandardTaskPageResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: StandardTaskQueryRequest | Unset = UNSET,
) -> ErrorResponse | StandardTaskPageResponse | None:
    """List new-standard tasks with a cursor and filters

     One page of the account's tasks (newest first, our reading), with `next_cursor` and `has_more`.
    Without a cursor the window is `start_time`..`end_time` (default: the last 30 days); with a cursor
    the window is ignored. Filters by `status` and `product_type`.

    Args:
        body (StandardTaskQueryRequest | Unset): Body of `POST /tasks`. `start_time` / `end_time`
            are Unix milliseconds, a number in the 3.0 Turbo pages and a string in the others
            (FACTS-2026 §8.2: both accepted here, the client sends numbers); defaults `end_time` now
            and `start_time` 30 days earlier; ignored when `cursor` is set. `limit` 1-500, default
            100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StandardTaskPageResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_costs_response import AccountCostsResponse
from ...models.error_response import ErrorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start_time: int,
    end_time: int,
    resource_pack_name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["start_time"] = start_time

    params["end_time"] = end_time

    params["resource_pack_name"] = resource_pack_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/account/costs",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AccountCostsResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = AccountCostsResponse.from_dict(response.json())

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
) -> Response[AccountCostsResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_time: int,
    end_time: int,
    resource_pack_name: str | Unset = UNSET,
) -> Response[AccountCostsResponse | ErrorResponse]:
    """Get the account's resource packs

     The resource packs of the account in the time window (all of them, or the one named by
    `resource_pack_name`), with their remaining quantities. The call is free but must stay at or below
    **1 request per second**. `remaining_quantity` is refreshed with a delay of about 12 hours. Note the
    path: no `/v1` prefix.

    Args:
        start_time (int):
        end_time (int):
        resource_pack_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountCostsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        start_time=start_time,
        end_time=end_time,
        resource_pack_name=resource_pack_name,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    start_time: int,
    end_time: int,
    resource_pack_name: str | Unset = UNSET,
) -> AccountCostsResponse | ErrorResponse | None:
    """Get the account's resource packs

     The resource packs of the account in the time window (all of them, or the one named by
    `resource_pack_name`), with their remaining quantities. The call is free but must stay at or below
    **1 request per second**. `remaining_quantity` is refreshed with a delay of about 12 hours. Note the
    path: no `/v1` prefix.

    Args:
        start_time (int):
        end_time (int):
        resource_pack_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountCostsResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        start_time=start_time,
        end_time=end_time,
        resource_pack_name=resource_pack_name,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    start_time: int,
    end_time: int,
    resource_pack_name: str | Unset = UNSET,
) -> Response[AccountCostsResponse | ErrorResponse]:
    """Get the account's resource packs

     The resource packs of the account in the time window (all of them, or the one named by
    `resource_pack_name`), with their remaining quantities. The call is free but must stay at or below
    **1 request per second**. `remaining_quantity` is refreshed with a delay of about 12 hours. Note the
    path: no `/v1` prefix.

    Args:
        start_time (int):
        end_time (int):
        resource_pack_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AccountCostsResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        start_time=start_time,
        end_time=end_time,
        resource_pack_name=resource_pack_name,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    start_time: int,
    end_time: int,
    resource_pack_name: str | Unset = UNSET,
) -> AccountCostsResponse | ErrorResponse | None:
    """Get the account's resource packs

     The resource packs of the account in the time window (all of them, or the one named by
    `resource_pack_name`), with their remaining quantities. The call is free but must stay at or below
    **1 request per second**. `remaining_quantity` is refreshed with a delay of about 12 hours. Note the
    path: no `/v1` prefix.

    Args:
        start_time (int):
        end_time (int):
        resource_pack_name (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AccountCostsResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            start_time=start_time,
            end_time=end_time,
            resource_pack_name=resource_pack_name,
        )
    ).parsed

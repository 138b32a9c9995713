from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.billing_balance_request import BillingBalanceRequest
from ...models.billing_response import BillingResponse
from ...models.error_response import ErrorResponse
from ...types import Response


def _get_kwargs(
    *,
    body: BillingBalanceRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/account/billing/balance",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BillingResponse | ErrorResponse | None:
    if response.status_code == 200:
        response_200 = BillingResponse.from_dict(response.json())

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
) -> Response[BillingResponse | ErrorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BillingBalanceRequest,
) -> Response[BillingResponse | ErrorResponse]:
    """Balance deduction details (cursor)

     The account's balance deductions per task (cash), newest first, one cursor page at a time: pass
    `data.next_cursor` back as `cursor` while `data.has_more` is true (a cursor overrides every other
    field). Added 2026-07-06 (FACTS-2026 §4.8). Note the path: no `/v1` prefix.

    Args:
        body (BillingBalanceRequest): Body of `POST /account/billing/balance` (FACTS-2026 §4.8).
            `start_time` and `end_time`
            (Unix ms, start before end) are required unless `cursor` is set; a `cursor` (the
            previous page's `next_cursor`) overrides every other field. Server default when unset:
            `limit` 500.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillingResponse | ErrorResponse]
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
    body: BillingBalanceRequest,
) -> BillingResponse | ErrorResponse | None:
    """Balance deduction details (cursor)

     The account's balance deductions per task (cash), newest first, one cursor page at a time: pass
    `data.next_cursor` back as `cursor` while `data.has_more` is true (a cursor overrides every other
    field). Added 2026-07-06 (FACTS-2026 §4.8). Note the path: no `/v1` prefix.

    Args:
        body (BillingBalanceRequest): Body of `POST /account/billing/balance` (FACTS-2026 §4.8).
            `start_time` and `end_time`
            (Unix ms, start before end) are required unless `cursor` is set; a `cursor` (the
            previous page's `next_cursor`) overrides every other field. Server default when unset:
            `limit` 500.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillingResponse | ErrorResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BillingBalanceRequest,
) -> Response[BillingResponse | ErrorResponse]:
    """Balance deduction details (cursor)

     The account's balance deductions per task (cash), newest first, one cursor page at a time: pass
    `data.next_cursor` back as `cursor` while `data.has_more` is true (a cursor overrides every other
    field). Added 2026-07-06 (FACTS-2026 §4.8). Note the path: no `/v1` prefix.

    Args:
        body (BillingBalanceRequest): Body of `POST /account/billing/balance` (FACTS-2026 §4.8).
            `start_time` and `end_time`
            (Unix ms, start before end) are required unless `cursor` is set; a `cursor` (the
            previous page's `next_cursor`) overrides every other field. Server default when unset:
            `limit` 500.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BillingResponse | ErrorResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BillingBalanceRequest,
) -> BillingResponse | ErrorResponse | None:
    """Balance deduction details (cursor)

     The account's balance deductions per task (cash), newest first, one cursor page at a time: pass
    `data.next_cursor` back as `cursor` while `data.has_more` is true (a cursor overrides every other
    field). Added 2026-07-06 (FACTS-2026 §4.8). Note the path: no `/v1` prefix.

    Args:
        body (BillingBalanceRequest): Body of `POST /account/billing/balance` (FACTS-2026 §4.8).
            `start_time` and `end_time`
            (Unix ms, start before end) are required unless `cursor` is set; a `cursor` (the
            previous page's `next_cursor`) overrides every other field. Server default when unset:
            `limit` 500.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BillingResponse | ErrorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed

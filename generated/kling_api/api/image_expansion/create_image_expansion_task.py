from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.image_expansion_request import ImageExpansionRequest
from ...models.task_response import TaskResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ImageExpansionRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/images/editing/expand",
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
    body: ImageExpansionRequest,
) -> Response[ErrorResponse | TaskResponse]:
    """Create an image-expansion task

     Extends an image beyond its borders (outpainting) and returns the task in state `submitted`. Each
    ratio adds that fraction of the original height (up, down) or width (left, right); the new image
    area must stay at or below 3 times the original (not checked on the client side: the server refuses
    it). Added after the baseline (2025).

    Args:
        body (ImageExpansionRequest): Body of `POST /v1/images/editing/expand` (after the
            baseline). The four ratios are
            required, each in [0, 2] and relative to the original image: `up_expansion_ratio` 0.5 adds
            half the original height above it, `left_expansion_ratio` 0.5 half the original width to
            the left.

            The new image area must stay at or below 3 times the original, that is
            (1 + left + right) x (1 + up + down) <= 3. Neither JSON Schema nor an x-kling rule kind
            can express a product of fields, so this is described only; the server refuses a request
            that breaks it. The server default of `n` is not documented (1 in image generation).

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
    body: ImageExpansionRequest,
) -> ErrorResponse | TaskResponse | None:
    """Create an image-expansion task

     Extends an image beyond its borders (outpainting) and returns the task in state `submitted`. Each
    ratio adds that fraction of the original height (up, down) or width (left, right); the new image
    area must stay at or below 3 times the original (not checked on the client side: the server refuses
    it). Added after the baseline (2025).

    Args:
        body (ImageExpansionRequest): Body of `POST /v1/images/editing/expand` (after the
            baseline). The four ratios are
            required, each in [0, 2] and relative to the original image: `up_expansion_ratio` 0.5 adds
            half the original height above it, `left_expansion_ratio` 0.5 half the original width to
            the left.

            The new image area must stay at or below 3 times the original, that is
            (1 + left + right) x (1 + up + down) <= 3. Neither JSON Schema nor an x-kling rule kind
            can express a product of fields, so this is described only; the server refuses a request
            that breaks it. The server default of `n` is not documented (1 in image generation).

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
    body: ImageExpansionRequest,
) -> Response[ErrorResponse | TaskResponse]:
    """Create an image-expansion task

     Extends an image beyond its borders (outpainting) and returns the task in state `submitted`. Each
    ratio adds that fraction of the original height (up, down) or width (left, right); the new image
    area must stay at or below 3 times the original (not checked on the client side: the server refuses
    it). Added after the baseline (2025).

    Args:
        body (ImageExpansionRequest): Body of `POST /v1/images/editing/expand` (after the
            baseline). The four ratios are
            required, each in [0, 2] and relative to the original image: `up_expansion_ratio` 0.5 adds
            half the original height above it, `left_expansion_ratio` 0.5 half the original width to
            the left.

            The new image area must stay at or below 3 times the original, that is
            (1 + left + right) x (1 + up + down) <= 3. Neither JSON Schema nor an x-kling rule kind
            can express a product of fields, so this is described only; the server refuses a request
            that breaks it. The server default of `n` is not documented (1 in image generation).

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
    body: ImageExpansionRequest,
) -> ErrorResponse | TaskResponse | None:
    """Create an image-expansion task

     Extends an image beyond its borders (outpainting) and returns the task in state `submitted`. Each
    ratio adds that fraction of the original height (up, down) or width (left, right); the new image
    area must stay at or below 3 times the original (not checked on the client side: the server refuses
    it). Added after the baseline (2025).

    Args:
        body (ImageExpansionRequest): Body of `POST /v1/images/editing/expand` (after the
            baseline). The four ratios are
            required, each in [0, 2] and relative to the original image: `up_expansion_ratio` 0.5 adds
            half the original height above it, `left_expansion_ratio` 0.5 half the original width to
            the left.

            The new image area must stay at or below 3 times the original, that is
            (1 + left + right) x (1 + up + down) <= 3. Neither JSON Schema nor an x-kling rule kind
            can express a product of fields, so this is described only; the server refuses a request
            that breaks it. The server default of `n` is not documented (1 in image generation).

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

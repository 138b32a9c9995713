from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.standard_task_batch_response import StandardTaskBatchResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    task_ids: str | Unset = UNSET,
    external_task_ids: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["task_ids"] = task_ids

    params["external_task_ids"] = external_task_ids

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/tasks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorResponse | StandardTaskBatchResponse | None:
    if response.status_code == 200:
        response_200 = StandardTaskBatchResponse.from_dict(response.json())

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
) -> Response[ErrorResponse | StandardTaskBatchResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    task_ids: str | Unset = UNSET,
    external_task_ids: str | Unset = UNSET,
) -> Response[ErrorResponse | StandardTaskBatchResponse]:
    """Get new-standard tasks in a batch, by ids or external ids

     The tasks with these ids (`task_ids`) or these external ids (`external_task_ids`): exactly one of
    the two, each a comma-separated list. Async tasks only. The maximum number of ids per call is not
    documented (FACTS-2026 §8.1, our reading: batches of 20 are safe; the client's chunk size is a
    setting). Unknown ids are left out of `data` (our reading).

    Args:
        task_ids (str | Unset):
        external_task_ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StandardTaskBatchResponse]
    """

    kwargs = _get_kwargs(
        task_ids=task_ids,
        external_task_ids=external_task_ids,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    task_ids: str | Unset = UNSET,
    external_task_ids: str | Unset = UNSET,
) -> ErrorResponse | StandardTaskBatchResponse | None:
    """Get new-standard tasks in a batch, by ids or external ids

     The tasks with these ids (`task_ids`) or these external ids (`external_task_ids`): exactly one of
    the two, each a comma-separated list. Async tasks only. The maximum number of ids per call is not
    documented (FACTS-2026 §8.1, our reading: batches of 20 are safe; the client's chunk size is a
    setting). Unknown ids are left out of `data` (our reading).

    Args:
        task_ids (str | Unset):
        external_task_ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StandardTaskBatchResponse
    """

    return sync_detailed(
        client=client,
        task_ids=task_ids,
        external_task_ids=external_task_ids,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    task_ids: str | Unset = UNSET,
    external_task_ids: str | Unset = UNSET,
) -> Response[ErrorResponse | StandardTaskBatchResponse]:
    """Get new-standard tasks in a batch, by ids or external ids

     The tasks with these ids (`task_ids`) or these external ids (`external_task_ids`): exactly one of
    the two, each a comma-separated list. Async tasks only. The maximum number of ids per call is not
    documented (FACTS-2026 §8.1, our reading: batches of 20 are safe; the client's chunk size is a
    setting). Unknown ids are left out of `data` (our reading).

    Args:
        task_ids (str | Unset):
        external_task_ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | StandardTaskBatchResponse]
    """

    kwargs = _get_kwargs(
        task_ids=task_ids,
        external_task_ids=external_task_ids,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    task_ids: str | Unset = UNSET,
    external_task_ids: str | Unset = UNSET,
) -> ErrorResponse | StandardTaskBatchResponse | None:
    """Get new-standard tasks in a batch, by ids or external ids

     The tasks with these ids (`task_ids`) or these external ids (`external_task_ids`): exactly one of
    the two, each a comma-separated list. Async tasks only. The maximum number of ids per call is not
    documented (FACTS-2026 §8.1, our reading: batches of 20 are safe; the client's chunk size is a
    setting). Unknown ids are left out of `data` (our reading).

    Args:
        task_ids (str | Unset):
        external_task_ids (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorResponse | StandardTaskBatchResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            task_ids=task_ids,
            external_task_ids=external_task_ids,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.image_generation_request import ImageGenerationRequest
from ...models.task_response import TaskResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ImageGenerationRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/images/generations",
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
    body: ImageGenerationRequest,
) -> Response[ErrorResponse | TaskResponse]:
    """Create an image-generation task

     Starts an image-generation task (text to image, or image to image with a reference image) and
    returns it in state `submitted`. The task takes `n` concurrency slots. The reference modes each
    model supports are in the request schema's `x-kling-capabilities`.

    Args:
        body (ImageGenerationRequest): Body of `POST /v1/images/generations`. Server defaults when
            a field is unset: `model_name`
            kling-v1, `aspect_ratio` 16:9, `n` 1, `image_fidelity` 0.5, `human_fidelity` 0.45,
            `resolution` 1k.

            Limits: `prompt` and `negative_prompt` at most 2500 characters each (raised after the
            baseline; at the 2025-03-25 baseline they were 500 and 200).

            Rules (`x-kling-rules`): `image` is required when `image_reference` is set; kling-v1-5
            needs `image_reference` whenever `image` is set. Warnings, not refusals (Kling ignores the
            field; Kuaishou's own client sends `image_fidelity` 0.5 and `human_fidelity` 0.45 on every
            generation): `human_fidelity` without `image_reference=subject`, `image_fidelity` without
            `image`, `negative_prompt` with `image`.

            Capabilities (`x-kling-capabilities`): kling-v1 supports a general reference (`image` with
            `image_fidelity`, no `image_reference`) and no subject/face reference; kling-v1-5 supports
            subject and face references and no general reference. Both accept all 8 aspect ratios:
            the May 2025 map lists 21:9 for kling-v1-5 only in text to image but marks kling-v1
            image to image with 21:9 as supported, so 21:9 is not refused for kling-v1 (permissive
            reading). The default aspect ratio is 16:9 (a proxy's 1:1 and `output_format` are not
            used).

            Newer models (after the baseline): kling-v2 takes all 8 aspect ratios and, per the May
            2025
            capability map, no reference image at all (neither general nor subject/face).
            kling-v2-new,
            kling-v2-1 and kling-v3 have no documented capability map: every reference mode is allowed
            (permissive reading; the 2026 page names `image_reference` and the fidelities for
            kling-v2-1 only). kling-v3 (2026): `resolution` 1k or 2k, the 8 aspect ratios including
            21:9, `n` 1 to 9, `element_list` (elements plus images at most 10; needs kling-v3).

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
    body: ImageGenerationRequest,
) -> ErrorResponse | TaskResponse | None:
    """Create an image-generation task

     Starts an image-generation task (text to image, or image to image with a reference image) and
    returns it in state `submitted`. The task takes `n` concurrency slots. The reference modes each
    model supports are in the request schema's `x-kling-capabilities`.

    Args:
        body (ImageGenerationRequest): Body of `POST /v1/images/generations`. Server defaults when
            a field is unset: `model_name`
            kling-v1, `aspect_ratio` 16:9, `n` 1, `image_fidelity` 0.5, `human_fidelity` 0.45,
            `resolution` 1k.

            Limits: `prompt` and `negative_prompt` at most 2500 characters each (raised after the
            baseline; at the 2025-03-25 baseline they were 500 and 200).

            Rules (`x-kling-rules`): `image` is required when `image_reference` is set; kling-v1-5
            needs `image_reference` whenever `image` is set. Warnings, not refusals (Kling ignores the
            field; Kuaishou's own client sends `image_fidelity` 0.5 and `human_fidelity` 0.45 on every
            generation): `human_fidelity` without `image_reference=subject`, `image_fidelity` without
            `image`, `negative_prompt` with `image`.

            Capabilities (`x-kling-capabilities`): kling-v1 supports a general reference (`image` with
            `image_fidelity`, no `image_reference`) and no subject/face reference; kling-v1-5 supports
            subject and face references and no general reference. Both accept all 8 aspect ratios:
            the May 2025 map lists 21:9 for kling-v1-5 only in text to image but marks kling-v1
            image to image with 21:9 as supported, so 21:9 is not refused for kling-v1 (permissive
            reading). The default aspect ratio is 16:9 (a proxy's 1:1 and `output_format` are not
            used).

            Newer models (after the baseline): kling-v2 takes all 8 aspect ratios and, per the May
            2025
            capability map, no reference image at all (neither general nor subject/face).
            kling-v2-new,
            kling-v2-1 and kling-v3 have no documented capability map: every reference mode is allowed
            (permissive reading; the 2026 page names `image_reference` and the fidelities for
            kling-v2-1 only). kling-v3 (2026): `resolution` 1k or 2k, the 8 aspect ratios including
            21:9, `n` 1 to 9, `element_list` (elements plus images at most 10; needs kling-v3).

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
    body: ImageGenerationRequest,
) -> Response[ErrorResponse | TaskResponse]:
    """Create an image-generation task

     Starts an image-generation task (text to image, or image to image with a reference image) and
    returns it in state `submitted`. The task takes `n` concurrency slots. The reference modes each
    model supports are in the request schema's `x-kling-capabilities`.

    Args:
        body (ImageGenerationRequest): Body of `POST /v1/images/generations`. Server defaults when
            a field is unset: `model_name`
            kling-v1, `aspect_ratio` 16:9, `n` 1, `image_fidelity` 0.5, `human_fidelity` 0.45,
            `resolution` 1k.

            Limits: `prompt` and `negative_prompt` at most 2500 characters each (raised after the
            baseline; at the 2025-03-25 baseline they were 500 and 200).

            Rules (`x-kling-rules`): `image` is required when `image_reference` is set; kling-v1-5
            needs `image_reference` whenever `image` is set. Warnings, not refusals (Kling ignores the
            field; Kuaishou's own client sends `image_fidelity` 0.5 and `human_fidelity` 0.45 on every
            generation): `human_fidelity` without `image_reference=subject`, `image_fidelity` without
            `image`, `negative_prompt` with `image`.

            Capabilities (`x-kling-capabilities`): kling-v1 supports a general reference (`image` with
            `image_fidelity`, no `image_reference`) and no subject/face reference; kling-v1-5 supports
            subject and face references and no general reference. Both accept all 8 aspect ratios:
            the May 2025 map lists 21:9 for kling-v1-5 only in text to image but marks kling-v1
            image to image with 21:9 as supported, so 21:9 is not refused for kling-v1 (permissive
            reading). The default aspect ratio is 16:9 (a proxy's 1:1 and `output_format` are not
            used).

            Newer models (after the baseline): kling-v2 takes all 8 aspect ratios and, per the May
            2025
            capability map, no reference image at all (neither general nor subject/face).
            kling-v2-new,
            kling-v2-1 and kling-v3 have no documented capability map: every reference mode is allowed
            (permissive reading; the 2026 page names `image_reference` and the fidelities for
            kling-v2-1 only). kling-v3 (2026): `resolution` 1k or 2k, the 8 aspect ratios including
            21:9, `n` 1 to 9, `element_list` (elements plus images at most 10; needs kling-v3).

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
    body: ImageGenerationRequest,
) -> ErrorResponse | TaskResponse | None:
    """Create an image-generation task

     Starts an image-generation task (text to image, or image to image with a reference image) and
    returns it in state `submitted`. The task takes `n` concurrency slots. The reference modes each
    model supports are in the request schema's `x-kling-capabilities`.

    Args:
        body (ImageGenerationRequest): Body of `POST /v1/images/generations`. Server defaults when
            a field is unset: `model_name`
            kling-v1, `aspect_ratio` 16:9, `n` 1, `image_fidelity` 0.5, `human_fidelity` 0.45,
            `resolution` 1k.

            Limits: `prompt` and `negative_prompt` at most 2500 characters each (raised after the
            baseline; at the 2025-03-25 baseline they were 500 and 200).

            Rules (`x-kling-rules`): `image` is required when `image_reference` is set; kling-v1-5
            needs `image_reference` whenever `image` is set. Warnings, not refusals (Kling ignores the
            field; Kuaishou's own client sends `image_fidelity` 0.5 and `human_fidelity` 0.45 on every
            generation): `human_fidelity` without `image_reference=subject`, `image_fidelity` without
            `image`, `negative_prompt` with `image`.

            Capabilities (`x-kling-capabilities`): kling-v1 supports a general reference (`image` with
            `image_fidelity`, no `image_reference`) and no subject/face reference; kling-v1-5 supports
            subject and face references and no general reference. Both accept all 8 aspect ratios:
            the May 2025 map lists 21:9 for kling-v1-5 only in text to image but marks kling-v1
            image to image with 21:9 as supported, so 21:9 is not refused for kling-v1 (permissive
            reading). The default aspect ratio is 16:9 (a proxy's 1:1 and `output_format` are not
            used).

            Newer models (after the baseline): kling-v2 takes all 8 aspect ratios and, per the May
            2025
            capability map, no reference image at all (neither general nor subject/face).
            kling-v2-new,
            kling-v2-1 and kling-v3 have no documented capability map: every reference mode is allowed
            (permissive reading; the 2026 page names `image_reference` and the fidelities for
            kling-v2-1 only). kling-v3 (2026): `resolution` 1k or 2k, the 8 aspect ratios including
            21:9, `n` 1 to 9, `element_list` (elements plus images at most 10; needs kling-v3).

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

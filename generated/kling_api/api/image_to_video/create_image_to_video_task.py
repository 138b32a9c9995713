from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.image_to_video_request import ImageToVideoRequest
from ...models.task_response import TaskResponse
from ...types import Response


def _get_kwargs(
    *,
    body: ImageToVideoRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/videos/image2video",
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
    body: ImageToVideoRequest,
) -> Response[ErrorResponse | TaskResponse]:
    """Create an image-to-video task

     Starts an image-to-video task from a first frame (`image`), an end frame (`image_tail`) or both, and
    returns it in state `submitted`. The end frame, the motion brush and camera control exclude each
    other; the combinations each model supports are in the request schema's `x-kling-capabilities`.

    Args:
        body (ImageToVideoRequest): Body of `POST /v1/videos/image2video`. Server defaults when a
            field is unset: `model_name`
            kling-v1, `mode` std, `duration` "5", `cfg_scale` 0.5, `sound` off, `multi_shot` false.

            At least one of `image` (first frame) and `image_tail` (end frame) must be set: the
            documentation's table marks `image` as required but its text allows `image_tail` alone, so
            `image` is optional here (`any_required` rule). Three groups exclude each other: the end
            frame (`image_tail`), the motion brush (`static_mask`, `dynamic_masks`) and
            `camera_control`. `aspect_ratio` is not an image-to-video field (the output follows the
            input image); some clients send it, the server is not known to use it, so it is left out.

            Capabilities (`x-kling-capabilities`):
            - kling-v1: std and pro, 5 s and 10 s; start+end frame in std 5 s and pro 5 s; motion
              brush in std 5 s and pro 5 s; camera control in std 5 s (only one source shows it, the
              others are silent: allowed, permissive reading); no end frame alone.
            - kling-v1-5: std and pro, 5 s and 10 s; start+end frame and end frame alone in pro 5 s
              and 10 s; motion brush in pro 5 s; camera control in pro 5 s with type `simple` only.
            - kling-v1-6: std and pro, 5 s and 10 s; start+end frame and end frame alone in pro 5 s
              and 10 s; no motion brush, no camera control.

            Newer models (after the baseline): kling-v2-master, kling-v2-1, kling-v2-1-master,
            kling-v2-5-turbo and kling-v2-6 take 5 s and 10 s, kling-v3 "3" to "15" (one source only:
            permissive reading) and also mode `4k` (2026-04-23); all in std and pro (kling-v2-1-master
            and kling-v2-5-turbo were
            pro-only at first; std is not refused). kling-v2-1: start+end frame in pro 5 s and 10 s
            (documented), end frame alone likewise (our inference: every documented model treats both
            alike). For the other newer models the end-frame combinations are not documented: not
            refused (permissive reading). The motion brush and camera control are documented for the
            v1 models only: they stay refused for the newer models. `sound` on needs kling-v2-6 or
            kling-v3 in pro mode; `voice_list` kling-v2-6 or kling-v3; `multi_shot` true and
            `element_list` kling-v3. `cfg_scale` is ignored or refused by the v2 and later models
            (warning).

            Rules after the baseline (`x-kling-rules`): `voice_list` needs `sound` on and cannot be
            combined with `element_list`; with `multi_shot` true, `shot_type` is required, `customize`
            needs `multi_prompt` (shot durations add up to `duration`, not checked on the client
            side),
            and an end frame with it needs kling-v3 (capability `multi_shot_end_frame`: multi-shot
            together with first and last frames is allowed for kling-v3 since 2026-05-07; the other
            models take no multi-shot at all); `shot_type` and `multi_prompt` without `multi_shot` are
            ignored (warning). kling-v2-6 in pro: an end frame and `sound` on exclude each other
            according to one third-party source only (warning).

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
    body: ImageToVideoRequest,
) -> ErrorResponse | TaskResponse | None:
    """Create an image-to-video task

     Starts an image-to-video task from a first frame (`image`), an end frame (`image_tail`) or both, and
    returns it in state `submitted`. The end frame, the motion brush and camera control exclude each
    other; the combinations each model supports are in the request schema's `x-kling-capabilities`.

    Args:
        body (ImageToVideoRequest): Body of `POST /v1/videos/image2video`. Server defaults when a
            field is unset: `model_name`
            kling-v1, `mode` std, `duration` "5", `cfg_scale` 0.5, `sound` off, `multi_shot` false.

            At least one of `image` (first frame) and `image_tail` (end frame) must be set: the
            documentation's table marks `image` as required but its text allows `image_tail` alone, so
            `image` is optional here (`any_required` rule). Three groups exclude each other: the end
            frame (`image_tail`), the motion brush (`static_mask`, `dynamic_masks`) and
            `camera_control`. `aspect_ratio` is not an image-to-video field (the output follows the
            input image); some clients send it, the server is not known to use it, so it is left out.

            Capabilities (`x-kling-capabilities`):
            - kling-v1: std and pro, 5 s and 10 s; start+end frame in std 5 s and pro 5 s; motion
              brush in std 5 s and pro 5 s; camera control in std 5 s (only one source shows it, the
              others are silent: allowed, permissive reading); no end frame alone.
            - kling-v1-5: std and pro, 5 s and 10 s; start+end frame and end frame alone in pro 5 s
              and 10 s; motion brush in pro 5 s; camera control in pro 5 s with type `simple` only.
            - kling-v1-6: std and pro, 5 s and 10 s; start+end frame and end frame alone in pro 5 s
              and 10 s; no motion brush, no camera control.

            Newer models (after the baseline): kling-v2-master, kling-v2-1, kling-v2-1-master,
            kling-v2-5-turbo and kling-v2-6 take 5 s and 10 s, kling-v3 "3" to "15" (one source only:
            permissive reading) and also mode `4k` (2026-04-23); all in std and pro (kling-v2-1-master
            and kling-v2-5-turbo were
            pro-only at first; std is not refused). kling-v2-1: start+end frame in pro 5 s and 10 s
            (documented), end frame alone likewise (our inference: every documented model treats both
            alike). For the other newer models the end-frame combinations are not documented: not
            refused (permissive reading). The motion brush and camera control are documented for the
            v1 models only: they stay refused for the newer models. `sound` on needs kling-v2-6 or
            kling-v3 in pro mode; `voice_list` kling-v2-6 or kling-v3; `multi_shot` true and
            `element_list` kling-v3. `cfg_scale` is ignored or refused by the v2 and later models
            (warning).

            Rules after the baseline (`x-kling-rules`): `voice_list` needs `sound` on and cannot be
            combined with `element_list`; with `multi_shot` true, `shot_type` is required, `customize`
            needs `multi_prompt` (shot durations add up to `duration`, not checked on the client
            side),
            and an end frame with it needs kling-v3 (capability `multi_shot_end_frame`: multi-shot
            together with first and last frames is allowed for kling-v3 since 2026-05-07; the other
            models take no multi-shot at all); `shot_type` and `multi_prompt` without `multi_shot` are
            ignored (warning). kling-v2-6 in pro: an end frame and `sound` on exclude each other
            according to one third-party source only (warning).

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
    body: ImageToVideoRequest,
) -> Response[ErrorResponse | TaskResponse]:
    """Create an image-to-video task

     Starts an image-to-video task from a first frame (`image`), an end frame (`image_tail`) or both, and
    returns it in state `submitted`. The end frame, the motion brush and camera control exclude each
    other; the combinations each model supports are in the request schema's `x-kling-capabilities`.

    Args:
        body (ImageToVideoRequest): Body of `POST /v1/videos/image2video`. Server defaults when a
            field is unset: `model_name`
            kling-v1, `mode` std, `duration` "5", `cfg_scale` 0.5, `sound` off, `multi_shot` false.

            At least one of `image` (first frame) and `image_tail` (end frame) must be set: the
            documentation's table marks `image` as required but its text allows `image_tail` alone, so
            `image` is optional here (`any_required` rule). Three groups exclude each other: the end
            frame (`image_tail`), the motion brush (`static_mask`, `dynamic_masks`) and
            `camera_control`. `aspect_ratio` is not an image-to-video field (the output follows the
            input image); some clients send it, the server is not known to use it, so it is left out.

            Capabilities (`x-kling-capabilities`):
            - kling-v1: std and pro, 5 s and 10 s; start+end frame in std 5 s and pro 5 s; motion
              brush in std 5 s and pro 5 s; camera control in std 5 s (only one source shows it, the
              others are silent: allowed, permissive reading); no end frame alone.
            - kling-v1-5: std and pro, 5 s and 10 s; start+end frame and end frame alone in pro 5 s
              and 10 s; motion brush in pro 5 s; camera control in pro 5 s with type `simple` only.
            - kling-v1-6: std and pro, 5 s and 10 s; start+end frame and end frame alone in pro 5 s
              and 10 s; no motion brush, no camera control.

            Newer models (after the baseline): kling-v2-master, kling-v2-1, kling-v2-1-master,
            kling-v2-5-turbo and kling-v2-6 take 5 s and 10 s, kling-v3 "3" to "15" (one source only:
            permissive reading) and also mode `4k` (2026-04-23); all in std and pro (kling-v2-1-master
            and kling-v2-5-turbo were
            pro-only at first; std is not refused). kling-v2-1: start+end frame in pro 5 s and 10 s
            (documented), end frame alone likewise (our inference: every documented model treats both
            alike). For the other newer models the end-frame combinations are not documented: not
            refused (permissive reading). The motion brush and camera control are documented for the
            v1 models only: they stay refused for the newer models. `sound` on needs kling-v2-6 or
            kling-v3 in pro mode; `voice_list` kling-v2-6 or kling-v3; `multi_shot` true and
            `element_list` kling-v3. `cfg_scale` is ignored or refused by the v2 and later models
            (warning).

            Rules after the baseline (`x-kling-rules`): `voice_list` needs `sound` on and cannot be
            combined with `element_list`; with `multi_shot` true, `shot_type` is required, `customize`
            needs `multi_prompt` (shot durations add up to `duration`, not checked on the client
            side),
            and an end frame with it needs kling-v3 (capability `multi_shot_end_frame`: multi-shot
            together with first and last frames is allowed for kling-v3 since 2026-05-07; the other
            models take no multi-shot at all); `shot_type` and `multi_prompt` without `multi_shot` are
            ignored (warning). kling-v2-6 in pro: an end frame and `sound` on exclude each other
            according to one third-party source only (warning).

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
    body: ImageToVideoRequest,
) -> ErrorResponse | TaskResponse | None:
    """Create an image-to-video task

     Starts an image-to-video task from a first frame (`image`), an end frame (`image_tail`) or both, and
    returns it in state `submitted`. The end frame, the motion brush and camera control exclude each
    other; the combinations each model supports are in the request schema's `x-kling-capabilities`.

    Args:
        body (ImageToVideoRequest): Body of `POST /v1/videos/image2video`. Server defaults when a
            field is unset: `model_name`
            kling-v1, `mode` std, `duration` "5", `cfg_scale` 0.5, `sound` off, `multi_shot` false.

            At least one of `image` (first frame) and `image_tail` (end frame) must be set: the
            documentation's table marks `image` as required but its text allows `image_tail` alone, so
            `image` is optional here (`any_required` rule). Three groups exclude each other: the end
            frame (`image_tail`), the motion brush (`static_mask`, `dynamic_masks`) and
            `camera_control`. `aspect_ratio` is not an image-to-video field (the output follows the
            input image); some clients send it, the server is not known to use it, so it is left out.

            Capabilities (`x-kling-capabilities`):
            - kling-v1: std and pro, 5 s and 10 s; start+end frame in std 5 s and pro 5 s; motion
              brush in std 5 s and pro 5 s; camera control in std 5 s (only one source shows it, the
              others are silent: allowed, permissive reading); no end frame alone.
            - kling-v1-5: std and pro, 5 s and 10 s; start+end frame and end frame alone in pro 5 s
              and 10 s; motion brush in pro 5 s; camera control in pro 5 s with type `simple` only.
            - kling-v1-6: std and pro, 5 s and 10 s; start+end frame and end frame alone in pro 5 s
              and 10 s; no motion brush, no camera control.

            Newer models (after the baseline): kling-v2-master, kling-v2-1, kling-v2-1-master,
            kling-v2-5-turbo and kling-v2-6 take 5 s and 10 s, kling-v3 "3" to "15" (one source only:
            permissive reading) and also mode `4k` (2026-04-23); all in std and pro (kling-v2-1-master
            and kling-v2-5-turbo were
            pro-only at first; std is not refused). kling-v2-1: start+end frame in pro 5 s and 10 s
            (documented), end frame alone likewise (our inference: every documented model treats both
            alike). For the other newer models the end-frame combinations are not documented: not
            refused (permissive reading). The motion brush and camera control are documented for the
            v1 models only: they stay refused for the newer models. `sound` on needs kling-v2-6 or
            kling-v3 in pro mode; `voice_list` kling-v2-6 or kling-v3; `multi_shot` true and
            `element_list` kling-v3. `cfg_scale` is ignored or refused by the v2 and later models
            (warning).

            Rules after the baseline (`x-kling-rules`): `voice_list` needs `sound` on and cannot be
            combined with `element_list`; with `multi_shot` true, `shot_type` is required, `customize`
            needs `multi_prompt` (shot durations add up to `duration`, not checked on the client
            side),
            and an end frame with it needs kling-v3 (capability `multi_shot_end_frame`: multi-shot
            together with first and last frames is allowed for kling-v3 since 2026-05-07; the other
            models take no multi-shot at all); `shot_type` and `multi_prompt` without `multi_shot` are
            ignored (warning). kling-v2-6 in pro: an end frame and `sound` on exclude each other
            according to one third-party source only (warning).

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

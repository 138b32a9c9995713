from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_response import ErrorResponse
from ...models.omni_video_request import OmniVideoRequest
from ...models.task_response import TaskResponse
from ...types import Response


def _get_kwargs(
    *,
    body: OmniVideoRequest,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/videos/omni-video",
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
    body: OmniVideoRequest,
) -> Response[ErrorResponse | TaskResponse]:
    """Create an omni-video task

     One endpoint for text, image, element and video references (Kling O1 and 3.0 Omni): the prompt
    refers to the inputs as `<<<image_1>>>`, `<<<element_1>>>`, `<<<video_1>>>`. Returns the task in
    state `submitted`. Added after the baseline (December 2025). The durations each model supports are
    in the request schema's `x-kling-capabilities`.

    Args:
        body (OmniVideoRequest): Body of `POST /v1/videos/omni-video` (after the baseline). Server
            defaults when unset:
            `model_name` kling-video-o1, `sound` off, `multi_shot` false. The server defaults of
            `mode`, `duration` and `aspect_ratio` are not documented (std, "5" and 16:9 elsewhere).

            The prompt refers to the inputs: `<<<image_1>>>`, `<<<image_2>>>`, ... for `image_list`,
            `<<<element_1>>>`, ... for `element_list`, `<<<video_1>>>` for `video_list`. At most 7
            images, at most 4 when a video is given (the second limit is not checked on the client
            side); at most 1 video, and `sound` must not be on with a video (`x-kling-rules`).

            Capabilities (`x-kling-capabilities`): kling-video-o1 takes 3 to 10 s in std and pro;
            kling-v3-omni 3 to 15 s in std, pro and `4k` (2026-04-23), 4k not with a reference video
            (`reference_video` feature). Multi-shot together with first/last frames is allowed for
            kling-v3-omni since 2026-05-07 (no rule forbids it).

            Multi-shot, as in text to video: `shot_type` is required with `multi_shot` true,
            `multi_prompt` with `shot_type` customize; the shot durations must add up to `duration`
            (not checked on the client side). `prompt` stays required here although the server
            ignores it in multi-shot mode.

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
    body: OmniVideoRequest,
) -> ErrorResponse | TaskResponse | None:
    """Create an omni-video task

     One endpoint for text, image, element and video references (Kling O1 and 3.0 Omni): the prompt
    refers to the inputs as `<<<image_1>>>`, `<<<element_1>>>`, `<<<video_1>>>`. Returns the task in
    state `submitted`. Added after the baseline (December 2025). The durations each model supports are
    in the request schema's `x-kling-capabilities`.

    Args:
        body (OmniVideoRequest): Body of `POST /v1/videos/omni-video` (after the baseline). Server
            defaults when unset:
            `model_name` kling-video-o1, `sound` off, `multi_shot` false. The server defaults of
            `mode`, `duration` and `aspect_ratio` are not documented (std, "5" and 16:9 elsewhere).

            The prompt refers to the inputs: `<<<image_1>>>`, `<<<image_2>>>`, ... for `image_list`,
            `<<<element_1>>>`, ... for `element_list`, `<<<video_1>>>` for `video_list`. At most 7
            images, at most 4 when a video is given (the second limit is not checked on the client
            side); at most 1 video, and `sound` must not be on with a video (`x-kling-rules`).

            Capabilities (`x-kling-capabilities`): kling-video-o1 takes 3 to 10 s in std and pro;
            kling-v3-omni 3 to 15 s in std, pro and `4k` (2026-04-23), 4k not with a reference video
            (`reference_video` feature). Multi-shot together with first/last frames is allowed for
            kling-v3-omni since 2026-05-07 (no rule forbids it).

            Multi-shot, as in text to video: `shot_type` is required with `multi_shot` true,
            `multi_prompt` with `shot_type` customize; the shot durations must add up to `duration`
            (not checked on the client side). `prompt` stays required here although the server
            ignores it in multi-shot mode.

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
    body: OmniVideoRequest,
) -> Response[ErrorResponse | TaskResponse]:
    """Create an omni-video task

     One endpoint for text, image, element and video references (Kling O1 and 3.0 Omni): the prompt
    refers to the inputs as `<<<image_1>>>`, `<<<element_1>>>`, `<<<video_1>>>`. Returns the task in
    state `submitted`. Added after the baseline (December 2025). The durations each model supports are
    in the request schema's `x-kling-capabilities`.

    Args:
        body (OmniVideoRequest): Body of `POST /v1/videos/omni-video` (after the baseline). Server
            defaults when unset:
            `model_name` kling-video-o1, `sound` off, `multi_shot` false. The server defaults of
            `mode`, `duration` and `aspect_ratio` are not documented (std, "5" and 16:9 elsewhere).

            The prompt refers to the inputs: `<<<image_1>>>`, `<<<image_2>>>`, ... for `image_list`,
            `<<<element_1>>>`, ... for `element_list`, `<<<video_1>>>` for `video_list`. At most 7
            images, at most 4 when a video is given (the second limit is not checked on the client
            side); at most 1 video, and `sound` must not be on with a video (`x-kling-rules`).

            Capabilities (`x-kling-capabilities`): kling-video-o1 takes 3 to 10 s in std and pro;
            kling-v3-omni 3 to 15 s in std, pro and `4k` (2026-04-23), 4k not with a reference video
            (`reference_video` feature). Multi-shot together with first/last frames is allowed for
            kling-v3-omni since 2026-05-07 (no rule forbids it).

            Multi-shot, as in text to video: `shot_type` is required with `multi_shot` true,
            `multi_prompt` with `shot_type` customize; the shot durations must add up to `duration`
            (not checked on the client side). `prompt` stays required here although the server
            ignores it in multi-shot mode.

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
    body: OmniVideoRequest,
) -> ErrorResponse | TaskResponse | None:
    """Create an omni-video task

     One endpoint for text, image, element and video references (Kling O1 and 3.0 Omni): the prompt
    refers to the inputs as `<<<image_1>>>`, `<<<element_1>>>`, `<<<video_1>>>`. Returns the task in
    state `submitted`. Added after the baseline (December 2025). The durations each model supports are
    in the request schema's `x-kling-capabilities`.

    Args:
        body (OmniVideoRequest): Body of `POST /v1/videos/omni-video` (after the baseline). Server
            defaults when unset:
            `model_name` kling-video-o1, `sound` off, `multi_shot` false. The server defaults of
            `mode`, `duration` and `aspect_ratio` are not documented (std, "5" and 16:9 elsewhere).

            The prompt refers to the inputs: `<<<image_1>>>`, `<<<image_2>>>`, ... for `image_list`,
            `<<<element_1>>>`, ... for `element_list`, `<<<video_1>>>` for `video_list`. At most 7
            images, at most 4 when a video is given (the second limit is not checked on the client
            side); at most 1 video, and `sound` must not be on with a video (`x-kling-rules`).

            Capabilities (`x-kling-capabilities`): kling-video-o1 takes 3 to 10 s in std and pro;
            kling-v3-omni 3 to 15 s in std, pro and `4k` (2026-04-23), 4k not with a reference video
            (`reference_video` feature). Multi-shot together with first/last frames is allowed for
            kling-v3-omni since 2026-05-07 (no rule forbids it).

            Multi-shot, as in text to video: `shot_type` is required with `multi_shot` true,
            `multi_prompt` with `shot_type` customize; the shot durations must add up to `duration`
            (not checked on the client side). `prompt` stays required here although the server
            ignores it in multi-shot mode.

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

"""The seven task families the simulator serves, and the few request rules it checks itself."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from ._errors import ApiError

ResultKind = Literal["video", "image"]
ResourceType = Literal["video", "image", "try_on"]
OperationKind = Literal["create", "get", "list", "account", "file"]
OPERATION_KINDS: tuple[OperationKind, ...] = ("create", "get", "list", "account", "file")


class RequestInvalid(ApiError):
    """A create body that Kling would refuse (HTTP 400); ``code`` is 1200 or 1201."""

    def __init__(self, message: str, code: int = 1201) -> None:
        super().__init__(code, message)


def is_set(value: object) -> bool:
    """Kling's reading of "set": present, not null, not "" and not an empty list."""
    return value is not None and value != "" and value != []


def _require(body: dict[str, Any], *fields: str) -> None:
    for field in fields:
        if not is_set(body.get(field)):
            raise RequestInvalid(f"{field} is required")


def _input(body: dict[str, Any]) -> dict[str, Any]:
    value = body.get("input")
    if not isinstance(value, dict):
        raise RequestInvalid("input is required and must be an object")
    return value


def _text2video(body: dict[str, Any]) -> None:
    _require(body, "prompt")


def _image2video(body: dict[str, Any]) -> None:
    if not (is_set(body.get("image")) or is_set(body.get("image_tail"))):
        raise RequestInvalid("image or image_tail is required")


def _extend(body: dict[str, Any]) -> None:
    _require(body, "video_id")


def _lip_sync(body: dict[str, Any]) -> None:
    mode = _input(body).get("mode")
    if not is_set(mode):
        raise RequestInvalid("input.mode is required")
    if mode not in ("text2video", "audio2video"):
        raise RequestInvalid("input.mode must be text2video or audio2video")


def _effects(body: dict[str, Any]) -> None:
    _require(body, "effect_scene")
    _input(body)


def _image_generation(body: dict[str, Any]) -> None:
    _require(body, "prompt")
    n = body.get("n", 1)
    if n is not None and (isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= 9):
        raise RequestInvalid("n must be an integer from 1 to 9")


def _try_on(body: dict[str, Any]) -> None:
    _require(body, "human_image", "cloth_image")


@dataclass(frozen=True)
class Family:
    """One task family: path, operation ids, what it produces and which pack it uses."""

    key: str
    path: str
    noun: str
    kind: ResultKind
    resource: ResourceType
    check: Callable[[dict[str, Any]], None]

    @property
    def operation_ids(self) -> dict[OperationKind, str]:
        """create / get / list operationIds of the spec."""
        return {
            "create": f"create{self.noun}Task",
            "get": f"get{self.noun}Task",
            "list": f"list{self.noun}Tasks",
        }


FAMILIES: tuple[Family, ...] = (
    Family("text_to_video", "/v1/videos/text2video", "TextToVideo", "video", "video", _text2video),
    Family(
        "image_to_video", "/v1/videos/image2video", "ImageToVideo", "video", "video", _image2video
    ),
    Family("video_extend", "/v1/videos/video-extend", "VideoExtend", "video", "video", _extend),
    Family("lip_sync", "/v1/videos/lip-sync", "LipSync", "video", "video", _lip_sync),
    Family("video_effects", "/v1/videos/effects", "VideoEffects", "video", "video", _effects),
    Family(
        "image_generation",
        "/v1/images/generations",
        "ImageGeneration",
        "image",
        "image",
        _image_generation,
    ),
    Family(
        "virtual_try_on",
        "/v1/images/kolors-virtual-try-on",
        "VirtualTryOn",
        "image",
        "try_on",
        _try_on,
    ),
)


def validate_create(family: Family, body: object) -> dict[str, Any]:
    """Return the body as a dict, or raise RequestInvalid the way Kling would (HTTP 400)."""
    if not isinstance(body, dict):
        raise RequestInvalid("request body must be a JSON object", code=1200)
    for field in ("external_task_id", "callback_url"):
        value = body.get(field)
        if value is not None and not isinstance(value, str):
            raise RequestInvalid(f"{field} must be a string")
    family.check(body)
    if requested_duration(family, body) not in ("5", "10"):
        raise RequestInvalid('duration must be "5" or "10"')
    return body


def requested_duration(family: Family, body: dict[str, Any]) -> str | None:
    """The duration asked for ("5" when unset, None when not a string); effects keep it in input."""
    source = body.get("input") if family.key == "video_effects" else body
    value = source.get("duration") if isinstance(source, dict) else None
    if not is_set(value):
        return "5"
    return value if isinstance(value, str) else None


def image_count(family: Family, body: dict[str, Any]) -> int:
    """How many images the task produces (``n`` for image generation)."""
    n = body.get("n") if family.key == "image_generation" else None
    return n if isinstance(n, int) and not isinstance(n, bool) else 1

"""The sixteen task families the simulator serves: path, operation ids, result kind, resource."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from . import _checks as checks
from ._checks import RequestInvalid, is_set

__all__ = [
    "FAMILIES",
    "OPERATION_KINDS",
    "Family",
    "OperationKind",
    "RequestInvalid",
    "ResourceType",
    "ResultKind",
    "family_by_key",
    "image_count",
    "is_set",
    "requested_duration",
    "validate_create",
]

ResultKind = Literal["video", "image", "audio"]
ResourceType = Literal["video", "image", "try_on", "audio"]
OperationKind = Literal["create", "get", "list", "account", "identify", "file"]
OPERATION_KINDS: tuple[OperationKind, ...] = (
    "create",
    "get",
    "list",
    "account",
    "identify",
    "file",
)
VIDEO_DURATIONS = ("5", "10")
OMNI_DURATIONS = tuple(str(seconds) for seconds in range(3, 16))


@dataclass(frozen=True)
class Family:
    """One task family: path, operation ids, what it produces and which pack it uses.

    ``durations`` are the accepted string values of the request's ``duration`` (unset: "5");
    ``None`` when the family has no such string field (its ``duration`` is ignored).
    ``counts_n``: the request's ``n`` sets the number of images and of concurrency slots.
    """

    key: str
    path: str
    noun: str
    kind: ResultKind
    resource: ResourceType
    check: Callable[[dict[str, Any]], None]
    durations: tuple[str, ...] | None = VIDEO_DURATIONS
    counts_n: bool = False

    @property
    def operation_ids(self) -> dict[OperationKind, str]:
        """create / get / list operationIds of the spec."""
        return {
            "create": f"create{self.noun}Task",
            "get": f"get{self.noun}Task",
            "list": f"list{self.noun}Tasks",
        }


FAMILIES: tuple[Family, ...] = (
    Family(
        "text_to_video", "/v1/videos/text2video", "TextToVideo", "video", "video", checks.text2video
    ),
    Family(
        "image_to_video",
        "/v1/videos/image2video",
        "ImageToVideo",
        "video",
        "video",
        checks.image2video,
    ),
    Family(
        "video_extend", "/v1/videos/video-extend", "VideoExtend", "video", "video", checks.extend
    ),
    Family("lip_sync", "/v1/videos/lip-sync", "LipSync", "video", "video", checks.lip_sync),
    Family("video_effects", "/v1/videos/effects", "VideoEffects", "video", "video", checks.effects),
    Family(
        "image_generation",
        "/v1/images/generations",
        "ImageGeneration",
        "image",
        "image",
        checks.image_generation,
        counts_n=True,
    ),
    Family(
        "virtual_try_on",
        "/v1/images/kolors-virtual-try-on",
        "VirtualTryOn",
        "image",
        "try_on",
        checks.try_on,
    ),
    Family(
        "multi_image_to_video",
        "/v1/videos/multi-image2video",
        "MultiImageToVideo",
        "video",
        "video",
        checks.multi_image2video,
    ),
    Family(
        "motion_control",
        "/v1/videos/motion-control",
        "MotionControl",
        "video",
        "video",
        checks.motion_control,
        durations=None,
    ),
    Family(
        "avatar",
        "/v1/videos/avatar/image2video",
        "Avatar",
        "video",
        "video",
        checks.avatar,
        durations=None,
    ),
    Family(
        "omni_video",
        "/v1/videos/omni-video",
        "OmniVideo",
        "video",
        "video",
        checks.omni_video,
        durations=OMNI_DURATIONS,
    ),
    Family(
        "advanced_lip_sync",
        "/v1/videos/advanced-lip-sync",
        "AdvancedLipSync",
        "video",
        "video",
        checks.advanced_lip_sync,
        durations=None,
    ),
    Family(
        "multi_image_to_image",
        "/v1/images/multi-image2image",
        "MultiImageToImage",
        "image",
        "image",
        checks.multi_image2image,
        durations=None,
        counts_n=True,
    ),
    Family(
        "image_expansion",
        "/v1/images/editing/expand",
        "ImageExpansion",
        "image",
        "image",
        checks.image_expansion,
        durations=None,
        counts_n=True,
    ),
    Family(
        "text_to_audio",
        "/v1/audio/text-to-audio",
        "TextToAudio",
        "audio",
        "audio",
        checks.text_to_audio,
        durations=None,
    ),
    Family(
        "video_to_audio",
        "/v1/audio/video-to-audio",
        "VideoToAudio",
        "audio",
        "audio",
        checks.video_source,
        durations=None,
    ),
)
_BY_KEY = {family.key: family for family in FAMILIES}


def family_by_key(key: str) -> Family:
    """The family with this key (KeyError if none)."""
    return _BY_KEY[key]


def validate_create(family: Family, body: object) -> dict[str, Any]:
    """Return the body as a dict, or raise RequestInvalid the way Kling would (HTTP 400)."""
    if not isinstance(body, dict):
        raise RequestInvalid("request body must be a JSON object", code=1200)
    for field in ("external_task_id", "callback_url"):
        value = body.get(field)
        if value is not None and not isinstance(value, str):
            raise RequestInvalid(f"{field} must be a string")
    family.check(body)
    if family.durations is not None and requested_duration(family, body) not in family.durations:
        allowed = family.durations
        shown = " or ".join(f'"{d}"' for d in allowed) if len(allowed) < 3 else "3 to 15 (string)"
        raise RequestInvalid(f"duration must be {shown}")
    return body


def requested_duration(family: Family, body: dict[str, Any]) -> str | None:
    """The duration asked for ("5" when unset or not a field of the family, None when not a
    string); effects keep it in input."""
    if family.durations is None:
        return "5"
    source = body.get("input") if family.key == "video_effects" else body
    value = source.get("duration") if isinstance(source, dict) else None
    if not is_set(value):
        return "5"
    return value if isinstance(value, str) else None


def image_count(family: Family, body: dict[str, Any]) -> int:
    """How many images the task produces (``n`` for the families that take it, else 1)."""
    n = body.get("n") if family.counts_n else None
    return n if isinstance(n, int) and not isinstance(n, bool) else 1

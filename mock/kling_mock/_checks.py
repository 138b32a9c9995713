"""The request rules the simulator checks itself on creates (and identify-face), as Kling would.

Each check takes the JSON body (a dict) and raises ``RequestInvalid`` (HTTP 400, code 1201) with a
message that starts with the field at fault. The per-family checks below are what a schema cannot
say; :func:`spec_rules` applies the spec's own cross-field data (``x-kling-rules`` of severity
error, ``x-kling-capabilities``, ``x-kling-lifecycle`` discontinued values) through the same
interpreter as ``kling_ext.validate``, so the simulator refuses exactly what the spec says Kling
refuses and nothing it only warns about.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kling_ext.spec import check_request, is_set, load_spec

from ._errors import ApiError


class RequestInvalid(ApiError):
    """A create body that Kling would refuse (HTTP 400); ``code`` is 1200 or 1201."""

    def __init__(self, message: str, code: int = 1201) -> None:
        super().__init__(code, message)


def no_check(body: dict[str, Any]) -> None:
    """A family with no refusal beyond its schema (for example one newer than this module)."""


def _number_in(value: object, low: float, high: float) -> bool:
    """A JSON number (not a boolean) from low to high."""
    return isinstance(value, int | float) and not isinstance(value, bool) and low <= value <= high


def require(body: dict[str, Any], *fields: str) -> None:
    """Each field must be set."""
    for field in fields:
        if not is_set(body.get(field)):
            raise RequestInvalid(f"{field} is required")


def exactly_one(body: dict[str, Any], first: str, second: str, where: str = "") -> None:
    """Exactly one of two fields must be set (``where`` prefixes the message)."""
    count = is_set(body.get(first)) + is_set(body.get(second))
    if count != 1:
        raise RequestInvalid(f"{where}{first} or {where}{second}: set exactly one of them")


def _input(body: dict[str, Any]) -> dict[str, Any]:
    value = body.get("input")
    if not isinstance(value, dict):
        raise RequestInvalid("input is required and must be an object")
    return value


def _items(body: dict[str, Any], field: str, member: str, most: int) -> list[dict[str, Any]]:
    """A required list of 1..most objects, each with ``member`` set."""
    items = body.get(field)
    if not is_set(items):
        raise RequestInvalid(f"{field} is required")
    if not isinstance(items, list) or not 1 <= len(items) <= most:
        raise RequestInvalid(f"{field} must be a list of 1 to {most} items")
    for index, item in enumerate(items):
        if not isinstance(item, dict) or not is_set(item.get(member)):
            raise RequestInvalid(f"{field}[{index}].{member} is required")
    return items


def check_n(body: dict[str, Any]) -> None:
    """``n``, when given, is an integer from 1 to 9."""
    n = body.get("n", 1)
    if n is not None and (isinstance(n, bool) or not isinstance(n, int) or not 1 <= n <= 9):
        raise RequestInvalid("n must be an integer from 1 to 9")


# ------------------------------------------------------------------ the seven baseline families
def text2video(body: dict[str, Any]) -> None:
    """text2video: prompt."""
    require(body, "prompt")


def image2video(body: dict[str, Any]) -> None:
    """image2video: image or image_tail."""
    if not (is_set(body.get("image")) or is_set(body.get("image_tail"))):
        raise RequestInvalid("image or image_tail is required")


def extend(body: dict[str, Any]) -> None:
    """video-extend: video_id."""
    require(body, "video_id")


def lip_sync(body: dict[str, Any]) -> None:
    """lip-sync: input.mode, text2video or audio2video."""
    mode = _input(body).get("mode")
    if not is_set(mode):
        raise RequestInvalid("input.mode is required")
    if mode not in ("text2video", "audio2video"):
        raise RequestInvalid("input.mode must be text2video or audio2video")


def effects(body: dict[str, Any]) -> None:
    """effects: effect_scene and an input object."""
    require(body, "effect_scene")
    _input(body)


def image_generation(body: dict[str, Any]) -> None:
    """images/generations: prompt, n 1-9."""
    require(body, "prompt")
    check_n(body)


def try_on(body: dict[str, Any]) -> None:
    """kolors-virtual-try-on: human_image and cloth_image."""
    require(body, "human_image", "cloth_image")


# ------------------------------------------------------------------ families added after the seed
def multi_image2video(body: dict[str, Any]) -> None:
    """multi-image2video: image_list (1-4 items with image) and prompt."""
    _items(body, "image_list", "image", 4)
    require(body, "prompt")


def motion_control(body: dict[str, Any]) -> None:
    """motion-control: image_url, video_url and mode (std or pro)."""
    require(body, "image_url", "video_url", "mode")
    if body["mode"] not in ("std", "pro"):
        raise RequestInvalid("mode must be std or pro")


def avatar(body: dict[str, Any]) -> None:
    """avatar/image2video: image and exactly one of audio_id and sound_file."""
    require(body, "image")
    exactly_one(body, "audio_id", "sound_file")


def omni_video(body: dict[str, Any]) -> None:
    """omni-video: prompt."""
    require(body, "prompt")


def advanced_lip_sync(body: dict[str, Any]) -> None:
    """advanced-lip-sync: session_id and exactly one face_choose item with face_id and one audio.

    Whether the session and the face exist is the simulator's business (it issued them).
    """
    require(body, "session_id")
    (choice,) = _items(body, "face_choose", "face_id", 1)
    exactly_one(choice, "audio_id", "sound_file", "face_choose[0].")


def multi_image2image(body: dict[str, Any]) -> None:
    """multi-image2image: subject_image_list (1-4 items with subject_image), n 1-9."""
    _items(body, "subject_image_list", "subject_image", 4)
    check_n(body)


EXPANSION_RATIOS = ("up", "down", "left", "right")


def image_expansion(body: dict[str, Any]) -> None:
    """editing/expand: image and the four ratios in [0, 2], new area at most 3x; n 1-9."""
    require(body, "image")
    ratios: dict[str, float] = {}
    for side in EXPANSION_RATIOS:
        field = f"{side}_expansion_ratio"
        value = body.get(field)
        if not is_set(value):
            raise RequestInvalid(f"{field} is required")
        if not isinstance(value, int | float) or not _number_in(value, 0, 2):
            raise RequestInvalid(f"{field} must be a number from 0 to 2")
        ratios[side] = float(value)
    area = (1 + ratios["left"] + ratios["right"]) * (1 + ratios["up"] + ratios["down"])
    if area > 3:
        raise RequestInvalid(
            "expansion ratios: the new image area must be at most 3 times the original"
        )
    check_n(body)


def text_to_audio(body: dict[str, Any]) -> None:
    """text-to-audio: prompt; duration, when given, a number from 3.0 to 10.0."""
    require(body, "prompt")
    duration = body.get("duration")
    if is_set(duration) and not _number_in(duration, 3, 10):
        raise RequestInvalid("duration must be a number from 3.0 to 10.0")


def video_source(body: dict[str, Any]) -> None:
    """video-to-audio and identify-face: exactly one of video_id and video_url."""
    exactly_one(body, "video_id", "video_url")


def spec_rules(path: str, body: dict[str, Any]) -> None:
    """Refuse what the spec's cross-field rules refuse for a POST to ``path`` (1201, HTTP 400),
    and a discontinued value (an effect scene Kling retired) the same way. The JSON Schema itself
    is Prism's job in front of the simulator. A path the spec lacks is not judged."""
    try:
        found = check_request(load_spec(), "POST", path, body, shape=False)
    except ValueError:  # a family outside the shipped spec (tests build throw-away ones)
        return
    for field, rule in found.retired + found.problems:
        raise RequestInvalid(f"{field}: {rule}")


CHECKS: dict[str, Callable[[dict[str, Any]], None]] = {
    "text_to_video": text2video,
    "image_to_video": image2video,
    "video_extend": extend,
    "lip_sync": lip_sync,
    "video_effects": effects,
    "image_generation": image_generation,
    "virtual_try_on": try_on,
    "multi_image_to_video": multi_image2video,
    "motion_control": motion_control,
    "avatar": avatar,
    "omni_video": omni_video,
    "advanced_lip_sync": advanced_lip_sync,
    "multi_image_to_image": multi_image2image,
    "image_expansion": image_expansion,
    "text_to_audio": text_to_audio,
    "video_to_audio": video_source,
}
"""The refusals each family adds to its schema, by family key (families not here have none)."""

from ._more_checks import MORE_CHECKS  # noqa: E402  (it builds on the helpers above)

CHECKS.update(MORE_CHECKS)

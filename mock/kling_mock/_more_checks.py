"""The refusals of the families added from FACTS-2026 §4, beyond their JSON Schema (HTTP 400,
code 1201, the message starting with the field at fault), keyed by family key."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from kling_ext.spec import is_set

from ._checks import RequestInvalid, check_n, require


def omni_image(body: dict[str, Any]) -> None:
    """omni-image: prompt; n 1-9; series only with kling-v3-omni."""
    require(body, "prompt")
    check_n(body)
    if body.get("result_type") == "series" and body.get("model_name") != "kling-v3-omni":
        raise RequestInvalid("result_type series is supported by kling-v3-omni only")


def custom_voice(body: dict[str, Any]) -> None:
    """custom-voices: voice_name (at most 20 characters) and voice_url or video_id."""
    require(body, "voice_name")
    if len(str(body["voice_name"])) > 20:
        raise RequestInvalid("voice_name must be at most 20 characters")
    if not (is_set(body.get("voice_url")) or is_set(body.get("video_id"))):
        raise RequestInvalid("voice_url or video_id is required")


def element_library(body: dict[str, Any]) -> None:
    """advanced-custom-elements: name, description, reference type and its image or video list."""
    require(body, "element_name", "element_description", "reference_type")
    kind = body["reference_type"]
    if kind not in ("image_refer", "video_refer"):
        raise RequestInvalid("reference_type must be image_refer or video_refer")
    if kind == "image_refer":
        images = body.get("element_image_list")
        if not isinstance(images, dict) or not is_set(images.get("frontal_image")):
            raise RequestInvalid("element_image_list.frontal_image is required for image_refer")
    else:
        videos = body.get("element_video_list")
        if not isinstance(videos, dict) or not is_set(videos.get("refer_videos")):
            raise RequestInvalid("element_video_list.refer_videos is required for video_refer")


def ai_multi_shot(body: dict[str, Any]) -> None:
    """ai-multi-shot: element_frontal_image."""
    require(body, "element_frontal_image")


IMAGES_PER_MODE = {"addition": (1, 2), "swap": (1, 1), "removal": (0, 0)}


def multi_elements(body: dict[str, Any]) -> None:
    """multi-elements: session_id, edit_mode, prompt, and the images the edit mode needs."""
    require(body, "session_id", "edit_mode", "prompt")
    counts = IMAGES_PER_MODE.get(body["edit_mode"])
    if counts is None:
        raise RequestInvalid("edit_mode must be addition, swap or removal")
    images = body.get("image_list") or []
    low, high = counts
    if low and not low <= len(images) <= high:
        shown = f"{low} to {high}" if low != high else str(low)
        raise RequestInvalid(
            f"image_list must hold {shown} images with edit_mode {body['edit_mode']}"
        )


MORE_CHECKS: dict[str, Callable[[dict[str, Any]], None]] = {
    "omni_image": omni_image,
    "custom_voice": custom_voice,
    "element_library": element_library,
    "ai_multi_shot": ai_multi_shot,
    "multi_elements": multi_elements,
}

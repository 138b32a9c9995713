"""The task families of the Kling API and where their generated operations live.

A family is one task-creating endpoint with its three operations (create, get one, list), e.g.
text-to-video at ``/v1/videos/text2video``. The generated package ``kling_api`` has one module per
operation; this table maps each family to them. Modules are imported on first use, so importing
``kling_ext`` does not import every generated model.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import cached_property
from types import ModuleType
from typing import Any, Literal

ResultKind = Literal["video", "image", "audio"]


@dataclass(frozen=True)
class Family:
    """One task family: its key, REST path and generated operation modules."""

    key: str
    """Stable identifier, the spec's tag: ``text_to_video``, ``image_generation``, ..."""
    path: str
    """Create/list path; get-one is ``{path}/{id}``."""
    noun: str
    """Operation noun in the generated module names, e.g. ``text_to_video`` for
    ``create_text_to_video_task`` / ``get_text_to_video_task`` / ``list_text_to_video_tasks``."""
    request_model: str
    """Name of the generated request body class in ``kling_api.models``."""
    kind: ResultKind
    """What the task produces: videos, images or audio."""
    aliases: tuple[str, ...] = ()
    """Friendly names accepted wherever a family is named (the first is the CLI's)."""

    def _module(self, operation: str) -> ModuleType:
        return importlib.import_module(f"kling_api.api.{self.key}.{operation}")

    @cached_property
    def create_module(self) -> ModuleType:
        return self._module(f"create_{self.noun}_task")

    @cached_property
    def get_module(self) -> ModuleType:
        return self._module(f"get_{self.noun}_task")

    @cached_property
    def list_module(self) -> ModuleType:
        return self._module(f"list_{self.noun}_tasks")

    @cached_property
    def request_class(self) -> Any:
        return getattr(importlib.import_module("kling_api.models"), self.request_model)


FAMILIES: dict[str, Family] = {
    f.key: f
    for f in (
        Family(
            "text_to_video",
            "/v1/videos/text2video",
            "text_to_video",
            "TextToVideoRequest",
            "video",
            ("text2video",),
        ),
        Family(
            "image_to_video",
            "/v1/videos/image2video",
            "image_to_video",
            "ImageToVideoRequest",
            "video",
            ("image2video",),
        ),
        Family(
            "video_extend",
            "/v1/videos/video-extend",
            "video_extend",
            "VideoExtendRequest",
            "video",
            ("extend",),
        ),
        Family(
            "lip_sync", "/v1/videos/lip-sync", "lip_sync", "LipSyncRequest", "video", ("lip-sync",)
        ),
        Family(
            "video_effects",
            "/v1/videos/effects",
            "video_effects",
            "VideoEffectsRequest",
            "video",
            ("effects", "effect"),
        ),
        Family(
            "image_generation",
            "/v1/images/generations",
            "image_generation",
            "ImageGenerationRequest",
            "image",
            ("image", "generations", "images"),
        ),
        Family(
            "virtual_try_on",
            "/v1/images/kolors-virtual-try-on",
            "virtual_try_on",
            "VirtualTryOnRequest",
            "image",
            ("try-on", "tryon"),
        ),
        # Added after the 2025-03-25 baseline (FACTS section 3).
        Family(
            "multi_image_to_video",
            "/v1/videos/multi-image2video",
            "multi_image_to_video",
            "MultiImageToVideoRequest",
            "video",
            ("multi-image2video",),
        ),
        Family(
            "motion_control",
            "/v1/videos/motion-control",
            "motion_control",
            "MotionControlRequest",
            "video",
            ("motion-control",),
        ),
        Family(
            "avatar",
            "/v1/videos/avatar/image2video",
            "avatar",
            "AvatarRequest",
            "video",
            ("avatar",),
        ),
        Family(
            "omni_video",
            "/v1/videos/omni-video",
            "omni_video",
            "OmniVideoRequest",
            "video",
            ("omni-video", "omni"),
        ),
        Family(
            "advanced_lip_sync",
            "/v1/videos/advanced-lip-sync",
            "advanced_lip_sync",
            "AdvancedLipSyncRequest",
            "video",
            ("advanced-lip-sync",),
        ),
        Family(
            "multi_image_to_image",
            "/v1/images/multi-image2image",
            "multi_image_to_image",
            "MultiImageToImageRequest",
            "image",
            ("multi-image2image",),
        ),
        Family(
            "image_expansion",
            "/v1/images/editing/expand",
            "image_expansion",
            "ImageExpansionRequest",
            "image",
            ("expand",),
        ),
        Family(
            "text_to_audio",
            "/v1/audio/text-to-audio",
            "text_to_audio",
            "TextToAudioRequest",
            "audio",
            ("text-to-audio",),
        ),
        Family(
            "video_to_audio",
            "/v1/audio/video-to-audio",
            "video_to_audio",
            "VideoToAudioRequest",
            "audio",
            ("video-to-audio",),
        ),
    )
}


def _norm(name: str) -> str:
    return name.strip().lower().replace("_", "-")


_LOOKUP = {_norm(name): f for f in FAMILIES.values() for name in (f.key, *f.aliases)}


def family(key: str | Family) -> Family:
    """Look a family up by key or alias (``text_to_video``, ``text2video``, ``try-on``), or pass
    one through; a clear error names the known keys."""
    if isinstance(key, Family):
        return key
    found = _LOOKUP.get(_norm(key)) if isinstance(key, str) else None
    if found is None:
        known = ", ".join(FAMILIES)
        raise ValueError(f"unknown task family {key!r}; known families: {known}")
    return found

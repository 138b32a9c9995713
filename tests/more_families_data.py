"""Shared test data of the families added from FACTS-2026 §4 (omni image, text to speech, custom
voices, the element library, AI multi-shot, image recognize, multi-elements, billing ledgers).

The older test modules pin their family tables; they extend them from here, so that each new family
is listed once.
"""

from __future__ import annotations

from typing import Any

URL = "https://example.com/a.png"
SESSION = "847570360458960960"

TASK_FAMILIES = {  # family key (tag) -> collection path
    "omni_image": "/v1/images/omni-image",
    "custom_voice": "/v1/general/custom-voices",
    "element_library": "/v1/general/advanced-custom-elements",
    "ai_multi_shot": "/v1/general/ai-multi-shot",
    "multi_elements": "/v1/videos/multi-elements",
}

MINIMAL: dict[str, dict[str, Any]] = {  # POST path -> the smallest valid body
    "/v1/images/omni-image": {"prompt": "a red fox"},
    "/v1/audio/tts": {"text": "Hello", "voice_id": "oversea_male1", "voice_language": "en"},
    "/v1/general/custom-voices": {"voice_name": "Narrator", "voice_url": "https://e.com/v.mp3"},
    "/v1/general/delete-voices": {"voice_id": "850087542757535834"},
    "/v1/general/advanced-custom-elements": {
        "element_name": "Fox",
        "element_description": "A red fox",
        "reference_type": "image_refer",
        "element_image_list": {"frontal_image": URL, "refer_images": [{"image_url": URL}]},
    },
    "/v1/general/delete-advanced-elements": {"element_id": "860123456789012345"},
    "/v1/general/delete-elements": {"element_id": 860123456789012345},
    "/v1/general/ai-multi-shot": {"element_frontal_image": URL},
    "/v1/videos/image-recognize": {"image": URL},
    "/v1/videos/multi-elements": {
        "session_id": SESSION,
        "edit_mode": "removal",
        "prompt": "Delete the chick from <<<video_1>>>",
    },
    "/v1/videos/multi-elements/init-selection": {"video_id": "867283741759111202"},
    "/v1/videos/multi-elements/add-selection": {
        "session_id": SESSION,
        "frame_index": 0,
        "points": [{"x": 0.5, "y": 0.5}],
    },
    "/v1/videos/multi-elements/delete-selection": {
        "session_id": SESSION,
        "frame_index": 0,
        "points": [{"x": 0.5, "y": 0.5}],
    },
    "/v1/videos/multi-elements/clear-selection": {"session_id": SESSION},
    "/v1/videos/multi-elements/preview-selection": {"session_id": SESSION},
    "/account/billing/balance": {"start_time": 1751284003293, "end_time": 1782219793736},
    "/account/billing/package": {"cursor": "eyJvZmZzZXQiOjUwfQ"},
}

SELECTED = {"code": 0, "message": "SUCCEED", "data": {"status": 0, "session_id": SESSION}}
LEDGER = {"code": 0, "data": {"result": {"detail": [], "count": 0}, "has_more": False}}
CALL_ANSWERS: dict[str, tuple[dict[str, Any], str]] = {  # POST call path -> (answer, model)
    **{
        f"/v1/videos/multi-elements/{step}-selection": (SELECTED, "SelectionResponse")
        for step in ("init", "add", "delete", "clear", "preview")
    },
    "/account/billing/balance": (LEDGER, "BillingResponse"),
    "/account/billing/package": (LEDGER, "BillingResponse"),
}
"""Calls whose answer is not a task envelope (the others answer ``TaskResponse``)."""

CALL_PATHS = (
    "/v1/audio/tts",
    "/v1/general/delete-voices",
    "/v1/general/delete-advanced-elements",
    "/v1/general/delete-elements",
    "/v1/videos/image-recognize",
    *CALL_ANSWERS,
)
"""Every POST call (synchronous operation with a body) of these families."""

NAMESPACE_MEMBERS = {  # client namespace -> the resources these families add, in spec order
    "videos": ["multi_elements"],
    "images": ["omni", "recognize"],
    "audio": ["tts"],
    "general": ["voices", "elements", "multi_shot"],
    "billing": ["deductions"],
}


def with_members(namespaces: dict[str, list[str]]) -> dict[str, list[str]]:
    """``namespaces`` with the resources of these families appended."""
    names = {*namespaces, *NAMESPACE_MEMBERS}
    return {n: [*namespaces.get(n, []), *NAMESPACE_MEMBERS.get(n, [])] for n in names}

"""The ``task_result`` of the task families added from FACTS-2026 §4, keyed by family key.

Files that are not the task's own ``/files/{task_id}/...`` results (series images, AI multi-shot
views, voice samples) are served by the stateless ``/media/{owner}/{name}`` route of
:mod:`kling_mock._more_calls`: real PNG, MP3 or MP4 bytes chosen by the extension, with the
length in seconds in the ``d`` query parameter.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ._state import Task

OWNER = "mock-account"
"""``owned_by`` of the account's own voices and elements (the official ones say ``kling``)."""
TAG_NAMES = {
    "o_101": "Hottest",
    "o_102": "Character",
    "o_103": "Animal",
    "o_104": "Item",
    "o_105": "Costume",
    "o_106": "Scene",
    "o_107": "Effect",
    "o_108": "Others",
}
SERIES_DEFAULT = 4


def media_url(base_url: str, owner: str, name: str, seconds: float | None = None) -> str:
    """URL of a file of the ``/media`` route."""
    query = f"?d={seconds:g}" if seconds is not None else ""
    return f"{base_url}/media/{owner}/{name}{query}"


def voice_id_of(task: Task) -> str:
    """The id of the voice a custom-voice task creates (numeric, like Kling's)."""
    return str(10**18 + int(task.task_id))


def element_id_of(task: Task) -> int:
    """The integer id of the element an element-library task creates (below 2**53, so that JSON
    tools such as Prism keep it exact)."""
    return 10**15 + int(task.task_id) % 10**15


def series_count(request: dict[str, Any]) -> int:
    """How many images a series holds (``series_amount``; 4 for ``auto`` or unset)."""
    amount = request.get("series_amount")
    return amount if isinstance(amount, int) and not isinstance(amount, bool) else SERIES_DEFAULT


def omni_image(task: Task) -> dict[str, Any]:
    """``images`` (single, the task's own files) or ``series_images`` (series)."""
    if task.request.get("result_type") != "series":
        names = task.file_names()
        images = [{"index": i, "url": task.file_url(n)} for i, n in enumerate(names)]
        return {"result_type": "single", "images": images}
    series = [
        {"index": i, "url": media_url(task.base_url, task.task_id, f"series-{i}.png")}
        for i in range(series_count(task.request))
    ]
    return {"result_type": "series", "series_images": series}


def voice(task: Task) -> dict[str, Any]:
    """The cloned voice, ``deleted`` once deleted."""
    vid = voice_id_of(task)
    return {
        "voices": [
            {
                "voice_id": vid,
                "voice_name": task.request.get("voice_name", ""),
                "trial_url": media_url(task.base_url, vid, "trial.mp3", 3.0),
                "owned_by": OWNER,
                "status": "deleted" if task.deleted else "succeed",
            }
        ]
    }


def element(task: Task) -> dict[str, Any]:
    """The element, with the names of its tags, ``deleted`` once deleted."""
    body = task.request
    tags = [
        {"tag_id": t.get("tag_id"), "name": TAG_NAMES.get(str(t.get("tag_id")), "")}
        for t in body.get("tag_list") or ()
        if isinstance(t, dict)
    ]
    voice_id = body.get("element_voice_id")
    voice_info = {"voice_id": voice_id, "owned_by": OWNER} if voice_id else None
    return {
        "elements": [
            {
                "element_id": element_id_of(task),
                "element_name": body.get("element_name", ""),
                "element_description": body.get("element_description", ""),
                "reference_type": body.get("reference_type", ""),
                "element_image_list": body.get("element_image_list") or {},
                "element_video_list": body.get("element_video_list") or {},
                "element_voice_info": voice_info,
                "tag_list": tags,
                "owned_by": OWNER,
                "status": "deleted" if task.deleted else "succeed",
            }
        ]
    }


def multi_shot(task: Task) -> dict[str, Any]:
    """One item with three more views of the subject."""
    urls = {f"url_{n}": media_url(task.base_url, task.task_id, f"view-{n}.png") for n in (1, 2, 3)}
    return {"images": [{"index": 0, **urls}]}


def multi_elements(task: Task) -> dict[str, Any]:
    """The edited video, with the selection session it came from."""
    video = {"id": task.video_id, "url": task.video_url, "duration": task.duration}
    return {"videos": [{**video, "session_id": task.request.get("session_id", "")}]}


RESULTS: dict[str, Callable[[Task], dict[str, Any]]] = {
    "omni_image": omni_image,
    "custom_voice": voice,
    "element_library": element,
    "ai_multi_shot": multi_shot,
    "multi_elements": multi_elements,
}
"""Family key -> its ``task_result`` (families not here get the one of their kind)."""

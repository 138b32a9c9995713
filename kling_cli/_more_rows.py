"""Summary rows of the results the families of FACTS-2026 §4 add to a task: series images,
AI multi-shot views, speech, segmentations, voices and elements."""

from __future__ import annotations

from typing import Any


def as_dict(value: object) -> dict[str, Any]:
    """``value`` if it is a dict, else an empty one (lenient JSON)."""
    return value if isinstance(value, dict) else {}


def result_rows(result: dict[str, Any]) -> list[tuple[str, Any]]:
    """(label, value) rows of the newer fields of a ``task_result`` (empty values kept)."""
    rows: list[tuple[str, Any]] = [("result type", result.get("result_type"))]
    for image in map(as_dict, result.get("series_images") or ()):
        rows.append((f"series image {image.get('index', '')}", image.get("url")))
    for image in map(as_dict, result.get("images") or ()):
        for n in (1, 2, 3):
            rows.append((f"image {image.get('index', '')} view {n}", image.get(f"url_{n}")))
        if image.get("type"):
            found = "found" if image.get("is_contain") else "not found"
            rows.append((f"{image['type']} ({found})", image.get("url")))
    for audio in map(as_dict, result.get("audios") or ()):
        length = f" ({audio['duration']} s)" if audio.get("duration") else ""
        rows.append(
            (f"audio {audio.get('id') or audio.get('audio_id', '')}{length}", audio.get("url"))
        )
    for voice in map(as_dict, result.get("voices") or ()):
        state = f" [{voice['status']}]" if voice.get("status") else ""
        label = f"voice {voice.get('voice_id', '')}{state}"
        rows.append((label, f"{voice.get('voice_name', '')}  {voice.get('trial_url', '')}"))
    for element in map(as_dict, result.get("elements") or ()):
        state = f" [{element['status']}]" if element.get("status") else ""
        label = f"element {element.get('element_id', '')}{state}"
        rows.append((label, f"{element.get('element_name', '')} ({element.get('owned_by', '')})"))
    return rows

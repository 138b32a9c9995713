"""Typed outputs and billing records of a task, read leniently from either API standard.

The new standard lists results in ``outputs[]``, a union on ``type`` (``video``, ``image``,
``audio``, ``voice``, ``element``), and charges in ``billing[]``. Each item becomes a frozen
dataclass; an output of a type newer than the spec becomes :class:`UnknownOutput` (its type and
raw fields), never an exception. Legacy tasks are mapped onto the same types (``task_result``
videos, images and audios; ``final_unit_deduction`` as a ``unit`` charge), so result handling
does not depend on the standard.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any, Literal, TypeAlias


def _text(value: object) -> str | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return str(value)
    return value if isinstance(value, str) and value else None


def _get(item: object, name: str) -> object:
    return item.get(name) if isinstance(item, Mapping) else getattr(item, name, None)


def _list(value: object) -> list[Any]:
    if isinstance(value, Iterable) and not isinstance(value, str | bytes | Mapping):
        return list(value)
    return []


@dataclass(frozen=True, slots=True)
class VideoOutput:
    """A result video: ``url`` (kept 30 days), ``watermark_url``, ``duration`` in seconds."""

    id: str | None = None
    url: str | None = None
    watermark_url: str | None = None
    duration: str | None = None
    type: Literal["video"] = "video"


@dataclass(frozen=True, slots=True)
class ImageOutput:
    """A result image (no id; ``group_id`` for grouped images)."""

    url: str | None = None
    watermark_url: str | None = None
    group_id: str | None = None
    type: Literal["image"] = "image"


@dataclass(frozen=True, slots=True)
class AudioOutput:
    """A result audio track, as MP3 and WAV."""

    id: str | None = None
    mp3_url: str | None = None
    wav_url: str | None = None
    mp3_duration: str | None = None
    wav_duration: str | None = None
    type: Literal["audio"] = "audio"


@dataclass(frozen=True, slots=True)
class VoiceOutput:
    """A voice (``owned_by`` ``kling`` = the official library; ``status`` succeeded/deleted)."""

    id: str | None = None
    name: str | None = None
    url: str | None = None
    owned_by: str | None = None
    status: str | None = None
    type: Literal["voice"] = "voice"


@dataclass(frozen=True, slots=True)
class ElementReference:
    """One reference of an element: ``type`` image/video/voice, ``role``, ``url``."""

    type: str | None = None
    role: str | None = None
    url: str | None = None
    id: str | None = None
    name: str | None = None
    owned_by: str | None = None


@dataclass(frozen=True, slots=True)
class ElementTag:
    """A tag of an element."""

    id: int | None = None
    name: str | None = None
    description: str | None = None


@dataclass(frozen=True, slots=True)
class ElementOutput:
    """An element of the element library (video character or multi-image)."""

    id: str | None = None
    name: str | None = None
    description: str | None = None
    element_type: str | None = None
    references: tuple[ElementReference, ...] = ()
    materials: tuple[ElementReference, ...] = ()
    owned_by: str | None = None
    status: str | None = None
    tags: tuple[ElementTag, ...] = ()
    type: Literal["element"] = "element"


@dataclass(frozen=True, slots=True)
class UnknownOutput:
    """An output of a type this client does not know yet: its ``type`` and raw fields."""

    type: str
    data: Mapping[str, Any] = field(default_factory=dict)


Output: TypeAlias = (
    VideoOutput | ImageOutput | AudioOutput | VoiceOutput | ElementOutput | UnknownOutput
)
"""One item of :attr:`Task.outputs <kling_ext.Task.outputs>`; match on ``type``."""


@dataclass(frozen=True, slots=True)
class Billing:
    """One charge of a task: ``charge_type`` ``cash`` (balance) or ``unit`` (resource pack)."""

    charge_type: str | None = None
    amount: str | None = None
    cash_type: str | None = None
    currency: str | None = None
    package_type: str | None = None
    list_price: str | None = None

    @property
    def amount_decimal(self) -> Decimal | None:
        """``amount`` as a :class:`~decimal.Decimal` (``None`` when absent or not a number)."""
        try:
            return Decimal(self.amount) if self.amount is not None else None
        except InvalidOperation:
            return None


def _reader(item: object) -> Any:
    return lambda name: _text(_get(item, name))


def _reference(item: object) -> ElementReference:
    t = _reader(item)
    return ElementReference(t("type"), t("role"), t("url"), t("id"), t("name"), t("owned_by"))


def _tag(item: object) -> ElementTag:
    tag_id = _get(item, "id")
    number = tag_id if isinstance(tag_id, int) and not isinstance(tag_id, bool) else None
    return ElementTag(number, _text(_get(item, "name")), _text(_get(item, "description")))


def _video(item: object) -> VideoOutput:
    t = _reader(item)
    return VideoOutput(t("id"), t("url"), t("watermark_url"), t("duration"))


def output(item: Mapping[str, Any]) -> Output:
    """One ``outputs[]`` item as its typed value."""
    kind, t = item.get("type"), _reader(item)
    if kind == "video":
        return _video(item)
    if kind == "image":
        return ImageOutput(t("url"), t("watermark_url"), t("group_id"))
    if kind == "audio":
        return AudioOutput(
            t("id"), t("mp3_url"), t("wav_url"), t("mp3_duration"), t("wav_duration")
        )
    if kind == "voice":
        return VoiceOutput(t("id"), t("name"), t("url"), t("owned_by"), t("status"))
    if kind == "element":
        return ElementOutput(
            id=t("id"),
            name=t("name"),
            description=t("description"),
            element_type=t("element_type"),
            references=tuple(_reference(r) for r in _list(item.get("references"))),
            materials=tuple(_reference(r) for r in _list(item.get("materials"))),
            owned_by=t("owned_by"),
            status=t("status"),
            tags=tuple(_tag(tag) for tag in _list(item.get("tags"))),
        )
    return UnknownOutput(str(kind) if kind is not None else "", dict(item))


def outputs(value: object) -> list[Output]:
    """Every typed output of an ``outputs`` array (non-objects are skipped)."""
    return [output(item) for item in _list(value) if isinstance(item, Mapping)]


def billing(value: object) -> list[Billing]:
    """Every typed charge of a ``billing`` array."""
    found = []
    for item in _list(value):
        if isinstance(item, Mapping):
            t = _reader(item)
            names = ("charge_type", "amount", "cash_type", "currency", "package_type", "list_price")
            found.append(Billing(*(t(name) for name in names)))
    return found


def legacy_outputs(result: object) -> list[Output]:
    """A legacy ``task_result`` (videos, images, audios) as typed outputs."""
    found: list[Output] = []
    for video in _list(_get(result, "videos")):
        found.append(_video(video))
    for image in _list(_get(result, "images")):
        found.append(ImageOutput(_text(_get(image, "url")), _text(_get(image, "watermark_url"))))
    for audio in _list(_get(result, "audios")):
        found.append(
            AudioOutput(
                id=_text(_get(audio, "id")) or _text(_get(audio, "audio_id")),
                mp3_url=_text(_get(audio, "url_mp3")),
                wav_url=_text(_get(audio, "url_wav")),
                mp3_duration=_text(_get(audio, "duration_mp3")),
                wav_duration=_text(_get(audio, "duration_wav")),
            )
        )
    return found


def legacy_billing(units: object) -> list[Billing]:
    """A legacy ``final_unit_deduction`` as one ``unit`` charge (none when absent)."""
    amount = _text(units)
    return [Billing(charge_type="unit", amount=amount)] if amount is not None else []

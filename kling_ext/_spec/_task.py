"""The typed task that every client method returns: plain accessors over the generated model.

The generated ``kling_api.models.Task`` is exact but awkward: every field is ``X | Unset`` and the
result URLs sit three levels down. :class:`Task` keeps that model (``raw``, and the same attribute
names, so code written against it keeps working) and adds accessors that never need narrowing:
``id``, ``status``, ``external_task_id``, ``created_at`` / ``updated_at`` as ``datetime``, and
``video_urls`` / ``image_urls`` / ``audio_urls`` (empty until the task has succeeded).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal, TypeAlias

if TYPE_CHECKING:  # datetime and _outputs load on first use: ms off every ``import kling_ext``
    import datetime as dt

    from kling_api.models import Task as RawTask
    from kling_api.models import TaskInfo, TaskResult, WatermarkInfo

    from ._outputs import Billing, Output

TaskStatus: TypeAlias = Literal["submitted", "processing", "succeed", "succeeded", "failed"] | str
"""A task's status: the documented values (legacy ``succeed``, new-standard ``succeeded``), or a
newer one kept as its text."""

TaskState: TypeAlias = Literal["submitted", "processing", "succeeded", "failed", "unknown"]
"""A task's status normalised across the two standards (:attr:`Task.state`)."""

_DONE = frozenset({"succeed", "succeeded"})
_STATES: dict[str, TaskState] = {
    "submitted": "submitted",
    "processing": "processing",
    "succeed": "succeeded",
    "succeeded": "succeeded",
    "failed": "failed",
}
_FAILED = "failed"
_OUTPUT_URLS = {
    "videos": ("video", "url"),
    "images": ("image", "url"),
    "audios": ("audio", "mp3_url"),
}


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _millis(value: object) -> dt.datetime | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    import datetime as dt

    try:
        return dt.datetime.fromtimestamp(value / 1000, tz=dt.UTC)
    except (OverflowError, OSError, ValueError):
        return None


_LEGACY_URL_FIELDS = {"audios": ("url", "url_mp3", "url_wav")}
"""Legacy result items whose files are not (only) in ``url``: text to audio gives an MP3 and a
WAV, text to speech a ``url``."""


def _urls(items: object, fields: tuple[str, ...] = ("url",)) -> list[str]:
    if not isinstance(items, Iterable) or isinstance(items, str | bytes):
        return []
    found = (getattr(item, field, None) for item in items for field in fields)
    return [url for url in found if isinstance(url, str) and url]


class Task:
    """A Kling task as returned by ``create``, ``get``, ``list``, ``wait`` and the callbacks.

    >>> task.id, task.status, task.video_urls                           # doctest: +SKIP
    ('8672', 'succeed', ['https://.../video.mp4'])
    """

    __slots__ = ("_data", "_raw", "_standard")

    def __init__(self, raw: RawTask) -> None:
        self._raw: RawTask | None = raw
        self._data: dict[str, Any] | None = None
        self._standard: Mapping[str, Any] | None = None

    @classmethod
    def _lazy(cls, data: dict[str, Any]) -> Task:
        """A legacy task over its JSON object, parsed into the generated model on first use of
        :attr:`raw` (the generated parser accepts any object, so only the moment changes)."""
        task = cls.__new__(cls)
        task._raw, task._data, task._standard = None, data, None
        return task

    @property
    def raw(self) -> RawTask:
        """The generated model, with every field the server sent (``raw.additional_properties``
        keeps the ones the spec does not know yet)."""
        if self._raw is None:
            from kling_api.models import Task as RawTask

            self._raw = RawTask.from_dict(self._data or {})
            self._data = None
        return self._raw

    @raw.setter
    def raw(self, value: RawTask) -> None:  # it was a plain attribute: keep it assignable
        self._raw, self._data = value, None

    def _field(self, name: str) -> Any:
        """A top-level legacy field as the generated model holds it (its parser keeps top-level
        scalars as sent), read from the JSON object while the model is not built yet."""
        if self._data is not None:
            return self._data.get(name)
        return getattr(self.raw, name)

    @classmethod
    def from_standard(cls, body: Mapping[str, Any]) -> Task:
        """A task object of the new standard API (``id``, ``status``, ``outputs[]`` ...), e.g. a
        signed callback body: the same accessors read it."""
        from kling_api.models import Task as RawTask

        task = cls(RawTask())
        task._standard = body
        return task

    @property
    def standard(self) -> Literal["legacy", "standard"]:
        """Which API standard the task object comes from."""
        return "legacy" if self._standard is None else "standard"

    def _get(self, legacy: Any, name: str) -> Any:
        return legacy if self._standard is None else self._standard.get(name)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Task:
        """A task from its JSON object, as the server sends it (read leniently)."""
        from kling_api.models import Task as RawTask

        return cls(RawTask.from_dict(data))

    # --- accessors that need no narrowing ------------------------------------------------------
    @property
    def id(self) -> str:
        """Kling's task id (``""`` only if a malformed answer carried none)."""
        return _text(self._get(self._field("task_id"), "id")) or ""

    @property
    def status(self) -> TaskStatus:
        """``submitted``, ``processing``, ``succeed`` (new standard: ``succeeded``), ``failed``, or
        a newer value as text; :attr:`state` is the same, normalised across standards."""
        return _text(self._get(self._field("task_status"), "status")) or ""

    @property
    def state(self) -> TaskState:
        """The status normalised: legacy ``succeed`` and new ``succeeded`` are both
        ``"succeeded"``; a value newer than the spec is ``"unknown"`` (see :attr:`status`)."""
        return _STATES.get(self.status, "unknown")

    @property
    def status_message(self) -> str | None:
        """Why the task failed (``task_status_msg``), when the server says."""
        return _text(self._get(self._field("task_status_msg"), "message"))

    @property
    def external_task_id(self) -> str | None:
        """The caller's own id for the task (sent at creation), if any."""
        if self._standard is not None:
            return _text(self._standard.get("external_id"))
        return _text(getattr(self.raw.task_info, "external_task_id", None))

    @property
    def created_at(self) -> dt.datetime | None:
        """When the task was created (UTC), if the server said."""
        return _millis(self._get(self._field("created_at"), "create_time"))

    @property
    def updated_at(self) -> dt.datetime | None:
        """When the task last changed (UTC), if the server said."""
        return _millis(self._get(self._field("updated_at"), "update_time"))

    @property
    def is_done(self) -> bool:
        """True once the task has ended, successfully or not."""
        return self.status in _DONE or self.status == _FAILED

    @property
    def succeeded(self) -> bool:
        """True when the task ended with its results ready."""
        return self.status in _DONE

    @property
    def failed(self) -> bool:
        """True when the task ended without results (see :attr:`status_message`)."""
        return self.status == _FAILED

    def _result_urls(self, name: str) -> list[str]:
        if not self.succeeded:
            return []
        if self._standard is not None:
            kind, field = _OUTPUT_URLS[name]
            outputs = self._standard.get("outputs")
            items = outputs if isinstance(outputs, list) else []
            found = (
                o.get(field) for o in items if isinstance(o, Mapping) and o.get("type") == kind
            )
            return [url for url in found if isinstance(url, str) and url]
        legacy = getattr(self.raw.task_result, name, None)
        return _urls(legacy, _LEGACY_URL_FIELDS.get(name, ("url",)))

    @property
    def video_urls(self) -> list[str]:
        """The URLs of the result videos (empty until the task has succeeded)."""
        return self._result_urls("videos")

    @property
    def image_urls(self) -> list[str]:
        """The URLs of the result images (empty until the task has succeeded)."""
        return self._result_urls("images")

    @property
    def audio_urls(self) -> list[str]:
        """The URLs of the result audio files (empty until the task has succeeded)."""
        return self._result_urls("audios")

    @property
    def outputs(self) -> list[Output]:
        """Typed results (video, image, audio, voice, element; a newer type is an
        ``UnknownOutput``): the new standard's ``outputs[]``, or a legacy ``task_result``."""
        from . import _outputs

        if self._standard is not None:
            return _outputs.outputs(self._standard.get("outputs"))
        return _outputs.legacy_outputs(self.raw.task_result)

    @property
    def billing(self) -> list[Billing]:
        """Typed charges: the new standard's ``billing[]``, or a legacy
        ``final_unit_deduction`` as one ``unit`` charge."""
        from . import _outputs

        if self._standard is not None:
            return _outputs.billing(self._standard.get("billing"))
        return _outputs.legacy_billing(self.raw.final_unit_deduction)

    # --- the generated model's own fields, unchanged -------------------------------------------
    @property
    def task_id(self) -> Any:
        """``raw.task_id`` (``str | Unset``); prefer :attr:`id`."""
        return self.raw.task_id

    @property
    def task_status(self) -> Any:
        """``raw.task_status``; prefer :attr:`status`."""
        return self.raw.task_status

    @property
    def task_status_msg(self) -> Any:
        """``raw.task_status_msg``; prefer :attr:`status_message`."""
        return self.raw.task_status_msg

    @property
    def task_info(self) -> TaskInfo | Any:
        """``raw.task_info``: the caller's external id, the parent video of an extension."""
        return self.raw.task_info

    @property
    def task_result(self) -> TaskResult | Any:
        """``raw.task_result``: the result objects (videos, images, audios) with their ids."""
        return self.raw.task_result

    @property
    def final_unit_deduction(self) -> Any:
        """``raw.final_unit_deduction``: the units charged, once the task has ended."""
        return self.raw.final_unit_deduction

    @property
    def watermark_info(self) -> WatermarkInfo | Any:
        """``raw.watermark_info``."""
        return self.raw.watermark_info

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Fields the server sent that the spec does not describe yet."""
        return self.raw.additional_properties

    def to_dict(self) -> dict[str, Any]:
        """The task as the JSON object the server sent (known and unknown fields)."""
        return dict(self._standard) if self._standard is not None else self.raw.to_dict()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Task):
            return False
        return (self.raw, self._standard) == (other.raw, other._standard)

    def __hash__(self) -> int:
        return hash((self.id, self.status))

    def __repr__(self) -> str:
        return f"Task(id={self.id!r}, status={self.status!r})"

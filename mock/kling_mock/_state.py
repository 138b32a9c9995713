"""The task store: tasks whose status follows the clock, rendered as Kling task objects.

A task's whole life is fixed when it is created: ``submitted`` until ``processing_at``,
``processing`` until ``done_at``, then ``succeed`` (or ``failed``). Status is computed from the
clock on every read, so no background work is needed to move tasks along.
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass, field
from typing import Any, Literal

from ._families import Family, ResourceType
from ._more_results import RESULTS

Status = Literal["submitted", "processing", "succeed", "failed"]
_VIDEO_NS = uuid.UUID("6b6c696e-672d-6d6f-636b-2d766964656f")
_AUDIO_NS = uuid.UUID("6b6c696e-672d-6d6f-636b-2d617564696f")


def ms(seconds: float) -> int:
    """Clock seconds to Kling's Unix milliseconds."""
    return round(seconds * 1000)


@dataclass
class Task:
    """One simulated task and everything needed to render it at any time."""

    seq: int
    task_id: str
    family: Family
    external_task_id: str
    created: float
    processing_at: float
    done_at: float
    fail_reason: str | None
    duration: str
    images: int
    callback_url: str | None
    base_url: str
    parent_video: dict[str, str] | None = None
    request: dict[str, Any] = field(default_factory=dict)
    """The create body (for results that echo it)."""
    deleted: bool = False
    """A voice or element task whose result was deleted."""

    @property
    def final_status(self) -> Status:
        """The status the task ends in."""
        return "failed" if self.fail_reason else "succeed"

    def status_at(self, now: float) -> Status:
        """The status at clock time ``now``."""
        if now < self.processing_at:
            return "submitted"
        if now < self.done_at:
            return "processing"
        return self.final_status

    def changed_at(self, status: Status) -> float:
        """When the task entered ``status``."""
        if status == "submitted":
            return self.created
        return self.processing_at if status == "processing" else self.done_at

    def transitions(self) -> list[tuple[Status, float]]:
        """Every status the task passes through, with the time it is entered."""
        return [(s, self.changed_at(s)) for s in ("submitted", "processing", self.final_status)]

    @property
    def slots(self) -> int:
        """Concurrency slots held while running: n for the families taking n, else 1."""
        return self.images if self.family.counts_n else 1

    @property
    def resource(self) -> ResourceType:
        """The resource-pack type the task counts against."""
        return self.family.resource

    @property
    def deduction(self) -> float:
        """Units charged once the task succeeds: one per image, one per audio, one per started
        5 s of video."""
        if self.family.kind == "image":
            return float(self.images)
        if self.family.kind == "audio":
            return 1.0
        return float(max(1, math.ceil(float(self.duration) / 5)))

    @property
    def video_id(self) -> str:
        """The id of the task's result video."""
        return str(uuid.uuid5(_VIDEO_NS, self.task_id))

    @property
    def audio_id(self) -> str:
        """The id of the task's result audio (audio families)."""
        return str(uuid.uuid5(_AUDIO_NS, self.task_id))

    @property
    def has_video(self) -> bool:
        """Whether the task produces a video (video families, and video to audio)."""
        return self.family.kind == "video" or self.family.key == "video_to_audio"

    @property
    def video_url(self) -> str:
        """URL of the result video (meaningful when ``has_video``)."""
        return self.file_url(f"{self.video_id}.mp4")

    def file_names(self) -> list[str]:
        """Names of the result files under ``/files/{task_id}/``."""
        if self.family.kind == "image":
            return [f"{index}.png" for index in range(self.images)]
        names: list[str] = []
        if self.family.kind == "audio":
            names += [f"{self.audio_id}.mp3", f"{self.audio_id}.wav"]
        if self.has_video:
            names.append(f"{self.video_id}.mp4")
        return names

    def file_url(self, name: str) -> str:
        """Absolute URL of one result file."""
        return f"{self.base_url}/files/{self.task_id}/{name}"

    def result(self) -> dict[str, Any]:
        """The ``task_result`` of a succeeded task."""
        if self.family.key in RESULTS:
            return RESULTS[self.family.key](self)
        if self.family.kind == "video":
            video = {"id": self.video_id, "url": self.video_url}
            return {"videos": [{**video, "duration": self.duration}]}
        if self.family.kind == "audio":
            audio = {
                "id": self.audio_id,
                "audio_id": self.audio_id,  # the name Kling's own client reads
                "url_mp3": self.file_url(f"{self.audio_id}.mp3"),
                "url_wav": self.file_url(f"{self.audio_id}.wav"),
                "duration_mp3": self.duration,
                "duration_wav": self.duration,
            }
            if self.has_video:
                audio.update(video_id=self.video_id, video_url=self.video_url)
            return {"audios": [audio]}
        names = self.file_names()
        return {"images": [{"index": i, "url": self.file_url(n)} for i, n in enumerate(names)]}

    def render(self, status: Status, at: float, *, created_view: bool = False) -> dict[str, Any]:
        """The task object as Kling shows it in ``status`` at time ``at``.

        ``created_view`` gives the short form of a create response (FACTS 1.5).
        """
        info: dict[str, Any] = {"external_task_id": self.external_task_id}
        if self.parent_video is not None:
            info["parent_video"] = dict(self.parent_video)
        data: dict[str, Any] = {"task_id": self.task_id, "task_status": status, "task_info": info}
        if not created_view:
            data["task_status_msg"] = (self.fail_reason or "") if status == "failed" else ""
            if status == "succeed":
                data["task_result"] = self.result()
                data["final_unit_deduction"] = f"{self.deduction:g}"
            elif status == "failed":
                data["task_result"] = {}
        data["created_at"] = ms(self.created)
        data["updated_at"] = ms(self.changed_at(status))
        return data

    def view(self, now: float) -> dict[str, Any]:
        """The task object as a GET at ``now`` returns it."""
        return self.render(self.status_at(now), now)


class TaskStore:
    """All tasks of the (single) simulated account, in creation order."""

    def __init__(self) -> None:
        self._tasks: dict[str, Task] = {}

    def __len__(self) -> int:
        return len(self._tasks)

    def add(self, task: Task) -> None:
        """Store a new task."""
        self._tasks[task.task_id] = task

    def clear(self) -> None:
        """Forget every task."""
        self._tasks.clear()

    def by_id(self, task_id: str) -> Task | None:
        """A task of any family by its task_id."""
        return self._tasks.get(task_id)

    def find(self, family: Family, ident: str) -> Task | None:
        """A task of ``family`` by task_id, else by external_task_id (the newest match)."""
        task = self._tasks.get(ident)
        if task is not None and task.family.key == family.key:
            return task
        for task in self.newest_first(family):
            if ident and task.external_task_id == ident:
                return task
        return None

    def has_external_id(self, external_task_id: str) -> bool:
        """Whether any task of the account already uses this external_task_id."""
        return any(t.external_task_id == external_task_id for t in self._tasks.values())

    def newest_first(self, family: Family | None = None) -> list[Task]:
        """Tasks of one family (or all), newest first."""
        tasks = [t for t in self._tasks.values() if family is None or t.family.key == family.key]
        return sorted(tasks, key=lambda t: t.seq, reverse=True)

    def video(self, video_id: str) -> Task | None:
        """The task whose result video has this id."""
        return next(
            (t for t in self._tasks.values() if t.has_video and t.video_id == video_id), None
        )

    def active_slots(self, resource: ResourceType, now: float) -> int:
        """Concurrency slots in use for one resource type at ``now``."""
        return sum(
            t.slots
            for t in self._tasks.values()
            if t.resource == resource and t.status_at(now) in ("submitted", "processing")
        )

    def consumed(self, resources: tuple[ResourceType, ...], now: float) -> float:
        """Units charged so far by succeeded tasks of these resource types."""
        return sum(
            t.deduction
            for t in self._tasks.values()
            if t.resource in resources and t.status_at(now) == "succeed"
        )

    def created_by_external_id(self) -> dict[str, list[str]]:
        """task_ids created per non-empty external_task_id, oldest first."""
        out: dict[str, list[str]] = {}
        for task in sorted(self._tasks.values(), key=lambda t: t.seq):
            if task.external_task_id:
                out.setdefault(task.external_task_id, []).append(task.task_id)
        return out

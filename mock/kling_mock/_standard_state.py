"""New-standard tasks of the simulator: the same life as legacy tasks, the new task object.

A :class:`StandardTask` is a :class:`~kling_mock._state.Task` (so the store, the concurrency
limits, the account's costs, the result files and the signed callbacks treat it like any other)
that renders as the new standard's task object: ``id``, ``status`` with ``succeeded``,
millisecond ``create_time`` / ``update_time``, ``external_id``, ``outputs[]`` and ``billing[]``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kling_ext.standard import standard_families

from ._checks import no_check
from ._families import Family
from ._state import Status, Task, ms

_RATES = {"720p": 0.8, "1080p": 1.0, "4k": 1.5}
"""Units per second of video by resolution (3.0 Turbo: 0.8 at 720p, 1.0 at 1080p; 4k assumed)."""


def standard_family_rows() -> dict[str, Family]:
    """The simulator's rows for the new-standard families (creates and ``standard_tasks``)."""
    rows = {}
    for key, fam in standard_families().items():
        ids = {role: ops[0].operation_id for role, ops in fam.operations.items()}
        rows[key] = Family(
            key=key,
            path=fam.operation("create").path if fam.is_standard_task else "/tasks",
            kind="video",
            resource="video",
            check=no_check,
            operation_ids=ids,  # type: ignore[arg-type]
            durations=None,
        )
    return rows


@dataclass
class StandardTask(Task):
    """A task created on the new standard (model in the path)."""

    model: str = ""
    resolution: str = "720p"
    watermark: bool = False
    seconds: int = 5

    def __post_init__(self) -> None:
        self.duration = str(self.seconds)

    @property
    def deduction(self) -> float:
        """Units charged once it succeeds: seconds x the resolution's rate."""
        return round(self.seconds * _RATES.get(self.resolution, 1.0), 2)

    @property
    def watermark_name(self) -> str:
        """File name of the watermarked copy."""
        return f"{self.video_id}-watermarked.mp4"

    def file_names(self) -> list[str]:
        """The video, and its watermarked copy when asked for."""
        return super().file_names() + ([self.watermark_name] if self.watermark else [])

    def outputs(self) -> list[dict[str, Any]]:
        """The ``outputs[]`` of the succeeded task."""
        wm = self.file_url(self.watermark_name) if self.watermark else ""
        return [
            {
                "type": "video",
                "id": self.video_id,
                "url": self.video_url,
                "watermark_url": wm,
                "duration": self.duration,
            }
        ]

    def billing(self) -> list[dict[str, Any]]:
        """The ``billing[]`` of the succeeded task (one resource-pack charge)."""
        return [{"charge_type": "unit", "amount": f"{self.deduction:g}", "package_type": "video"}]

    def render(self, status: Status, at: float, *, created_view: bool = False) -> dict[str, Any]:
        """The new standard's task object in ``status`` at time ``at``."""
        data: dict[str, Any] = {
            "id": self.task_id,
            "status": "succeeded" if status == "succeed" else status,
            "create_time": ms(self.created),
            "update_time": ms(self.changed_at(status)),
            "external_id": self.external_task_id,
        }
        if created_view:
            return data
        data["message"] = (self.fail_reason or "") if status == "failed" else ""
        done = status == "succeed"
        data["outputs"] = self.outputs() if done else []
        data["billing"] = self.billing() if done else []
        return data

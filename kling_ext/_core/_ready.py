"""The result files of a task that has succeeded; any other task is refused with the reason.

Downloading a task that failed or is still running would find no result URL and quietly save
nothing; :func:`ready_files` says why instead, naming the status.
"""

from __future__ import annotations

from collections.abc import Mapping

from kling_ext._errors import TaskFailedError, TaskNotFinishedError
from kling_ext._spec._results import ResultFile, task_files
from kling_ext._spec._task import Task


def _text(task: object, name: str) -> str | None:
    value = task.get(name) if isinstance(task, Mapping) else getattr(task, name, None)
    return value if isinstance(value, str) and value else None


def ready_files(task: object) -> list[ResultFile]:
    """The result files of ``task`` (a :class:`~kling_ext.Task`, a generated model or the JSON).

    Raises :class:`~kling_ext.TaskFailedError` (with ``task_status_msg``) for a failed task and
    :class:`~kling_ext.TaskNotFinishedError` for one that has not ended.
    """
    status: str | None
    if isinstance(task, Task):
        task_id, status, message = task.id, task.status, task.status_message
    else:
        task_id = _text(task, "task_id") or ""
        status, message = _text(task, "task_status"), _text(task, "task_status_msg")
    if status in ("succeed", "succeeded"):
        return task_files(task)
    if status == "failed":
        raise TaskFailedError(task_id, message, task)
    raise TaskNotFinishedError(task_id, status)

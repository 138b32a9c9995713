"""The job lines of a batch: parsed and validated, every problem of every line reported at once.

A job is one JSON object per line: ``id`` (a name for the job and its output folder),
``operation`` (a task family of either standard, by key or alias, as in
:data:`kling_ext.spec.FAMILIES` / :func:`kling_ext.standard.standard_families`) and the request
fields. A ``model`` field makes it a new-standard job (the model is a path segment there):

    {"id": "fox-1", "operation": "text2video", "prompt": "a red fox", "duration": "5"}
    {"id": "fox-2", "operation": "text-to-video", "model": "kling-3.0-turbo", "prompt": "a fox"}

The body is checked against the spec exactly as a create would check it; the batch owns the
``external_task_id`` (derived from the batch and the job id), so a job may not set one.
"""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .._errors import ValidationError
from .._spec._families import family
from .._spec._standard import create_path, standard_family
from .._spec._validate import validate

JOB_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}")
"""A job id is also a folder name: letters, digits, ``._-``, not starting with a dot, <= 64."""
RESERVED = ("id", "operation", "model")


@dataclass(frozen=True)
class Job:
    """One validated job: its id, where it came from, the family and the request body."""

    id: str
    line: int
    operation: str
    """The family key (``text_to_video``, ``standard_text_to_video``)."""
    body: dict[str, Any]
    model: str | None = None
    """The new standard's model (a path segment); None for legacy jobs."""

    @property
    def standard(self) -> bool:
        """True for a new-standard job (model in the path)."""
        return self.model is not None

    def definition(self) -> str:
        """The job as canonical JSON (to tell a changed job from the journal's)."""
        return json.dumps([self.operation, self.model, self.body], sort_keys=True)


def read_lines(path: str | Path) -> list[tuple[int, str]]:
    """The non-blank lines of a JSONL file with their 1-based numbers."""
    text = Path(path).read_text(encoding="utf-8")
    return [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip()]


def parse_jobs(source: str | Path | Iterable[Mapping[str, Any]]) -> list[Job]:
    """The jobs of a JSONL file (a path) or of an iterable of job objects (numbered from 1).

    Raises one :class:`~kling_ext.ValidationError` listing every problem of every line
    (``line 3: prompt: 2501 characters, at most 2500``); nothing is sent before that.
    """
    if isinstance(source, str | Path):
        items: list[tuple[int, Any]] = []
        problems: list[tuple[str, str]] = []
        for number, text in read_lines(source):
            try:
                items.append((number, json.loads(text)))
            except ValueError as exc:
                problems.append((f"line {number}", f"not JSON ({exc})"))
    else:
        items, problems = list(enumerate(source, 1)), []
    jobs: list[Job] = []
    seen: dict[str, int] = {}
    for number, item in items:
        job, found = _job(number, item)
        job_id = item.get("id") if isinstance(item, Mapping) else None
        if isinstance(job_id, str) and job_id in seen:
            found.append(("id", f"{job_id!r} is already the id of line {seen[job_id]}"))
        elif isinstance(job_id, str):
            seen[job_id] = number
        problems += [(f"line {number}: {field}", rule) for field, rule in found]
        if job is not None and not found:
            jobs.append(job)
    if problems:
        problems.sort(key=lambda p: int(p[0].split()[1].rstrip(":")))
        raise ValidationError(problems)
    if not jobs:
        raise ValidationError([("jobs", "no job given")])
    return jobs


def _job(number: int, item: Any) -> tuple[Job | None, list[tuple[str, str]]]:
    if not isinstance(item, Mapping):
        return None, [("", f"a job is a JSON object, got {type(item).__name__}")]
    problems: list[tuple[str, str]] = []
    job_id, name, model = item.get("id"), item.get("operation"), item.get("model")
    if not isinstance(job_id, str) or not JOB_ID.fullmatch(job_id):
        problems.append(("id", "required: 1-64 of A-Z a-z 0-9 . _ -, not starting with a dot"))
    if model is not None and (not isinstance(model, str) or not model.strip()):
        problems.append(("model", f"{model!r} is not a model name"))
        model = None
    key = _operation(name, model, problems)
    body = {k: v for k, v in item.items() if k not in RESERVED}
    if key is None:
        return None, problems
    problems += _checked(number, key, model, body)
    return Job(str(job_id), number, key, body, model), problems


def _operation(name: Any, model: str | None, problems: list[tuple[str, str]]) -> str | None:
    if not isinstance(name, str) or not name:
        problems.append(("operation", "required: a task family key or alias, e.g. text2video"))
        return None
    try:
        found = standard_family(name) if model is not None else family(name)
    except ValueError as exc:
        problems.append(("operation", str(exc)))
        return None
    if model is not None and not found.is_standard_task:
        problems.append(("operation", f"{name!r} creates no new-standard task"))
        return None
    return found.key


def _checked(line: int, key: str, model: str | None, body: dict[str, Any]) -> list[tuple[str, str]]:
    """The spec's problems with the body (its warnings are Kling's to ignore, not ours)."""
    problems: list[tuple[str, str]] = []
    options = body.get("options")
    if "external_task_id" in body or (
        isinstance(options, Mapping) and "external_task_id" in options
    ):
        problems.append(("external_task_id", "set by the batch (from the batch and the job id)"))
    try:
        path = family(key).path if model is None else create_path(standard_family(key), model)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            validate("POST", path, body)
    except ValidationError as exc:
        problems += list(exc.problems)
    else:  # what Kling ignores is sent anyway: said once, here, not again at each create
        for warning in caught:
            warnings.warn(f"line {line}: {warning.message}", warning.category, stacklevel=4)
    return problems

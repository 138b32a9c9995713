"""The family table, read from the spec: every endpoint family Kling documents, as data.

The spec is its only source. Each tag of ``openapi/kling.yaml`` that carries ``x-kling-family`` is a
family (its namespace and attribute on the client, friendly aliases, result kind, API standard,
task or synchronous calls, resource pack), and each operation of the tag names its role with
``x-kling-role`` (``create``, ``get``, ``list`` or ``call``). The table is read from the copy of
the spec that generation ships (``kling_api/_openapi.json``) on first use, not at import time.
Adding a family is a spec edit and ``make generate``; nothing here changes.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Literal

ResultKind = Literal["video", "image", "audio", "none"]
Role = Literal["create", "get", "list", "call"]
ROLES: tuple[Role, ...] = ("create", "get", "list", "call")


@dataclass(frozen=True)
class Operation:
    """One operation of a family: its role, operation id, HTTP method and path template."""

    role: Role
    operation_id: str
    method: str
    path: str
    tag: str
    request_schema: str | None = None
    """Name of the request body schema in ``components/schemas`` (None without a body)."""
    call_name: str = ""
    """A ``call`` operation's method name on its family's resource (``x-kling-method``); empty
    when the spec gives none (the call then has no generated method)."""

    @property
    def module_name(self) -> str:
        """The generated module: ``createTextToVideoTask`` -> ``create_text_to_video_task``."""
        return snake(self.operation_id)


@dataclass(frozen=True)
class Family:
    """One endpoint family of the Kling API, as the spec's ``x-kling-family`` states it."""

    key: str
    """Stable identifier, the spec's tag: ``text_to_video``, ``image_generation``, ..."""
    namespace: str
    """The client attribute that groups it: ``videos``, ``images``, ``audio``, ``account``."""
    attribute: str
    """Its resource's attribute in the namespace: ``client.videos.text2video``."""
    aliases: tuple[str, ...]
    """Friendly names accepted wherever a family is named (the first is the CLI's command)."""
    kind: ResultKind
    """What its tasks produce: videos, images, audio (``none`` for account queries)."""
    standard: str
    """The API standard: ``legacy`` (``/v1`` paths) or ``standard`` (model in the path)."""
    calls: str
    """``task`` (create, then get/list) or ``sync`` (answers at once)."""
    resource: str
    """The resource-pack type its tasks use (``video``, ``image``, ``try_on``, ``audio``)."""
    description: str = ""
    operations: Mapping[Role, tuple[Operation, ...]] = field(default_factory=dict)

    def operation(self, role: Role) -> Operation:
        """The family's single operation with this role (KeyError when it has none)."""
        found = self.operations.get(role, ())
        if len(found) != 1:
            raise KeyError(f"{self.key} has {len(found)} {role} operations")
        return found[0]

    @property
    def is_task(self) -> bool:
        """True for legacy families whose create answers with a task to wait for (their own
        get-one and list pages); new-standard families are :attr:`is_standard_task`."""
        return self.calls == "task" and self.standard == "legacy" and "create" in self.operations

    @property
    def is_standard_task(self) -> bool:
        """True for new-standard task families (model in the path, tasks read through
        ``GET /tasks`` and ``POST /tasks``)."""
        return self.calls == "task" and self.standard == "standard" and "create" in self.operations

    @property
    def calls_named(self) -> tuple[Operation, ...]:
        """The ``call`` operations that have a method on the family's resource."""
        return tuple(op for op in self.operations.get("call", ()) if op.call_name)

    @functools.cached_property  # read on every create: worked out once per family
    def path(self) -> str:
        """Create/list path; get-one is ``{path}/{id}``."""
        return self.operation("create").path

    @functools.cached_property
    def request_model(self) -> str:
        """Name of the generated request body class in ``kling_api.models``."""
        schema = self.operation("create").request_schema
        if schema is None:  # pragma: no cover - the spec's lint requires a body on creates
            raise KeyError(f"{self.key}: create has no request body")
        return schema


def snake(name: str) -> str:
    """``createTextToVideoTask`` -> ``create_text_to_video_task`` (the generator's module names;
    digits start a word of their own, as openapi-python-client splits them)."""
    words = re.findall(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+", name)
    return "_".join(word.lower() for word in words)


def _request_schema(operation: Mapping[str, Any]) -> str | None:
    content = (operation.get("requestBody") or {}).get("content") or {}
    ref = ((content.get("application/json") or {}).get("schema") or {}).get("$ref", "")
    return ref.rsplit("/", 1)[-1] if isinstance(ref, str) and ref else None


def _operations(spec: Mapping[str, Any]) -> Iterator[tuple[str, Operation]]:
    for path, item in (spec.get("paths") or {}).items():
        for method, operation in item.items():
            role = operation.get("x-kling-role") if isinstance(operation, Mapping) else None
            if role not in ROLES:
                continue
            tag = (operation.get("tags") or [""])[0]
            name = str(operation.get("x-kling-method") or "")
            schema = _request_schema(operation)
            yield tag, Operation(role, operation["operationId"], method, path, tag, schema, name)


def families_from_spec(spec: Mapping[str, Any]) -> dict[str, Family]:
    """Build the family table of a spec document (also used on modified copies in tests)."""
    by_tag: dict[str, dict[Role, list[Operation]]] = {}
    for tag, operation in _operations(spec):
        by_tag.setdefault(tag, {}).setdefault(operation.role, []).append(operation)
    table: dict[str, Family] = {}
    for tag in spec.get("tags") or []:
        meta = tag.get("x-kling-family")
        if not isinstance(meta, Mapping):
            continue
        key = tag["name"]
        ops = {role: tuple(found) for role, found in by_tag.get(key, {}).items()}
        table[key] = Family(
            key=key,
            namespace=meta["namespace"],
            attribute=meta["attribute"],
            aliases=tuple(meta.get("aliases") or ()),
            kind=meta.get("kind", "none"),
            standard=meta.get("standard", "legacy"),
            calls=meta.get("calls", "task"),
            resource=meta.get("resource", "none"),
            description=" ".join(str(tag.get("description", "")).split()),
            operations=MappingProxyType(ops),
        )
    return table


class _Table(Mapping[str, Family]):
    """The spec's task families (or all of its families), keyed by family key, loaded on first
    access."""

    def __init__(self, tasks_only: bool = True) -> None:
        self._tasks_only = tasks_only

    @functools.cached_property
    def _data(self) -> dict[str, Family]:
        from ._document import load_spec  # here, so that tools/ can load this module on its own

        if self._tasks_only:  # the same Family objects as EVERY_FAMILY's
            return {k: f for k, f in EVERY_FAMILY.items() if f.is_task}
        return families_from_spec(load_spec())

    def __getitem__(self, key: str) -> Family:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __repr__(self) -> str:
        return f"<families {', '.join(self._data)}>"


FAMILIES: Mapping[str, Family] = _Table()
"""Every task family of the spec (families with a create operation), in the spec's order."""

EVERY_FAMILY: Mapping[str, Family] = _Table(tasks_only=False)
"""Every family of the spec, synchronous ones (text to speech, billing ...) included."""


def _norm(name: str) -> str:
    return name.strip().lower().replace("_", "-")


@functools.cache
def _lookup() -> dict[str, Family]:
    return {_norm(name): f for f in FAMILIES.values() for name in (f.key, *f.aliases)}


def family(key: str | Family) -> Family:
    """Look a family up by key or alias (``text_to_video``, ``text2video``, ``try-on``), or pass
    one through; a clear error names the known keys."""
    if isinstance(key, Family):
        return key
    found = _lookup().get(_norm(key)) if isinstance(key, str) else None
    if found is None:
        known = ", ".join(FAMILIES)
        raise ValueError(f"unknown task family {key!r}; known families: {known}")
    return found

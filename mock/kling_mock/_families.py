"""The task families the simulator serves, derived from the spec's family table."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from kling_ext import spec
from kling_ext.spec import is_set

from . import _checks as checks
from ._checks import RequestInvalid

__all__ = [
    "FAMILIES",
    "OPERATION_KINDS",
    "Family",
    "OperationKind",
    "RequestInvalid",
    "ResourceType",
    "ResultKind",
    "families_from",
    "family_by_key",
    "image_count",
    "is_set",
    "requested_duration",
    "validate_create",
]

ResultKind = Literal["video", "image", "audio"]
ResourceType = Literal["video", "image", "try_on", "audio"]
OperationKind = Literal["create", "get", "list", "account", "identify", "file", "call"]
OPERATION_KINDS: tuple[OperationKind, ...] = (
    "create",
    "get",
    "list",
    "account",
    "identify",
    "file",
    "call",  # the synchronous calls of FACTS-2026 §4 (tts, deletes, selections, ledgers ...)
)
VIDEO_DURATIONS = ("5", "10")


@dataclass(frozen=True)
class Family:
    """One task family: path, operation ids, what it produces and which pack it uses.

    Derived from the spec's family table (:data:`kling_ext.spec.FAMILIES`); only ``check`` (the
    refusals JSON Schema cannot express) is simulator code, looked up by family key.
    ``durations`` are the accepted string values of the request's ``duration`` (unset: "5");
    ``None`` when the family has no such string field (its ``duration`` is ignored).
    ``counts_n``: the request's ``n`` sets the number of images and of concurrency slots.
    """

    key: str
    path: str
    kind: ResultKind
    resource: ResourceType
    check: Callable[[dict[str, Any]], None]
    operation_ids: dict[OperationKind, str]
    durations: tuple[str, ...] | None = VIDEO_DURATIONS
    counts_n: bool = False


def _resolve(schemas: Mapping[str, Any], schema: Mapping[str, Any]) -> Mapping[str, Any]:
    while isinstance(schema.get("$ref"), str):
        schema = schemas[schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def _durations(schemas: Mapping[str, Any], request: Mapping[str, Any]) -> tuple[str, ...] | None:
    props = request.get("properties") or {}
    if "duration" not in props and "input" in props:  # effects keep it in input
        props = _resolve(schemas, props["input"]).get("properties") or {}
    if "duration" not in props:
        return None
    field = props["duration"]  # optional fields are nullable: the enum is an anyOf member
    for member in [field, *field.get("anyOf", ())]:
        values = _resolve(schemas, member).get("enum")
        if values:
            return tuple(str(v) for v in values)
    return None


def families_from(document: Mapping[str, Any]) -> tuple[Family, ...]:
    """The simulator's families for a spec document (its ``x-kling-family`` table)."""
    schemas = document["components"]["schemas"]
    found = []
    for fam in spec.families_from_spec(document).values():
        if not fam.is_task:
            continue
        request = _resolve(schemas, schemas[fam.request_model])
        ids = {role: fam.operation(role).operation_id for role in ("create", "get", "list")}
        found.append(
            Family(
                key=fam.key,
                path=fam.path,
                kind=fam.kind,  # type: ignore[arg-type]
                resource=fam.resource,  # type: ignore[arg-type]
                check=checks.CHECKS.get(fam.key, checks.no_check),
                operation_ids=ids,  # type: ignore[arg-type]
                durations=_durations(schemas, request),
                counts_n="n" in (request.get("properties") or {}),
            )
        )
    return tuple(found)


FAMILIES: tuple[Family, ...] = families_from(spec.load_spec())
_BY_KEY = {family.key: family for family in FAMILIES}


def family_by_key(key: str) -> Family:
    """The family with this key (KeyError if none)."""
    return _BY_KEY[key]


def validate_create(family: Family, body: object) -> dict[str, Any]:
    """Return the body as a dict, or raise RequestInvalid the way Kling would (HTTP 400)."""
    if not isinstance(body, dict):
        raise RequestInvalid("request body must be a JSON object", code=1200)
    for field in ("external_task_id", "callback_url"):
        value = body.get(field)
        if value is not None and not isinstance(value, str):
            raise RequestInvalid(f"{field} must be a string")
    family.check(body)
    if family.durations is not None and requested_duration(family, body) not in family.durations:
        allowed = family.durations
        shown = " or ".join(f'"{d}"' for d in allowed) if len(allowed) < 3 else "3 to 15 (string)"
        raise RequestInvalid(f"duration must be {shown}")
    checks.spec_rules(family.path, body)
    return body


def requested_duration(family: Family, body: dict[str, Any]) -> str | None:
    """The duration asked for ("5" when unset or not a field of the family, None when not a
    string); effects keep it in input."""
    if family.durations is None:
        return "5"
    source = body.get("input") if family.key == "video_effects" else body
    value = source.get("duration") if isinstance(source, dict) else None
    if not is_set(value):
        return "5"
    return value if isinstance(value, str) else None


def image_count(family: Family, body: dict[str, Any]) -> int:
    """How many images the task produces (``n`` for the families that take it, else 1)."""
    n = body.get("n") if family.counts_n else None
    return n if isinstance(n, int) and not isinstance(n, bool) else 1

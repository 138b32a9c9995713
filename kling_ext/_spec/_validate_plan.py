"""What request validation reads from the spec for one operation, worked out once: :func:`plan`.

:func:`find_operation` matches a method and path to the spec's operation. A :class:`Plan` holds
the operation's resolved body schema, its ``x-kling-rules`` (each with the top-level field it
needs, :func:`trigger`) and its ``x-kling-capabilities`` tables, with ``$from`` pointers
followed. Plans are cached per (method, path) for the spec object last used. :func:`form` checks
a body against the schema and skips the work for fields already seen clean: a scalar that was
checked once against a property schema gives the same answer every time.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from .._errors import ValidationError
from ._findings import Findings
from ._validate_rules import RULE_KINDS, check_capabilities, lookup, resolve_from
from ._validate_schema import SchemaChecker

_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class Operation:
    """One operation of the spec: method (lower case), path template and operation object."""

    method: str
    template: str
    spec: Mapping[str, Any]


def _segments(path: str) -> list[str]:
    if "://" in path:
        path = urlsplit(path).path
    path = path.split("?", 1)[0].split("#", 1)[0]
    return [s for s in path.strip("/").split("/") if s]


def find_operation(spec: Mapping[str, Any], method: str, path: str) -> Operation:
    """The operation for a concrete path (``/v1/videos/text2video/8672``) or a template.

    A template segment such as ``{id}`` matches any segment, so callers may name the parameter
    as they like. Raises :class:`~kling_ext.ValidationError` (a ``ValueError``) naming the
    operation when the spec has none.
    """
    if not isinstance(method, str) or not isinstance(path, str):
        raise ValidationError([("", f"method and path must be strings, got {method!r} {path!r}")])
    wanted, verb = _segments(path), method.lower()
    best: tuple[int, str, Mapping[str, Any]] | None = None
    for template, item in (spec.get("paths") or {}).items():
        parts = _segments(template)
        if len(parts) != len(wanted):
            continue
        literal = 0
        for mine, theirs in zip(parts, wanted, strict=True):
            if mine.startswith("{") and mine.endswith("}"):
                continue
            if mine != theirs:
                break
            literal += 1
        else:
            if best is None or literal > best[0]:
                best = (literal, template, item)
    if best is None or not isinstance(best[2].get(verb), Mapping):
        known = "" if best is None else f" (the path has: {_verbs(best[2])})"
        message = f"unknown operation {method.upper()} {path}: not in the spec{known}"
        raise ValidationError([("", message)])
    return Operation(verb, best[1], best[2][verb])


def _verbs(item: Mapping[str, Any]) -> str:
    return ", ".join(m.upper() for m in _METHODS if m in item) or "no operations"


Rule = Mapping[str, Any]


@dataclass
class Plan:
    """What :func:`~kling_ext._spec._validate.check_request` reads from the spec for one
    operation, resolved once."""

    operation: Operation
    request: Mapping[str, Any] | None
    schema: Mapping[str, Any]
    rules: list[tuple[str | None, Rule]]
    """Each rule with its :func:`trigger`."""
    capabilities: list[Mapping[str, Any]]
    simple: bool = False
    """The body schema is a plain object (only ``properties``/``required`` judge it), so a body
    whose fields are each clean is clean."""
    clean: dict[tuple[str, type, object], bool] = field(default_factory=dict)
    """Scalar field values checked against their property schema: clean or not."""
    standard: bool = True
    """The schema has what ``check_models`` judges (``contents``, ``filters``,
    ``x-kling-models``): a new-standard body. Without them it finds nothing."""
    reads: tuple[str, ...] | None = None
    """Every path the capability tables read (None: tables of a shape not understood here)."""
    judged: dict[tuple[object, ...], Findings] = field(default_factory=dict)
    """Capability findings per tuple of the scalar values at :attr:`reads`."""
    top_reads: bool = False
    """Every path of :attr:`reads` is a top-level field."""
    triggers: frozenset[str] | None = None
    """The top-level fields without which no rule can fire (None: a rule must always be
    checked)."""
    required: frozenset[str] = frozenset()
    """The schema's ``required`` fields."""
    quick: frozenset[str] | None = None
    """:attr:`triggers` when :func:`quiet` may judge a body (a :attr:`simple` legacy schema
    whose rules each have a trigger), else None."""


_PLAN_LIMIT = 256
"""Plans kept per spec (concrete paths with ids each take one; the cache starts over when full)."""
_plans: tuple[Mapping[str, Any], dict[tuple[str, str], Plan]] | None = None


def plan(spec: Mapping[str, Any], method: str, path: str) -> Plan:
    """The plan of an operation, cached per (method, path) for the last spec seen (held, so its
    identity cannot be reused; a new spec object, such as a test's edited copy, starts over)."""
    global _plans
    if _plans is None or _plans[0] is not spec:
        _plans = (spec, {})
    cache = _plans[1]
    key = (method, path) if isinstance(method, str) and isinstance(path, str) else None
    found = cache.get(key) if key is not None else None
    if found is None:
        found = _make_plan(spec, find_operation(spec, method, path))
        if len(cache) >= _PLAN_LIMIT:
            cache.clear()
        cache[key] = found  # find_operation refused non-strings
    return found


def _make_plan(spec: Mapping[str, Any], operation: Operation) -> Plan:
    checker = SchemaChecker(spec)
    request = operation.spec.get("requestBody")
    if request is None:
        return Plan(operation, None, {}, [], [])
    request = checker.resolve(request)
    media: Mapping[str, Any] = request.get("content", {}).get("application/json") or {}
    schema = checker.resolve(media.get("schema") or {})
    parts = [schema, *(checker.resolve(m) for m in schema.get("allOf", ()))]
    rules = resolve_from(spec, [r for p in parts for r in p.get("x-kling-rules", ())])
    tables = resolve_from(spec, [t for p in parts for t in p.get("x-kling-capabilities", ())])
    simple = (
        schema.keys() <= _PLAIN_OBJECT
        and schema.get("type") == "object"
        and isinstance(schema.get("properties"), Mapping)
    )
    found = Plan(operation, request, schema, [(trigger(r), r) for r in rules], tables, simple)
    props = schema.get("properties") or {}
    found.required = frozenset(schema.get("required") or ())
    found.reads = capability_reads(tables)
    found.top_reads = found.reads is not None and not any("." in p for p in found.reads)
    keys = [key for key, _ in found.rules]
    found.triggers = None if None in keys else frozenset(k for k in keys if k is not None)
    found.standard = "x-kling-models" in schema or "contents" in props or "filters" in props
    found.quick = found.triggers if simple and not found.standard else None
    return found


_PLAIN_OBJECT = frozenset(
    {"type", "properties", "required", "additionalProperties", "description", "title",
     "examples", "example", "x-kling-rules", "x-kling-capabilities"}
)  # fmt: skip
"""Keywords of a body schema that judge nothing beyond its properties (``required`` is checked
by :func:`form` itself; ``additionalProperties`` only judges fields that are not properties)."""


def trigger(rule: Rule) -> str | None:
    """A top-level field without which ``rule`` cannot fire (its own field, or a field its
    condition needs set), or None when it must always be checked. A body without that member
    skips the rule: the same findings, without the work."""
    kinds = [k for k in RULE_KINDS if k in rule]
    data = rule[kinds[0]] if len(kinds) == 1 else None
    if not isinstance(data, Mapping) or not isinstance(data.get("field"), str):
        return None  # the list kinds (exclusive, any_required, exactly_one) or a broken rule
    if kinds[0] in ("forbidden_when", "one_nonzero"):  # the field itself must be set
        return str(data["field"]).split(".", 1)[0]
    when = data.get("when")
    needed = [p for p, e in when.items() if e != "$unset"] if isinstance(when, Mapping) else []
    return str(needed[0]).split(".", 1)[0] if needed else None  # required_when: its condition


def quiet(plan: Plan, checker: SchemaChecker, body: Any) -> bool:
    """True when ``body`` is known to have no findings at all without the full check: a plain
    legacy object whose fields are each clean, none of which can make a rule fire, with a
    capability verdict of nothing (the usual create). False means: run the full check."""
    triggers = plan.quick
    if triggers is None or type(body) is not dict or not triggers.isdisjoint(body):
        return False
    if not _all_clean(plan, checker, body):
        return False
    judged = capabilities(plan, body)
    return not (judged.problems or judged.warnings or judged.retired)


def rules_for(plan: Plan, body: Mapping[str, Any]) -> list[Rule]:
    """The plan's rules that may fire for ``body`` (those whose trigger field it has)."""
    return [rule for key, rule in plan.rules if key is None or key in body]


_SCALARS = frozenset({str, int, float, bool, type(None)})
_MEMO_TEXT = 200
"""Strings longer than this (prompts) are checked every time, not remembered."""
_EMPTY = Findings()


def form(plan: Plan, checker: SchemaChecker, body: Mapping[str, Any]) -> Findings:
    """``checker.check(plan.schema, body)``, without checking again a field value known clean."""
    if plan.simple and type(body) is dict and _all_clean(plan, checker, body):
        return Findings()
    return checker.check(plan.schema, body)


def _all_clean(plan: Plan, checker: SchemaChecker, body: dict[str, Any]) -> bool:
    properties: Mapping[str, Any] = plan.schema["properties"]
    if not body.keys() >= plan.required:
        return False
    clean = plan.clean
    for name, value in body.items():
        kind = type(value)
        if name not in properties or kind not in _SCALARS:
            return False
        key = (name, kind, value)
        ok = clean.get(key) if kind is not str or len(value) <= _MEMO_TEXT else None
        if ok is None:
            ok = checker.check(properties[name], value, name) == _EMPTY
            if kind is not str or len(value) <= _MEMO_TEXT:
                if len(clean) >= _PLAN_LIMIT:
                    clean.clear()
                clean[key] = ok
        if not ok:
            return False
    return True


def _keys(data: object, out: list[str]) -> bool:
    """Add the keys of a condition (a mapping of paths); False when it is not one."""
    if data is None:
        return True
    if not isinstance(data, Mapping) or not all(isinstance(k, str) for k in data):
        return False
    out.extend(data)
    return True


def _combos(data: object, out: list[str]) -> bool:
    """Add the keys of ``{feature: [combo, ...]}`` (a model's ``features`` or ``ignored``)."""
    if data is None:
        return True
    if not isinstance(data, Mapping):
        return False
    return all(isinstance(c, list) and all(_keys(x, out) for x in c) for c in data.values())


def _paths(data: object, out: list[str]) -> bool:
    if data is None:
        return True
    if not isinstance(data, list) or not all(isinstance(p, str) for p in data):
        return False
    out.extend(data)
    return True


def capability_reads(tables: Sequence[Mapping[str, Any]]) -> tuple[str, ...] | None:
    """Every body path ``check_capabilities(tables, body)`` can look up: its findings depend on
    the values there and nothing else. None when a table has a shape not read here."""
    out: list[str] = []
    for table in tables:
        ok = isinstance(table.get("model_field"), str) and _keys(table.get("when"), out)
        features = table.get("features") or {}
        models = table.get("models") or {}
        if not ok or not isinstance(features, Mapping) or not isinstance(models, Mapping):
            return None
        out.append(table["model_field"])
        for definition in features.values():
            definition = definition or {}
            if not isinstance(definition, Mapping) or not all(
                _paths(definition.get(k), out) for k in ("all_set", "all_unset", "any_set")
            ) or not _keys(definition.get("when"), out):  # fmt: skip
                return None
        for caps in models.values():
            caps = caps or {}
            if not isinstance(caps, Mapping) or not (
                _keys(caps.get("allowed"), out)
                and _combos(caps.get("features"), out)
                and _combos(caps.get("ignored"), out)
            ):
                return None
    return tuple(dict.fromkeys(out))


def capabilities(plan: Plan, body: Mapping[str, Any]) -> Findings:
    """``check_capabilities(plan.capabilities, body)``, remembered per tuple of the values the
    tables read when each is a scalar (the findings are read, never changed, by the caller)."""
    if plan.reads is None:
        return check_capabilities(plan.capabilities, body)
    key: tuple[object, ...]
    if type(body) is dict and plan.top_reads:  # each value read at once (C-level loops)
        values = tuple(map(body.get, plan.reads))
        kinds = tuple(map(type, values))
        if not _SCALARS.issuperset(kinds):
            return check_capabilities(plan.capabilities, body)
        key = (values, kinds)
    else:
        parts: list[object] = []
        for path in plan.reads:
            value = lookup(body, path)
            kind = type(value)
            if kind not in _SCALARS:
                return check_capabilities(plan.capabilities, body)
            parts += (kind, value)
        key = tuple(parts)
    found = plan.judged.get(key)
    if found is None:
        found = check_capabilities(plan.capabilities, body)
        if len(plan.judged) >= _PLAN_LIMIT:
            plan.judged.clear()
        plan.judged[key] = found
    return found

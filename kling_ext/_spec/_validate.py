"""Check a request body against the spec before sending it: :func:`validate`.

Everything comes from ``openapi/kling.yaml`` (shipped as ``kling_api/_openapi.json``): the JSON
Schema of the request body (:mod:`._validate_schema`) and the cross-field rules and capability maps
of its ``x-kling-*`` extensions (:mod:`._validate_rules`). Adding a model or a rule is a spec edit,
never a code change. Every problem is collected before one :class:`~kling_ext.ValidationError`
lists them all. What is sent anyway is reported with :func:`warnings.warn` as a
:class:`~kling_ext.KlingWarning`: :class:`~kling_ext.UnknownFieldWarning` (a field, value or model
the spec does not know), :class:`~kling_ext.IgnoredFieldWarning` (``severity: warning`` rules and
capability combos that Kling ignores), :class:`~kling_ext.DeprecatedWarning` (deprecated fields,
``x-kling-lifecycle`` marks such as a discontinued effect scene). JSON ``null`` in an optional
field means "not set" (the spec makes every optional request field nullable).
"""

from __future__ import annotations

import warnings
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from .._errors import ValidationError
from .._warnings import DeprecatedWarning, IgnoredFieldWarning, KlingWarning, UnknownFieldWarning
from ._document import load_spec
from ._findings import Findings, Problem, WarningKind
from ._standard_rules import check_models
from ._validate_rules import check_capabilities, check_rules, resolve_from
from ._validate_schema import SchemaChecker
from ._wire import check_body

CATEGORIES: dict[WarningKind, type[KlingWarning]] = {
    "unknown": UnknownFieldWarning,
    "ignored": IgnoredFieldWarning,
    "deprecated": DeprecatedWarning,
    "other": KlingWarning,  # last: every category is one
}
"""The warning category of each kind of finding."""

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


@dataclass(frozen=True)
class _Plan:
    """What :func:`check_request` reads from the spec for one operation, resolved once."""

    operation: Operation
    request: Mapping[str, Any] | None
    schema: Mapping[str, Any]
    rules: list[Mapping[str, Any]]
    capabilities: list[Mapping[str, Any]]


_PLAN_LIMIT = 256
"""Plans kept per spec (concrete paths with ids each take one; the cache starts over when full)."""
_plans: tuple[Mapping[str, Any], dict[tuple[str, str], _Plan]] | None = None


def _plan(spec: Mapping[str, Any], method: str, path: str) -> _Plan:
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
        cache[key] = found  # type: ignore[index]  # find_operation refused non-strings
    return found


def _make_plan(spec: Mapping[str, Any], operation: Operation) -> _Plan:
    checker = SchemaChecker(spec)
    request = operation.spec.get("requestBody")
    if request is None:
        return _Plan(operation, None, {}, [], [])
    request = checker.resolve(request)
    media: Mapping[str, Any] = request.get("content", {}).get("application/json") or {}
    schema = checker.resolve(media.get("schema") or {})
    parts = [schema, *(checker.resolve(m) for m in schema.get("allOf", ()))]
    rules = resolve_from(spec, [r for p in parts for r in p.get("x-kling-rules", ())])
    tables = resolve_from(spec, [t for p in parts for t in p.get("x-kling-capabilities", ())])
    return _Plan(operation, request, schema, rules, tables)


def check_request(
    spec: Mapping[str, Any], method: str, path: str, body: Any, *, shape: bool = True
) -> Findings:
    """Problems and warnings of a request body; :func:`validate` raises and warns them.

    ``shape=False`` leaves out the JSON Schema problems (its warnings and retired values stay):
    only the cross-field rules and capabilities refuse, as the simulator applies them behind
    Prism, which has checked the schema already. What the operation reads from the spec (its
    resolved schema, rules and capability tables) is worked out once per (method, path).
    """
    plan = _plan(spec, method, path)
    operation, request, schema = plan.operation, plan.request, plan.schema
    found = Findings()
    where = f"{operation.method.upper()} {operation.template}"
    if request is None:
        if body is not None and not (hasattr(body, "__len__") and len(body) == 0):
            found.problems.append(("body", f"{where} takes no request body"))
        return found
    if body is None:
        if request.get("required"):
            found.problems.append(("body", f"{where} needs a JSON request body"))
        return found
    if schema.get("type") == "object" and not isinstance(body, Mapping):
        found.problems.append(("body", f"expected a JSON object, got {type(body).__name__}"))
        return found
    checker = SchemaChecker(spec)
    form = checker.check(schema, body)
    if shape:
        found.problems.extend((path or "body", rule) for path, rule in form.problems)
    found.retired.extend(form.retired)
    rules = check_rules(plan.rules, body)
    capabilities = check_capabilities(plan.capabilities, body)
    models = check_models(schema, checker.resolve, operation.template, path, body)  # new standard
    found.problems.extend(rules.problems + capabilities.problems + models.problems)
    # At most one warning per field: explicit rules first, then the schema, then capabilities.
    warned: dict[str, Problem] = {}
    for source in (rules, form, capabilities):
        for warning in source.warnings:
            if (warning[0] or "body") not in warned:
                warned[warning[0] or "body"] = warning
                found.warn((warning[0] or "body", warning[1]), source.kind(warning))
    for category, text in models.warnings:  # whole-request texts: no field of their own
        found.warn(("", text), next(k for k, c in CATEGORIES.items() if issubclass(category, c)))
    return found


def validate(method: str, path: str, body: Any) -> None:
    """Check a request body against the spec before it is sent; return None when it is valid.

    ``path`` may be concrete or a template; ``method`` is case-insensitive. Every problem is
    collected, then one :class:`~kling_ext.ValidationError` lists them all, each naming the field
    and the rule (``prompt: 2501 characters, at most 2500``). A valid body that is sent anyway
    with something Kling ignores or that the spec does not know gets one
    :class:`~kling_ext.KlingWarning` per field (``warnings.warn``; the subclass names the kind).
    Raises :class:`ValueError` for an operation the spec does not have.
    """
    check_body(body)  # strict JSON first: the schema checks below assume it
    found = check_request(load_spec(), method, path, body)
    if found.problems:
        raise ValidationError(_unique(found.problems))
    for field, rule in found.warnings:
        text = f"{field}: {rule}" if field else rule
        warnings.warn(text, CATEGORIES[found.kind((field, rule))], stacklevel=2)


def _unique(problems: list[Problem]) -> list[Problem]:
    return list(dict.fromkeys(problems))

"""Check a request body against the spec before sending it: :func:`validate`.

Everything comes from ``openapi/kling.yaml`` (shipped as ``kling_api/_openapi.json``): the JSON
Schema of the request body (:mod:`._validate_schema`) and the cross-field rules and capability maps
of its ``x-kling-*`` extensions (:mod:`._validate_rules`). Adding a model or a rule is a spec edit,
never a code change. Every problem is collected before one :class:`~kling_ext.ValidationError`
lists them all; uncertain facts (open enums, ``severity: warning`` rules, models without
capability data, deprecated fields) are logged on the ``kling`` logger and the request is sent.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from .._errors import ValidationError
from ._document import load_spec
from ._standard_rules import check_models
from ._validate_rules import check_capabilities, check_rules
from ._validate_schema import Findings, Problem, SchemaChecker

logger = logging.getLogger("kling")

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
    as they like. Raises :class:`ValueError` naming the operation when the spec has none.
    """
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
        raise ValueError(f"unknown operation {method.upper()} {path}: not in the spec{known}")
    return Operation(verb, best[1], best[2][verb])


def _verbs(item: Mapping[str, Any]) -> str:
    return ", ".join(m.upper() for m in _METHODS if m in item) or "no operations"


def check_request(spec: Mapping[str, Any], method: str, path: str, body: Any) -> Findings:
    """Problems and warnings of a request body; :func:`validate` raises and logs them."""
    operation = find_operation(spec, method, path)
    checker = SchemaChecker(spec)
    found = Findings()
    request = operation.spec.get("requestBody")
    where = f"{operation.method.upper()} {operation.template}"
    if request is None:
        if body is not None and not (hasattr(body, "__len__") and len(body) == 0):
            found.problems.append(("body", f"{where} takes no request body"))
        return found
    request = checker.resolve(request)
    media: Mapping[str, Any] = request.get("content", {}).get("application/json") or {}
    schema = checker.resolve(media.get("schema") or {})
    if body is None:
        if request.get("required"):
            found.problems.append(("body", f"{where} needs a JSON request body"))
        return found
    if schema.get("type") == "object" and not isinstance(body, Mapping):
        found.problems.append(("body", f"expected a JSON object, got {type(body).__name__}"))
        return found
    shape = checker.check(schema, body)
    found.problems.extend((path or "body", rule) for path, rule in shape.problems)
    parts = [schema, *(checker.resolve(m) for m in schema.get("allOf", ()))]
    rules = check_rules([r for p in parts for r in p.get("x-kling-rules", ())], body)
    capabilities = check_capabilities(
        [t for p in parts for t in p.get("x-kling-capabilities", ())], body
    )
    models = check_models(schema, checker.resolve, operation.template, path, body)  # new standard
    found.problems.extend(rules.problems + capabilities.problems + models.problems)
    if not found.problems:
        models.emit()
    # At most one warning per field: explicit rules first, then the schema, then capabilities.
    warned: dict[str, str] = {}
    for path, rule in rules.warnings + shape.warnings + capabilities.warnings:
        warned.setdefault(path or "body", rule)
    found.warnings.extend(warned.items())
    return found


def validate(method: str, path: str, body: Any) -> None:
    """Check a request body against the spec before it is sent; return None when it is valid.

    ``path`` may be concrete or a template; ``method`` is case-insensitive. Every problem is
    collected, then one :class:`~kling_ext.ValidationError` lists them all, each naming the field
    and the rule (``prompt: 2501 characters, at most 2500``). Warnings go to the ``kling`` logger.
    Raises :class:`ValueError` for an operation the spec does not have.
    """
    found = check_request(load_spec(), method, path, body)
    for field, rule in found.warnings:
        logger.warning("%s: %s", field, rule)
    if found.problems:
        raise ValidationError(_unique(found.problems))


def _unique(problems: list[Problem]) -> list[Problem]:
    return list(dict.fromkeys(problems))

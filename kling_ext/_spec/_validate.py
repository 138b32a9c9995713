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
from typing import Any

from .._errors import ValidationError
from .._warnings import DeprecatedWarning, IgnoredFieldWarning, KlingWarning, UnknownFieldWarning
from ._document import load_spec
from ._findings import Findings, Problem, WarningKind, new_fields
from ._findings import strict as strict_findings
from ._standard_rules import ModelFindings, check_models
from ._validate_plan import Operation as Operation  # re-exported (older imports)
from ._validate_plan import capabilities, form, plan, quiet, rules_for
from ._validate_plan import find_operation as find_operation
from ._validate_rules import check_rules
from ._validate_schema import SchemaChecker
from ._wire import check_body

CATEGORIES: dict[WarningKind, type[KlingWarning]] = {
    "unknown": UnknownFieldWarning,
    "ignored": IgnoredFieldWarning,
    "deprecated": DeprecatedWarning,
    "other": KlingWarning,  # last: every category is one
}
"""The warning category of each kind of finding."""


_NO_MODELS = ModelFindings()  # read, never changed


def check_request(
    spec: Mapping[str, Any], method: str, path: str, body: Any, *, shape: bool = True
) -> Findings:
    """Problems and warnings of a request body; :func:`validate` raises and warns them.

    ``shape=False`` leaves out the JSON Schema problems (its warnings and retired values stay):
    only the cross-field rules and capabilities refuse, as the simulator applies them behind
    Prism, which has checked the schema already. What the operation reads from the spec (its
    resolved schema, rules and capability tables) is worked out once per (method, path).
    """
    found_plan = plan(spec, method, path)
    operation, request, schema = found_plan.operation, found_plan.request, found_plan.schema
    found = Findings()
    if request is None:
        if body is not None and not (hasattr(body, "__len__") and len(body) == 0):
            found.problems.append(("body", f"{_where(operation)} takes no request body"))
        return found
    if body is None:
        if request.get("required"):
            found.problems.append(("body", f"{_where(operation)} needs a JSON request body"))
        return found
    if schema.get("type") == "object" and not isinstance(body, Mapping):
        found.problems.append(("body", f"expected a JSON object, got {type(body).__name__}"))
        return found
    checker = SchemaChecker(spec)
    if quiet(found_plan, checker, body):  # the usual create: nothing to find, known at once
        return found
    form_found = form(found_plan, checker, body)
    if shape:
        found.problems.extend((path or "body", rule) for path, rule in form_found.problems)
    found.retired.extend(form_found.retired)
    may_fire = rules_for(found_plan, body)
    rules = check_rules(may_fire, body) if may_fire else Findings()
    judged = capabilities(found_plan, body)
    models = (  # the new standard's content fields, filters and capability maps
        check_models(schema, checker.resolve, operation.template, path, body)
        if found_plan.standard
        else _NO_MODELS
    )
    # One message per error: a field the schema refused is not judged again by the model maps.
    told = form_found.problems if shape else []
    found.problems.extend(rules.problems + new_fields(told, judged.problems + models.problems))
    # At most one warning per field: explicit rules first, then the schema, then capabilities.
    warned: dict[str, Problem] = {}
    for source in (rules, form_found, judged):
        for warning in source.warnings:  # usually none
            if (warning[0] or "body") not in warned:
                warned[warning[0] or "body"] = warning
                found.warn((warning[0] or "body", warning[1]), source.kind(warning))
    for category, text in models.warnings:  # whole-request texts: no field of their own
        found.warn(("", text), next(k for k, c in CATEGORIES.items() if issubclass(category, c)))
    return found


def _where(operation: Operation) -> str:
    return f"{operation.method.upper()} {operation.template}"


def validate(method: str, path: str, body: Any, *, strict: bool = False) -> None:
    """Check a request body against the spec before it is sent; return None when it is valid.

    ``path`` may be concrete or a template; ``method`` is case-insensitive. Every problem is
    collected, then one :class:`~kling_ext.ValidationError` lists them all, each naming the field
    and the rule (``prompt: 2501 characters, at most 2500``). A valid body that is sent anyway
    with something Kling ignores or that the spec does not know gets one
    :class:`~kling_ext.KlingWarning` per field (``warnings.warn``; the subclass names the kind).
    Raises :class:`ValueError` for an operation the spec does not have. ``strict`` refuses
    fields the spec does not know instead of warning about them.
    """
    check_body(body)  # strict JSON first: the schema checks below assume it
    _report(check_request(load_spec(), method, path, body), strict)


def validate_checked(method: str, path: str, body: Any, *, strict: bool = False) -> None:
    """:func:`validate` of a body that has passed ``check_body`` already (the client's own)."""
    spec = load_spec()
    if quiet(plan(spec, method, path), SchemaChecker(spec), body):  # nothing to raise or warn
        return
    _report(check_request(spec, method, path, body), strict)


def _report(found: Findings, strict: bool) -> None:
    """Raise the problems, or warn each warning at the caller of the function calling this."""
    found = strict_findings(found) if strict else found
    if found.problems:
        raise ValidationError(_unique(found.problems))
    for field, rule in found.warnings:
        text = f"{field}: {rule}" if field else rule
        warnings.warn(text, CATEGORIES[found.kind((field, rule))], stacklevel=3)


def _unique(problems: list[Problem]) -> list[Problem]:
    return list(dict.fromkeys(problems))

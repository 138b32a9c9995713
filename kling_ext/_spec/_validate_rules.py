"""The interpreter of the spec's ``x-kling-rules`` and ``x-kling-capabilities`` (cross-field rules).

The format is fixed in CONVENTIONS ("The x-kling extensions"); in short:

- paths are dot paths from the body root; a field is *set* when present, not null, not ``""`` and
  not an empty list;
- a condition maps paths to an expected scalar (equal), a list (one of), ``"$set"`` or ``"$unset"``;
- rules: ``exclusive``, ``any_required``, ``exactly_one``, ``required_when``, ``forbidden_when``,
  ``one_nonzero``; each may carry ``description`` (added to the message) and ``severity: warning``;
- capability tables: ``when``, ``model_field``, ``default_model``, ``defaults``, ``features`` and
  ``models`` (``allowed`` values, the combos in which each feature works, and the ``ignored``
  combos: a feature used that way has no effect with that model, a warning). A model the table
  does not list is sent with a warning and not judged;
- ``{"$from": "#/json/pointer"}`` anywhere in rule data stands for the value the pointer names
  in the spec (:func:`resolve_from`), so one list (the dual-image effect scenes) serves many rules.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from ._findings import Findings, Problem
from ._validate_schema import is_type, same, show

Getter = Callable[[str], object]
RULE_KINDS = (
    "exclusive", "any_required", "exactly_one", "required_when", "forbidden_when", "one_nonzero"
)  # fmt: skip


def resolve_from(spec: Mapping[str, Any], data: Any) -> Any:
    """``data`` with every ``{"$from": "#/pointer"}`` replaced by what the pointer names in
    ``spec``; a pointer to nothing raises :class:`ValueError` (a broken spec)."""
    if isinstance(data, Mapping):
        pointer = data.get("$from")
        if len(data) == 1 and isinstance(pointer, str):
            target: Any = spec
            try:
                for part in pointer.removeprefix("#/").split("/"):
                    target = target[part.replace("~1", "/").replace("~0", "~")]
            except (KeyError, TypeError):
                raise ValueError(f"$from {pointer!r} points to nothing in the spec") from None
            return target
        return {key: resolve_from(spec, value) for key, value in data.items()}
    if isinstance(data, list):
        return [resolve_from(spec, item) for item in data]
    return data


def lookup(body: object, path: str) -> object:
    """The value at a dot path, or None when any step is missing."""
    if "." not in path and type(body) is dict:  # the common case, without the ABC check
        return body.get(path)
    for part in path.split("."):
        if not isinstance(body, Mapping) or part not in body:
            return None
        body = body[part]
    return body


_SIZED = (str, list, tuple, dict)


def is_set(value: object) -> bool:
    """Present, not null, not ``""``, not an empty list and not an empty object (FACTS 1.15,
    2.2.1: ``camera_control.config`` may be "absent or empty" for the preset camera types)."""
    if value is None:
        return False
    if type(value) in _SIZED or isinstance(value, str | list | tuple | Mapping):
        return len(value) > 0  # type: ignore[arg-type]
    return True


def matches(value: object, expected: object) -> bool:
    """One condition entry: equal, one of a list, ``"$set"`` or ``"$unset"``."""
    if expected == "$set":
        return is_set(value)
    if expected == "$unset":
        return not is_set(value)
    if not is_set(value):
        return False
    if isinstance(expected, list):
        return any(same(value, option) for option in expected)
    return same(value, expected)


def holds(condition: Mapping[str, object] | None, get: Getter) -> bool:
    """Every entry of ``condition`` holds for the values ``get`` returns."""
    if condition:
        for path, expected in condition.items():
            if not matches(get(path), expected):
                return False
    return True


LONG_LIST = 8
"""A condition on more values than this names the value it met, not the whole list."""


def render(condition: Mapping[str, object], get: Getter | None = None) -> str:
    """A condition in words: ``input.mode is 'text2video' and image is set``; with ``get``, a
    long list reads ``effect_scene is 'hug_pro' (one of 19 values)``."""
    words = []
    for path, expected in condition.items():
        if expected in ("$set", "$unset"):
            words.append(f"{path} is {'set' if expected == '$set' else 'not set'}")
        elif isinstance(expected, list) and get is not None and len(expected) > LONG_LIST:
            words.append(f"{path} is {get(path)!r} (one of {len(expected)} values)")
        elif isinstance(expected, list):
            words.append(f"{path} is one of {show(expected)}")
        else:
            words.append(f"{path} is {expected!r}")
    return " and ".join(words)


def _explained(text: str, description: str) -> str:
    """The rule's message with its spec ``description`` added, unless that only says it again
    (``input.text is required when input.mode is text2video`` after ``required when ...``)."""
    plain = text.replace("'", "").rstrip(".").lower()
    if str(description).replace("'", "").rstrip(".").lower().endswith(plain):
        return text
    return f"{text} ({description})"


def check_rules(rules: Sequence[Mapping[str, Any]], body: Mapping[str, Any]) -> Findings:
    """Apply ``x-kling-rules``: errors become problems, ``severity: warning`` rules warnings."""
    found = Findings()
    get: Getter = functools.partial(lookup, body)
    for rule in rules:
        kinds = [k for k in RULE_KINDS if k in rule]
        if len(kinds) != 1:
            found.warn(("", f"x-kling-rules: cannot read rule {dict(rule)!r}; skipped"), "unknown")
            continue
        results = _RULES[kinds[0]](rule[kinds[0]], get)
        if rule.get("description"):
            results = [(path, _explained(text, rule["description"])) for path, text in results]
        for result in results:
            if rule.get("severity") == "warning":
                found.warn(result, "ignored")
            else:
                found.problems.append(result)
    return found


def _exclusive(groups: Sequence[Sequence[str]], get: Getter) -> list[Problem]:
    used = [[p for p in group if is_set(get(p))] for group in groups]
    used = [fields for fields in used if fields]
    if len(used) < 2:
        return []
    others = ", ".join(fields[0] for fields in used[:1] + used[2:])
    return [(used[1][0], f"cannot be combined with {others}")]


def _any_required(paths: Sequence[str], get: Getter) -> list[Problem]:
    if any(is_set(get(p)) for p in paths):
        return []
    return [(paths[0], f"at least one of {', '.join(paths)} must be set")]


def _exactly_one(paths: Sequence[str], get: Getter) -> list[Problem]:
    used = [p for p in paths if is_set(get(p))]
    if len(used) == 1:
        return []
    got = "none is" if not used else f"got {', '.join(used)}"
    return [((used or paths)[0], f"exactly one of {', '.join(paths)} must be set; {got}")]


def _required_when(spec: Mapping[str, Any], get: Getter) -> list[Problem]:
    if not is_set(get(spec["field"])) and holds(spec.get("when"), get):  # the field first: cheaper
        return [(spec["field"], f"required when {render(spec.get('when') or {}, get)}")]
    return []


def _forbidden_when(spec: Mapping[str, Any], get: Getter) -> list[Problem]:
    if is_set(get(spec["field"])) and holds(spec.get("when"), get):
        return [(spec["field"], f"not allowed when {render(spec.get('when') or {}, get)}")]
    return []


def _one_nonzero(spec: Mapping[str, Any], get: Getter) -> list[Problem]:
    obj = get(spec["field"])
    if not holds(spec.get("when"), get) or not isinstance(obj, Mapping):
        return []
    nonzero = [str(k) for k, v in obj.items() if is_type(v, "number") and v != 0]
    if len(nonzero) == 1:
        return []
    got = "all are zero" if not nonzero else f"got {', '.join(nonzero)}"
    return [(spec["field"], f"exactly one member must be non-zero; {got}")]


_RULES: dict[str, Callable[[Any, Getter], list[Problem]]] = {
    "exclusive": _exclusive,
    "any_required": _any_required,
    "exactly_one": _exactly_one,
    "required_when": _required_when,
    "forbidden_when": _forbidden_when,
    "one_nonzero": _one_nonzero,
}


def check_capabilities(tables: Sequence[Mapping[str, Any]], body: Mapping[str, Any]) -> Findings:
    """Apply ``x-kling-capabilities``: allowed values and feature combos per known model."""
    found = Findings()
    raw: Getter = functools.partial(lookup, body)
    for table in tables:
        if not holds(table.get("when"), raw):
            continue
        field = table["model_field"]
        model = raw(field) if is_set(raw(field)) else table.get("default_model")
        models: Mapping[str, Any] = table.get("models") or {}
        if not isinstance(model, str):
            continue
        if model not in models:
            message = f"{model!r} has no capability data in this client's spec; sent unchecked"
            found.warn((field, message), "unknown")
            continue
        found.add(_judge(table, model, body))
    return found


def _judge(table: Mapping[str, Any], model: str, body: Mapping[str, Any]) -> Findings:
    defaults: Mapping[str, object] = table.get("defaults") or {}

    def value(path: str) -> object:
        found = lookup(body, path)
        return found if is_set(found) else defaults.get(path)

    found = Findings()
    problems = found.problems
    models: Mapping[str, Any] = table["models"]
    caps: Mapping[str, Any] = models[model] or {}
    for path, allowed in (caps.get("allowed") or {}).items():
        current = value(path)
        if current is not None and not any(same(current, a) for a in allowed):
            note = "" if is_set(lookup(body, path)) else " (the server default)"
            problems.append((path, f"{current!r}{note} is not one of {show(allowed)} for {model}"))
    for name, definition in (table.get("features") or {}).items():
        if not _in_use(definition or {}, body):
            continue
        where = _feature_path(name, definition or {}, body)
        label = "" if where == name else f"{name} is "
        ignored = (caps.get("ignored") or {}).get(name) or ()
        if any(holds(combo, value) for combo in ignored):
            used = _combos([c for c in ignored if holds(c, value)][:1])
            message = f"{label}{used} has no effect with {model} (sent; Kling ignores it)"
            found.warn((where, message), "ignored")
            continue
        combos = (caps.get("features") or {}).get(name)
        if combos is None:
            others = [
                f"{other} with {_combos(c['features'][name])}"
                for other, c in models.items()
                if c and name in (c.get("features") or {})
            ]
            supported = f" (supported: {'; '.join(others)})" if others else ""
            problems.append((where, f"{label}not supported by {model}{supported}"))
        elif not any(holds(combo, value) for combo in combos):
            keys = list(dict.fromkeys(k for combo in combos for k in combo))
            actual = ", ".join(
                f"{k} {value(k)!r}" if is_set(value(k)) else f"{k} unset" for k in keys
            )
            problems.append(
                (where, f"{label}not supported by {model} with {actual} (supported: "
                 f"{_combos(combos)})")
            )  # fmt: skip
    return found


def _in_use(definition: Mapping[str, Any], body: Mapping[str, Any]) -> bool:
    get: Getter = functools.partial(lookup, body)
    return (
        all(is_set(get(p)) for p in definition.get("all_set", ()))
        and all(not is_set(get(p)) for p in definition.get("all_unset", ()))
        and (not definition.get("any_set") or any(is_set(get(p)) for p in definition["any_set"]))
        and holds(definition.get("when"), get)
    )


def _feature_path(name: str, definition: Mapping[str, Any], body: Mapping[str, Any]) -> str:
    """The field a problem names: the feature's own field, else the field that turned it on."""
    all_set: list[str] = list(definition.get("all_set", ()))
    any_set: list[str] = list(definition.get("any_set", ()))
    if name in all_set or name in any_set:
        return name
    if all_set:
        return all_set[-1]
    return next((p for p in any_set if is_set(lookup(body, p))), name)


def _combos(combos: Sequence[Mapping[str, object]]) -> str:
    def one(combo: Mapping[str, object]) -> str:
        parts = [
            f"{k} {' or '.join(map(str, v)) if isinstance(v, list) else v}"
            for k, v in combo.items()
        ]
        return ", ".join(parts) or "any settings"

    return " | ".join(one(c) for c in combos)

"""The new standard's capability maps (``x-kling-models``), enforced before a request is sent.

New-standard creates name the model in the path (``POST /text-to-video/kling-3.0-turbo``); each
request schema carries a map from model to what it takes (openapi/README.md, "The new standard"):

- ``prompt_max``: the prompt limit of the model (top-level ``prompt`` or ``prompt`` items);
- ``settings``: setting -> accepted values; a setting the model does not list is sent with an
  :class:`~kling_ext.IgnoredFieldWarning` (Kling ignores it);
- ``defaults``: the server's value of an unset setting, used by the rules;
- ``contents``: content type -> ``{min, max}``; a type the model does not list is refused;
- ``rules``: ``{when, then, description, severity}``; paths ``settings.<name>`` (value or default)
  and ``contents.<type>[+<type>...]`` (how many items of those types); expected values are a
  scalar, a list (one of), ``$set``, ``$unset`` or ``{min: n}`` / ``{max: n}``.

The content items' own fields (``x-kling-content-fields`` on the item schema) and the filter
values of ``POST /tasks`` (``x-kling-filter-values``) are judged for every model. A model the map
does not know is sent with an :class:`~kling_ext.UnknownFieldWarning` and not judged.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from .._warnings import IgnoredFieldWarning, KlingWarning, UnknownFieldWarning, warn
from ._validate_rules import is_set
from ._validate_schema import Problem, same, show

Resolve = Callable[[Mapping[str, Any]], Mapping[str, Any]]
MODEL_PARAMETER = "{model}"


@dataclass
class ModelFindings:
    """Problems (refused) and warnings (category, text) of one new-standard request."""

    problems: list[Problem] = field(default_factory=list)
    warnings: list[tuple[type[KlingWarning], str]] = field(default_factory=list)

    def emit(self) -> None:
        """Issue the warnings through :func:`warnings.warn`."""
        for category, text in self.warnings:
            warn(category, text, stacklevel=4)


def model_of(template: str, path: str) -> str | None:
    """The model segment of a concrete path (``None`` when the path is the template itself)."""
    parts, wanted = template.strip("/").split("/"), path.split("?", 1)[0].strip("/").split("/")
    if MODEL_PARAMETER not in parts or len(parts) != len(wanted):
        return None
    value = wanted[parts.index(MODEL_PARAMETER)]
    return None if value.startswith("{") else value


def check_models(
    schema: Mapping[str, Any], resolve: Resolve, template: str, path: str, body: object
) -> ModelFindings:
    """Judge a new-standard body against its schema's ``x-kling-models`` and content fields."""
    found = ModelFindings()
    if not isinstance(body, Mapping):
        return found
    props: Mapping[str, Any] = schema.get("properties") or {}
    items = _contents(body)
    if "contents" in props:
        item_schema = resolve(props["contents"].get("items") or {})
        found.problems += _content_fields(item_schema, items)
    if "filters" in props:
        found.warnings += _filter_values(resolve(props["filters"].get("items") or {}), body)
    table = schema.get("x-kling-models")
    model = model_of(template, path)
    if not isinstance(table, Mapping) or model is None:
        return found
    caps = table.get(model)
    if not isinstance(caps, Mapping):
        known = ", ".join(table)
        found.warnings.append(
            (
                UnknownFieldWarning,
                f"model {model!r} is not in the spec's capability map of {template} (known: "
                f"{known}); sent as it is, not judged",
            )
        )
        return found
    judge = _Judge(model, caps, body, items)
    judge.prompt(props, resolve)
    judge.settings()
    judge.contents()
    judge.rules()
    found.problems += judge.problems
    found.warnings += judge.warnings
    return found


def _contents(body: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    value = body.get("contents")
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, Mapping)]


def _content_fields(
    item_schema: Mapping[str, Any], items: list[Mapping[str, Any]]
) -> list[Problem]:
    needs: Mapping[str, Sequence[str]] = item_schema.get("x-kling-content-fields") or {}
    problems = []
    for index, item in enumerate(items):
        for name in needs.get(str(item.get("type")), ()):
            if not is_set(item.get(name)):
                problems.append(
                    (f"contents[{index}].{name}", f"required for a {item['type']} item")
                )
    return problems


def _filter_values(
    filter_schema: Mapping[str, Any], body: Mapping[str, Any]
) -> list[tuple[type[KlingWarning], str]]:
    known: Mapping[str, Sequence[str]] = filter_schema.get("x-kling-filter-values") or {}
    filters = body.get("filters")
    warnings: list[tuple[type[KlingWarning], str]] = []
    for index, item in enumerate(filters if isinstance(filters, list) else []):
        if not isinstance(item, Mapping) or not isinstance(item.get("values"), list):
            continue
        accepted = known.get(str(item.get("key")), ())
        for value in item["values"]:
            if accepted and value not in accepted:
                warnings.append(
                    (
                        UnknownFieldWarning,
                        f"filters[{index}].values: {value!r} is not a documented {item['key']} "
                        f"({show(accepted)}); sent as it is",
                    )
                )
    return warnings


class _Judge:
    """One model's capability entry applied to one body."""

    def __init__(
        self,
        model: str,
        caps: Mapping[str, Any],
        body: Mapping[str, Any],
        items: list[Mapping[str, Any]],
    ) -> None:
        self.model, self.caps, self.body, self.items = model, caps, body, items
        settings = body.get("settings")
        self.given: Mapping[str, Any] = settings if isinstance(settings, Mapping) else {}
        self.problems: list[Problem] = []
        self.warnings: list[tuple[type[KlingWarning], str]] = []

    def prompt(self, props: Mapping[str, Any], resolve: Resolve) -> None:
        limit = self.caps.get("prompt_max")
        if not isinstance(limit, int):
            return
        texts: list[tuple[str, object, Mapping[str, Any]]] = []
        if "prompt" in props:
            texts.append(("prompt", self.body.get("prompt"), props["prompt"]))
        if "contents" in props:
            text_schema = (
                resolve(props["contents"].get("items") or {}).get("properties") or {}
            ).get("text") or {}
            texts += [
                (f"contents[{i}].text", item.get("text"), text_schema)
                for i, item in enumerate(self.body.get("contents") or [])
                if isinstance(item, Mapping) and item.get("type") == "prompt"
            ]
        for where, text, schema in texts:
            schema_max = schema.get("maxLength")
            if not isinstance(text, str) or len(text) <= limit:
                continue
            if isinstance(schema_max, int) and len(text) > schema_max:
                continue  # the schema already refuses it
            self.problems.append(
                (where, f"{len(text)} characters, at most {limit} for {self.model}")
            )

    def settings(self) -> None:
        accepted: Mapping[str, Sequence[object]] = self.caps.get("settings") or {}
        for name, value in self.given.items():
            if not is_set(value):
                continue
            if name not in accepted:
                self.warnings.append(
                    (
                        IgnoredFieldWarning,
                        f"settings.{name}: not a setting of {self.model} (it takes "
                        f"{', '.join(accepted) or 'none'}); sent, Kling ignores it",
                    )
                )
            elif not any(same(value, ok) for ok in accepted[name]):
                self.problems.append(
                    (
                        f"settings.{name}",
                        f"{value!r} is not accepted by {self.model} (accepted: "
                        f"{show(accepted[name])})",
                    )
                )

    def contents(self) -> None:
        limits: Mapping[str, Mapping[str, int]] | None = self.caps.get("contents")
        if limits is None:
            return
        for index, item in enumerate(self.items):
            kind = item.get("type")
            if isinstance(kind, str) and kind not in limits:
                self.problems.append(
                    (
                        f"contents[{index}].type",
                        f"{kind!r} items are not accepted by {self.model} (accepted: "
                        f"{', '.join(limits)})",
                    )
                )
        for kind, bounds in limits.items():
            count = self.count(kind)
            if count < bounds.get("min", 0):
                self.problems.append(("contents", f"a {kind} item is required by {self.model}"))
            if count > bounds.get("max", count):
                self.problems.append(
                    ("contents", f"{count} {kind} items, at most {bounds['max']} for {self.model}")
                )

    def rules(self) -> None:
        for rule in self.caps.get("rules") or ():
            if not all(self.holds(p, v) for p, v in (rule.get("when") or {}).items()):
                continue
            failed = [p for p, v in (rule.get("then") or {}).items() if not self.holds(p, v)]
            if not failed:
                continue
            where = failed[0] if failed[0].startswith("settings.") else "contents"
            text = str(rule.get("description", "not supported"))
            text = text if self.model in text else f"{text} ({self.model})"
            if rule.get("severity") == "warning":
                self.warnings.append((KlingWarning, f"{where}: {text}; sent as it is"))
            else:
                self.problems.append((where, text))

    def count(self, kinds: str) -> int:
        wanted = set(kinds.split("+"))
        return sum(1 for item in self.items if item.get("type") in wanted)

    def holds(self, path: str, expected: object) -> bool:
        area, _, name = path.partition(".")
        if area == "contents":
            value: object = self.count(name)
            present = value != 0
        else:
            explicit = self.given.get(name)
            present = is_set(explicit)
            value = explicit if present else (self.caps.get("defaults") or {}).get(name)
        if expected == "$set":
            return present
        if expected == "$unset":
            return not present
        if isinstance(expected, Mapping):
            number = value if isinstance(value, int) else 0
            low, high = expected.get("min", number), expected.get("max", number)
            return bool(low <= number <= high)
        if isinstance(expected, list):
            return any(same(value, option) for option in expected)
        return same(value, expected)

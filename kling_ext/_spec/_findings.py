"""What a request check found: problems (refused), warnings (sent, each with a kind) and the
values the spec marks discontinued (sent by the client, refused by Kling and by the simulator)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal

Problem = tuple[str, str]
"""``(field path, rule)``, such as ``("prompt", "2501 characters, at most 2500")``."""

WarningKind = Literal["unknown", "ignored", "deprecated", "other"]
"""``unknown``: a field, value or model this spec does not know; ``ignored``: a field without
effect in its combination (a ``severity: warning`` rule or an ``ignored`` capability combo);
``deprecated``: a deprecated field or a value with an ``x-kling-lifecycle`` mark; ``other``: any
other :class:`~kling_ext.KlingWarning` (an uncertain rule of the new standard)."""


@dataclass
class Findings:
    """What a check found: problems refuse the request, warnings are only reported."""

    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    kinds: dict[Problem, WarningKind] = field(default_factory=dict)
    retired: list[Problem] = field(default_factory=list)

    def warn(self, warning: Problem, kind: WarningKind) -> None:
        """Add one warning of this kind."""
        self.warnings.append(warning)
        self.kinds.setdefault(warning, kind)

    def kind(self, warning: Problem) -> WarningKind:
        """The kind of a warning (``ignored`` unless recorded otherwise)."""
        return self.kinds.get(warning, "ignored")

    def add(self, other: Findings, *, problems: bool = True) -> None:
        """Append the findings of ``other`` (its warnings only when not ``problems``)."""
        if problems:
            self.problems.extend(other.problems)
        for warning in other.warnings:
            self.warn(warning, other.kind(warning))
        self.retired.extend(other.retired)


UNKNOWN_FIELD = "not a field this client's spec knows"
"""How the schema check starts the rule of a field the spec does not have (a warning, or a
problem in strict mode)."""

Checks = bool | Literal["strict"]
"""What a client checks before sending: nothing, the spec, or the spec with unknown fields
refused too (``Kling(strict=True)``)."""


def checks(validate: bool, strict: bool) -> Checks:
    """The checks of a client that validates (or not), strictly (or not)."""
    return "strict" if validate and strict else validate


def strict(found: Findings) -> Findings:
    """``found`` with its unknown-field warnings turned into problems (strict mode); the other
    warnings stay warnings."""
    unknown = [w for w in found.warnings if w[1].startswith(UNKNOWN_FIELD)]
    if not unknown:
        return found
    refused = [
        (path, rule.replace("; sent as is", "; refused in strict mode")) for path, rule in unknown
    ]
    rest = Findings(found.problems + refused, kinds=found.kinds, retired=found.retired)
    rest.warnings = [w for w in found.warnings if w not in unknown]
    return rest


def new_fields(first: Iterable[Problem], later: Iterable[Problem]) -> list[Problem]:
    """``later`` without the problems of the fields ``first`` already refuses: one message per
    error (a value outside the schema's enum is not told again that the model's capability map
    does not take it either)."""
    seen = {path for path, _ in first}
    return [problem for problem in later if problem[0] not in seen]

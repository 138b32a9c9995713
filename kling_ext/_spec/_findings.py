"""What a request check found: problems (refused), warnings (sent, each with a kind) and the
values the spec marks discontinued (sent by the client, refused by Kling and by the simulator)."""

from __future__ import annotations

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

"""Fault rules in action, and the counters behind ``GET /__sim/stats``."""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

from ._config import FaultKind, FaultRule
from ._families import OperationKind


class FaultEngine:
    """Picks the fault (if any) for a request and keeps each rule's remaining budget."""

    def __init__(self, rules: Iterable[FaultRule], seed: int | None) -> None:
        self._rules: list[FaultRule] = []
        self._remaining: list[int | None] = []
        self._rng = random.Random(seed)
        self.fired: Counter[str] = Counter()
        self.set_rules(rules, seed)

    def set_rules(self, rules: Iterable[FaultRule], seed: int | None) -> None:
        """Replace the rules; budgets start again from each rule's ``count``."""
        self._rules = list(rules)
        self._remaining = [rule.count for rule in self._rules]
        self._rng.seed(seed)

    def pick(
        self,
        operation: OperationKind,
        family: str | None,
        kinds: Iterable[FaultKind],
        accept: Callable[[FaultRule], bool] = lambda rule: True,
    ) -> FaultRule | None:
        """The first rule of one of ``kinds`` that hits this request, its budget spent by one."""
        wanted = set(kinds)
        for index, rule in enumerate(self._rules):
            if rule.kind not in wanted or operation not in rule.operations or not accept(rule):
                continue
            if rule.families is not None and family not in rule.families:
                continue
            remaining = self._remaining[index]
            if remaining == 0:
                continue
            if rule.probability < 1.0 and self._rng.random() >= rule.probability:
                continue
            if remaining is not None:
                self._remaining[index] = remaining - 1
            self.fired[rule.kind] += 1
            return rule
        return None

    def remaining(self) -> list[dict[str, Any]]:
        """Each rule with the requests it may still hit (null = unlimited)."""
        return [
            {"kind": rule.kind, "remaining": left}
            for rule, left in zip(self._rules, self._remaining, strict=True)
        ]


class Stats:
    """Request counters: per operation kind, per operationId, callbacks."""

    def __init__(self) -> None:
        self.requests: Counter[str] = Counter()
        self.operations: Counter[str] = Counter()
        self.callbacks: Counter[str] = Counter()

    def count(self, kind: OperationKind, operation_id: str) -> None:
        """Record one received request."""
        self.requests[kind] += 1
        self.operations[operation_id] += 1

    def clear(self) -> None:
        """Start counting from zero."""
        self.requests.clear()
        self.operations.clear()
        self.callbacks.clear()

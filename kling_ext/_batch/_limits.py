"""Adaptive concurrency: how many of the batch's tasks may be running on Kling's side at once.

Kling counts a task against the account's concurrency from ``submitted`` until it ends, per model
and resource pack, shared by every program using the account (FACTS-2026 §1). The batch starts
at its configured limit, halves it when Kling refuses a create for concurrency (1303) or rate
(1302), grows it by one with every accepted create, and never exceeds the configured limit.
Credits exhausted (1102) stops new submissions for the rest of the run.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class AdaptiveLimit:
    """The current concurrency of a batch; ``limit`` is the configured ceiling."""

    limit: int
    current: int = field(init=False)
    refusals: int = 0
    """Creates refused with 1302 or 1303 so far."""
    out_of_credits: bool = False
    """Set by 1102: no more creates this run."""

    def __post_init__(self) -> None:
        if isinstance(self.limit, bool) or not isinstance(self.limit, int) or self.limit < 1:
            raise ValueError(f"concurrency must be a positive int, got {self.limit!r}")
        self.current = self.limit

    def refused(self) -> None:
        """Kling refused a create for concurrency or rate: halve (at least 1)."""
        self.refusals += 1
        self.current = max(1, self.current // 2)

    def accepted(self) -> None:
        """Kling accepted a create: one more, up to the limit."""
        self.current = min(self.limit, self.current + 1)

    def credits_exhausted(self) -> None:
        """Kling answered 1102: stop submitting."""
        self.out_of_credits = True

    def room(self, busy: int) -> bool:
        """Whether another create may be sent while ``busy`` tasks hold (or may hold) a slot."""
        return not self.out_of_credits and busy < self.current

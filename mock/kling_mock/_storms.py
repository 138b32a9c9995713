"""A ready-made fault mix for money-safety tests: every way a create can become ambiguous."""

from __future__ import annotations

from typing import Any


def billing_storm(lag: float = 0.05) -> list[dict[str, Any]]:
    """Fault rules that make about half of all creates ambiguous or refused.

    Lost answers after and before the task is stored, a commit that becomes visible ``lag``
    seconds late, a 5xx after the commit, a plain 5xx and a 1303: pass them as the ``faults``
    option (with ``unique_external_task_id=False`` to test a client without the server's dedupe)
    and count the tasks stored per create.
    """
    return [
        {"kind": "drop", "probability": 0.1},
        {"kind": "drop", "when": "before", "probability": 0.1},
        {"kind": "late_commit", "seconds": lag, "probability": 0.1},
        {"kind": "error_after_commit", "probability": 0.1},
        {"kind": "server_error", "operations": ["create"], "probability": 0.05},
        {"kind": "rate_limit", "operations": ["create"], "probability": 0.05},
    ]

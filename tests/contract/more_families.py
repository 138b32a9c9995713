"""Contract-suite data of the FACTS-2026 §4 families: the model each non-task call answers."""

from __future__ import annotations

from typing import Any

from kling_api.models import BillingLedgerPage, SelectionResult

CALL_RESULTS: dict[str, type[Any]] = {
    **{
        f"/v1/videos/multi-elements/{step}-selection": SelectionResult
        for step in ("init", "add", "delete", "clear", "preview")
    },
    "/account/billing/balance": BillingLedgerPage,
    "/account/billing/package": BillingLedgerPage,
}

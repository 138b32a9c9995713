"""Kling's business-code table, read from the spec (``x-kling-codes`` on ``ErrorCode``).

One row per code: its HTTP status, the exception class the client raises for it, and whether the
same request may succeed later. The client's error mapping and the simulator both read this table,
so a code is described once, in the spec.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

from ._document import load_spec


@dataclass(frozen=True)
class ErrorCode:
    """One business code of the Kling API."""

    code: int
    http_status: int
    error: str | None
    """Name of the :class:`kling_ext.APIError` subclass raised for it (None for success, 0)."""
    retryable: bool
    group: str
    meaning: str


def codes_from_spec(spec: Mapping[str, object]) -> Mapping[int, ErrorCode]:
    """The code table of a spec document."""
    schemas = spec.get("components", {}).get("schemas", {})  # type: ignore[attr-defined]
    rows = schemas.get("ErrorCode", {}).get("x-kling-codes", [])
    return MappingProxyType(
        {
            row["code"]: ErrorCode(
                code=row["code"],
                http_status=row["http_status"],
                error=row.get("error"),
                retryable=bool(row.get("retryable")),
                group=row.get("group", ""),
                meaning=row.get("meaning", ""),
            )
            for row in rows
        }
    )


@functools.cache
def error_codes() -> Mapping[int, ErrorCode]:
    """Kling's business codes, read from the shipped spec on first use."""
    return codes_from_spec(load_spec())


@functools.cache
def retryable_codes() -> frozenset[int]:
    """The codes worth retrying (rate limit, concurrency limit, server trouble)."""
    return frozenset(c.code for c in error_codes().values() if c.retryable)

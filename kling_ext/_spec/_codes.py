"""Kling's business-code table, read from the spec (``x-kling-codes`` on ``ErrorCode``).

One row per code: its HTTP status, the exception class the client raises for it, and whether the
same request may succeed later. The client's error mapping and the simulator both read this table,
so a code is described once, in the spec.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from types import MappingProxyType

from ._document import load_spec

_FIELDS = ("code", "http_status", "error", "retryable", "group", "meaning")


class ErrorCode:
    """One business code of the Kling API (immutable; compared and hashed by its fields).

    A plain class rather than a dataclass: ``dataclasses`` pulls in ``inspect``, several ms of
    every ``import kling_ext`` (bench/README.md, figure 6).
    """

    __slots__ = _FIELDS
    code: int
    http_status: int
    error: str | None
    """Name of the :class:`kling_ext.APIError` subclass raised for it (None for success, 0)."""
    retryable: bool
    group: str
    meaning: str

    def __init__(
        self,
        code: int,
        http_status: int,
        error: str | None,
        retryable: bool,
        group: str,
        meaning: str,
    ) -> None:
        values = (code, http_status, error, retryable, group, meaning)
        for name, value in zip(_FIELDS, values, strict=True):
            object.__setattr__(self, name, value)

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in _FIELDS)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"cannot assign to field {name!r}: an ErrorCode is immutable")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}: an ErrorCode is immutable")

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        inner = ", ".join(f"{name}={getattr(self, name)!r}" for name in _FIELDS)
        return f"ErrorCode({inner})"


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

"""What every benchmark module shares: the result row, fake keys and small statistics helpers."""

from __future__ import annotations

import json
import statistics
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass

ACCESS_KEY = "bench-access-key"
SECRET_KEY = "bench-secret-key-0123456789abcdef-0123"  # fake, >= 32 bytes (PyJWT warns below)


@dataclass(frozen=True)
class Row:
    """One line of the results table."""

    figure: str
    ours: str
    baseline: str
    ratio_target: str
    verdict: str
    """``meets``, ``misses`` or ``info`` (a figure printed for context, without a target)."""


def verdict(ok: bool) -> str:
    """``meets`` or ``misses``."""
    return "meets" if ok else "misses"


def median(values: Sequence[float]) -> float:
    """The median of ``values``."""
    return float(statistics.median(values))


def p90(values: Sequence[float]) -> float:
    """The 90th percentile of ``values`` (nearest rank)."""
    ordered = sorted(values)
    return ordered[max(0, -(-len(ordered) * 9 // 10) - 1)]


def server_stats(base_url: str, reset: bool = False) -> dict[str, int]:
    """The fast server's counters (``/__stats``), or zero them (``/__reset``)."""
    path = "/__reset" if reset else "/__stats"
    with urllib.request.urlopen(base_url + path, timeout=10) as response:  # 127.0.0.1 only
        data: dict[str, int] = json.loads(response.read())
    return data

"""Fixtures of the input tests: both clients, a strict respx router and a fake clock, the ones of
``tests/client`` (the media samples are in ``media_samples.py``)."""

from __future__ import annotations

from tests.client.conftest import mode, router, time

__all__ = ["mode", "router", "time"]  # the client tests' fixtures, shared

"""The spec document itself: the copy of ``openapi/kling.yaml`` that generation ships."""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from typing import Any


@functools.cache
def load_spec() -> Mapping[str, Any]:
    """The spec as JSON (``kling_api/_openapi.json``), read once on first use, not at import."""
    from importlib import resources  # here: it costs ~10 ms of every ``import kling_ext``

    text = (resources.files("kling_api") / "_openapi.json").read_text(encoding="utf-8")
    spec: Mapping[str, Any] = json.loads(text)
    return spec

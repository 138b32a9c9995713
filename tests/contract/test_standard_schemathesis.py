"""schemathesis on the new-standard operations, through ``prism proxy --errors`` in front of the
simulator, with the simulator's API key (the new standard takes no JWT). Positive data; the
checks left out are those of test_schemathesis.py, for the same reasons (a schema-valid body may
still break a model's capability map and get a documented 400)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import schemathesis
from schemathesis import Case

from kling_mock import DEFAULT_API_KEY
from tests.contract.test_schemathesis import CONFIG, EXCLUDED_CHECKS
from tools.mockctl import ROOT

pytestmark = pytest.mark.contract
schema = schemathesis.openapi.from_path(ROOT / "openapi" / "kling.yaml", config=CONFIG).include(
    tag_regex="^standard_"
)
KEY = {"Authorization": f"Bearer {DEFAULT_API_KEY}"}


@pytest.fixture(scope="module")
def standard_target(proxy_url: str, sim_url: str) -> Iterator[str]:
    """A reset simulator without callbacks (generated callback URLs go nowhere)."""
    with httpx.Client(base_url=sim_url) as control:
        control.post("/__sim/reset").raise_for_status()
        control.post("/__sim/config", json={"callbacks": False}).raise_for_status()
        yield proxy_url
        control.post("/__sim/reset").raise_for_status()


@schema.parametrize()
def test_standard_operation_conforms(case: Case[Any], standard_target: str) -> None:
    """Generated requests through Prism: no server error, no violation, documented answers."""
    case.call_and_validate(standard_target, headers=KEY, excluded_checks=EXCLUDED_CHECKS)

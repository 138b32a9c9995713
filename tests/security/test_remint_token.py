"""A JWT re-minted after the server refused one (401 with 1003/1004) always differs from it, even
on a frozen clock: the same second gives the same ``exp``, so the new token's ``nbf`` is one second
earlier than the refused one's (FACTS 1.9: "re-sign with an earlier nbf"); no claim is added."""

from __future__ import annotations

import math
from typing import Any

import httpx
import jwt
import pytest

from kling_ext._transport._auth import NBF_SKEW, KlingAuth

AK = "ak-remint-0123456789"
SK = "sk-remint-0123456789abcdef0123456789abcdef"
T0 = 1_800_000_000.75
URL = "https://api-singapore.klingai.com/v1/videos/text2video/t1"


class FrozenClock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> float:
        return self.now


def claims(token: str) -> dict[str, Any]:
    decoded: dict[str, Any] = jwt.decode(
        token, SK, algorithms=["HS256"], options={"verify_exp": False, "verify_nbf": False}
    )
    return decoded


def refused(code: int) -> httpx.Response:
    return httpx.Response(401, json={"code": code, "message": "no", "request_id": "r"})


def sent_then_resent(auth: KlingAuth, code: int) -> tuple[str, str]:
    """One request through the auth flow, refused with ``code``: the two bearer tokens sent."""
    flow = auth.sync_auth_flow(httpx.Request("GET", URL))
    first = next(flow).headers["Authorization"].removeprefix("Bearer ")
    second = flow.send(refused(code)).headers["Authorization"].removeprefix("Bearer ")
    return first, second


@pytest.mark.parametrize("code", [1003, 1004])
def test_a_token_re_minted_in_the_same_second_differs_from_the_refused_one(code: int) -> None:
    auth = KlingAuth(AK, SK, clock=FrozenClock())
    first, second = sent_then_resent(auth, code)
    assert second != first
    before, after = claims(first), claims(second)
    assert set(after) == {"iss", "exp", "nbf"}  # only the documented claims
    assert after["exp"] == before["exp"] == math.floor(T0) + 1800
    assert after["nbf"] == before["nbf"] - 1 == math.floor(T0) - NBF_SKEW - 1
    assert auth.mint_count == 2
    assert auth.token() == second  # the new token is the one cached


def test_every_refusal_in_the_same_second_gets_a_new_token() -> None:
    auth = KlingAuth(AK, SK, clock=FrozenClock())
    tokens: list[str] = []
    for _ in range(4):
        first, second = sent_then_resent(auth, 1004)
        assert second != first
        tokens += [first, second]
    assert len(set(tokens)) == 5  # each request starts with the token the previous one got
    nbfs = [claims(token)["nbf"] for token in dict.fromkeys(tokens)]
    assert nbfs == [math.floor(T0) - NBF_SKEW - n for n in range(5)]


def test_a_later_second_goes_back_to_the_usual_nbf() -> None:
    clock = FrozenClock()
    auth = KlingAuth(AK, SK, clock=clock)
    sent_then_resent(auth, 1004)  # the same second: nbf - 6
    clock.now += 1
    first, second = sent_then_resent(auth, 1004)
    assert second != first
    assert claims(second)["nbf"] == math.floor(clock.now) - NBF_SKEW
    assert claims(second)["exp"] == claims(first)["exp"] + 1


def test_a_clock_gone_back_still_gives_a_different_token() -> None:
    clock = FrozenClock()
    auth = KlingAuth(AK, SK, clock=clock)
    flow = auth.sync_auth_flow(httpx.Request("GET", URL))
    first = next(flow).headers["Authorization"]
    clock.now -= 3  # still after nbf: the cached token is used, then refused
    second = flow.send(refused(1003)).headers["Authorization"]
    assert second != first
    token = second.removeprefix("Bearer ")
    assert claims(token)["nbf"] == math.floor(clock.now) - NBF_SKEW

"""Figure 2: JWT signatures (HS256 mints) per 10,000 requests.

Ours: a ``Kling`` client makes 10,000 ``videos.text2video.get(id)`` calls through an
``httpx.MockTransport`` and ``client.auth.mint_count`` is read. Baseline: a naive ``httpx.Auth``
that signs a fresh token (``mint_token``, the same claims) for every request.
A second run of ``KlingAuth`` on a fake clock that moves ten seconds per request (1,000 requests
over 10,000 s, about 5.6 lifetimes of the default 1,800 s token) checks "one signature per token
lifetime" (a token is re-minted ``refresh_margin`` = 60 s before it expires).
"""

from __future__ import annotations

import math
import time
from collections.abc import Generator

import httpx

from bench._common import ACCESS_KEY, SECRET_KEY, Row, verdict
from bench._fastserver import envelope, task_json
from kling_ext import Kling, KlingAuth
from kling_ext._transport._auth import DEFAULT_REFRESH_MARGIN, DEFAULT_TTL, mint_token

REQUESTS = 10_000
SIMULATED_SECONDS = 10_000
SIMULATED_STEP = 10.0
TASK_ID = "860000000000000001"
BASE_URL = "http://kling.bench"
_BODY = envelope(task_json(TASK_ID, "succeed"))


def _handler(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, content=_BODY, headers={"Content-Type": "application/json"})


class NaiveSigner(httpx.Auth):
    """Mints a new Kling JWT for every request (what a hand-rolled client often does)."""

    def __init__(self) -> None:
        self.count = 0

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Sign ``request`` with a fresh token."""
        token = mint_token(ACCESS_KEY, SECRET_KEY, time.time())
        self.count += 1
        request.headers["Authorization"] = f"Bearer {token}"
        yield request


class _FakeClock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def _ours() -> tuple[int, float]:
    with Kling(
        access_key=ACCESS_KEY,
        secret_key=SECRET_KEY,
        base_url=BASE_URL,
        transport=httpx.MockTransport(_handler),
    ) as client:
        start = time.perf_counter()
        for _ in range(REQUESTS):
            client.videos.text2video.get(TASK_ID)
        assert isinstance(client.auth, KlingAuth)
        return client.auth.mint_count, time.perf_counter() - start


def _naive() -> tuple[int, float]:
    signer = NaiveSigner()
    with httpx.Client(
        base_url=BASE_URL, auth=signer, transport=httpx.MockTransport(_handler)
    ) as client:
        start = time.perf_counter()
        for _ in range(REQUESTS):
            client.get(f"/v1/videos/text2video/{TASK_ID}")
        return signer.count, time.perf_counter() - start


def _simulated_lifetimes() -> tuple[int, int]:
    """(mints, bound): a request every ``SIMULATED_STEP`` s for ``SIMULATED_SECONDS`` s."""
    clock = _FakeClock()
    auth = KlingAuth(ACCESS_KEY, SECRET_KEY, clock=clock)
    with httpx.Client(
        base_url=BASE_URL, auth=auth, transport=httpx.MockTransport(_handler)
    ) as client:
        for _ in range(int(SIMULATED_SECONDS / SIMULATED_STEP)):
            client.get(f"/v1/videos/text2video/{TASK_ID}")
            clock.now += SIMULATED_STEP
    bound = math.ceil(SIMULATED_SECONDS / (DEFAULT_TTL - DEFAULT_REFRESH_MARGIN))
    return auth.mint_count, bound


def _sign_cost_us(n: int = 2000) -> float:
    start = time.perf_counter()
    for _ in range(n):
        mint_token(ACCESS_KEY, SECRET_KEY, time.time())
    return (time.perf_counter() - start) / n * 1e6


def run() -> list[Row]:
    """Figure 2 row."""
    mints, seconds = _ours()
    naive_mints, naive_seconds = _naive()
    simulated, bound = _simulated_lifetimes()
    ok = mints == 1 and simulated <= bound
    return [
        Row(
            figure="2 JWT signatures per 10,000 requests",
            ours=(
                f"{mints} (10,000 calls in {seconds:.1f} s); {simulated} over a simulated "
                f"{SIMULATED_SECONDS:,} s = {SIMULATED_SECONDS / DEFAULT_TTL:.1f} token lifetimes"
            ),
            baseline=(
                f"naive per-request signer: {naive_mints:,} "
                f"({_sign_cost_us():.0f} us each; 10,000 bare calls in {naive_seconds:.1f} s)"
            ),
            ratio_target=(
                f"{naive_mints // max(mints, 1):,}x fewer / 1 per token lifetime "
                f"(simulated: <= {bound})"
            ),
            verdict=verdict(ok),
        )
    ]

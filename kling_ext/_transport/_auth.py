"""Authentication for the Kling API as ``httpx.Auth``: an API key, or an access/secret key pair.

:class:`ApiKeyAuth` sends ``Authorization: Bearer <API key>`` as it is (Kling's console issues API
keys since 2026-06-17; they work for every model and both API standards). :class:`KlingAuth` mints
JWTs from an access key and a secret key (FACTS 1.2), for the legacy standard.

Kling wants ``Authorization: Bearer <JWT>``: HS256, signed with the secret key, header
``{"alg":"HS256","typ":"JWT"}``, claims ``iss`` (access key), ``exp`` (now + ttl) and ``nbf``
(now - 5), in integer seconds. :class:`KlingAuth` mints one token, reuses it until
``refresh_margin`` seconds before it expires, and re-mints once when the server answers 401 with
1003 or 1004. A re-minted token always differs from the refused one: minted in the same second, it
gets an ``nbf`` one second earlier than the refused token's (only the documented claims are sent;
an earlier ``nbf`` is also FACTS 1.9's remedy for 1003, "re-sign with an earlier nbf").
``auth_flow`` does no I/O, so one instance serves ``httpx.Client`` and ``httpx.AsyncClient``.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import AsyncGenerator, Callable, Generator
from typing import NamedTuple

import httpx

from kling_ext._errors import ConfigurationError
from kling_ext._transport._config import Secret
from kling_ext._transport._error_map import error_from_response
from kling_ext._transport._redact import logger

DEFAULT_TTL = 1800
DEFAULT_REFRESH_MARGIN = 60
NBF_SKEW = 5
"""Seconds ``nbf`` is set in the past, as in the official example, to allow for clock skew."""
_REMINT_CODES = frozenset({1003, 1004})  # token not yet valid / expired


def mint_token(
    access_key: str, secret_key: str, now: float, ttl: int = DEFAULT_TTL, *, skew: int = NBF_SKEW
) -> str:
    """Return a Kling JWT issued at ``now`` (Unix seconds, floored) and valid for ``ttl`` seconds,
    valid from ``skew`` seconds before ``now``.

    Pure: the same arguments always give the same token.
    """
    issued = math.floor(now)
    claims = {"iss": access_key, "exp": issued + ttl, "nbf": issued - skew}
    import jwt  # imported on first use: PyJWT costs ~40 ms at import (urllib.request, ...)

    return jwt.encode(claims, secret_key, algorithm="HS256", headers={"typ": "JWT"})


class _Token(NamedTuple):
    value: str
    not_before: int
    refresh_at: int
    generation: int
    issued: int

    def __repr__(self) -> str:  # the token is a credential: keep it out of vars() and debuggers
        return f"_Token(generation={self.generation}, refresh_at={self.refresh_at})"


class KlingAuth(httpx.Auth):
    """Signs every request with a cached Kling JWT; thread-safe, for sync and async clients.

    The token is re-minted when ``refresh_margin`` seconds or less of its ``ttl`` remain (or when
    the clock has moved back before its ``nbf``). A 401 with business code 1003 (not yet valid) or
    1004 (expired) triggers one re-mint and one resend, never more. ``mint_count`` counts tokens
    minted. ``clock`` returns Unix seconds and is injectable for tests.
    """

    requires_response_body = True  # the 401 handling reads the business code

    def __init__(
        self,
        access_key: str,
        secret_key: str | Secret,
        *,
        ttl: int = DEFAULT_TTL,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
        clock: Callable[[], float] = time.time,
    ) -> None:
        secret = secret_key if isinstance(secret_key, Secret) else Secret(secret_key)
        if not isinstance(access_key, str) or not access_key:
            raise ConfigurationError("access_key must be a non-empty string")
        if not isinstance(secret.get(), str) or not secret.get():
            raise ConfigurationError("secret_key must be a non-empty string")
        if isinstance(ttl, bool) or not isinstance(ttl, int) or ttl <= NBF_SKEW:
            raise ConfigurationError(f"ttl must be an int of seconds > {NBF_SKEW}, got {ttl!r}")
        if not 0 <= refresh_margin < ttl:
            raise ConfigurationError(
                f"refresh_margin must be >= 0 and < ttl ({ttl}), got {refresh_margin!r}"
            )
        self._access_key = access_key
        self._secret = secret
        self._ttl = ttl
        self._margin = refresh_margin
        self._clock = clock
        self._lock = threading.Lock()
        self._token: _Token | None = None
        self.mint_count = 0

    def __repr__(self) -> str:
        key = self._access_key[:4] + "…"
        return f"KlingAuth(access_key={key!r}, ttl={self._ttl}, refresh_margin={self._margin})"

    def token(self) -> str:
        """The current bearer token, minted if none is valid for at least ``refresh_margin``."""
        return self._valid_token().value

    def _valid_token(self) -> _Token:
        token = self._token  # one atomic read: the fast path takes no lock
        now = self._clock()
        if token is not None and token.not_before <= now < token.refresh_at:
            return token
        with self._lock:
            token = self._token
            now = self._clock()
            if token is not None and token.not_before <= now < token.refresh_at:
                return token  # another thread minted while we waited for the lock
            return self._mint(now)

    def _refresh(self, stale: _Token) -> _Token:
        """Re-mint after the server refused ``stale``, unless another thread already did."""
        with self._lock:
            token = self._token
            if token is not None and token.generation != stale.generation:
                return token
            now, skew = self._clock(), NBF_SKEW
            if math.floor(now) == stale.issued:  # the same exp: only an earlier nbf differs
                skew = stale.issued - stale.not_before + 1
            return self._mint(now, skew)

    def _mint(self, now: float, skew: int = NBF_SKEW) -> _Token:  # called with the lock held
        issued = math.floor(now)
        value = mint_token(self._access_key, self._secret.get(), now, self._ttl, skew=skew)
        generation = self._token.generation + 1 if self._token else 1
        refresh_at = math.floor(issued + self._ttl - self._margin)
        self._token = _Token(value, issued - skew, refresh_at, generation, issued)
        self.mint_count += 1
        return self._token

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Set ``Authorization: Bearer <jwt>``; on 401 with 1003/1004, re-mint and resend once."""
        token = self._valid_token()
        request.headers["Authorization"] = f"Bearer {token.value}"
        response = yield request
        if response.status_code == 401:
            response.read()  # already read when httpx runs it (``requires_response_body``)
            if self._resign(request, token, response):
                yield request

    sync_auth_flow = auth_flow  # what httpx runs: without its generic wrapper, a generator less

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Async twin of :meth:`auth_flow`, run by httpx without its generic wrapper (the body
        is read only for a 401)."""
        token = self._valid_token()
        request.headers["Authorization"] = f"Bearer {token.value}"
        response = yield request
        if response.status_code == 401:
            await response.aread()
            if self._resign(request, token, response):
                yield request

    def _resign(self, request: httpx.Request, token: _Token, response: httpx.Response) -> bool:
        """After a 401 (body read): re-sign ``request`` with a new token when the code says the
        token was not yet valid or expired (True: resend it once)."""
        code = error_from_response(401, response.content).code
        if code not in _REMINT_CODES:
            return False
        logger.info("Kling refused the token (code %s): minting a new one, resending once", code)
        request.headers["Authorization"] = f"Bearer {self._refresh(token).value}"
        return True


class ApiKeyAuth(httpx.Auth):
    """Sends ``Authorization: Bearer <API key>``: no token to mint, nothing to refresh."""

    def __init__(self, api_key: str | Secret) -> None:
        secret = api_key if isinstance(api_key, Secret) else Secret(api_key)
        value = secret.get()
        if not isinstance(value, str) or not value.strip() or any(c in value for c in "\r\n"):
            raise ConfigurationError("api_key must be a non-empty string on one line")
        self._key = Secret(value.strip())

    def __repr__(self) -> str:
        return "ApiKeyAuth(api_key='********')"

    def token(self) -> str:
        """The bearer value sent with every request."""
        return self._key.get()

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Set ``Authorization: Bearer <API key>``."""
        request.headers["Authorization"] = f"Bearer {self._key.get()}"
        yield request

    sync_auth_flow = auth_flow  # what httpx runs: without its generic wrapper, a generator less

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response]:
        """Async twin of :meth:`auth_flow`, run by httpx without its generic wrapper."""
        request.headers["Authorization"] = f"Bearer {self._key.get()}"
        yield request

"""Kling's credential check: an API key (``Bearer <key>``), or a JWT (HS256 signed with the secret
key, ``iss`` = access key, nbf/exp in seconds)."""

from __future__ import annotations

import hmac
import warnings
from collections.abc import Iterable

import jwt
from jwt.warnings import InsecureKeyLengthWarning

from ._errors import ApiError


class AuthFailure(ApiError):
    """The request is not authenticated; ``code`` is one of 1001-1004 (HTTP 401)."""


def _seconds(claims: dict[str, object], name: str) -> float | None:
    value = claims.get(name)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise AuthFailure(1002, f"token claim {name} is not a number")
    return float(value)


def _is_jwt(token: str) -> bool:
    return token.count(".") == 2


def check_api_key(token: str, api_keys: Iterable[str]) -> None:
    """Raise AuthFailure (1002) unless ``token`` is one of ``api_keys`` (compared in constant
    time; every key is compared, so timing tells nothing of which key is close)."""
    given = token.encode()
    matches = [hmac.compare_digest(given, key.encode()) for key in api_keys]
    if not any(matches):
        raise AuthFailure(1002, "Authorization is invalid: unknown API key")


def check_authorization(
    header: str | None,
    access_key: str,
    secret_key: str,
    now: float,
    api_keys: Iterable[str] = (),
    *,
    jwt_allowed: bool = True,
) -> None:
    """Raise AuthFailure unless ``header`` carries a known API key, or a valid token for this key
    pair at ``now`` (when ``jwt_allowed``: the new-standard API takes API keys only).

    A bearer value with three dot-separated parts is read as a JWT, anything else as an API key.
    No leeway: a token is expired from its ``exp`` second on, and not valid before ``nbf``.
    The key or token itself never appears in an error message.
    """
    if not header or not header.strip():
        raise AuthFailure(1001, "Authorization header is empty")
    scheme, _, token = header.partition(" ")
    if scheme != "Bearer" or not token or " " in token:
        raise AuthFailure(1002, "Authorization must be 'Bearer <API key>' or 'Bearer <JWT>'")
    if not _is_jwt(token):
        check_api_key(token, api_keys)
        return
    if not jwt_allowed:
        raise AuthFailure(1002, "Authorization is invalid: this API takes API keys only")
    try:
        with warnings.catch_warnings():
            # A short configured secret is the operator's choice; do not turn it into noise.
            warnings.simplefilter("ignore", InsecureKeyLengthWarning)
            claims = jwt.decode(
                token,
                secret_key,
                algorithms=["HS256"],
                options={"verify_exp": False, "verify_nbf": False, "verify_iat": False},
            )
    except jwt.InvalidTokenError:
        raise AuthFailure(1002, "Authorization token is invalid") from None
    if claims.get("iss") != access_key:
        raise AuthFailure(1002, "Authorization token is invalid: unknown access key")
    nbf = _seconds(claims, "nbf")
    exp = _seconds(claims, "exp")
    if exp is None:
        raise AuthFailure(1002, "Authorization token is invalid: no exp claim")
    if nbf is not None and nbf > now:
        raise AuthFailure(1003, "Authorization token is not yet valid (nbf)")
    if exp <= now:
        raise AuthFailure(1004, "Authorization token has expired (exp)")

"""Kling's JWT check: HS256 signed with the secret key, ``iss`` = access key, nbf/exp in seconds."""

from __future__ import annotations

import warnings

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


def check_authorization(header: str | None, access_key: str, secret_key: str, now: float) -> None:
    """Raise AuthFailure unless ``header`` carries a valid token for this key pair at ``now``.

    No leeway: a token is expired from its ``exp`` second on, and not valid before ``nbf``.
    The token itself never appears in an error message.
    """
    if not header or not header.strip():
        raise AuthFailure(1001, "Authorization header is empty")
    scheme, _, token = header.partition(" ")
    if scheme != "Bearer" or not token or " " in token:
        raise AuthFailure(1002, "Authorization must be 'Bearer <JWT>'")
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

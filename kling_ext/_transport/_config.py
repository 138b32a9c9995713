"""Client settings: explicit argument > environment variable > default, with the secret kept out of
every repr.

Environment variables: ``KLING_API_KEY``, ``KLING_ACCESS_KEY``, ``KLING_SECRET_KEY``,
``KLING_BASE_URL``, ``KLING_REGION`` and ``KLING_STRICT`` (an empty variable counts as unset).
Regions name the documented API domains.
"""

from __future__ import annotations

import hmac
import os
import platform
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from kling_ext._errors import ConfigurationError

REGIONS: Mapping[str, str] = {
    "global": "https://api-singapore.klingai.com",
    "cn": "https://api-beijing.klingai.com",
    "legacy": "https://api.klingai.com",
}
"""Region name -> base URL (FACTS 1.1). ``global`` is the default."""
DEFAULT_REGION = "global"
DEFAULT_TIMEOUT = httpx.Timeout(connect=10.0, read=60.0, write=60.0, pool=10.0)
DEFAULT_MAX_RETRIES = 2


class Secret:
    """A string hidden from ``repr``, ``str`` and f-strings; read it with :meth:`get`."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value

    def get(self) -> str:
        """Return the secret value."""
        return self._value

    def __repr__(self) -> str:
        return "Secret('********')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        return hmac.compare_digest(self._value.encode(), other._value.encode())

    def __hash__(self) -> int:
        return hash((Secret, self._value))


def package_version() -> str:
    """The version of this package (``kling_ext._version``)."""
    from .._version import __version__

    return __version__


def default_user_agent() -> str:
    """``kling-python/<version> httpx/<version> python/<version>``."""
    return (
        f"kling-python/{package_version()} httpx/{httpx.__version__} "
        f"python/{platform.python_version()}"
    )


def validate_base_url(url: str) -> str:
    """Return ``url`` without its trailing slash; it must be http(s) with a host and no query."""
    try:
        parts = urlsplit(url.strip())
        host = parts.hostname
    except ValueError as exc:
        raise ConfigurationError(f"base_url is not a valid URL: {url!r}") from exc
    if parts.scheme not in {"http", "https"} or not host:
        raise ConfigurationError(f"base_url must be an http(s) URL with a host, got {url!r}")
    if parts.query or parts.fragment:
        raise ConfigurationError(f"base_url must not have a query or fragment, got {url!r}")
    return url.strip().rstrip("/")


def _timeout(value: float | httpx.Timeout | None) -> httpx.Timeout:
    if value is None:
        return DEFAULT_TIMEOUT
    if isinstance(value, httpx.Timeout):
        return value
    if isinstance(value, bool) or not isinstance(value, int | float) or not value > 0:
        raise ConfigurationError(f"timeout must be a positive number or httpx.Timeout: {value!r}")
    return httpx.Timeout(float(value))


def _endpoint(
    base_url: str | None, region: str | None, env: Mapping[str, str]
) -> tuple[str, str | None]:
    """Pick (base_url, region): explicit arguments first, then the environment, then the default."""
    if base_url is not None and region is not None:
        raise ConfigurationError("give base_url= or region=, not both")
    if base_url is None and region is None:
        base_url, region = _env(env, "KLING_BASE_URL"), _env(env, "KLING_REGION")
        if base_url is not None and region is not None:
            raise ConfigurationError("set KLING_BASE_URL or KLING_REGION, not both")
    if base_url is not None:
        return validate_base_url(base_url), None
    name = (region or DEFAULT_REGION).strip().lower()
    if name not in REGIONS:
        known = ", ".join(REGIONS)
        raise ConfigurationError(f"unknown region {region!r}: expected one of {known}")
    return REGIONS[name], name


_TRUE, _FALSE = ("1", "true", "yes", "on"), ("0", "false", "no", "off")


def resolve_strict(strict: bool | None, env: Mapping[str, str]) -> bool:
    """Strict mode (unknown request fields refused, not warned about): the argument, else
    ``KLING_STRICT`` (``1``/``true``/``yes``/``on`` or ``0``/``false``/``no``/``off``), else off."""
    if strict is not None:
        if not isinstance(strict, bool):
            raise ConfigurationError(f"strict must be True or False, got {strict!r}")
        return strict
    value = (_env(env, "KLING_STRICT") or "0").lower()
    if value not in _TRUE + _FALSE:
        raise ConfigurationError(f"KLING_STRICT must be 1 or 0 (true/false), got {value!r}")
    return value in _TRUE


def _env(env: Mapping[str, str], name: str) -> str | None:
    value = env.get(name, "").strip()
    return value or None


@dataclass(frozen=True)
class Credentials:
    """What signs the requests: an API key, or an access key with its secret key."""

    api_key: Secret | None = None
    access_key: str | None = None
    secret_key: Secret | None = None

    @property
    def kind(self) -> str:
        """``api_key`` or ``access_key``."""
        return "api_key" if self.api_key is not None else "access_key"

    def secrets(self) -> list[str]:
        """The secret values, for redaction."""
        return [s.get() for s in (self.api_key, self.secret_key) if s is not None]


def _warn_both() -> None:
    from .._warnings import CredentialsWarning, warn

    message = "both an API key and an access/secret key pair are configured: using the API key"
    warn(CredentialsWarning, message, stacklevel=6)


def resolve_credentials(
    api_key: str | Secret | None,
    access_key: str | None,
    secret_key: str | Secret | None,
    env: Mapping[str, str],
) -> Credentials:
    """Pick the credentials: explicit arguments over the environment; at the same level an API key
    over an access/secret pair (with a :class:`~kling_ext.CredentialsWarning` when both are
    complete). Each half of the pair falls back to its variable on its own. Raises
    :class:`ConfigurationError` naming the arguments and variables when nothing usable is set."""
    key = api_key.get() if isinstance(api_key, Secret) else api_key
    sk_arg = secret_key.get() if isinstance(secret_key, Secret) else secret_key
    ak = access_key or _env(env, "KLING_ACCESS_KEY")
    sk = sk_arg or _env(env, "KLING_SECRET_KEY")
    pair = bool(ak and sk)
    pair_explicit = pair and bool(access_key or sk_arg)
    env_key = _env(env, "KLING_API_KEY")
    if key:
        if pair_explicit:
            _warn_both()
        return Credentials(api_key=Secret(key))
    if pair_explicit:
        return Credentials(access_key=ak, secret_key=Secret(str(sk)))
    if env_key:
        if pair:
            _warn_both()
        return Credentials(api_key=Secret(env_key))
    if pair:
        return Credentials(access_key=ak, secret_key=Secret(str(sk)))
    missing = [
        f"pass {arg}= or set {var}"
        for arg, var, value in (
            ("access_key", "KLING_ACCESS_KEY", ak),
            ("secret_key", "KLING_SECRET_KEY", sk),
        )
        if not value
    ]
    raise ConfigurationError(
        "missing Kling credentials: pass api_key= or set KLING_API_KEY, or the access/secret pair ("
        + "; ".join(missing)
        + ")"
    )


@dataclass(frozen=True)
class ClientConfig:
    """Resolved client settings. Build it with :meth:`resolve`; ``repr`` never shows the secret."""

    credentials: Credentials
    base_url: str
    region: str | None
    timeout: httpx.Timeout
    max_retries: int
    user_agent: str
    strict: bool = False
    """Refuse request fields the spec does not know (``ValidationError``) instead of warning."""

    @property
    def api_key(self) -> Secret | None:
        """The API key, when it is what signs the requests."""
        return self.credentials.api_key

    @property
    def access_key(self) -> str | None:
        """The access key, when the access/secret pair signs the requests."""
        return self.credentials.access_key

    @property
    def secret_key(self) -> Secret | None:
        """The secret key, when the access/secret pair signs the requests."""
        return self.credentials.secret_key

    @classmethod
    def resolve(
        cls,
        *,
        api_key: str | Secret | None = None,
        access_key: str | None = None,
        secret_key: str | Secret | None = None,
        base_url: str | None = None,
        region: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        user_agent: str | None = None,
        env: Mapping[str, str] | None = None,
        strict: bool | None = None,
    ) -> ClientConfig:
        """Resolve each setting: explicit argument > environment variable > default.

        ``region`` is ``global`` (default), ``cn`` or ``legacy``; giving both ``base_url`` and
        ``region`` is an error. ``timeout`` is one number for every phase or an ``httpx.Timeout``.
        ``env`` defaults to ``os.environ``. Credentials: see :func:`resolve_credentials`;
        ``strict``: see :func:`resolve_strict`.
        """
        env = os.environ if env is None else env
        credentials = resolve_credentials(api_key, access_key, secret_key, env)
        if max_retries is None:
            max_retries = DEFAULT_MAX_RETRIES
        if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
            raise ConfigurationError(f"max_retries must be an int >= 0, got {max_retries!r}")
        url, resolved_region = _endpoint(base_url, region, env)
        return cls(
            credentials=credentials,
            base_url=url,
            region=resolved_region,
            timeout=_timeout(timeout),
            max_retries=max_retries,
            user_agent=user_agent or default_user_agent(),
            strict=resolve_strict(strict, env),
        )

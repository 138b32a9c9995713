"""Simulator configuration: timing, auth, limits and fault rules; JSON in, JSON out.

The same JSON shape is read from ``--config FILE`` and accepted by ``POST /__sim/config`` (there as
a partial update: the keys given replace the current ones, ``faults`` as a whole list).
"""

from __future__ import annotations

import base64
import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, cast, get_args

from kling_ext.standard import standard_families

from ._families import FAMILIES, OPERATION_KINDS, OperationKind, ResourceType

DEFAULT_ACCESS_KEY = "kling-mock-access-key"
DEFAULT_SECRET_KEY = "kling-mock-secret-key-0123456789abcdef"
DEFAULT_API_KEY = "kling-mock-api-key-0123456789abcdef"
"""The fake API key the simulator accepts (``Authorization: Bearer <key>``) unless configured."""
"""Fake, public defaults (38 bytes, so PyJWT does not warn about a short HMAC key)."""

FaultKind = Literal[
    "rate_limit",
    "server_error",
    "slow",
    "drop",
    "truncate",
    "insufficient_balance",
    "expired_results",
    "late_commit",
    "error_after_commit",
]
_API_OPS: tuple[OperationKind, ...] = ("create", "get", "list", "account", "identify", "call")
DEFAULT_OPERATIONS: dict[FaultKind, tuple[OperationKind, ...]] = {
    "rate_limit": _API_OPS,
    "server_error": _API_OPS,
    "slow": _API_OPS,
    "drop": ("create",),
    "truncate": ("file",),
    "insufficient_balance": ("create",),
    "expired_results": ("file",),
    # The create is stored, but visible to look-ups only ``seconds`` later; its answer is lost.
    "late_commit": ("create",),
    # The create is stored (visible after ``seconds``), then answered with the 5xx ``code``.
    "error_after_commit": ("create",),
}
_FAMILY_KEYS = {f.key for f in FAMILIES} | set(standard_families())  # + the new standard


class ConfigError(ValueError):
    """A configuration value the simulator cannot use."""


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _number(raw: Mapping[str, Any], key: str, default: float, low: float, high: float) -> float:
    value = raw.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or not low <= value <= high:
        raise ConfigError(f"{key} must be a number in [{low}, {high}]")
    return float(value)


def _strings(value: object, key: str, allowed: set[str]) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v in allowed for v in value):
        raise ConfigError(f"{key} must be a list of: {', '.join(sorted(allowed))}")
    return tuple(cast(list[str], value))


@dataclass(frozen=True)
class FaultRule:
    """One fault: which requests it hits, how often, and its parameters.

    ``count`` None means every matching request; an int means the next ``count`` matching requests.
    ``probability`` applies to each matching request (seeded by the config's ``seed``).
    """

    kind: FaultKind
    operations: tuple[OperationKind, ...]
    count: int | None = None
    probability: float = 1.0
    families: tuple[str, ...] | None = None
    code: int = 5000
    seconds: float = 0.0
    when: Literal["before", "after"] = "after"
    fraction: float = 0.5

    @classmethod
    def from_dict(cls, raw: object) -> FaultRule:
        """Parse and check one rule of the ``faults`` list."""
        if not isinstance(raw, Mapping):
            raise ConfigError("each fault must be an object")
        unknown = set(raw) - {f.name for f in dataclasses.fields(cls)}
        if unknown:
            raise ConfigError(f"unknown fault keys: {', '.join(sorted(unknown))}")
        kind = raw.get("kind")
        if kind not in get_args(FaultKind):
            raise ConfigError(f"fault kind must be one of: {', '.join(get_args(FaultKind))}")
        kind = cast(FaultKind, kind)
        ops = raw.get("operations")
        operations = (
            DEFAULT_OPERATIONS[kind]
            if ops is None
            else cast(tuple[OperationKind, ...], _strings(ops, "operations", set(OPERATION_KINDS)))
        )
        count = raw.get("count")
        if count is not None and (not _is_int(count) or count < 0):
            raise ConfigError("count must be a non-negative integer or null")
        fams = raw.get("families")
        code = raw.get("code", 5000)
        if code not in (5000, 5001, 5002):
            raise ConfigError("code must be 5000, 5001 or 5002")
        when = raw.get("when", "after")
        if when not in ("before", "after"):
            raise ConfigError('when must be "before" or "after"')
        return cls(
            kind=kind,
            operations=operations,
            count=count,
            probability=_number(raw, "probability", 1.0, 0.0, 1.0),
            families=None if fams is None else _strings(fams, "families", _FAMILY_KEYS),
            code=code,
            seconds=_number(raw, "seconds", 0.0, 0.0, 3600.0),
            when=when,
            fraction=_number(raw, "fraction", 0.5, 0.0, 0.99),
        )

    def to_dict(self) -> dict[str, Any]:
        """The rule as JSON."""
        data = dataclasses.asdict(self)
        data["operations"] = list(self.operations)
        data["families"] = None if self.families is None else list(self.families)
        return data


@dataclass(frozen=True)
class SimulatorConfig:
    """Everything that shapes the simulator's answers. All durations are seconds."""

    access_key: str = DEFAULT_ACCESS_KEY
    secret_key: str = field(default=DEFAULT_SECRET_KEY, repr=False)
    api_keys: tuple[str, ...] = field(default=(DEFAULT_API_KEY,), repr=False)
    webhook_secret: str | None = field(default=None, repr=False)
    """``whsec_`` + Base64 key: callbacks are signed (Standard Webhooks) when set."""
    auth: bool = True
    public_base_url: str | None = None
    processing_after: float = 0.2
    succeed_after: float = 1.0
    time_scale: float = 1.0
    fail_all: bool = False
    unique_external_task_id: bool = True
    concurrency: Mapping[ResourceType, int] = field(default_factory=dict)
    faults: tuple[FaultRule, ...] = ()
    seed: int | None = None
    callbacks: bool = True

    def updated(self, raw: Mapping[str, Any]) -> SimulatorConfig:
        """A copy with the keys of ``raw`` (JSON values) replaced; raises ConfigError."""
        if not isinstance(raw, Mapping):
            raise ConfigError("the configuration must be a JSON object")
        names = {f.name for f in dataclasses.fields(self)}
        unknown = set(raw) - names
        if unknown:
            raise ConfigError(f"unknown configuration keys: {', '.join(sorted(unknown))}")
        changes: dict[str, Any] = {}
        for key in ("access_key", "secret_key"):
            if key in raw:
                if not isinstance(raw[key], str) or not raw[key]:
                    raise ConfigError(f"{key} must be a non-empty string")
                changes[key] = raw[key]
        if "api_keys" in raw:
            keys = raw["api_keys"]
            if not isinstance(keys, list) or not all(isinstance(k, str) and k for k in keys):
                raise ConfigError("api_keys must be a list of non-empty strings")
            changes["api_keys"] = tuple(keys)
        if "webhook_secret" in raw:
            changes["webhook_secret"] = _webhook_secret(raw["webhook_secret"])
        for key in ("auth", "fail_all", "unique_external_task_id", "callbacks"):
            if key in raw:
                if not isinstance(raw[key], bool):
                    raise ConfigError(f"{key} must be true or false")
                changes[key] = raw[key]
        for key in ("processing_after", "succeed_after"):
            if key in raw:
                changes[key] = _number(raw, key, 0.0, 0.0, 86400.0)
        if "time_scale" in raw:
            changes["time_scale"] = _number(raw, "time_scale", 1.0, 0.0, 1000.0)
        if "public_base_url" in raw:
            url = raw["public_base_url"]
            if url is not None and not (isinstance(url, str) and url.startswith("http")):
                raise ConfigError("public_base_url must be an http(s) URL or null")
            changes["public_base_url"] = None if url is None else url.rstrip("/")
        if "seed" in raw:
            seed = raw["seed"]
            if seed is not None and (isinstance(seed, bool) or not isinstance(seed, int)):
                raise ConfigError("seed must be an integer or null")
            changes["seed"] = seed
        if "concurrency" in raw:
            changes["concurrency"] = _concurrency(raw["concurrency"])
        if "faults" in raw:
            if not isinstance(raw["faults"], list):
                raise ConfigError("faults must be a list")
            changes["faults"] = tuple(FaultRule.from_dict(r) for r in raw["faults"])
        new = dataclasses.replace(self, **changes)
        if new.processing_after > new.succeed_after:
            raise ConfigError("processing_after must not exceed succeed_after")
        return new

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any]) -> SimulatorConfig:
        """A configuration from JSON values; missing keys keep their defaults."""
        return cls().updated(raw)

    def to_dict(self) -> dict[str, Any]:
        """The configuration as JSON, with the secret key redacted."""
        data = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
        data["secret_key"] = "***"
        data["api_keys"] = ["***" for _ in self.api_keys]
        data["webhook_secret"] = None if self.webhook_secret is None else "***"
        data["concurrency"] = dict(self.concurrency)
        data["faults"] = [rule.to_dict() for rule in self.faults]
        return data


def _webhook_secret(value: object) -> str | None:
    if value is None:
        return None
    text = value.removeprefix("whsec_") if isinstance(value, str) else ""
    try:
        key = base64.b64decode(text, validate=True)
    except ValueError:
        key = b""
    if not key:
        raise ConfigError("webhook_secret must be whsec_ + Base64 of a non-empty key, or null")
    return str(value)


def _concurrency(value: object) -> dict[ResourceType, int]:
    allowed = set(get_args(ResourceType))
    if not isinstance(value, Mapping) or not set(value) <= allowed:
        raise ConfigError(f"concurrency must map {', '.join(sorted(allowed))} to limits")
    limits: dict[ResourceType, int] = {}
    for key, limit in value.items():
        if limit is None:
            continue
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
            raise ConfigError("concurrency limits must be non-negative integers or null")
        limits[cast(ResourceType, key)] = limit
    return limits

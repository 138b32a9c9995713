"""kling_ext: the hand-written layer of the Kling AI client.

``Kling`` and ``AsyncKling`` wrap the generated ``kling_api`` package with JWT auth, typed errors,
safe retries, validation before sending, waiting for tasks and downloads::

    from kling_ext import Kling

    with Kling() as client:
        task = client.videos.text2video.create(prompt="a red fox running through snow")
        done = client.videos.text2video.wait(task)
        client.download(done, "videos/")

Everything public is listed in ``__all__``; modules starting with ``_`` are private.
"""

from typing import TYPE_CHECKING, Any

from ._transport._httpx_cli import defer_httpx_cli

defer_httpx_cli()  # before anything imports httpx: keeps click, rich and pygments out of it

from ._errors import (  # noqa: E402
    AccountError,
    AmbiguousCreateError,
    APIConnectionError,
    APIError,
    APITimeoutError,
    AuthenticationError,
    ConcurrencyLimitError,
    ConfigurationError,
    ContentPolicyError,
    DownloadError,
    InsufficientBalanceError,
    InvalidRequestError,
    IPWhitelistError,
    KlingError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResultExpiredError,
    ServerError,
    TaskExpiredError,
    TaskFailedError,
    TaskNotFinishedError,
    TransportError,
    UnexpectedResponseError,
    ValidationError,
    WaitTimeoutError,
    WebhookVerificationError,
)
from ._spec._task import Task, TaskState, TaskStatus  # noqa: E402
from ._version import __version__  # noqa: E402
from ._warnings import (  # noqa: E402
    CredentialsWarning,
    DeprecatedWarning,
    IgnoredFieldWarning,
    KlingWarning,
    UnknownFieldWarning,
)

if TYPE_CHECKING:
    from ._async_client import AsyncKling
    from ._client import Kling
    from ._core._polling import PollSchedule, default_timeout
    from ._core._safe_create import new_external_task_id
    from ._spec._parse import parse, parse_callback
    from ._spec._validate import validate
    from ._transport._auth import ApiKeyAuth, KlingAuth
    from ._transport._config import REGIONS
    from ._transport._redact import redact_text as redact
    from ._verify import averify_callback, verify_callback
    from ._webhooks import verify_webhook

# Loaded on first use (PEP 562), so that ``import kling_ext`` stays cheap (bench/ figure 6): the
# clients, auth and configuration import httpx (and with it, through httpx's own command line,
# click, rich and pygments when they are installed: see ``_lazy_httpx``), the async client anyio,
# the others the spec interpreter. The errors, warnings and ``Task`` are plain Python.
_LAZY = {
    "Kling": "._client",
    "AsyncKling": "._async_client",
    "ApiKeyAuth": "._transport._auth",
    "KlingAuth": "._transport._auth",
    "REGIONS": "._transport._config",
    "PollSchedule": "._core._polling",
    "default_timeout": "._core._polling",
    "new_external_task_id": "._core._safe_create",
    "redact": "._transport._redact",
    "parse": "._spec._parse",
    "parse_callback": "._spec._parse",
    "validate": "._spec._validate",
    "verify_callback": "._verify",
    "averify_callback": "._verify",
    "verify_webhook": "._webhooks",
}
_ALIASES = {"redact": "redact_text"}
"""Public names that differ from the attribute of the module they live in."""


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'kling_ext' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module, __name__), _ALIASES.get(name, name))
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = [
    "REGIONS",
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AccountError",
    "AmbiguousCreateError",
    "ApiKeyAuth",
    "AsyncKling",
    "AuthenticationError",
    "ConcurrencyLimitError",
    "ConfigurationError",
    "ContentPolicyError",
    "CredentialsWarning",
    "DeprecatedWarning",
    "DownloadError",
    "IPWhitelistError",
    "IgnoredFieldWarning",
    "InsufficientBalanceError",
    "InvalidRequestError",
    "Kling",
    "KlingAuth",
    "KlingError",
    "KlingWarning",
    "NotFoundError",
    "PermissionDeniedError",
    "PollSchedule",
    "RateLimitError",
    "ResultExpiredError",
    "ServerError",
    "Task",
    "TaskExpiredError",
    "TaskFailedError",
    "TaskNotFinishedError",
    "TaskState",
    "TaskStatus",
    "TransportError",
    "UnexpectedResponseError",
    "UnknownFieldWarning",
    "ValidationError",
    "WaitTimeoutError",
    "WebhookVerificationError",
    "__version__",
    "averify_callback",
    "default_timeout",
    "new_external_task_id",
    "parse",
    "parse_callback",
    "redact",
    "validate",
    "verify_callback",
    "verify_webhook",
]

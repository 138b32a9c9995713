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

from ._client import Kling
from ._core._polling import PollSchedule
from ._errors import (
    AccountError,
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
    TaskFailedError,
    TransportError,
    UnexpectedResponseError,
    ValidationError,
    WaitTimeoutError,
)
from ._spec._task import Task
from ._transport._auth import KlingAuth
from ._version import __version__

if TYPE_CHECKING:
    from ._async_client import AsyncKling
    from ._spec._parse import parse, parse_callback
    from ._spec._validate import validate
    from ._verify import averify_callback, verify_callback

# Loaded on first use (PEP 562): they pull in anyio or the spec interpreter, which a script that
# only creates and waits for tasks with ``Kling`` never needs at import time.
_LAZY = {
    "AsyncKling": "._async_client",
    "parse": "._spec._parse",
    "parse_callback": "._spec._parse",
    "validate": "._spec._validate",
    "verify_callback": "._verify",
    "averify_callback": "._verify",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'kling_ext' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


__all__ = [
    "APIConnectionError",
    "APIError",
    "APITimeoutError",
    "AccountError",
    "AsyncKling",
    "AuthenticationError",
    "ConcurrencyLimitError",
    "ConfigurationError",
    "ContentPolicyError",
    "DownloadError",
    "IPWhitelistError",
    "InsufficientBalanceError",
    "InvalidRequestError",
    "Kling",
    "KlingAuth",
    "KlingError",
    "NotFoundError",
    "PermissionDeniedError",
    "PollSchedule",
    "RateLimitError",
    "ResultExpiredError",
    "ServerError",
    "Task",
    "TaskFailedError",
    "TransportError",
    "UnexpectedResponseError",
    "ValidationError",
    "WaitTimeoutError",
    "__version__",
    "averify_callback",
    "parse",
    "parse_callback",
    "validate",
    "verify_callback",
]

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

from ._async_client import AsyncKling
from ._auth import KlingAuth
from ._client import Kling
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
from ._parse import parse, parse_callback
from ._polling import PollSchedule
from ._validate import validate
from ._verify import averify_callback, verify_callback
from ._version import __version__

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

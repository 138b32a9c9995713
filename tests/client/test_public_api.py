"""The public surface of ``kling_ext``: exactly the intended names, all importable, all documented.

The expected set is pinned here so that any change to ``__all__`` is a deliberate, reviewed one.
"""

from __future__ import annotations

import importlib
import inspect
from typing import Any, get_args, get_type_hints

import pytest

import kling_ext
from kling_ext import AsyncKling, Kling
from tests import more_families_data as more
from tests.client._fakes import ACCESS_KEY, SECRET_KEY

EXPECTED = {
    # clients and their building blocks
    "Kling",
    "AsyncKling",
    "KlingAuth",
    "ApiKeyAuth",
    "PollSchedule",
    "Task",
    # type aliases for annotations: Task.status and Task.state
    "TaskStatus",
    "TaskState",
    # errors
    "KlingError",
    "ConfigurationError",
    "APIError",
    "AuthenticationError",
    "AccountError",
    "InsufficientBalanceError",
    "PermissionDeniedError",
    "InvalidRequestError",
    "NotFoundError",
    "TaskExpiredError",
    "ContentPolicyError",
    "RateLimitError",
    "ConcurrencyLimitError",
    "IPWhitelistError",
    "ServerError",
    "UnexpectedResponseError",
    "TransportError",
    "APIConnectionError",
    "APITimeoutError",
    "AmbiguousCreateError",
    "ValidationError",
    "TaskFailedError",
    "TaskNotFinishedError",
    "WaitTimeoutError",
    "DownloadError",
    "ResultExpiredError",
    "WebhookVerificationError",
    # warnings
    "KlingWarning",
    "CredentialsWarning",
    "DeprecatedWarning",
    "IgnoredFieldWarning",
    "UnknownFieldWarning",
    # constants: the documented regions (name -> base URL)
    "REGIONS",
    # functions
    "parse",
    "parse_callback",
    "validate",
    "verify_callback",
    "averify_callback",
    "verify_webhook",
    # helpers the command line uses too: the default wait of a family, the id a create carries
    # (to note it before sending), the scrubbing of secrets from text
    "default_timeout",
    "new_external_task_id",
    "redact",
    "__version__",
}
CONSTANTS = {"__version__", "REGIONS"}
ALIASES = {"TaskStatus", "TaskState"}
EXPORTED = sorted(kling_ext.__all__)
OBJECTS = [
    n
    for n in EXPORTED
    if n not in ALIASES
    and (inspect.isclass(getattr(kling_ext, n)) or callable(getattr(kling_ext, n)))
]


def test_all_is_exactly_the_intended_set() -> None:
    assert len(kling_ext.__all__) == len(set(kling_ext.__all__))
    assert set(kling_ext.__all__) == EXPECTED


def test_every_name_is_importable() -> None:
    namespace: dict[str, Any] = {}
    exec("from kling_ext import *", namespace)  # the star import is what is tested
    assert set(namespace) >= EXPECTED
    for name in EXPECTED:
        assert getattr(importlib.import_module("kling_ext"), name) is namespace[name]


def test_version_is_a_string() -> None:
    assert isinstance(kling_ext.__version__, str) and kling_ext.__version__


def test_all_is_sorted_as_ruff_sorts_it() -> None:
    # RUF022's isort-style order: SCREAMING_CASE constants first, then the rest case-sensitively.
    constants = [n for n in kling_ext.__all__ if n.isupper()]
    rest = [n for n in kling_ext.__all__ if not n.isupper()]
    assert kling_ext.__all__ == sorted(constants) + sorted(rest)


def test_nothing_private_leaks_through_all() -> None:
    public = [n for n in kling_ext.__all__ if n not in CONSTANTS | ALIASES]
    assert all(not n.startswith("_") for n in public)
    assert all(getattr(kling_ext, n).__module__.startswith("kling_ext") for n in public)


def test_the_type_aliases_are_the_annotations_of_task() -> None:
    assert get_type_hints(vars(kling_ext.Task)["state"].fget)["return"] == kling_ext.TaskState
    assert "succeeded" in get_args(kling_ext.TaskState) and "unknown" in get_args(
        kling_ext.TaskState
    )
    assert kling_ext.TaskStatus == get_type_hints(vars(kling_ext.Task)["status"].fget)["return"]


@pytest.mark.parametrize("name", OBJECTS)
def test_every_exported_class_and_function_has_a_docstring(name: str) -> None:
    assert (inspect.getdoc(getattr(kling_ext, name)) or "").strip()


def _public_members(cls: type) -> list[str]:
    return [n for n, _ in inspect.getmembers(cls) if not n.startswith("_")]


@pytest.mark.parametrize(
    ("cls", "name"),
    [(cls, name) for cls in (Kling, AsyncKling) for name in _public_members(cls)],
)
def test_every_public_client_member_has_a_docstring(cls: type, name: str) -> None:
    member = inspect.getattr_static(cls, name)
    target = member.fget if isinstance(member, property) else getattr(cls, name)
    assert (inspect.getdoc(target) or "").strip()


def test_both_clients_offer_the_same_operations() -> None:
    assert _public_members(Kling) == _public_members(AsyncKling)


BASE_NAMESPACES = {  # client attribute -> its resources (the families of FACTS sections 2 and 3)
    "videos": [
        "text2video",
        "image2video",
        "extend",
        "lip_sync",
        "effects",
        "multi_image2video",
        "motion_control",
        "avatar",
        "omni",
        "advanced_lip_sync",
    ],
    "images": ["generations", "virtual_try_on", "multi_image2image", "expand"],
    "audio": ["text_to_audio", "video_to_audio"],
}
NAMESPACES = more.with_members(BASE_NAMESPACES)  # and the families of FACTS-2026 §4


@pytest.mark.parametrize("cls", [Kling, AsyncKling])
def test_resource_namespaces_are_pinned(cls: type[Kling | AsyncKling]) -> None:
    client = cls(access_key=ACCESS_KEY, secret_key=SECRET_KEY)
    for namespace, members in NAMESPACES.items():
        assert list(vars(getattr(client, namespace))) == members
        assert (inspect.getdoc(type(getattr(client, namespace))) or "").strip()
    assert callable(client.account.costs)
    assert {"identify_face", "resource", "wait", "download"} <= set(_public_members(cls))

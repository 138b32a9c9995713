"""Trusting a callback: Kling signs nothing, so ask the API.

Kling POSTs the bare task object to your ``callback_url`` on every status change, without any
signature (FACTS 1.10). Anyone who learns the URL can post a forged body. The safe pattern:

1. put a per-task secret token in the callback URL you send (``https://you/hook/<task-token>``),
   and reject posts whose token you did not issue;
2. parse the body with :func:`kling_ext.parse_callback` only to learn the task id;
3. call :func:`verify_callback` (or :func:`averify_callback`) to re-fetch the task by id and act
   on the server's view, never on the posted one.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ._core._base import resolve_family
from ._core._waiting import task_id_of
from ._spec._parse import parse_callback

if TYPE_CHECKING:
    from ._async_client import AsyncKling
    from ._client import Kling
    from ._spec._task import Task


def verify_callback(client: Kling, body: bytes | str | Mapping[str, Any], *, family: Any) -> Task:
    """The server's current view of the task a callback body names (re-fetched by its id)."""
    posted = parse_callback(body)
    return client.resource(resolve_family(family)).get(task_id_of(posted))


async def averify_callback(
    client: AsyncKling, body: bytes | str | Mapping[str, Any], *, family: Any
) -> Task:
    """Async twin of :func:`verify_callback`."""
    posted = parse_callback(body)
    return await client.resource(resolve_family(family)).get(task_id_of(posted))

"""The bases of the synchronous calls of a family (``x-kling-role: call`` operations).

Each call's typed method (``client.audio.tts.synthesize(...)``,
``client.general.voices.delete(voice_id=...)``) is generated from the spec into
``kling_resources`` and forwards to :meth:`CallResource._call`; a family with tasks too gets both
bases (its resource is a :class:`~kling_ext.resources.TaskResource` as well).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .._core import _calls as calls
from .._core import _drivers as drive
from .._spec._families import EVERY_FAMILY, Family, Operation

if TYPE_CHECKING:
    from .._core._base import AsyncCore, SyncCore


class _Calls:
    family_key: str = ""
    """Set by each generated family class (``kling_resources``)."""
    family: Family
    _client: Any

    def __init__(self, client: Any) -> None:
        self._client = client
        self.family = EVERY_FAMILY[self.family_key]

    def _operation(self, name: str) -> Operation:
        """The family's call operation whose method is ``name`` (from ``x-kling-method``)."""
        for op in self.family.calls_named:
            if op.call_name == name:
                return op
        raise LookupError(f"{self.family.key} has no call named {name!r}")

    def __repr__(self) -> str:
        names = ", ".join(op.call_name for op in self.family.calls_named)
        return f"<{type(self).__name__} {self.family.key} calls: {names}>"


class CallResource(_Calls):
    """The synchronous calls of one family on a :class:`~kling_ext.Kling` client."""

    _client: SyncCore

    def _call(
        self,
        name: str,
        request: Any,
        fields: Mapping[str, Any],
        params: Mapping[str, Any],
        validate: bool | None,
    ) -> Any:
        flow = calls.call(self._client, self._operation(name), request, fields, params, validate)
        return drive.run(self._client, flow)


class AsyncCallResource(_Calls):
    """The synchronous calls of one family on an :class:`~kling_ext.AsyncKling` client."""

    _client: AsyncCore

    async def _call(
        self,
        name: str,
        request: Any,
        fields: Mapping[str, Any],
        params: Mapping[str, Any],
        validate: bool | None,
    ) -> Any:
        flow = calls.call(self._client, self._operation(name), request, fields, params, validate)
        return await drive.arun(self._client, flow)

"""The bases of the typed per-family resources, and the types their methods take.

``client.videos.text2video`` is an instance of a class generated from the spec
(``kling_resources.TextToVideo``) that derives from :class:`TaskResource`; annotate with these
bases to accept any family's resource.
"""

from ._core._waiting import OnUpdate
from ._resources._calls import AsyncCallResource, CallResource
from ._resources._tasks import (
    AccountResource,
    AsyncAccountResource,
    AsyncTaskResource,
    TaskResource,
)

__all__ = [
    "AccountResource",
    "AsyncAccountResource",
    "AsyncCallResource",
    "AsyncTaskResource",
    "CallResource",
    "OnUpdate",
    "TaskResource",
]

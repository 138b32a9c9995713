"""The new standard API (model in the path): its resources, pages and typed outputs.

``client.standard.text_to_video.create("kling-3.0-turbo", prompt=...)`` returns the same
:class:`~kling_ext.Task` as the legacy families; its ``outputs`` and ``billing`` are typed with the
classes below (an output type newer than the spec is an :class:`UnknownOutput`).
"""

from ._resources._async_standard import AsyncStandard, AsyncStandardResource, AsyncStandardTasks
from ._resources._standard import Standard, StandardResource, StandardTasks
from ._spec._outputs import (
    AudioOutput,
    Billing,
    ElementOutput,
    ElementReference,
    ElementTag,
    ImageOutput,
    Output,
    UnknownOutput,
    VideoOutput,
    VoiceOutput,
)
from ._spec._standard import DEFAULT_CHUNK, TaskPage, standard_families, standard_family
from ._spec._task import TaskState

__all__ = [
    "DEFAULT_CHUNK",
    "AsyncStandard",
    "AsyncStandardResource",
    "AsyncStandardTasks",
    "AudioOutput",
    "Billing",
    "ElementOutput",
    "ElementReference",
    "ElementTag",
    "ImageOutput",
    "Output",
    "Standard",
    "StandardResource",
    "StandardTasks",
    "TaskPage",
    "TaskState",
    "UnknownOutput",
    "VideoOutput",
    "VoiceOutput",
    "refusals",
    "standard_families",
    "standard_family",
]


def refusals(path: str, body: object) -> list[tuple[str, str]]:
    """The problems that make Kling refuse a new-standard create body at ``path`` (the schema and
    the model's capability map; warnings are not reported). For simulators and test doubles."""
    import warnings

    from ._spec._document import load_spec
    from ._spec._validate import check_request

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return check_request(load_spec(), "POST", path, body).problems

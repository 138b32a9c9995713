"""The warning categories of the kling client, all through :func:`warnings.warn`.

A warning marks a request that is sent as it is although something about it looks wrong: Kling
ignores the thing, or it is newer than the spec. ``pytest -W error::kling_ext.KlingWarning`` or
``warnings.simplefilter("error", KlingWarning)`` turns them into errors.
"""

from __future__ import annotations

import warnings


class KlingWarning(UserWarning):
    """Base class of every warning of the kling client."""


class CredentialsWarning(KlingWarning):
    """Two kinds of credentials were configured; the one used is named in the message."""


class UnknownFieldWarning(KlingWarning):
    """A request field the spec does not know: sent as it is (it may be newer than the spec)."""


class IgnoredFieldWarning(KlingWarning):
    """A field that has no effect in this combination: sent, since Kling ignores it."""


class DeprecatedWarning(KlingWarning):
    """A model, scene or field the spec marks deprecated or discontinued."""


def warn(category: type[KlingWarning], message: str, *, stacklevel: int = 2) -> None:
    """Issue ``message`` as ``category``, pointing at the caller's caller by default."""
    warnings.warn(message, category, stacklevel=stacklevel + 1)

"""Argument types of the ``kling`` command line, and the names it gives to families.

* media (images, masks): an ``http(s)`` URL is sent as is, anything else must be a readable file,
  sent as raw Base64 (no ``data:`` prefix); ``--audio-file`` takes a file only;
* ``--dynamic-mask MASK:X1,Y1;X2,Y2;...``: a motion-brush area (URL or file) and its trajectory,
  integer pixel points (origin at the bottom-left of the image) separated by ``;`` or spaces;
* a task family: its key (``text_to_video``) or any of its aliases (``text2video``);
* times (``account costs``): Unix milliseconds or ISO 8601 (UTC unless an offset is given).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import click

from kling_ext import ValidationError
from kling_ext.media import MediaLimits, encode_media
from kling_ext.spec import Family

Param = click.Parameter | None
Ctx = click.Context | None


def family_name(fam: Family) -> str:
    """The family's name on the command line: its first alias (``text2video``), else its key."""
    return fam.aliases[0] if fam.aliases else fam.key.replace("_", "-")


def group_name(fam: Family) -> str:
    """The command group of a family's create command: what its tasks produce (``video``)."""
    return fam.kind


def _norm(name: str) -> str:
    return name.strip().lower().replace("_", "-")


class MediaType(click.ParamType[str]):
    """An ``http(s)`` URL (kept) or a local file, read and Base64-encoded (no ``data:`` prefix) by
    the library's encoder (:func:`kling_ext.media.encode_media`), checked against ``limits``."""

    def __init__(self, *, urls: bool = True, limits: MediaLimits | None = None) -> None:
        self.urls, self.name = urls, "url|file" if urls else "file"
        self.limits = limits

    def convert(self, value: Any, param: Param, ctx: Ctx) -> str:
        text = str(value)
        if self.urls and text.lower().startswith(("http://", "https://")):
            return text
        try:
            return encode_media(Path(text).expanduser(), field=text, limits=self.limits)
        except ValidationError as exc:
            why = exc.problems[0][1]
            if why.startswith(("no such file", "cannot read")):
                what = "neither an http(s) URL nor a readable file" if self.urls else "not readable"
                self.fail(f"{text!r} is {what} ({why})", param, ctx)
            self.fail(f"{text!r} is {why}", param, ctx)


class DynamicMaskType(click.ParamType[dict[str, Any]]):
    """``MASK:X1,Y1;X2,Y2;...``: one motion-brush group (a ``dynamic_masks`` item)."""

    name = "MASK:X,Y;X,Y..."

    def convert(self, value: Any, param: Param, ctx: Ctx) -> dict[str, Any]:
        mask, sep, points = str(value).rpartition(":")
        if not sep or not mask:
            self.fail(f"{value!r}: expected MASK:X1,Y1;X2,Y2;...", param, ctx)
        trajectory = []
        for point in re.split(r"[;\s]+", points.strip()):
            x, _, y = point.partition(",")
            try:
                trajectory.append({"x": int(x), "y": int(y)})
            except ValueError:
                self.fail(f"{value!r}: bad point {point!r}, expected X,Y (integers)", param, ctx)
        return {"mask": MediaType().convert(mask, param, ctx), "trajectories": trajectory}


class FamilyType(click.ParamType[Family]):
    """A task family of ``families``: its key (``text_to_video``) or an alias (``text2video``)."""

    name = "family"

    def __init__(self, families: Mapping[str, Family]) -> None:
        self.families = families
        names = ((name, fam) for fam in families.values() for name in (fam.key, *fam.aliases))
        self.lookup = {_norm(name): fam for name, fam in names}

    def convert(self, value: Any, param: Param, ctx: Ctx) -> Family:
        if isinstance(value, Family):
            return value
        found = self.lookup.get(_norm(str(value)))
        if found is None:
            names = ", ".join(family_name(f) for f in self.families.values())
            self.fail(f"unknown task family {value!r}; use one of {names}", param, ctx)
        return found


class Timestamp(click.ParamType[int]):
    """Unix milliseconds, or an ISO 8601 date or date-time (UTC unless it has an offset)."""

    name = "time"

    def convert(self, value: Any, param: Param, ctx: Ctx) -> int:
        text = str(value).strip()
        if text.isdigit():
            return int(text)
        try:
            when = dt.datetime.fromisoformat(text)
        except ValueError:
            self.fail(f"{text!r} is neither Unix milliseconds nor an ISO date/time", param, ctx)
        return int((when if when.tzinfo else when.replace(tzinfo=dt.UTC)).timestamp() * 1000)

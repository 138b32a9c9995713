"""Options and argument types of the ``kling`` command line, derived from the generated package.

Nothing here restates a fact about the API. A request field's option takes its type and help
from the spec copy that generation ships (``kling_api/_openapi.json``): numbers, integers, closed
enums (a choice), open enums (any string; the known values in the help), media and arrays. Enum
values are the ``Literal`` types of ``kling_api.models``, shown in the spec's order (the generator
sorts them); the camera axes are the fields of the generated ``CameraConfig``.

Input syntaxes the command line adds:

* media (images, masks): an ``http(s)`` URL is sent as is, anything else must be a readable file,
  sent as raw Base64 (no ``data:`` prefix); ``--audio-file`` takes a file only;
* ``--dynamic-mask MASK:X1,Y1;X2,Y2;...``: a motion-brush area (URL or file) and its trajectory,
  integer pixel points (origin at the bottom-left of the image) separated by ``;`` or spaces;
  repeat the option for several areas;
* ``--camera-config AXIS=VALUE`` (repeatable or comma-separated) or ``--camera-AXIS VALUE``;
  axis values without ``--camera-type`` mean type ``simple``;
* a list of one-field objects takes one value per item: ``--voice ID`` for ``voice_list``
  ``[{"voice_id": ID}]``; booleans are ``--x/--no-x`` (``--watermark`` for ``watermark_info``).
"""

from __future__ import annotations

import base64
import contextlib
import functools
import json
import re
import typing
from collections.abc import Callable, Mapping
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import attrs
import click

import kling_api.models
from kling_ext._core._polling import default_timeout
from kling_ext._spec._families import FAMILIES, family

F = TypeVar("F", bound=Callable[..., Any])
Decorator = Callable[[F], F]
Param = click.Parameter | None
Ctx = click.Context | None

MEDIA_HELP = "The CLI takes an http(s) URL or a local file (sent as Base64)."
MASK_HELP = "Give MASK:X1,Y1;X2,Y2;... once per area (MASK a URL or a file; integer pixel points"
MASK_HELP += " from the bottom-left of the image, separated by ';' or spaces)."


def family_alias(key: str) -> str:
    """The friendly name of a family key, as printed in hints (``text2video``)."""
    fam = FAMILIES.get(key)
    return fam.aliases[0] if fam is not None and fam.aliases else key


@functools.cache
def _schemas() -> dict[str, Any]:
    try:
        text = resources.files("kling_api").joinpath("_openapi.json").read_text("utf-8")
        found = json.loads(text)["components"]["schemas"]
    except (OSError, ValueError, KeyError, TypeError):
        return {}
    return found if isinstance(found, dict) else {}


def enum_values(name: str) -> tuple[str, ...]:
    """The values of the generated ``Literal`` ``kling_api.models.<name>``, in spec order."""
    values = tuple(str(v) for v in typing.get_args(getattr(kling_api.models, name)))
    order = _schemas().get(name, {}).get("enum")
    if isinstance(order, list) and sorted(map(str, order)) == sorted(values):
        return tuple(map(str, order))
    return values


def known(name: str) -> str:
    """Help text of an open enum: its known values (others are sent with a warning)."""
    return f"Known: {', '.join(enum_values(name))}; others are sent with a warning."


def field_help(schema: str, field: str, extra: str = "") -> str:
    """The spec's description of ``schema.field`` (else of the schema it refers to), without
    Markdown backticks, plus ``extra``."""
    prop = _schemas().get(schema, {}).get("properties", {}).get(field)
    prop = prop if isinstance(prop, dict) else {}
    text = str(prop.get("description") or _schemas().get(_ref(prop), {}).get("description", ""))
    return " ".join(
        f"{text.replace('`', '').replace('**', '').replace('Open enum.', '')} {extra}".split()
    )


class MediaType(click.ParamType[str]):
    """An ``http(s)`` URL (kept) or a local file (read and Base64-encoded, no ``data:`` prefix)."""

    def __init__(self, *, urls: bool = True) -> None:
        self.urls, self.name = urls, "url|file" if urls else "file"

    def convert(self, value: Any, param: Param, ctx: Ctx) -> str:
        text = str(value)
        if self.urls and text.lower().startswith(("http://", "https://")):
            return text
        try:
            data = Path(text).expanduser().read_bytes()
        except OSError as exc:
            what = "neither an http(s) URL nor a readable file" if self.urls else "not readable"
            self.fail(f"{text!r} is {what} ({exc.strerror or type(exc).__name__})", param, ctx)
        if not data:
            self.fail(f"{text!r} is an empty file", param, ctx)
        return base64.b64encode(data).decode("ascii")


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


def _wrap(key: str, ctx: Ctx, param: Param, value: Any) -> Any:
    """Option callback: each value as ``{key: value}`` (a list for a repeatable option)."""
    one = None if value is None else {key: value}
    return ([{key: v} for v in value] or None) if isinstance(value, tuple) else one


class FamilyType(click.ParamType[str]):
    """A task family: its key (``text_to_video``) or a friendly name (``text2video``)."""

    name = "family"

    def convert(self, value: Any, param: Param, ctx: Ctx) -> str:
        try:
            return family(str(value)).key
        except ValueError:
            names = ", ".join(family_alias(k) for k in FAMILIES)
            self.fail(f"unknown task family {value!r}; use one of {names}", param, ctx)


def camera_axes() -> tuple[str, ...]:
    """The fields of ``camera_control.config``, from the generated ``CameraConfig``."""
    return tuple(f.name for f in attrs.fields(kling_api.models.CameraConfig) if f.init)


def _axis(item: str) -> tuple[str, float]:
    axis, _, number = (part.strip().lower() for part in item.partition("="))
    with contextlib.suppress(ValueError):
        if axis in camera_axes():
            return axis, float(number)
    hint = f"{item!r}: expected AXIS=NUMBER, AXIS one of {', '.join(camera_axes())}"
    raise click.BadParameter(hint, param_hint="'--camera-config'")


def pop_camera(params: dict[str, Any]) -> dict[str, Any] | None:
    """Remove the camera options from ``params``; the ``camera_control`` object, or None."""
    pairs = [p for pair in params.pop("camera_config", ()) for p in pair.split(",") if p.strip()]
    config = dict(map(_axis, pairs))
    axes = {a: params.pop(f"camera_{a}", None) for a in camera_axes()}
    config.update({axis: value for axis, value in axes.items() if value is not None})
    kind = params.pop("camera_type", None) or ("simple" if config else None)
    return None if kind is None else {"type": kind, **({"config": config} if config else {})}


def compose(*decorators: Decorator[Any]) -> Decorator[Any]:
    """Apply option decorators so that they show in ``--help`` in the given order."""
    return lambda func: functools.reduce(lambda f, d: d(f), reversed(decorators), func)


def _ref(prop: Mapping[str, Any]) -> str:
    for item in (prop, *prop.get("anyOf", ())):
        if isinstance(item, dict) and isinstance(item.get("$ref"), str):
            return str(item["$ref"]).rsplit("/", 1)[-1]
    return ""


def field_option(schema: str, name: str, *flags: str, **extra: Any) -> Decorator[Any]:
    """The option of the request field ``schema.name``, typed and documented from the spec.

    ``--kebab-name`` unless ``flags`` are given; arrays are repeatable and take the singular
    (``--image`` for ``images``, ``--voice`` for ``voice_list``, the plural too unless the name
    ends in ``_list``); an object with one (required) field takes its value; booleans are
    ``--x/--no-x``; ``--model``, ``-n`` too. ``extra``: more ``click.option`` keywords.
    """
    prop = _schemas().get(schema, {}).get("properties", {}).get(name, {})
    items = prop.get("items", {}) if prop.get("type") == "array" else {}
    ref = _ref(items or prop)
    target = _schemas().get(ref, {})
    props, need = target.get("properties", {}), target.get("required", [])
    inner = next(iter(props)) if len(props) == 1 else need[0] if len(need) == 1 else ""
    kw: dict[str, Any] = {"multiple": bool(items), **_value_kw(schema, name, items or prop)}
    flag = "boolean" in (prop.get("type"), props.get(inner, {}).get("type"))
    if ref == "DynamicMask":
        kw.update(type=DynamicMaskType(), help=f"{kw['help']} {MASK_HELP}")
    elif inner:  # --voice ID: [{"voice_id": ID}]; --watermark: {"enabled": true}
        value = {} if flag else _value_kw(ref, inner, props[inner])
        media = MEDIA_HELP if isinstance(value.get("type"), MediaType) else ""
        kw.update(
            value, help=f"{kw['help']} {media}".strip(), callback=functools.partial(_wrap, inner)
        )
        kw.setdefault("metavar", None if media or flag else inner.upper())
    kebab = name.replace("_", "-")
    one = (f"--{kebab.removesuffix('-list').removesuffix('s')}",) if items else ()
    flags = flags or one + (() if kebab.endswith("-list") else (f"--{kebab}",))
    if flag:
        kw["default"], flags = None, tuple(f"{f}/--no-{f[2:]}" for f in flags)
    elif flags[-1] == f"--{kebab}":
        flags += (f"-{name}",) if len(name) == 1 else ("--model",) if name == "model_name" else ()
    return click.option(*flags, name, **{**kw, **extra})


def _value_kw(schema: str, name: str, prop: Mapping[str, Any]) -> dict[str, Any]:
    """Help of ``schema.name``, type of a value ``prop`` (media, enum, number, else a string)."""
    ref, help_text = _ref(prop), field_help(schema, name)
    target = _schemas().get(ref, {})
    if "media" in (target.get("x-kling-format"), prop.get("x-kling-format")):
        return {"type": MediaType(), "help": f"{help_text} {MEDIA_HELP}"}
    if "enum" in target and "anyOf" in prop:
        return {"metavar": "NAME", "help": f"{help_text} {known(ref)}"}
    if "enum" in target:
        return {"type": click.Choice(enum_values(ref)), "help": help_text}
    if prop.get("type") in ("number", "integer"):
        return {"type": float if prop["type"] == "number" else int, "help": help_text}
    return {"help": help_text}


def fields(schema: str, *names: str) -> Decorator[Any]:
    """The options of request fields of ``schema`` (see :func:`field_option`)."""
    return compose(*(field_option(schema, name) for name in names))


def camera_options(schema: str) -> Decorator[Any]:
    """``--camera-type``, ``--camera-config AXIS=VALUE`` and one ``--camera-AXIS`` per axis."""
    kinds = click.Choice(enum_values("CameraControlType"))
    kind = field_help(schema, "camera_control", "Axis values alone mean type simple.")
    config = f"Camera movement, e.g. zoom=5 (AXIS: {', '.join(camera_axes())})."
    axes = [(f"--camera-{a}", field_help("CameraConfig", a)) for a in camera_axes()]
    return compose(
        click.option("--camera-type", type=kinds, help=kind),
        click.option("--camera-config", multiple=True, metavar="AXIS=VALUE", help=config),
        *(click.option(flag, type=float, metavar="N", help=text) for flag, text in axes),
    )


def create_options(schema: str) -> Decorator[Any]:
    """Options of every create command: callback, external id, validation, waiting, output."""
    ext = "Your own task id, unique in the account; kling task commands accept it."
    no_validate = "Skip the client-side checks of the request; the API judges it."
    return compose(
        click.option("--callback-url", metavar="URL", help=field_help(schema, "callback_url")),
        click.option("--external-task-id", metavar="ID", help=ext),
        click.option("--no-validate", is_flag=True, help=no_validate),
        click.option("--wait", is_flag=True, help="Wait for the task to end (status on stderr)."),
        timeout_option(),
        download_options(),
        json_option(),
    )


def timeout_option() -> Decorator[Any]:
    """``--timeout`` of a wait (its defaults come from the library, per family)."""
    video, other = (f"{default_timeout(f) / 60:g} min" for f in ("text_to_video", "text_to_audio"))
    text = f"Stop waiting after SECONDS (default {video} for videos, {other} for images and"
    text += " audio)."
    return click.option("--timeout", type=click.FloatRange(min=0), metavar="SECONDS", help=text)


def download_options() -> Decorator[Any]:
    """``--download DIR`` (implies waiting) and ``--overwrite``."""
    where = click.Path(file_okay=False, path_type=Path)
    text = "Wait, then save the result files into DIR (created if needed)."
    return compose(
        click.option("--download", metavar="DIR", type=where, help=text),
        click.option("--overwrite", is_flag=True, help="Download files already in DIR again."),
    )


def json_option() -> Decorator[Any]:
    """``--json``: machine-readable output, alone on stdout."""
    text = 'Print only JSON on stdout: the task (plus "files" after a download).'
    return click.option("--json", "as_json", is_flag=True, help=text)


def given(params: Mapping[str, Any]) -> dict[str, Any]:
    """The request fields that were given: None and empty sequences left out, tuples as lists."""
    found = {k: v for k, v in params.items() if v is not None and v not in ((), [])}
    return {k: list(v) if isinstance(v, tuple) else v for k, v in found.items()}

"""Options of the ``kling`` command line, derived from the spec and the generated package.

Nothing here restates a fact about the API. A request field's option takes its type and help
from the spec (:func:`kling_ext.spec.load_spec`): numbers, integers, closed enums (a choice), open
enums (any string; the known values in the help), media and arrays. Enum values are the
``Literal`` types of ``kling_api.models``, shown in the spec's order (the generator sorts them);
the camera axes are the fields of the generated ``CameraConfig``. :func:`request_options` gives a
family's create command one option per request field, so a family new in the spec gets a command
with no code change.

Input syntaxes the command line adds (the argument types are in :mod:`kling_cli._types`):

* ``--camera-config AXIS=VALUE`` (repeatable or comma-separated) or ``--camera-AXIS VALUE``;
  axis values without ``--camera-type`` mean type ``simple``;
* ``--shot DURATION:PROMPT``: one ``multi_prompt`` shot per option, in the given order, numbered
  from 1 (``index``); DURATION in whole seconds;
* a list of one-field objects takes one value per item: ``--voice ID`` for ``voice_list``
  ``[{"voice_id": ID}]``; booleans are ``--x/--no-x`` (``--watermark`` for ``watermark_info``).
"""

from __future__ import annotations

import contextlib
import functools
import typing
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, TypeVar

import attrs
import click

import kling_api.models
from kling_ext.spec import load_spec

from . import _naming as naming
from ._types import Ctx, DynamicMaskType, MediaType, Param, Timestamp

F = TypeVar("F", bound=Callable[..., Any])
Decorator = Callable[[F], F]

MEDIA_HELP = "The CLI takes an http(s) URL or a local file (sent as Base64)."
MASK_HELP = "Give MASK:X1,Y1;X2,Y2;... once per area (MASK a URL or a file; integer pixel points"
MASK_HELP += " from the bottom-left of the image, separated by ';' or spaces)."
SHOT_HELP = "Give DURATION:PROMPT (whole seconds) once per shot, in order: --shot '4:a fox'."
TIME_HELP = "An ISO date/time works too (UTC unless an offset is given)."
CREATE_FIELDS = ("callback_url", "external_task_id")  # options of every create command
_FLAGS = {"multi_prompt": ("--shot",), "watermark_info": ("--watermark",)}


@functools.cache
def _schemas() -> dict[str, Any]:
    try:
        found = load_spec()["components"]["schemas"]
    except (OSError, ValueError, KeyError, TypeError):
        return {}
    return {k: _without_null(v) for k, v in found.items()} if isinstance(found, Mapping) else {}


def _without_null(schema: Any) -> Any:
    """A schema whose properties no longer admit ``null`` (optional request fields do: for an
    option, "not set" is leaving it out)."""
    props = schema.get("properties") if isinstance(schema, Mapping) else None
    if not isinstance(props, Mapping):
        return schema
    return {**schema, "properties": {name: _not_null(prop) for name, prop in props.items()}}


def _not_null(prop: Mapping[str, Any]) -> dict[str, Any]:
    plain = dict(prop)
    kinds = plain.get("type")
    if isinstance(kinds, list):
        kinds = [t for t in kinds if t != "null"]
        plain["type"] = kinds[0] if len(kinds) == 1 else kinds
    members = [m for m in plain.pop("anyOf", []) if m != {"type": "null"}]
    if len(members) == 1:
        plain = {**members[0], **plain}
    elif members:
        plain["anyOf"] = members
    return plain


def properties(schema: str) -> dict[str, Any]:
    """The request fields of ``schema`` (a ``components/schemas`` name), in the spec's order."""
    found = _schemas().get(schema, {}).get("properties", {})
    return found if isinstance(found, dict) else {}


def _ref(prop: Mapping[str, Any]) -> str:
    for item in (prop, *prop.get("anyOf", ())):
        if isinstance(item, dict) and isinstance(item.get("$ref"), str):
            return str(item["$ref"]).rsplit("/", 1)[-1]
    return ""


def ref_of(schema: str, field: str) -> str:
    """The schema that ``schema.field`` (or each item of it, for an array) refers to."""
    prop = properties(schema).get(field, {})
    return _ref(prop.get("items", {}) if prop.get("type") == "array" else prop)


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


def plain(text: str) -> str:
    """Spec prose without Markdown (backticks, bold) and its ``Open enum.`` marker."""
    return " ".join(text.replace("`", "").replace("**", "").replace("Open enum.", "").split())


def field_help(schema: str, field: str, extra: str = "") -> str:
    """The spec's description of ``schema.field`` (else of the schema it refers to), without
    Markdown, plus ``extra``."""
    prop = properties(schema).get(field)
    prop = prop if isinstance(prop, dict) else {}
    text = str(prop.get("description") or _schemas().get(_ref(prop), {}).get("description", ""))
    return plain(f"{text} {extra}")


def _shots(ctx: Ctx, param: Param, value: tuple[str, ...]) -> list[dict[str, Any]] | None:
    """Callback of ``--shot DURATION:PROMPT``: the ``multi_prompt`` items, numbered from 1."""
    shots = []
    for index, text in enumerate(value, 1):
        duration, sep, prompt = (part.strip() for part in text.partition(":"))
        if not sep or not duration.isdigit() or not prompt:
            raise click.BadParameter(f"{text!r}: expected DURATION:PROMPT, e.g. '4:a fox'", ctx)
        shots.append({"index": index, "prompt": prompt, "duration": duration})
    return shots or None


def _wrap(key: str, ctx: Ctx, param: Param, value: Any) -> Any:
    """Option callback: each value as ``{key: value}`` (a list for a repeatable option)."""
    one = None if value is None else {key: value}
    return ([{key: v} for v in value] or None) if isinstance(value, tuple) else one


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


def _inner(ref: str) -> str:
    """The one field of a one-field object (else its one required field, else "")."""
    target = _schemas().get(ref, {})
    props, need = target.get("properties", {}), target.get("required", [])
    return next(iter(props)) if len(props) == 1 else need[0] if len(need) == 1 else ""


def has_option(schema: str, name: str) -> bool:
    """True when :func:`field_option` can take ``schema.name`` from the command line: a value,
    a list of values or a one-field object (camera_control and multi_prompt have their own)."""
    ref = ref_of(schema, name)
    target = _schemas().get(ref, {})
    simple = not target.get("properties") or bool(_inner(ref))
    return simple or name in _FLAGS or ref == "DynamicMask"


def field_option(schema: str, name: str, *flags: str, **extra: Any) -> Decorator[Any]:
    """The option of the request field ``schema.name``, typed and documented from the spec.

    ``--kebab-name`` unless ``flags`` are given; arrays are repeatable and take the singular
    (``--image`` for ``images``, ``--voice`` for ``voice_list``, the plural too unless the name
    ends in ``_list``); an object with one (required) field takes its value; booleans are
    ``--x/--no-x``; ``--model``, ``-n``, ``--shot`` and ``--watermark`` too. ``extra``: more
    ``click.option`` keywords.
    """
    prop = properties(schema).get(name, {})
    items = prop.get("items", {}) if prop.get("type") == "array" else {}
    ref = _ref(items or prop)
    inner = _inner(ref)
    props = _schemas().get(ref, {}).get("properties", {})
    kw: dict[str, Any] = {"multiple": bool(items), **_value_kw(schema, name, items or prop)}
    flag = "boolean" in (prop.get("type"), props.get(inner, {}).get("type"))
    if name == "multi_prompt":
        kw.update(metavar="DURATION:PROMPT", callback=_shots, help=f"{kw['help']} {SHOT_HELP}")
    elif ref == "DynamicMask":
        kw.update(type=DynamicMaskType(), help=f"{kw['help']} {MASK_HELP}")
    elif inner:  # --voice ID: [{"voice_id": ID}]; --watermark: {"enabled": true}
        value = {} if flag else _value_kw(ref, inner, props[inner])
        media = MEDIA_HELP if isinstance(value.get("type"), MediaType) else ""
        kw.update(
            value, help=f"{kw['help']} {media}".strip(), callback=functools.partial(_wrap, inner)
        )
        kw.setdefault("metavar", None if media or flag else inner.upper())
    shown, hidden = naming.option_names(name, bool(items), flags or _FLAGS.get(name, ()))
    if flag:  # booleans keep their one spelling: --x/--no-x
        kw["default"], shown = None, tuple(f"{f}/--no-{f[2:]}" for f in shown)
    return naming.option(*shown, name, aliases=hidden, **{**kw, **extra})


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
    if is_time(name, prop.get("type"), help_text):
        return {"type": Timestamp(), "help": f"{help_text} {TIME_HELP}"}
    if prop.get("type") in ("number", "integer"):
        return {"type": float if prop["type"] == "number" else int, "help": help_text}
    return {"help": help_text}


def is_time(name: str, kind: object, description: str) -> bool:
    """True for an integer field or parameter that holds a point in time in Unix milliseconds
    (the billing windows): it takes an ISO date/time too, as ``kling account costs`` does."""
    return kind == "integer" and name.endswith("_time") and "Unix" in description


def fields(schema: str, *names: str) -> Decorator[Any]:
    """The options of request fields of ``schema`` (see :func:`field_option`)."""
    return compose(*(field_option(schema, name) for name in names))


def request_options(
    schema: str, arguments: Iterable[str] = ("prompt",), skip: Iterable[str] = ()
) -> Decorator[Any]:
    """Every request field of ``schema`` the command line can take, in the spec's order:
    ``arguments`` positional (optional unless the spec requires them), the others options
    (required when the spec says), the camera options for ``camera_control``. Deprecated
    fields, the fields of :func:`create_options` and ``skip`` are left out."""
    need, positional = _schemas().get(schema, {}).get("required", []), tuple(arguments)
    made: list[Decorator[Any]] = [
        click.argument(name, required=name in need)
        for name in positional
        if name in properties(schema)
    ]
    for name, prop in properties(schema).items():
        if name in (*positional, *CREATE_FIELDS, *skip) or prop.get("deprecated"):
            continue
        if name == "camera_control":
            made.append(camera_options(schema))
        elif has_option(schema, name):
            made.append(field_option(schema, name, required=name in need))
    return compose(*made)


def shape(schema: str, body: dict[str, Any]) -> dict[str, Any]:
    """The request body of ``schema`` from flat fields: when its fields sit in an ``input``
    object (lip sync, effects), every field the top level does not have goes there."""
    if not _schemas().get(ref_of(schema, "input"), {}).get("properties"):
        return body
    top = {k: v for k, v in body.items() if k in properties(schema) and k != "input"}
    return {**top, "input": {k: v for k, v in body.items() if k not in top}}


def camera_options(schema: str) -> Decorator[Any]:
    """``--camera-type``, ``--camera-config AXIS=VALUE`` and one ``--camera-AXIS`` per axis."""
    control = ref_of(schema, "camera_control")
    kinds = click.Choice(enum_values(ref_of(control, "type")))
    kind = field_help(schema, "camera_control", "Axis values alone mean type simple.")
    config = f"Camera movement, e.g. zoom=5 (AXIS: {', '.join(camera_axes())})."
    axes = [(f"--camera-{a}", field_help(ref_of(control, "config"), a)) for a in camera_axes()]
    return compose(
        click.option("--camera-type", type=kinds, help=kind),
        click.option("--camera-config", multiple=True, metavar="AXIS=VALUE", help=config),
        *(click.option(flag, type=float, metavar="N", help=text) for flag, text in axes),
    )


def create_options(schema: str, timeout: str) -> Decorator[Any]:
    """Options of every create command: callback, external id, validation, waiting, output;
    ``timeout`` says the default of ``--timeout``."""
    ext = "Your own task id, unique in the account; kling task commands accept it."
    return compose(
        click.option("--callback-url", metavar="URL", help=field_help(schema, "callback_url")),
        click.option("--external-task-id", metavar="ID", help=ext),
        no_validate_option(),
        click.option("--wait", is_flag=True, help="Wait for the task to end (status on stderr)."),
        timeout_option(timeout),
        download_options(),
        json_option(),
    )


def minutes(seconds: float) -> str:
    """``1800.0`` -> ``30 min``."""
    return f"{seconds / 60:g} min"


def timeout_option(default: str) -> Decorator[Any]:
    """``--timeout`` of a wait; ``default`` says its default (the library's, per family)."""
    text = f"Stop waiting after SECONDS (default {default})."
    return click.option("--timeout", type=click.FloatRange(min=0), metavar="SECONDS", help=text)


def download_options() -> Decorator[Any]:
    """``--download DIR`` (implies waiting) and ``--overwrite``."""
    where = click.Path(file_okay=False, path_type=Path)
    text = "Wait, then save the result files into DIR (created if needed)."
    return compose(
        click.option("--download", metavar="DIR", type=where, help=text),
        click.option("--overwrite", is_flag=True, help="Download files already in DIR again."),
    )


def json_option(result: str = 'the task (plus "files" after a download)') -> Decorator[Any]:
    """``--json``: machine-readable output, alone on stdout: ``result``, or the error object."""
    text = f'Print only JSON on stdout: {result}; on failure {{"error": {{...}}}}.'
    return click.option("--json", "as_json", is_flag=True, help=text)


def no_validate_option() -> Decorator[Any]:
    """``--no-validate``: send what the client-side checks would refuse."""
    text = "Skip the client-side checks of the request; the API judges it."
    return click.option("--no-validate", is_flag=True, help=text)


def given(params: Mapping[str, Any]) -> dict[str, Any]:
    """The request fields that were given: None and empty sequences left out, tuples as lists."""
    found = {k: v for k, v in params.items() if v is not None and v not in ((), [])}
    return {k: list(v) if isinstance(v, tuple) else v for k, v in found.items()}

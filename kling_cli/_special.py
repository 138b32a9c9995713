"""The create commands that take their fields in a shape of their own, keyed by family key.

Every other family's command takes one option per request field (see
:func:`kling_cli._commands.family_command`); here are the ones with positional ids, fields
nested in ``input``, list items built from several options, or a derived default. A family's
name, help text, group, request schema and paths still come from the family table.

Input syntaxes added here:

* ``--face FACE_ID[:AUDIO_ID]`` (advanced-lip-sync): the ``face_choose`` item, a ``face_id``
  printed by ``kling video identify-face`` and, after a colon, the Kling ``audio_id`` it speaks;
  without one give ``--sound-file`` (URL or local file); ``--sound-volume``,
  ``--sound-start-time`` ... go into the same item;
* ``--first-frame``/``--end-frame`` (omni): ``image_list`` items with that ``type``, after the
  ``--image`` references (named ``<<<image_1>>>``, ``<<<image_2>>>`` ... in the given order);
  ``--refer-type`` and ``--keep-original-sound`` go into the ``--video`` item;
* ``--up/--down/--left/--right RATIO`` (image expand): the four expansion ratios; 0 when not given.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import click

from kling_ext.spec import Family

from . import _options as opt
from ._faces import identify_face_command
from ._types import MediaType

Options = Callable[[Family], opt.Decorator[Any]]
Body = Callable[[Family, dict[str, Any]], dict[str, Any]]


@dataclass(frozen=True)
class Special:
    """How the create command of one family differs from one option per request field."""

    options: Options | None = None
    """The command's arguments and field options (None: one per request field)."""
    body: Body | None = None
    """Turns the parsed options into request fields (None: they are the fields already)."""
    notes: str = ""
    """How to use the command, after the family's description in ``--help``."""
    epilog: Callable[[Family], str] | None = None
    names: tuple[str, ...] = ()
    """More names the command answers to, besides the family's aliases."""
    name: str = ""
    """The command's listed name, when the family's first alias reads badly (its aliases still
    work)."""
    commands: Callable[[Family], Sequence[click.Command]] | None = None
    """More commands of the family, put in the same group."""


SPECIAL: dict[str, Special] = {"image_generation": Special(name="generate")}
"""Family key -> its special command."""


def special(key: str, **how: Any) -> Callable[[Options], Options]:
    """Register ``options(family)`` as the options of ``key``'s command (its docstring: the
    notes of the command's help)."""

    def register(options: Options) -> Options:
        SPECIAL[key] = Special(options, notes=inspect.getdoc(options) or "", **how)
        return options

    return register


@special("video_extend")
def _extend(fam: Family) -> opt.Decorator[Any]:
    """VIDEO_ID is the id of a result video (not a task id)."""
    return opt.request_options(fam.request_model, arguments=("video_id", "prompt"))


def _lip_sync_body(fam: Family, params: dict[str, Any]) -> dict[str, Any]:
    audio = "file" if params["audio_file"] else "url" if params["audio_url"] else None
    params["mode"] = params["mode"] or ("audio2video" if audio else "text2video")
    return {**params, "audio_type": audio}


@special("lip_sync", body=_lip_sync_body)
def _lip_sync(fam: Family) -> opt.Decorator[Any]:
    """--mode defaults to the one the other options need (audio2video with --audio-url or
    --audio-file, else text2video)."""
    inner, audio = opt.ref_of(fam.request_model, "input"), "Sent as Base64 (mode audio2video)."
    return opt.compose(
        opt.fields(inner, "video_id", "video_url", "mode", "text", "voice_id", "voice_language"),
        opt.fields(inner, "voice_speed", "audio_url"),
        click.option(
            "--audio-file",
            type=MediaType(urls=False),
            help=opt.field_help(inner, "audio_file", audio),
        ),
        opt.request_options(fam.request_model, skip=("input",)),
    )


def _effect_body(fam: Family, params: dict[str, Any]) -> dict[str, Any]:
    images = params.pop("images")
    return {**params, **({"image": images[0]} if len(images) == 1 else {"images": images})}


def _scenes(fam: Family) -> str:
    scenes = opt.enum_values(opt.ref_of(fam.request_model, "effect_scene"))
    return f"Known scenes: {', '.join(scenes)}."


@special("video_effects", body=_effect_body, epilog=_scenes)
def _effect(fam: Family) -> opt.Decorator[Any]:
    """Give one --image (single-image scenes) or two, the first on the left; scenes the spec
    does not know are sent with a warning."""
    inner = opt.ref_of(fam.request_model, "input")
    return opt.compose(
        click.argument("effect_scene", metavar="SCENE"),
        opt.fields(inner, "images", "model_name", "mode", "duration"),
        opt.request_options(fam.request_model, skip=("input", "effect_scene")),
    )


def _frames(fam: Family) -> tuple[str, ...]:
    """The ``type`` values of ``image_list`` items: ``first_frame``, ``end_frame``."""
    item = opt.ref_of(fam.request_model, "image_list")
    return opt.enum_values(opt.ref_of(item, "type"))


REFERENCE = ("refer_type", "keep_original_sound")  # options of the --video item


def _omni_body(fam: Family, params: dict[str, Any]) -> dict[str, Any]:
    frames = [{"image_url": url, "type": k} for k in _frames(fam) if (url := params.pop(k))]
    reference = opt.given({k: params.pop(k) for k in REFERENCE})
    if reference and not params["video_list"]:
        raise click.UsageError("--refer-type and --keep-original-sound apply to --video (missing)")
    params["image_list"] = [*(params["image_list"] or ()), *frames] or None
    params["video_list"] = [{**v, **reference} for v in params["video_list"] or ()] or None
    return params


@special("omni_video", body=_omni_body)
def _omni(fam: Family) -> opt.Decorator[Any]:
    """Name the --image references <<<image_1>>>, <<<image_2>>> ... in PROMPT (in the given
    order), the --video reference <<<video_1>>>."""
    frame = f"An image_list item of this type (after the --image ones). {opt.MEDIA_HELP}"
    video = opt.ref_of(fam.request_model, "video_list")
    return opt.compose(
        opt.request_options(fam.request_model),
        *(
            click.option(f"--{k.replace('_', '-')}", k, type=MediaType(), help=frame)
            for k in _frames(fam)
        ),
        opt.fields(video, *REFERENCE),
    )


IDS = ("face_id", "audio_id")  # given by --face; the other face_choose fields are options
FACE_HELP = "A face_id from identify-face and, after ':', the Kling audio_id (or --sound-file)."


def _face_fields(fam: Family) -> tuple[str, ...]:
    return tuple(n for n in opt.properties(_face_schema(fam)) if n not in IDS)


def _face_schema(fam: Family) -> str:
    return opt.ref_of(fam.request_model, "face_choose")


def _lip_sync_face_body(fam: Family, params: dict[str, Any]) -> dict[str, Any]:
    face = params.pop("face")
    face_id, _, audio_id = (part.strip() for part in face.partition(":"))
    if not face_id:
        raise click.BadParameter(f"{face!r}: expected FACE_ID[:AUDIO_ID]", param_hint="'--face'")
    choice = {"face_id": face_id, "audio_id": audio_id or None}
    choice.update((k, params.pop(k)) for k in _face_fields(fam))
    return {**params, "face_choose": [opt.given(choice)]}


def _identify(fam: Family) -> Sequence[click.Command]:
    return (identify_face_command(fam),)


@special("advanced_lip_sync", body=_lip_sync_face_body, commands=_identify)
def _advanced_lip_sync(fam: Family) -> opt.Decorator[Any]:
    """Find the faces and the session with identify-face first; then --face FACE_ID:AUDIO_ID,
    or --face FACE_ID with --sound-file."""
    return opt.compose(
        opt.request_options(fam.request_model, skip=("face_choose",)),
        click.option("--face", required=True, metavar="FACE_ID[:AUDIO_ID]", help=FACE_HELP),
        opt.fields(_face_schema(fam), *_face_fields(fam)),
    )


RATIO = "_expansion_ratio"


@special("image_expansion")
def _expand(fam: Family) -> opt.Decorator[Any]:
    """--up/--down/--left/--right are fractions of the original height or width, 0 when not
    given; PROMPT says what the new areas show."""
    ratios = [n for n in opt.properties(fam.request_model) if n.endswith(RATIO)]
    return opt.compose(
        opt.request_options(fam.request_model, skip=ratios),
        *(
            opt.field_option(fam.request_model, n, f"--{n.removesuffix(RATIO)}", default=0.0)
            for n in ratios
        ),
    )

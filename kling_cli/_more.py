"""More of the ``kling`` command line: the task families added after the 2025-03-25 baseline
(FACTS section 3), the synchronous identify-face call, the ``audio`` group and ``account costs``.

::

    kling video multi-image2video "the two friends wave" --image a.png --image b.png
    kling video identify-face --video-id 867283741759111202       # session id and faces
    kling video advanced-lip-sync --session-id SESSION --face 0:AUDIO_ID --wait
    kling audio text-to-audio "rain on a tin roof" --duration 5 --download sounds/

Input syntaxes added here (the others are in :mod:`kling_cli._options`):

* ``--shot DURATION:PROMPT`` (text2video, image2video, omni): one ``multi_prompt`` shot per
  option, in the given order, numbered from 1 (``index``); DURATION in whole seconds;
* ``--face FACE_ID[:AUDIO_ID]`` (advanced-lip-sync): the ``face_choose`` item, a ``face_id``
  printed by ``kling video identify-face`` and, after a colon, the Kling ``audio_id`` it speaks;
  without one give ``--sound-file`` (URL or local file); ``--sound-volume``,
  ``--sound-start-time`` ... go into the same item;
* ``--first-frame``/``--end-frame`` (omni): ``image_list`` items with that ``type``, after the
  ``--image`` references (named ``<<<image_1>>>``, ``<<<image_2>>>`` ... in the given order);
  ``--refer-type`` and ``--keep-original-sound`` go into the ``--video`` item;
* ``--up/--down/--left/--right RATIO`` (image expand): the four expansion ratios; 0 when not given;
* times (``account costs``): Unix milliseconds or ISO 8601 (UTC unless an offset is given).
"""

from __future__ import annotations

import datetime as dt
import time
from typing import TYPE_CHECKING, Any

import attrs
import click
from rich.console import Console
from rich.table import Table

from kling_api.models import FaceChoice

from . import _options as opt
from . import _output as out

if TYPE_CHECKING:
    from kling_api.models import AccountCosts, IdentifyFaceResult

    from ._app import State

MI2V, MOTION, AVATAR = "MultiImageToVideoRequest", "MotionControlRequest", "AvatarRequest"
OMNI, ALS = "OmniVideoRequest", "AdvancedLipSyncRequest"
MI2I, EXPAND = "MultiImageToImageRequest", "ImageExpansionRequest"
IDS = ("face_id", "audio_id")  # given by --face; the other FaceChoice fields are options
FACE_FIELDS = tuple(f.name for f in attrs.fields(FaceChoice) if f.init and f.name not in IDS)
REFERENCE = ("refer_type", "keep_original_sound")  # of the omni --video item
SIDES = ("up", "down", "left", "right")
SHOT_HELP = "Give DURATION:PROMPT (whole seconds) once per shot, in order: --shot '4:a fox'."
FACE_HELP = "A face_id from identify-face and, after ':', the Kling audio_id (or --sound-file)."
TIME = "Unix ms or an ISO date/time (UTC unless an offset is given)."


def _shots(ctx: opt.Ctx, param: opt.Param, value: tuple[str, ...]) -> list[dict[str, Any]] | None:
    """Callback of ``--shot DURATION:PROMPT``: the ``multi_prompt`` items, numbered from 1."""
    shots = []
    for index, text in enumerate(value, 1):
        duration, sep, prompt = (part.strip() for part in text.partition(":"))
        if not sep or not duration.isdigit() or not prompt:
            raise click.BadParameter(f"{text!r}: expected DURATION:PROMPT, e.g. '4:a fox'", ctx)
        shots.append({"index": index, "prompt": prompt, "duration": duration})
    return shots or None


def fields(schema: str, *names: str) -> opt.Decorator[Any]:
    """:func:`kling_cli._options.fields`, with ``--shot DURATION:PROMPT`` for
    ``multi_prompt`` and ``--watermark/--no-watermark`` for ``watermark_info``."""
    shot_help = f"{opt.field_help(schema, 'multi_prompt')} {SHOT_HELP}"
    shot = {"metavar": "DURATION:PROMPT", "callback": _shots, "help": shot_help}
    flags = {"multi_prompt": ["--shot"], "watermark_info": ["--watermark"]}
    extra = {"multi_prompt": shot}
    made = (opt.field_option(schema, n, *flags.get(n, []), **extra.get(n, {})) for n in names)
    return opt.compose(*made)


@click.command("multi-image2video")
@click.argument("prompt")
@opt.field_option(MI2V, "image_list", required=True)
@fields(MI2V, "model_name", "negative_prompt", "mode", "aspect_ratio", "duration", "watermark_info")
@opt.create_options(MI2V)
@click.pass_obj
def multi_image2video(state: State, /, **params: Any) -> None:
    """Create a video from PROMPT and reference images (--image, repeat the option)."""
    state.create("multi_image_to_video", params)


@click.command("motion-control")
@click.argument("prompt", required=False)
@opt.field_option(MOTION, "image_url", required=True)
@opt.field_option(MOTION, "video_url", required=True)
@opt.field_option(MOTION, "mode", required=True)
@fields(MOTION, "model_name", "character_orientation", "keep_original_sound", "element_list")
@fields(MOTION, "watermark_info")
@opt.create_options(MOTION)
@click.pass_obj
def motion_control(state: State, /, **params: Any) -> None:
    """Make the character of --image-url move like the one in --video-url (PROMPT optional)."""
    state.create("motion_control", params)


@click.command("avatar")
@click.argument("prompt", required=False)
@opt.field_option(AVATAR, "image", required=True)
@fields(AVATAR, "audio_id", "sound_file", "mode", "watermark_info")
@opt.create_options(AVATAR)
@click.pass_obj
def avatar(state: State, /, **params: Any) -> None:
    """Make the person of --image speak or sing an audio: --audio-id (a Kling audio) or
    --sound-file (URL or local file); PROMPT optional."""
    state.create("avatar", params)


FRAMES = opt.enum_values("OmniVideoImageType")  # first_frame, end_frame
FRAME = f"An image_list item of this type (after the --image ones). {opt.MEDIA_HELP}"


@click.command("omni")
@click.argument("prompt")
@fields(OMNI, "image_list")
@opt.compose(
    *(click.option(f"--{k.replace('_', '-')}", k, type=opt.MediaType(), help=FRAME) for k in FRAMES)
)
@fields(OMNI, "video_list")
@opt.fields("OmniVideoReference", *REFERENCE)
@fields(OMNI, "element_list", "model_name", "mode", "aspect_ratio", "duration", "sound")
@fields(OMNI, "multi_shot", "shot_type", "multi_prompt", "watermark_info")
@opt.create_options(OMNI)
@click.pass_obj
def omni(state: State, /, **params: Any) -> None:
    """Create a video from PROMPT with reference images (--image, named <<<image_1>>> ... in
    PROMPT), a first and end frame, a reference video (--video, <<<video_1>>>) or elements."""
    frames = [{"image_url": url, "type": k} for k in FRAMES if (url := params.pop(k)) is not None]
    reference = opt.given({k: params.pop(k) for k in REFERENCE})
    if reference and not params["video_list"]:
        raise click.UsageError("--refer-type and --keep-original-sound apply to --video (missing)")
    params["image_list"] = [*(params["image_list"] or ()), *frames] or None
    params["video_list"] = [{**v, **reference} for v in params["video_list"] or ()] or None
    state.create("omni_video", params)


@click.command("identify-face")
@opt.fields("IdentifyFaceRequest", "video_id", "video_url")
@click.option("--no-validate", is_flag=True, help="Skip the client-side checks of the request.")
@click.option("--json", "as_json", is_flag=True, help="Print only the result as JSON on stdout.")
@click.pass_obj
def identify_face(state: State, /, no_validate: bool, as_json: bool, **params: Any) -> None:
    """Find the faces of a video (--video-id or --video-url) for advanced-lip-sync: prints the
    session id and each face's id, time range and picture. Synchronous; it may be billed."""
    with state.client() as client:
        found = client.identify_face(opt.given(params), validate=False if no_validate else None)
    if as_json:
        click.echo(out.to_json(found.to_dict()))
    else:
        out.print_rows(state.stdout, face_rows(found))


def _seconds(ms: object) -> str:
    return f"{ms / 1000:g}" if isinstance(ms, int) and not isinstance(ms, bool) else "?"


def face_rows(result: IdentifyFaceResult) -> list[tuple[str, str]]:
    """(label, value) rows of an identify-face result, with the command that uses it."""
    data = result.to_dict()
    faces, session = [out.as_dict(f) for f in data.get("face_data") or ()], data.get("session_id")
    rows = [("session", session), ("units", data.get("final_unit_deduction"))]
    for face in faces:
        span = "-".join(_seconds(face.get(key)) for key in ("start_time", "end_time"))
        rows.append((f"face {face.get('face_id', '')}", f"{span} s  {face.get('face_image', '')}"))
    use = f"kling video advanced-lip-sync --session-id {session} --face FACE_ID:AUDIO_ID"
    rows.append(("next", use) if faces else ("faces", "none found"))
    return [(label, str(value).strip()) for label, value in rows if value not in (None, "")]


@click.command("advanced-lip-sync")
@opt.field_option(ALS, "session_id", required=True)
@click.option("--face", required=True, metavar="FACE_ID[:AUDIO_ID]", help=FACE_HELP)
@opt.fields("FaceChoice", *FACE_FIELDS)
@fields(ALS, "watermark_info")
@opt.create_options(ALS)
@click.pass_obj
def advanced_lip_sync(state: State, /, face: str, **params: Any) -> None:
    """Make one face of a video found by identify-face (--session-id) speak an audio:
    --face FACE_ID:AUDIO_ID, or --face FACE_ID with --sound-file."""
    face_id, _, audio_id = (part.strip() for part in face.partition(":"))
    if not face_id:
        raise click.BadParameter(f"{face!r}: expected FACE_ID[:AUDIO_ID]", param_hint="'--face'")
    choice = {"face_id": face_id, "audio_id": audio_id or None}
    choice.update((k, params.pop(k)) for k in FACE_FIELDS)
    state.create("advanced_lip_sync", {**params, "face_choose": [opt.given(choice)]})


@click.command("multi-image2image")
@click.argument("prompt", required=False)
@opt.field_option(MI2I, "subject_image_list", required=True)
@fields(MI2I, "scene_image", "style_image", "model_name", "n", "aspect_ratio", "watermark_info")
@opt.create_options(MI2I)
@click.pass_obj
def multi_image2image(state: State, /, **params: Any) -> None:
    """Combine subject images (--subject-image, repeat the option), a --scene-image and a
    --style-image as PROMPT says."""
    state.create("multi_image_to_image", params)


@click.command("expand")
@click.argument("prompt", required=False)
@opt.field_option(EXPAND, "image", required=True)
@opt.compose(
    *(opt.field_option(EXPAND, f"{s}_expansion_ratio", f"--{s}", default=0.0) for s in SIDES)
)
@fields(EXPAND, "n", "watermark_info")
@opt.create_options(EXPAND)
@click.pass_obj
def expand(state: State, /, **params: Any) -> None:
    """Extend --image beyond its borders by --up/--down/--left/--right (each a fraction of the
    original height or width; 0 when not given); PROMPT says what the new areas show."""
    state.create("image_expansion", params)


VIDEO = (multi_image2video, motion_control, avatar, omni, identify_face, advanced_lip_sync)
IMAGE = (multi_image2image, expand)
audio = click.Group("audio", help="Create audio tasks: sounds from a text, soundtracks for videos.")


@audio.command("text-to-audio")
@click.argument("prompt")
@fields("TextToAudioRequest", "duration")
@opt.create_options("TextToAudioRequest")
@click.pass_obj
def text_to_audio(state: State, /, **params: Any) -> None:
    """Create a sound (effects, ambience) from PROMPT."""
    state.create("text_to_audio", params)


@audio.command("video-to-audio")
@fields("VideoToAudioRequest", "video_id", "video_url", "sound_effect_prompt", "bgm_prompt")
@fields("VideoToAudioRequest", "asmr_mode")
@opt.create_options("VideoToAudioRequest")
@click.pass_obj
def video_to_audio(state: State, /, **params: Any) -> None:
    """Create a soundtrack (sound effects, background music) for a video: --video-id (a Kling
    video) or --video-url. The task also returns the video with its new soundtrack."""
    state.create("video_to_audio", params)


account = click.Group("account", help="Account information.")


class Timestamp(click.ParamType[int]):
    """Unix milliseconds, or an ISO 8601 date or date-time (UTC unless it has an offset)."""

    name = "time"

    def convert(self, value: Any, param: opt.Param, ctx: opt.Ctx) -> int:
        text = str(value).strip()
        if text.isdigit():
            return int(text)
        try:
            when = dt.datetime.fromisoformat(text)
        except ValueError:
            self.fail(f"{text!r} is neither Unix milliseconds nor an ISO date/time", param, ctx)
        return int((when if when.tzinfo else when.replace(tzinfo=dt.UTC)).timestamp() * 1000)


@account.command("costs")
@click.option("--start-time", type=Timestamp(), help=f"{TIME} Default: 30 days before end.")
@click.option("--end-time", type=Timestamp(), help=f"{TIME} Default: now.")
@click.option("--resource-pack-name", metavar="NAME", help="Only this resource pack.")
@opt.json_option()
@click.pass_obj
def costs(state: State, /, start_time: int | None, end_time: int | None, **params: Any) -> None:
    """Show the resource packs (units left) active in a period."""
    as_json, end = params.pop("as_json"), int(time.time() * 1000) if end_time is None else end_time
    start = end - 30 * 86_400_000 if start_time is None else start_time
    with state.client() as client:
        found = client.account.costs(start_time=start, end_time=end, **params)
    if as_json:
        click.echo(out.to_json(found.to_dict()))
    else:
        print_costs(state.stdout, found)


_PACK_KEYS: tuple[str, ...] = ("resource_pack_name", "resource_pack_type", "status")
_PACK_KEYS += ("remaining_quantity", "total_quantity")


def print_costs(console: Console, costs: AccountCosts) -> None:
    """A table of resource packs on stdout."""
    packs = [out.as_dict(p) for p in costs.to_dict().get("resource_pack_subscribe_infos") or ()]
    table = Table("pack", "type", "status", "remaining", "total", "expires", box=None)
    for pack in packs:
        expires = out.utc_time(pack.get("invalid_time"))
        table.add_row(*(str(pack.get(k, "")) for k in _PACK_KEYS), expires)
    console.print(table if packs else "no resource packs in this period", highlight=False)

"""The ``kling`` command line: every task family of the Kling API from a shell.

::

    kling video text2video "a red fox in snow" --duration 5 --wait --download videos/
    kling image generate "a lighthouse at dawn" -n 2 --json
    kling audio text-to-audio "rain on a tin roof" --duration 5 --download sounds/
    kling task wait text2video 867283741759111202 --download videos/

Credentials come from ``KLING_ACCESS_KEY`` and ``KLING_SECRET_KEY`` (``--access-key`` may replace
the first; the secret is never an option because command lines are visible to other users in the
process list), the endpoint from ``--base-url``/``--region`` or ``KLING_BASE_URL``/``KLING_REGION``.
Input syntaxes: :mod:`kling_cli._options`; exit codes: :mod:`kling_cli._output`. The
families added after the baseline, the audio group and account costs: :mod:`kling_cli._more`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from rich.console import Console

from kling_ext._client import Kling
from kling_ext._core._safe_create import new_external_task_id
from kling_ext._spec._families import FAMILIES
from kling_ext._transport._config import REGIONS
from kling_ext._version import __version__

from . import _more as more
from . import _options as opt
from . import _output as out

if TYPE_CHECKING:
    from kling_api.models import Task

_CONTROL = ("wait", "timeout", "download", "overwrite", "as_json", "no_validate")  # not fields
_TOP_LEVEL = ("effect_scene", "callback_url", "external_task_id")  # outside "input" when nested
T2V, I2V, IMG = "TextToVideoRequest", "ImageToVideoRequest", "ImageGenerationRequest"
AUDIO_FILE = "Local .mp3/.wav/.m4a/.aac file, sent as Base64 (mode audio2video)."
SECRET = "The secret key is read only from $KLING_SECRET_KEY: options show in the process list."


def make_client(**options: Any) -> Kling:
    """Build the client of one command; tests replace it (e.g. to inject ``sleep``)."""
    return Kling(**options)


@dataclass
class State:
    """The root group's options, and the commands that an error message may suggest."""

    options: dict[str, Any]
    stdout: Console = field(default_factory=lambda: Console(highlight=False))
    stderr: Console = field(default_factory=lambda: Console(stderr=True, highlight=False))
    resume: str | None = None
    lookup: str | None = None

    def client(self) -> Kling:
        """A new client with the root group's options (through :func:`make_client`)."""
        return make_client(**{k: v for k, v in self.options.items() if v is not None})

    def create(self, family: str, params: dict[str, Any], nest: bool = False) -> None:
        """Create a task of ``family`` from a command's options, then wait/download as asked."""
        _create(self, family, params, nest)

    def waiting(self, family: str, task_id: str, directory: Path | None = None) -> None:
        """Remember the command that resumes waiting for this task."""
        alias, into = opt.family_alias(family), f" --download {directory}" if directory else ""
        self.resume = f"kling task wait {alias} {task_id}{into}"


@click.group(cls=out.KlingGroup, epilog=out.exit_code_epilog())
@click.option("--access-key", metavar="KEY", help=f"Default: $KLING_ACCESS_KEY. {SECRET}")
@click.option("--base-url", metavar="URL", help="API root URL (default: $KLING_BASE_URL).")
@click.option("--region", type=click.Choice(list(REGIONS)), help="Instead of --base-url.")
@click.version_option(__version__, prog_name="kling")
@click.pass_context
def cli(ctx: click.Context, /, **options: Any) -> None:
    """Create, wait for and download Kling AI video, image and audio tasks."""
    ctx.obj = State(options)
    ctx.with_resource(out.library_warnings())


TASK_HELP = f"""Look up, list, wait for and download tasks of any family.

FAMILY is one of {", ".join(opt.family_alias(key) for key in FAMILIES)}; the family keys
(text_to_video, image_generation, ...) and the other aliases (generations, ...) work too. ID is
the task id or your external task id."""
video = click.Group("video", help="Create video tasks (and identify the faces of a video).")
image = click.Group("image", help="Create image tasks.")
task = click.Group("task", help=TASK_HELP)
for _group in (video, image, more.audio, task, more.account):
    cli.add_command(_group)
for _group, _commands in ((video, more.VIDEO), (image, more.IMAGE)):
    for _command in _commands:
        _group.add_command(_command)


def _create(state: State, /, family: str, params: dict[str, Any], nest: bool = False) -> None:
    """Build the body from the given options, create the task, then finish as asked."""
    control = {k: params.pop(k) for k in _CONTROL}
    camera = opt.pop_camera(params)  # before the copy below: it removes the camera options
    body = opt.given({**params, "camera_control": camera})
    if nest:  # lip sync and effects keep their fields in "input"
        inner = {k: body.pop(k) for k in list(body) if k not in _TOP_LEVEL}
        body["input"] = inner
    body.setdefault("external_task_id", new_external_task_id())
    state.lookup = f"kling task get {opt.family_alias(family)} {body['external_task_id']}"
    with state.client() as client:
        validate = False if control["no_validate"] else None
        created = client.resource(family).create(body, validate=validate)
        state.lookup = None  # from here on the task id is known: see state.resume
        _finish(state, client, family, created, control)


def _finish(state: State, client: Kling, family: str, task: Task, params: dict[str, Any]) -> None:
    """Wait (when asked or downloading), download (when asked), then print the task."""
    directory: Path | None = params.get("download")
    state.waiting(family, str(task.task_id), directory)
    if params.get("wait") or directory is not None:
        timeout, label = params.get("timeout"), f"{opt.family_alias(family)} {task.task_id}"
        with out.waiting(state.stderr, label) as update:
            task = client.resource(family).wait(task, timeout=timeout, on_update=update)
    files = None
    if directory is not None:
        files = _download(state, client, task, directory, params.get("overwrite", False))
    _print(state, task, files, params["as_json"])


def _download(state: State, client: Kling, task: Task, into: Path, again: bool) -> list[Path]:
    with out.downloading(state.stderr) as on_progress:
        return client.download(task, into, overwrite=again, on_progress=on_progress)


def _print(state: State, task: Task, files: Sequence[Path] | None, as_json: bool) -> None:
    hint = None if task.task_status in ("succeed", "failed") else state.resume
    out.show_task(state.stdout, task, files, as_json, hint)


@video.command("text2video")
@click.argument("prompt")
@opt.fields(T2V, "model_name", "negative_prompt", "cfg_scale", "mode", "aspect_ratio", "duration")
@opt.camera_options(T2V)
@more.fields(T2V, "sound", "voice_list", "multi_shot", "shot_type", "multi_prompt")
@more.fields(T2V, "watermark_info")
@opt.create_options(T2V)
@click.pass_obj
def text2video(state: State, /, **params: Any) -> None:
    """Create a video from PROMPT."""
    _create(state, "text_to_video", params)


@video.command("image2video")
@click.argument("prompt", required=False)
@opt.fields(I2V, "image", "image_tail", "model_name", "negative_prompt", "cfg_scale", "mode")
@opt.fields(I2V, "duration", "static_mask", "dynamic_masks")
@opt.camera_options(I2V)
@more.fields(I2V, "sound", "voice_list", "element_list", "multi_shot", "shot_type")
@more.fields(I2V, "multi_prompt", "watermark_info")
@opt.create_options(I2V)
@click.pass_obj
def image2video(state: State, /, **params: Any) -> None:
    """Create a video from a first frame (--image) and/or an end frame (--image-tail)."""
    _create(state, "image_to_video", params)


@video.command("extend")
@click.argument("video_id")
@click.argument("prompt", required=False)
@opt.fields("VideoExtendRequest", "negative_prompt", "cfg_scale")
@opt.create_options("VideoExtendRequest")
@click.pass_obj
def extend(state: State, /, **params: Any) -> None:
    """Continue the video VIDEO_ID (the id of a result video) by about 5 s."""
    _create(state, "video_extend", params)


@video.command("lip-sync")
@opt.fields("LipSyncInput", "video_id", "video_url", "mode", "text", "voice_id", "voice_language")
@opt.fields("LipSyncInput", "voice_speed", "audio_url")
@click.option("--audio-file", type=opt.MediaType(urls=False), help=AUDIO_FILE)
@opt.create_options("LipSyncRequest")
@click.pass_obj
def lip_sync(state: State, /, **params: Any) -> None:
    """Make the face in a video speak --text or follow an audio track (--mode defaults to
    the one the other options need)."""
    audio = "file" if params["audio_file"] else "url" if params["audio_url"] else None
    params["mode"] = params["mode"] or ("audio2video" if audio else "text2video")
    _create(state, "lip_sync", {**params, "audio_type": audio}, nest=True)


@video.command("effect", epilog=f"Known scenes: {', '.join(opt.enum_values('EffectScene'))}.")
@click.argument("effect_scene", metavar="SCENE")
@opt.fields("VideoEffectsInput", "images", "model_name", "mode", "duration")
@opt.create_options("VideoEffectsRequest")
@click.pass_obj
def effect(state: State, /, images: tuple[str, ...], **params: Any) -> None:
    """Apply the effect SCENE to one --image, or to two (the first on the left); scenes the
    spec does not know are sent with a warning."""
    one = {"image": images[0]} if len(images) == 1 else {"images": images}
    _create(state, "video_effects", {**params, **one}, nest=True)


@image.command("generate")
@click.argument("prompt")
@opt.fields(IMG, "model_name", "negative_prompt", "image", "image_reference", "image_fidelity")
@opt.fields(IMG, "human_fidelity", "n", "aspect_ratio", "resolution", "element_list")
@more.fields(IMG, "watermark_info")
@opt.create_options(IMG)
@click.pass_obj
def generate(state: State, /, **params: Any) -> None:
    """Create images from PROMPT (and a reference image)."""
    _create(state, "image_generation", params)


@image.command("try-on")
@opt.fields("VirtualTryOnRequest", "human_image", "cloth_image", "model_name")
@opt.create_options("VirtualTryOnRequest")
@click.pass_obj
def try_on(state: State, /, **params: Any) -> None:
    """Dress the person of --human-image in the garment of --cloth-image."""
    _create(state, "virtual_try_on", params)


@task.command("get")
@click.argument("family", type=opt.FamilyType())
@click.argument("task_id", metavar="ID")
@opt.json_option()
@click.pass_obj
def task_get(state: State, /, family: str, task_id: str, as_json: bool) -> None:
    """Show one task."""
    state.waiting(family, task_id)
    with state.client() as client:
        _print(state, client.resource(family).get(task_id), None, as_json)


@task.command("list")
@click.argument("family", type=opt.FamilyType())
@click.option("--page", type=click.IntRange(min=1), default=1, show_default=True)
@click.option("--page-size", type=click.IntRange(min=1), default=30, show_default=True)
@click.option("--all", "every", is_flag=True, help="Every page (instead of --page).")
@opt.json_option()
@click.pass_obj
def task_list(state: State, /, family: str, every: bool, as_json: bool, **page: int) -> None:
    """List the tasks of a family, in the order the API gives."""
    with state.client() as client:
        res = client.resource(family)
        found = list(res.iter(page_size=page["page_size"])) if every else res.list(**page)
    if as_json:
        click.echo(out.to_json([t.to_dict() for t in found]))
    else:
        out.print_tasks(state.stdout, found)


@task.command("wait")
@click.argument("family", type=opt.FamilyType())
@click.argument("task_id", metavar="ID")
@opt.timeout_option()
@opt.download_options()
@opt.json_option()
@click.pass_obj
def task_wait(state: State, /, family: str, task_id: str, **params: Any) -> None:
    """Wait for a task to end (and download its results with --download)."""
    state.waiting(family, task_id, params["download"])
    with state.client() as client:
        found = client.resource(family).get(task_id)
        _finish(state, client, family, found, {**params, "wait": True})


@task.command("download")
@click.argument("family", type=opt.FamilyType())
@click.argument("task_id", metavar="ID")
@click.argument("into", metavar="[DIR]", default=".", type=click.Path(path_type=Path))
@click.option("--overwrite", is_flag=True, help="Download files already in DIR again.")
@opt.json_option()
@click.pass_obj
def task_download(state: State, /, family: str, task_id: str, into: Path, **params: Any) -> None:
    """Save the result files of a succeeded task into DIR (default: the current directory)."""
    state.waiting(family, task_id, into)
    with state.client() as client:
        found = client.resource(family).get(task_id)
        if found.task_status != "succeed":
            raise out.unfinished(found)
        files = _download(state, client, found, into, params["overwrite"])
    _print(state, found, files, params["as_json"])


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point of the ``kling`` console script."""
    cli.main(args=None if argv is None else list(argv), prog_name="kling")

"""``kling standard ...``: the new standard API (model in the path) from a shell.

::

    kling standard text-to-video "a red fox in snow" --model kling-3.0-turbo --duration 5 \\
        --wait --download videos/
    kling standard image-to-video --model kling-3.0 --content first_frame=https://.../cat.png
    kling standard task list --status succeeded --all --json

One create command per new-standard family of the spec's table (the settings options come from
the family's ``settings`` schema; ``--model`` takes the documented models and newer ones, with a
warning), and ``kling standard task get|list|wait|download``. The API key comes from
``KLING_API_KEY`` (the new standard takes nothing else).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from kling_ext import Kling, Task, TaskFailedError, default_timeout, new_external_task_id
from kling_ext.spec import Family, load_spec
from kling_ext.standard import StandardResource, standard_families

from . import _options as opt
from . import _output as out
from ._state import State

HELP = "The new standard API (model in the path; API keys only): create, list, wait, download."
CONTENT = (
    "An input item TYPE=VALUE (repeatable): prompt=TEXT, first_frame=URL, last_frame=URL, "
    "refer_image=URL, feature_video=URL, base_video=URL, image=URL, video=URL, "
    "element=ELEMENT_ID@NAME, voice=VOICE_ID@NAME; NAME is its @name in the prompt."
)
_BY_ID = {"element": "element_id", "voice": "voice_id"}


def _content(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> list[Any]:
    items: list[dict[str, Any]] = []
    for value in values:
        kind, sep, rest = value.partition("=")
        if not sep or not kind:
            raise click.BadParameter(f"{value!r}: expected TYPE=VALUE")
        if kind == "prompt":
            items.append({"type": kind, "text": rest})
        elif kind in _BY_ID:
            ident, _, name = rest.partition("@")
            items.append({"type": kind, _BY_ID[kind]: ident, "id": name})
        else:
            items.append({"type": kind, "url": rest})
    return items


def _settings_schema(fam: Family) -> dict[str, Any]:
    schemas = load_spec()["components"]["schemas"]
    ref = schemas[fam.request_model]["properties"]["settings"]["$ref"]
    found: dict[str, Any] = schemas[ref.rsplit("/", 1)[-1]]
    return found


def _setting_options(fam: Family) -> list[click.Option]:
    """One option per setting of the family's ``settings`` schema."""
    schemas = load_spec()["components"]["schemas"]
    found = []
    for name, prop in (_settings_schema(fam).get("properties") or {}).items():
        flag = "--" + name.replace("_", "-")
        target = schemas[prop["$ref"].rsplit("/", 1)[-1]] if "$ref" in prop else prop
        text = opt.plain(str(target.get("description", "")).split(". ")[0])
        if target.get("type") == "boolean":
            found.append(click.Option([f"{flag}/--no-{flag[2:]}", name], default=None, help=text))
        elif "enum" in target:
            found.append(click.Option([flag, name], type=click.Choice(target["enum"]), help=text))
        else:
            low, high = target.get("minimum"), target.get("maximum")
            kind = click.IntRange(low, high) if target.get("type") == "integer" else str
            found.append(click.Option([flag, name], type=kind, help=text))
    return found


def _models(fam: Family) -> list[str]:
    schema = load_spec()["components"]["schemas"][fam.request_model]
    return list(schema.get("x-kling-models") or ())


def _create_command(fam: Family) -> click.Command:
    names = [o.name for o in _setting_options(fam)]
    takes_prompt = "prompt" in (
        load_spec()["components"]["schemas"][fam.request_model].get("required") or ()
    )
    params: list[click.Parameter] = [
        click.Option(
            ["--model"],
            required=True,
            metavar="MODEL",
            help=f"The model: {', '.join(_models(fam))}, or a newer one (sent with a warning).",
        ),
        *_setting_options(fam),
        click.Option(["--callback-url"], metavar="URL", help="Notified at each status change."),
        click.Option(["--external-task-id"], metavar="ID", help="Your own id, unique."),
        click.Option(["--watermark"], is_flag=True, default=None, help="Also a watermarked file."),
        click.Option(["--no-validate"], is_flag=True, help="Skip the client-side checks."),
        click.Option(["--wait"], is_flag=True, help="Wait for the task to end."),
    ]
    if takes_prompt:
        params.insert(0, click.Argument(["prompt"]))
    else:
        params.insert(
            0,
            click.Option(["--content", "contents"], multiple=True, callback=_content, help=CONTENT),
        )
        params.insert(1, click.Option(["--prompt"], metavar="TEXT", help="A prompt item."))
    extra = opt.compose(
        opt.timeout_option(opt.minutes(default_timeout(fam.key))),
        opt.download_options(),
        opt.json_option(),
    )

    @click.pass_obj
    def create(state: State, /, **given: Any) -> None:
        settings = {n: given.pop(n) for n in names if given.get(n) is not None}
        for n in names:
            given.pop(n, None)
        contents = list(given.pop("contents", None) or [])
        prompt = given.pop("prompt", None)
        if not takes_prompt and prompt is not None:
            contents.insert(0, {"type": "prompt", "text": prompt})
            prompt = None
        ext = given.pop("external_task_id") or new_external_task_id()
        state.lookup = f"kling standard task get --external {ext}"
        with state.client() as client:
            resource: StandardResource = getattr(client.standard, fam.attribute)
            task = resource.create(
                given.pop("model"),
                prompt=prompt,
                contents=contents or None,
                settings=settings or None,
                callback_url=given.pop("callback_url"),
                external_task_id=ext,
                watermark=given.pop("watermark"),
                validate=False if given.pop("no_validate") else None,
            )
            state.lookup = None
            finish(state, client, task, given)

    def holder() -> None: ...

    extra(holder)
    params += getattr(holder, "__click_params__", [])[::-1]
    return click.Command(
        fam.aliases[0] if fam.aliases else fam.attribute,
        callback=create,
        params=params,
        help=opt.plain(fam.description),
        short_help=opt.plain(fam.description).split(". ")[0].split(" (")[0],
    )


def finish(state: State, client: Kling, task: Task, params: dict[str, Any]) -> None:
    """Wait (when asked or downloading), download (when asked), then print the task."""
    directory: Path | None = params.get("download")
    state.resume = f"kling standard task wait {task.id}" + (
        f" --download {directory}" if directory else ""
    )
    if params.get("wait") or directory is not None:
        task = client.standard.tasks.wait(
            task, timeout=params.get("timeout"), on_update=_progress(state, task.id)
        )
    files = None
    if directory is not None:
        files = state.download(client, task, directory, params.get("overwrite", False))
    show(state, task, files, params["as_json"])


def _progress(state: State, task_id: str) -> Callable[[Task], None]:
    start = time.monotonic()

    def update(task: Task) -> None:
        out.stderr_line(
            state.stderr, f"{task_id}: {task.status} ({time.monotonic() - start:.0f} s)"
        )

    return update


def rows(task: Task) -> list[tuple[str, str]]:
    """(label, value) rows of a new-standard task, outputs and charges included."""
    found: list[tuple[str, object]] = [
        ("task", task.id),
        ("status", task.status),
        ("message", task.status_message),
        ("external id", task.external_task_id),
        ("created", task.created_at and f"{task.created_at:%Y-%m-%d %H:%M:%S} UTC"),
        ("updated", task.updated_at and f"{task.updated_at:%Y-%m-%d %H:%M:%S} UTC"),
    ]
    for output in task.outputs:
        url = getattr(output, "url", None) or getattr(output, "mp3_url", None)
        found.append((f"{output.type} {getattr(output, 'id', None) or ''}".strip(), url))
        found.append((f"{output.type} watermarked", getattr(output, "watermark_url", None)))
    for charge in task.billing:
        unit = charge.currency or (f"{charge.package_type} units" if charge.package_type else "")
        found.append(("charged", f"{charge.amount} {unit}".strip()))
    return [(label, str(value)) for label, value in found if value not in (None, "")]


def show(state: State, task: Task, files: list[Path] | None, as_json: bool) -> None:
    """The task on stdout, as JSON or rows (with the resume command while it runs)."""
    if as_json:
        data = task.to_dict()
        click.echo(
            out.to_json(data if files is None else {**data, "files": [str(p) for p in files]})
        )
        return
    extra = [("file", str(p)) for p in files or ()]
    hint = [] if task.is_done or state.resume is None else [("next", state.resume)]
    out.print_rows(state.stdout, rows(task) + extra + hint)


def task_group() -> click.Group:
    """``kling standard task get|list|wait|download``."""
    group = click.Group("task", help="New-standard tasks of every family: by id or listed.")
    external = click.option("--external", is_flag=True, help="ID is your external task id.")

    @group.command("get")
    @click.argument("task_id", metavar="ID")
    @external
    @opt.json_option()
    @click.pass_obj
    def get(state: State, /, task_id: str, external: bool, as_json: bool) -> None:
        """Show one task."""
        with state.client() as client:
            show(state, _get(client, task_id, external), None, as_json)

    @group.command("list")
    @click.option("--status", multiple=True, type=click.Choice(_filter("status")))
    @click.option("--product-type", multiple=True, type=click.Choice(_filter("product_type")))
    @click.option("--limit", type=click.IntRange(1, 500), help="Tasks per page (API default 100).")
    @click.option("--all", "every", is_flag=True, help="Follow the cursor to the last page.")
    @opt.json_option()
    @click.pass_obj
    def listing(state: State, /, every: bool, as_json: bool, **query: Any) -> None:
        """List tasks, newest first."""
        query = {k: (list(v) or None) if isinstance(v, tuple) else v for k, v in query.items()}
        with state.client() as client:
            tasks = client.standard.tasks
            found = list(tasks.iter(**query)) if every else tasks.list(**query).tasks
        if as_json:
            click.echo(out.to_json([t.to_dict() for t in found]))
        else:
            out.print_rows(state.stdout, [(t.id, t.status) for t in found] or [("", "no tasks")])

    @group.command("wait")
    @click.argument("task_id", metavar="ID")
    @opt.timeout_option(opt.minutes(default_timeout("standard")))
    @opt.download_options()
    @opt.json_option()
    @click.pass_obj
    def wait(state: State, /, task_id: str, **params: Any) -> None:
        """Wait for a task to end (and download its outputs with --download)."""
        with state.client() as client:
            finish(state, client, client.standard.tasks.get(task_id), {**params, "wait": True})

    @group.command("download")
    @click.argument("task_id", metavar="ID")
    @click.argument("into", metavar="[DIR]", default=".", type=click.Path(path_type=Path))
    @click.option("--overwrite", is_flag=True, help="Download files already in DIR again.")
    @opt.json_option()
    @click.pass_obj
    def download(state: State, /, task_id: str, into: Path, **params: Any) -> None:
        """Save the outputs of a succeeded task into DIR (default: the current directory)."""
        with state.client() as client:
            found = client.standard.tasks.get(task_id)
            if not found.succeeded:
                raise _unfinished(found)
            files = state.download(client, found, into, params["overwrite"])
        show(state, found, files, params["as_json"])

    return group


def _unfinished(task: Task) -> Exception:
    if task.failed:
        return TaskFailedError(task.id, task.status_message, task)
    return out.TaskNotFinished(task.id, task.status)


def _get(client: Kling, task_id: str, external: bool) -> Task:
    if external:
        return client.standard.tasks.get(external_task_id=task_id)
    return client.standard.tasks.get(task_id)


def _filter(key: str) -> list[str]:
    schema = load_spec()["components"]["schemas"]["StandardTaskFilter"]
    return list(schema["x-kling-filter-values"][key])


def standard_group() -> click.Group:
    """The ``standard`` group: a create command per new-standard family, and ``task``."""
    group = click.Group("standard", help=HELP)
    for fam in standard_families().values():
        if fam.is_standard_task:
            group.add_command(_create_command(fam))
    group.add_command(task_group())
    return group

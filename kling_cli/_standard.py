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

from collections.abc import Mapping
from typing import Any

import click

from kling_ext import default_timeout, new_external_task_id
from kling_ext.spec import Family, load_spec
from kling_ext.standard import StandardResource, standard_families

from . import _options as opt
from ._standard_show import finish
from ._standard_tasks import task_group
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


def _type(schema: Mapping[str, Any]) -> str | None:
    """The JSON type of a (nullable) schema: ``[integer, 'null']`` is ``integer``."""
    kind = schema.get("type")
    if isinstance(kind, list):
        return next((k for k in kind if k != "null"), None)
    return kind if isinstance(kind, str) else None


def _setting_options(fam: Family) -> list[click.Option]:
    """One option per setting of the family's ``settings`` schema."""
    schemas = load_spec()["components"]["schemas"]
    settings = opt.ref_of(fam.request_model, "settings")
    found = []
    for name, prop in opt.properties(settings).items():
        flag = "--" + name.replace("_", "-")
        ref = opt.ref_of(settings, name)
        target = schemas[ref] if ref else prop
        text = opt.plain(str(target.get("description", "")).split(". ")[0])
        if _type(target) == "boolean":
            found.append(click.Option([f"{flag}/--no-{flag[2:]}", name], default=None, help=text))
        elif "enum" in target:
            found.append(click.Option([flag, name], type=click.Choice(target["enum"]), help=text))
        else:
            low, high = target.get("minimum"), target.get("maximum")
            kind = click.IntRange(low, high) if _type(target) == "integer" else str
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
        click.Option(["--watermark/--no-watermark"], default=None, help="Also a watermarked file."),
    ]
    if takes_prompt:
        params.insert(0, click.Argument(["prompt"]))
    else:  # PROMPT, optional, is the first content item (--prompt: its old spelling, hidden)
        params[:0] = [
            click.Argument(["prompt"], required=False),
            click.Option(["--prompt", "prompt_option"], metavar="TEXT", hidden=True),
            click.Option(["--content", "contents"], multiple=True, callback=_content, help=CONTENT),
        ]
    extra = opt.compose(
        opt.no_validate_option(),
        click.option("--wait", is_flag=True, help="Wait for the task to end (status on stderr)."),
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
        prompt, old_spelling = given.pop("prompt", None), given.pop("prompt_option", None)
        prompt = prompt if prompt is not None else old_spelling
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


def standard_group() -> click.Group:
    """The ``standard`` group: a create command per new-standard family, and ``task``."""
    group = click.Group("standard", help=HELP)
    for fam in standard_families().values():
        if fam.is_standard_task:
            group.add_command(_create_command(fam))
    group.add_command(task_group())
    return group

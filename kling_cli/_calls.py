"""The commands of the spec's synchronous calls (``x-kling-role: call`` operations with an
``x-kling-method``): text to speech, image recognize, the preset lists, the deletes, the
multi-elements selection calls and the billing ledgers.

Each command is named after the last segment of its path (``kling audio tts``, ``kling audio
presets-voices``, ``kling video init-selection``, ``kling account balance``), sits in the group of
its family's kind (the account group for the ledgers), takes one option per body field or query
parameter (a lone required id or the text to speak as the argument), and calls the family
resource's generated method: validated, sent once, and the typed answer printed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

import click

from kling_ext import Task
from kling_ext.spec import Family, Operation, load_spec

from . import _naming as naming
from . import _options as opt
from . import _output as out
from ._state import State

ARGUMENT = {"synthesizeSpeech": "text"}  # a call's positional field, besides lone required ids


def _operation_spec(op: Operation) -> dict[str, Any]:
    found: dict[str, Any] = load_spec()["paths"][op.path][op.method]
    return found


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


def _argument(op: Operation) -> tuple[str, ...]:
    """The positional field of a call: ARGUMENT's, else its one required non-media field."""
    if op.operation_id in ARGUMENT:
        return (ARGUMENT[op.operation_id],)
    schema = op.request_schema or ""
    need = load_spec()["components"]["schemas"].get(schema, {}).get("required", [])
    props = opt.properties(schema)
    media = [n for n in need if "MediaInput" in str(props.get(n))]
    return tuple(need) if len(need) == 1 and not media else ()


def _query_options(op: Operation) -> list[opt.Decorator[Any]]:
    """One option per query parameter, named as :mod:`kling_cli._naming` says."""
    params: list[opt.Decorator[Any]] = []
    for raw in _operation_spec(op).get("parameters") or ():
        ref = str(raw.get("$ref", "")).rsplit("/", 1)[-1]
        param = load_spec()["components"]["parameters"][ref] if ref else raw
        name = _snake(param["name"])
        kind = int if (param.get("schema") or {}).get("type") == "integer" else str
        text = opt.plain(str(param.get("description", "")))
        shown, hidden = naming.option_names(name, listed=False)
        params.append(naming.option(*shown, name, aliases=hidden, type=kind, help=text))
    return params


def _params(op: Operation) -> list[click.Parameter]:
    def holder() -> None: ...

    if op.request_schema is not None:
        fields = opt.request_options(op.request_schema, arguments=_argument(op))
    else:
        fields = opt.compose(*_query_options(op))
    opt.compose(fields, opt.no_validate_option(), opt.json_option("the answer"))(holder)
    found: list[click.Parameter] = getattr(holder, "__click_params__", [])[::-1]
    return found


def _show(state: State, found: Any, as_json: bool) -> None:
    if isinstance(found, Task):
        if as_json:
            click.echo(out.to_json(found.to_dict()))
        else:
            out.print_rows(state.stdout, out.task_rows(found))
    elif isinstance(found, list):
        if as_json:
            click.echo(out.to_json([t.to_dict() for t in found]))
        else:
            rows = [row for task in found for row in out.task_rows(task)[2:]]
            out.print_rows(state.stdout, rows) if rows else state.stdout.print("nothing found")
    else:
        click.echo(out.to_json(found.to_dict()))


def call_command(fam: Family, op: Operation) -> click.Command:
    """The command of one call of ``fam``."""
    spec = _operation_spec(op)

    @click.pass_obj
    def run(state: State, /, no_validate: bool, as_json: bool, **params: Any) -> None:
        given = opt.given(params)
        validate = False if no_validate else None
        with state.client() as client:
            resource = getattr(getattr(client, fam.namespace), fam.attribute)
            method = getattr(resource, op.call_name)
            if op.request_schema is not None:
                found = method(opt.shape(op.request_schema, given), validate=validate)
            else:
                found = method(**given, validate=validate)
        _show(state, found, as_json)

    summary = opt.plain(str(spec.get("summary", "")))
    return click.Command(
        op.path.rstrip("/").rsplit("/", 1)[-1],
        callback=run,
        params=_params(op),
        help=f"{summary}.\n\n{opt.plain(str(spec.get('description', '')))}",
        short_help=summary,
    )


def call_commands(
    families: Iterable[Family], skip: Iterable[str] = ("identifyFace",)
) -> Mapping[str, list[click.Command]]:
    """The call commands of ``families`` by group name (the family's kind; ``account`` for the
    families without one); ``skip``: operations that have a command of their own."""
    groups: dict[str, list[click.Command]] = {}
    for fam in families:
        group = fam.kind if fam.kind != "none" else "account"
        for op in fam.calls_named:
            if op.operation_id not in skip:
                groups.setdefault(group, []).append(call_command(fam, op))
    return groups


def add_call_commands(groups: list[click.Group], families: Iterable[Family]) -> None:
    """Put the call commands of ``families`` into ``groups`` (by name; a missing group is
    added)."""
    by_name = {group.name: group for group in groups}
    for name, commands in call_commands(families).items():
        group = by_name.get(name)
        if group is None:
            group = by_name[name] = click.Group(name, help=f"{name.capitalize()} calls.")
            groups.append(group)
        for command in commands:
            group.add_command(command)

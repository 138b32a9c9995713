"""``kling task get|list|wait|download``: the tasks of any family of the table, by id."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import click

from kling_ext import default_timeout
from kling_ext.spec import Family

from . import _options as opt
from . import _output as out
from ._state import State
from ._types import FamilyType, family_name

HELP = """Look up, list, wait for and download tasks of any family.

FAMILY is one of {names}; the family keys ({keys}, ...) and the other aliases work too. ID is
the task id or your external task id."""


def timeouts(families: Mapping[str, Family]) -> str:
    """The library's default waits, by result kind: ``30 min for video, 10 min for image``."""
    by_kind: dict[str, set[str]] = {}
    for fam in families.values():
        by_kind.setdefault(opt.minutes(default_timeout(fam.key)), set()).add(fam.kind)
    parts = (f"{time} for {' and '.join(sorted(kinds))}" for time, kinds in by_kind.items())
    return ", ".join(parts) or "the family's"


def task_group(families: Mapping[str, Family]) -> click.Group:
    """The ``task`` group over ``families``."""
    names = ", ".join(family_name(fam) for fam in families.values())
    keys = ", ".join(list(families)[:2])
    group = click.Group("task", help=HELP.format(names=names, keys=keys))
    kind = FamilyType(families)

    @group.command("get")
    @click.argument("family", type=kind)
    @click.argument("task_id", metavar="ID")
    @opt.json_option()
    @click.pass_obj
    def task_get(state: State, /, family: Family, task_id: str, as_json: bool) -> None:
        """Show one task."""
        state.waiting(family, task_id)
        with state.client() as client:
            state.show(client.resource(family.key).get(task_id), None, as_json)

    @group.command("list")
    @click.argument("family", type=kind)
    @click.option("--page", type=click.IntRange(min=1), default=1, show_default=True)
    @click.option("--page-size", type=click.IntRange(min=1), default=30, show_default=True)
    @click.option("--all", "every", is_flag=True, help="Every page (instead of --page).")
    @opt.json_option()
    @click.pass_obj
    def task_list(state: State, /, family: Family, every: bool, as_json: bool, **page: int) -> None:
        """List the tasks of a family, in the order the API gives."""
        with state.client() as client:
            res = client.resource(family.key)
            found = list(res.iter(page_size=page["page_size"])) if every else res.list(**page)
        if as_json:
            click.echo(out.to_json([t.to_dict() for t in found]))
        else:
            out.print_tasks(state.stdout, found)

    @group.command("wait")
    @click.argument("family", type=kind)
    @click.argument("task_id", metavar="ID")
    @opt.timeout_option(timeouts(families))
    @opt.download_options()
    @opt.json_option()
    @click.pass_obj
    def task_wait(state: State, /, family: Family, task_id: str, **params: Any) -> None:
        """Wait for a task to end (and download its results with --download)."""
        state.waiting(family, task_id, params["download"])
        with state.client() as client:
            found = client.resource(family.key).get(task_id)
            state.finish(client, family, found, {**params, "wait": True})

    @group.command("download")
    @click.argument("family", type=kind)
    @click.argument("task_id", metavar="ID")
    @click.argument("into", metavar="[DIR]", default=".", type=click.Path(path_type=Path))
    @click.option("--overwrite", is_flag=True, help="Download files already in DIR again.")
    @opt.json_option()
    @click.pass_obj
    def task_download(
        state: State, /, family: Family, task_id: str, into: Path, **params: Any
    ) -> None:
        """Save the result files of a succeeded task into DIR (default: the current directory)."""
        state.waiting(family, task_id, into)
        with state.client() as client:
            found = client.resource(family.key).get(task_id)
            files = state.download(client, found, into, params["overwrite"])  # succeeded only
        state.show(found, files, params["as_json"])

    return group

"""``kling standard task get|list|wait|download``: new-standard tasks of every family, by id
(or external id) or listed with the cursor and filters."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from kling_ext import Kling, Task, default_timeout
from kling_ext.spec import load_spec

from . import _naming as naming
from . import _options as opt
from . import _output as out
from ._standard_show import finish, show
from ._state import State


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
    @naming.option(
        "--page-size",
        "limit",
        aliases=["--limit"],
        type=click.IntRange(1, 500),
        help="Tasks per page (API default 100).",
    )
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
            rows = [(t.id, t.status, t.external_task_id or "") for t in found]
            if rows:
                out.print_table(state.stdout, ("task", "status", "external id"), rows)
            else:
                state.stdout.print("no tasks", highlight=False)

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
            files = state.download(client, found, into, params["overwrite"])
        show(state, found, files, params["as_json"])

    return group


def _get(client: Kling, task_id: str, external: bool) -> Task:
    if external:
        return client.standard.tasks.get(external_task_id=task_id)
    return client.standard.tasks.get(task_id)


def _filter(key: str) -> list[str]:
    schema = load_spec()["components"]["schemas"]["StandardTaskFilter"]
    return list(schema["x-kling-filter-values"][key])

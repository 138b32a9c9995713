"""The ``kling`` command line: every task family of the Kling API from a shell.

::

    kling video text2video "a red fox in snow" --duration 5 --wait --download videos/
    kling image generate "a lighthouse at dawn" -n 2 --json
    kling audio text-to-audio "rain on a tin roof" --duration 5 --download sounds/
    kling task wait text2video 867283741759111202 --download videos/

Credentials come from ``KLING_API_KEY`` (an API key from Kling's console: the simplest, and the
only one the new-standard API takes) or from ``KLING_ACCESS_KEY`` and ``KLING_SECRET_KEY``
(``--access-key`` may replace the first). Secrets are never options, because command lines are
visible to other users in the process list. The endpoint comes from ``--base-url``/``--region`` or
``KLING_BASE_URL``/``KLING_REGION``.

The commands are built from the family table (:data:`kling_ext.spec.FAMILIES`) when this module
is imported: the create commands in :mod:`kling_cli._commands` (the ones with a shape of their
own in :mod:`kling_cli._special`), ``kling task`` in :mod:`kling_cli._tasks`, ``kling account``
in :mod:`kling_cli._account`. Input syntaxes: :mod:`kling_cli._options` and
:mod:`kling_cli._types`; naming: :mod:`kling_cli._naming`; errors and exit codes:
:mod:`kling_cli._errors`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import click

from kling_ext import REGIONS, __version__
from kling_ext.spec import EVERY_FAMILY, FAMILIES, Family

from . import _output as out
from ._account import account
from ._calls import add_call_commands
from ._commands import family_groups
from ._standard import standard_group
from ._state import State
from ._tasks import task_group

SECRET = (
    "Secrets are read only from $KLING_API_KEY or $KLING_SECRET_KEY: options show in the process "
    "list."
)


def build_cli(families: Mapping[str, Family] | None = None) -> click.Group:
    """The ``kling`` root group, with the commands of ``families`` (default: the spec's table)."""
    table = FAMILIES if families is None else families

    @click.group(cls=out.KlingGroup, epilog=out.exit_code_epilog())
    @click.option(
        "--access-key",
        metavar="KEY",
        help=f"With $KLING_SECRET_KEY, instead of $KLING_API_KEY. Default: $KLING_ACCESS_KEY. "
        f"{SECRET}",
    )
    @click.option("--base-url", metavar="URL", help="API root URL (default: $KLING_BASE_URL).")
    @click.option("--region", type=click.Choice(list(REGIONS)), help="Instead of --base-url.")
    @click.version_option(__version__, prog_name="kling")
    @click.pass_context
    def kling(ctx: click.Context, /, **options: Any) -> None:
        """Create, wait for and download Kling AI video, image and audio tasks."""
        ctx.obj = State(options)
        ctx.with_resource(out.library_warnings())

    groups: list[click.Group] = [*family_groups(table), account]
    add_call_commands(groups, (EVERY_FAMILY if families is None else families).values())
    for group in (*groups, task_group(table), standard_group()):
        kling.add_command(group)
    kling.add_command(__import__("kling_cli._batch", fromlist=["_"]).batch_group)  # kling batch
    return kling


cli = build_cli()
"""The ``kling`` command, built from :data:`kling_ext.spec.FAMILIES`."""


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point of the ``kling`` console script."""
    cli.main(args=None if argv is None else list(argv), prog_name="kling")

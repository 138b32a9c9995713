"""How the ``kling`` command line names its commands and options (docs/guides/cli.md shows the
same rules to users), and the option class that keeps old spellings working unlisted.

* Commands are kebab-case. A create command takes the name of its family's endpoint (the first
  alias of the family table: ``text2video``, ``omni-video``) and answers, unlisted, to the other
  aliases and to the family key in kebab case (``text-to-video``); the few that read better
  otherwise say so in :data:`kling_cli._special.SPECIAL` (``kling image generate``).
* An option is the request field in kebab case (``negative_prompt`` -> ``--negative-prompt``); a
  list takes one value per option, in the singular (``--image`` for ``images`` or
  ``image_list``); a boolean is ``--x/--no-x``. The model is ``--model`` and the count ``-n``
  everywhere.
* The same concept has the same option in every command: :data:`SHARED`.
* A renamed spelling keeps working as a hidden alias (:class:`AliasOption`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import click

SHARED: dict[str, str] = {
    "--json": "print only JSON on stdout: the result, or the error object",
    "--wait": "wait for the task to end (status on stderr)",
    "--timeout SECONDS": "stop waiting after SECONDS",
    "--download DIR": "wait, then save the result files into DIR",
    "--overwrite": "download files already in DIR again",
    "--no-validate": "skip the client-side checks of the request",
    "--callback-url URL": "Kling calls URL at each status change",
    "--external-task-id ID": "your own task id",
    "--model NAME": "the model",
    "--page N / --page-size N / --all": "which page of a listing, how long, or every page",
    "--start-time / --end-time": "Unix milliseconds or an ISO date/time",
}
"""The options every command that has the concept spells the same way, with their meaning."""

RENAMED: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "model_name": (("--model",), ("--model-name",)),
    "n": (("-n",), ("--n",)),
    "page_num": (("--page",), ("--page-num",)),
    "limit": (("--page-size",), ("--limit",)),
}
"""Field or query parameter -> (its options, its old spellings kept as hidden aliases)."""


def option_names(
    name: str, listed: bool, flags: tuple[str, ...] = ()
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The options of the field or parameter ``name`` (a list when ``listed``) and its old
    spellings, hidden (the rules of this module); ``flags`` replace the derived ones."""
    kebab = name.replace("_", "-")
    if flags:
        return flags, ()
    if name in RENAMED:
        return RENAMED[name]
    if listed:  # one value per option, in the singular; the field's own name still works
        one = f"--{kebab.removesuffix('-list').removesuffix('s')}"
        return (one,), () if kebab.endswith("-list") or one == f"--{kebab}" else (f"--{kebab}",)
    return (f"--{kebab}",), ()


class AliasOption(click.Option):
    """An option whose ``aliases`` (old spellings, not of a boolean ``--x/--no-x``) work but are
    shown nowhere: ``opts`` lists only the current spellings (``--help``, error messages, the
    reference site); the parser learns the aliases too."""

    def __init__(
        self, param_decls: Sequence[str], *, aliases: Sequence[str] = (), **attrs: Any
    ) -> None:
        super().__init__([*param_decls, *aliases], **attrs)
        self.aliases = tuple(aliases)
        self.opts = [o for o in self.opts if o not in self.aliases]

    def add_to_parser(self, parser: Any, ctx: click.Context) -> None:
        current, self.opts = self.opts, [*self.opts, *self.aliases]
        try:
            super().add_to_parser(parser, ctx)
        finally:
            self.opts = current


def option(
    *decls: str, aliases: Sequence[str] = (), **attrs: Any
) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """``click.option(*decls)`` that also answers to the hidden ``aliases``."""
    return click.option(*decls, cls=AliasOption, aliases=tuple(aliases), **attrs)

"""The create commands, one per family of the table, and the groups that hold them.

A family's command is named after its first alias (``kling video text2video``), sits in the
group of what its tasks produce (``video``, ``image``, ``audio``), answers to its other aliases
and to its key in kebab case (``text-to-video``) too, unlisted (the naming rules:
:mod:`kling_cli._naming`), and shows the family's description as its help. It takes one option
per request field (:func:`kling_cli._options.request_options`) unless
:data:`kling_cli._special.SPECIAL` says otherwise, then the options every create shares. A family
added to the spec gets its command with no change here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

import click

from kling_ext import default_timeout
from kling_ext.spec import Family

from . import _families_more  # noqa: F401  (registers the specials of FACTS-2026 §4)
from . import _options as opt
from ._special import SPECIAL, Special
from ._state import State
from ._types import family_name, group_name

GROUP_HELP = {
    "video": "Create video tasks (and identify the faces of a video).",
    "image": "Create image tasks.",
    "audio": "Create audio tasks: sounds from a text, soundtracks for videos.",
}


class FamilyGroup(click.Group):
    """A group whose commands also answer to other names (a family's other aliases), unlisted."""

    def __init__(self, name: str, **attrs: Any) -> None:
        super().__init__(name, **attrs)
        self.aliases: dict[str, str] = {}

    def add_family(self, command: click.Command, names: tuple[str, ...]) -> None:
        """Add ``command``, reachable under ``names`` too."""
        self.add_command(command)
        self.aliases.update((n, command.name or "") for n in names if n != command.name)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        found = super().get_command(ctx, cmd_name)
        alias = self.aliases.get(cmd_name)
        return found if found is not None or alias is None else super().get_command(ctx, alias)


def _params(decorator: opt.Decorator[Any]) -> list[click.Parameter]:
    """The parameters that click option decorators attach, in ``--help`` order."""

    def holder() -> None: ...

    decorator(holder)
    found: list[click.Parameter] = getattr(holder, "__click_params__", [])
    return found[::-1]


def _headline(text: str) -> str:
    """The first sentence of ``text``, without a parenthesis (the family list of a group)."""
    return re.sub(r"\s*\([^)]*\)", "", text.split(". ")[0]).removesuffix(".")


def family_command(fam: Family, how: Special | None = None) -> click.Command:
    """The create command of ``fam``."""
    how = how or Special()
    schema = fam.request_model
    options = how.options(fam) if how.options else opt.request_options(schema)
    shared = opt.create_options(schema, opt.minutes(default_timeout(fam.key)))
    body = how.body

    @click.pass_obj
    def create(state: State, /, **params: Any) -> None:
        state.create(fam, body(fam, params) if body else params)

    description = opt.plain(fam.description)
    return click.Command(
        how.name or family_name(fam),
        callback=create,
        params=_params(opt.compose(options, shared)),
        help="\n\n".join(text for text in (description, how.notes) if text),
        short_help=_headline(description),
        epilog=how.epilog(fam) if how.epilog else None,
    )


def family_groups(families: Mapping[str, Family]) -> list[click.Group]:
    """The create groups of ``families``, each family's command in the group of its kind."""
    groups: dict[str, FamilyGroup] = {}
    for fam in families.values():
        name = group_name(fam)
        group = groups.get(name) or FamilyGroup(
            name, help=GROUP_HELP.get(name, f"Create {name} tasks.")
        )
        groups[name] = group
        how = SPECIAL.get(fam.key)
        names = (*fam.aliases, fam.key.replace("_", "-"), *(how.names if how else ()))
        group.add_family(family_command(fam, how), names)
        for more in how.commands(fam) if how and how.commands else ():
            group.add_command(more)
    return list(groups.values())

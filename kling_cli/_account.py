"""``kling account costs``: the resource packs of the account (the synchronous account query)."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

import click
from rich.console import Console

from . import _options as opt
from . import _output as out
from ._state import State
from ._types import Timestamp

if TYPE_CHECKING:
    from kling_api.models import AccountCosts

TIME = "Unix ms or an ISO date/time (UTC unless an offset is given)."
DAY_MS = 86_400_000

account = click.Group("account", help="Account information.")


@account.command("costs")
@click.option("--start-time", type=Timestamp(), help=f"{TIME} Default: 30 days before end.")
@click.option("--end-time", type=Timestamp(), help=f"{TIME} Default: now.")
@click.option("--resource-pack-name", metavar="NAME", help="Only this resource pack.")
@opt.json_option()
@click.pass_obj
def costs(state: State, /, start_time: int | None, end_time: int | None, **params: Any) -> None:
    """Show the resource packs (units left) active in a period."""
    as_json, end = params.pop("as_json"), int(time.time() * 1000) if end_time is None else end_time
    start = end - 30 * DAY_MS if start_time is None else start_time
    with state.client() as client:
        found = client.account.costs(start_time=start, end_time=end, **params)
    if as_json:
        click.echo(out.to_json(found.to_dict()))
    else:
        print_costs(state.stdout, found)


_PACK_KEYS: tuple[str, ...] = ("resource_pack_name", "resource_pack_type", "status")
_PACK_KEYS += ("remaining_quantity", "total_quantity")


def print_costs(console: Console, costs: AccountCosts) -> None:
    """A table of resource packs on stdout (never cut)."""
    packs = [out.as_dict(p) for p in costs.to_dict().get("resource_pack_subscribe_infos") or ()]
    rows = [
        [*(str(p.get(k, "")) for k in _PACK_KEYS), out.utc_time(p.get("invalid_time"))]
        for p in packs
    ]
    if rows:
        out.print_table(console, ("pack", "type", "status", "remaining", "total", "expires"), rows)
    else:
        console.print("no resource packs in this period", highlight=False)

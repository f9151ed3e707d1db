"""``siaga columns TABLE``: which columns of the app's inbox, outbox and incidents tables are shown.

The same choice as the app's column menu (a right click on a table's headings), kept by the station.
"""

from __future__ import annotations

import argparse

from ..base.errors import InputError
from .common import open_station, print_json


def _names(text: str | None) -> list[str]:
    return [name.strip() for name in (text or "").split(",") if name.strip()]


def cmd_columns(args: argparse.Namespace) -> int:
    from ..station.table_columns import ALWAYS_SHOWN, TABLES

    if args.automatic and (args.hide or args.show):
        raise InputError("--automatic forgets the choice: give it without --hide or --show")
    hide, show = _names(args.hide), _names(args.show)
    if set(hide) & set(show):
        raise InputError(f"a column cannot be both hidden and shown: {', '.join(sorted(set(hide) & set(show)))}")
    with open_station(args) as station:
        if args.automatic:
            station.columns.set_hidden(args.table, None)
        elif hide or show:
            station.columns.change(args.table, hide=hide, show=show)
        hidden = station.columns.hidden(args.table)
    columns = TABLES[args.table]
    if args.json:
        print_json({"table": args.table, "automatic": hidden is None, "columns": [
            {"column": c, "shown": hidden is None or c not in hidden, "always_shown": c in ALWAYS_SHOWN[args.table]}
            for c in columns]})
        return 0
    for column in columns:
        if column in ALWAYS_SHOWN[args.table]:
            state = "shown (always)"
        elif hidden is None:
            state = "automatic (hidden on a narrow screen if there is no room)"
        else:
            state = "hidden" if column in hidden else "shown"
        print(f"{column:<12} {state}")
    return 0

"""Which columns of the app's tables an officer chose to hide: the inbox, the outbox and the incidents.

The choice is this station's own (kept sealed in its database like its other settings,
never sent to a peer). Until a table's columns are chosen, the app decides by the room it
has: on a narrow screen it hides the least useful ones, on a wide one it shows them all.
The columns every row needs (the summary, and what the table is sorted or read by) are
always shown.
"""

from __future__ import annotations

from typing import Iterable

from ..base.errors import Reason, UnknownCodeError, ValidationError
from ..storage.store import Store

#: the store setting that holds the choice: {table: [hidden column, ...]}
SETTING = "table_columns"

#: each table's columns, in the order shown
TABLES: dict[str, tuple[str, ...]] = {
    "inbox": ("severity", "status", "received", "type", "sender", "country", "code", "tlp", "summary"),
    "outbox": ("time", "type", "incident", "severity", "tlp", "summary"),
    "incidents": ("state", "severity", "summary", "reports", "deadline", "started-by"),
}

#: columns that cannot be hidden (every row needs them)
ALWAYS_SHOWN: dict[str, frozenset[str]] = {
    "inbox": frozenset({"severity", "status", "received", "summary"}),
    "outbox": frozenset({"time", "summary"}),
    "incidents": frozenset({"state", "summary"}),
}


def hideable(table: str) -> tuple[str, ...]:
    """The columns of ``table`` that may be hidden, in the order shown."""
    return tuple(c for c in _columns(table) if c not in ALWAYS_SHOWN[table])


def _columns(table: str) -> tuple[str, ...]:
    if table not in TABLES:
        raise UnknownCodeError(kind="table", value=table)
    return TABLES[table]


def check_hidden(table: str, hidden: Iterable[str]) -> list[str]:
    """``hidden`` as a list in the table's order, once each; a column unknown or always shown is refused."""
    columns = _columns(table)
    chosen = set()
    for column in hidden:
        if column not in columns:
            raise ValidationError(Reason("unknown-column", f"no column {column!r} in the {table} (its columns: "
                                         f"{', '.join(columns)})", value=column, table=table,
                                         columns=", ".join(columns)), field="columns")
        if column in ALWAYS_SHOWN[table]:
            raise ValidationError(Reason("column-always-shown", f"the {column} column is always shown",
                                         value=column), field="columns")
        chosen.add(column)
    return [c for c in columns if c in chosen]


class TableColumns:
    """Get and set the hidden columns of each table (through :class:`~siaga.station.facade.Station`)."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def _all(self) -> dict[str, list[str]]:
        saved = self._store.get_setting(SETTING)
        return dict(saved) if isinstance(saved, dict) else {}

    def hidden(self, table: str) -> list[str] | None:
        """The columns hidden in ``table``, or None while the app decides by the room it has (nothing chosen).

        A saved column the table no longer has is left out.
        """
        columns = _columns(table)
        saved = self._all().get(table)
        if not isinstance(saved, list):
            return None
        return [c for c in columns if c in saved and c not in ALWAYS_SHOWN[table]]

    def set_hidden(self, table: str, hidden: Iterable[str] | None) -> list[str] | None:
        """Hide exactly ``hidden`` in ``table`` (the others shown); None: let the app decide again.

        Returns what is kept (as :meth:`hidden` reads it). Nothing is changed when a column is refused.
        """
        saved = self._all()
        if hidden is None:
            _columns(table)
            saved.pop(table, None)
        else:
            saved[table] = check_hidden(table, hidden)
        self._store.set_setting(SETTING, saved)
        return self.hidden(table)

    def change(self, table: str, hide: Iterable[str] = (), show: Iterable[str] = ()) -> list[str]:
        """Hide ``hide`` and show ``show`` in ``table``, the others as they were chosen (none hidden if never)."""
        hide, show = check_hidden(table, hide), check_hidden(table, show)
        now = set(self.hidden(table) or []) - set(show) | set(hide)
        return self.set_hidden(table, now) or []

"""The incident index: which incident each message belongs to, and each incident's summary, sealed.

An incident is keyed by a blind index of its first report's id (``inc_ix``), so the
table shows which messages belong together (as the reply index of the inbox already
does) but not which message began it. Each incident's row keeps in the clear only
what listing needs: which side began it (``out``: this station, ``in``: a partner),
whether it is still open, when its last message was filed and its next deadline
(Unix seconds). Its summary (codes, severity, summary text, what is due) is sealed.

Written by the station's incidents service inside the transaction that stores the
messages, so a crash leaves the index and the messages in step.
"""

from __future__ import annotations

from typing import Any, Iterable

from .store import Store

#: the setting that says the index was filled from the messages held before it existed
BUILT_KEY = "incidents_built"


class IncidentIndex:
    def __init__(self, store: Store) -> None:
        self.store = store

    def key(self, root: str) -> bytes:
        return self.store.cipher.index("incident", root)

    def incident_of(self, msg_id: str) -> bytes | None:
        """The incident a message held on either side belongs to (None: none recorded)."""
        row = self.store.db.execute("SELECT inc_ix FROM incident_members WHERE msg_id = ? LIMIT 1",
                                    [msg_id]).fetchone()
        return row[0] if row else None

    def add_members(self, rows: Iterable[tuple[str, str, bytes]]) -> None:
        """Record (message id, side, incident) rows; a message already recorded keeps its incident."""
        self.store.db.conn.executemany(
            "INSERT OR IGNORE INTO incident_members (msg_id, side, inc_ix) VALUES (?, ?, ?)", list(rows))

    def keys(self) -> set[bytes]:
        """Every incident that has a message."""
        return {r[0] for r in self.store.db.execute("SELECT DISTINCT inc_ix FROM incident_members")}

    def members(self, inc_ix: bytes) -> list[tuple[str, str]]:
        return [(r[0], r[1]) for r in self.store.db.execute(
            "SELECT msg_id, side FROM incident_members WHERE inc_ix = ?", [inc_ix])]

    def members_of(self, keys: list[bytes]) -> dict[bytes, list[tuple[str, str]]]:
        """:meth:`members` of many incidents at once (a query per 500): key -> (message id, side)."""
        out: dict[bytes, list[tuple[str, str]]] = {key: [] for key in keys}
        for start in range(0, len(keys), 500):
            chunk = keys[start: start + 500]
            marks = ",".join("?" * len(chunk))
            for msg_id, side, key in self.store.db.execute(
                    f"SELECT msg_id, side, inc_ix FROM incident_members WHERE inc_ix IN ({marks})", chunk):
                out[bytes(key)].append((msg_id, side))
        return out

    def order(self, table: str, msg_ids: list[str]) -> dict[str, int]:
        """The sequence number of each message in ``outbox`` or ``inbox`` (the order it was stored in)."""
        if table not in ("outbox", "inbox"):
            raise ValueError(table)
        out: dict[str, int] = {}
        for start in range(0, len(msg_ids), 500):
            chunk = msg_ids[start: start + 500]
            marks = ",".join("?" * len(chunk))
            out.update(self.store.db.execute(f"SELECT id, seq FROM {table} WHERE id IN ({marks})", chunk).fetchall())
        return out

    def put(self, inc_ix: bytes, side: str, is_open: bool, last_at: int, due_at: int | None,
            summary: dict[str, Any]) -> None:
        self.store.db.execute(
            "INSERT OR REPLACE INTO incidents (inc_ix, side, open, last_at, due_at, blob) VALUES (?, ?, ?, ?, ?, ?)",
            [inc_ix, side, int(is_open), last_at, due_at, self.store.cipher.seal(summary)])

    def put_many(self, rows: list[tuple[bytes, str, bool, int, int | None, dict[str, Any]]]) -> None:
        """:meth:`put` for many incidents, in one statement."""
        self.store.db.conn.executemany(
            "INSERT OR REPLACE INTO incidents (inc_ix, side, open, last_at, due_at, blob) VALUES (?, ?, ?, ?, ?, ?)",
            [(inc_ix, side, int(is_open), last_at, due_at, self.store.cipher.seal(summary))
             for inc_ix, side, is_open, last_at, due_at, summary in rows])

    def get(self, inc_ix: bytes) -> dict[str, Any] | None:
        row = self.store.db.execute("SELECT blob FROM incidents WHERE inc_ix = ?", [inc_ix]).fetchone()
        return self.store.cipher.open(row[0]) if row else None

    def page(self, *, side: str | None = None, open_only: bool = False, overdue_at: int | None = None,
             before: tuple[int, bytes] | None = None, limit: int = 50) -> list[dict[str, Any]]:
        """Incident summaries, the most recently active first (or, with ``overdue_at``, those whose
        deadline passed by then, the longest overdue first). ``before``: the (last_at, key) cursor."""
        clauses: list[str] = []
        params: list[Any] = []
        if side:
            clauses.append("side = ?")
            params.append(side)
        if overdue_at is not None:
            clauses.append("open = 1 AND due_at IS NOT NULL AND due_at < ?")
            params.append(overdue_at)
            order = "due_at, inc_ix"
        else:
            if open_only:
                clauses.append("open = 1")
            if before is not None:
                clauses.append("(last_at, inc_ix) < (?, ?)")
                params.extend(before)
            order = "last_at DESC, inc_ix DESC"
        sql = "SELECT inc_ix, last_at, blob FROM incidents"
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        rows = self.store.db.execute(f"{sql} ORDER BY {order} LIMIT ?", [*params, limit]).fetchall()
        return [{**self.store.cipher.open(r[2]), "_cursor": (r[1], r[0])} for r in rows]

    def count(self, *, open_only: bool = False) -> int:
        sql = "SELECT COUNT(*) FROM incidents" + (" WHERE open = 1" if open_only else "")
        return int(self.store.db.execute(sql).fetchone()[0])

    def clear(self) -> None:
        self.store.db.execute("DELETE FROM incident_members")
        self.store.db.execute("DELETE FROM incidents")

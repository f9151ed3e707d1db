"""Counting what the station holds, for the dashboard and ``siaga stats``: the SQL, and nothing else.

Every count here reads blind indexes only, never a sealed field: the caller
names the plain values it wants counted (every classification code of the
codebook, every severity level, every country), each is turned into its keyed
index, and SQLite counts the matching entries of an existing index over a range
of received times. The indexes ``(column, received_at, seq)`` of the inbox and
the ``inbox_terms`` table (``country:XX``) cover these counts, so no message row
is read and a count costs what its range holds.

Periods of two days or more read whole hours from the per-hour counts
(``hour_counts.py``, kept as messages arrive) and only their ragged ends from the
inbox's indexes, so a year costs about what a day does; the numbers are the same.

The outbox has no blind indexes (it is this station's own, and small beside the
inbox): :func:`outbox_records_after` hands its sealed records over for the
station to count, each opened once (the station keeps them).
"""

from __future__ import annotations

from typing import Iterable, Sequence

from . import hour_counts as hours
from .hour_counts import HOUR
from .store import Store
from .terms import country_term

#: periods with fewer whole hours than this are counted from the inbox's indexes alone
MIN_HOURS = 48
_TAGS = {"type": hours.TYPE, "code": hours.CODE, "severity": hours.SEVERITY}


def _range(since: int, until: int) -> list[int]:
    return [since, until]


def split(since: int, until: int) -> tuple[list[tuple[int, int]], tuple[int, int] | None]:
    """[since, until] as its ragged ends (ranges of seconds, read from the indexes) and its whole hours
    (first, last; None when there are fewer than :data:`MIN_HOURS`, and then the one range is the whole)."""
    first, last = -(-since // HOUR), (until + 1) // HOUR - 1
    if last - first + 1 < MIN_HOURS:
        return [(since, until)], None
    ends = []
    if since < first * HOUR:
        ends.append((since, first * HOUR - 1))
    if (last + 1) * HOUR <= until:
        ends.append(((last + 1) * HOUR, until))
    return ends, (first, last)


def _add(into: dict, more: dict) -> dict:
    for key, n in more.items():
        into[key] = into.get(key, 0) + n
    return into


def count_column(store: Store, column: str, values: Iterable[object], since: int, until: int) -> dict[object, int]:
    """How many inbox messages received in [since, until] have each value of a blind-indexed column.

    ``column``: ``type``, ``code``, ``severity``, ``tlp`` or ``status``. Values with no message are left out.
    """
    values = list(values)
    ends, whole = split(since, until) if column in _TAGS else ([(since, until)], None)
    out: dict[object, int] = {}
    for start, end in ends:
        _add(out, _count_column(store, column, values, start, end))
    if whole:
        dims = {_TAGS[column] + store.cipher.index(column, v): v for v in values}
        _add(out, {dims[d]: n for d, n in hours.sums(store.db, dims, *whole).items()})
    return {v: n for v, n in out.items() if n}


def _count_column(store: Store, column: str, values: Iterable[object], since: int, until: int) -> dict[object, int]:
    """How many inbox messages received in [since, until] have each value of a blind-indexed column.

    ``column``: ``type``, ``code``, ``severity``, ``tlp`` or ``status``. Values with no message are left out.
    """
    if column not in ("type", "code", "severity", "tlp", "status"):
        raise ValueError(f"no blind index on {column!r}")
    sql = (f"SELECT COUNT(*) FROM inbox INDEXED BY idx_inbox_{column}_ix_received_at_seq"
           f" WHERE {column}_ix = ? AND received_at BETWEEN ? AND ?")
    out: dict[object, int] = {}
    for value in values:
        n = store.db.execute(sql, [store.cipher.index(column, value), *_range(since, until)]).fetchone()[0]
        if n:
            out[value] = n
    return out


def timeline(store: Store, types: Sequence[str], since: int, until: int, size: int, shift: int) -> dict[int, int]:
    """Messages of ``types`` received in [since, until], by bucket: ``(received_at + shift) // size``."""
    ends, whole = split(since, until)
    if whole is None or size % HOUR or shift % HOUR:  # steps not made of whole hours (an offset of 5:30)
        ends, whole = [(since, until)], None
    out: dict[int, int] = {}
    for start, end in ends:
        _add(out, _timeline(store, types, start, end, size, shift))
    if whole:
        dims = [hours.TYPE + store.cipher.index("type", t) for t in types]
        _add(out, hours.by_step(store.db, dims, *whole, size, shift))
    return out


def _timeline(store: Store, types: Sequence[str], since: int, until: int, size: int, shift: int) -> dict[int, int]:
    out: dict[int, int] = {}
    sql = ("SELECT (received_at + ?) / ?, COUNT(*) FROM inbox INDEXED BY idx_inbox_type_ix_received_at_seq"
           " WHERE type_ix = ? AND received_at BETWEEN ? AND ? GROUP BY 1")
    for kind in types:
        for bucket, n in store.db.execute(sql, [shift, size, store.cipher.index("type", kind),
                                                *_range(since, until)]):
            out[bucket] = out.get(bucket, 0) + n
    return out


def count_countries(store: Store, countries: Iterable[str], since: int, until: int,
                    closed: Sequence[str] = ()) -> dict[str, tuple[int, int]]:
    """For each country: (messages concerning it received in [since, until], those of them whose status is open).

    A message concerns a country when it names it or a group it belongs to (the
    inbox's ``country:XX`` terms). Open means its status is none of ``closed``.
    Countries no message concerns are left out.
    """
    countries = list(countries)
    ends, whole = split(since, until)
    if tuple(closed) not in ((), hours.CLOSED_STATUSES):
        ends, whole = [(since, until)], None
    totals: dict[str, int] = {}
    shut: dict[str, int] = {}
    for start, end in ends:
        for code, (total, still_open) in _count_countries(store, countries, start, end, closed).items():
            totals[code] = totals.get(code, 0) + total
            shut[code] = shut.get(code, 0) + total - still_open
    if whole:
        terms = {store.term_index(country_term(code)): code for code in countries}
        found = hours.sums(store.db, [tag + ix for ix in terms for tag in (hours.PLACE, hours.CLOSED_PLACE)], *whole)
        for ix, code in terms.items():
            totals[code] = totals.get(code, 0) + found.get(hours.PLACE + ix, 0)
            if closed:
                shut[code] = shut.get(code, 0) + found.get(hours.CLOSED_PLACE + ix, 0)
    return {code: (total, total - shut.get(code, 0)) for code, total in totals.items() if total}


def _count_countries(store: Store, countries: Iterable[str], since: int, until: int,
                     closed: Sequence[str] = ()) -> dict[str, tuple[int, int]]:
    """:func:`count_countries` from the inbox's indexes alone.

    The closed messages of the period are listed once from the status index (SQLite
    keeps the list in memory), and each country's messages are looked up in it.
    """
    total_sql = "SELECT COUNT(*) FROM inbox_terms WHERE term_ix = ? AND received_at BETWEEN ? AND ?"
    totals: dict[str, tuple[bytes, int]] = {}
    for code in countries:
        ix = store.term_index(country_term(code))
        total = store.db.execute(total_sql, [ix, *_range(since, until)]).fetchone()[0]
        if total:
            totals[code] = (ix, total)
    shut: dict[bytes, int] = {}
    if closed and totals:
        terms = [ix for ix, _ in totals.values()]
        closed_ix = [store.cipher.index("status", s) for s in closed]
        sql = (f"SELECT d.term_ix, COUNT(*) FROM inbox_terms AS d WHERE d.term_ix IN ({','.join('?' * len(terms))})"
               " AND d.received_at BETWEEN ? AND ? AND d.seq IN (SELECT c.seq FROM inbox AS c"
               " INDEXED BY idx_inbox_status_ix_received_at_seq"
               f" WHERE c.status_ix IN ({','.join('?' * len(closed_ix))}) AND c.received_at BETWEEN ? AND ?)"
               " GROUP BY d.term_ix")
        shut = dict(store.db.execute(sql, [*terms, *_range(since, until), *closed_ix, *_range(since, until)]))
    return {code: (total, total - shut.get(ix, 0)) for code, (ix, total) in totals.items()}


def count_closed(store: Store, types: Sequence[str], closed: Sequence[str], since: int, until: int) -> int:
    """How many messages of ``types`` received in [since, until] have one of the ``closed`` statuses."""
    if not types or not closed:
        return 0
    ends, whole = split(since, until)
    if tuple(closed) != hours.CLOSED_STATUSES:
        ends, whole = [(since, until)], None
    total = sum(_count_closed(store, types, closed, start, end) for start, end in ends)
    if whole:
        total += sum(hours.sums(store.db, [hours.CLOSED_TYPE + store.cipher.index("type", t) for t in types],
                                *whole).values())
    return total


def _count_closed(store: Store, types: Sequence[str], closed: Sequence[str], since: int, until: int) -> int:
    """:func:`count_closed` from the indexes: both are checked in them (status, then type), so no message
    row is read."""
    type_ix = [store.cipher.index("type", t) for t in types]
    sql = ("SELECT COUNT(*) FROM inbox AS c INDEXED BY idx_inbox_status_ix_received_at_seq"
           " WHERE c.status_ix = ? AND c.received_at BETWEEN ? AND ?"
           " AND EXISTS (SELECT 1 FROM inbox AS t INDEXED BY idx_inbox_type_ix_received_at_seq"
           f" WHERE t.type_ix IN ({','.join('?' * len(type_ix))}) AND t.received_at = c.received_at"
           " AND t.seq = c.seq)")
    return sum(store.db.execute(sql, [store.cipher.index("status", s), *_range(since, until), *type_ix]).fetchone()[0]
               for s in closed)


def last_received_from(store: Store, authors: Iterable[str]) -> dict[str, int]:
    """When the latest message signed by each author (a public key, as messages name it) arrived.

    Authors never heard from are left out.
    """
    out: dict[str, int] = {}
    sql = "SELECT MAX(received_at) FROM inbox WHERE sender_ix = ?"
    for author in authors:
        found = store.db.execute(sql, [store.cipher.index("sender", author)]).fetchone()[0]
        if found is not None:
            out[author] = found
    return out


def outbox_records_after(store: Store, seq: int) -> list[tuple[int, int, dict]]:
    """(seq, created_at, sealed record opened) of every outbox message queued after ``seq``, in order."""
    rows = store.db.execute("SELECT seq, created_at, secret FROM outbox WHERE seq > ? ORDER BY seq", [seq])
    return [(r[0], r[1], store.cipher.open(r[2])) for r in rows]


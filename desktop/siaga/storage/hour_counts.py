"""Per-hour counts of the inbox, kept as messages arrive: what long periods of the dashboard read.

Counting a year from the inbox's indexes walks some 400,000 index entries per figure.
This table keeps, for each hour (``received_at // 3600``) and each *dimension*, how
many inbox messages of that hour have it, so a year costs some 9,000 rows per
dimension instead. A dimension is a one-letter tag and a blind index the inbox already
holds, so nothing here is readable without the data key either:

========  ===========================================================
``T``     the message's type (``type_ix``)
``C``     its incident code (``code_ix``)
``S``     its severity (``severity_ix``)
``P``     a country it concerns (its ``country:XX`` term in ``inbox_terms``)
``X``     its type, when its status closes it (resolved, false positive)
``Y``     a country it concerns, when its status closes it
========  ===========================================================

The counts change in the transaction that changes the inbox: a message stored adds
one to each of its dimensions, a status changed takes the message out and puts it
back, a row replaced (a code line completed by its full message) is taken out. The
figures (``storage/figures.py``) read whole hours here and the ragged ends of a
period from the inbox's indexes, so both give the same numbers.
"""

from __future__ import annotations

from typing import Iterable

import sqlite_utils

from ..protocol import codebook
from .cipher import FieldCipher
from .terms import country_term

HOUR = 3600
#: statuses that close an incident (any other leaves it open)
CLOSED_STATUSES = ("resolved", "false-positive")
TYPE, CODE, SEVERITY, PLACE, CLOSED_TYPE, CLOSED_PLACE = b"T", b"C", b"S", b"P", b"X", b"Y"


def create_table(db: sqlite_utils.Database) -> None:
    db.execute("CREATE TABLE IF NOT EXISTS inbox_hours (dim BLOB NOT NULL, hour INTEGER NOT NULL,"
               " n INTEGER NOT NULL, PRIMARY KEY (dim, hour)) WITHOUT ROWID")


def country_term_indexes(cipher: FieldCipher) -> set[bytes]:
    """The blind index of the ``country:XX`` term of every country of the codebook."""
    return {cipher.index("term", country_term(entry["code"])) for entry in codebook.current().data["countries"]}


def closed_indexes(cipher: FieldCipher) -> set[bytes]:
    return {cipher.index("status", s) for s in CLOSED_STATUSES}


def _dims(row: tuple[bytes, bytes, bytes, bytes], places: Iterable[bytes], closed: set[bytes]) -> list[bytes]:
    type_ix, code_ix, severity_ix, status_ix = row
    places = list(places)
    dims = [TYPE + type_ix, CODE + code_ix, SEVERITY + severity_ix, *(PLACE + p for p in places)]
    if status_ix in closed:
        dims += [CLOSED_TYPE + type_ix, *(CLOSED_PLACE + p for p in places)]
    return dims


def count_row(db: sqlite_utils.Database, seq: int, sign: int, places: Iterable[bytes], closed: set[bytes]) -> None:
    """Add (``sign`` 1) or take out (-1) the inbox row ``seq`` in the counts, inside the caller's transaction.

    ``places``: the blind indexes of the row's ``country:XX`` terms (as ``inbox_terms`` holds them).
    """
    row = db.execute("SELECT received_at, type_ix, code_ix, severity_ix, status_ix FROM inbox WHERE seq = ?",
                     [seq]).fetchone()
    if row is None:
        return
    hour = row[0] // HOUR
    db.conn.executemany("INSERT INTO inbox_hours (dim, hour, n) VALUES (?, ?, ?)"
                        " ON CONFLICT (dim, hour) DO UPDATE SET n = n + excluded.n",
                        [(dim, hour, sign) for dim in _dims(row[1:], places, closed)])


def rebuild(db: sqlite_utils.Database, country_terms: set[bytes], closed: set[bytes]) -> None:
    """Count the whole inbox again, from its blind indexes alone (no message is opened)."""
    db.execute("DELETE FROM inbox_hours")
    upsert = " ON CONFLICT (dim, hour) DO UPDATE SET n = n + excluded.n"
    for tag, column in ((TYPE, "type_ix"), (CODE, "code_ix"), (SEVERITY, "severity_ix")):
        db.execute(f"INSERT INTO inbox_hours (dim, hour, n) SELECT CAST(? || {column} AS BLOB), received_at / {HOUR}, COUNT(*)"
                   f" FROM inbox WHERE true GROUP BY 1, 2" + upsert, [tag])
    closed_marks = ",".join("?" * len(closed))
    db.execute(f"INSERT INTO inbox_hours (dim, hour, n) SELECT CAST(? || type_ix AS BLOB), received_at / {HOUR}, COUNT(*)"
               f" FROM inbox WHERE status_ix IN ({closed_marks}) GROUP BY 1, 2" + upsert, [CLOSED_TYPE, *closed])
    terms = sorted(country_terms)
    for start in range(0, len(terms), 400):
        chunk = terms[start: start + 400]
        marks = ",".join("?" * len(chunk))
        db.execute(f"INSERT INTO inbox_hours (dim, hour, n) SELECT CAST(? || term_ix AS BLOB), received_at / {HOUR}, COUNT(*)"
                   f" FROM inbox_terms WHERE term_ix IN ({marks}) GROUP BY 1, 2" + upsert, [PLACE, *chunk])
        db.execute(f"INSERT INTO inbox_hours (dim, hour, n) SELECT CAST(? || t.term_ix AS BLOB), t.received_at / {HOUR}, COUNT(*)"
                   f" FROM inbox_terms AS t JOIN inbox AS m ON m.seq = t.seq WHERE t.term_ix IN ({marks})"
                   f" AND m.status_ix IN ({closed_marks}) GROUP BY 1, 2" + upsert, [CLOSED_PLACE, *chunk, *closed])
    db.execute("DELETE FROM inbox_hours WHERE n = 0")


def sums(db: sqlite_utils.Database, dims: Iterable[bytes], first_hour: int, last_hour: int) -> dict[bytes, int]:
    """The count of each dimension over the hours ``first_hour`` to ``last_hour`` (both included)."""
    wanted = list(dict.fromkeys(dims))
    out: dict[bytes, int] = {}
    for start in range(0, len(wanted), 400):
        chunk = wanted[start: start + 400]
        marks = ",".join("?" * len(chunk))
        for dim, n in db.execute(f"SELECT dim, SUM(n) FROM inbox_hours WHERE dim IN ({marks})"
                                 " AND hour BETWEEN ? AND ? GROUP BY dim", [*chunk, first_hour, last_hour]):
            if n:
                out[dim] = n
    return out


def by_step(db: sqlite_utils.Database, dims: Iterable[bytes], first_hour: int, last_hour: int, size: int,
            shift: int) -> dict[int, int]:
    """The counts of ``dims`` summed by step ``(hour * 3600 + shift) // size`` (steps of whole hours only)."""
    wanted = list(dict.fromkeys(dims))
    marks = ",".join("?" * len(wanted))
    out: dict[int, int] = {}
    if not wanted:
        return out
    for step, n in db.execute(f"SELECT (hour * {HOUR} + ?) / ?, SUM(n) FROM inbox_hours WHERE dim IN ({marks})"
                              " AND hour BETWEEN ? AND ? GROUP BY 1", [shift, size, *wanted, first_hour, last_hour]):
        if n:
            out[step] = out.get(step, 0) + n
    return out

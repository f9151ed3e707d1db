"""The correlation index: which reports share an indicator or an incident code within a sector.

Three tables, none holding a plaintext indicator, code or country:

- ``corr``: one row per (report, key): the key's blind index, the report's time
  (when its events were seen, Unix seconds), its id and its origin's blind index
  (the country of the station that filed it);
- ``corr_keys``: each key's blind index and the key itself, sealed (so a shared
  threat can be named to the officer);
- ``corr_msgs``: each indexed report: its time, whether it is in the inbox or the
  outbox, its origin's blind index and its origin, sealed.

Written inside the transaction that stores the report (``Store.add_to_inbox``,
``Store.queue``); read by :mod:`siaga.station.correlation`.
"""

from __future__ import annotations

from typing import Iterable, Sequence

import sqlite_utils

from ..protocol.correlation_keys import origin, report_keys, report_time
from .cipher import FieldCipher

INBOX = "in"
OUTBOX = "out"
_CHUNK = 500


def create_tables(db: sqlite_utils.Database) -> None:
    db.execute("CREATE TABLE IF NOT EXISTS corr (key_ix BLOB NOT NULL, at INTEGER NOT NULL, msg_id TEXT NOT NULL,"
               " origin_ix BLOB NOT NULL, PRIMARY KEY (key_ix, at, msg_id)) WITHOUT ROWID")
    # listing shared threats walks a period by time, reading only this index
    db.execute("CREATE INDEX IF NOT EXISTS idx_corr_at ON corr (at, key_ix, origin_ix)")
    db.execute("CREATE TABLE IF NOT EXISTS corr_keys (key_ix BLOB PRIMARY KEY, label BLOB NOT NULL) WITHOUT ROWID")
    db.execute("CREATE TABLE IF NOT EXISTS corr_msgs (msg_id TEXT PRIMARY KEY, at INTEGER NOT NULL, box TEXT NOT NULL,"
               " origin_ix BLOB NOT NULL, origin BLOB NOT NULL) WITHOUT ROWID")
    db.execute("CREATE INDEX IF NOT EXISTS idx_corr_msg ON corr (msg_id)")
    db.execute("CREATE INDEX IF NOT EXISTS idx_corr_msgs_origin ON corr_msgs (origin_ix)")


def key_index(cipher: FieldCipher, key_text: str) -> bytes:
    return cipher.index("corr-key", key_text)


def origin_index(cipher: FieldCipher, origin_text: str) -> bytes:
    return cipher.index("corr-origin", origin_text)


def index_reports(db: sqlite_utils.Database, cipher: FieldCipher,
                  items: Iterable[tuple[str, str, dict]]) -> int:
    """Index reports (message id, ``in`` or ``out``, content) inside the caller's transaction.

    A report already indexed is left as it is. Returns how many were new.
    """
    added = 0
    conn = db.conn
    for msg_id, box, content in items:
        if conn.execute("SELECT 1 FROM corr_msgs WHERE msg_id = ?", [msg_id]).fetchone():
            continue
        where = origin(content)
        origin_ix = origin_index(cipher, where)
        at = report_time(content)
        conn.execute("INSERT INTO corr_msgs (msg_id, at, box, origin_ix, origin) VALUES (?, ?, ?, ?, ?)",
                     [msg_id, at, box, origin_ix, cipher.seal(where)])
        keys = report_keys(content)
        by_ix = {key_index(cipher, key.text): key.text for key in keys}
        known: set[bytes] = set()
        for start in range(0, len(by_ix), _CHUNK):
            chunk = list(by_ix)[start: start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            known.update(r[0] for r in conn.execute(f"SELECT key_ix FROM corr_keys WHERE key_ix IN ({marks})", chunk))
        conn.executemany("INSERT OR IGNORE INTO corr_keys (key_ix, label) VALUES (?, ?)",
                         [(ix, cipher.seal(text)) for ix, text in by_ix.items() if ix not in known])
        conn.executemany("INSERT OR IGNORE INTO corr (key_ix, at, msg_id, origin_ix) VALUES (?, ?, ?, ?)",
                         [(ix, at, msg_id, origin_ix) for ix in by_ix])
        added += 1
    return added


def shared_key_rows(db: sqlite_utils.Database, since: int, until: int) -> list[tuple[bytes, int, str, bytes]]:
    """(key, time, message id, origin) of every report from ``since`` to ``until`` whose key at least two
    origins share in that period, ordered by key and time."""
    return db.execute(
        "WITH shared AS (SELECT key_ix FROM corr INDEXED BY idx_corr_at WHERE at >= ? AND at <= ?"
        " GROUP BY key_ix HAVING COUNT(DISTINCT origin_ix) >= 2)"
        " SELECT c.key_ix, c.at, c.msg_id, c.origin_ix FROM shared JOIN corr AS c ON c.key_ix = shared.key_ix"
        " AND c.at >= ? AND c.at <= ? ORDER BY c.key_ix, c.at, c.msg_id", [since, until, since, until]).fetchall()


def rows_for_keys(db: sqlite_utils.Database, key_ixs: Sequence[bytes], since: int, until: int,
                  limit: int) -> list[tuple[bytes, int, str, bytes]]:
    """(key, time, message id, origin) of reports holding any of ``key_ixs`` from ``since`` to ``until``,
    at most ``limit`` per key, the nearest in time last."""
    out: list[tuple[bytes, int, str, bytes]] = []
    for ix in dict.fromkeys(key_ixs):
        out.extend(db.execute("SELECT key_ix, at, msg_id, origin_ix FROM corr WHERE key_ix = ? AND at >= ?"
                              " AND at <= ? ORDER BY at DESC LIMIT ?", [ix, since, until, limit]).fetchall())
    return out


def counts_for_keys(db: sqlite_utils.Database, key_ixs: Sequence[bytes], since: int, until: int) -> dict[bytes, int]:
    """How many reports hold each of ``key_ixs`` from ``since`` to ``until``."""
    return {ix: db.execute("SELECT COUNT(*) FROM corr WHERE key_ix = ? AND at >= ? AND at <= ?",
                           [ix, since, until]).fetchone()[0] for ix in dict.fromkeys(key_ixs)}


def distinct_origins(db: sqlite_utils.Database, key_ixs: Sequence[bytes], since: int, until: int) -> int:
    """How many origins (countries) reported any of ``key_ixs`` from ``since`` to ``until``."""
    if not key_ixs:
        return 0
    marks = ",".join("?" * len(key_ixs))
    return db.execute(f"SELECT COUNT(DISTINCT origin_ix) FROM corr WHERE key_ix IN ({marks}) AND at >= ? AND at <= ?",
                      [*key_ixs, since, until]).fetchone()[0]


def keys_of(db: sqlite_utils.Database, msg_ids: Sequence[str]) -> dict[str, list[tuple[bytes, int]]]:
    """Each indexed message's keys with its time (messages not indexed are left out)."""
    out: dict[str, list[tuple[bytes, int]]] = {}
    for start in range(0, len(msg_ids), _CHUNK):
        chunk = list(msg_ids[start: start + _CHUNK])
        marks = ",".join("?" * len(chunk))
        for msg_id, at in db.execute(f"SELECT msg_id, at FROM corr_msgs WHERE msg_id IN ({marks})", chunk):
            out.setdefault(msg_id, [])
        for key_ix, at, msg_id in db.execute(
                f"SELECT key_ix, at, msg_id FROM corr WHERE msg_id IN ({marks})", chunk):
            out.setdefault(msg_id, []).append((key_ix, at))
    return out


def key_labels(db: sqlite_utils.Database, cipher: FieldCipher, key_ixs: Iterable[bytes]) -> dict[bytes, str]:
    wanted = list(dict.fromkeys(key_ixs))
    out: dict[bytes, str] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start: start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        for ix, label in db.execute(f"SELECT key_ix, label FROM corr_keys WHERE key_ix IN ({marks})", chunk):
            out[ix] = cipher.open(label)
    return out


def messages(db: sqlite_utils.Database, cipher: FieldCipher,
             msg_ids: Iterable[str]) -> dict[str, tuple[int, str, str]]:
    """(time, ``in`` or ``out``, origin) of each indexed message."""
    wanted = list(dict.fromkeys(msg_ids))
    out: dict[str, tuple[int, str, str]] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start: start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        for msg_id, at, box, where in db.execute(
                f"SELECT msg_id, at, box, origin FROM corr_msgs WHERE msg_id IN ({marks})", chunk):
            out[msg_id] = (at, box, cipher.open(where))
    return out


def filed_here(db: sqlite_utils.Database, msg_ids: Iterable[str]) -> set[str]:
    """Of these messages, those in the outbox (this station's own); the outbox is small, so this is quick."""
    wanted = list(dict.fromkeys(msg_ids))
    out: set[str] = set()
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start: start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        out.update(r[0] for r in db.execute(f"SELECT id FROM outbox WHERE id IN ({marks})", chunk))
    return out


def origins(db: sqlite_utils.Database, cipher: FieldCipher, origin_ixs: Iterable[bytes]) -> dict[bytes, str]:
    """The origin (country) each blind index stands for, read from one message of each."""
    out: dict[bytes, str] = {}
    for ix in dict.fromkeys(origin_ixs):
        row = db.execute("SELECT origin FROM corr_msgs WHERE origin_ix = ? LIMIT 1", [ix]).fetchone()
        if row:
            out[ix] = cipher.open(row[0])
    return out


def indexed_count(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT COUNT(*) FROM corr_msgs").fetchone()[0]

"""The correlation index: which reports share an indicator or an incident code within a sector.

Six tables, none holding a plaintext indicator, code or country:

- ``corr_msgs``: each indexed report: a small number, its id (32 bytes), its time
  (when its events were seen, Unix seconds), whether it is in the inbox or the
  outbox, its origin's blind index (the country of the station that filed it) and
  the blind indexes of its keys;
- ``corr``: one row per (key, report): the key's blind index, the time, the
  report's number and its origin's blind index;
- ``corr_keys``: the key itself, sealed, for each key two reports or more hold (so a
  shared threat can be named to the officer; a key only one report holds is never shown);
- ``corr_origins``: each origin, sealed;
- ``corr_in``: the *probe keys* of reports' addresses (the networks holding each address
  at fixed prefix lengths, see :mod:`siaga.protocol.correlation_keys`), one row per
  (probe key, report), like ``corr`` but apart from it, so that two addresses of one
  network never meet; they meet only the *range keys* of reported networks;
- ``corr_nets``: each range key (a reported network cut at a fixed prefix length), with
  its text sealed, so the probes that fall in it can be found and the tie named.

Written inside the transaction that stores the report (``Store.add_to_inbox``,
``Store.queue``); read by :mod:`siaga.station.correlation`.
"""

from __future__ import annotations

from typing import Iterable, Sequence

import sqlite_utils

from ..protocol.correlation_keys import origin, probe_keys, range_keys, report_keys, report_time
from .cipher import FieldCipher

INBOX = "in"
OUTBOX = "out"
_CHUNK = 500


def create_tables(db: sqlite_utils.Database) -> None:
    # each indexed report: a small number, its id (32 bytes), time, box, origin and the blind indexes of its keys
    db.execute("CREATE TABLE IF NOT EXISTS corr_msgs (n INTEGER PRIMARY KEY, msg_id BLOB NOT NULL UNIQUE,"
               " at INTEGER NOT NULL, box TEXT NOT NULL, origin_ix BLOB NOT NULL, keys BLOB NOT NULL)")
    db.execute("CREATE TABLE IF NOT EXISTS corr (key_ix BLOB NOT NULL, at INTEGER NOT NULL, n INTEGER NOT NULL,"
               " origin_ix BLOB NOT NULL, PRIMARY KEY (key_ix, at, n)) WITHOUT ROWID")
    # listing shared threats walks a period by time, reading only this index
    db.execute("CREATE INDEX IF NOT EXISTS idx_corr_at ON corr (at, key_ix, origin_ix)")
    # the key itself, sealed: only for keys two reports or more hold (the others are never shown)
    db.execute("CREATE TABLE IF NOT EXISTS corr_keys (key_ix BLOB PRIMARY KEY, label BLOB NOT NULL) WITHOUT ROWID")
    db.execute("CREATE TABLE IF NOT EXISTS corr_origins (origin_ix BLOB PRIMARY KEY, origin BLOB NOT NULL)"
               " WITHOUT ROWID")


def create_range_tables(db: sqlite_utils.Database) -> None:
    """The tables of addresses inside reported networks (schema 6; see the module's text)."""
    db.execute("CREATE TABLE IF NOT EXISTS corr_in (key_ix BLOB NOT NULL, at INTEGER NOT NULL, n INTEGER NOT NULL,"
               " origin_ix BLOB NOT NULL, PRIMARY KEY (key_ix, at, n)) WITHOUT ROWID")
    db.execute("CREATE TABLE IF NOT EXISTS corr_nets (key_ix BLOB PRIMARY KEY, label BLOB NOT NULL) WITHOUT ROWID")
    columns = {row[1] for row in db.execute("PRAGMA table_info(corr_msgs)").fetchall()}
    if "probes" not in columns:
        db.execute("ALTER TABLE corr_msgs ADD COLUMN probes BLOB NOT NULL DEFAULT x''")


def clear(db: sqlite_utils.Database) -> None:
    """Forget every report indexed (to index them all again)."""
    for table in ("corr", "corr_msgs", "corr_keys", "corr_origins", "corr_in", "corr_nets"):
        db.execute(f"DELETE FROM {table}")


def key_index(cipher: FieldCipher, key_text: str) -> bytes:
    return cipher.index("corr-key", key_text)


def origin_index(cipher: FieldCipher, origin_text: str) -> bytes:
    return cipher.index("corr-origin", origin_text)


def _id_bytes(msg_id: str) -> bytes | None:
    try:
        raw = bytes.fromhex(msg_id)
    except ValueError:
        return None
    return raw if len(raw) == 32 else None


def index_reports(db: sqlite_utils.Database, cipher: FieldCipher,
                  items: Iterable[tuple[str, str, dict]], checked: bool = False) -> int:
    """Index reports (message id, ``in`` or ``out``, content) inside the caller's transaction.

    A report already indexed is left as it is. Returns how many were new. ``checked``: every
    content passed ``check_content`` (its indicators are in normal form, not normalised again).
    """
    added = 0
    conn = db.conn
    # what this call has already found in the tables (a batch's reports share many keys and origins)
    origins: set[bytes] = set()
    labelled: set[bytes] = set()
    for msg_id, box, content in items:
        raw = _id_bytes(msg_id)
        if raw is None or conn.execute("SELECT 1 FROM corr_msgs WHERE msg_id = ?", [raw]).fetchone():
            continue
        where = origin(content)
        origin_ix = origin_index(cipher, where)
        if origin_ix not in origins:
            if not conn.execute("SELECT 1 FROM corr_origins WHERE origin_ix = ?", [origin_ix]).fetchone():
                conn.execute("INSERT INTO corr_origins (origin_ix, origin) VALUES (?, ?)",
                             [origin_ix, cipher.seal(where)])
            origins.add(origin_ix)
        at = report_time(content)
        by_ix = {key_index(cipher, key.text): key.text for key in report_keys(content, checked)}
        probes = list(dict.fromkeys(key_index(cipher, key.text) for key in probe_keys(content)))
        n = conn.execute("INSERT INTO corr_msgs (msg_id, at, box, origin_ix, keys, probes) VALUES (?, ?, ?, ?, ?, ?)",
                         [raw, at, box, origin_ix, b"".join(by_ix), b"".join(probes)]).lastrowid
        for key in range_keys(content):
            conn.execute("INSERT OR IGNORE INTO corr_nets (key_ix, label) VALUES (?, ?)",
                         [key_index(cipher, key.text), cipher.seal(key.text)])
        conn.executemany("INSERT OR IGNORE INTO corr_in (key_ix, at, n, origin_ix) VALUES (?, ?, ?, ?)",
                         [(ix, at, n, origin_ix) for ix in probes])
        for ix, text in by_ix.items():
            if ix in labelled:
                continue
            held = conn.execute("SELECT 1 FROM corr WHERE key_ix = ? LIMIT 1", [ix]).fetchone()
            if held:
                if not conn.execute("SELECT 1 FROM corr_keys WHERE key_ix = ?", [ix]).fetchone():
                    conn.execute("INSERT INTO corr_keys (key_ix, label) VALUES (?, ?)", [ix, cipher.seal(text)])
                labelled.add(ix)
        conn.executemany("INSERT OR IGNORE INTO corr (key_ix, at, n, origin_ix) VALUES (?, ?, ?, ?)",
                         [(ix, at, n, origin_ix) for ix in by_ix])
        added += 1
    return added


def shared_key_rows(db: sqlite_utils.Database, since: int, until: int) -> list[tuple[bytes, int, str, bytes]]:
    """(key, time, message id, origin) of every report from ``since`` to ``until`` whose key at least two
    origins share in that period, ordered by key and time."""
    return db.execute(
        "WITH shared AS (SELECT key_ix FROM corr INDEXED BY idx_corr_at WHERE at >= ? AND at <= ?"
        " GROUP BY key_ix HAVING COUNT(DISTINCT origin_ix) >= 2)"
        " SELECT c.key_ix, c.at, lower(hex(m.msg_id)), c.origin_ix FROM shared JOIN corr AS c"
        " ON c.key_ix = shared.key_ix AND c.at >= ? AND c.at <= ? JOIN corr_msgs AS m ON m.n = c.n"
        " ORDER BY c.key_ix, c.at, c.n", [since, until, since, until]).fetchall()


def range_key_rows(db: sqlite_utils.Database, since: int,
                   until: int) -> list[tuple[bytes, int, str, bytes, bool]]:
    """(range key, time, message id, origin, is a probe) of every report from ``since`` to ``until`` that
    holds a range key (a network) or falls in one (an address, by its probe key), ordered by key and time."""
    rows = []
    # the networks are few (one row each), the addresses' probes many: each network is looked up
    # in the probes (CROSS JOIN keeps that order), never the probes scanned; the period's own rows
    # are walked by time (SQLite's choice)
    for table, probe, join in (("corr", False, "JOIN"), ("corr_in", True, "CROSS JOIN")):
        rows += [(*r, probe) for r in db.execute(
            f"SELECT r.key_ix, c.at, lower(hex(m.msg_id)), c.origin_ix FROM corr_nets AS r {join} {table} AS c"
            " ON c.key_ix = r.key_ix AND c.at >= ? AND c.at <= ? JOIN corr_msgs AS m ON m.n = c.n",
            [since, until]).fetchall()]
    return sorted(rows, key=lambda r: (r[0], r[1], r[2]))


def ranges_among(db: sqlite_utils.Database, key_ixs: Iterable[bytes]) -> list[bytes]:
    """Those of ``key_ixs`` that are reported networks' range keys (only those meet addresses' probe keys)."""
    wanted = list(dict.fromkeys(key_ixs))
    out: list[bytes] = []
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start: start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        out += [r[0] for r in db.execute(f"SELECT key_ix FROM corr_nets WHERE key_ix IN ({marks})", chunk)]
    return out


def _lookups(db: sqlite_utils.Database, key_ixs: Sequence[bytes], probe_ixs: Sequence[bytes]) -> list[tuple[str, bytes]]:
    """(table, key) to look up: every key in ``corr``; of the keys and probes that are range keys (one
    query finds them, and they are few), the probes in ``corr`` and the keys in ``corr_in``."""
    ranges = set(ranges_among(db, [*key_ixs, *probe_ixs])) if probe_ixs or key_ixs else set()
    lookups = [("corr", ix) for ix in dict.fromkeys([*key_ixs, *(p for p in probe_ixs if p in ranges)])]
    return lookups + [("corr_in", ix) for ix in dict.fromkeys(key_ixs) if ix in ranges]


def rows_for_keys(db: sqlite_utils.Database, key_ixs: Sequence[bytes], since: int, until: int,
                  limit: int, probe_ixs: Sequence[bytes] = ()) -> list[tuple[bytes, int, str, bytes]]:
    """(key, time, message id, origin) of reports holding any of ``key_ixs`` from ``since`` to ``until``,
    at most ``limit`` per key, the nearest in time last. ``probe_ixs``: the probe keys of the asking
    report's addresses, which meet reported networks; its ``key_ixs`` also meet the addresses held that
    fall in its networks."""
    out: list[tuple[bytes, int, str, bytes]] = []
    for table, ix in _lookups(db, key_ixs, probe_ixs):
        out.extend(db.execute(f"SELECT c.key_ix, c.at, lower(hex(m.msg_id)), c.origin_ix FROM {table} AS c"
                              " JOIN corr_msgs AS m ON m.n = c.n WHERE c.key_ix = ? AND c.at >= ? AND c.at <= ?"
                              " ORDER BY c.at DESC LIMIT ?", [ix, since, until, limit]).fetchall())
    return out


def counts_for_keys(db: sqlite_utils.Database, key_ixs: Sequence[bytes], since: int, until: int,
                    probe_ixs: Sequence[bytes] = ()) -> dict[bytes, int]:
    """How many reports hold each of ``key_ixs`` (or, for a network's key, fall in it) and each of
    ``probe_ixs`` (as reported networks) from ``since`` to ``until``."""
    out: dict[bytes, int] = {}
    for table, ix in _lookups(db, key_ixs, probe_ixs):
        out[ix] = out.get(ix, 0) + db.execute(f"SELECT COUNT(*) FROM {table} WHERE key_ix = ? AND at >= ? AND at <= ?",
                                              [ix, since, until]).fetchone()[0]
    return out


def distinct_origins(db: sqlite_utils.Database, key_ixs: Sequence[bytes], since: int, until: int,
                     probe_ixs: Sequence[bytes] = ()) -> int:
    """How many origins (countries) reported any of ``key_ixs`` from ``since`` to ``until`` (with
    ``probe_ixs``, as :func:`rows_for_keys` matches them)."""
    if not key_ixs and not probe_ixs:
        return 0
    lookups = _lookups(db, key_ixs, probe_ixs)
    looked = [ix for table, ix in lookups if table == "corr"]
    ranged = [ix for table, ix in lookups if table == "corr_in"]
    sql = f"SELECT origin_ix FROM corr WHERE key_ix IN ({','.join('?' * len(looked))}) AND at >= ? AND at <= ?"
    params: list = [*looked, since, until]
    if ranged:
        sql += (f" UNION SELECT origin_ix FROM corr_in WHERE key_ix IN ({','.join('?' * len(ranged))})"
                " AND at >= ? AND at <= ?")
        params += [*ranged, since, until]
    return db.execute(f"SELECT COUNT(DISTINCT origin_ix) FROM ({sql})", params).fetchone()[0]


def _rows_of(db: sqlite_utils.Database, msg_ids: Iterable[str], columns: str) -> list[tuple]:
    wanted = [raw for raw in (_id_bytes(m) for m in dict.fromkeys(msg_ids)) if raw is not None]
    out: list[tuple] = []
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start: start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        out.extend(db.execute(f"SELECT lower(hex(msg_id)), {columns} FROM corr_msgs WHERE msg_id IN ({marks})",
                              chunk).fetchall())
    return out


def keys_of(db: sqlite_utils.Database, msg_ids: Sequence[str]) -> dict[str, list[tuple[bytes, int]]]:
    """Each indexed message's keys with its time (messages not indexed are left out)."""
    return {msg_id: [(keys[i: i + 8], at) for i in range(0, len(keys), 8)]
            for msg_id, at, keys in _rows_of(db, msg_ids, "at, keys")}


def probes_of(db: sqlite_utils.Database, msg_ids: Sequence[str]) -> dict[str, list[bytes]]:
    """Each indexed message's probe keys (the networks holding its addresses); those with none left out."""
    return {msg_id: [probes[i: i + 8] for i in range(0, len(probes), 8)]
            for msg_id, probes in _rows_of(db, msg_ids, "probes") if probes}


def key_labels(db: sqlite_utils.Database, cipher: FieldCipher, key_ixs: Iterable[bytes]) -> dict[bytes, str]:
    """The text of each key two reports or more hold (a key only one report holds has none stored)."""
    wanted = list(dict.fromkeys(key_ixs))
    out: dict[bytes, str] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start: start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        for table in ("corr_keys", "corr_nets"):
            for ix, label in db.execute(f"SELECT key_ix, label FROM {table} WHERE key_ix IN ({marks})", chunk):
                out.setdefault(ix, cipher.open(label))
    return out


def messages(db: sqlite_utils.Database, cipher: FieldCipher,
             msg_ids: Iterable[str]) -> dict[str, tuple[int, str, str]]:
    """(time, ``in`` or ``out``, origin) of each indexed message."""
    rows = _rows_of(db, msg_ids, "at, box, origin_ix")
    names = origins(db, cipher, {r[3] for r in rows})
    return {msg_id: (at, box, names.get(origin_ix, "?")) for msg_id, at, box, origin_ix in rows}


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
    """The origin (country) each blind index stands for."""
    wanted = list(dict.fromkeys(origin_ixs))
    out: dict[bytes, str] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start: start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        for ix, sealed in db.execute(f"SELECT origin_ix, origin FROM corr_origins WHERE origin_ix IN ({marks})",
                                     chunk):
            out[ix] = cipher.open(sealed)
    return out


def indexed_count(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT COUNT(*) FROM corr_msgs").fetchone()[0]

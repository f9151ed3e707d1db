"""The station's database: drafts, outbox, deliveries, inbox and peers in one SQLite file.

Nothing that says what a report is about, or who sent it, is stored in the clear:
every such field is sealed with the station's data key (XSalsa20-Poly1305).
What stays readable is only what the database needs to work: random or keyed
ids, timestamps, delivery states and counts. Columns that must be filtered
hold *blind indexes*: a keyed hash (BLAKE2b, 8 bytes) of ``field + value``,
which matches equal values without revealing them to whoever lacks the key.

A connection belongs to the thread that opened it (SQLite's rule, enforced).
Every write that matters is one transaction; the schema is versioned and
migrated forward on open.

The audit log (``audit.py``) is appended inside the same transactions: writes
that record an action take the caller's ``audit_events``, and receiving
(``add_to_inbox``) and delivery outcomes (``set_deliveries``) record their own.
"""

from __future__ import annotations

import logging
import sqlite3
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

import sqlite_utils

from ..base.errors import StorageError
from ..base.fileio import explain_database_error, explain_os_error, private_file, private_folder
from ..protocol.message import REPORT_TYPES
from . import arrivals, audit, correlation_index, hour_counts
from .cipher import FieldCipher
from .keystore import Keys
from .states import DELIVERED, GAVE_UP, QUEUED, RELAYED, RETRYING, SENDING
from .terms import COUNTRY_TERM, report_terms

log = logging.getLogger("siaga.store")

DB_FILE = "siaga.db"
#: a code line's inbox row is keyed by the hex digits of the id prefix it carries (8 base32 characters)
CODE_LINE_ID_HEX = 10
#: the author recorded for a code line that carried no tag (its sender blind index marks such rows)
UNAUTHENTICATED_LINE = "codeline:"


def _migrate_1(db: sqlite_utils.Database, _cipher: FieldCipher) -> None:
    db.table("meta").create({"key": str, "value": bytes}, pk="key")
    db.table("drafts").create({"id": str, "updated_at": int, "blob": bytes}, pk="id")
    db.table("peers").create({"id": str, "added_at": int, "key_ix": bytes, "blob": bytes}, pk="id")
    db.table("peers").create_index(["key_ix"], unique=True)
    db.table("outbox").create({"id": str, "seq": int, "created_at": int, "envelope": bytes, "secret": bytes}, pk="id")
    db.table("outbox").create_index(["seq"], unique=True)
    db.table("deliveries").create(
        {"msg_id": str, "peer_id": str, "status": str, "attempts": int, "next_attempt_at": int,
         "updated_at": int, "detail": bytes},
        pk=("msg_id", "peer_id"), foreign_keys=[("msg_id", "outbox", "id")],
    )
    db.table("deliveries").create_index(["status", "next_attempt_at"])
    db.table("inbox").create(
        {"id": str, "seq": int, "received_at": int, "envelope": bytes, "secret": bytes, "peer_id": str,
         "sender_ix": bytes, "type_ix": bytes, "code_ix": bytes, "severity_ix": bytes, "tlp_ix": bytes,
         "status_ix": bytes, "ref_ix": bytes},
        pk="id",
    )
    db.table("inbox").create_index(["seq"], unique=True)
    db.table("inbox").create_index(["received_at"])
    for column in ("sender_ix", "type_ix", "code_ix", "severity_ix", "tlp_ix", "status_ix", "ref_ix"):
        db.table("inbox").create_index([column, "received_at"])
    # request nonces seen by the endpoint (replay protection), kept for twice the time window
    db.table("nonces").create({"nonce_ix": bytes, "seen_at": int}, pk="nonce_ix")
    db.table("nonces").create_index(["seen_at"])
    # receipts for messages that arrived on a bundle, waiting to travel back to their sender
    db.table("return_receipts").create({"msg_id": str, "peer_id": str, "received_at": int},
                                 pk=("msg_id", "peer_id"))


def _migrate_2(db: sqlite_utils.Database, _cipher: FieldCipher) -> None:
    # keys a peer used before a rotation, and until when messages signed with them are accepted
    db.table("peer_keys").create({"key_ix": bytes, "peer_id": str, "until": int}, pk="key_ix")


def _migrate_3(db: sqlite_utils.Database, cipher: FieldCipher) -> None:
    # blind terms of each inbox message (countries, summary words: see inbox_query), in received order
    db.execute("CREATE TABLE inbox_terms (term_ix BLOB NOT NULL, received_at INTEGER NOT NULL,"
               " seq INTEGER NOT NULL, PRIMARY KEY (term_ix, received_at, seq)) WITHOUT ROWID")
    # inbox pages walk a filter's index in (received_at, seq) order
    for column in ("received_at", "type_ix", "code_ix", "severity_ix", "tlp_ix", "status_ix"):
        old = "idx_inbox_received_at" if column == "received_at" else f"idx_inbox_{column}_received_at"
        db.execute(f"DROP INDEX {old}")
        db.table("inbox").create_index(list(dict.fromkeys([column, "received_at", "seq"])))
    for seq, received_at, secret in db.execute("SELECT seq, received_at, secret FROM inbox").fetchall():
        db.conn.executemany("INSERT INTO inbox_terms (term_ix, received_at, seq) VALUES (?, ?, ?)",
                            [(cipher.index("term", t), received_at, seq) for t in report_terms(cipher.open(secret))])


def _migrate_4(db: sqlite_utils.Database, cipher: FieldCipher) -> None:
    # the audit log (see audit.py); its head record exists from the start, so deleting it is noticed
    db.execute("CREATE TABLE audit (seq INTEGER PRIMARY KEY, body BLOB NOT NULL, hash BLOB NOT NULL,"
               " sig BLOB NOT NULL)")
    db.table("meta").upsert({"key": audit.HEAD_KEY, "value": audit.head_record(cipher, 0, audit.GENESIS)}, pk="key")


def _migrate_5(db: sqlite_utils.Database, _cipher: FieldCipher) -> None:
    # incidents (see incident_index.py): each message's incident, and each incident's sealed summary;
    # filled from the outbox and inbox when the station is next opened
    db.execute("CREATE TABLE IF NOT EXISTS incident_members (msg_id TEXT NOT NULL, side TEXT NOT NULL, inc_ix BLOB NOT NULL,"
               " PRIMARY KEY (msg_id, side)) WITHOUT ROWID")
    db.execute("CREATE INDEX IF NOT EXISTS idx_incident_members_inc ON incident_members (inc_ix)")
    db.execute("CREATE TABLE IF NOT EXISTS incidents (inc_ix BLOB PRIMARY KEY, side TEXT NOT NULL, open INTEGER NOT NULL,"
               " last_at INTEGER NOT NULL, due_at INTEGER, blob BLOB NOT NULL)")
    db.execute("CREATE INDEX IF NOT EXISTS idx_incidents_last ON incidents (last_at, inc_ix)")
    db.execute("CREATE INDEX IF NOT EXISTS idx_incidents_due ON incidents (open, due_at)")
    db.execute("CREATE INDEX IF NOT EXISTS idx_incidents_open_last ON incidents (open, last_at, inc_ix)")

    # the correlation index (see correlation_index.py); reports already held are indexed by the station
    correlation_index.create_tables(db)
    if db.execute("SELECT 1 FROM inbox LIMIT 1").fetchone() or db.execute("SELECT 1 FROM outbox LIMIT 1").fetchone():
        db.table("meta").upsert({"key": CORRELATION_BACKFILL, "value": b"1"}, pk="key")


def _migrate_6(db: sqlite_utils.Database, cipher: FieldCipher) -> None:
    # addresses inside reported networks (see correlation_index.py): the reports held are indexed
    # again, with their probe and range keys, when the station is next opened
    correlation_index.create_range_tables(db)
    if db.execute("SELECT 1 FROM corr_msgs LIMIT 1").fetchone():
        correlation_index.clear(db)
        db.table("meta").upsert({"key": CORRELATION_BACKFILL, "value": b"1"}, pk="key")
    # per-hour counts of the inbox for the dashboard's long periods (see hour_counts.py), from the blind indexes
    hour_counts.create_table(db)
    hour_counts.rebuild(db, hour_counts.country_term_indexes(cipher), hour_counts.closed_indexes(cipher))


def _migrate_7(db: sqlite_utils.Database, _cipher: FieldCipher) -> None:
    # messages taken in and receipted, waiting to be filed in the inbox (see arrivals.py)
    arrivals.create_table(db)


def _migrate_8(db: sqlite_utils.Database, cipher: FieldCipher) -> None:
    # each outbox message's urgency as a keyed tag (see urgency_tag), so the sender puts urgent
    # reports first without opening every sealed record; the messages held are tagged once here
    if "urgent_tag" not in db.table("outbox").columns_dict:
        db.execute("ALTER TABLE outbox ADD COLUMN urgent_tag BLOB")
    db.conn.executemany("UPDATE outbox SET urgent_tag = ? WHERE id = ?",
                        [(urgency_tag(cipher, msg_id, bool(cipher.open(secret).get("urgent"))), msg_id)
                         for msg_id, secret in db.execute("SELECT id, secret FROM outbox").fetchall()])


def urgency_tag(cipher: FieldCipher, msg_id: str, urgent: bool) -> bytes:
    """A message's urgency, readable only with the station's key: a keyed hash of its id under one of two names.

    Every tag looks random (each message's differs), so the file does not tell which reports
    are urgent; the station tells by computing the urgent one for the id and comparing.
    """
    return cipher.index("outbox-urgent" if urgent else "outbox-routine", msg_id)


#: set while reports stored before the correlation index existed are still to be indexed
CORRELATION_BACKFILL = "correlation_backfill"

#: schema migrations: index i brings the schema from version i to i + 1
MIGRATIONS: list[Callable[[sqlite_utils.Database, FieldCipher], None]] = [_migrate_1, _migrate_2, _migrate_3,
                                                                          _migrate_4, _migrate_5, _migrate_6,
                                                                          _migrate_7, _migrate_8]
SCHEMA_VERSION = len(MIGRATIONS)


_DELIVERY_COLUMNS = "msg_id, peer_id, status, attempts, updated_at, detail, next_attempt_at"


def _is_storage_fault(exc: sqlite3.Error) -> bool:
    """The disk or the file failed (full, read-only, I/O), as opposed to a mistake in a statement."""
    name = getattr(exc, "sqlite_errorname", "")
    return name.startswith(("SQLITE_FULL", "SQLITE_IOERR", "SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_CORRUPT"))


def _now() -> int:
    return int(time.time())


class Store:
    """The open database of an unlocked station."""

    def __init__(self, path: Path, keys: Keys, *, durable: bool = True) -> None:
        self.path = Path(path)
        self.cipher = FieldCipher(keys)
        self._hour_ixs: tuple[set[bytes], set[bytes]] | None = None
        self._outbox_types: tuple[int, dict[str, int]] = (0, {})  # (last seq counted, count by message type)
        self._depth = 0  # transactions open on this connection (the outer one and its savepoints)
        self._make_private()
        try:
            conn = sqlite3.connect(str(self.path), isolation_level=None, timeout=30)
            # no third-party sqlite-utils plugins run on the encrypted store's connection
            self.db = sqlite_utils.Database(conn, execute_plugins=False)
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute(f"PRAGMA synchronous={'FULL' if durable else 'NORMAL'}")
            self.db.execute("PRAGMA foreign_keys=ON")
            self.db.execute("PRAGMA secure_delete=ON")
            self._migrate()
            self.audit = audit.AuditLog(conn, self.cipher, keys.signing, str(self.path))
        except sqlite3.DatabaseError as exc:
            raise StorageError(f"cannot open the database: {explain_database_error(exc, self.path)}",
                               path=str(self.path)) from None

    def _make_private(self) -> None:
        """The station folder 0700 and the database 0600 before SQLite opens it (its -wal and -shm take its mode)."""
        try:
            if private_folder(self.path.parent):
                log.info("the station folder %s was open to other users; it is now readable by its owner only",
                         self.path.parent)
            opened = [private_file(self.path)] + [private_file(self.path.with_name(self.path.name + suffix),
                                                               create=False) for suffix in ("-wal", "-shm")]
        except OSError as exc:
            raise StorageError(f"cannot open the database: {explain_os_error(exc)}", path=str(self.path)) from None
        if any(opened):
            log.info("the database files in %s were open to other users; they are now readable by their owner only",
                     self.path.parent)

    def close(self) -> None:
        self.db.conn.close()

    # -- transactions and schema --------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic unit of work: all of it lands, or none of it does.

        Inside another transaction it is a savepoint of that one: an error undoes its
        own writes, and nothing lands until the outermost transaction commits.
        """
        conn = self.db.conn
        if self._depth:
            with self._savepoint(conn):
                yield
            return
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StorageError(explain_database_error(exc, self.path), path=str(self.path)) from None
        try:
            self._depth = 1
            try:
                yield
            finally:
                self._depth = 0
        except BaseException as exc:
            if conn.in_transaction:  # SQLite may have rolled back by itself (a full disk)
                conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.OperationalError) and _is_storage_fault(exc):
                raise StorageError(f"could not save: {explain_database_error(exc, self.path)}",
                                   path=str(self.path)) from None
            raise
        try:
            conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise StorageError(f"could not save: {explain_database_error(exc, self.path)}",
                               path=str(self.path)) from None

    @contextmanager
    def _savepoint(self, conn: sqlite3.Connection) -> Iterator[None]:
        name = f"nested_{self._depth}"
        conn.execute(f"SAVEPOINT {name}")
        self._depth += 1
        try:
            yield
        except BaseException:
            if conn.in_transaction:
                conn.execute(f"ROLLBACK TO {name}")
                conn.execute(f"RELEASE {name}")
            raise
        finally:
            self._depth -= 1
        conn.execute(f"RELEASE {name}")

    def schema_version(self) -> int:
        if "meta" not in self.db.table_names():
            return 0
        row = self.db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        return int(row[0]) if row else 0

    def _migrate(self) -> None:
        version = self.schema_version()
        if version > SCHEMA_VERSION:
            raise StorageError(
                f"the database has schema {version}, newer than this program knows ({SCHEMA_VERSION}):"
                " update Siaga", path=str(self.path))
        while version < SCHEMA_VERSION:
            with self.transaction():
                MIGRATIONS[version](self.db, self.cipher)
                version += 1
                self.db.table("meta").upsert({"key": "schema_version", "value": str(version).encode()}, pk="key")
            log.info("database migrated to schema %d", version)

    # -- sealed key/value settings ------------------------------------------

    def get_setting(self, key: str, default: Any = None) -> Any:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [f"s:{key}"]).fetchone()
        return self.cipher.open(row[0]) if row else default

    def set_setting(self, key: str, value: Any, *, audit_events: Iterable[audit.Event] = ()) -> None:
        with self.transaction():
            self.db.table("meta").upsert({"key": f"s:{key}", "value": self.cipher.seal(value)}, pk="key")
            self.audit.append(audit_events)

    def record(self, *events: audit.Event) -> None:
        """Append to the audit log in a transaction of its own (for actions outside the database)."""
        with self.transaction():
            self.audit.append(events)

    # -- drafts --------------------------------------------------------------

    def save_draft(self, draft_id: str, draft: dict) -> None:
        with self.transaction():
            self.db.table("drafts").upsert(
                {"id": draft_id, "updated_at": _now(), "blob": self.cipher.seal(draft)}, pk="id")

    def load_draft(self, draft_id: str) -> dict | None:
        row = self.db.execute("SELECT blob FROM drafts WHERE id = ?", [draft_id]).fetchone()
        return self.cipher.open(row[0]) if row else None

    def list_drafts(self) -> list[tuple[str, int, dict]]:
        rows = self.db.execute("SELECT id, updated_at, blob FROM drafts ORDER BY updated_at DESC").fetchall()
        return [(r[0], r[1], self.cipher.open(r[2])) for r in rows]

    def delete_draft(self, draft_id: str) -> None:
        with self.transaction():
            self.db.execute("DELETE FROM drafts WHERE id = ?", [draft_id])

    # -- peers ---------------------------------------------------------------

    def peer_key_index(self, sign_pk: bytes) -> bytes:
        return self.cipher.index("peer-key", sign_pk.hex())

    def put_peer(self, peer_id: str, sign_pk: bytes, record: dict, *, added_at: int | None = None,
                 audit_events: Iterable[audit.Event] = ()) -> None:
        with self.transaction():
            self.db.table("peers").upsert(
                {"id": peer_id, "added_at": added_at or _now(), "key_ix": self.peer_key_index(sign_pk),
                 "blob": self.cipher.seal(record)}, pk="id")
            self.audit.append(audit_events)

    def get_peer(self, peer_id: str) -> dict | None:
        row = self.db.execute("SELECT blob FROM peers WHERE id = ?", [peer_id]).fetchone()
        return self.cipher.open(row[0]) if row else None

    def peer_id_for_key(self, sign_pk: bytes, *, now: int | None = None) -> str | None:
        """The peer whose current key this is; or whose previous key it was, while still accepted at ``now``.

        ``now=None`` finds previous keys at any time (to name the author of an old message).
        """
        ix = self.peer_key_index(sign_pk)
        row = self.db.execute("SELECT id FROM peers WHERE key_ix = ?", [ix]).fetchone()
        if row:
            return row[0]
        row = self.db.execute("SELECT peer_id FROM peer_keys WHERE key_ix = ? AND until >= ?",
                              [ix, now if now is not None else 0]).fetchone()
        return row[0] if row else None

    def replace_peer_key(self, peer_id: str, old_pk: bytes, new_pk: bytes, record: dict, until: int,
                         audit_events: Iterable[audit.Event] = ()) -> None:
        """After a rotation: the peer's new key and record; its old key stays known until ``until``."""
        with self.transaction():
            self.db.execute("UPDATE peers SET key_ix = ?, blob = ? WHERE id = ?",
                            [self.peer_key_index(new_pk), self.cipher.seal(record), peer_id])
            self.db.execute("INSERT OR REPLACE INTO peer_keys (key_ix, peer_id, until) VALUES (?, ?, ?)",
                            [self.peer_key_index(old_pk), peer_id, until])
            self.audit.append(audit_events)

    def list_peers(self) -> list[tuple[str, dict]]:
        rows = self.db.execute("SELECT id, blob FROM peers ORDER BY added_at, id").fetchall()
        return [(r[0], self.cipher.open(r[1])) for r in rows]

    # -- outbox --------------------------------------------------------------

    def queue(self, items: Iterable[tuple[str, bytes, dict, list[str]]], *, replace: bool = False,
              audit_events: Iterable[audit.Event] = (), filed_draft: str | None = None,
              correlate: Sequence[tuple[str, dict]] = ()) -> int:
        """Queue messages in one transaction: (id, envelope, secret record, recipient peer ids).

        A message already in the outbox is left as it is (queuing is idempotent), unless
        ``replace``: then its envelope and record are replaced (a forward sealed again to
        more recipients; the earlier ones can still open the new envelope).
        ``filed_draft``: the draft these messages were made from, deleted in the same
        transaction (after a crash there is the draft or its report, never both).
        ``correlate``: (message id, content) of this station's own reports, added to the
        correlation index in the same transaction. Returns how many were new.
        """
        now = _now()
        added = 0
        with self.transaction():
            row = self.db.execute("SELECT COALESCE(MAX(seq), 0) FROM outbox").fetchone()
            seq = row[0]
            for msg_id, envelope, secret, recipients in items:
                if not self.db.execute("SELECT 1 FROM outbox WHERE id = ?", [msg_id]).fetchone():
                    seq += 1
                    added += 1
                    self.db.execute(
                        "INSERT INTO outbox (id, seq, created_at, envelope, secret, urgent_tag)"
                        " VALUES (?, ?, ?, ?, ?, ?)",
                        [msg_id, seq, now, envelope, self.cipher.seal(secret),
                         urgency_tag(self.cipher, msg_id, bool(secret.get("urgent")))])
                elif replace:
                    self.db.execute("UPDATE outbox SET envelope = ?, secret = ?, urgent_tag = ? WHERE id = ?",
                                    [envelope, self.cipher.seal(secret),
                                     urgency_tag(self.cipher, msg_id, bool(secret.get("urgent"))), msg_id])
                # a known message may gain recipients (a hub relaying it to one more peer)
                self.db.conn.executemany(
                    "INSERT OR IGNORE INTO deliveries (msg_id, peer_id, status, attempts, next_attempt_at,"
                    " updated_at, detail) VALUES (?, ?, ?, 0, ?, ?, NULL)",
                    [(msg_id, peer, QUEUED, now, now) for peer in recipients])
            if filed_draft is not None:
                self.db.execute("DELETE FROM drafts WHERE id = ?", [filed_draft])
            correlation_index.index_reports(self.db, self.cipher, [(msg_id, correlation_index.OUTBOX, content)
                                                                   for msg_id, content in correlate])
            self.audit.append(audit_events)
        return added

    def outbox(self, limit: int | None = None) -> list[dict]:
        """Outbox messages, newest first, each with its secret record and deliveries."""
        sql = "SELECT id, created_at, secret FROM outbox ORDER BY seq DESC"
        rows = self.db.execute(sql + (" LIMIT ?" if limit else ""), [limit] if limit else []).fetchall()
        deliveries: dict[str, list[dict]] = {}
        for d in self.db.execute(f"SELECT {_DELIVERY_COLUMNS} FROM deliveries").fetchall():
            deliveries.setdefault(d[0], []).append(self._delivery(d))
        return [
            {"id": r[0], "created_at": r[1], **self.cipher.open(r[2]), "deliveries": deliveries.get(r[0], [])}
            for r in rows
        ]

    def outbox_message(self, msg_id: str) -> tuple[bytes, dict] | None:
        row = self.db.execute("SELECT envelope, secret FROM outbox WHERE id = ?", [msg_id]).fetchone()
        return (row[0], self.cipher.open(row[1])) if row else None

    def _delivery(self, d: tuple) -> dict:
        return {"peer": d[1], "status": d[2], "attempts": d[3], "updated_at": d[4],
                "next_attempt_at": d[6] if d[2] == RETRYING else None, **(self.cipher.open(d[5]) if d[5] else {})}

    def outbox_before(self, before: int | None, limit: int) -> list[dict]:
        """Up to ``limit`` outbox messages below seq ``before`` (from the newest when None), newest first."""
        rows = self.db.execute("SELECT id, seq, created_at, secret FROM outbox WHERE seq < ? ORDER BY seq DESC LIMIT ?",
                               [(1 << 62) if before is None else before, limit]).fetchall()
        return [{"id": r[0], "seq": r[1], "created_at": r[2], **self.cipher.open(r[3])} for r in rows]

    def deliveries_of(self, msg_ids: list[str]) -> dict[str, list[dict]]:
        """The deliveries of the given messages only, by message id, each in the order it was queued."""
        out: dict[str, list[dict]] = {}
        for start in range(0, len(msg_ids), 500):
            chunk = msg_ids[start: start + 500]
            marks = ",".join("?" * len(chunk))
            for d in self.db.execute(f"SELECT {_DELIVERY_COLUMNS} FROM deliveries WHERE msg_id IN ({marks})"
                                     " ORDER BY rowid", chunk):
                out.setdefault(d[0], []).append(self._delivery(d))
        return out

    def outbox_type_counts(self) -> dict[str, int]:
        """How many outbox messages there are of each type (counted once; later only the newly queued ones)."""
        counted, counts = self._outbox_types
        for seq, blob in self.db.execute("SELECT seq, secret FROM outbox WHERE seq > ? ORDER BY seq", [counted]):
            kind = self.cipher.open(blob).get("type", "")
            counts[kind] = counts.get(kind, 0) + 1
            counted = seq
        self._outbox_types = (counted, counts)
        return dict(counts)

    def outbox_ids(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM outbox ORDER BY seq").fetchall()]

    def count(self, table: str) -> int:
        return self.db[table].count

    # -- deliveries ----------------------------------------------------------

    def due_deliveries(self, now: int) -> list[dict]:
        """Deliveries to attempt now: queued, sending (left by a crash) or retrying and due.

        Each says whether its message is ``urgent``, from the outbox's urgency tag (no sealed
        record is opened); a message without a tag (written by other code) is opened to tell.
        """
        rows = self.db.execute(
            "SELECT d.msg_id, d.peer_id, d.status, d.attempts, o.seq, o.created_at, o.urgent_tag,"
            " CASE WHEN o.urgent_tag IS NULL THEN o.secret END"
            " FROM deliveries d JOIN outbox o ON o.id = d.msg_id"
            " WHERE d.status IN (?, ?, ?) AND d.next_attempt_at <= ? ORDER BY o.seq",
            [QUEUED, SENDING, RETRYING, now]).fetchall()
        return [{"msg_id": r[0], "peer_id": r[1], "status": r[2], "attempts": r[3], "seq": r[4],
                 "created_at": r[5],
                 "urgent": (r[6] == urgency_tag(self.cipher, r[0], True)) if r[6] is not None
                 else bool(self.cipher.open(r[7]).get("urgent"))} for r in rows]

    def next_due_time(self) -> int | None:
        row = self.db.execute("SELECT MIN(next_attempt_at) FROM deliveries WHERE status IN (?, ?, ?)",
                              [QUEUED, SENDING, RETRYING]).fetchone()
        return row[0]

    def envelopes(self, msg_ids: list[str]) -> dict[str, bytes]:
        out: dict[str, bytes] = {}
        for start in range(0, len(msg_ids), 500):
            chunk = msg_ids[start: start + 500]
            marks = ",".join("?" * len(chunk))
            out.update(self.db.execute(f"SELECT id, envelope FROM outbox WHERE id IN ({marks})", chunk).fetchall())
        return out

    def outbox_secrets(self, msg_ids: list[str]) -> dict[str, dict]:
        out: dict[str, dict] = {}
        for start in range(0, len(msg_ids), 500):
            chunk = msg_ids[start: start + 500]
            marks = ",".join("?" * len(chunk))
            for msg_id, blob in self.db.execute(f"SELECT id, secret FROM outbox WHERE id IN ({marks})", chunk):
                out[msg_id] = self.cipher.open(blob)
        return out

    def set_deliveries(self, peer_id: str, updates: list[tuple[str, str, int, int, dict | None]]) -> None:
        """Record (msg_id, status, attempts, next_attempt_at, detail) for one peer, in one transaction.

        A ``None`` detail keeps the previous one (the last error stays visible while sending again).
        Outcomes (delivered, relayed, given up) are recorded in the audit log.
        """
        now = _now()
        with self.transaction():
            self.db.conn.executemany(
                "UPDATE deliveries SET status = ?, attempts = ?, next_attempt_at = ?, updated_at = ?,"
                " detail = COALESCE(?, detail) WHERE msg_id = ? AND peer_id = ?",
                [(status, attempts, next_at, now, self.cipher.seal(detail) if detail is not None else None,
                  msg_id, peer_id) for msg_id, status, attempts, next_at, detail in updates])
            # deliveries and relays of one batch share an entry (every id named); a give-up has its own reason
            events = [audit.event(GAVE_UP, msg=msg_id, peer=peer_id, attempts=attempts,
                                  reason=(detail or {}).get("error", "")[:200])
                      for msg_id, status, attempts, _, detail in updates if status == GAVE_UP]
            for state in (DELIVERED, RELAYED):
                events += audit.per_batch(state, [(msg_id, {"peer": peer_id, "attempts": attempts})
                                                  for msg_id, status, attempts, _, _ in updates if status == state])
            self.audit.append(events)

    def delivery(self, msg_id: str, peer_id: str) -> dict | None:
        row = self.db.execute(
            "SELECT status, attempts, next_attempt_at, detail FROM deliveries WHERE msg_id = ? AND peer_id = ?",
            [msg_id, peer_id]).fetchone()
        if not row:
            return None
        return {"status": row[0], "attempts": row[1], "next_attempt_at": row[2],
                **(self.cipher.open(row[3]) if row[3] else {})}

    def recipients(self, msg_id: str) -> list[str]:
        """Peer ids a queued message goes to."""
        return [r[0] for r in self.db.execute("SELECT peer_id FROM deliveries WHERE msg_id = ? ORDER BY peer_id",
                                              [msg_id])]

    def deliveries_in(self, status: str) -> list[tuple[str, str]]:
        """(message id, peer id) of every delivery in ``status``."""
        return [(r[0], r[1]) for r in self.db.execute(
            "SELECT msg_id, peer_id FROM deliveries WHERE status = ?", [status])]

    def receipts_for(self, msg_ids: list[str], peer_id: str) -> dict[str, dict]:
        """The delivery receipts kept for messages delivered to one peer."""
        out: dict[str, dict] = {}
        for start in range(0, len(msg_ids), 500):
            chunk = msg_ids[start: start + 500]
            marks = ",".join("?" * len(chunk))
            for msg_id, detail in self.db.execute(
                    f"SELECT msg_id, detail FROM deliveries WHERE peer_id = ? AND status = ? AND msg_id IN ({marks})",
                    [peer_id, DELIVERED, *chunk]):
                receipt = (self.cipher.open(detail) if detail else {}).get("receipt")
                if receipt:
                    out[msg_id] = receipt
        return out

    def delivery_counts(self) -> dict[str, int]:
        return dict(self.db.execute("SELECT status, COUNT(*) FROM deliveries GROUP BY status").fetchall())

    def reschedule_peer(self, peer_id: str, when: int) -> None:
        """Make a peer's waiting deliveries due at ``when`` (its connection came back)."""
        with self.transaction():
            self.db.execute("UPDATE deliveries SET next_attempt_at = ? WHERE peer_id = ? AND status = ?",
                            [when, peer_id, RETRYING])

    # -- inbox ---------------------------------------------------------------

    def inbox_received_at(self, msg_ids: list[str]) -> dict[str, int]:
        out: dict[str, int] = {}
        for start in range(0, len(msg_ids), 500):
            chunk = msg_ids[start: start + 500]
            marks = ",".join("?" * len(chunk))
            out.update(self.db.execute(f"SELECT id, received_at FROM inbox WHERE id IN ({marks})", chunk).fetchall())
        return out

    # -- arrivals: taken in, not yet filed (see arrivals.py) ------------------

    def add_arrivals(self, items: list[arrivals.Arrival], received: list[tuple[str, dict]],
                     nonce: tuple[bytes, int, int] | None = None) -> bool:
        """Keep messages taken in, with the request's nonce and one audit entry per batch (``received``:
        each message's id and details), in one transaction; False, and nothing kept, on a replayed nonce."""
        with self.transaction():
            if nonce is not None and not self.use_nonce(*nonce):
                return False
            arrivals.add(self.db.conn, self.cipher, items)
            self.audit.append(audit.per_batch("receive", received))
        return True

    def arrivals_waiting(self, limit: int) -> list[arrivals.Arrival]:
        return arrivals.waiting(self.db.conn, self.cipher, limit)

    def any_arrival_waiting(self) -> bool:
        return arrivals.any_waiting(self.db.conn)

    def arrival_counts(self) -> tuple[int, int]:
        """(waiting to be filed, held back)."""
        return arrivals.counts(self.db.conn)

    def arrival_ids(self) -> list[str]:
        return arrivals.ids(self.db.conn)

    def held_arrivals(self) -> list[tuple[str, int, str, str]]:
        return arrivals.held(self.db.conn)

    def hold_arrival(self, msg_id: str, reason: str) -> None:
        with self.transaction():
            arrivals.hold(self.db.conn, msg_id, reason)

    def release_held_arrivals(self) -> int:
        with self.transaction():
            return arrivals.release_held(self.db.conn)

    def arrivals_received_at(self, msg_ids: list[str]) -> dict[str, int]:
        return arrivals.received_at(self.db.conn, msg_ids)

    def use_nonce(self, nonce: bytes, now: int, keep: int) -> bool:
        """Record a request nonce; False if it was seen before (a replay)."""
        ix = self.cipher.index("nonce", nonce.hex())
        with self.transaction():
            self.db.execute("DELETE FROM nonces WHERE seen_at < ?", [now - keep])
            if self.db.execute("SELECT 1 FROM nonces WHERE nonce_ix = ?", [ix]).fetchone():
                return False
            self.db.execute("INSERT INTO nonces (nonce_ix, seen_at) VALUES (?, ?)", [ix, now])
        return True

    def term_index(self, term: str) -> bytes:
        """The blind index of a search term (a summary word or ``country:XX``)."""
        return self.cipher.index("term", term)

    def nonce_seen(self, nonce: bytes) -> bool:
        """Was this request nonce recorded before (read only: a replay is refused before any work)?"""
        ix = self.cipher.index("nonce", nonce.hex())
        return self.db.execute("SELECT 1 FROM nonces WHERE nonce_ix = ?", [ix]).fetchone() is not None

    def add_to_inbox(self, rows: list[dict], return_receipts: Sequence[tuple[str, str, int]] = (),
                     nonce: tuple[bytes, int, int] | None = None, *, arrived: bool = False) -> bool:
        """Insert received messages (already checked) in one transaction; known ids are skipped.

        A row marked ``checked`` holds ``content`` that passed ``check_content`` (a peer's message
        just opened): its indicators are not normalised again for the correlation index.
        Each row stored is marked ``stored``, with the ``received_at`` it was kept under (a code
        line's row keeps its time), so that what stores beside it need not read it back.

        Each new one is recorded in the audit log: ``receive`` (with the peer that delivered it and
        its author), or ``import`` for an external (STIX) report. ``nonce`` (nonce, now, keep): the
        request's nonce, recorded in the same transaction; False, and nothing stored, if it was
        seen before (a replay).

        ``arrived``: the rows are arrivals being filed (``arrivals.py``): their arrival rows are deleted
        in this transaction, and no audit entry is written (it was written when they were taken in).
        """
        with self.transaction():
            if nonce is not None and not self.use_nonce(*nonce):
                return False
            if arrived:
                arrivals.remove(self.db.conn, [row["id"] for row in rows])
            seq = self.db.execute("SELECT COALESCE(MAX(seq), 0) FROM inbox").fetchone()[0]
            received: list[tuple[str, dict]] = []
            imported: list[tuple[str, dict]] = []
            checked: list[tuple[str, str, dict]] = []  # reports to index for correlation, by whether content was checked
            unchecked: list[tuple[str, str, dict]] = []
            for row in rows:
                if self.db.execute("SELECT 1 FROM inbox WHERE id = ?", [row["id"]]).fetchone():
                    continue
                row["stored"] = True  # (on the caller's row: what else stores with it knows it is new)
                meta = row["meta"]
                joined = self._code_line_row(row["id"], meta)
                if joined is not None:  # the full report of a line received earlier takes that line's row
                    row["received_at"] = joined[1]  # (in place: what else stores with the row sees the time kept)
                    hour_counts.count_row(self.db, joined[0], -1, self._places(joined[2]), self._closed_ixs())
                    self.db.execute("DELETE FROM inbox WHERE seq = ?", [joined[0]])
                    self.db.execute("DELETE FROM inbox_terms WHERE seq = ?", [joined[0]])
                else:
                    seq += 1
                if meta.get("external") or meta.get("imported"):
                    imported.append((row["id"], {"source": meta.get("source")}))
                else:
                    received.append((row["id"], {"peer": row["peer_id"], "author": meta.get("author_peer"),
                                                 "type": meta["type"],
                                                 "form": "code line" if meta.get("codeline") else None}))
                self.db.execute(
                    "INSERT INTO inbox (id, seq, received_at, envelope, secret, peer_id, sender_ix, type_ix,"
                    " code_ix, severity_ix, tlp_ix, status_ix, ref_ix) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    [row["id"], joined[0] if joined else seq, row["received_at"], row["envelope"],
                     self.cipher.seal(meta), row["peer_id"],
                     self.cipher.index("sender", meta["author"]), self.cipher.index("type", meta["type"]),
                     self.cipher.index("code", meta.get("code", "")),
                     self.cipher.index("severity", meta.get("severity", "")),
                     self.cipher.index("tlp", meta.get("tlp", "")),
                     self.cipher.index("status", meta.get("status", "new")),
                     self.cipher.index("ref", meta.get("in_reply_to", ""))])
                terms = [(term, self.term_index(term)) for term in report_terms(meta)]  # (each worked out once)
                self.db.conn.executemany(
                    "INSERT INTO inbox_terms (term_ix, received_at, seq) VALUES (?, ?, ?)",
                    [(ix, row["received_at"], joined[0] if joined else seq) for _, ix in terms])
                hour_counts.count_row(self.db, joined[0] if joined else seq, 1, self._places_of(terms),
                                      self._closed_ixs())
                content = row.get("content") or meta.get("content")
                if isinstance(content, dict) and content.get("type") in REPORT_TYPES:
                    (checked if row.get("checked") else unchecked).append((row["id"], correlation_index.INBOX, content))
            # the batch's reports in one pass (in order): keys and origins they share are looked up once
            correlation_index.index_reports(self.db, self.cipher, checked, checked=True)
            correlation_index.index_reports(self.db, self.cipher, unchecked)
            self.db.conn.executemany(
                "INSERT OR IGNORE INTO return_receipts (msg_id, peer_id, received_at) VALUES (?, ?, ?)",
                list(return_receipts))
            # one entry per batch (per delivering peer, author and type), naming every message
            if not arrived:
                self.audit.append(audit.per_batch("receive", received) + audit.per_batch("import", imported))
        return True

    def _code_line_row(self, msg_id: str, meta: dict) -> tuple[int, int, dict] | None:
        """(seq, received_at, its record) of the row of a code line that the signed message ``msg_id`` completes, if any.

        A code line's row is keyed by the id prefix it carries (``CODE_LINE_ID_HEX`` hex digits).
        The message takes it if the line was not authenticated or was authenticated by its author.
        """
        if meta.get("codeline") or meta.get("external") or len(msg_id) <= CODE_LINE_ID_HEX:
            return None
        found = self.db.execute("SELECT seq, received_at, secret FROM inbox WHERE id = ?",
                                [msg_id[:CODE_LINE_ID_HEX]]).fetchone()
        if not found:
            return None
        held = self.cipher.open(found[2])
        line = held.get("codeline")
        if not isinstance(line, dict) or line.get("by") not in ("", meta.get("author_peer")):
            return None
        return found[0], found[1], held

    def inbox(self, *, limit: int = 100, offset: int = 0, where: dict[str, str] | None = None,
              since: int | None = None, until: int | None = None) -> list[dict]:
        """Inbox rows, newest first, filtered by blind-indexed fields (``{"code": "rsit:..."}``)."""
        clauses: list[str] = []
        params: list[Any] = []
        for field, value in (where or {}).items():
            clauses.append(f"{field}_ix = ?")
            params.append(self.cipher.index(field, value))
        if since is not None:
            clauses.append("received_at >= ?")
            params.append(since)
        if until is not None:
            clauses.append("received_at <= ?")
            params.append(until)
        sql = "SELECT id, received_at, peer_id, secret FROM inbox"
        if clauses:
            sql += " WHERE " + " AND ".join(clauses)
        sql += " ORDER BY received_at DESC, seq DESC LIMIT ? OFFSET ?"
        rows = self.db.execute(sql, [*params, limit, offset]).fetchall()
        return [{"id": r[0], "received_at": r[1], "peer_id": r[2], **self.cipher.open(r[3])} for r in rows]

    def inbox_message(self, msg_id: str) -> tuple[bytes, dict, int, str] | None:
        row = self.db.execute("SELECT envelope, secret, received_at, peer_id FROM inbox WHERE id = ?",
                              [msg_id]).fetchone()
        return (row[0], self.cipher.open(row[1]), row[2], row[3]) if row else None

    def ids_with_prefix(self, table: str, prefix: str, limit: int = 2) -> list[str]:
        """Message ids in ``outbox`` or ``inbox`` that start with a hex ``prefix`` (indexed lookup)."""
        if table not in ("outbox", "inbox") or not all(c in "0123456789abcdef" for c in prefix):
            return []
        upper = prefix + "g"  # every id with the prefix sorts between prefix and prefix + "g"
        return [r[0] for r in self.db.execute(f"SELECT id FROM {table} WHERE id >= ? AND id < ? ORDER BY id LIMIT ?",
                                              [prefix, upper, limit])]

    def inbox_ids(self) -> list[str]:
        return [r[0] for r in self.db.execute("SELECT id FROM inbox ORDER BY seq")]

    def update_inbox_meta(self, msg_id: str, meta: dict) -> None:
        status_ix = self.cipher.index("status", meta.get("status", "new"))
        with self.transaction():
            found = self.db.execute("SELECT seq, status_ix FROM inbox WHERE id = ?", [msg_id]).fetchone()
            moved = found is not None and found[1] != status_ix
            if moved:  # the per-hour counts of closed messages follow the status
                hour_counts.count_row(self.db, found[0], -1, self._places(meta), self._closed_ixs())
            self.db.execute("UPDATE inbox SET secret = ?, status_ix = ? WHERE id = ?",
                            [self.cipher.seal(meta), status_ix, msg_id])
            if moved:
                hour_counts.count_row(self.db, found[0], 1, self._places(meta), self._closed_ixs())

    def _places(self, meta: dict) -> list[bytes]:
        """The blind indexes of the countries an inbox message concerns (its ``country:XX`` terms as
        ``inbox_terms`` holds them, a group's own term left out)."""
        return self._places_of([(t, self.term_index(t)) for t in report_terms(meta) if t.startswith(COUNTRY_TERM)])

    def _places_of(self, terms: list[tuple[str, bytes]]) -> list[bytes]:
        """:meth:`_places` from a message's (term, blind index) pairs already worked out."""
        countries = self._hour_keys()[0]
        return [ix for term, ix in terms if term.startswith(COUNTRY_TERM) and ix in countries]

    def _closed_ixs(self) -> set[bytes]:
        return self._hour_keys()[1]

    def _hour_keys(self) -> tuple[set[bytes], set[bytes]]:
        """The countries' terms and the closed statuses as blind indexes (worked out once)."""
        if self._hour_ixs is None:
            self._hour_ixs = (hour_counts.country_term_indexes(self.cipher), hour_counts.closed_indexes(self.cipher))
        return self._hour_ixs

    def replies_to(self, msg_id: str) -> list[dict]:
        rows = self.db.execute("SELECT id, received_at, peer_id, secret FROM inbox WHERE ref_ix = ? ORDER BY seq",
                               [self.cipher.index("ref", msg_id)]).fetchall()
        return [{"id": r[0], "received_at": r[1], "peer_id": r[2], **self.cipher.open(r[3])} for r in rows]

    def replies_to_each(self, msg_ids: list[str]) -> dict[str, list[dict]]:
        """The inbox messages replying to each of ``msg_ids`` (by the indexed reference), in received order."""
        out: dict[str, list[dict]] = {}
        for start in range(0, len(msg_ids), 500):
            by_ix = {self.cipher.index("ref", m): m for m in msg_ids[start: start + 500]}
            marks = ",".join("?" * len(by_ix))
            for r in self.db.execute(f"SELECT ref_ix, id, received_at, peer_id, secret FROM inbox"
                                     f" WHERE ref_ix IN ({marks}) ORDER BY received_at, seq", list(by_ix)):
                out.setdefault(by_ix[r[0]], []).append({"id": r[1], "received_at": r[2], "peer_id": r[3],
                                                        **self.cipher.open(r[4])})
        return out

    def waiting_for(self, peer_id: str) -> list[str]:
        """The messages not yet delivered to ``peer_id`` (queued, being sent or retrying), in outbox order."""
        return [r[0] for r in self.db.execute(
            "SELECT d.msg_id FROM deliveries d JOIN outbox o ON o.id = d.msg_id"
            " WHERE d.peer_id = ? AND d.status IN (?, ?, ?) ORDER BY o.seq", [peer_id, QUEUED, SENDING, RETRYING])]

    def take_return_receipts(self, peer_id: str) -> list[tuple[str, int]]:
        return [(r[0], r[1]) for r in self.db.execute(
            "SELECT msg_id, received_at FROM return_receipts WHERE peer_id = ?", [peer_id])]

    def drop_return_receipts(self, peer_id: str, msg_ids: list[str]) -> None:
        with self.transaction():
            self.db.conn.executemany("DELETE FROM return_receipts WHERE peer_id = ? AND msg_id = ?",
                                     [(peer_id, m) for m in msg_ids])

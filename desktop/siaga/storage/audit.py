"""The station's audit log: every action that matters, hash-chained and signed.

Each entry's body ``{seq, at, event, ...details}`` is sealed with the data key
like every other stored field (uncompressed), so what happened and to whom is
not on disk in the clear. The entries form a chain over the
sealed bytes::

    hash_i = BLAKE2b-256(hash_{i-1} || seq_i as 8 bytes || sealed body_i)      (hash_0 = 32 zero bytes)

and each ``(seq_i, hash_i)`` is signed with the station's Ed25519 key. The
latest ``(seq, hash)`` is also kept, sealed, in ``meta`` (the *head*), so that
removing entries from the end is noticed too. Entries are appended inside the
transaction of the action they record; an append that fails fails the action.

After a key rotation the log is signed with the new key; the ``key-rotate``
entry that names the new key is signed with the old one, so verification can
follow the chain of keys from the first entry to the last.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
import sqlite3
import struct
import time
from dataclasses import dataclass, field
from typing import Iterable

import nacl.exceptions
from nacl.signing import SigningKey, VerifyKey

from ..base.encoding import b64d, b64e, canonical, compact_json
from ..base.errors import DecodeError, InputError, SiagaError, StorageError
from .cipher import FieldCipher

log = logging.getLogger("siaga.audit")

DOMAIN = b"siaga/audit/v1\x00"
GENESIS = bytes(32)
HEAD_KEY = "audit_head"
#: an entry names at most this many message ids (a bulk export or bundle keeps its count too)
MAX_IDS = 1000

# problems verification can find, the first one is reported
EDITED, MISSING, REORDERED, BAD_SIGNATURE, TRUNCATED = "edited", "missing", "reordered", "bad-signature", "truncated"
#: the entry an append adds first when the log does not end where its head record says
TAMPER_FOUND = "tamper-found"


@dataclass(frozen=True)
class Event:
    """One thing to record: its kind and non-secret details (ids, states, counts)."""

    kind: str
    details: dict = field(default_factory=dict)
    #: the key that signs this entry instead of the current one (``key-rotate``: the key it retires)
    signer: SigningKey | None = None


def event(kind: str, /, *, signer: SigningKey | None = None, **details: object) -> Event:
    return Event(kind, {k: v for k, v in details.items() if v not in (None, "", [], ())}, signer)


def ids(msg_ids: list[str]) -> dict:
    """Details naming many messages: the first :data:`MAX_IDS` ids and how many there were."""
    return {"count": len(msg_ids), "msgs": msg_ids[:MAX_IDS]}


def per_batch(kind: str, items: Iterable[tuple[str, dict]]) -> list[Event]:
    """One entry per group of messages that share their details, naming every one of them.

    ``items``: (message id, details) per message of one batch. Messages whose details are
    equal share one entry (``msgs``, every id, and ``count``; up to :data:`MAX_IDS` per
    entry, so no id is left out); a message alone keeps the single form (``msg``). A batch
    of 250 deliveries is one signed entry instead of 250.
    """
    groups: dict[tuple, list[str]] = {}
    for msg_id, details in items:
        shown = {k: v for k, v in details.items() if v not in (None, "", [], ())}
        groups.setdefault(tuple(sorted(shown.items())), []).append(msg_id)
    out = []
    for key, msg_ids in groups.items():
        for start in range(0, len(msg_ids), MAX_IDS):
            chunk = msg_ids[start:start + MAX_IDS]
            named: dict = {"msg": chunk[0]} if len(chunk) == 1 else {"msgs": chunk, "count": len(chunk)}
            out.append(Event(kind, {**named, **dict(key)}))
    return out


@dataclass(frozen=True)
class Problem:
    seq: int
    kind: str  # edited, missing, reordered, bad-signature, truncated
    detail: str

    def to_dict(self) -> dict:
        return {"seq": self.seq, "kind": self.kind, "detail": self.detail}


class AuditBroken(SiagaError):
    """Verification found the audit log altered: names the first bad entry and what is wrong."""

    code = "audit-broken"
    template = "the audit log is not intact: entry {seq} {kind}: {detail}"


@dataclass(frozen=True)
class Verdict:
    entries: int
    problem: Problem | None

    @property
    def intact(self) -> bool:
        return self.problem is None

    def to_dict(self) -> dict:
        return {"intact": self.intact, "entries": self.entries,
                "problem": self.problem.to_dict() if self.problem else None}

    def check(self) -> None:
        """Raise :class:`AuditBroken` naming the first problem, if there is one."""
        if self.problem:
            raise AuditBroken(self.problem.detail, seq=self.problem.seq, kind=self.problem.kind)


def _chain(prev: bytes, seq: int, body: bytes) -> bytes:
    return hashlib.blake2b(prev + struct.pack(">Q", seq) + body, digest_size=32, person=b"siaga-audit").digest()


def _signed_part(seq: int, digest: bytes) -> bytes:
    return DOMAIN + struct.pack(">Q", seq) + digest


def _seal(cipher: FieldCipher, record: dict) -> bytes:
    # sorted JSON, uncompressed: entries are small and written often (the chain covers the sealed bytes)
    return cipher.seal_raw(compact_json(record))


def _open(cipher: FieldCipher, blob: bytes) -> dict:
    try:
        record = json.loads(cipher.open_raw(bytes(blob)))
    except ValueError:
        record = None
    if not isinstance(record, dict):
        raise DecodeError("an audit record is damaged", what="audit log")
    return record


def head_record(cipher: FieldCipher, seq: int, digest: bytes) -> bytes:
    """The sealed head: ``(seq, hash)`` of the last entry."""
    return _seal(cipher, {"seq": seq, "hash": b64e(digest)})


def _stamp(now: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(now))


class AuditLog:
    """The ``audit`` table of one database connection."""

    def __init__(self, conn: sqlite3.Connection, cipher: FieldCipher, signing: SigningKey, path: str) -> None:
        self.conn = conn
        self.cipher = cipher
        #: the station's current signing key (replaced after a rotation)
        self.signing = signing
        self._path = path

    # -- appending ------------------------------------------------------------

    def append(self, events: Iterable[Event]) -> None:
        """Append ``events``; the caller holds the write transaction of the action they record."""
        events = list(events)
        if not events:
            return
        try:
            seq, prev = self._last()
            head = self._read_head()
            if head != (seq, prev):  # entries or the head were tampered with: say so in the chain itself
                events.insert(0, event(TAMPER_FOUND, head_seq=head[0] if head else None, last_seq=seq))
                log.error("the audit log does not end where its head record says: recorded at entry %d", seq + 1)
            now = _stamp(time.time())
            rows = []
            for ev in events:
                seq += 1
                body = _seal(self.cipher, {**ev.details, "seq": seq, "at": now, "event": ev.kind})
                digest = _chain(prev, seq, body)
                signature = (ev.signer or self.signing).sign(_signed_part(seq, digest)).signature
                rows.append((seq, body, digest, signature))
                prev = digest
            self.conn.executemany("INSERT INTO audit (seq, body, hash, sig) VALUES (?, ?, ?, ?)", rows)
            sealed_head = head_record(self.cipher, seq, prev)
            # an update in place writes one page (a replace would rewrite the key's index too)
            if not self.conn.execute("UPDATE meta SET value = ? WHERE key = ?", [sealed_head, HEAD_KEY]).rowcount:
                self.conn.execute("INSERT INTO meta (key, value) VALUES (?, ?)", [HEAD_KEY, sealed_head])
        except sqlite3.Error as exc:
            raise StorageError(f"could not append to the audit log ({exc})", path=self._path) from None

    def _last(self) -> tuple[int, bytes]:
        """(seq, hash) of the last entry in the table."""
        row = self.conn.execute("SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1").fetchone()
        return (row[0], bytes(row[1])) if row else (0, GENESIS)

    def _read_head(self) -> tuple[int, bytes] | None:
        """(seq, hash) the sealed head record names; None if it is missing or damaged."""
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", [HEAD_KEY]).fetchone()
        try:
            head = _open(self.cipher, row[0]) if row else None
            return (int(head["seq"]), b64d(head["hash"], "head hash", 32)) if head else None
        except (DecodeError, KeyError, TypeError, ValueError):
            return None

    # -- reading --------------------------------------------------------------

    def entries(self, limit: int | None = None) -> list[dict]:
        """The last ``limit`` entries (all when None), oldest first, opened."""
        sql = "SELECT seq, body, hash FROM audit ORDER BY seq DESC" + (" LIMIT ?" if limit is not None else "")
        rows = self.conn.execute(sql, [limit] if limit is not None else []).fetchall()
        out = []
        for seq, body, digest in reversed(rows):
            try:
                entry = _open(self.cipher, body)
            except DecodeError:
                entry = {"event": "(damaged)"}
            out.append({**entry, "seq": seq, "hash": digest.hex()})
        return out

    # -- verifying ------------------------------------------------------------

    def verify(self, own_keys: Iterable[bytes]) -> Verdict:
        """Walk the chain from the first entry; report the first problem, if any.

        ``own_keys``: the station's current and retired signing keys. The first entry must be
        signed by one of them; later entries by a key that had become active by then (the
        first one, or one named by an earlier ``key-rotate`` entry).
        """
        own = {pk: VerifyKey(pk) for pk in own_keys}
        try:
            self.conn.execute("BEGIN")  # one snapshot: entries and head as one writer left them
            try:
                rows = self.conn.execute("SELECT seq, body, hash, sig FROM audit ORDER BY seq")
                count, last_hash, problem = self._walk(rows, own)
                if problem is None:
                    problem = self._check_head(count, last_hash)
            finally:
                self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            raise StorageError(f"could not read the audit log ({exc})", path=self._path) from None
        return Verdict(count, problem)

    def _walk(self, rows: Iterable[tuple], own: dict[bytes, VerifyKey]) -> tuple[int, bytes, Problem | None]:
        """(how many entries verified, which is also the last one's seq; its hash; the first problem or None)."""
        prev, expected, count = GENESIS, 1, 0
        active: list[VerifyKey] = []  # keys that signed the log so far, newest first
        for seq, body, stored, signature in rows:
            if seq != expected:
                what = f"entry {expected} is" if seq == expected + 1 else f"entries {expected} to {seq - 1} are"
                return count, prev, Problem(expected, MISSING, f"{what} missing (deleted)")
            try:
                entry = _open(self.cipher, body)
            except DecodeError:
                return count, prev, Problem(seq, EDITED, "its content was altered (it no longer opens)")
            if entry.get("seq") != seq:
                return count, prev, Problem(seq, REORDERED, f"entry {entry.get('seq')} was moved to place {seq}")
            digest = _chain(prev, seq, body)
            if digest != bytes(stored):
                return count, prev, Problem(seq, EDITED, "it does not match its hash (content or hash altered)")
            signer = _signer(active or list(own.values()), _signed_part(seq, digest), bytes(signature))
            if signer is None:
                return count, prev, Problem(seq, BAD_SIGNATURE, "not signed by this station's key of that time")
            if not active:
                active.append(signer)
            if entry.get("event") == TAMPER_FOUND:
                return count, prev, _head_problem(entry.get("head_seq"), int(entry.get("last_seq", 0)), seq)
            if entry.get("event") == "key-rotate":
                new = own.get(_key_bytes(entry.get("new_key")))
                if new is None:
                    return count, prev, Problem(seq, BAD_SIGNATURE, "it names a key this station does not hold")
                active.insert(0, new)
            prev, expected, count = digest, seq + 1, count + 1
        return count, prev, None

    def _check_head(self, last_seq: int, last_hash: bytes) -> Problem | None:
        head = self._read_head()
        return None if head == (last_seq, last_hash) else _head_problem(head[0] if head else None, last_seq)


def _head_problem(head_seq: int | None, last_seq: int, found_at: int | None = None) -> Problem:
    """What is wrong when the head record names ``head_seq`` (None: deleted or damaged) and the entries end
    at ``last_seq``; ``found_at``: the entry that recorded it, when an append found it."""
    when = f" (found when entry {found_at} was added)" if found_at else ""
    if head_seq is None:
        return Problem(found_at or last_seq + 1, TRUNCATED, f"the record of the latest entry was deleted{when}")
    if head_seq > last_seq:
        span = f"entry {head_seq} was" if head_seq == last_seq + 1 else f"entries {last_seq + 1} to {head_seq} were"
        return Problem(last_seq + 1, TRUNCATED, f"{span} removed from the end{when}")
    return Problem(head_seq + 1 if head_seq < last_seq else last_seq, EDITED,
                   f"the log does not end where its head record says{when}")


def _key_bytes(text: object) -> bytes:
    try:
        return b64d(text, "key", 32)
    except DecodeError:
        return b""


def _signer(keys: list[VerifyKey], message: bytes, signature: bytes) -> VerifyKey | None:
    for key in keys:
        try:
            key.verify(message, signature)
            return key
        except (nacl.exceptions.BadSignatureError, ValueError):
            continue
    return None


# -- export for after-action review ----------------------------------------------

_CSV_COLUMNS = ("seq", "at", "event", "msg", "peer", "details", "hash")


def render(entries: list[dict], fmt: str, verdict: Verdict, station: dict, peers: dict[str, str]) -> bytes:
    """The entries as a JSON document (with the verification result and peer names) or CSV."""
    if fmt == "json":
        doc = {"siaga_audit": 1, "exported_at": _stamp(time.time()), "station": station,
               "verification": verdict.to_dict(), "peers": peers, "entries": entries}
        return (json.dumps(doc, indent=1, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8")
    if fmt == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(_CSV_COLUMNS)
        for e in entries:
            rest = {k: v for k, v in e.items() if k not in _CSV_COLUMNS}
            writer.writerow([e["seq"], e.get("at", ""), e["event"], e.get("msg", ""), e.get("peer", ""),
                             canonical(rest).decode("utf-8") if rest else "", e["hash"]])
        return out.getvalue().encode("utf-8")
    raise InputError(f"unknown audit export format {fmt!r} (json or csv)")

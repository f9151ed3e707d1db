"""Arrivals: messages taken in and receipted, waiting to be filed in the inbox.

A large batch from a peer is taken in quickly: each message, once opened and
checked, is kept here whole and durably (its envelope as it came, and its signed
payload sealed with the station's data key: nothing in the clear), and the
batch's receipt is signed. Filing (``station/filing.py``) later moves each one
into the inbox with its search terms, blind indexes, correlation keys and
incident, in one transaction that also deletes its arrival row: a message is
filed exactly once, whenever the process stops.

A message that could not be filed (something unforeseen failed while indexing
it) is *held*: it stays here with the reason, is counted apart, and is not tried
again until the endpoint's filer next starts.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Iterable

from .cipher import FieldCipher


@dataclass(frozen=True)
class Arrival:
    """One message taken in and not yet filed."""

    msg_id: str
    received_at: int
    peer_id: str  # the peer that delivered it
    author_peer: str  # the peer that wrote it (checked against the directory when it was taken in)
    envelope: bytes  # as it came
    payload: bytes  # the signed payload (signature, then the canonical content), opened


def create_table(db) -> None:
    # the small columns first: counting and finding waiting rows reads no blob
    db.execute("CREATE TABLE IF NOT EXISTS arrivals (seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE,"
               " received_at INTEGER NOT NULL, peer_id TEXT NOT NULL, held TEXT, envelope BLOB NOT NULL,"
               " sealed BLOB NOT NULL)")


def _seal(cipher: FieldCipher, author_peer: str, payload: bytes) -> bytes:
    # no JSON and no compression on the hot path: the author's peer id, a NUL, the payload as opened
    return cipher.seal_raw(author_peer.encode("utf-8") + b"\x00" + payload)


def add(conn: sqlite3.Connection, cipher: FieldCipher, items: Iterable[Arrival]) -> None:
    """Keep messages taken in (known ids are left as they are)."""
    conn.executemany(
        "INSERT OR IGNORE INTO arrivals (id, received_at, peer_id, envelope, sealed) VALUES (?, ?, ?, ?, ?)",
        [(a.msg_id, a.received_at, a.peer_id, a.envelope, _seal(cipher, a.author_peer, a.payload)) for a in items])


def waiting(conn: sqlite3.Connection, cipher: FieldCipher, limit: int) -> list[Arrival]:
    """The oldest ``limit`` messages waiting to be filed (held ones left out)."""
    rows = conn.execute("SELECT id, received_at, peer_id, envelope, sealed FROM arrivals WHERE held IS NULL"
                        " ORDER BY seq LIMIT ?", [limit]).fetchall()
    out = []
    for msg_id, received_at, peer_id, envelope, sealed in rows:
        author, _, payload = cipher.open_raw(sealed).partition(b"\x00")
        out.append(Arrival(msg_id, received_at, peer_id, author.decode("utf-8"), envelope, payload))
    return out


def remove(conn: sqlite3.Connection, msg_ids: list[str]) -> None:
    conn.executemany("DELETE FROM arrivals WHERE id = ?", [(m,) for m in msg_ids])


def hold(conn: sqlite3.Connection, msg_id: str, reason: str) -> None:
    """Set a message that could not be filed apart, with the reason (a stable code)."""
    conn.execute("UPDATE arrivals SET held = ? WHERE id = ?", [reason, msg_id])


def release_held(conn: sqlite3.Connection) -> int:
    """Let held messages be tried again (when the endpoint's filer next starts); how many."""
    return conn.execute("UPDATE arrivals SET held = NULL WHERE held IS NOT NULL").rowcount


def received_at(conn: sqlite3.Connection, msg_ids: list[str]) -> dict[str, int]:
    """Of these ids, those waiting here, with when they arrived."""
    out: dict[str, int] = {}
    for start in range(0, len(msg_ids), 500):
        chunk = msg_ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        out.update(conn.execute(f"SELECT id, received_at FROM arrivals WHERE id IN ({marks})", chunk).fetchall())
    return out


def counts(conn: sqlite3.Connection) -> tuple[int, int]:
    """(waiting, held)."""
    row = conn.execute("SELECT COUNT(*) - COUNT(held), COUNT(held) FROM arrivals").fetchone()
    return int(row[0]), int(row[1])


def ids(conn: sqlite3.Connection) -> list[str]:
    """Every message among the arrivals (waiting or held), oldest first."""
    return [r[0] for r in conn.execute("SELECT id FROM arrivals ORDER BY seq").fetchall()]


def any_waiting(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM arrivals WHERE held IS NULL LIMIT 1").fetchone() is not None


def held(conn: sqlite3.Connection) -> list[tuple[str, int, str, str]]:
    """(id, received at, delivering peer, reason) of each message held back."""
    return [tuple(r) for r in conn.execute(
        "SELECT id, received_at, peer_id, held FROM arrivals WHERE held IS NOT NULL ORDER BY seq").fetchall()]

"""Filing: moving messages taken in (the arrivals) into the inbox, with all their indexing.

Taking a large batch in does the least the receipt needs: open, check, keep the
message durably in the arrivals (``storage/arrivals.py``). Filing does the rest
(the inbox row with its search terms and blind indexes, the correlation index, the
per-hour counts, the incident), a chunk of arrivals per transaction, and deletes
their arrival rows in that same transaction: a message is filed exactly once,
however the process stops. Filing again after a crash finds only what was not.

Filing runs in the background of the endpoint (``delivery/filer.py``), and every
read of the inbox through the station files what is waiting first (cheap when
nothing is), so what a reader sees is the inbox complete. One writer: filing and
taking in share :data:`WRITER` in a process, and a transaction in the database.

This module also holds what receiving and filing share: the inbox record of a
message (:func:`inbox_meta`) and the automatic answer to a ping (:func:`answer_ping`).
"""

from __future__ import annotations

import functools
import logging
import threading
import time
from typing import Callable

from ..base.encoding import parse_json
from ..base.errors import StorageError
from ..protocol.message import ACK_TYPE, CHECK_TYPE, PING_TYPE, SIGHTING_TYPE, build_ping

log = logging.getLogger("siaga.filing")

#: one writer per process: taking in and filing store one after the other
WRITER = threading.RLock()
#: arrivals filed per transaction (a reader waiting on filing waits for one chunk at most per turn)
CHUNK = 250
#: the reason a message is held back when filing it failed in an unforeseen way
FILING_FAILED = "filing-failed"


def inbox_meta(content: dict, author_peer: str, deliverer: str) -> dict:
    """What the inbox list shows without opening the envelope (sealed in the database).

    The peer that delivered the message is stored under ``via`` (the stored name); it is not
    a peer record's ``via``, which names the hub that relays to that peer.
    """
    meta = {
        "author": content["author"], "author_peer": author_peer, "via": deliverer, "type": content["type"],
        "station": content["station"], "reported_at": content["reported_at"], "status": "new",
    }
    for key in ("code", "severity", "tlp", "pap", "scope", "countries", "summary", "observed_at", "in_reply_to"):
        if key in content:
            meta[key] = content[key]
    if content["type"] == ACK_TYPE:
        meta["ack"] = content["ack"]
    if content["type"] == CHECK_TYPE:
        meta["check"] = content["check"]
    if content["type"] == SIGHTING_TYPE:
        meta["sighting"] = content["sighting"]
    return meta


def answer_ping(station, content: dict, msg_id: str) -> None:
    """Automatic answers: a ping is answered with a ping that names it; an answer is recorded."""
    if content["type"] != PING_TYPE:
        return
    author = station.peer_by_key(content["author"])
    if author is None:
        return
    if "in_reply_to" not in content:
        reply = build_ping(station.info, station.books.current, in_reply_to=msg_id)
        station.queue_content(reply, [author])
        log.info("ping %s from %s answered", msg_id[:12], author.id)
    else:
        station.update_peer(author.id, health={"last_pong": int(time.time()), "last_pong_ping": content["in_reply_to"]})
        log.info("%s answered ping %s", author.id, content["in_reply_to"][:12])


def _row(arrival) -> dict:
    # the payload was opened, verified and checked when it was taken in, and sealed by this station since
    content = parse_json(arrival.payload[64:], "message content")
    return {"id": arrival.msg_id, "received_at": arrival.received_at, "envelope": arrival.envelope,
            "peer_id": arrival.peer_id, "meta": inbox_meta(content, arrival.author_peer, arrival.peer_id),
            "content": content, "checked": True}


def _file_rows(station, rows: list[dict]) -> list[dict]:
    """File ``rows`` in one transaction; if that fails in an unforeseen way, one by one, holding back each
    that fails on its own (it stays among the arrivals with its reason). The rows filed."""
    try:
        station.incoming.add(rows, arrived=True)
        return rows
    except StorageError:
        raise  # the disk, not the messages: tried again later
    except Exception:  # noqa: BLE001 - one message that cannot be filed must not hold up the others
        if len(rows) == 1:
            log.exception("message %s could not be filed: held back", rows[0]["id"])
            station.store.hold_arrival(rows[0]["id"], FILING_FAILED)
            return []
    filed = []
    for row in rows:
        filed += _file_rows(station, [row])
    return filed


def file_waiting(station, *, chunks: int | None = None) -> list[str]:
    """File what is waiting among the arrivals, oldest first, a chunk per transaction (at most ``chunks``
    chunks; all by default). The ids filed (the pings among them answered)."""
    filed_ids: list[str] = []
    done = 0
    while chunks is None or done < chunks:
        with WRITER:
            waiting = station.store.arrivals_waiting(CHUNK)
            if not waiting:
                break
            rows = []
            for arrival in waiting:
                try:
                    rows.append(_row(arrival))
                except Exception:  # noqa: BLE001 - a damaged arrival is held back, not lost
                    log.exception("message %s could not be read back for filing: held back", arrival.msg_id)
                    station.store.hold_arrival(arrival.msg_id, FILING_FAILED)
            filed = _file_rows(station, rows)
        done += 1
        for row in filed:
            if row.get("stored"):
                filed_ids.append(row["id"])
                answer_ping(station, row["content"], row["id"])
    if filed_ids:
        log.info("%d message(s) filed in the inbox", len(filed_ids))
    return filed_ids


def file_first(station) -> None:
    """What every read of the inbox through the station does first: file what is waiting (one query when
    nothing is)."""
    if station.store.any_arrival_waiting():
        file_waiting(station)


def files_first(method: Callable) -> Callable:
    """``method`` of the station, made to file what is waiting before it reads the inbox."""
    @functools.wraps(method)
    def reading(station, *args, **kwargs):
        file_first(station)
        return method(station, *args, **kwargs)
    return reading

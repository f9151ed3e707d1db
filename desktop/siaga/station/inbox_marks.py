"""What the officer did with received reports: which were opened (read), and acknowledging several at once.

The read mark is local to this station: it never travels to a peer. It is kept in
the message's sealed record (``read_at``, epoch seconds), like its status, so no
plaintext is added at rest. A message the officer answered (its status is no
longer *new*) counts as read as well: it was opened to be answered. Messages
received before read marks existed count as unread until they are opened.

Acknowledging several reports checks every one of them first: if one cannot be
acknowledged (an external report, an author who is no longer a peer), nothing is
sent and the reason names that report. Then each is acknowledged in one
transaction, reporting progress as it goes.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Callable, Sequence

from ..base.errors import InputError, Reason
from ..storage.inbox_query import is_unread

if TYPE_CHECKING:
    from .facade import Station

#: acknowledgements in one call (the command line and a selection in the app)
MAX_ACKS = 1000


def mark_read(station: "Station", ref: str, now: int | None = None) -> tuple[str, bool]:
    """Mark a received message read; (its full id, whether it was unread until now)."""
    msg_id = station.resolve_inbox_id(ref)
    stored = station.store.inbox_message(msg_id)
    if stored is None:  # gone between the two reads (deleted by another window): nothing to mark
        return msg_id, False
    meta = stored[1]
    if meta.get("read_at"):
        return msg_id, False
    was_unread = is_unread(meta)
    meta["read_at"] = int(time.time() if now is None else now)
    station.store.update_inbox_meta(msg_id, meta)
    return msg_id, was_unread


def ack_refusal(station: "Station", msg_id: str) -> Reason | None:
    """Why the received message ``msg_id`` cannot be acknowledged, or None when it can."""
    stored = station.store.inbox_message(msg_id)
    if stored is None:
        return Reason("ack-gone", "it is no longer in the inbox")
    meta = stored[1]
    if meta.get("external"):
        return Reason("ack-external", "an external (STIX) report has no Siaga author to acknowledge to")
    author = station.peer_by_key(meta["author"]) if meta.get("author") else None
    if author is None or author.revoked:
        return Reason("ack-no-author", "the author of this message is no longer a peer; cannot acknowledge")
    return None


def acknowledge_all(station: "Station", refs: Sequence[str], status: str, note: str = "",
                    progress: Callable[[int, int], None] | None = None) -> list[tuple[str, str]]:
    """Acknowledge each message of ``refs`` with ``status`` and ``note``; [(message id, acknowledgement id)].

    Every reference is resolved and checked before anything is sent: an unknown or
    ambiguous id, or a message that cannot be acknowledged, raises :class:`InputError`
    naming it, and nothing is acknowledged. ``progress(done, total)`` is called after each.
    """
    if not refs:
        raise InputError("name at least one message to acknowledge")
    if len(refs) > MAX_ACKS:
        raise InputError(f"at most {MAX_ACKS} messages can be acknowledged at once")
    ids = list(dict.fromkeys(station.resolve_inbox_id(ref) for ref in refs))
    for msg_id in ids:
        why = ack_refusal(station, msg_id)
        if why is not None:
            raise InputError(Reason("ack-refused", f"{msg_id[:16]}: {why} (nothing was acknowledged)",
                                    message=msg_id[:16], problem=why))
    done: list[tuple[str, str]] = []
    with station.transaction():
        for count, msg_id in enumerate(ids, 1):
            done.append((msg_id, station.acknowledge(msg_id, status, note)))
            if progress:
                progress(count, len(ids))
    return done

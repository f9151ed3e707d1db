"""Resumable batches: what a cut connection had already carried is kept, and the sender sends only the rest.

On a link that drops every few seconds a batch cut off in the middle was sent again
whole. Now a sender names each batch with an upload id (``X-Siaga-Upload``, 128 random
bits). When the connection breaks before the whole body arrived, the endpoint keeps the
bytes it got (this module's :class:`UploadStash`: in memory, bounded, for a few minutes);
the sender asks how many (``GET /v1/upload/<id>``) and sends the rest in a request that
says where it starts (``X-Siaga-Offset``), signed, like any request, over the *whole*
body. So nothing is taken in before the whole batch is there and its signature checks.

When it is the answer that was cut (the batch had arrived whole and was taken in), the
endpoint keeps that answer (the signed receipts) for the same few minutes, and the
question gets the answer itself (``X-Siaga-Upload-Answered: yes``) instead of a count.

Only the headers of a request that passed the endpoint's header checks (a peer's key,
addressed here, a time in the window) are kept beside its bytes; the sender's key must
be the same when the rest arrives. A station of an earlier version answers the question
with 404: the sender then sends the batch again whole, as before.
"""

from __future__ import annotations

import re
import threading
import time
from dataclasses import dataclass

HEADER_UPLOAD = "X-Siaga-Upload"
HEADER_OFFSET = "X-Siaga-Offset"
HEADER_ANSWERED = "X-Siaga-Upload-Answered"
#: an upload id: 16 random bytes in base64url without padding
UPLOAD_ID = re.compile(r"^[A-Za-z0-9_-]{22}$")
#: what the endpoint keeps of cut uploads, all senders together
MAX_STASH_BYTES = 16 * 1024 * 1024
#: how many cut uploads it keeps for one sender
MAX_PER_SENDER = 4
#: how long a cut upload waits for the rest
STASH_SECONDS = 600


@dataclass
class _Kept:
    sender: str  # the sender's key as its header gave it (base64url)
    data: bytes
    at: float


class UploadStash:
    """Bytes of cut uploads, by upload id: bounded in total, per sender and in time (thread-safe)."""

    def __init__(self, max_bytes: int = MAX_STASH_BYTES, per_sender: int = MAX_PER_SENDER,
                 seconds: float = STASH_SECONDS, clock=time.monotonic) -> None:
        self.max_bytes, self.per_sender, self.seconds, self.clock = max_bytes, per_sender, seconds, clock
        self._kept: dict[str, _Kept] = {}
        self._answers: dict[str, tuple[str, bytes, float]] = {}  # upload id -> (content type, answer, when)
        self._lock = threading.Lock()

    def _expire(self, now: float) -> None:
        for upload_id in [k for k, v in self._kept.items() if now - v.at > self.seconds]:
            del self._kept[upload_id]
        for upload_id in [k for k, v in self._answers.items() if now - v[2] > self.seconds]:
            del self._answers[upload_id]

    def answered(self, upload_id: str, content_type: str, answer: bytes) -> None:
        """``upload_id`` was taken in and answered: what it held goes, its answer is kept (the oldest go first)."""
        if not UPLOAD_ID.match(upload_id):
            return
        with self._lock:
            now = self.clock()
            self._expire(now)
            self._kept.pop(upload_id, None)
            self._answers[upload_id] = (content_type, answer, now)
            total = sum(len(v[1]) for v in self._answers.values())
            for _, old in sorted((v[2], k) for k, v in self._answers.items()):
                if total <= self.max_bytes // 4 or old == upload_id:
                    break
                total -= len(self._answers.pop(old)[1])

    def answer(self, upload_id: str) -> tuple[str, bytes] | None:
        """The kept answer of an upload taken in (content type, body), or None."""
        with self._lock:
            self._expire(self.clock())
            kept = self._answers.get(upload_id)
            return (kept[0], kept[1]) if kept else None

    def keep(self, upload_id: str, sender: str, offset: int, data: bytes) -> int:
        """A cut request of ``upload_id`` had carried ``data`` from ``offset``: keep it; returns the bytes held.

        ``offset`` 0 starts the upload again; a later offset continues what is held (and
        must not be past its end, nor come from another sender: then nothing is kept).
        """
        if not UPLOAD_ID.match(upload_id):
            return 0
        with self._lock:
            now = self.clock()
            self._expire(now)
            held = self._kept.get(upload_id)
            if offset:
                if held is None or held.sender != sender or offset > len(held.data):
                    return len(held.data) if held and held.sender == sender else 0
                data = held.data[:offset] + data
            elif held is not None and held.sender != sender:
                return 0
            if len(data) > self.max_bytes:
                return 0
            self._kept.pop(upload_id, None)
            mine = sorted((v.at, k) for k, v in self._kept.items() if v.sender == sender)
            for _, old in mine[:max(0, len(mine) - self.per_sender + 1)]:
                del self._kept[old]
            total = sum(len(v.data) for v in self._kept.values()) + len(data)
            for _, old in sorted((v.at, k) for k, v in self._kept.items()):  # the oldest go first
                if total <= self.max_bytes:
                    break
                total -= len(self._kept.pop(old).data)
            self._kept[upload_id] = _Kept(sender, data, now)
            return len(data)

    def held(self, upload_id: str) -> int:
        """How many bytes of ``upload_id`` are held (0: none, or not known)."""
        with self._lock:
            self._expire(self.clock())
            kept = self._kept.get(upload_id)
            return len(kept.data) if kept else 0

    def take(self, upload_id: str, sender: str, offset: int) -> bytes | None:
        """The first ``offset`` bytes of ``upload_id`` from ``sender`` (None when they are not all held)."""
        with self._lock:
            self._expire(self.clock())
            kept = self._kept.get(upload_id)
            if kept is None or kept.sender != sender or len(kept.data) < offset:
                return None
            return kept.data[:offset]

    def drop(self, upload_id: str) -> None:
        with self._lock:
            self._kept.pop(upload_id, None)

    def __len__(self) -> int:
        with self._lock:
            return sum(len(v.data) for v in self._kept.values())

"""Values as the views word them: times on the reader's local clock, codes by their codebook labels."""

from __future__ import annotations

import time
from datetime import datetime


def local_time(epoch: float | int | None) -> str:
    """``14:02`` for today, ``2026-11-24 14:02`` otherwise; empty for no time."""
    if not epoch:
        return ""
    moment = time.localtime(epoch)
    if time.strftime("%Y-%m-%d", moment) == time.strftime("%Y-%m-%d"):
        return time.strftime("%H:%M", moment)
    return time.strftime("%Y-%m-%d %H:%M", moment)


def local_iso(stamp: str) -> str:
    """An ISO 8601 time from a message (``2026-11-24T01:30:00Z``) on the local clock."""
    try:
        return local_time(datetime.fromisoformat(stamp.replace("Z", "+00:00")).timestamp())
    except (ValueError, AttributeError):
        return stamp or ""


def code_label(book, kind: str, code, lang: str) -> str:
    """A codebook label in ``lang``, or the raw code when this codebook does not know it."""
    if code in (None, ""):
        return ""
    return book.label(kind, code, lang) if book.has(kind, code) else str(code)

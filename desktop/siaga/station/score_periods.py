"""The periods a partner's scorecard is counted over: the last 30 or 90 days, a year, everything, or from a date.

A period starts at midnight UTC, so each one is the same as ``siaga partners --since
DATE`` with its first day: the app and the command line count the same records.
"""

from __future__ import annotations

import calendar
import time

from ..base.errors import ValidationError

#: the choices, in the order the app offers them: a key and its length in days (None: everything)
PERIODS: tuple[tuple[str, int | None], ...] = (("30d", 30), ("90d", 90), ("365d", 365), ("all", None))
CUSTOM = "custom"


def day_start(epoch: int) -> int:
    """Midnight UTC of the day ``epoch`` falls on."""
    return epoch - epoch % 86400


def period_since(period: str, *, now: int | None = None, custom: str | None = None) -> int | None:
    """The start of ``period`` (epoch seconds, midnight UTC); None for everything.

    ``custom``: the first day (``2026-01-31``) of the custom period.
    """
    now = int(time.time()) if now is None else now
    if period == CUSTOM:
        return date_start(custom or "")
    days = dict(PERIODS).get(period, -1)
    if days == -1:
        raise ValidationError(f"unknown period {period!r}", field="period")
    return None if days is None else day_start(now) - days * 86400


def date_start(text: str) -> int:
    """Midnight UTC of the day ``2026-01-31``."""
    try:
        return calendar.timegm(time.strptime(text, "%Y-%m-%d"))
    except ValueError:
        raise ValidationError(f"expected a date such as 2026-01-31, not {text!r}", field="since") from None


def since_date(since: int | None) -> str:
    """The ``--since`` date of a period's start ("" for everything)."""
    return "" if since is None else time.strftime("%Y-%m-%d", time.gmtime(since))

"""Which unfinished report the app offers to continue at unlock, and "later" that stops asking.

The officer who answers *Later* is not asked again at every unlock about the same
drafts: which drafts there were at that moment (each id and when it was saved) is kept,
sealed, in the station's settings, and a draft is offered again only once one is saved
that is not among them (a new one, or one of them changed).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .facade import Station

#: the sealed setting holding [draft id, saved at] of each draft there was when the officer said "later"
LATER_SETTING = "drafts_later"


def draft_to_offer(station: "Station") -> tuple[str, int, dict] | None:
    """The newest draft (id, saved at, draft), or None when there is none or the officer said later to it."""
    drafts = station.drafts()
    if not drafts:
        return None
    newest = drafts[0]
    later = station.store.get_setting(LATER_SETTING)
    if isinstance(later, list) and [newest[0], newest[1]] in later:
        return None
    return newest


def offer_later(station: "Station") -> None:
    """Stop offering the drafts there are now, until a draft is saved again."""
    station.store.set_setting(LATER_SETTING, [[draft_id, saved_at] for draft_id, saved_at, _ in station.drafts()])

"""The status bar's words for the peers' links: reachable, refusing, unreachable, failing.

The sync engine types each peer's outcome (:mod:`siaga.delivery.link_state`); here
the app keeps the latest per peer and words the whole in one line. A peer that
answers but refuses (it does not know this station yet) is never called offline:
the line names it and says why, in the interface's language.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ..delivery.link_state import FAILING, REFUSED, UNREACHABLE, UP
from .errors import reason_text
from .plain import visible


@dataclass(frozen=True)
class PeerLink:
    """One peer's link as last seen: its state, the error that says why (a Reason, or ""), its name."""

    state: str
    error: str = ""
    name: str = ""


def from_summary(peer_summary) -> PeerLink:
    """The link a sync pass found for one peer (a :class:`~siaga.delivery.sync.PeerSummary`)."""
    return PeerLink(getattr(peer_summary, "link", UP if not peer_summary.error else FAILING),
                    peer_summary.error, peer_summary.name)


def after_probe(known: PeerLink | None, answers: bool) -> PeerLink:
    """The link after a quick check of the peer's endpoint: it answers, or it cannot be reached.

    An endpoint that answers may still refuse this station's messages: a peer known to refuse
    (or to fail) keeps that state until the next pass says otherwise.
    """
    if not answers:
        keep = known.error if known and known.state == UNREACHABLE else ""
        return PeerLink(UNREACHABLE, keep, known.name if known else "")
    if known and known.state in (REFUSED, FAILING):
        return known
    return PeerLink(UP, "", known.name if known else "")


def connection_text(links: dict[str, PeerLink], waiting: int | None) -> str:
    """One line for the status bar and the header."""
    states = [link.state for link in links.values()]
    up = states.count(UP)
    refusing = [link for link in links.values() if link.state == REFUSED]
    failing = [link for link in links.values() if link.state == FAILING]
    parts: list[str] = []
    if not links:
        parts.append(QCoreApplication.translate("ConnectionState", "Nothing to send"))
    elif up == len(links):
        parts.append(QCoreApplication.translate("ConnectionState", "Online: {up} of {known} peers reachable").format(
            up=up, known=len(links)))
    elif up == 0 and not refusing and not failing:
        parts.append(QCoreApplication.translate(
            "ConnectionState", "Offline: no peer can be reached; reports wait in the outbox"))
    else:
        parts.append(QCoreApplication.translate("ConnectionState", "{up} of {known} peers reachable").format(
            up=up, known=len(links)))
    for group, one, many in ((refusing, QCoreApplication.translate("ConnectionState", "{name} refuses: {reason}"),
                              QCoreApplication.translate("ConnectionState",
                                                         "{count} peers refuse; {name}: {reason}")),
                             (failing, QCoreApplication.translate("ConnectionState", "{name} has a problem: {reason}"),
                              QCoreApplication.translate("ConnectionState",
                                                         "{count} peers have a problem; {name}: {reason}"))):
        if group:
            first = group[0]
            parts.append((one if len(group) == 1 else many).format(
                count=len(group), name=visible(first.name), reason=visible(reason_text(first.error))))
    text = " · ".join(parts)
    if waiting:
        text += QCoreApplication.translate("ConnectionState", " · {count} waiting").format(count=waiting)
    return text

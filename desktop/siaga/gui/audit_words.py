"""The audit log's events in plain words ("Bundle imported"), and its times as the reader writes them.

The log stores each event by a stable code (``bundle-import``); the app's audit view words
it in the interface's language and keeps the code beside it (a tooltip, and the item's data)
for whoever compares it with ``siaga audit list``. A code not listed here is shown as it is.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..base import cldr

EVENTS = {
    "station-create": QT_TRANSLATE_NOOP("AuditEvents", "Station created"),
    "create": QT_TRANSLATE_NOOP("AuditEvents", "Report filed"),
    "ack": QT_TRANSLATE_NOOP("AuditEvents", "Acknowledgement sent"),
    "ping": QT_TRANSLATE_NOOP("AuditEvents", "Ping sent"),
    "check": QT_TRANSLATE_NOOP("AuditEvents", "Communication check sent"),
    "sighting": QT_TRANSLATE_NOOP("AuditEvents", "Told a peer its incident was seen here too"),
    "receive": QT_TRANSLATE_NOOP("AuditEvents", "Received from a peer"),
    "import": QT_TRANSLATE_NOOP("AuditEvents", "Taken in from a file"),
    "bundle-import": QT_TRANSLATE_NOOP("AuditEvents", "Bundle imported"),
    "bundle-export": QT_TRANSLATE_NOOP("AuditEvents", "Bundle exported"),
    "export": QT_TRANSLATE_NOOP("AuditEvents", "Reports exported"),
    "audit-export": QT_TRANSLATE_NOOP("AuditEvents", "Audit log exported"),
    "forward": QT_TRANSLATE_NOOP("AuditEvents", "Report forwarded"),
    "relay": QT_TRANSLATE_NOOP("AuditEvents", "Passed on for another station (hub)"),
    "key-rotate": QT_TRANSLATE_NOOP("AuditEvents", "New keys made"),
    "key-revoke": QT_TRANSLATE_NOOP("AuditEvents", "Keys revoked"),
    "passphrase-change": QT_TRANSLATE_NOOP("AuditEvents", "Passphrase changed"),
    "contacts-set": QT_TRANSLATE_NOOP("AuditEvents", "People on the contact card changed"),
    "peer-add": QT_TRANSLATE_NOOP("AuditEvents", "Peer added"),
    "peer-update": QT_TRANSLATE_NOOP("AuditEvents", "Peer's card updated"),
    "peer-card": QT_TRANSLATE_NOOP("AuditEvents", "Peer's people updated"),
    "peer-verify": QT_TRANSLATE_NOOP("AuditEvents", "Peer verified"),
    "peer-trust": QT_TRANSLATE_NOOP("AuditEvents", "Peer's trust changed"),
    "peer-key-rotate": QT_TRANSLATE_NOOP("AuditEvents", "Peer made new keys"),
    "peer-revoke": QT_TRANSLATE_NOOP("AuditEvents", "Peer revoked its keys"),
}


def event_words(kind: str) -> str:
    """An event's code in the interface's words; an unknown code as it is."""
    source = EVENTS.get(kind)
    lookup = QCoreApplication.translate  # the words are marked with QT_TRANSLATE_NOOP above
    return lookup("AuditEvents", source) if source else kind


def when(stamp: str, lang: str) -> str:
    """An entry's time (ISO 8601, UTC) as readers of ``lang`` write a date and time; one not readable as it is."""
    try:
        moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except (AttributeError, ValueError):
        return stamp
    if moment.tzinfo is None:
        return stamp
    return cldr.date_time(moment, lang) + " UTC"

"""The places of the main window's sidebar: one line each, in the order shown.

A place is a view of the unlocked station (the inbox, the outbox, the peers...). A
new view joins the sidebar by adding one :class:`Place` line to :data:`PLACES`
(or calling :func:`register` from its own module): its key, its title (marked for
translation with ``QT_TRANSLATE_NOOP("Places", ...)``), the name of its icon in
``resources/icons/places`` and where its widget class is, as ``"module:Class"``
under ``siaga.gui``. The class is built as ``Class(session, parent)`` the first time
the place is opened, so a place costs nothing at start-up until it is visited.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication


@dataclass(frozen=True)
class Place:
    key: str
    title: str  # English source text; shown translated in the "Places" context
    icon: str  # resources/icons/places/<icon>.svg
    view: str  # "module:Class" under siaga.gui, built as Class(session, parent)
    order: int = 100  # smaller first
    shortcut_hint: str = ""  # a few words for screen readers and tooltips

    def translated(self) -> str:
        # the titles are marked where they are written, with QT_TRANSLATE_NOOP("Places", ...)
        lookup = QCoreApplication.translate
        return lookup("Places", self.title)

    def build(self, *args):
        module, _, name = self.view.partition(":")
        return getattr(importlib.import_module(f"siaga.gui.{module}"), name)(*args)


PLACES: list[Place] = [
    Place("inbox", QT_TRANSLATE_NOOP("Places", "Inbox"), "inbox", "inbox_view:InboxView", 10),
    Place("outbox", QT_TRANSLATE_NOOP("Places", "Outbox"), "outbox", "outbox_view:OutboxView", 20),
    Place("incidents", QT_TRANSLATE_NOOP("Places", "Incidents"), "incidents", "incidents_view:IncidentsView", 25),
    Place("drafts", QT_TRANSLATE_NOOP("Places", "Drafts"), "drafts", "drafts_view:DraftsView", 30),
    Place("dashboard", QT_TRANSLATE_NOOP("Places", "Dashboard"), "dashboard", "dashboard_view:DashboardView", 40),
    Place("peers", QT_TRANSLATE_NOOP("Places", "Peers"), "peers", "peers_view:PeersView", 90),
]


def register(place: Place) -> None:
    """Add a place (a later line with the same key replaces the earlier one)."""
    PLACES[:] = [p for p in PLACES if p.key != place.key] + [place]


def places() -> list[Place]:
    """The places in the order the sidebar shows them."""
    return sorted(PLACES, key=lambda p: p.order)

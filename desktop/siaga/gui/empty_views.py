"""What the inbox, outbox and peers say when they are empty: what they will hold and what to do next."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ..base.errors import InputError
from ..storage.inbox_query import InboxQuery
from .empty_state import EmptyState, over_table
from .errors import describe

if TYPE_CHECKING:
    from .main_window import MainWindow


def add_empty_states(window: "MainWindow") -> dict[str, EmptyState]:
    """An empty state inside each of the window's tables, each with the one button that helps."""
    states = {
        "inbox": over_table(window.inbox.table, EmptyState(
            "inbox", QCoreApplication.translate("EmptyStates", "No reports here yet"),
            QCoreApplication.translate(
                "EmptyStates", "Reports from peers arrive here. A peer can send to you once you have added their"
                " contact card and they have added yours. If filters are set, Clear filters shows every report."),
            QCoreApplication.translate("EmptyStates", "Go to Peers"), lambda: window.places.show_place("peers")),
            waiting=lambda: window.inbox.model.loading, also=(window.inbox.model.loadingChanged,)),
        "outbox": over_table(window.outbox.table, EmptyState(
            "outbox", QCoreApplication.translate("EmptyStates", "Nothing sent yet"),
            QCoreApplication.translate(
                "EmptyStates", "The reports you file appear here, with where each delivery stands: queued,"
                " delivered, acknowledged."),
            QCoreApplication.translate("EmptyStates", "New report..."), window.new_report)),
        "peers": over_table(window.peers.table, EmptyState(
            "peers", QCoreApplication.translate("EmptyStates", "No peers yet"),
            QCoreApplication.translate(
                "EmptyStates", "A peer is another station, such as a partner country's contact point. Add one from"
                " the contact card they gave you, and give them yours: cards must go both ways before reports"
                " flow."),
            QCoreApplication.translate("EmptyStates", "Add from contact card..."),
            lambda: window.peers.add_button.click())),
    }
    incidents = getattr(window, "incidents", None)
    if incidents is not None:
        states["incidents"] = over_table(incidents.table, EmptyState(
            "incidents", QCoreApplication.translate("EmptyStates", "No incidents yet"),
            QCoreApplication.translate(
                "EmptyStates", "An incident is a first report and the updates that follow it, yours or a peer's."
                " File a report to start one; reports from peers start theirs here too."),
            QCoreApplication.translate("EmptyStates", "New report..."), window.new_report))
    follow_inbox_filters(window, states["inbox"])
    return states


def _inbox_words(window: "MainWindow", state: EmptyState) -> None:
    """An empty inbox says why: nothing received yet (go to Peers), or the filters hide it (clear them)."""
    filters = window.inbox.filters
    failure = window.inbox.model.failure
    if failure is not None:  # not empty: unreadable for now
        state.say(QCoreApplication.translate("EmptyStates", "The inbox could not be read"),
                  QCoreApplication.translate("EmptyStates", "{reason} Your reports are kept. Try again.").format(
                      reason=describe(failure)),
                  QCoreApplication.translate("EmptyStates", "Try again"), window.inbox.model.refresh)
        return
    try:
        filtered = filters.query() != InboxQuery()
    except InputError:  # a search it cannot run is a filter too
        filtered = True
    if filtered:
        state.say(QCoreApplication.translate("EmptyStates", "No report matches these filters"),
                  QCoreApplication.translate(
                      "EmptyStates", "Reports are kept; the filters above hide them. Clear the filters to see"
                      " every report."),
                  QCoreApplication.translate("EmptyStates", "Clear filters"), filters.clear)
    else:
        state.say(QCoreApplication.translate("EmptyStates", "No reports here yet"),
                  QCoreApplication.translate(
                      "EmptyStates", "Reports from peers arrive here. A peer can send to you once you have added"
                      " their contact card and they have added yours."),
                  QCoreApplication.translate("EmptyStates", "Go to Peers"), lambda: window.places.show_place("peers"))


def follow_inbox_filters(window: "MainWindow", state: EmptyState) -> None:
    """Keep the empty inbox's words and button in step with its filters."""
    window.inbox.filters.queryChanged.connect(lambda _query: _inbox_words(window, state))
    window.inbox.model.loadingChanged.connect(lambda _loading: _inbox_words(window, state))
    _inbox_words(window, state)

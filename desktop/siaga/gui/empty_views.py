"""What the inbox, outbox and peers say when they are empty: what they will hold and what to do next."""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from ..base.errors import InputError
from ..storage.inbox_query import InboxQuery
from .empty_state import EmptyState, over_table
from .errors import describe

if TYPE_CHECKING:
    from .main_window import MainWindow


class EmptyStates(dict):
    """The window's empty states by place; each is made with its place's view (a place is built when first
    opened), and asking for the state of a place not yet built builds it."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__()
        self._window = weakref.ref(window)  # the window holds this dict: no cycle through Python

    def __missing__(self, key: str) -> EmptyState:
        window = self._window()
        if window is None:
            raise KeyError(key)
        window.places.view(key)  # its state is made as it is built (MainWindow._view_built)
        return dict.__getitem__(self, key)


def add_empty_state(window: "MainWindow", key: str, states: dict) -> None:
    """The empty state of place ``key`` (just built), inside its table, with the one button that helps."""
    make = _STATES.get(key)
    if make is not None and key not in states:
        states[key] = make(window)


def _inbox_state(window: "MainWindow") -> EmptyState:
    state = over_table(window.inbox.table, EmptyState(
        "inbox", QCoreApplication.translate("EmptyStates", "No reports here yet"),
        QCoreApplication.translate(
            "EmptyStates", "Reports from peers arrive here. A peer can send to you once you have added their"
            " contact card and they have added yours. If filters are set, Clear filters shows every report."),
        QCoreApplication.translate("EmptyStates", "Go to Peers"), lambda: window.places.show_place("peers")),
        waiting=lambda: window.inbox.model.loading, also=(window.inbox.model.loadingChanged,))
    follow_inbox_filters(window, state)
    return state


def _outbox_state(window: "MainWindow") -> EmptyState:
    return over_table(window.outbox.table, EmptyState(
        "outbox", QCoreApplication.translate("EmptyStates", "Nothing sent yet"),
        QCoreApplication.translate(
            "EmptyStates", "The reports you file appear here, with where each delivery stands: queued,"
            " delivered, acknowledged."),
        QCoreApplication.translate("EmptyStates", "New report..."), window.new_report))


def _peers_state(window: "MainWindow") -> EmptyState:
    return over_table(window.peers.table, EmptyState(
        "peers", QCoreApplication.translate("EmptyStates", "No peers yet"),
        QCoreApplication.translate(
            "EmptyStates", "A peer is another station, such as a partner country's contact point. Add one from"
            " the contact card they gave you, and give them yours: cards must go both ways before reports"
            " flow."),
        QCoreApplication.translate("EmptyStates", "Add from contact card..."),
        lambda: window.peers.add_button.click()))


def _incidents_state(window: "MainWindow") -> EmptyState:
    return over_table(window.incidents.table, EmptyState(
        "incidents", QCoreApplication.translate("EmptyStates", "No incidents yet"),
        QCoreApplication.translate(
            "EmptyStates", "An incident is a first report and the updates that follow it, yours or a peer's."
            " File a report to start one; reports from peers start theirs here too."),
        QCoreApplication.translate("EmptyStates", "New report..."), window.new_report))


_STATES = {"inbox": _inbox_state, "outbox": _outbox_state, "peers": _peers_state, "incidents": _incidents_state}


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

"""Acknowledgement clocks as the outbox shows them: in words on a recipient's row, and as a list in a report's details.

The station works out each recipient's clock (:mod:`siaga.station.ack_clocks`: the
delivery's ``ack_due``); this only words it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget

from ..protocol import clocks
from ..station.ack_clocks import KEY, is_late, is_overdue, overdue_peers
from .colours import paint
from .plain import PlainLabel, visible
from .wording import local_iso
from .wrapping import WrappingLabel


def clock_words(delivery: dict) -> str:
    """A recipient's acknowledgement clock in a few words, when it ran out: overdue, or acknowledged late
    ("" otherwise: the report's details show every deadline)."""
    due = delivery.get(KEY)
    if is_late(due):
        return QCoreApplication.translate("AckClocks", "acknowledged late (it was due {time})").format(
            time=local_iso(due["at"]))
    if is_overdue(due):
        return QCoreApplication.translate("AckClocks", "acknowledgement OVERDUE since {time}").format(
            time=local_iso(due["at"]))
    return ""


def with_clock(words: str, delivery: dict) -> str:
    """A delivery's words followed by its acknowledgement clock, if it ran out."""
    clock = clock_words(delivery)
    return f"{words} · {clock}" if clock else words


def overdue_words(deliveries: list[dict]) -> str:
    """"2 partners overdue to acknowledge" for a report's row ("" when none is)."""
    count = len(overdue_peers(deliveries))
    if not count:
        return ""
    return QCoreApplication.translate("AckClocks", "{count} partner(s) overdue to acknowledge").format(count=count)


def state_of(due: dict) -> tuple[str, str | None]:
    """(the state in words, its tone) of one recipient's acknowledgement clock."""
    if due["met_at"]:
        if due["late"]:
            return QCoreApplication.translate("AckClocks", "Acknowledged late"), "unverified"
        return QCoreApplication.translate("AckClocks", "Acknowledged in time"), "verified"
    if due["state"] == clocks.OVERDUE:
        return QCoreApplication.translate("AckClocks", "Overdue"), "urgent"
    if due["state"] == clocks.DUE_SOON:
        return QCoreApplication.translate("AckClocks", "Due within 2 h"), "unverified"
    return QCoreApplication.translate("AckClocks", "Waiting, on time"), None


class AckClockList(QWidget):
    """Each recipient of one report: whether and when it acknowledged, and by when it should have.

    One short entry per partner (its name, then the state and the deadline, coloured by the state), every
    line wrapped: a long partner name reads whole in a narrow dialog and never makes it scroll sideways.
    """

    def __init__(self, deliveries: list[dict], names: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ackClocks")
        timed = [d for d in deliveries if d.get(KEY)]
        overdue = [visible(names.get(p, p)) for p in overdue_peers(deliveries)]
        if overdue:
            text = self.tr("Acknowledgement overdue: {names}. Ask them to confirm they received it.").format(
                names=", ".join(overdue))
        elif timed:
            text = self.tr("No partner is overdue to acknowledge.")
        else:
            text = self.tr("Acknowledgements of this report are not timed.")
        self.summary = PlainLabel(text)
        self.summary.setObjectName("ackClocksSummary")
        self.summary.setWordWrap(True)
        self._rows: list[tuple[str, str, str]] = []
        body = QWidget()
        body.setObjectName("ackClocksEntries")
        entries = QVBoxLayout(body)
        for delivery in timed:
            due = delivery[KEY]
            words, tone_name = state_of(due)
            if due["met_at"]:
                words = self.tr("{state} ({time})").format(state=words, time=local_iso(due["met_at"]))
            partner, by = visible(names.get(delivery["peer"], delivery["peer"])), local_iso(due["at"])
            self._rows.append((partner, words, by))
            name = WrappingLabel(partner)
            font = name.font()
            font.setBold(True)
            name.setFont(font)
            state = WrappingLabel(self.tr("{state} · due by {time}").format(state=words, time=by))
            state.setObjectName("ackClockState")
            if tone_name:
                paint(state, tone_name)
            entries.addWidget(name)
            entries.addWidget(state)
            entries.addSpacing(self.fontMetrics().lineSpacing() // 3)
        entries.addStretch(1)
        self.entries = QScrollArea()
        self.entries.setObjectName("ackClocksList")
        self.entries.setAccessibleName(self.tr("Acknowledgement deadlines, one partner after another"))
        self.entries.setWidgetResizable(True)
        self.entries.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # every line wraps
        self.entries.setWidget(body)
        # up to about four partners in sight; more scroll
        most = 4 * (3 * self.fontMetrics().lineSpacing()) + 2 * self.entries.frameWidth()
        self.entries.setMaximumHeight(most)
        self.entries.setMinimumHeight(min(body.sizeHint().height() + 2 * self.entries.frameWidth(), most))
        self.entries.setVisible(bool(timed))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.entries)

    def rows(self) -> list[tuple[str, str, str]]:
        """(partner, acknowledgement, due by) of each partner on show."""
        return list(self._rows)

"""Acknowledgement clocks as the outbox shows them: in words on a recipient's row, and as a list in a report's details.

The station works out each recipient's clock (:mod:`siaga.station.ack_clocks`: the
delivery's ``ack_due``); this only words it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from ..protocol import clocks
from ..station.ack_clocks import KEY, is_late, is_overdue, overdue_peers
from .colours import tone
from .plain import PlainLabel, visible
from .wording import local_iso


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
    """Each recipient of one report: whether and when it acknowledged, and by when it should have."""

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
        self.table = QTableWidget(len(timed), 3)
        self.table.setObjectName("ackClocksTable")
        self.table.setAccessibleName(self.tr("Acknowledgement deadlines, one partner per row"))
        self.table.setHorizontalHeaderLabels([self.tr("Partner"), self.tr("Acknowledgement"), self.tr("Due by")])
        for r, delivery in enumerate(timed):
            due = delivery[KEY]
            words, tone_name = state_of(due)
            if due["met_at"]:
                words = self.tr("{state} ({time})").format(state=words, time=local_iso(due["met_at"]))
            cells = [QTableWidgetItem(visible(names.get(delivery["peer"], delivery["peer"]))),
                     QTableWidgetItem(words), QTableWidgetItem(local_iso(due["at"]))]
            if tone_name:
                fore, back = tone(tone_name)
                cells[1].setForeground(QBrush(fore))
                cells[1].setBackground(QBrush(back))
            for c, cell in enumerate(cells):
                self.table.setItem(r, c, cell)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        self.table.setMaximumHeight(self.table.horizontalHeader().height() + 4
                                    + self.table.verticalHeader().defaultSectionSize() * max(1, min(len(timed), 4)))
        self.table.setVisible(bool(timed))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)

"""The period a partner's scorecard is counted over: the last 30 or 90 days, a year, everything, or from a date.

A view of :mod:`siaga.station.score_periods`: each choice is the same period as
``siaga partners --since DATE``.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QWidget

from ..station.score_periods import CUSTOM, period_since
from .plain import PlainLabel


class PeriodChoice(QWidget):
    """A period box and, for a custom period, its first day. Emits ``changed`` when either changes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scorecardPeriod")
        self.combo = QComboBox()
        self.combo.setObjectName("scorecardPeriodBox")
        self.combo.setAccessibleName(self.tr("Period the partners' figures are counted over"))
        for text, key in ((self.tr("Last 30 days"), "30d"), (self.tr("Last 90 days"), "90d"),
                          (self.tr("Last year"), "365d"), (self.tr("All time"), "all"),
                          (self.tr("From a date..."), CUSTOM)):
            self.combo.addItem(text, key)
        self.combo.setCurrentIndex(self.combo.findData("all"))
        self.since = QDateEdit(QDate.currentDate().addDays(-180))
        self.since.setObjectName("scorecardSince")
        self.since.setAccessibleName(self.tr("First day of the period"))
        self.since.setCalendarPopup(True)
        self.since.setDisplayFormat("yyyy-MM-dd")
        self.since.setVisible(False)
        label = PlainLabel(self.tr("Figures &for:"))
        label.setBuddy(self.combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.combo)
        layout.addWidget(self.since)
        self.combo.currentIndexChanged.connect(self._period_changed)
        self.since.dateChanged.connect(lambda _: self.changed.emit())

    def _period_changed(self) -> None:
        self.since.setVisible(self.combo.currentData() == CUSTOM)
        self.changed.emit()

    def choose(self, key: str, first_day: QDate | None = None) -> None:
        """Choose a period (and the first day of a custom one), as a click would."""
        if first_day is not None:
            self.since.setDate(first_day)
        self.combo.setCurrentIndex(self.combo.findData(key))

    def key(self) -> str:
        return self.combo.currentData()

    def since_epoch(self) -> int | None:
        """The period's start (midnight UTC), or None for all time."""
        return period_since(self.key(), custom=self.since.date().toString("yyyy-MM-dd"))

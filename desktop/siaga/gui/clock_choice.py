"""The guided form's choice of reporting clock: another profile than the station's, and when a ransom was paid.

A view of two answers of :class:`~siaga.station.report_form.ReportForm`
(``clock_profile``, ``ransom_paid_at``); the detection time its clocks also count
from is the form's "when observed". An update or final report keeps its incident's
clock, so there the profile is shown but cannot be changed.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Callable

from PySide6.QtCore import QCoreApplication, QDateTime
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateTimeEdit, QFormLayout, QHBoxLayout, QWidget, QWizardPage

from ..protocol import clocks
from ..station.report_form import ReportForm
from .plain import PlainLabel, tip


class ClockChoice(QWidget):
    """Reporting deadlines: [the station's | NIS2 | CIRCIA | ...]  [x] A ransom was paid [time]."""

    def __init__(self, form: ReportForm, lang: str, changed: Callable[..., None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = form
        self.lang = lang
        self._changed = changed
        book = clocks.clockbook()
        self.profile = QComboBox()
        self.profile.setObjectName("clockProfile")
        self.profile.setAccessibleName(self.tr("Reporting deadlines to follow"))
        self.profile.addItem(self.tr("This station's setting"), None)
        for code in book.codes():
            self.profile.addItem(book.get(code).text(lang), code)
        self.profile.setCurrentIndex(max(0, self.profile.findData(form.clock_profile)))
        # an update keeps the clock its incident's first report named
        self.profile.setEnabled(not form.in_reply_to)
        self.ransom = QCheckBox(self.tr("A ransom was &paid"))
        self.ransom.setObjectName("ransomPaid")
        self.ransom.setAccessibleName(self.tr("A ransom was paid"))
        self.ransom.setChecked(form.ransom_paid_at is not None)
        self.paid_at = QDateTimeEdit()
        self.paid_at.setObjectName("ransomPaidAt")
        self.paid_at.setAccessibleName(self.tr("When the ransom was paid, local time"))
        self.paid_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.paid_at.setCalendarPopup(True)
        start = form.ransom_paid_at or form.observed_at or datetime.now(timezone.utc)
        self.paid_at.setDateTime(QDateTime.fromSecsSinceEpoch(int(start.timestamp())))
        self.paid_at.setEnabled(self.ransom.isChecked())

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.profile)
        layout.addWidget(self.ransom)
        layout.addWidget(self.paid_at)
        layout.addStretch(1)
        self._describe()
        self.profile.activated.connect(self._profile_chosen)
        self.ransom.toggled.connect(self._ransom_toggled)
        self.paid_at.dateTimeChanged.connect(lambda moment: self._paid_changed())

    def _describe(self) -> None:
        code = self.profile.currentData()
        if code is None:
            text = self.tr("The deadlines this station follows (Settings). Choose another if this incident falls "
                           "under other rules.")
        else:
            profile = clocks.clockbook().get(code)
            text = profile.description.get(self.lang) or profile.description["en"]
        self.profile.setToolTip(tip(text))
        self.profile.setAccessibleDescription(text)

    def _profile_chosen(self) -> None:
        self.form.clock_profile = self.profile.currentData()
        self._describe()
        self._changed("clock")

    def _ransom_toggled(self, checked: bool) -> None:
        self.paid_at.setEnabled(checked)
        self._paid_changed()

    def _paid_changed(self) -> None:
        self.form.ransom_paid_at = (datetime.fromtimestamp(self.paid_at.dateTime().toSecsSinceEpoch(), timezone.utc)
                                    if self.ransom.isChecked() else None)
        self._changed("ransom_paid_at")


def _row_after(layout: QFormLayout, widget: QWidget | None) -> int:
    """The row below the one holding ``widget`` (directly or in a row's own layout); 1 without it."""
    for row in range(layout.rowCount()):
        item = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
        if widget is not None and item is not None and (
                item.widget() is widget or (item.layout() is not None and item.layout().indexOf(widget) >= 0)):
            return row + 1
    return min(1, layout.rowCount())


def add_clock_choice(page: QWizardPage, form: ReportForm, lang: str) -> ClockChoice:
    """Put the choice on a page of the guided form, below the time observed (or its first row), and next in Tab order."""
    choice = ClockChoice(form, lang, page.changed, page)
    label = PlainLabel(QCoreApplication.translate("ClockChoice", "Reporting &deadlines:"))
    label.setBuddy(choice.profile)
    layout = page.layout()
    if isinstance(layout, QFormLayout):
        layout.insertRow(_row_after(layout, getattr(page, "observed_at", None)), label, choice)
    else:
        layout.addWidget(label)
        layout.addWidget(choice)
    after = getattr(page, "observed_at", None)  # in the tab order, after the time it follows
    for first, second in ((after, choice.profile), (choice.profile, choice.ransom), (choice.ransom, choice.paid_at)):
        if first is not None:
            QWidget.setTabOrder(first, second)
    if hasattr(page, "fields"):
        page.fields["ransom_paid_at"] = choice.paid_at  # its problems are marked on it
    page.clock_choice = choice
    return choice

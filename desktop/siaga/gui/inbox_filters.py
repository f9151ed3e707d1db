"""The inbox's filter bar: codebook choices, dates and a search box, turned into an :class:`InboxQuery`.

Every choice is a codebook label in the reader's language, with "Any" first;
a date box at its lowest date means "any date". Typing in the search box
waits a moment for the next key before asking again.
"""

from __future__ import annotations

import logging
from datetime import datetime, time as day_time

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QGridLayout, QLineEdit, QPushButton, QWidget

from ..base.errors import InputError
from ..protocol.codebook import Codebook
from ..storage.inbox_query import InboxQuery
from .colours import paint
from .country_combo import CountryCombo
from .plain import PlainLabel, tip, visible

log = logging.getLogger("siaga.gui.inbox")

#: a date box at this date means "any date"
ANY_DATE = QDate(2000, 1, 1)
SEARCH_DELAY_MS = 300


def _day_bound(date: QDate, end: bool) -> int | None:
    if date == ANY_DATE:
        return None
    moment = datetime.combine(date.toPython(), day_time.max if end else day_time.min)
    return int(moment.timestamp())


class _DateBox(QDateEdit):
    """A date box that Tab always leaves (Qt's keeps the focus while it shows "any date")."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 - Qt's name
        return QWidget.focusNextPrevChild(self, next)  # the date's parts are reached with the arrow keys


class InboxFilterBar(QWidget):
    """Emits ``queryChanged(InboxQuery)`` whenever a filter changes (the search box after a short pause)."""

    queryChanged = Signal(object)

    def __init__(self, book: Codebook, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.lang = lang

        self.code = self._combo("filterCode", self.tr("Incident code"), [
            (book.label("classifications", e["code"], lang), e["code"]) for e in book.entries("classifications")],
            sort=True)
        self.severity = self._combo("filterSeverity", self.tr("Severity"), [
            (f"{e['level']} {e['label'][lang]}", e["level"]) for e in book.entries("severity")])
        self.country = CountryCombo(book, lang, optional=True)
        self.country.setObjectName("filterCountry")
        self.country.setAccessibleName(self.tr("Country"))
        self.country.lineEdit().setPlaceholderText(self.tr("Any"))
        self.country.currentIndexChanged.connect(self._changed)
        self.country.lineEdit().editingFinished.connect(self._changed)
        self.tlp = self._combo("filterTlp", self.tr("TLP"), [(e["code"], e["code"]) for e in book.entries("tlp")])
        # code lines received without a tag are kept apart: listed only when asked for, never mixed in
        self.source = QComboBox()
        self.source.setObjectName("filterSource")
        self.source.setAccessibleName(self.tr("Which messages: the ordinary list, or code lines received without "
                                              "authentication"))
        self.source.addItem(self.tr("Ordinary list"), False)
        self.source.addItem(self.tr("Not authenticated"), True)
        self.source.setToolTip(tip(self.tr("Code lines typed in without a tag are kept apart: anyone could have "
                                           "written them. Choose \"Not authenticated\" to see them; call the "
                                           "sender to confirm before acting on one.")))
        self.source.currentIndexChanged.connect(self._changed)
        self.status = self._combo("filterStatus", self.tr("Status"), [
            (self.tr("New"), "new"), *((e["label"][lang], e["code"]) for e in book.entries("ack_status"))])
        self.since = self._date("filterSince", self.tr("Received from"))
        self.until = self._date("filterUntil", self.tr("Received until"))
        self.search = QLineEdit()
        self.search.setObjectName("filterText")
        self.search.setAccessibleName(self.tr("Search summaries"))
        self.search.setPlaceholderText(self.tr("Words in the summary (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self._typing = QTimer(self)
        self._typing.setSingleShot(True)
        self._typing.setInterval(SEARCH_DELAY_MS)
        self._typing.timeout.connect(self._changed)
        self.search.textChanged.connect(self._typing.start)
        self.search.returnPressed.connect(self._changed)
        self.clear_button = QPushButton(self.tr("C&lear filters"))
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.setAccessibleName(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear)
        self.problem = PlainLabel()
        self.problem.setObjectName("filterProblem")
        paint(self.problem, "error")
        self.problem.hide()

        # a combo asks only for a few characters' width, not its longest entry's (the bar fits a
        # 1280-pixel window in every language); its list still shows entries whole
        for combo, chars in ((self.code, 22), (self.severity, 12), (self.country, 14), (self.tlp, 12),
                             (self.status, 12), (self.source, 14)):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(chars)
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 2 * combo.view().frameWidth())
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        rows = [(self.tr("&Code"), self.code), (self.tr("Se&verity"), self.severity),
                (self.tr("Countr&y"), self.country), (self.tr("&TLP"), self.tlp), (self.tr("Stat&us"), self.status),
                (self.tr("F&rom"), self.since), (self.tr("U&ntil"), self.until), (self.tr("Searc&h"), self.search)]
        for i, (text, widget) in enumerate(rows):
            label = PlainLabel(text)
            label.setBuddy(widget)
            row, column = divmod(i, 4)
            grid.addWidget(label, row, column * 2)
            grid.addWidget(widget, row, column * 2 + 1)
        grid.addWidget(self.source, 0, 8)  # after the TLP box, in reading and in Tab order
        QWidget.setTabOrder(self.tlp, self.source)
        QWidget.setTabOrder(self.source, self.status)
        grid.addWidget(self.clear_button, 1, 8)  # after the search box, in reading and in Tab order
        grid.addWidget(self.problem, 2, 0, 1, 9)
        # the query the inbox starts with: a box left without a change (the country box checks its text
        # when the focus leaves it) asks for nothing again, where it once emptied the table to read it again
        self._last: InboxQuery | None = self.query()

    def _combo(self, name: str, accessible: str, items: list[tuple[str, object]], sort: bool = False) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        combo.addItem(self.tr("Any"), None)
        for text, value in sorted(items, key=lambda i: i[0].casefold()) if sort else items:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(self._changed)
        return combo

    def _date(self, name: str, accessible: str) -> QDateEdit:
        edit = _DateBox()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMinimumDate(ANY_DATE)
        edit.setSpecialValueText(self.tr("any date"))
        edit.setDate(ANY_DATE)
        edit.dateChanged.connect(self._changed)
        return edit

    def query(self) -> InboxQuery:
        """The query the bar describes (raises InputError for a search it cannot run)."""
        return InboxQuery(code=self.code.currentData(), severity=self.severity.currentData(),
                          country=self.country.code() or None, tlp=self.tlp.currentData(),
                          status=self.status.currentData(), since=_day_bound(self.since.date(), end=False),
                          until=_day_bound(self.until.date(), end=True), text=self.search.text(),
                          unauthenticated=bool(self.source.currentData()))

    def clear(self) -> None:
        for combo in (self.code, self.severity, self.tlp, self.status, self.source):
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self.country.blockSignals(True)
        self.country.set_code("")
        self.country.blockSignals(False)
        for edit in (self.since, self.until):
            edit.blockSignals(True)
            edit.setDate(ANY_DATE)
            edit.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._changed()

    def _changed(self) -> None:
        self._typing.stop()
        try:
            query = self.query()
        except InputError as exc:
            self.problem.setText(self.tr("This search cannot be run: {detail}").format(detail=visible(exc.message())))
            self.problem.show()
            return
        unmatched = self.country.unmatched()
        if unmatched:  # Enter found no country to pick: the search goes on without one, and says so
            self.problem.setText(self.tr("No country matches “{text}”").format(text=visible(unmatched)))
            self.problem.show()
        else:
            self.problem.hide()
        if query != self._last:
            self._last = query
            self.queryChanged.emit(query)

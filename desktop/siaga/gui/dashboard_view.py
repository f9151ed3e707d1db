"""The dashboard: the regional picture for a period, drawn from the station's figures (station/stats.py).

Counts over time, by incident class, by severity and by country; a map of ASEAN
or the world shaded by each country's open incidents and shared threats; the top
shared threats, overdue items and partners not heard from lately. The period is
the last 24 hours, 7 days, 30 days or custom dates; the whole can be exported as
PNG or PDF for a briefing. A click on a country asks the inbox to show it
(:attr:`DashboardView.countryChosen`).

Figures are counted on the station's worker thread; the view only draws them: the
counts first, then the shared threats of the period, which take longer over a long
period (the list says "Looking for shared threats..." meanwhile). It
counts when it is first shown, when the period changes, and when the inbox or
outbox changed while it is shown (at most once a second; a change while hidden waits
until it is shown).
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtCore import QBuffer, QDate, QIODevice, QMarginsF, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..base.errors import SiagaError
from ..base.fileio import atomic_write
from ..station.stats import Figures, Period
from .charts import BarChart, TimelineChart
from .empty_state import EmptyState
from .errors import describe
from .file_choice import choose_file
from .plain import PlainLabel, visible
from .session import Session
from .world_map import WorldMap

log = logging.getLogger("siaga.gui")

# how many countries the country chart lists
TOP_COUNTRIES = 10
# how many shared threats the list shows
TOP_THREATS = 10


def _day_start(date: QDate) -> int:
    return int(time.mktime((date.year(), date.month(), date.day(), 0, 0, 0, 0, 0, -1)))


class DashboardView(QWidget):
    """The regional picture (see the module's text)."""

    # a country was clicked on the map: show the inbox filtered to it
    countryChosen = Signal(str)
    # new figures are drawn (their counts; the shared threats follow)
    figuresShown = Signal(object)
    # the empty dashboard's button: file a report
    newReport = Signal()
    # the period's shared threats are drawn too: the figures are whole
    threatsShown = Signal(object)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.session = session
        self.lang = session.lang
        self.figures: Figures | None = None
        self._asked = 0  # the latest request: an older answer arriving late is dropped
        self._stale = True
        self.file_dialog = None
        book = session.book
        self.country_names = {e["code"]: book.label("countries", e["code"], self.lang) for e in book.data["countries"]}
        self.class_names = {e["code"]: e["label"].get(self.lang) or e["label"]["en"] for e in book.data["classes"]}
        self.severity_names = {e["level"]: e["label"].get(self.lang) or e["label"]["en"] for e in book.data["severity"]}

        # -- the period, the map's region, export
        self.period = QComboBox()
        self.period.setObjectName("dashboardPeriod")
        self.period.setAccessibleName(self.tr("Period"))
        for text, key in ((self.tr("Last 24 hours"), "24h"), (self.tr("Last 7 days"), "7d"),
                          (self.tr("Last 30 days"), "30d"), (self.tr("Custom dates"), "custom")):
            self.period.addItem(text, key)
        self.period.setCurrentIndex(1)
        today = QDate.currentDate()
        self.since = QDateEdit(today.addDays(-30))
        self.until = QDateEdit(today)
        for edit, name, spoken in ((self.since, "dashboardSince", self.tr("From")),
                                   (self.until, "dashboardUntil", self.tr("To"))):
            edit.setObjectName(name)
            edit.setAccessibleName(spoken)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setVisible(False)
            edit.dateChanged.connect(self._custom_changed)
        self.region = QComboBox()
        self.region.setObjectName("dashboardRegion")
        self.region.setAccessibleName(self.tr("Map"))
        self.region.addItem(self.tr("ASEAN"), "asean")
        self.region.addItem(self.tr("World"), "world")
        self.export_button = QPushButton(self.tr("E&xport..."))
        self.export_button.setObjectName("dashboardExport")
        self.export_button.setAccessibleName(self.tr("Export the dashboard"))
        self.export_button.clicked.connect(self.export)
        self.status = PlainLabel()
        self.status.setObjectName("dashboardStatus")
        bar = QHBoxLayout()
        period_label = PlainLabel(self.tr("P&eriod:"))
        period_label.setBuddy(self.period)
        bar.addWidget(period_label)
        bar.addWidget(self.period)
        bar.addWidget(self.since)
        bar.addWidget(self.until)
        region_label = PlainLabel(self.tr("&Map:"))
        region_label.setBuddy(self.region)
        bar.addSpacing(12)
        bar.addWidget(region_label)
        bar.addWidget(self.region)
        bar.addSpacing(12)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.export_button)

        # -- what is exported: the totals, the map, the charts, the lists
        self.content = QWidget()
        self.content.setObjectName("dashboardContent")
        self.content.setAutoFillBackground(True)
        self.totals = PlainLabel()
        self.totals.setObjectName("dashboardTotals")
        font = self.totals.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.totals.setFont(font)
        self.range_label = PlainLabel()  # the period, in the export too
        self.range_label.setObjectName("dashboardRange")
        legend = (self.tr("received"), self.tr("sent"))
        self.map = WorldMap(self.country_names)
        self.map.setMinimumSize(380, 240)
        self.map.setAccessibleName(self.tr("Map of open incidents and shared threats by country"))
        self.map.countryClicked.connect(self.countryChosen)
        self.timeline = TimelineChart(legend)
        self.timeline.setAccessibleName(self.tr("Reports over time"))
        self.by_class = BarChart("classChart", legend)
        self.by_class.setAccessibleName(self.tr("Reports by incident class"))
        self.by_severity = BarChart("severityChart", legend)
        self.by_severity.setAccessibleName(self.tr("Reports by severity"))
        self.by_country = BarChart("countryChart", legend)
        self.by_country.setAccessibleName(self.tr("Reports by country concerned"))
        self.threats = self._list("sharedThreats", self.tr("Top shared threats"))
        self.overdue = self._list("overdueItems", self.tr("Overdue"))
        self.quiet = self._list("quietPartners", self.tr("Partners not heard from lately"))

        grid = QGridLayout(self.content)
        heading = QHBoxLayout()
        heading.addWidget(self.totals)
        heading.addStretch(1)
        heading.addWidget(self.range_label)
        grid.addLayout(heading, 0, 0, 1, 3)
        self.map_box = self._box(self.tr("Open incidents and shared threats, by country (click to see them in the inbox)"),
                                 self.map)
        grid.addWidget(self.map_box, 1, 0)
        grid.addWidget(self._box(self.tr("Reports over time"), self.timeline), 2, 0)
        grid.addWidget(self._box(self.tr("By incident class"), self.by_class), 1, 1)
        grid.addWidget(self._box(self.tr("By severity"), self.by_severity), 2, 1)
        grid.addWidget(self._box(self.tr("By country concerned"), self.by_country), 1, 2)
        lists = QWidget()
        column = QVBoxLayout(lists)
        column.setContentsMargins(0, 0, 0, 0)
        for title, widget in ((self.tr("Top shared threats"), self.threats), (self.tr("Overdue"), self.overdue),
                              (self.tr("Partners not heard from lately"), self.quiet)):
            column.addWidget(self._box(title, widget))
        grid.addWidget(lists, 2, 2)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 4)
        grid.setColumnStretch(2, 4)
        grid.setRowStretch(1, 3)
        grid.setRowStretch(2, 2)

        scroll = QScrollArea()
        scroll.setObjectName("dashboardScroll")
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.content)
        self.content.setMinimumSize(1000, 520)
        # nothing at all in the period: what the dashboard counts, and the button to begin
        self.empty = EmptyState("dashboard", self.tr("Nothing to count in this period"), self.tr(
            "The dashboard counts the reports this station sent and received, its open incidents and the threats "
            "shared with partners. Choose a longer period above, or file a report."),
            self.tr("&New report..."), self.newReport.emit)
        self.empty.setObjectName("dashboardEmpty")
        self.pages = QStackedWidget()
        self.pages.addWidget(scroll)
        self.pages.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.pages, 1)

        self.period.currentIndexChanged.connect(self._period_changed)
        self.region.currentIndexChanged.connect(lambda: self.map.set_region(self.region.currentData()))
        self.map.set_region("asean")
        # arrivals during a sync come batch after batch: one count a second at most
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.setInterval(1000)
        self._later.timeout.connect(self.refresh)
        session.dataChanged.connect(self._data_changed)

    def _box(self, title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(widget)
        return box

    def _list(self, name: str, spoken: str) -> QListWidget:
        widget = QListWidget()
        widget.setObjectName(name)
        widget.setAccessibleName(spoken)
        widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        widget.setMinimumHeight(3 * widget.fontMetrics().height())
        # a long line (a threat tied by several indicators) wraps instead of hiding behind a scroll bar
        widget.setWordWrap(True)
        widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        return widget

    # -- the period ------------------------------------------------------------------

    def current_period(self) -> Period | None:
        """The period chosen; None for custom dates that end before they start."""
        key = self.period.currentData()
        now = int(time.time())
        offset = time.localtime(now).tm_gmtoff
        if key != "custom":
            return Period.last(key, now, offset)
        since, until = _day_start(self.since.date()), _day_start(self.until.date().addDays(1)) - 1
        if since > until:
            return None
        return Period.between(since, until, offset)

    def _period_changed(self) -> None:
        custom = self.period.currentData() == "custom"
        self.since.setVisible(custom)
        self.until.setVisible(custom)
        self.refresh()

    def _custom_changed(self) -> None:
        if self.period.currentData() == "custom":
            self.refresh()

    def set_period(self, key: str) -> None:
        self.period.setCurrentIndex(max(0, self.period.findData(key)))

    # -- counting and drawing --------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _data_changed(self, what: str) -> None:
        if what in ("inbox", "outbox", "peers", "all"):
            self._stale = True
            if self.isVisible() and not self._later.isActive():
                self._later.start()

    def refresh(self) -> None:
        """Count the figures of the chosen period again (on the worker thread), then draw them."""
        period = self.current_period()
        if period is None:
            self.status.setText(self.tr("The period starts after it ends: choose a later end date"))
            return
        self._stale = False
        self._asked += 1
        asked = self._asked
        self.status.setText(self.tr("Counting..."))
        self.session.db.run(lambda st: st.figures(period, threats=False),
                            done=lambda figures: self._counted(asked, figures),
                            failed=lambda exc: self._failed(asked, exc), label="figures")

    def _failed(self, asked: int, exc: BaseException) -> None:
        if asked == self._asked:
            self.status.setText(describe(exc))

    def _counted(self, asked: int, figures: Figures) -> None:
        if asked != self._asked:
            return
        self.show_figures(figures, threats=False)
        self.session.db.run(lambda st: st.figures_with_threats(figures),
                            done=lambda whole: self._threats_found(asked, whole),
                            failed=lambda exc: self._failed(asked, exc), label="shared threats")

    def _threats_found(self, asked: int, figures: Figures) -> None:
        if asked != self._asked:  # another period was chosen meanwhile
            return
        self.show_figures(figures)
        self.threatsShown.emit(figures)

    def _step_label(self, start: int, bucket: str) -> str:
        return time.strftime("%H:%M" if bucket == "hour" else "%d %b" if bucket == "day" else "%d %b %Y",
                             time.localtime(start))

    def show_figures(self, figures: Figures, threats: bool = True) -> None:
        """Draw ``figures``; without ``threats``, their shared threats are still being looked for."""
        self.figures = figures
        period = figures.period
        since = time.strftime("%Y-%m-%d %H:%M", time.localtime(period.since))
        until = time.strftime("%Y-%m-%d %H:%M", time.localtime(period.until))
        self.totals.setText(self.tr("Received {received} · Sent {sent} · Open incidents {open} · Shared threats"
                                    " {threats}").format(received=figures.received, sent=figures.sent,
                                                         open=figures.open_incidents,
                                                         threats=len(figures.shared_threats) if threats else "…"))
        self.range_label.setText(self.tr("From {since} to {until}").format(since=since, until=until))
        nothing = not (figures.received or figures.sent or figures.open_incidents or figures.shared_threats)
        self.pages.setCurrentIndex(1 if nothing else 0)
        self.status.clear()
        self.timeline.set_steps([(self._step_label(s.start, period.bucket), s.received, s.sent)
                                 for s in figures.timeline])
        classes = sorted(figures.by_class.items(), key=lambda kv: (-kv[1].received - kv[1].sent, kv[0]))
        self.by_class.set_rows([(self.class_names.get(code, code), c.received, c.sent) for code, c in classes],
                               self.tr("No reports in this period"))
        self.by_severity.set_rows([(f"{level} {self.severity_names.get(level, '')}", c.received, c.sent)
                                   for level, c in sorted(figures.by_severity.items(), reverse=True)],
                                  self.tr("No reports in this period"))
        countries = sorted(figures.by_country.items(), key=lambda kv: (-kv[1].received - kv[1].sent, kv[0]))
        self.by_country.set_rows([(f"{code} {self.country_names.get(code, '')}", c.received, c.sent)
                                  for code, c in countries[:TOP_COUNTRIES] if c.received or c.sent],
                                 self.tr("No reports in this period"))
        weights = {code: c.open + c.shared_threats for code, c in figures.by_country.items()}
        details = {code: self.tr("{open} open incidents, {threats} shared threats, {received} received,"
                                 " {sent} sent").format(open=c.open, threats=c.shared_threats, received=c.received,
                                                         sent=c.sent)
                   for code, c in figures.by_country.items()}
        self.map.set_counts(weights, details)
        self._fill(self.threats, [
            self.tr("{key}: {countries} ({reports} reports)").format(
                key=visible(t.key), countries=", ".join(t.countries), reports=t.reports)
            for t in figures.shared_threats[:TOP_THREATS]],
            self.tr("None found in this period") if threats else self.tr("Looking for shared threats..."))
        self._fill(self.overdue, [
            self.tr("{what} for {msg}, due {when}").format(what=visible(o.what), msg=o.msg_id[:12],
                                                          when=time.strftime("%Y-%m-%d %H:%M",
                                                                             time.localtime(o.due_at)))
            for o in figures.overdue], self.tr("Nothing overdue"))
        self._fill(self.quiet, [
            (self.tr("{name} ({country}): last message {when}").format(
                name=visible(q.name), country=visible(q.country),
                when=time.strftime("%Y-%m-%d", time.localtime(q.last_heard)))
             if q.last_heard else self.tr("{name} ({country}): no message yet").format(
                name=visible(q.name), country=visible(q.country)))
            for q in figures.quiet_partners], self.tr("Every partner wrote lately"))
        if not threats:
            self.figuresShown.emit(figures)

    @staticmethod
    def _fill(widget: QListWidget, lines: list[str], empty: str) -> None:
        widget.clear()
        widget.addItems(lines or [empty])
        widget.setEnabled(bool(lines))

    # -- export ------------------------------------------------------------------------

    def export(self) -> None:
        """Ask where to save the dashboard, as PNG or PDF (by the name's extension)."""
        name = time.strftime("siaga-dashboard-%Y%m%d.pdf")
        self.file_dialog = choose_file(self, self.tr("Export the dashboard"),
                                       self.tr("PDF for a briefing (*.pdf);;PNG image (*.png)"), self.export_to,
                                       save_as=name)

    def render_png(self) -> bytes:
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.content.grab().save(buffer, "PNG")
        return bytes(buffer.data())

    def render_pdf(self) -> bytes:
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setTitle(self.tr("Siaga dashboard"))
        writer.setCreator("Siaga")
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Landscape,
                                         QMarginsF(12, 12, 12, 12)))
        writer.setResolution(150)
        picture = self.content.grab()
        painter = QPainter(writer)
        page = painter.viewport()
        scaled = picture.size().scaled(page.size(), Qt.AspectRatioMode.KeepAspectRatio)
        painter.drawPixmap(QRect(0, 0, scaled.width(), scaled.height()), picture)
        painter.end()
        return bytes(buffer.data())

    def export_to(self, path: Path) -> None:
        path = Path(path)
        if path.suffix.lower() not in (".png", ".pdf"):
            path = path.with_suffix(".pdf")
        try:
            data = self.render_png() if path.suffix.lower() == ".png" else self.render_pdf()
            atomic_write(path, data)
        except (OSError, SiagaError) as exc:
            self.status.setText(self.tr("Not saved: {reason}").format(reason=describe(exc)))
            return
        log.info("dashboard exported to %s", path)
        self.status.setText(self.tr("Saved to {path}").format(path=visible(path.name)))

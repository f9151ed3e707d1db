"""Table columns that fit the width the table has, and the officer's choice of columns.

Each column is as wide as its contents need, up to a cap (never wider than its words
need); the stretching one (a summary) takes what is left and keeps at least
:data:`MIN_STRETCH` where it can. Until the officer chooses, the least useful columns
are hidden when there is no room for them (on a 1280-pixel screen), all shown on a
wider one. A right click on the headings lists the columns to hide or show again;
the choice is the station's (:mod:`siaga.station.table_columns`, kept through
:func:`remember`). When the room is still short, the widest columns are cut first
(their text elided: the whole text is in each cell's tooltip).

So a table never scrolls sideways at 1280×720 and its summary stays in sight.
"""

from __future__ import annotations

import logging
from typing import Iterable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QContextMenuEvent
from PySide6.QtWidgets import QMenu, QTableView

from ..station.table_columns import ALWAYS_SHOWN, TABLES
from .plain import tip

log = logging.getLogger("siaga.gui")

# the least the stretching column keeps where it can, and the least a shrunk column keeps (pixels)
MIN_STRETCH, FLOOR = 280, 56
# room beside a heading's text (its margins, and the sort arrow of a sorted column)
HEADING_ROOM = 22
# the widest a column grows for its contents, unless the table says otherwise (pixels)
CAP = 220


def shrink(widths: dict[int, int], room: int, floors: dict[int, int] | None = None) -> dict[int, int]:
    """Widths that add up to at most ``room`` if they can: the widest columns are cut first, none below
    its floor (``floors``, :data:`FLOOR` by default: a column's heading must still read whole)."""
    widths = dict(widths)
    floor = {c: max(FLOOR, (floors or {}).get(c, FLOOR)) for c in widths}
    excess = sum(widths.values()) - room
    while excess > 0:
        can_cut = [c for c in widths if widths[c] > floor[c]]
        if not can_cut:
            break
        widest = max(can_cut, key=lambda c: widths[c])
        others = [widths[c] for c in can_cut if c != widest]
        target = max(floor[widest], max(others, default=0), widths[widest] - excess)
        if target >= widths[widest]:  # tied with the next widest: cut them together, a little at a time
            target = max(floor[widest], widths[widest] - max(1, excess // len(can_cut)))
        excess -= widths[widest] - target
        widths[widest] = target
    return widths


def auto_hidden(natural: dict[int, int], room: int, hide_first: Iterable[int]) -> set[int]:
    """The columns to hide, in the order of ``hide_first``, until the others' ``natural`` widths fit ``room``;
    then those hidden that still fit are shown again, the most useful (the last in ``hide_first``) first."""
    order: list[int] = []
    for column in hide_first:
        if sum(w for c, w in natural.items() if c not in order) <= room:
            break
        order.append(column)
    hidden = set(order)
    for column in reversed(order[:-1]):
        if sum(w for c, w in natural.items() if c not in hidden) + natural[column] <= room:
            hidden.discard(column)
    return hidden


def grow(widths: dict[int, int], full: dict[int, int], total: int, least: int) -> None:
    """Widen capped columns to their whole contents (narrowest need first) while the stretching column, which
    gets ``total`` less the others, keeps at least ``least`` and stays wider than each of them."""
    for column in sorted(widths, key=lambda c: full.get(c, 0) - widths[c]):
        want = full.get(column, 0)
        if want <= widths[column]:
            continue
        left = total - sum(widths.values()) - (want - widths[column])
        if left >= max(least, want):
            widths[column] = want


class ColumnFitter(QObject):
    """Keeps ``table``'s columns fitted (see the module); call :meth:`fit_to_contents` when new rows arrive.

    ``name``: the table's name in :mod:`siaga.station.table_columns` (its columns, in order, and those always
    shown); ``stretch``: the column that takes the room left; ``keep``: columns never cut (their labels must read
    whole); ``hide_first``: the columns hidden first when there is no room and nothing was chosen; ``caps``: a
    column's widest (by default :data:`CAP`).
    """

    # the officer chose the hidden columns (their names, in the table's order), or None: fit them to the room
    chosenChanged = Signal(object)

    def __init__(self, table: QTableView, name: str, stretch: int, keep: tuple[int, ...] = (),
                 hide_first: tuple[int, ...] = (), caps: dict[int, int] | None = None,
                 min_stretch: int = MIN_STRETCH) -> None:
        super().__init__(table)
        self.table = table
        self.name = name
        self.keys = TABLES[name]
        self.stretch = stretch
        self.keep = keep
        self.hide_first = tuple(c for c in hide_first if self.keys[c] not in ALWAYS_SHOWN[name])
        self.caps = caps or {}
        self.min_stretch = min_stretch
        self.chosen: set[str] | None = None  # None: nothing chosen, the room decides
        self.natural: dict[int, int] = {}
        self.full: dict[int, int] = {}  # the contents' width, uncapped
        self.floors: dict[int, int] = {}
        self._fitting = False
        self.open_menu: QMenu | None = None  # the columns' menu last opened
        header = table.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._open_menu)
        header.setToolTip(tip(self.tr("Right-click the headings (or press the menu key in the table) to choose the"
                                       " columns shown")))
        table.viewport().installEventFilter(self)
        table.installEventFilter(self)  # the menu key on the table opens the columns' menu too

    # -- widths ------------------------------------------------------------------------

    def hideable(self) -> list[int]:
        return [c for c, key in enumerate(self.keys) if key not in ALWAYS_SHOWN[self.name]]

    def fit_to_contents(self) -> None:
        """Measure each column's heading and the contents of the rows in sight (capped), then fit them."""
        model, header = self.table.model(), self.table.horizontalHeader()
        metrics = header.fontMetrics()
        self.floors, self.natural, self.full = {}, {}, {}
        for column in range(model.columnCount()):
            if column == self.stretch:
                continue
            heading = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
            self.floors[column] = metrics.horizontalAdvance(heading) + HEADING_ROOM
            contents = self.table.sizeHintForColumn(column)
            self.natural[column] = max(self.floors[column], min(contents, self.caps.get(column, CAP)))
            self.full[column] = max(self.natural[column], contents)
        self.fit()

    def fit(self) -> None:
        if not self.natural or self._fitting:
            return
        self._fitting = True
        try:
            room = self.table.viewport().width() - self.min_stretch
            if self.chosen is None:
                hidden = auto_hidden(self.natural, room, self.hide_first)
            else:
                hidden = {c for c in self.hideable() if self.keys[c] in self.chosen}
            for column in self.hideable():
                if self.table.isColumnHidden(column) != (column in hidden):
                    self.table.setColumnHidden(column, column in hidden)
            shown = {c: w for c, w in self.natural.items() if c not in hidden}
            kept = {c: w for c, w in shown.items() if c in self.keep}
            flexible = {c: w for c, w in shown.items() if c not in self.keep}
            widths = {**kept, **shrink(flexible, room - sum(kept.values()), self.floors)}
            grow(widths, self.full, self.table.viewport().width(), self.min_stretch)
            for column, width in widths.items():
                if self.table.columnWidth(column) != width:
                    self.table.setColumnWidth(column, width)
        finally:
            self._fitting = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            self.fit()
        elif (event.type() == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent)
              and event.reason() == QContextMenuEvent.Reason.Keyboard
              and self.table.contextMenuPolicy() == Qt.ContextMenuPolicy.DefaultContextMenu):
            self._open_menu(QPoint(0, self.table.horizontalHeader().height()))
            return True
        return False

    # -- the officer's choice ------------------------------------------------------------

    def hidden_names(self) -> list[str]:
        """The columns hidden now (chosen, or for want of room), in the table's order."""
        return [self.keys[c] for c in self.hideable() if self.table.isColumnHidden(c)]

    def set_chosen(self, hidden: Iterable[str] | None) -> None:
        """Hide ``hidden`` (names), the others shown; None: fit the columns to the room (as the station keeps it)."""
        self.chosen = None if hidden is None else set(hidden)
        self.fit()

    def choose(self, hidden: Iterable[str] | None) -> None:
        """The officer's choice: applied, and announced to be kept (:attr:`chosenChanged`)."""
        self.set_chosen(hidden)
        self.chosenChanged.emit(None if self.chosen is None else [k for k in self.keys if k in self.chosen])

    def show_column(self, column: int, shown: bool) -> None:
        """Show or hide one column; the others stay as they are now."""
        hidden = set(self.hidden_names()) - {self.keys[column]}
        self.choose(hidden if shown else hidden | {self.keys[column]})

    def menu(self) -> QMenu:
        """The headings' menu: a tick for each column that can be hidden, and fitting them to the window again."""
        menu = QMenu(self.table)
        menu.setObjectName("columnMenu")
        model = self.table.model()
        for column in self.hideable():
            heading = str(model.headerData(column, Qt.Orientation.Horizontal) or self.keys[column])
            action = QAction(heading, menu)
            action.setObjectName(f"column_{self.keys[column]}")
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(column))
            action.toggled.connect(lambda on, c=column: self.show_column(c, on))
            menu.addAction(action)
        menu.addSeparator()
        fit = QAction(self.tr("Fit the columns to the window"), menu)
        fit.setObjectName("columnsAutomatic")
        fit.setCheckable(True)
        fit.setChecked(self.chosen is None)
        fit.setToolTip(self.tr("Hide the least useful columns when the window is narrow, show them all when wide"))
        fit.triggered.connect(lambda: self.choose(None))
        menu.addAction(fit)
        return menu

    def _open_menu(self, pos: QPoint) -> None:
        self.open_menu = self.menu()
        self.open_menu.popup(self.table.horizontalHeader().mapToGlobal(pos))


def remember(fitter: ColumnFitter, session) -> None:
    """Apply the columns the station keeps for ``fitter``'s table, and keep the officer's next choices there."""
    name = fitter.name

    def failed(exc: BaseException) -> None:
        log.warning("the %s columns could not be read or kept: %s", name, exc)

    session.db.run(lambda st: st.columns.hidden(name), done=fitter.set_chosen, failed=failed, label="columns")
    fitter.chosenChanged.connect(lambda hidden: session.db.run(lambda st: st.columns.set_hidden(name, hidden),
                                                               failed=failed, label="columns"))

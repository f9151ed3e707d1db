"""Table columns that fit the width the table has: each at its contents' width, the stretching one
(a summary) taking what is left, and the widest shrunk (their text elided) when the room is short.

So a table never scrolls sideways at 1280×720 and its summary stays in sight.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QTableView

#: the least the stretching column keeps, and the least a shrunk column keeps (pixels)
MIN_STRETCH, FLOOR = 140, 56
#: room beside a heading's text (its margins, and the sort arrow of a sorted column)
HEADING_ROOM = 22


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


class ColumnFitter(QObject):
    """Keeps ``table``'s columns fitted (see the module); call :meth:`fit_to_contents` when new rows arrive."""

    def __init__(self, table: QTableView, stretch: int, keep: tuple[int, ...] = ()) -> None:
        super().__init__(table)
        self.table = table
        self.stretch = stretch
        self.keep = keep  # columns never shrunk (their labels must read whole)
        self.natural: dict[int, int] = {}
        self.floors: dict[int, int] = {}
        table.viewport().installEventFilter(self)

    def fit_to_contents(self, cap: int = 260) -> None:
        """Measure each column's contents (at most ``cap`` wide), then fit them to the table's width."""
        self.table.resizeColumnsToContents()
        columns = self.table.model().columnCount()
        self.natural = {c: min(self.table.columnWidth(c), cap) for c in range(columns)
                        if c != self.stretch and not self.table.isColumnHidden(c)}
        header = self.table.horizontalHeader()
        model = self.table.model()
        self.floors = {c: header.fontMetrics().horizontalAdvance(
            str(model.headerData(c, Qt.Orientation.Horizontal) or "")) + HEADING_ROOM for c in self.natural}
        self.fit()

    def fit(self) -> None:
        if not self.natural:
            return
        kept = {c: w for c, w in self.natural.items() if c in self.keep}
        room = self.table.viewport().width() - MIN_STRETCH - sum(kept.values())
        flexible = {c: w for c, w in self.natural.items() if c not in self.keep}
        for column, width in {**kept, **shrink(flexible, room, self.floors)}.items():
            self.table.setColumnWidth(column, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

"""The main window's places: a sidebar list on the left, the chosen place's view on the right.

The places come from :mod:`siaga.gui.places`; each view is built the first time
its place is opened. Ctrl+1 ... Ctrl+9 open the places in order; Tab goes from the
sidebar into the view shown.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QStackedWidget, QWidget

from . import theme
from .icons import icon
from .places import Place, places
from .plain import tip

KEY_ROLE = Qt.ItemDataRole.UserRole


class Navigator(QWidget):
    """The sidebar and the stack of views it chooses between."""

    #: the key of the place now shown
    placeChanged = Signal(str)
    #: the key of a place whose view was just built (the first time it was opened or asked for)
    viewBuilt = Signal(str)

    def __init__(self, build_args: tuple, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._args = build_args
        self._places: dict[str, Place] = {}
        self._views: dict[str, QWidget] = {}
        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Places"))
        self.sidebar.setIconSize(QSize(20, 20))
        self.sidebar.setFrameShape(QListWidget.Shape.NoFrame)
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("placeStack")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar)
        layout.addWidget(self.stack, 1)
        for number, place in enumerate(places(), start=1):
            self._add(place, number)
        self._fit_sidebar()
        self.sidebar.setStyleSheet(theme.sidebar_style(self.palette()))
        self.sidebar.currentItemChanged.connect(self._chosen)
        if self.sidebar.count():
            self.sidebar.setCurrentRow(0)

    def _add(self, place: Place, number: int) -> None:
        self._places[place.key] = place
        item = QListWidgetItem(icon(place.icon), place.translated())
        item.setData(KEY_ROLE, place.key)
        item.setToolTip(tip(place.translated() + (f" (Ctrl+{number})" if number <= 9 else "")))
        self.sidebar.addItem(item)
        if number <= 9:
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self.window() or self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda key=place.key: self.show_place(key))

    def _fit_sidebar(self) -> None:
        metrics = self.sidebar.fontMetrics()
        bold = self.sidebar.font()
        bold.setBold(True)
        from PySide6.QtGui import QFontMetrics
        wide = QFontMetrics(bold)
        text = max((max(metrics.horizontalAdvance(self.sidebar.item(i).text()),
                        wide.horizontalAdvance(self.sidebar.item(i).text()))
                    for i in range(self.sidebar.count())), default=0)
        self.sidebar.setFixedWidth(text + 20 + 14 * 2 + 3 + 24)

    # -- places -------------------------------------------------------------------

    def keys(self) -> list[str]:
        return [self.sidebar.item(i).data(KEY_ROLE) for i in range(self.sidebar.count())]

    def title(self, key: str) -> str:
        return self._places[key].translated()

    def view(self, key: str) -> QWidget:
        """The view of place ``key`` (built now if it was not yet)."""
        if key not in self._views:
            widget = self._places[key].build(*self._args)
            widget.setObjectName(widget.objectName() or f"{key}Place")
            self._views[key] = widget
            self.stack.addWidget(widget)
            self._tab_after_sidebar(widget)
            self.viewBuilt.emit(key)
        return self._views[key]

    def _tab_after_sidebar(self, view: QWidget) -> None:
        """Tab goes from the sidebar into ``view``: its widgets are put right after the sidebar's in the Tab order.

        A view built after the window would otherwise come last, after the header and the status bar (and
        Qt's setTabOrder does nothing for a widget that takes no focus, as a view itself does).
        """
        inside: list[QWidget] = []
        widget = view.nextInFocusChain()
        while widget is not view and widget is not None:
            if (view.isAncestorOf(widget) and widget.focusPolicy().value & Qt.FocusPolicy.TabFocus.value
                    and not any(outer.isAncestorOf(widget) for outer in inside)):
                inside.append(widget)  # a box's own line edit moves with its box
            widget = widget.nextInFocusChain()
        previous: QWidget = self.sidebar
        for widget in inside:
            QWidget.setTabOrder(previous, widget)
            previous = widget

    def built(self) -> dict[str, QWidget]:
        return dict(self._views)

    def show_place(self, key: str) -> QWidget:
        self.sidebar.setCurrentRow(self.keys().index(key))
        return self.view(key)

    def current_key(self) -> str:
        item = self.sidebar.currentItem()
        return item.data(KEY_ROLE) if item is not None else ""

    def currentWidget(self) -> QWidget | None:  # noqa: N802 - as QStackedWidget says it
        return self.stack.currentWidget()

    def setCurrentWidget(self, widget: QWidget) -> None:  # noqa: N802
        for key, view in self._views.items():
            if view is widget:
                self.show_place(key)
                return
        raise ValueError("not a view of this window")

    def _chosen(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None = None) -> None:
        if item is None:
            return
        key = item.data(KEY_ROLE)
        view = self.view(key)
        self.stack.setCurrentWidget(view)
        self.sidebar.setTabOrder(self.sidebar, view)
        self.placeChanged.emit(key)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        from PySide6.QtCore import QEvent
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.sidebar.setStyleSheet(theme.sidebar_style(self.palette()))
            self.refresh_icons()

    def refresh_icons(self) -> None:
        """Draw the icons again in the palette's text colour (after the palette changed)."""
        for i in range(self.sidebar.count()):
            item = self.sidebar.item(i)
            item.setIcon(icon(self._places[item.data(KEY_ROLE)].icon))

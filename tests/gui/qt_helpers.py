"""Helpers shared by the desktop tests (import as ``from qt_helpers import ...``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTreeWidget


def on_screen(qtbot, widget):
    """Show ``widget`` (closed with the test) and wait until it is on screen; returns it."""
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click(qtbot, button):
    """A real mouse click on a button that must be visible and enabled."""
    assert button.isEnabled() and button.isVisible(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def shown(view):
    """(code, item) for each checkable entry of a tree or list that the search leaves visible."""
    role = Qt.ItemDataRole.UserRole
    if isinstance(view, QTreeWidget):
        groups = [view.topLevelItem(i) for i in range(view.topLevelItemCount())]
        return [(g.child(j).data(0, role), g.child(j)) for g in groups if not g.isHidden()
                for j in range(g.childCount()) if not g.child(j).isHidden()]
    return [(view.item(i).data(role), view.item(i)) for i in range(view.count()) if not view.item(i).isHidden()]


def tick_found(view, search, text, code):
    """Type into a search box, then tick the one matching entry with the keyboard."""
    search.clear()
    QTest.keyClicks(search, text)
    found = shown(view)
    assert [c for c, _ in found] == [code]
    view.setFocus()
    view.setCurrentItem(found[0][1])
    QTest.keyClick(view, Qt.Key.Key_Space)
    return found[0][1]


def save_through_file_dialog(qtbot, view, path, written):
    """Answer a view's (non-native) save dialog with ``path``; wait until its status line says ``written``."""
    qtbot.waitUntil(lambda: getattr(view, "file_dialog", None) is not None and view.file_dialog.isVisible(),
                    timeout=10_000)
    view.file_dialog.selectFile(str(path))
    view.file_dialog.accept()
    qtbot.waitUntil(lambda: written in view.status.text(), timeout=20_000)

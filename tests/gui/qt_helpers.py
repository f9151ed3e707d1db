"""Helpers shared by the desktop tests (import as ``from qt_helpers import ...``)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QTreeWidget


def on_screen(qtbot, widget):
    """Show ``widget`` (closed with the test) and wait until it is on screen; returns it."""
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def inbox_on_screen(qtbot, session, rows: int):
    """An inbox view of ``session`` on screen at 1200x700, once its first ``rows`` rows have loaded."""
    from siaga.gui.inbox_view import InboxView

    widget = InboxView(session)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.model.rowCount() == rows, timeout=10_000)
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


def _shown_text(text):
    """A widget's text as drawn: '&&' is one '&', a lone '&' marks a mnemonic and is not drawn."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def clipped(root):
    """What ``root`` shows cut off: each visible label, button or header section whose text (its widest
    line) is wider, by the font's metrics, than the room the widget gives it; [] when nothing is.

    Word-wrapped labels are measured by their longest word (they wrap the rest); a button's room is
    its width less what its style adds around the text (icon, margins, menu arrow).
    """
    from PySide6.QtWidgets import QAbstractButton, QHeaderView, QLabel
    out = []
    for widget in root.findChildren(QLabel) + root.findChildren(QAbstractButton):
        if not widget.isVisibleTo(root) or not widget.text() or widget.objectName().startswith("qt_"):
            continue
        if isinstance(widget, QLabel) and widget.textFormat() == Qt.TextFormat.RichText:
            continue
        metrics = widget.fontMetrics()
        text = _shown_text(widget.text()) if isinstance(widget, QAbstractButton) or widget.buddy() else widget.text()
        if isinstance(widget, QLabel) and widget.wordWrap():
            words = re.split(r"[\s\u200b]+", text)  # a wrapped label breaks at spaces and zero-width spaces
            needed = max((metrics.horizontalAdvance(word) for word in words), default=0)
        else:
            needed = max(metrics.horizontalAdvance(line) for line in text.splitlines() or [""])
        if isinstance(widget, QAbstractButton):
            room = widget.width() - (widget.sizeHint().width() - metrics.horizontalAdvance(text))
        else:
            margin = widget.margin() * 2 + widget.indent() if widget.indent() > 0 else widget.margin() * 2
            room = widget.contentsRect().width() - margin
        if needed > room:
            out.append((type(widget).__name__, widget.objectName(), text[:60], needed, room))
        if isinstance(widget, QLabel) and not widget.wordWrap():
            lines = max(1, len(text.splitlines()))
            if metrics.lineSpacing() * lines > widget.contentsRect().height() + metrics.leading() + 1:
                out.append((type(widget).__name__, widget.objectName(), text[:60], "height",
                            widget.contentsRect().height()))
    for header in root.findChildren(QHeaderView):
        if not header.isVisibleTo(root) or header.orientation() != Qt.Orientation.Horizontal:
            continue
        model = header.model()
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
            if text and header.fontMetrics().horizontalAdvance(text) + 8 > header.sectionSize(section):
                out.append(("header", header.parent().objectName(), text, header.sectionSize(section)))
    return out

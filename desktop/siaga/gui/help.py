"""The Help menu: the glossary (F1 opens it at the topic of the field in focus) and About Siaga.

A widget names its topic with the ``helpTopic`` property (``"tlp"``, ``"severity"``...);
F1 walks up from the focused widget to the first one that has a topic. The glossary's
words come from :mod:`siaga.protocol.glossary`, in either language.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ..protocol.glossary import glossary
from ..storage.preferences import language_names
from .icons import icon
from .plain import PlainLabel, message_box
from .report_text import ReportBrowser

if TYPE_CHECKING:
    from .main_window import MainWindow


def topic_of(widget: QWidget | None) -> str:
    """The help topic of ``widget`` or of the nearest of its parents that has one."""
    while widget is not None:
        topic = widget.property("helpTopic")
        if topic:
            return str(topic)
        widget = widget.parentWidget()
    return ""


def glossary_rows(book, lang: str) -> list[tuple[str, str]]:
    """The glossary as (term, meaning) rows: each topic's title first, then its entries indented."""
    rows: list[tuple[str, str]] = []
    for topic in glossary(book, lang):
        rows.append((topic.title.upper(), topic.meaning))
        rows += [("    " + term, meaning) for term, meaning in topic.entries]
    return rows


class GlossaryDialog(QDialog):
    """The words of a report explained, in English or Bahasa Indonesia."""

    def __init__(self, book, lang: str, topic: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("glossaryDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Glossary"))
        self.book = book
        self.language = QComboBox()
        self.language.setObjectName("glossaryLanguage")
        for code, name in language_names().items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        label = PlainLabel(self.tr("&Language:"))
        label.setBuddy(self.language)
        self.text = ReportBrowser()
        self.text.setObjectName("glossaryText")
        self.text.setAccessibleName(self.tr("Glossary"))
        self.text.setOpenLinks(False)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.language)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.text, 1)
        layout.addWidget(close)
        self.resize(80 * self.fontMetrics().averageCharWidth(), 32 * self.fontMetrics().height())
        self.language.currentIndexChanged.connect(lambda _i: self.show_topic(self.topic))
        self.topic = topic
        self.show_topic(topic)

    def show_topic(self, topic: str) -> None:
        self.topic = topic
        lang = self.language.currentData()
        self.text.show_rows(glossary_rows(self.book, lang))
        title = next((t.title.upper() for t in glossary(self.book, lang) if t.key == topic), "")
        found = self.text.document().find(title, 0, QTextDocument.FindFlag.FindCaseSensitively) if title else None
        if found is None or found.isNull():
            self.text.moveCursor(QTextCursor.MoveOperation.Start)
            return
        self.text.moveCursor(QTextCursor.MoveOperation.End)  # so that the topic comes to the top
        self.text.setTextCursor(found)
        self.text.ensureCursorVisible()


class HelpMenu:
    """The Help menu of the main window, and F1 everywhere in the app's windows."""

    def __init__(self, window: "MainWindow") -> None:
        self.window = window
        self.glossary_action = QAction(icon("help"), QCoreApplication.translate("HelpMenu", "&Glossary"), window)
        self.glossary_action.setObjectName("glossary")
        self.glossary_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.glossary_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.glossary_action.triggered.connect(lambda: self.open_glossary())
        self.about_action = QAction(QCoreApplication.translate("HelpMenu", "&About Siaga"), window)
        self.about_action.setObjectName("about")
        self.about_action.triggered.connect(self.about)
        menu = window.menuBar().addMenu(QCoreApplication.translate("HelpMenu", "Help"))  # F1 opens it; every letter is taken by the views
        menu.addAction(self.glossary_action)
        menu.addSeparator()
        menu.addAction(self.about_action)
        self.dialog: GlossaryDialog | None = None

    @Slot()
    def open_glossary(self, topic: str | None = None) -> GlossaryDialog:
        if topic is None:
            topic = topic_of(QApplication.focusWidget())
        if self.dialog is not None:
            self.dialog.show_topic(topic)
            self.dialog.raise_()
            return self.dialog
        parent = QApplication.activeModalWidget() or self.window
        self.dialog = GlossaryDialog(self.window.session.book, self.window.session.lang, topic, parent)
        self.dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog.show()
        return self.dialog

    @Slot()
    def about(self) -> None:
        from .. import __version__
        box = message_box(QMessageBox.Icon.Information, QCoreApplication.translate("HelpMenu", "About Siaga"), QCoreApplication.translate("HelpMenu", 
            "Siaga {version}: early warning of cyber incidents between national contact points. Reports are"
            " signed and encrypted end to end.").format(version=__version__), QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("aboutBox")
        box.open()


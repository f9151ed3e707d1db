"""The desktop application's entry point."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from .. import __version__
from .. import codebook


class MainWindow(QMainWindow):
    """Placeholder main window until the full desktop app lands."""

    def __init__(self, home: Path) -> None:
        super().__init__()
        book = codebook.current()
        self.setWindowTitle(self.tr("Siaga"))
        label = QLabel(self.tr("Siaga {version}\nCodebook {codebook}\nStation folder: {home}").format(
            version=__version__, codebook=book.version, home=home))
        label.setAccessibleName(self.tr("About this station"))
        self.setCentralWidget(label)


def run(home: Path) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = MainWindow(home)
    window.show()
    return app.exec()

"""``siaga gui --smoke-test``: the real desktop app opened and closed with no one at it.

A throwaway station (cheapest key derivation) is created in a temporary folder, then the
app starts on it as it does for a user: the unlock dialog, the passphrase entered, the
main window. The app quits once the main window has painted. It checks an installation
or a packaged build (packaging/smoke_test.sh), also headless with QT_QPA_PLATFORM=offscreen.
"""

from __future__ import annotations

import os
import secrets
import tempfile
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from ..station.facade import Station
from .app import App, run

#: the app has this long to open and paint before the test counts as failed
TIME_LIMIT_MS = 60_000


class _FirstPaint(QObject):
    """Quits the application at the first paint of the widget it watches."""

    painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint and not self.painted:
            self.painted = True
            QTimer.singleShot(0, QApplication.instance().quit)
        return False


def smoke_test() -> bool:
    """Open the app on a throwaway station, unlock it, and close it; True if its main window painted."""
    os.environ["SIAGA_KDF"] = "min"  # this throwaway station only: its keys protect nothing
    passphrase = secrets.token_urlsafe(24)
    watcher = _FirstPaint()

    def started(controller: App) -> None:
        app = QApplication.instance()
        controller.unlocked.connect(lambda: controller.window.installEventFilter(watcher))
        QTimer.singleShot(TIME_LIMIT_MS, lambda: app.exit(1))
        controller.dialog.passphrase.setText(passphrase)
        controller.dialog.unlock()  # as the Unlock button does

    with tempfile.TemporaryDirectory(prefix="siaga-smoke-") as tmp:
        home = Path(tmp) / "station"
        Station.create(home, passphrase, "Smoke test", "Siaga", "ID").close()
        status = run(home, on_start=started)
    return status == 0 and watcher.painted

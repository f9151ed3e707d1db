"""``siaga gui --smoke-test``: the real desktop app opened and closed with no one at it.

A throwaway station (cheapest key derivation) is created in a temporary folder, then the
app starts on it as it does for a user: the unlock dialog, the passphrase entered, the
main window. The app quits once the main window has painted. It checks an installation
or a packaged build (packaging/smoke_test.sh), also headless with QT_QPA_PLATFORM=offscreen.

Then :func:`script_problems` draws a label in each script the app carries a font for (Thai,
Khmer, Lao, Burmese) and checks that no character came out as the empty missing-glyph box:
a packaged app must draw them on a machine that has no such font of its own.
"""

from __future__ import annotations

import os
import secrets
import tempfile
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from ..station.facade import Station
from . import fonts
from .app import App, run
from .plain import PlainLabel

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


def _drew_something(image: QImage) -> bool:
    """True if the picture holds more than its background colour."""
    background = image.pixel(0, 0)
    return any(image.pixel(x, y) != background for y in range(image.height()) for x in range(0, image.width(), 2))


def script_problems(texts: dict[str, str] | None = None) -> list[str]:
    """Draw one label per carried script offscreen; a sentence per script that lacks a glyph or drew nothing.

    ``texts``: the text to draw for each language (th, km, lo, my); by default a few words of each script.
    """
    app = QApplication.instance() or QApplication([])
    problems = []
    for lang, script in fonts.SCRIPT_OF_LANGUAGE.items():
        text = (texts or {}).get(lang) or fonts.FONTS[script].sample
        if not fonts.ensure_for_language(lang):
            problems.append(f"{script}: its font could not be loaded")
            continue
        label = PlainLabel(text)
        label.adjustSize()
        missing = fonts.missing_glyphs(text, label.font())
        if missing:
            problems.append(f"{script}: no glyph for " + " ".join(f"U+{ord(c):04X}" for c in missing))
        elif not _drew_something(label.grab().toImage()):
            problems.append(f"{script}: the label drew nothing")
        label.deleteLater()
    app.processEvents()
    return problems

"""Printable pages typeset by Qt as the app does, with no window: for the commands' ``--pdf``.

Qt is loaded here only, when a PDF is asked for: the other commands start without it. With no
display (a server, a terminal over SSH) Qt draws off screen, unless the user chose a platform.
"""

from __future__ import annotations

import os
import sys
from types import ModuleType

from ..base.errors import InputError

_app = None  # the Qt application, kept while the command runs


def printing() -> ModuleType:
    """:mod:`siaga.gui.printing`, with a Qt application started for it."""
    global _app
    if sys.platform not in ("win32", "darwin") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from PySide6.QtGui import QGuiApplication

        from . import printing as module
    except ImportError as exc:
        raise InputError(f"the PDF needs Qt (PySide6), which did not load: {exc}") from None
    _app = QGuiApplication.instance() or QGuiApplication(["siaga"])
    return module

"""The application's icons, from ``resources/icons`` (carried inside the wheel)."""

from __future__ import annotations

import functools

from PySide6.QtGui import QIcon

from ..base.resources import resource_path


@functools.cache
def app_icon() -> QIcon:
    return QIcon(str(resource_path("icons", "siaga.svg")))

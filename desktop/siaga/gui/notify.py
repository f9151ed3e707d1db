"""Desktop notifications: the system tray where there is one, else the freedesktop notification service.

GNOME and other Linux desktops often have no tray; they all run the
``org.freedesktop.Notifications`` service on the session bus. Where neither
exists (a bare window manager, a headless test) only the in-app banner shows.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QSystemTrayIcon

log = logging.getLogger("siaga.gui")

_SERVICE = "org.freedesktop.Notifications"
_PATH = "/org/freedesktop/Notifications"


def _freedesktop(title: str, text: str) -> bool:
    try:
        from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage
    except ImportError:
        return False
    bus = QDBusConnection.sessionBus()
    if not bus.isConnected():
        return False
    service = QDBusInterface(_SERVICE, _PATH, _SERVICE, bus)
    if not service.isValid():
        return False
    # app name, replaces id, icon, summary, body, actions, hints, timeout (ms)
    reply = service.call("Notify", "Siaga", 0, "siaga", title, text, [], {"urgency": 2}, 15_000)
    if reply.type() == QDBusMessage.MessageType.ErrorMessage:
        log.info("desktop notification refused: %s", reply.errorMessage())
        return False
    return True


def notify(tray: QSystemTrayIcon | None, title: str, text: str) -> str:
    """Show a notification; return where it went: "tray", "desktop" or "" (nowhere but the banner)."""
    if tray is not None and tray.isVisible() and QSystemTrayIcon.supportsMessages():
        tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Warning, 15_000)
        return "tray"
    if _freedesktop(title, text):
        return "desktop"
    return ""

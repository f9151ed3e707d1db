"""Desktop notifications: the system tray where there is one, else the freedesktop notification service.

GNOME and other Linux desktops often have no tray; they all run the
``org.freedesktop.Notifications`` service on the session bus. Where neither
exists (a bare window manager, a headless test) only the in-app banner shows.

The text (a peer's name and summary) is never handed over as markup: a notification
server that reads markup in the body (the ``body-markup`` capability) gets it escaped,
and on Linux, where the tray's messages also go to such a server, the characters that
would start markup are replaced by look-alikes. Controls are made visible by the caller
(:func:`plain.visible`).
"""

from __future__ import annotations

import html
import logging
import sys

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
    text = _body(service.call("GetCapabilities"), text, QDBusMessage.MessageType.ErrorMessage)
    # app name, replaces id, icon, summary (never markup), body, actions, hints, timeout (ms)
    reply = service.call("Notify", "Siaga", 0, "siaga", title, text, [], {"urgency": 2}, 15_000)
    if reply.type() == QDBusMessage.MessageType.ErrorMessage:
        log.info("desktop notification refused: %s", reply.errorMessage())
        return False
    return True


def _body(capabilities, text: str, error_type) -> str:
    """The body for a server: escaped where it reads markup, markup-free where that is not known."""
    if capabilities.type() == error_type or not capabilities.arguments():
        return markup_free(text)
    return html.escape(text, quote=False) if "body-markup" in _strings(capabilities.arguments()) else text


def _strings(value) -> list[str]:
    """The strings in a D-Bus reply's arguments (a list of strings, however deeply the binding nests it)."""
    if isinstance(value, str):
        return [value]
    return [s for item in value for s in _strings(item)] if isinstance(value, (list, tuple)) else []


def markup_free(text: str) -> str:
    """``text`` with the characters that start markup (``<``, ``>``, ``&``) replaced by look-alikes."""
    return text.replace("&", "\uff06").replace("<", "\u2039").replace(">", "\u203a")


def notify(tray: QSystemTrayIcon | None, title: str, text: str) -> str:
    """Show a notification; return where it went: "tray", "desktop" or "" (nowhere but the banner)."""
    if tray is not None and tray.isVisible() and QSystemTrayIcon.supportsMessages():
        if sys.platform not in ("win32", "darwin"):  # Qt hands the text to the desktop's notification server
            title, text = markup_free(title), markup_free(text)
        tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Warning, 15_000)
        return "tray"
    if _freedesktop(title, text):
        return "desktop"
    return ""

"""How a delivery state looks in the outbox: an icon and a colour for each, readable on light and dark palettes.

Queued waits (grey clock), sending and relayed are on their way (blue), delivered and
acknowledged arrived (green ticks), failing will be tried again (amber warning), given
up needs the officer (red cross). The icons are the line drawings in
``resources/icons/places/state-*.svg``; the colours are tones of :mod:`gui.colours`,
taken for the table's own background so the text stays readable.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette

from ..storage.states import DELIVERED, GAVE_UP, QUEUED, RELAYED, RETRYING, SENDING
from .colours import tone_text
from .icons import icon

ACKNOWLEDGED = "acknowledged"

#: a delivery's state (or ACKNOWLEDGED) -> (its icon, its tone)
LOOKS: dict[str, tuple[str, str]] = {
    QUEUED: ("state-queued", "neutral"),
    SENDING: ("state-sending", "info"),
    RELAYED: ("state-relayed", "info"),
    DELIVERED: ("state-delivered", "verified"),
    ACKNOWLEDGED: ("state-acknowledged", "verified"),
    RETRYING: ("state-failing", "unverified"),
    GAVE_UP: ("state-given-up", "error"),
}


def state_of(delivery: dict) -> str:
    """The state a recipient's row shows: acknowledged once the peer answered, else the delivery's status."""
    return ACKNOWLEDGED if delivery.get("ack") else str(delivery.get("status", ""))


def state_colour(state: str, palette: QPalette | None = None) -> QColor | None:
    """The text colour of ``state`` on the table's background (None for a state without a look)."""
    if state not in LOOKS:
        return None
    palette = palette if palette is not None else QGuiApplication.palette()
    return tone_text(LOOKS[state][1], palette.color(QPalette.ColorRole.Base), palette)


def state_icon(state: str, palette: QPalette | None = None) -> QIcon | None:
    """The icon of ``state``, drawn in its colour (None for a state without a look)."""
    colour = state_colour(state, palette)
    return None if colour is None else icon(LOOKS[state][0], colour)

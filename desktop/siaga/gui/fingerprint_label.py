"""Fingerprint digits shown for reading aloud: large, in groups of five, selectable."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QWidget

from .plain import PlainLabel

GROUPS_PER_LINE = 3


def grouped(digits: str) -> str:
    """"12345 67890 ..." laid out as lines of three groups."""
    groups = digits.split()
    return "\n".join(" ".join(groups[i: i + GROUPS_PER_LINE]) for i in range(0, len(groups), GROUPS_PER_LINE))


class FingerprintLabel(PlainLabel):
    def __init__(self, digits: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.setFont(font)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.set_digits(digits)

    def set_digits(self, digits: str) -> None:
        self.digits = digits
        self.setText(grouped(digits))

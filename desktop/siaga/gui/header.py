"""The branded strip at the top of the main window: Siaga's mark, the station's name, its connection state."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QToolButton, QVBoxLayout, QWidget

from . import theme
from .icons import app_icon, icon
from .plain import PlainLabel, visible


class BrandHeader(QFrame):
    """Logo, station name (with organisation and country) and connection state; the main actions on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("brandHeader")
        self.setAutoFillBackground(True)
        logo = PlainLabel()
        logo.setObjectName("brandLogo")
        logo.setPixmap(app_icon().pixmap(QSize(32, 32)))
        logo.setAccessibleName("Siaga")
        self.name = PlainLabel(self.tr("Siaga"))
        self.name.setObjectName("brandName")
        self.name.setAccessibleName(self.tr("Station"))
        self.detail = PlainLabel("")
        self.detail.setObjectName("brandDetail")
        self.state = PlainLabel(self.tr("Not syncing"))
        self.state.setObjectName("brandState")
        self.state.setAccessibleName(self.tr("Connection state"))
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(self.name)
        names.addWidget(self.detail)
        self.actions_row = QHBoxLayout()
        self.actions_row.setSpacing(6)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(10)
        layout.addWidget(logo)
        layout.addLayout(names)
        layout.addStretch(1)
        layout.addWidget(self.state)
        layout.addSpacing(12)
        layout.addLayout(self.actions_row)
        self._colour()

    def _colour(self) -> None:
        from PySide6.QtGui import QPalette
        text, background = theme.header_colours(self.window().palette() if self.window() else self.palette())
        palette = QPalette(self.palette())
        palette.setColor(QPalette.ColorRole.Window, background)
        for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText, QPalette.ColorRole.Text):
            palette.setColor(role, text)
        palette.setColor(QPalette.ColorRole.Button, background)
        self._text = text
        if palette != self.palette():
            self.setPalette(palette)
        font = self.name.font()
        font.setBold(True)
        font.setPointSizeF(self.font().pointSizeF() * 1.25)
        self.name.setFont(font)
        for button in self.findChildren(QToolButton):
            button.setIcon(icon(button.property("iconName") or "sync", text))

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        from PySide6.QtCore import QEvent
        super().changeEvent(event)
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self._colour()

    def show_station(self, profile: dict, country_name: str = "") -> None:
        self.name.setText(visible(profile.get("name", "")) or self.tr("Siaga"))
        parts = [visible(profile.get("org", "")), country_name or visible(profile.get("country", ""))]
        self.detail.setText(" · ".join(p for p in parts if p))

    def show_state(self, text: str) -> None:
        self.state.setText(text)

    def add_action(self, action, icon_name: str) -> QToolButton:
        button = QToolButton(self)
        button.setDefaultAction(action)
        button.setProperty("iconName", icon_name)
        button.setIcon(icon(icon_name, self._text))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(True)
        button.setObjectName(f"header_{action.objectName()}")
        button.setAccessibleName(action.text().replace("&", "").rstrip("."))
        self.actions_row.addWidget(button)
        return button

"""The inbox and the outbox by incident: a "Messages | Incidents" switch above each.

By incident, the view shows one row per incident (its latest severity, its state and
next deadline) instead of one per message: the incidents partners started in the
inbox, this station's own in the outbox. Opening a row shows the incident's messages
in order. The rows are the Incidents place's own view
(:class:`~siaga.gui.incidents_view.IncidentsView`), limited to one side.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from .incidents_view import IncidentsView
from .plain import PlainLabel
from .session import Session


class IncidentSwitch(QWidget):
    """``messages`` (the view's own table and actions) or its incidents, as the switch above them says."""

    def __init__(self, session: Session, side: str, messages: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"incidentSwitch_{side}")
        self.messages = messages
        self.incidents = IncidentsView(session, side=side, announce=False)
        self.incidents.setObjectName(f"incidentsBy_{side}")
        self.incidents.layout().setContentsMargins(0, 0, 0, 0)
        if side == "in":  # partners' incidents: only their authors continue them
            self.incidents.update_button.hide()
            self.incidents.final_button.hide()
        self.messages_button = QPushButton(self.tr("Messages"))
        self.messages_button.setObjectName("showMessages")
        self.messages_button.setAccessibleName(self.tr("Show one row per message"))
        self.incidents_button = QPushButton(self.tr("Incidents"))
        self.incidents_button.setObjectName("showIncidents")
        self.incidents_button.setAccessibleName(self.tr("Show one row per incident: a first report and its updates"))
        for button in (self.messages_button, self.incidents_button):  # one of the two, like radio buttons
            button.setCheckable(True)
            button.setAutoExclusive(True)
        self.messages_button.setChecked(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(messages)
        self.stack.addWidget(self.incidents)

        bar = QHBoxLayout()
        bar.setSpacing(0)
        shown = PlainLabel(self.tr("Show:"))
        bar.addWidget(shown)
        bar.addSpacing(6)
        bar.addWidget(self.messages_button)
        bar.addWidget(self.incidents_button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self.incidents_button.toggled.connect(self.show_incidents)

    @property
    def by_incident(self) -> bool:
        return self.stack.currentWidget() is self.incidents

    def show_incidents(self, on: bool = True) -> None:
        """One row per incident (``on``), or per message."""
        (self.incidents_button if on else self.messages_button).setChecked(True)
        self.stack.setCurrentWidget(self.incidents if on else self.messages)


def messages_page() -> tuple[QWidget, QVBoxLayout]:
    """A page for a view's own widgets (its filters, actions and table), and its layout."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    return page, layout

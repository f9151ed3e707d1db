"""One line in the inbox while reports that arrived wait to be filed: "Filing N arrived reports…".

A large batch from a partner is receipted as soon as it is kept, and filed in the
inbox right after (``station/filing.py``). While some wait, this line says how many;
it goes once they are all in the inbox (the inbox is read again as they are filed). A
report whose filing failed (held back, kept among the arrivals) is named too, with what
to do next.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from .plain import PlainLabel
from .session import Session


class FilingNotice(PlainLabel):
    """Counts what waits to be filed, asked of the station whenever reports arrive or are filed."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("filingNotice")
        self.setWordWrap(True)
        self.hide()
        session.arrived.connect(lambda count: self.refresh())
        session.received.connect(lambda ids: self.refresh())

    def refresh(self) -> None:
        self.session.db.run(lambda station: station.arrivals(), done=lambda counts: self.show_count(*counts),
                            label="arrivals")

    def show_count(self, waiting: int, held: int = 0) -> None:
        lines = []
        if waiting > 0:
            lines.append(self.tr("Filing {count} arrived reports…").format(count=waiting))
        if held > 0:
            lines.append(self.tr("{count} arrived reports could not be filed. They are kept and tried again "
                                 "when Siaga next starts; if this stays, send the log file to your support.")
                         .format(count=held))
        if not lines:
            self.hide()
            return
        self.setText("\n".join(lines))
        self.setAccessibleName(self.text())
        self.show()

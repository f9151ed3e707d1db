"""A strip across the top of the window when a partner asks this desk to confirm a person is there.

A check (``siaga check answer``) waits for a person, so its arrival is announced like an
urgent report: this strip, a desktop notification, and the task in the Peers view, where
*Answer* sends the signed answer. The strip goes away once every check it named is answered.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QToolButton, QWidget

from ..station.checks import ReceivedCheck
from .colours import paint
from .plain import PlainLabel, visible
from .session import Session


class CheckNotice(QFrame):
    """Names the partners waiting for an answer; *Answer...* leads to the task. Emits ``arrived`` for new checks."""

    #: checks that just arrived (a list of :class:`ReceivedCheck`), for the window to notify
    arrived = Signal(list)
    #: the person chose to answer this check
    answerRequested = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.checks: list[ReceivedCheck] = []
        self.setObjectName("checkNotice")
        self.setFrameShape(QFrame.Shape.Box)
        paint(self, "unverified", filled=True)
        self.text = PlainLabel()
        self.text.setObjectName("checkNoticeText")
        self.text.setWordWrap(True)
        font = self.text.font()
        font.setBold(True)
        self.text.setFont(font)
        self.answer_button = QPushButton(self.tr("Ans&wer..."))
        self.answer_button.setObjectName("checkNoticeAnswer")
        self.answer_button.setAccessibleName(self.tr("Answer the partner's check"))
        self.answer_button.clicked.connect(self._answer)
        self.close_button = QToolButton()
        self.close_button.setObjectName("checkNoticeClose")
        self.close_button.setText("×")
        self.close_button.setAccessibleName(self.tr("Hide this notice (the check still waits in Peers)"))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.answer_button)
        layout.addWidget(self.close_button)
        self.hide()
        session.received.connect(self._received)
        session.dataChanged.connect(self._data_changed)

    def _received(self, ids: list) -> None:
        ids = list(ids)
        self.session.db.run(lambda station: station.checks_among(ids), done=self._announce, label="checks arrived")

    def _announce(self, checks: list[ReceivedCheck]) -> None:
        if not checks:
            return
        known = {c.id for c in self.checks}
        self.checks = checks + [c for c in self.checks if c.id not in {n.id for n in checks}]
        self._show()
        new = [c for c in checks if c.id not in known]
        if new:
            self.arrived.emit(new)

    def _data_changed(self, what: str) -> None:
        if self.checks and what in ("outbox", "inbox", "all"):  # answered here, or from the Peers view
            self.session.db.run(lambda station: station.received_checks(unanswered_only=True), done=self._still_open,
                                label="checks still open")

    def _still_open(self, open_checks: list[ReceivedCheck]) -> None:
        waiting = {c.id for c in open_checks}
        self.checks = [c for c in self.checks if c.id in waiting]
        if self.checks:
            self._show()
        else:
            self.hide()

    def sentence(self, checks: list[ReceivedCheck]) -> str:
        first = visible(checks[0].peer_name)
        if len(checks) == 1:
            return self.tr("{name} asks you to confirm you are reachable. A person must answer.").format(name=first)
        return self.tr("{name} and {count} other check(s) ask you to confirm you are reachable. A person must "
                       "answer.").format(name=first, count=len(checks) - 1)

    def _show(self) -> None:
        text = self.sentence(self.checks)
        self.text.setText(text)
        self.setAccessibleName(text)
        self.show()

    def _answer(self) -> None:
        if self.checks:
            self.answerRequested.emit(self.checks[0].id)

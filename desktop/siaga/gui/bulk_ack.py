"""Acknowledging several inbox reports at once, on the station's worker, with a progress dialog.

The station checks every report first and sends all acknowledgements or none
(:func:`siaga.station.inbox_marks.acknowledge_all`); *Cancel* in the progress
dialog stops the work and nothing is sent (the transaction is rolled back).
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..base.errors import InputError
from .errors import show_error
from .plain import PlainLabel
from .session import Session
from .worker import Operation


class BulkAcknowledge(QObject):
    """One bulk acknowledgement: the work on the worker, its progress, and what it says when done."""

    def __init__(self, session: Session, view: QWidget, done: Callable[[int], None]) -> None:
        super().__init__(view)
        self.session = session
        self._view = view
        self._done = done
        self.progress: QProgressDialog | None = None
        self.operation: Operation | None = None

    def start(self, msg_ids: list[str], status: str, note: str) -> Operation:
        def job(st, op) -> int:
            def progress(count: int, total: int) -> None:
                op.report(count, total)
                if op.cancelled.is_set():
                    raise InputError("the acknowledgements were cancelled; none was sent")

            return len(st.acknowledge_all(msg_ids, status, note, progress))

        text = self.tr("Acknowledging {count} reports...").format(count=len(msg_ids))
        progress = QProgressDialog(text, self.tr("Cancel"), 0, len(msg_ids), self._view)
        progress.setLabel(PlainLabel(text))
        progress.setObjectName("ackProgress")
        progress.setWindowTitle(self.tr("Acknowledge"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)
        self.progress = progress
        op = self.session.db.run(job, with_operation=True, label="acknowledge several", done=self._finished,
                                 failed=self._failed, progress=self._report)
        progress.canceled.connect(op.cancel)
        self.operation = op
        return op

    def _report(self, count: int, total: int) -> None:
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(count)

    def _close(self) -> bool:
        cancelled = bool(self.progress and self.progress.wasCanceled())
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
        return cancelled

    def _finished(self, count: int) -> None:
        self._close()
        self._done(count)

    def _failed(self, exc: BaseException) -> None:
        if self._close():
            self._done(0)
        else:
            show_error(self._view, self.tr("Acknowledge"), exc)

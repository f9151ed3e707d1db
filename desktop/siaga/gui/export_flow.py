"""Exporting reports from a view: format and scope, a file, then the work on the worker behind a progress dialog.

The inbox and the outbox export the same way; only which reports "every report"
means differs, so the caller passes that as a job of the station. The file is
written atomically by the worker; the progress dialog's Cancel stops the reading.
"""

from __future__ import annotations

import json
import logging
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from ..base.errors import InputError
from ..base.fileio import atomic_write
from ..interop import exports
from .errors import show_error
from .file_choice import choose_file
from .inbox_dialogs import ExportDialog
from .plain import PlainLabel, visible
from .session import Session
from .worker import Operation

log = logging.getLogger("siaga.gui.export")

# the ids of the reports to export, found on the worker
Refs = Callable[..., list[str]]


class ExportFlow(QObject):
    """Export for one view: ask (:meth:`ask`), choose a file (:meth:`choose_file`), write (:meth:`write`)."""

    def __init__(self, session: Session, view: QWidget, status: PlainLabel) -> None:
        super().__init__(view)
        self.session = session
        self._view = view
        self._status = status
        self._progress: QProgressDialog | None = None

    def ask(self, selected: int, chosen: Callable[[str, bool], None], everything: str = "") -> ExportDialog:
        """The format and which reports; ``chosen(format, only_selected)`` when confirmed.

        ``everything`` words the other choice (the dialog's own wording when empty).
        """
        dialog = ExportDialog(selected, self._view)
        if everything:
            dialog.matching.setText(everything)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: chosen(dialog.format, dialog.only_selected))
        dialog.open()
        return dialog

    def choose_file(self, fmt: str, chosen: Callable[[Path], None]) -> QFileDialog:
        """Where to save a STIX bundle or MISP events."""
        name = "siaga-stix.json" if fmt == "stix" else "siaga-misp.json"
        title = self.tr("Export STIX 2.1") if fmt == "stix" else self.tr("Export MISP events")
        return choose_file(self._view, title, self.tr("JSON files (*.json);;All files (*)"), chosen, save_as=name)

    def write(self, path: Path, fmt: str, refs: Refs) -> Operation:
        """Write the reports ``refs(station)`` names as STIX or MISP to ``path``, on the worker."""

        def job(st, op) -> int:
            ids = refs(st)
            if not ids:
                return 0

            def progress(done: int, total: int) -> None:
                op.report(done, total)
                if op.cancelled.is_set():
                    raise InputError("the export was cancelled")

            items = exports.collect(st, ids, progress)
            document = exports.stix_bundle(st, items) if fmt == "stix" else exports.misp_events(items, st)
            atomic_write(path, (json.dumps(document, indent=1, ensure_ascii=False) + "\n").encode("utf-8"))
            log.info("%d report(s) exported as %s", len(items), fmt)
            return len(items)

        progress = QProgressDialog(self.tr("Reading the reports..."), self.tr("Cancel"), 0, 0, self._view)
        progress.setLabel(PlainLabel(self.tr("Reading the reports...")))
        progress.setObjectName("exportProgress")
        progress.setWindowTitle(self.tr("Export"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)
        self._progress = progress
        op = self.session.db.run(job, with_operation=True, label="export", done=lambda n: self._written(n, path),
                                 failed=self._failed, progress=self._report)
        progress.canceled.connect(op.cancel)
        return op

    def _report(self, done: int, total: int) -> None:
        if self._progress is not None:
            self._progress.setMaximum(total)
            self._progress.setValue(done)

    def _finish_progress(self) -> bool:
        cancelled = bool(self._progress and self._progress.wasCanceled())
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None
        return cancelled

    def _written(self, count: int, path: Path) -> None:
        self._finish_progress()
        self._status.setText(self.tr("{count} report(s) written to {file}").format(count=count, file=visible(path.name))
                             if count else self.tr("Nothing to export: no report matches."))

    def _failed(self, exc: BaseException) -> None:
        if self._finish_progress():
            self._status.setText(self.tr("Export cancelled."))
        else:
            show_error(self._view, self.tr("Export"), exc)

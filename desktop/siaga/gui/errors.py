"""Typed core errors turned into translated sentences (the only place the GUI words a failure).

The core raises :class:`~siaga.errors.SiagaError` subclasses with a stable
``code`` and ``params``. Here each code gets a sentence that Qt Linguist sees;
the core's English detail is appended where it names something specific (a
field, a file, a peer). Anything unexpected becomes a plain sentence and goes
to the log, never a traceback in a dialog.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ..errors import SiagaError

log = logging.getLogger("siaga.gui")


def _sentences() -> dict[str, str]:
    # built on each call so that a language switch takes effect at once
    return {
        "wrong-passphrase": QCoreApplication.translate(
            "Errors", "Wrong passphrase. The station stays locked; try again."),
        "not-initialised": QCoreApplication.translate("Errors", "There is no station in this folder yet."),
        "already-initialised": QCoreApplication.translate(
            "Errors", "A station already exists in this folder."),
        "invalid-field": QCoreApplication.translate("Errors", "Please check this field: {detail}"),
        "unknown-code": QCoreApplication.translate("Errors", "Unknown code: {detail}"),
        "decode": QCoreApplication.translate(
            "Errors", "This could not be read, or it was altered on the way: {detail}"),
        "code-line": QCoreApplication.translate("Errors", "The code line is not valid: {detail}"),
        "not-found": QCoreApplication.translate("Errors", "Not found: {detail}"),
        "no-recipients": QCoreApplication.translate("Errors", "Nobody to send this to: {detail}"),
        "storage": QCoreApplication.translate(
            "Errors", "The station's files could not be read or written (is the disk full?): {detail}"),
        "codebook": QCoreApplication.translate("Errors", "The codebook is damaged: {detail}"),
        "batch-refused": QCoreApplication.translate("Errors", "The messages were refused: {detail}"),
        "request-refused": QCoreApplication.translate("Errors", "The peer refused the request: {detail}"),
        "handling": QCoreApplication.translate(
            "Errors", "The report's handling label does not allow this: {detail}"),
        "input": QCoreApplication.translate("Errors", "{detail}"),
        "error": QCoreApplication.translate("Errors", "{detail}"),
    }


def describe(exc: BaseException) -> str:
    """One translated sentence for a failure."""
    if isinstance(exc, SiagaError):
        sentences = _sentences()
        template = sentences.get(exc.code, sentences["error"])
        if exc.code == "wrong-passphrase":
            return template
        return template.format(detail=exc.message())
    if isinstance(exc, OSError):
        return QCoreApplication.translate(
            "Errors", "The file could not be read or written: {detail}").format(detail=exc.strerror or str(exc))
    log.error("unexpected failure", exc_info=(type(exc), exc, exc.__traceback__))
    return QCoreApplication.translate(
        "Errors", "Something went wrong that Siaga did not expect. Nothing was lost; the details are in the log.")


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    """A modal message box with the sentence for ``exc``."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, describe(exc), QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("errorBox")
    box.open()

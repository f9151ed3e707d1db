"""Field features in the app: typing in a code line, and this station's card as a QR code.

*Enter a code line…* is ``siaga codeline ingest``: the line's tag is checked and its
report filed in the inbox, marked as received as a code line. *Show card as QR code…*
is ``siaga card export --qr/--pdf``: the code to show or print, with the fingerprint
digits, on one page for the pouch. The station's work runs on its worker thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ..base.errors import SiagaError
from ..base.fileio import atomic_write
from ..station.card_print import CardPage
from .errors import describe
from .file_choice import choose_file, safe_file_name
from .plain import PlainLabel, visible
from .printing import card_pdf
from .session import Session


class CodeLineDialog(QDialog):
    """Type in a code line heard on the phone or radio, or read in an SMS, and file it in the inbox."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("codeLineDialog")
        self.setWindowTitle(self.tr("Enter a code line"))
        intro = PlainLabel(self.tr("Type the code line exactly as you received it. Spaces and capital letters do "
                                   "not matter. A line from a peer carries a tag that proves who wrote it."))
        intro.setWordWrap(True)
        self.line = QLineEdit()
        self.line.setObjectName("codeLineEdit")
        self.line.setAccessibleName(self.tr("Code line"))
        self.line.setPlaceholderText(f"SG1 {session.book.version} EW ...")  # as the lines this station writes
        mono = QFont("monospace")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.line.setFont(mono)
        self.result = PlainLabel()
        self.result.setObjectName("codeLineResult")
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.file_button = buttons.addButton(self.tr("&File in the inbox"), QDialogButtonBox.ButtonRole.ActionRole)
        self.file_button.setObjectName("fileCodeLine")
        self.file_button.clicked.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.line, self.result, buttons):
            layout.addWidget(widget)
        self.resize(720, self.sizeHint().height())

    def submit(self) -> None:
        text = self.line.text()
        self.file_button.setEnabled(False)
        self.session.db.run(lambda station: station.ingest_code_line(text), done=self._filed, failed=self._refused)

    def _filed(self, result) -> None:
        self.file_button.setEnabled(True)
        row_id, checked, new = result
        if checked.peer is not None:
            who = self.tr("authenticated by {name} ({org})").format(name=visible(checked.peer.card.name),
                                                                    org=visible(checked.peer.card.org))
        else:
            who = self.tr("NOT authenticated: the line has no tag, anyone could have written it")
        if new and checked.peer is None:
            text = self.tr("Filed in the inbox, kept apart from the ordinary list: choose \"Not authenticated\" "
                           "in the inbox's filters to see it. Received as a code line, {who}. Call the sender to "
                           "confirm it before acting on it.").format(who=who)
        elif new:
            text = self.tr("Filed in the inbox: received as a code line, {who}. When the full signed report "
                           "arrives, it takes its place.").format(who=who)
        else:
            text = self.tr("Already in the inbox ({who}).").format(who=who)
        self.result.setText(text)
        self.session.changed("inbox")

    def _refused(self, exc: BaseException) -> None:
        self.file_button.setEnabled(True)
        self.result.setText(self.tr("Nothing was filed. {problem}").format(problem=describe(exc)))


class CardQrDialog(QDialog):
    """This station's contact card as a QR code, with its fingerprint digits; a printable page for the pouch."""

    def __init__(self, session: Session, png: bytes, fingerprint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("cardQrDialog")
        self.setWindowTitle(self.tr("This station's card as a QR code"))
        picture = QPixmap()
        picture.loadFromData(png, "PNG")
        self.code = PlainLabel()
        self.code.setObjectName("cardQrCode")
        self.code.setPixmap(picture.scaled(360, 360, Qt.AspectRatioMode.KeepAspectRatio,
                                           Qt.TransformationMode.FastTransformation))
        self.code.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.code.setAccessibleName(self.tr("QR code of this station's contact card"))
        intro = PlainLabel(self.tr("A peer adds this station from a photo of this code (Peers, then Add from contact "
                                   "card). Then read the fingerprint digits to each other over the phone."))
        intro.setWordWrap(True)
        self.digits = PlainLabel(visible(fingerprint))
        self.digits.setObjectName("cardQrDigits")
        font = self.digits.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.digits.setFont(font)
        self.digits.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.digits.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = PlainLabel()
        self.status.setObjectName("cardQrStatus")
        self.status.setWordWrap(True)
        self.pdf_button = QPushButton(self.tr("Save a &printable page (PDF)..."))
        self.pdf_button.setObjectName("cardPdf")
        self.pdf_button.clicked.connect(self.ask_pdf_file)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.code, self.digits, self.pdf_button, self.status, buttons):
            layout.addWidget(widget)

    def ask_pdf_file(self) -> None:
        choose_file(self, self.tr("Save the printable page"), self.tr("PDF documents (*.pdf)"), self.save_pdf,
                    save_as=safe_file_name(self.session.profile.get("name", ""), ".pdf"))

    def save_pdf(self, path: Path) -> None:
        """The page's content from the station (its worker), typeset by Qt here on one A4 page."""
        self.session.db.run(lambda station: station.card_page(), done=lambda page: self._write_pdf(path, page),
                            failed=lambda exc: self.status.setText(describe(exc)))

    def _write_pdf(self, path: Path, page: CardPage) -> None:
        try:
            atomic_write(path, card_pdf(page), mode=0o644)
        except (OSError, SiagaError) as exc:
            self.status.setText(describe(exc))
            return
        self.status.setText(self.tr("Printable page saved to {path}").format(path=visible(path)))

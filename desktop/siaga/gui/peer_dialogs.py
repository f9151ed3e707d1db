"""The dialogs of the peers view: adding a peer from its card, adding a TAXII collection, verifying.

The form dialogs do not touch the station: pressing OK emits ``submitted``; the
view runs the work on the database worker and then closes the dialog
(:meth:`FormDialog.succeeded`) or shows the failure in it (:meth:`FormDialog.fail`),
so the user can correct a field without typing everything again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..protocol import codebook
from ..protocol.codebook import Codebook
from ..station.directory import Peer
from .accessible import name_buttons
from .card_preview_panel import CardPreviewPanel
from .colours import paint
from .country_combo import CountryCombo
from .file_choice import choose_file
from .fingerprint_label import FingerprintLabel
from .partners import number_to_call
from .plain import PlainLabel, visible


class FileField(QWidget):
    """A path typed in, or picked with a Browse... button (``chosen`` then, or when typing ends)."""

    chosen = Signal()

    def __init__(self, title: str, name_filter: str, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._title, self._filter = title, name_filter
        self.path = QLineEdit()
        self.path.setAccessibleName(accessible_name)
        self.browse = QPushButton(self.tr("Browse..."))  # no mnemonic: a dialog may have two of these
        self.browse.setAccessibleName(self.tr("Browse for: {what}").format(what=accessible_name))
        self.browse.clicked.connect(lambda: choose_file(self, self._title, self._filter, self.set_path))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.path)
        layout.addWidget(self.browse)
        self.setFocusProxy(self.path)

    def set_path(self, path: Path) -> None:
        self.path.setText(str(path))
        self.chosen.emit()

    def text(self) -> str:
        return self.path.text().strip()


class FormDialog(QDialog):
    """Fields in a form, an error line, OK and Cancel; OK emits ``submitted``."""

    submitted = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.error = PlainLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        paint(self.error, "error")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        name_buttons(self.buttons)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)

    def add_row(self, text: str, field: QWidget, accessible_name: str) -> None:
        label = PlainLabel(text)
        label.setBuddy(field)
        if not isinstance(field, FileField):
            field.setAccessibleName(accessible_name)
        self.form.addRow(label, field)

    def finish_layout(self) -> None:
        self.form.addRow(self.error)
        self.form.addRow(self.buttons)

    def _submit(self) -> None:
        self.error.clear()
        self.buttons.setEnabled(False)
        self.submitted.emit()

    def fail(self, text: str) -> None:
        self.buttons.setEnabled(True)
        self.error.setText(text)

    def succeeded(self) -> None:
        self.buttons.setEnabled(True)
        self.accept()


class AddPeerDialog(FormDialog):
    """A peer from its contact card file, with an optional URL, pinned certificate and relaying hub.

    What the card says is shown (:class:`CardPreviewPanel`) before anything is saved; *Add* stays
    off until it is. ``cardChosen(path)`` asks the view to read the card (on the worker).
    """

    cardChosen = Signal(Path)

    def __init__(self, card_path: Path, hubs: list[Peer], parent: QWidget | None = None,
                 book: Codebook | None = None, lang: str = "en") -> None:
        super().__init__(parent)
        self.setObjectName("addPeerDialog")
        self.setWindowTitle(self.tr("Add a peer from its contact card"))
        cards = self.tr("Contact cards (*.card);;All files (*)")
        self.card = FileField(self.tr("Contact card"), cards, self.tr("Contact card file"))
        self.card.set_path(card_path)
        self.add_row(self.tr("&Contact card:"), self.card, "")
        self.url = QLineEdit()
        self.url.setPlaceholderText(self.tr("optional: instead of the URL on the card"))
        # the hint is read whole (it was cut to "...instead of the URL on the c..." in a narrow dialog)
        self.url.setMinimumWidth(self.url.fontMetrics().horizontalAdvance(self.url.placeholderText()) + 16)
        self.add_row(self.tr("Endpoint &URL:"), self.url, self.tr("Endpoint URL (optional)"))
        certs = self.tr("Certificates (*.pem *.crt *.cer);;All files (*)")
        self.cert = FileField(self.tr("Certificate to pin"), certs, self.tr("Certificate to pin (optional)"))
        self.add_row(self.tr("Pinned certi&ficate:"), self.cert, "")
        self.via = QComboBox()
        self.via.addItem(self.tr("Direct (no hub)"), "")
        for hub in hubs:
            self.via.addItem(f"{visible(hub.card.name)} ({visible(hub.card.org)})", hub.id)
        self.add_row(self.tr("Reach it &via:"), self.via, self.tr("Reach it via a hub"))
        self.preview = CardPreviewPanel(book or codebook.current(), lang)
        self.form.insertRow(0, self.preview)  # what the card says comes first
        self.finish_layout()
        add = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        add.setText(self.tr("&Add"))
        add.setAccessibleName(self.tr("Add this peer"))
        add.setEnabled(False)  # until the card has been read and shown
        self.card.path.editingFinished.connect(self._card_changed)
        self.card.chosen.connect(self._card_changed)
        self._shown_path = ""

    def _card_changed(self) -> None:
        path = self.card.text()
        if path and path != self._shown_path:
            self.preview.clear(self.tr("Reading the card..."))
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            self.cardChosen.emit(Path(path))

    def read_card(self) -> None:
        """Ask for the card in the path field to be read and shown."""
        self._shown_path = ""
        self._card_changed()

    def show_card(self, path: Path, preview) -> None:
        """The card at ``path`` as read (a CardPreview); Add is on once it is shown."""
        if str(path) != self.card.text():
            return  # another card was chosen meanwhile
        self._shown_path = str(path)
        self.preview.show_preview(preview)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self._fit()

    def card_failed(self, path: Path, text: str) -> None:
        if str(path) != self.card.text():
            return
        self._shown_path = ""
        self.preview.clear(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
        self._fit()

    def _fit(self) -> None:
        """Room for the digits and the wrapped lines now shown (after the layout has taken them in)."""
        QTimer.singleShot(0, self, self._grow)

    def _grow(self) -> None:
        self.form.invalidate()
        self.form.activate()
        hint = self.sizeHint()
        self.resize(max(self.width(), hint.width()), max(self.height(), hint.height()))

    def fail(self, text: str) -> None:
        super().fail(text)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.preview.preview is not None)

    def values(self) -> dict:
        """Path of the card and the arguments of ``Station.add_peer``."""
        return {"card": Path(self.card.text()), "url": self.url.text().strip() or None,
                "cert": self.cert.text() or None, "via": self.via.currentData() or None}


class TaxiiDialog(FormDialog):
    """A TAXII 2.1 collection as a peer: its URL, a name, and a user and password or a token."""

    def __init__(self, book: Codebook, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taxiiDialog")
        self.setWindowTitle(self.tr("Add a TAXII collection"))
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://taxii.example/api1/collections/…/")
        self.add_row(self.tr("Collection &URL:"), self.url, self.tr("Collection URL"))
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.add_row(self.tr("&Name:"), self.name, self.tr("Name"))
        self.country = CountryCombo(book, lang, optional=True)
        self.add_row(self.tr("C&ountry (optional):"), self.country, self.tr("Country (optional)"))
        self.user = QLineEdit()
        self.add_row(self.tr("U&ser:"), self.user, self.tr("User"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_row(self.tr("&Password:"), self.password, self.tr("Password"))
        self.token = QLineEdit()
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_row(self.tr("Or &token:"), self.token, self.tr("Token (instead of user and password)"))
        certs = self.tr("Certificates (*.pem *.crt *.cer);;All files (*)")
        self.cert = FileField(self.tr("Certificate to pin"), certs, self.tr("Certificate to pin (optional)"))
        self.add_row(self.tr("Pinned certi&ficate:"), self.cert, "")
        self.finish_layout()

    def values(self) -> dict:
        """The arguments of ``Station.add_taxii_peer``."""
        return {"url": self.url.text().strip(), "name": self.name.text().strip(), "user": self.user.text().strip(),
                "password": self.password.text(), "token": self.token.text().strip(),
                "country": self.country.code(), "cert": self.cert.text() or None}


class VerifyDialog(QDialog):
    """Both fingerprints side by side, for reading aloud; the user says whether they match.

    ``matched`` or ``differed`` is emitted by the two buttons (Esc just closes). For a
    TAXII collection, which has no keys, the user confirms its URL with its operator instead.
    """

    matched = Signal()
    differed = Signal()

    def __init__(self, own_digits: str, peer: Peer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verifyDialog")
        self.peer = peer
        name = visible(peer.card.name)
        self.setWindowTitle(self.tr("Verify {name}").format(name=name))
        layout = QVBoxLayout(self)
        self.own = FingerprintLabel(own_digits)
        self.own.setAccessibleName(self.tr("This station's fingerprint"))
        self.theirs = FingerprintLabel("" if peer.is_taxii else peer.card.fingerprint)
        self.theirs.setAccessibleName(self.tr("{name}'s fingerprint").format(name=name))
        if peer.is_taxii:
            explain = PlainLabel(self.tr("A TAXII collection has no keys to compare. Confirm with its operator "
                                         "that this address is their collection:\n{url}").format(url=visible(peer.url)))
            explain.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            explain.setWordWrap(True)
            layout.addWidget(explain)
        else:
            explain = PlainLabel(self.tr("Call {name} on a number you already know. Read your digits to them and "
                                         "ask them to read theirs to you.").format(name=name))
            explain.setWordWrap(True)
            layout.addWidget(explain)
            call = number_to_call(peer.card.contacts)
            self.call = PlainLabel(call)
            self.call.setObjectName("numberToCall")
            self.call.setWordWrap(True)
            self.call.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.call.setVisible(bool(call))
            layout.addWidget(self.call)
            grid = QGridLayout()
            grid.addWidget(PlainLabel(self.tr("This station")), 0, 0)
            grid.addWidget(PlainLabel(self.tr("{name} ({org})").format(name=name, org=visible(peer.card.org))), 0, 1)
            grid.addWidget(self.own, 1, 0)
            grid.addWidget(self.theirs, 1, 1)
            grid.setHorizontalSpacing(4 * self.fontMetrics().averageCharWidth())
            layout.addLayout(grid)
        buttons = QDialogButtonBox()
        self.match_button = QPushButton(self.tr("They &match: mark verified"))
        self.match_button.setAccessibleName(self.tr("They match: mark verified"))
        self.differ_button = QPushButton(self.tr("They &differ"))
        self.differ_button.setAccessibleName(self.tr("They differ"))
        self.differ_button.setDefault(True)  # Enter must never verify by accident
        self.match_button.setAutoDefault(False)
        buttons.addButton(self.match_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.differ_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.match_button.clicked.connect(self._match)
        self.differ_button.clicked.connect(self._differ)
        layout.addWidget(buttons)

    def _match(self) -> None:
        self.matched.emit()
        self.accept()

    def _differ(self) -> None:
        self.differed.emit()
        self.reject()

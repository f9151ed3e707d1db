"""The directory of peers: who they are, whether they were verified, how their endpoints are doing.

Every station call goes through ``session.db.run``; the table is filled again when
the session says the peers changed. Adding a peer, verifying it, adding a TAXII
collection, exporting this station's card and pinging are the same actions the
command line offers (``siaga peer add``, ``peer verify``, ``peer add-taxii``,
``card export``, ``ping``).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtGui import QBrush, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..base.errors import SiagaError
from ..base.fileio import atomic_write
from ..delivery.link_state import REFUSED, link_of, stored_reason
from ..protocol.card import MAX_CARD_BYTES
from ..station.directory import REVOKED, VERIFIED, Peer
from .colours import tone_text
from .errors import describe, reason_text, show_error
from .file_choice import choose_file, safe_file_name
from .partners import ChecksToAnswer, ContactsDialog, PartnerDetails, overdue_hours, save_pdf
from .peer_dialogs import AddPeerDialog, FormDialog, TaxiiDialog, VerifyDialog
from .period_choice import PeriodChoice
from .plain import PlainLabel, message_box, visible
from .session import Session

log = logging.getLogger("siaga.gui.peers")


def _read_card_file(path: Path) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(MAX_CARD_BYTES + 1)  # a larger file is refused by read_card, not read whole


#: a photo or scan of a card's QR code: the most of it that is read
MAX_PICTURE_BYTES = 20 * 1024 * 1024
_PICTURE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".tif", ".tiff", ".webp")


def _add_from_file(station, values: dict) -> Peer:
    """A peer from its card file, or from a photo or scan of its card's QR code."""
    path = Path(values["card"])
    if path.suffix.lower() in _PICTURE_SUFFIXES:
        with open(path, "rb") as handle:
            image = handle.read(MAX_PICTURE_BYTES)
        return station.add_peer_from_picture(image, values["url"], values["cert"], values["via"])
    return station.add_peer(_read_card_file(path), values["url"], values["cert"], values["via"])


def _preview_from_file(station, path: Path):
    """What the card in a file (or in a photo of its QR code) says, checked; nothing is saved."""
    if path.suffix.lower() in _PICTURE_SUFFIXES:
        with open(path, "rb") as handle:
            return station.preview_card_picture(handle.read(MAX_PICTURE_BYTES))
    return station.preview_card(_read_card_file(path))


class PeersView(QWidget):
    """The peers table and the actions on peers."""

    COLUMNS = ("name", "org", "country", "kind", "trust", "contact", "pong", "health", "reports", "checks")

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.peers: list[Peer] = []
        self._select_next: str | None = None  # a peer just added: selected once the table shows it
        self.setObjectName("peersView")

        self.period = PeriodChoice()  # the scorecard columns and the details pane count over it (first in Tab order)
        self.period.changed.connect(self.refresh_record)
        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Organisation"), self.tr("Country"), self.tr("Kind"), self.tr("Trust"),
            self.tr("Last contact"), self.tr("Last ping answer"), self.tr("Endpoint health"),
            self.tr("Reports out:in"), self.tr("Checks answered")])
        self.scores: dict[str, object] = {}  # peer id -> its Scorecard
        self.table.setAccessibleName(self.tr("Peers"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # the last column keeps the width of its title ("Checks answered"): stretched, it was cut to 100 px
        # whenever the other columns left it less
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        def button(text: str, name: str, slot) -> QPushButton:
            b = QPushButton(text)
            b.setAccessibleName(name)
            b.clicked.connect(slot)
            return b

        self.add_button = button(self.tr("&Add from contact card..."), self.tr("Add a peer from its contact card"),
                                 self.ask_card_file)
        self.verify_button = button(self.tr("&Verify..."), self.tr("Verify the selected peer"), self.verify_selected)
        self.taxii_button = button(self.tr("Add &TAXII collection..."), self.tr("Add a TAXII collection"),
                                   self.open_taxii_dialog)
        self.export_button = button(self.tr("&Export this station's card..."),
                                    self.tr("Export this station's contact card"), self.ask_export_file)
        self.ping_button = button(self.tr("Pi&ng"), self.tr("Ping the selected peer"), self.ping_selected)
        self.qr_button = button(self.tr("Show card as &QR code..."), self.tr("Show this station's card as a QR code"),
                                self.show_card_qr)
        self.check_button = button(self.tr("&Check this contact"),
                                   self.tr("Ask the selected partner's desk to confirm a person is there"),
                                   self.check_selected)
        self.pdf_button = button(self.tr("Print s&ummary (PDF)..."),
                                 self.tr("Save the selected partner's one-page summary"), self.save_summary)
        self.contacts_button = button(self.tr("People on our car&d..."),
                                      self.tr("Edit the people on this station's card"), self.edit_contacts)
        self.checks = ChecksToAnswer(session)
        self.checks.answered.connect(lambda _: self.status.setText(
            self.tr("Answer queued; it goes with the next sync.")))
        self.details = PartnerDetails()
        self.status = PlainLabel()
        self.status.setObjectName("peersStatus")
        self.status.setAccessibleName(self.tr("Status"))
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        buttons = QHBoxLayout()
        for b in (self.add_button, self.verify_button, self.taxii_button, self.export_button, self.ping_button,
                  self.qr_button):
            buttons.addWidget(b)
        buttons.addStretch()
        partner_buttons = QHBoxLayout()
        for b in (self.check_button, self.pdf_button, self.contacts_button):
            partner_buttons.addWidget(b)
        partner_buttons.addStretch()
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.details)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        split.setSizes([990, 290])
        period_row = QHBoxLayout()
        period_row.addWidget(self.period)
        period_row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.checks)
        layout.addLayout(period_row)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        layout.addLayout(partner_buttons)
        layout.addWidget(self.status)

        session.dataChanged.connect(self._data_changed)
        self._update_buttons()
        self.refresh()

    # -- the table -------------------------------------------------------------

    def _data_changed(self, what: str) -> None:
        if what in ("peers", "all"):
            self.refresh()
        elif what in ("inbox", "outbox"):
            self.refresh_record()

    def refresh(self) -> None:
        self.session.db.run(lambda station: station.peers(), done=self._show, failed=self._failed_to_load,
                            label="list peers")
        self.refresh_record()

    def refresh_record(self) -> None:
        """The scorecards and the checks waiting for an answer (the station counts; the view shows)."""
        hours = overdue_hours(self.session)
        try:
            since = self.period.since_epoch()
        except SiagaError as exc:
            self.status.setText(describe(exc))
            return
        self.session.db.run(lambda station: station.scorecards(since, overdue_hours=hours), done=self._show_scores,
                            failed=self._failed_to_load, label="scorecards")
        self.checks.refresh()

    def _show_scores(self, cards: list) -> None:
        self.scores = {card.peer: card for card in cards}
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            card = self.scores.get(item.data(Qt.ItemDataRole.UserRole)) if item else None
            reports = f"{card.reports_sent}:{card.reports_received}" if card else ""
            checks = (self.tr("{answered} of {sent}").format(answered=card.checks_answered, sent=card.checks_sent)
                      if card and card.checks_sent else "")
            for column, text in ((8, reports), (9, checks)):
                cell = QTableWidgetItem(text)
                cell.setData(Qt.ItemDataRole.UserRole, item.data(Qt.ItemDataRole.UserRole) if item else None)
                self.table.setItem(row, column, cell)
        self._show_details()

    def _show_details(self) -> None:
        peer = self.selected_peer()
        self.details.show_card(self.scores.get(peer.id) if peer else None)

    def _failed_to_load(self, exc: BaseException) -> None:
        self.status.setText(self.tr("The peers could not be listed: {reason}").format(reason=describe(exc)))

    def _show(self, peers: list[Peer]) -> None:
        selected = self.selected_peer()
        chosen = self._select_next or (selected.id if selected else None)
        self._select_next = None
        self.peers = peers
        self.table.setRowCount(len(peers))
        for row, peer in enumerate(peers):
            for column, item in enumerate(self._items(peer)):
                item.setData(Qt.ItemDataRole.UserRole, peer.id)
                self.table.setItem(row, column, item)
            if peer.id == chosen:
                self.table.selectRow(row)
        self._update_buttons()

    def _items(self, peer: Peer) -> list[QTableWidgetItem]:
        book, lang = self.session.book, self.session.lang
        country = book.label("countries", peer.card.country, lang) if book.has("countries", peer.card.country) \
            else visible(peer.card.country)
        kind = self.tr("TAXII") if peer.is_taxii else self.tr("Siaga")
        trust = QTableWidgetItem(self.trust_text(peer.trust))
        if peer.trust in (VERIFIED, REVOKED):
            font = QFont(trust.font())
            font.setBold(True)
            trust.setFont(font)
            base = self.table.palette().color(QPalette.ColorRole.Base)
            trust.setForeground(QBrush(tone_text("verified" if peer.verified else "refused", base)))
        health = peer.health
        contact = max(health.get("last_success", 0), health.get("last_contact", 0))
        return [QTableWidgetItem(visible(peer.card.name)), QTableWidgetItem(visible(peer.card.org)),
                QTableWidgetItem(country),
                QTableWidgetItem(kind), trust, QTableWidgetItem(self.when(contact)),
                QTableWidgetItem(self.when(health.get("last_pong", 0))), QTableWidgetItem(self.health_text(peer)),
                QTableWidgetItem(""), QTableWidgetItem("")]

    def trust_text(self, trust: str) -> str:
        return {VERIFIED: self.tr("✔ Verified"), REVOKED: self.tr("✖ Revoked")}.get(trust, self.tr("Unverified"))

    def when(self, epoch: int) -> str:
        """A moment in local time, or "never"."""
        if not epoch:
            return self.tr("Never")
        return QLocale().toString(QDateTime.fromSecsSinceEpoch(int(epoch)), QLocale.FormatType.ShortFormat)

    def health_text(self, peer: Peer) -> str:
        h = peer.health
        if peer.via:
            hub = next((p.card.name for p in self.peers if p.id == peer.via), peer.via)
            prefix = self.tr("Through {hub}. ").format(hub=visible(hub))
        else:
            prefix = ""
        if h.get("last_error") and h.get("last_error_at", 0) >= h.get("last_success", 0):
            error = stored_reason({"error": h["last_error"], "reason": h.get("last_reason")})
            if link_of(error) == REFUSED:  # it answers, and says no: a word with its desk, not the network
                return prefix + self.tr("Refuses ({when}): {error}").format(when=self.when(h["last_error_at"]),
                                                                          error=visible(reason_text(error)))
            return prefix + self.tr("Failed {when}: {error}").format(when=self.when(h["last_error_at"]),
                                                                     error=visible(reason_text(stored_reason(
                                                                         {"error": h["last_error"],
                                                                          "reason": h.get("last_reason")}))))
        if h.get("last_success"):
            return prefix + self.tr("Reachable")
        return prefix + self.tr("Not tried yet")

    def selected_peer(self) -> Peer | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        peer_id = self.table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
        return next((p for p in self.peers if p.id == peer_id), None)

    def _update_buttons(self) -> None:
        peer = self.selected_peer()
        usable = peer is not None and not peer.revoked
        self.verify_button.setEnabled(usable)
        self.ping_button.setEnabled(usable and not peer.is_taxii)
        self.check_button.setEnabled(usable and not peer.is_taxii)
        self.pdf_button.setEnabled(peer is not None and peer.id in self.scores)
        self._show_details()

    def _run_form(self, dialog: FormDialog, job, done) -> None:
        """On submit, run ``job(station, dialog.values())`` on the worker; close on success, else show why."""
        def finished(result) -> None:
            dialog.succeeded()
            done(result)

        def submitted() -> None:
            values = dialog.values()
            self.session.db.run(lambda station: job(station, values), done=finished,
                                failed=lambda exc: dialog.fail(describe(exc)))

        dialog.submitted.connect(submitted)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # -- adding a peer from its card --------------------------------------------

    def ask_card_file(self) -> None:
        choose_file(self, self.tr("Contact card of the new peer"),
                    self.tr("Contact cards or photos of their QR code (*.card *.png *.jpg *.jpeg);;All files (*)"),
                    self.open_add_dialog)

    def open_add_dialog(self, card_path: Path) -> AddPeerDialog:
        """The add-peer dialog for a card file or a photo of its QR code: what the card says is shown first."""
        hubs = [p for p in self.peers if not p.is_taxii and not p.revoked]
        dialog = AddPeerDialog(card_path, hubs, self, self.session.book, self.session.lang)
        dialog.cardChosen.connect(lambda path: self.session.db.run(
            lambda station: _preview_from_file(station, path), label="preview card",
            done=lambda preview: dialog.show_card(path, preview),
            failed=lambda exc: dialog.card_failed(path, describe(exc))))
        self._run_form(dialog, _add_from_file, self._added)
        dialog.read_card()
        return dialog

    def _added(self, peer: Peer) -> None:
        self.status.setText(self.tr("Added {name} ({org}) as unverified. Compare fingerprints with them: "
                                    "choose Verify...").format(name=visible(peer.card.name),
                                                               org=visible(peer.card.org)))
        self._select_next = peer.id
        self.session.changed("peers")

    # -- a TAXII collection -----------------------------------------------------

    def open_taxii_dialog(self) -> TaxiiDialog:
        dialog = TaxiiDialog(self.session.book, self.session.lang, self)
        self._run_form(dialog, lambda station, v: station.add_taxii_peer(
            v["url"], v["name"], user=v["user"], password=v["password"], token=v["token"], country=v["country"],
            cert=v["cert"]), self._taxii_added)
        return dialog

    def _taxii_added(self, peer: Peer) -> None:
        self.status.setText(self.tr("Added the TAXII collection {name}; reports reach it as STIX 2.1.").format(
            name=visible(peer.card.name)))
        self._select_next = peer.id
        self.session.changed("peers")

    # -- verifying ------------------------------------------------------------------

    def verify_selected(self) -> None:
        peer = self.selected_peer()
        if peer is None:
            return
        self.session.db.run(lambda station: (station.fingerprint, station.peer(peer.id)), done=self._open_verify,
                            failed=lambda exc: show_error(self, self.tr("Cannot verify"), exc))

    def _open_verify(self, result: tuple[str, Peer]) -> None:
        own, peer = result
        dialog = VerifyDialog(own, peer, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.matched.connect(lambda: self._mark_verified(peer))
        dialog.differed.connect(lambda: self._differ(peer))
        dialog.open()

    def _mark_verified(self, peer: Peer) -> None:
        def verified(updated: Peer) -> None:
            self.status.setText(self.tr("{name} is now verified.").format(name=visible(updated.card.name)))
            self.session.changed("peers")

        self.session.db.run(lambda station: station.set_trust(peer.id, VERIFIED), done=verified,
                            failed=lambda exc: show_error(self, self.tr("Not verified"), exc))

    def _differ(self, peer: Peer) -> None:
        text = self.tr("{name} stays unverified. Do not send it anything marked TLP:RED or TLP:AMBER+STRICT. "
                       "Get its contact card again by a channel you trust, and compare again.").format(
            name=visible(peer.card.name))
        self.status.setText(text)
        box = message_box(QMessageBox.Icon.Warning, self.tr("Fingerprints differ"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("differBox")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- this station's card ----------------------------------------------------------

    def ask_export_file(self) -> None:
        choose_file(self, self.tr("Save this station's contact card"),
                    self.tr("Contact cards (*.card);;All files (*)"), self.export_card,
                    save_as=safe_file_name(self.session.profile.get("name", ""), ".card"))

    def export_card(self, path: Path) -> None:
        self.session.db.run(lambda station: atomic_write(path, station.card_bytes(), mode=0o644),
                            done=lambda _: self.status.setText(
                                self.tr("Contact card saved to {path}").format(path=visible(path))),
                            failed=lambda exc: show_error(self, self.tr("Contact card not saved"), exc))

    def show_card_qr(self) -> None:
        """This station's card as a QR code, with its digits and a printable page (``card export --qr/--pdf``)."""
        from .field_dialogs import CardQrDialog

        def show(result: tuple[bytes, str]) -> None:
            dialog = CardQrDialog(self.session, result[0], result[1], self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()
            self.card_qr_dialog = dialog

        self.session.db.run(lambda station: (station.card_qr_png(), station.fingerprint), done=show,
                            failed=lambda exc: show_error(self, self.tr("Cannot show the card"), exc))

    # -- ping -----------------------------------------------------------------------

    def ping_selected(self) -> None:
        peer = self.selected_peer()
        if peer is None:
            return

        def sent(_msg_id: str) -> None:
            self.status.setText(self.tr("Ping queued for {name}. Its answer shows under \"Last ping answer\" "
                                        "after the next sync.").format(name=visible(peer.card.name)))
            self.session.changed("outbox")
            if self.session.sync is not None:
                self.session.sync.sync_now()

        self.session.db.run(lambda station: station.ping(peer.id), done=sent,
                            failed=lambda exc: show_error(self, self.tr("Ping not sent"), exc))

    # -- communication checks, the summary, the people on our card ------------------------

    def check_selected(self) -> None:
        """Ask the selected partner's desk to confirm that a person is there (not only its machine)."""
        peer = self.selected_peer()
        if peer is None:
            return
        hours = overdue_hours(self.session)

        def sent(_msg_id: str) -> None:
            self.status.setText(self.tr("Check sent to {name}. A person there must answer it; unanswered after "
                                        "{hours} h it shows as overdue.").format(name=visible(peer.card.name),
                                                                                 hours=hours))
            self.session.changed("outbox")
            if self.session.sync is not None:
                self.session.sync.sync_now()

        self.session.db.run(lambda station: station.send_check(peer.id), done=sent,
                            failed=lambda exc: show_error(self, self.tr("Check not sent"), exc))

    def save_summary(self) -> None:
        save_pdf(self, self.details, self.session.profile.get("name", ""), self.status.setText)

    def edit_contacts(self) -> None:
        self.session.db.run(lambda station: station.contacts, done=self.open_contacts_dialog,
                            failed=lambda exc: show_error(self, self.tr("Cannot edit the people on the card"), exc))

    def open_contacts_dialog(self, contacts) -> ContactsDialog:
        dialog = ContactsDialog(self.session, contacts, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda saved: self.status.setText(
            self.tr("{n} person(s) on your card. Partners get the new card with the next sync.").format(n=len(saved))))
        dialog.open()
        return dialog

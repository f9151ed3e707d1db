"""The confidence-building record in the Peers view: checks to answer, a partner's scorecard and contacts.

Views of the core: :mod:`siaga.station.checks` and :mod:`siaga.station.scorecard`
count everything; these widgets only show it. The same actions as
``siaga check answer``, ``siaga check send`` and ``siaga partners --pdf``.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ..base.errors import SiagaError
from ..base.fileio import atomic_write
from ..protocol.contacts import ROLES, Contact, check_contacts, first_phone
from ..station.checks import ReceivedCheck
from ..station.score_periods import since_date
from ..station.scorecard import Scorecard, Summary, SummaryLine
from ..storage import preferences
from .colours import paint
from .errors import describe, show_error
from .file_choice import choose_file, safe_file_name
from .plain import PlainLabel, visible
from .printing import summary_pdf
from .session import Session

log = logging.getLogger("siaga.gui.partners")


def overdue_hours(session: Session) -> int:
    """The setting: a check not answered within this many hours is overdue."""
    return preferences.load(session.home).check_overdue_hours


def when(epoch: int | None, never: str) -> str:
    if not epoch:
        return never
    return QLocale().toString(QDateTime.fromSecsSinceEpoch(int(epoch)), QLocale.FormatType.ShortFormat)


class ChecksToAnswer(QGroupBox):
    """Partners asking this desk to confirm it is reachable: a person answers each (hidden when none wait)."""

    answered = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.checks: list[ReceivedCheck] = []
        self._wanted = ""  # a check to select once the list shows it (chosen from the window's notice)
        self.setObjectName("checksToAnswer")
        self.setTitle(self.tr("Partners asking you to confirm you are reachable"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Checks to answer"))
        self.list.setMaximumHeight(3 * self.fontMetrics().height() + 8)
        self.by = QLineEdit()
        self.by.setObjectName("checkAnswerBy")
        self.by.setPlaceholderText(self.tr("Your name"))
        self.by.setAccessibleName(self.tr("Your name, sent with the answer"))
        self.answer_button = QPushButton(self.tr("Ans&wer: I am here"))
        self.answer_button.setAccessibleName(self.tr("Answer the selected check"))
        self.answer_button.clicked.connect(self.answer_selected)
        self.error = PlainLabel()
        self.error.setWordWrap(True)
        paint(self.error, "error")
        row = QHBoxLayout()
        row.addWidget(self.by)
        row.addWidget(self.answer_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.list.itemSelectionChanged.connect(self._update)
        self.by.textChanged.connect(self._update)
        self.setVisible(False)

    def refresh(self) -> None:
        self.session.db.run(lambda station: station.received_checks(unanswered_only=True), done=self.show_checks,
                            failed=lambda exc: self.error.setText(describe(exc)), label="checks to answer")

    def show_checks(self, checks: list[ReceivedCheck]) -> None:
        self.checks = checks
        self.list.clear()
        for check in checks:
            item = QListWidgetItem(self.tr("{name} asks you to confirm you are reachable (received {when})").format(
                name=visible(check.peer_name), when=when(check.received_at, "")))
            item.setData(Qt.ItemDataRole.UserRole, check.id)
            self.list.addItem(item)
        if checks:
            ids = [c.id for c in checks]
            self.list.setCurrentRow(ids.index(self._wanted) if self._wanted in ids else 0)
        self._wanted = ""
        self.setVisible(bool(checks))
        self._update()

    def focus_check(self, check_id: str) -> None:
        """Select ``check_id`` (once listed) and put the cursor where the person types their name."""
        self._wanted = check_id
        self.refresh()
        self.by.setFocus()

    def _update(self) -> None:
        self.answer_button.setEnabled(bool(self.list.selectedItems()) and bool(self.by.text().strip()))

    def answer_selected(self) -> None:
        items = self.list.selectedItems()
        by = self.by.text().strip()
        if not items or not by:
            return
        check_id = items[0].data(Qt.ItemDataRole.UserRole)
        self.error.clear()

        def done(answer_id: str) -> None:
            self.answered.emit(answer_id)
            self.session.changed("outbox")
            if self.session.sync is not None:
                self.session.sync.sync_now()
            self.refresh()

        self.session.db.run(lambda station: station.answer_check(check_id, by), done=done,
                            failed=lambda exc: self.error.setText(describe(exc)), label="answer check")


class PartnerDetails(QGroupBox):
    """The selected partner's scorecard and the people on its card."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partnerDetails")
        self.setTitle(self.tr("Partner"))
        self.card: Scorecard | None = None
        self.text = PlainLabel()
        self.text.setObjectName("partnerDetailsText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.scroll = scroll = QScrollArea()
        scroll.setWidget(self.text)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setAccessibleName(self.tr("The selected partner's record"))
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        self.show_card(None)

    def duration(self, seconds: int | None) -> str:
        if seconds is None:
            return self.tr("none yet")
        if seconds < 60:
            return self.tr("{n} s").format(n=seconds)
        if seconds < 3600:
            return self.tr("{n} min").format(n=seconds // 60)
        if seconds < 86400:
            return self.tr("{h} h {m} min").format(h=seconds // 3600, m=f"{seconds % 3600 // 60:02d}")
        return self.tr("{d} d {h} h").format(d=seconds // 86400, h=seconds % 86400 // 3600)

    def share(self, card: Scorecard) -> str:
        if card.our_share is None:
            return self.tr("nothing exchanged")
        ours = round(card.our_share * 100)
        return self.tr("{ours}:{theirs} (ours:theirs)").format(ours=ours, theirs=100 - ours)

    def period_text(self, card: Scorecard) -> str:
        if card.since is None:
            return self.tr("Period: all time")
        return self.tr("Period: since {day}").format(day=since_date(card.since))

    def role(self, role: str) -> str:
        return {"technical": self.tr("Technical"), "diplomatic": self.tr("Diplomatic"),
                "management": self.tr("Management")}.get(role, visible(role))

    def contact_line(self, c: dict) -> str:
        reach = ", ".join(visible(part) for part in (c["phone"], c["email"]) if part)
        hours = self.tr("24/7") if c["always"] else " ".join(visible(p) for p in (c["hours"], c["tz"]) if p)
        return self.tr("{role}: {name}, {reach} {hours}").format(role=self.role(c["role"]), name=visible(c["name"]),
                                                                 reach=reach, hours=hours).rstrip()

    def lines(self, card: Scorecard) -> list[tuple[str, bool]]:
        """(text, heading) lines: the same in the pane and in the printed summary."""
        never = self.tr("never")
        verified = (self.tr("Fingerprint verified: yes, {when}").format(when=visible(card.verified_at or ""))
                    if card.verified else self.tr("Fingerprint verified: no"))
        out = [
            (self.tr("{name} ({org}, {country})").format(name=visible(card.name), org=visible(card.org),
                                                         country=visible(card.country)), True),
            (self.period_text(card), False),
            (self.tr("Reports sent: {sent}, received: {received}; share {share}").format(
                sent=card.reports_sent, received=card.reports_received, share=self.share(card)), False),
            (self.tr("Our reports acknowledged: {n} of {sent}; median {median}, 90% within {p90}").format(
                n=card.acked, sent=card.reports_sent, median=self.duration(card.ack_median),
                p90=self.duration(card.ack_p90)), False),
            (self.tr("Their reports reached us: median {median}, 90% within {p90}").format(
                median=self.duration(card.delivery_median), p90=self.duration(card.delivery_p90)), False),
            (self.tr("Checks sent: {sent}, answered by a person: {answered}, overdue: {overdue}; median answer"
                     " {median}").format(sent=card.checks_sent, answered=card.checks_answered,
                                         overdue=card.checks_overdue, median=self.duration(card.answer_median)),
             False),
            (self.tr("Last heard from: {when}").format(when=when(card.last_heard, never)), False),
            (verified, False),
            (self.tr("People to contact"), True),
        ]
        out += [(self.contact_line(c), False) for c in card.contacts] or [
            (self.tr("Their card lists nobody yet."), False)]
        return out

    def show_card(self, card: Scorecard | None) -> None:
        self.card = card
        if card is None:
            self.text.setText(self.tr("Select a partner to see its record and the people to contact."))
            return
        self.text.setText("\n".join(text for text, _ in self.lines(card)))

    def summary(self, station_name: str) -> Summary:
        """The one-page summary for a bilateral review meeting, in the interface's language."""
        card = self.card
        if card is None:
            raise ValueError("no partner")
        lines = [SummaryLine(self.tr("As recorded by {station}").format(station=station_name))]
        lines += [SummaryLine(text, heading) for text, heading in self.lines(card)]
        return Summary(self.tr("Partner scorecard"), self.tr("Partner scorecard: {name}").format(name=card.name),
                       tuple(lines), self.tr("Figures from this station's own outbox, inbox and audit log."))


class ContactsDialog(QDialog):
    """Edits the people on this station's card; peers get the new card on the next sync."""

    saved = Signal(object)
    COLUMNS = 7

    def __init__(self, session: Session, contacts: tuple[Contact, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("contactsDialog")
        self.setWindowTitle(self.tr("People on this station's card"))
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setAccessibleName(self.tr("People on the card"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Role"), self.tr("Name"), self.tr("Phone"), self.tr("E-mail"), self.tr("Working hours"),
            self.tr("Time zone"), self.tr("24/7")])
        self.table.horizontalHeader().setStretchLastSection(False)
        for contact in contacts:
            self.add_row(contact)
        add = QPushButton(self.tr("&Add a person"))
        add.clicked.connect(lambda: self.add_row(None))
        remove = QPushButton(self.tr("&Remove the selected person"))
        remove.clicked.connect(self.remove_selected)
        self.error = PlainLabel()
        self.error.setObjectName("contactsError")
        self.error.setWordWrap(True)
        paint(self.error, "error")
        explain = PlainLabel(self.tr("Partners see these people on your contact card and call them to compare "
                                     "fingerprints. Give each a phone number or an e-mail address, and working "
                                     "hours with their time zone (for example 08:00-17:00, Asia/Jakarta)."))
        explain.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(900, 360)

    def add_row(self, contact: Contact | None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        role = QComboBox()
        for code in ROLES:
            role.addItem({"technical": self.tr("Technical"), "diplomatic": self.tr("Diplomatic"),
                          "management": self.tr("Management")}[code], code)
        role.setAccessibleName(self.tr("Role"))
        self.table.setCellWidget(row, 0, role)
        fields = []
        for column, name in enumerate((self.tr("Name"), self.tr("Phone"), self.tr("E-mail"), self.tr("Working hours"),
                                       self.tr("Time zone")), 1):
            edit = QLineEdit()
            edit.setAccessibleName(name)
            self.table.setCellWidget(row, column, edit)
            fields.append(edit)
        always = QCheckBox()
        always.setAccessibleName(self.tr("Staffed around the clock (24/7)"))
        self.table.setCellWidget(row, 6, always)
        fields[4].setPlaceholderText("Asia/Jakarta")
        fields[3].setPlaceholderText("08:00-17:00")
        if contact is not None:
            role.setCurrentIndex(role.findData(contact.role))
            for edit, value in zip(fields, (contact.name, contact.phone, contact.email, contact.hours, contact.tz)):
                edit.setText(value)
            always.setChecked(contact.always)

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)

    def contacts(self) -> list[dict]:
        out = []
        for row in range(self.table.rowCount()):
            def text(column: int, row: int = row) -> str:
                widget = self.table.cellWidget(row, column)
                return widget.text() if isinstance(widget, QLineEdit) else ""
            role = self.table.cellWidget(row, 0)
            always = self.table.cellWidget(row, 6)
            out.append({"role": role.currentData() if isinstance(role, QComboBox) else "", "name": text(1),
                        "phone": text(2), "email": text(3), "hours": text(4), "tz": text(5),
                        "always": bool(isinstance(always, QCheckBox) and always.isChecked())})
        return out

    def save(self) -> None:
        contacts = self.contacts()
        self.error.clear()
        try:
            check_contacts(contacts)  # said at once, before the worker is asked
        except SiagaError as exc:
            self.error.setText(describe(exc))
            return
        self.buttons.setEnabled(False)

        def done(saved) -> None:
            self.saved.emit(saved)
            self.accept()

        def failed(exc: BaseException) -> None:
            self.buttons.setEnabled(True)
            self.error.setText(describe(exc))

        self.session.db.run(lambda station: station.set_contacts(contacts), done=done, failed=failed,
                            label="set contacts")


def number_to_call(contacts: tuple[Contact, ...]) -> str:
    """The line the fingerprint dialog shows: whom to call, on which number, when ('' when none is given)."""
    contact = first_phone(contacts)
    if contact is None:
        return ""
    hours = QCoreApplication.translate("Partners", "24/7") if contact.always else " ".join(visible(p) for p in (contact.hours, contact.tz) if p)
    return QCoreApplication.translate(
        "Partners", "Number on their card (if you know theirs from elsewhere, call that one): {name}, {phone} {hours}"
    ).format(
        name=visible(contact.name), phone=visible(contact.phone), hours=hours).rstrip()


def save_pdf(parent: QWidget, details: PartnerDetails, station_name: str, status) -> None:
    """Ask where to save the selected partner's one-page summary, and write it."""
    card = details.card
    if card is None:
        return

    def write(path: Path) -> None:
        try:
            atomic_write(path, summary_pdf(details.summary(station_name)), mode=0o600)
        except SiagaError as exc:
            show_error(parent, QCoreApplication.translate("Partners", "Summary not saved"), exc)
            return
        status(QCoreApplication.translate("Partners", "Summary saved to {path}").format(path=visible(path)))

    choose_file(parent, QCoreApplication.translate("Partners", "Save the partner's one-page summary"),
                QCoreApplication.translate("Partners", "PDF files (*.pdf)"), write,
                save_as=safe_file_name(card.name, ".pdf"))



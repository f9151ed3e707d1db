"""What the command line does, in the app: the passphrase, key rotation and revocation, the audit log, code lines.

Each action is a small dialog over one :class:`Station` call run on the station's
worker (``siaga passphrase``, ``siaga keys rotate|revoke``, ``siaga audit
list|verify|export``, ``siaga codeline decode``). A failure is said in the dialog,
in words, and the dialog stays open so nothing typed is lost.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from .audit_words import event_words, when
from .colours import paint
from .errors import describe
from .file_choice import choose_file
from .icons import icon
from .plain import PlainLabel, tip, visible

if TYPE_CHECKING:
    from .main_window import MainWindow


def _passphrase_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


def _label(text: str, buddy: QWidget) -> PlainLabel:
    label = PlainLabel(text)
    label.setBuddy(buddy)
    return label


class _Dialog(QDialog):
    """A dialog with a wrapped explanation on top, a red problem line and OK / Cancel."""

    def __init__(self, title: str, explanation: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.explanation = PlainLabel(explanation)
        self.explanation.setWordWrap(True)
        self.explanation.setObjectName("explanation")
        self.form = QFormLayout()
        self.problem = PlainLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        paint(self.problem, "error")
        self.problem.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.go)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(46 * self.fontMetrics().averageCharWidth())

    def say(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def busy(self, on: bool) -> None:
        self.buttons.setEnabled(not on)

    def go(self) -> None:  # pragma: no cover - every dialog has its own
        raise NotImplementedError


class PassphraseDialog(_Dialog):
    """``siaga passphrase``: the same keys sealed under a new passphrase."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(QCoreApplication.translate("PassphraseDialog", "Change passphrase"), QCoreApplication.translate("PassphraseDialog", 
            "The passphrase unlocks this station on this computer. Changing it does not change your keys:"
            " peers see nothing."), window)
        self.setObjectName("passphraseDialog")
        self.window_ = window
        self.old, self.new, self.again = (_passphrase_field(n) for n in ("oldPassphrase", "newPassphrase",
                                                                        "repeatPassphrase"))
        self.form.addRow(_label(self.tr("C&urrent passphrase:"), self.old), self.old)
        self.form.addRow(_label(self.tr("&New passphrase:"), self.new), self.new)
        self.form.addRow(_label(self.tr("&Repeat the new one:"), self.again), self.again)

    def go(self) -> None:
        from ..storage.keystore import check_passphrase_rules
        old, new = self.old.text(), self.new.text()
        if new != self.again.text():
            self.say(self.tr("The two new passphrases differ. Type the new one again in both fields."))
            return
        try:
            check_passphrase_rules(new)
        except Exception as exc:  # noqa: BLE001 - said in words
            self.say(describe(exc))
            return
        self.busy(True)
        self.say(self.tr("Changing the passphrase..."))
        self.window_.session.db.run(lambda st: st.change_passphrase(old, new), done=self._done, failed=self._failed)

    def _done(self, _result) -> None:
        self.window_.statusBar().showMessage(self.tr("Passphrase changed. Use the new one at the next unlock."),
                                             10_000)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy(False)
        self.old.clear()
        self.old.setFocus()
        self.say(describe(exc))


class KeysDialog(_Dialog):
    """``siaga keys rotate`` or ``siaga keys revoke``, after saying what peers will see."""

    def __init__(self, window: "MainWindow", revoke: bool) -> None:
        told = QCoreApplication.translate("KeysDialog", "Every peer is told on the next sync, or by the next bundle you export for them.")
        if revoke:
            title = QCoreApplication.translate("KeysDialog", "Revoke this station's keys")
            text = QCoreApplication.translate("KeysDialog", 
                "Revoke only if this computer or its passphrase may be in someone else's hands. Peers will refuse"
                " everything signed with these keys from now on, for good: this station can send nothing more,"
                " and you will need to set up a new station and exchange contact cards again.") + "\n\n" + told
        else:
            title = QCoreApplication.translate("KeysDialog", "Make new keys")
            text = QCoreApplication.translate("KeysDialog", 
                "New keys replace this station's keys. Peers will see a new fingerprint for this station: read it"
                " to them again so they can check it. Reports already sent and received stay readable.") \
                + "\n\n" + told
        super().__init__(title, text, window)
        self.setObjectName("revokeDialog" if revoke else "rotateDialog")
        self.window_ = window
        self.revoke = revoke
        self.passphrase = _passphrase_field("keysPassphrase")
        self.form.addRow(_label(self.tr("&Passphrase:"), self.passphrase), self.passphrase)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Revoke for good") if revoke else self.tr("&Make new keys"))
        if revoke:
            self.sure = QCheckBox(self.tr("I &understand that this cannot be undone"))
            self.sure.setObjectName("revokeSure")
            self.form.addRow(self.sure)
            ok.setEnabled(False)
            self.sure.toggled.connect(ok.setEnabled)

    def go(self) -> None:
        passphrase = self.passphrase.text()
        revoke = self.revoke

        def job(station):
            if revoke:
                station.revoke_keys(passphrase)
                return "", len(station.pending_statements())
            return station.rotate_keys(passphrase), len(station.pending_statements())

        self.busy(True)
        self.window_.session.db.run(job, done=self._done, failed=self._failed)

    def _done(self, result) -> None:
        fingerprint, told = result
        if self.revoke:
            text = self.tr("Keys revoked. {count} peer(s) will be told on the next sync or bundle.").format(count=told)
        else:
            text = self.tr("New keys. Fingerprint: {fingerprint}. {count} peer(s) will be told on the next sync"
                           " or bundle.").format(fingerprint=fingerprint, count=told)
        self.window_.statusBar().showMessage(text, 30_000)
        self.window_.last_key_change = text
        self.window_.session.changed("peers")
        if self.window_.session.sync is not None:
            self.window_.session.sync.sync_now()
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.busy(False)
        if self.revoke:
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.sure.isChecked())
        self.passphrase.clear()
        self.passphrase.setFocus()
        self.say(describe(exc))


class AuditDialog(QDialog):
    """``siaga audit list / verify / export``: the entries, the verdict, and an export for after-action review."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.setObjectName("auditDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Audit log"))
        self.window_ = window
        self.verdict = PlainLabel(self.tr("Checking the log..."))
        self.verdict.setObjectName("auditVerdict")
        self.verdict.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("auditTable")
        self.table.setAccessibleName(self.tr("Audit entries"))
        self.table.setHorizontalHeaderLabels([self.tr("No."), self.tr("Time"), self.tr("Event"), self.tr("Details")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.verify_button = QPushButton(self.tr("&Verify again"))
        self.verify_button.setObjectName("auditVerify")
        self.verify_button.clicked.connect(self.load)
        self.export_json = QPushButton(self.tr("Export &JSON..."))
        self.export_json.setObjectName("auditExportJson")
        self.export_json.clicked.connect(lambda: self.export("json"))
        self.export_csv = QPushButton(self.tr("Export &CSV..."))
        self.export_csv.setObjectName("auditExportCsv")
        self.export_csv.clicked.connect(lambda: self.export("csv"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.verify_button, self.export_json, self.export_csv):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.verdict)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.resize(90 * self.fontMetrics().averageCharWidth(), 30 * self.fontMetrics().height())
        self.file_dialog = None
        self.load()

    @Slot()
    def load(self) -> None:
        def job(station):
            return station.verify_audit(), station.audit_entries(500)
        self.window_.session.db.run(job, done=self._show, failed=lambda exc: self._verdict(describe(exc), False))

    def _verdict(self, text: str, good: bool) -> None:
        self.verdict.setText(text)
        paint(self.verdict, "verified" if good else "error", filled=True)

    def _show(self, got) -> None:
        verdict, entries = got
        if verdict.intact:
            self._verdict(self.tr("The audit log is intact: {count} entries, chained and signed.").format(
                count=verdict.entries), True)
        else:
            try:
                verdict.check()
            except Exception as exc:  # noqa: BLE001 - the typed error words the problem
                self._verdict(describe(exc), False)
        self.table.setRowCount(len(entries))
        lang = self.window_.session.lang
        for row, entry in enumerate(reversed(entries)):  # newest first
            details = " ".join(f"{k}={str(v)[:16]}" for k, v in entry.items() if k not in ("seq", "at", "event", "hash"))
            kind = str(entry.get("event", ""))
            for col, value in enumerate((str(entry.get("seq", "")), when(str(entry.get("at", "")), lang),
                                         event_words(kind), details)):
                item = QTableWidgetItem(visible(value))
                if col == 2:  # the log's own code, as 'siaga audit list' prints it
                    item.setData(Qt.ItemDataRole.UserRole, kind)
                    item.setToolTip(tip(kind))
                elif col == 3:
                    item.setToolTip(tip(details))
                self.table.setItem(row, col, item)
        header = self.table.horizontalHeader()
        for col in range(3):  # the details take the room that is left, and show in full as a tooltip
            self.table.resizeColumnToContents(col)
            title = self.table.horizontalHeaderItem(col).text()
            self.table.setColumnWidth(col, max(self.table.columnWidth(col),
                                               header.fontMetrics().horizontalAdvance(title) + 16))

    def export(self, fmt: str, path: Path | None = None) -> None:
        if path is None:
            self.file_dialog = choose_file(self, self.tr("Export the audit log"),
                                           self.tr("JSON (*.json)") if fmt == "json" else self.tr("CSV (*.csv)"),
                                           lambda p: self.export(fmt, p), save_as=f"siaga-audit.{fmt}")
            return
        self.window_.session.db.run(lambda st: st.export_audit(path, fmt), done=lambda count: self.verdict.setText(
            self.tr("{count} entries written to {file}.").format(count=count, file=visible(path.name))),
            failed=lambda exc: self._verdict(describe(exc), False))


CODE_LINE_FIELDS = {
    "type": QT_TRANSLATE_NOOP("CodeLineFields", "Message type"),
    "code": QT_TRANSLATE_NOOP("CodeLineFields", "Incident"),
    "severity": QT_TRANSLATE_NOOP("CodeLineFields", "Severity"),
    "tlp": QT_TRANSLATE_NOOP("CodeLineFields", "TLP"),
    "pap": QT_TRANSLATE_NOOP("CodeLineFields", "PAP"),
    "scope": QT_TRANSLATE_NOOP("CodeLineFields", "Scope"),
    "countries": QT_TRANSLATE_NOOP("CodeLineFields", "Countries"),
    "observed_at": QT_TRANSLATE_NOOP("CodeLineFields", "Observed"),
    "status": QT_TRANSLATE_NOOP("CodeLineFields", "Status"),
    "in_reply_to": QT_TRANSLATE_NOOP("CodeLineFields", "Answers"),
    "reported_at": QT_TRANSLATE_NOOP("CodeLineFields", "Reported"),
    "codebook": QT_TRANSLATE_NOOP("CodeLineFields", "Codebook"),
    "id": QT_TRANSLATE_NOOP("CodeLineFields", "Message"),
}


class CodeLineDialog(QDialog):
    """``siaga codeline decode``: a line read out on a radio call or sent by SMS, in words."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.setObjectName("codeLineDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(self.tr("Decode a code line"))
        self.window_ = window
        intro = PlainLabel(self.tr("Type the code line as it was read out or sent by SMS (it starts with SG1)."
                                   " Spaces and capitals do not matter."))
        intro.setWordWrap(True)
        self.line = QLineEdit()
        self.line.setObjectName("codeLine")
        self.line.setAccessibleName(self.tr("Code line"))
        self.line.setPlaceholderText("SG1 ...")
        self.line.returnPressed.connect(self.decode)
        self.line.setProperty("helpTopic", "codeline")
        decode = QPushButton(self.tr("&Decode"))
        decode.setObjectName("decodeButton")
        decode.setDefault(True)
        decode.clicked.connect(self.decode)
        row = QHBoxLayout()
        row.addWidget(self.line, 1)
        row.addWidget(decode)
        self.problem = PlainLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        paint(self.problem, "error")
        self.result = QTableWidget(0, 2)
        self.result.setObjectName("decoded")
        self.result.setAccessibleName(self.tr("What the code line says"))
        self.result.horizontalHeader().setVisible(False)
        self.result.verticalHeader().setVisible(False)
        self.result.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.result.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(self.result, 1)
        layout.addWidget(close)
        self.resize(70 * self.fontMetrics().averageCharWidth(), 22 * self.fontMetrics().height())

    @Slot()
    def decode(self) -> None:
        from ..protocol import codeline
        books = self.window_.session.books
        try:
            fields = codeline.decode(self.line.text(), books)
            rows = codeline.render(fields, books.get(fields["codebook"]), self.window_.session.lang)
        except Exception as exc:  # noqa: BLE001 - said in words
            self.problem.setText(describe(exc))
            self.result.setRowCount(0)
            return
        self.problem.setText("")
        self.result.setRowCount(len(rows))
        for i, (name, value) in enumerate(rows):
            lookup = QCoreApplication.translate  # the names are marked with QT_TRANSLATE_NOOP above
            label = lookup("CodeLineFields", CODE_LINE_FIELDS.get(name, name))
            self.result.setItem(i, 0, QTableWidgetItem(label))
            self.result.setItem(i, 1, QTableWidgetItem(visible(value)))
        self.result.resizeColumnToContents(0)


class DeskActions:
    """Adds the actions to the main window's Station menu, and opens their dialogs."""

    def __init__(self, window: "MainWindow") -> None:
        self.window = window
        self.passphrase = self._action(QCoreApplication.translate("DeskActions", "Change &passphrase..."), lambda: self.open(PassphraseDialog(window)),
                                       "changePassphrase", "lock")
        self.rotate = self._action(QCoreApplication.translate("DeskActions", "Make new &keys..."), lambda: self.open(KeysDialog(window, False)),
                                   "rotateKeys", "key")
        self.revoke = self._action(QCoreApplication.translate("DeskActions", "Re&voke keys..."), lambda: self.open(KeysDialog(window, True)),
                                   "revokeKeys", "key")
        self.audit = self._action(QCoreApplication.translate("DeskActions", "&Audit log..."), lambda: self.open(AuditDialog(window)), "auditLog", "audit")
        self.codeline = self._action(QCoreApplication.translate("DeskActions", "&Decode a code line..."), lambda: self.open(CodeLineDialog(window)),
                                     "decodeCodeLine", "codeline", "Ctrl+Shift+D")
        self.print_ = self._action(QCoreApplication.translate("DeskActions", "P&rint the report shown..."),
                                   lambda: self.print_report(), "printReport", "print", "Ctrl+P")
        self.pdf = self._action(QCoreApplication.translate("DeskActions", "Save the report shown as PD&F..."),
                                lambda: self.save_pdf(), "savePdf", "print", "Ctrl+Shift+P")
        menu = window.station_menu
        first = window.settings_action
        for action in (self.codeline, self.print_, self.pdf, None, self.audit, self.passphrase, self.rotate, self.revoke, None):
            menu.insertSeparator(first) if action is None else menu.insertAction(first, action)
        self.dialog: QDialog | None = None

    def _action(self, text: str, slot, name: str, icon_name: str, shortcut: str = "") -> QAction:
        action = QAction(icon(icon_name), text, self.window)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def shown_report(self) -> tuple[str, list[tuple[str, str]]] | None:
        """(title, rows) of the report the inbox shows, or None (said in the status bar)."""
        detail = self.window.inbox.detail
        if self.window.places.current_key() != "inbox" or detail.message is None or not detail.lines():
            self.window.statusBar().showMessage(QCoreApplication.translate(
                "DeskActions", "Open a report in the Inbox first (an outbox message has its own Save as PDF)."),
                10_000)
            return None
        summary = next((value for name, value in detail.lines() if value), "")
        note = detail.draft.text()  # the Reports in language's "draft translation" note goes on paper too
        return visible(summary)[:120], [(note, ""), *detail.lines()] if note else detail.lines()

    def save_pdf(self, path: Path | None = None) -> None:
        shown = self.shown_report()
        if shown is None:
            return
        if path is None:
            self.dialog = choose_file(self.window, QCoreApplication.translate("DeskActions", "Save the report as PDF"),
                                      QCoreApplication.translate("DeskActions", "PDF documents (*.pdf)"),
                                      lambda p: self.save_pdf(p), save_as="siaga-report.pdf")
            return
        from .printing import save_pdf
        try:
            save_pdf(path, *shown)
        except OSError as exc:
            self.window.statusBar().showMessage(describe(exc), 10_000)
            return
        self.window.statusBar().showMessage(QCoreApplication.translate("DeskActions", "Report saved as {file}").format(
            file=visible(path.name)), 10_000)

    def print_report(self) -> None:
        shown = self.shown_report()
        if shown is None:
            return
        from .printing import print_report
        if print_report(self.window, *shown):
            self.window.statusBar().showMessage(QCoreApplication.translate("DeskActions", "Report sent to the printer"),
                                                10_000)

    def open(self, dialog: QDialog) -> QDialog:
        self.dialog = dialog
        dialog.open()
        return dialog

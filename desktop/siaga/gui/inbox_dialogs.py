"""The inbox's small dialogs: acknowledge a report, forward it, choose what to export.

Each only gathers the liaison's choice; the inbox view runs the work on the
station's worker.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox,
                               QListWidget, QListWidgetItem, QPlainTextEdit, QRadioButton, QVBoxLayout, QWidget)

from ..codebook import Codebook
from ..message import MAX_NOTE
from .accessible import name_buttons, spoken
from .errors import reason_text
from .plain import PlainLabel, tip, visible

PEER_ROLE = Qt.ItemDataRole.UserRole


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    name_buttons(buttons)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class AcknowledgeDialog(QDialog):
    """A status from the codebook and a note, signed back to the report's author."""

    def __init__(self, book: Codebook, lang: str, summary: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("acknowledgeDialog")
        self.setWindowTitle(self.tr("Acknowledge"))
        self.status = QComboBox()
        self.status.setObjectName("ackStatus")
        self.status.setAccessibleName(self.tr("Status"))
        for entry in book.entries("ack_status"):
            self.status.addItem(entry["label"][lang], entry["code"])
        self.note = QPlainTextEdit()
        self.note.setObjectName("ackNote")
        self.note.setAccessibleName(self.tr("Note to the author"))
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("Optional: what you are doing about it"))
        about = PlainLabel(visible(summary))
        about.setWordWrap(True)
        form = QFormLayout()
        form.addRow(PlainLabel(self.tr("Report")), about)
        status_label = PlainLabel(self.tr("&Status"))
        status_label.setBuddy(self.status)
        note_label = PlainLabel(self.tr("&Note"))
        note_label.setBuddy(self.note)
        form.addRow(status_label, self.status)
        form.addRow(note_label, self.note)
        self.buttons = _buttons(self, self.tr("Send acknowledgement"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def choice(self) -> tuple[str, str]:
        """(ack status code, note)."""
        return self.status.currentData(), self.note.toPlainText().strip()[:MAX_NOTE]


class ForwardDialog(QDialog):
    """A checklist of peers; those the report's handling label rules out are greyed with the reason."""

    def __init__(self, peers: list[dict], refusals: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("forwardDialog")
        self.setWindowTitle(self.tr("Forward"))
        self.peers = QListWidget()
        self.peers.setObjectName("forwardPeers")
        self.peers.setAccessibleName(self.tr("Peers to forward to"))
        for peer in peers:
            why = refusals.get(peer["id"])
            text = self.tr("{name} ({org}, {country})").format(
                name=visible(peer["name"]), org=visible(peer["org"]), country=visible(peer["country"]))
            item = QListWidgetItem(text if why is None else self.tr("{peer} — not allowed: {reason}").format(
                peer=text, reason=visible(reason_text(why))))
            item.setData(PEER_ROLE, peer["id"])
            if why is None:
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
                item.setCheckState(Qt.CheckState.Unchecked)
            else:
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                item.setToolTip(tip(why))
            self.peers.addItem(item)
        allowed = sum(1 for p in peers if p["id"] not in refusals)
        note = PlainLabel(
            self.tr("The author's signature travels with the report; its TLP label decides who may get it.")
            if allowed else self.tr("This report may not be forwarded to any of your peers."))
        note.setObjectName("forwardNote")
        note.setWordWrap(True)
        self.buttons = _buttons(self, self.tr("Forward"))
        self._ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setEnabled(False)
        self.peers.itemChanged.connect(lambda item: self._ok.setEnabled(bool(self.chosen())))
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.peers)
        layout.addWidget(self.buttons)

    def chosen(self) -> list[str]:
        return [self.peers.item(i).data(PEER_ROLE) for i in range(self.peers.count())
                if self.peers.item(i).checkState() == Qt.CheckState.Checked]


class ExportDialog(QDialog):
    """STIX 2.1 or MISP; the selected reports or every report the filter matches."""

    def __init__(self, selected: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export"))
        self.stix = QRadioButton(self.tr("&STIX 2.1 bundle"))
        self.stix.setObjectName("exportStix")
        self.misp = QRadioButton(self.tr("&MISP events"))
        self.misp.setObjectName("exportMisp")
        self.stix.setChecked(True)
        self.selected = QRadioButton(self.tr("The s&elected report(s) ({count})").format(count=selected))
        self.selected.setObjectName("exportSelected")
        self.matching = QRadioButton(self.tr("Every report matching the &filter"))
        self.matching.setObjectName("exportMatching")
        self.selected.setEnabled(selected > 0)
        (self.selected if selected else self.matching).setChecked(True)
        layout = QVBoxLayout(self)
        for title, buttons in ((self.tr("Format"), (self.stix, self.misp)),
                               (self.tr("Reports"), (self.selected, self.matching))):
            box = QGroupBox(title)
            group = QButtonGroup(box)
            inner = QVBoxLayout(box)
            for button in buttons:
                button.setAccessibleName(spoken(button.text()))
                group.addButton(button)
                inner.addWidget(button)
            layout.addWidget(box)
        self.buttons = _buttons(self, self.tr("Choose file..."))
        layout.addWidget(self.buttons)

    @property
    def format(self) -> str:
        return "stix" if self.stix.isChecked() else "misp"

    @property
    def only_selected(self) -> bool:
        return self.selected.isChecked()

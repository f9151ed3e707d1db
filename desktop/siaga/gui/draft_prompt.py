"""The question at unlock about an unfinished report: Continue, Discard, or Later (not asked again until
a draft is saved; the rule is :mod:`siaga.station.drafts`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale
from PySide6.QtWidgets import QMessageBox

from ..station.drafts import draft_to_offer, offer_later
from .errors import show_error
from .plain import message_box

if TYPE_CHECKING:
    from .main_window import MainWindow


def offer_draft(window: "MainWindow") -> None:
    """Ask, on the station's worker, whether a draft is to be offered; if so, ask the officer."""
    window.session.db.run(draft_to_offer, done=lambda found: _ask(window, found) if found else None)


def _ask(window: "MainWindow", found: tuple[str, int, dict]) -> QMessageBox:
    draft_id, updated_at, draft = found
    when = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(updated_at)), QLocale.FormatType.ShortFormat)
    summary = draft.get("summary") if isinstance(draft, dict) else ""
    text = QCoreApplication.translate("DraftPrompt", "A report you were writing ({when}) was kept. Continue it?"
                                      ).format(when=when)
    if isinstance(summary, str) and summary.strip():
        text += "\n\n" + summary.strip()
    title = QCoreApplication.translate("DraftPrompt", "Unfinished report")
    box = message_box(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, window)
    box.setObjectName("resumeDraft")
    box.setInformativeText(QCoreApplication.translate(
        "DraftPrompt", "Later keeps it in Drafts and does not ask again until you save a draft."))
    go_on = box.addButton(QCoreApplication.translate("DraftPrompt", "&Continue"), QMessageBox.ButtonRole.AcceptRole)
    go_on.setObjectName("continueDraft")
    discard = box.addButton(QCoreApplication.translate("DraftPrompt", "&Discard"),
                            QMessageBox.ButtonRole.DestructiveRole)
    discard.setObjectName("discardDraft")
    later = box.addButton(QCoreApplication.translate("DraftPrompt", "&Later"), QMessageBox.ButtonRole.RejectRole)
    later.setObjectName("laterDraft")
    box.setDefaultButton(go_on)
    box.setEscapeButton(later)
    go_on.clicked.connect(lambda: window.new_report(draft_id, draft))
    discard.clicked.connect(lambda: window.session.db.run(
        lambda st: st.delete_draft(draft_id), done=lambda _r: window.session.changed("drafts"),
        failed=lambda exc: show_error(window, QCoreApplication.translate("DraftPrompt", "Discard draft"), exc)))
    later.clicked.connect(lambda: window.session.db.run(
        offer_later, failed=lambda exc: show_error(window, title, exc)))
    box.open()
    return box

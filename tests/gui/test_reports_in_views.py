"""*Reports in* beyond the inbox's detail pane: the outbox's report, the incident's messages, the thread's
acknowledgements and the report on paper (PDF) read in the station's reports language."""

from __future__ import annotations

import io
import unicodedata

import pypdf
import pytest
from PySide6.QtCore import Qt

from siaga.delivery.bundle import export_bundle, import_bundle
from siaga.gui import fonts, reading
from siaga.gui.incidents_view import IncidentDialog
from siaga.gui.main_window import MainWindow
from siaga.gui.outbox_view import MessageDialog, OutboxView
from siaga.gui.plain import PlainLabel
from siaga.protocol.render import HEADINGS, draft_note
from siaga.station import Station

from helpers import PASSPHRASE, link
from qt_helpers import on_screen


@pytest.fixture
def acknowledged(make_station, draft):
    """Jakarta's report, received in Kuala Lumpur and acknowledged there as "investigating"; both read Thai."""
    jkt, kl = make_station("jakarta", country="ID"), make_station("kl", org="NACSA", country="MY")
    kl_at_jkt, jkt_at_kl = link(jkt, kl)
    msg = jkt.file_report(dict(draft, lang="id", to=[kl_at_jkt.id]))
    assert import_bundle(kl, export_bundle(jkt, kl_at_jkt.id)[0]).new == 1
    kl.acknowledge(msg, "investigating", "looking at it")
    assert import_bundle(jkt, export_bundle(kl, jkt_at_kl.id)[0]).new == 1
    for station in (jkt, kl):
        station.set_reports_language("th")
    detail = jkt.incidents.detail(msg)
    names = {p.id: p.card.name for p in jkt.peers()}
    book = jkt.books.current
    jkt.close()
    kl.close()
    return jkt.home, kl.home, msg, detail, names, book


def pdf_text(path) -> str:
    """The PDF's text as pypdf extracts it, compared with :func:`norm` (tabs for spaces, decomposed vowels)."""
    return norm("".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(path.read_bytes())).pages))


def norm(text: str) -> str:
    """No spaces at all (pypdf sets punctuation apart and writes tabs), vowels composed alike."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def thai_session(open_session, home):
    session = open_session(home)
    return session, reading.of(session)


def test_the_outbox_report_and_its_pdf_read_in_the_reports_language(qtbot, open_session, acknowledged, draft,
                                                                     tmp_path):
    home, _, msg, _, _, book = acknowledged
    session = open_session(home)
    assert session.lang == "en"  # the interface stays English
    view = OutboxView(session)  # asks for the Reports in choice first: the first message opened already reads Thai
    on_screen(qtbot, view)
    qtbot.waitUntil(lambda: view.model.rowCount() >= 1, timeout=10_000)
    view.table.selectRow(0)
    qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.findChild(MessageDialog) is not None and view.findChild(MessageDialog).isVisible(),
                    timeout=10_000)
    dialog = view.findChild(MessageDialog)
    text = dialog.report.toPlainText()
    code = book.label("classifications", draft["code"], "th")
    assert code in text and HEADINGS["code"]["th"] in text and draft_note(book, "th") in text
    assert "Severity" not in text and book.label("classifications", draft["code"], "en") not in text
    assert draft["summary"] in text  # free text as written
    assert "Thai" in fonts.registered() and not fonts.missing_glyphs(code)
    assert dialog.pdf_rows[1][0] == (draft_note(book, "th"), "")  # the note goes on paper too
    dialog.grab().save(str(tmp_path / "outbox-th.png"))
    dialog.save_pdf(tmp_path / "outbox.pdf")
    printed = pdf_text(tmp_path / "outbox.pdf")
    assert norm(HEADINGS["code"]["th"]) in printed and norm(HEADINGS["severity"]["th"]) in printed
    assert norm(code) in printed
    assert "Severity" not in printed


def test_the_incident_messages_use_the_reports_language(qtbot, open_session, acknowledged, tmp_path):
    home, _, msg, detail, names, book = acknowledged
    session, reads = thai_session(open_session, home)
    qtbot.waitUntil(lambda: reads.lang() == "th", timeout=10_000)
    dialog = on_screen(qtbot, IncidentDialog(detail, names, session))
    cells = [dialog.messages.item(r, c).text() for r in range(dialog.messages.rowCount()) for c in range(4)]
    assert book.label("ack_status", "investigating", "th") in cells
    assert book.label("message_types", "early-warning", "th") in cells
    assert book.label("ack_status", "investigating", "en") not in cells
    assert dialog.findChild(PlainLabel, "draftTranslation").text() == draft_note(book, "th")
    assert dialog.messages.horizontalHeaderItem(0).text() == "Filed"  # the interface's own words stay English
    dialog.grab().save(str(tmp_path / "incident-th.png"))


def test_the_thread_and_the_saved_pdf_of_a_received_report_use_the_reports_language(qtbot, open_session,
                                                                                   acknowledged, tmp_path):
    _, home, msg, _, _, book = acknowledged
    window = on_screen(qtbot, MainWindow(open_session(home)))
    window.resize(1280, 720)
    reads = reading.of(window.session)
    qtbot.waitUntil(lambda: reads.lang() == "th", timeout=10_000)
    qtbot.waitUntil(lambda: window.inbox.model.rowCount() == 1, timeout=10_000)
    window.inbox.table.selectRow(0)
    detail = window.inbox.detail
    qtbot.waitUntil(lambda: detail.message is not None and bool(detail.thread.entries()), timeout=10_000)
    statuses = [entry.status for entry in detail.thread.entries()]
    assert statuses == [book.label("ack_status", "investigating", "th")]
    # the interface's heading stays English
    assert detail.thread.toPlainText().startswith("Replies and acknowledgements")
    window.grab().save(str(tmp_path / "inbox-th.png"))
    window.desk.save_pdf(tmp_path / "briefing.pdf")
    printed = pdf_text(tmp_path / "briefing.pdf")
    assert norm(HEADINGS["code"]["th"]) in printed and norm(HEADINGS["severity"]["th"]) in printed
    assert norm(book.label("classifications", "rsit:malicious-code/infected-system", "th")) in printed
    assert norm(draft_note(book, "th")) in printed
    assert "Severity" not in printed
    with Station.open(home, PASSPHRASE) as station:  # the station kept the choice: nothing changed by reading
        assert station.reports_language() == "th"

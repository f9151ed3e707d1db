"""The report wizard driven like an officer would: keys and clicks on the real widgets."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QRadioButton,
    QTextBrowser,
    QTreeWidget,
    QWizard,
)

from siaga.base.encoding import canonical
from siaga.gui.colours import tone
from siaga.gui.i18n import install_language
from siaga.gui.report_wizard import ReportWizard
from siaga.protocol import codebook, codeline
from siaga.protocol.message import message_id
from siaga.station.report_form import ReportForm

from helpers import link
from qt_helpers import click, on_screen, shown, tick_found

NEXT = QWizard.WizardButton.NextButton
FINISH = QWizard.WizardButton.FinishButton
INPUTS = (QLineEdit, QComboBox, QPlainTextEdit, QListWidget, QTreeWidget, QDateTimeEdit, QRadioButton, QTextBrowser)


@pytest.fixture
def stations(make_station):
    """Jakarta files the report; Kuala Lumpur is a verified peer, Canberra an unverified one."""
    jakarta = make_station("jakarta", country="ID")
    kl_peer, _ = link(jakarta, make_station("kl", country="MY"))
    link(jakarta, make_station("canberra", country="AU"))
    jakarta.set_trust(kl_peer.id, "verified")
    return jakarta, kl_peer.id


def open_wizard(qtbot, station, lang="en", draft=None, draft_id=None):
    book = station.books.current
    form = (ReportForm.from_draft(draft, book, station.info, station.peers()) if draft
            else ReportForm(book, station.info, station.peers()))
    return on_screen(qtbot, ReportWizard(form, lang, draft_id))


def fill_observations(qtbot, wizard):
    page = wizard.observe_page
    tick_found(page.tree, page.search, "RANSOM NOTE", "ransom-note")
    tick_found(page.tree, page.search, "alamat berbahaya", "contacts-bad-address")  # Indonesian words work too


def fill_details(qtbot, wizard):
    page = wizard.details_page
    QTest.keyClicks(page.summary, "Ransomware on provincial government file servers")
    QTest.keyClicks(page.indicators, "update-check[.]example")
    QTest.keyClick(page.indicators, Qt.Key.Key_Return)
    QTest.keyClicks(page.indicators, "sha256 abc")


def fill_handling(qtbot, wizard):
    page = wizard.handling_page
    click(qtbot, page._scope_buttons["regional"])
    tick_found(page.places, page.place_search, "malay", "MY")


def stays(qtbot, wizard, page):
    """Next on a page with a problem: the wizard stays there and says why."""
    click(qtbot, wizard.button(NEXT))
    assert wizard.currentPage() is page and page.problems.text()
    return True


def test_an_officer_files_a_report_from_observations_to_sign_and_queue(qtbot, stations):
    jakarta, kl = stations
    wizard = open_wizard(qtbot, jakarta)
    page = wizard.observe_page
    assert page.problems.text() == "" and not page.message_type.property("invalid")  # never red on opening
    assert stays(qtbot, wizard, page) and "incident code" in page.problems.text()
    fill_observations(qtbot, wizard)
    assert page._items["port-scans"].isHidden()  # filtered out by the last search
    top = page.suggestions.item(0)
    assert top.text().splitlines() == [
        "Malicious code: Infected system  (97%)",
        "because: Files were renamed and a ransom note is shown + A computer keeps contacting a known bad address"]
    assert page.suggestions.currentItem() is top and "rsit:malicious-code/infected-system" in page.chosen.text()
    click(qtbot, wizard.button(NEXT))

    page = wizard.details_page
    assert wizard.currentPage() is page
    assert page.impact["functional"].currentText() == "As observed: Significant impact to critical services"
    fill_details(qtbot, wizard)
    assert page.indicators.property("invalid") is True and stays(qtbot, wizard, page)
    notes = [page.indicator_notes.item(i) for i in range(page.indicator_notes.count())]
    assert [n.text() for n in notes][:2] == ["Line 1: read as domain-name",
                                             "Line 2: a sha256 hash is 64 hexadecimal characters"]
    assert all("Check this is really the attacker's" in n.text() for n in notes[2:])  # warning lists
    assert notes[1].foreground().color() == tone("error")[0] and "line 2" in page.problems.text()
    for _ in range(3):
        QTest.keyClick(page.indicators, Qt.Key.Key_Backspace)
    QTest.keyClicks(page.indicators, "a" * 64)
    assert page.indicators.property("invalid") is False and page.problems.text() == ""
    page.sectors.setFocus()
    page.sectors.setCurrentRow(0)
    QTest.keyClick(page.sectors, Qt.Key.Key_Space)
    click(qtbot, wizard.button(NEXT))

    page = wizard.handling_page
    assert page.severity.currentData() == 4 and page.severity.currentText() == "4 Severe (proposed)"
    assert page.severity_note.text().startswith("Likely to result in a significant impact")
    QTest.keyClick(page.tlp, Qt.Key.Key_Up)  # AMBER -> GREEN
    assert page.tlp.currentData() == "TLP:GREEN" and page.tlp_note.text().startswith("Within the recipient")
    assert page.recipients.text() == "Choose the scope first." and page.problems.text() == ""
    assert stays(qtbot, wizard, page) and page.scope_box.property("invalid") is True
    fill_handling(qtbot, wizard)
    assert page.recipients.text() == "kl, National CSIRT (MY)"
    click(qtbot, wizard.button(NEXT))

    page = wizard.review_page
    assert wizard.currentPage() is page
    assert wizard.button(FINISH).text().replace("&", "") == "Sign and queue"
    assert "Malicious code: Infected system" in page.report.toPlainText()
    line = page.code_line.text()
    assert page.code_line.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    with qtbot.waitSignal(wizard.submitted) as signal:
        click(qtbot, wizard.button(FINISH))
    content, recipients = signal.args
    assert (content["code"], content["severity"], content["tlp"]) == (
        "rsit:malicious-code/infected-system", 4, "TLP:GREEN")
    assert content["indicators"] == [{"type": "domain-name", "value": "update-check.example"},
                                     {"type": "sha256", "value": "a" * 64}]
    assert content["sectors"] == ["government"] and recipients == [kl]
    msg_id = message_id(canonical(content))
    assert line == codeline.encode(content, msg_id, jakarta.books.current)
    # the caller signs and queues exactly what was reviewed
    assert jakarta.queue_content(content, jakarta.resolve_recipients(content)) == msg_id


def test_drafts_are_saved_as_the_officer_types_and_restore_the_same_answers(qtbot, stations):
    jakarta, kl = stations
    wizard = open_wizard(qtbot, jakarta, draft_id="draft-1")
    saved = []
    wizard.draftChanged.connect(lambda draft_id, draft: saved.append((draft_id, draft)))
    fill_observations(qtbot, wizard)
    click(qtbot, wizard.button(NEXT))
    fill_details(qtbot, wizard)  # ends with a bad indicator line: kept in the draft
    recoverability = wizard.details_page.impact["recoverability"]
    recoverability.setFocus()
    for _ in range(3):
        QTest.keyClick(recoverability, Qt.Key.Key_Down)
    assert wizard.form.impact["recoverability"] == recoverability.currentData() == "extended"
    qtbot.waitUntil(lambda: bool(saved), timeout=3000)
    assert len(saved) == 1  # one save after a burst of typing
    draft_id, draft = saved[0]
    assert draft_id == "draft-1" and draft["summary"].startswith("Ransomware")
    jakarta.store.save_draft(draft_id, draft)

    again = open_wizard(qtbot, jakarta, draft=jakarta.store.load_draft("draft-1"), draft_id="draft-1")
    page = again.observe_page
    ticked = {code for code, item in page._items.items() if item.checkState(0) == Qt.CheckState.Checked}
    assert ticked == {"ransom-note", "contacts-bad-address"}
    assert page.suggestions.currentItem().data(Qt.ItemDataRole.UserRole) == "rsit:malicious-code/infected-system"
    details = again.details_page
    assert details.summary.text() == "Ransomware on provincial government file servers"
    assert details.indicators.toPlainText() == "update-check[.]example\nsha256 abc"
    assert details.observed_at.dateTime() == wizard.details_page.observed_at.dateTime()
    assert details.impact["recoverability"].currentData() == wizard.details_page.impact["recoverability"].currentData()
    assert details.indicators.property("invalid") is True
    assert again.form.to_draft() == draft


def test_every_input_is_named_and_reachable_by_keyboard(qtbot, stations):
    wizard = open_wizard(qtbot, stations[0])
    for page in (wizard.observe_page, wizard.details_page, wizard.handling_page, wizard.review_page):
        inputs = [w for kind in INPUTS for w in page.findChildren(kind) if not w.objectName().startswith("qt_")]
        assert inputs and all(w.accessibleName() for w in inputs), [w.objectName() for w in inputs
                                                                      if not w.accessibleName()]
        assert all(w.focusPolicy() & Qt.FocusPolicy.TabFocus for w in inputs if not isinstance(w, QRadioButton)
                   or w.isChecked())
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    QTest.keyClick(wizard, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # "&Search:"
    assert QApplication.focusWidget() is wizard.observe_page.search
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is wizard.observe_page.tree


def test_codebook_labels_follow_the_chosen_language(qtbot, stations):
    wizard = open_wizard(qtbot, stations[0], lang="id")
    page = wizard.observe_page
    assert page._items["ransom-note"].text(0) == "Berkas berganti nama dan muncul catatan tebusan"
    tick_found(page.tree, page.search, "ransom note", "ransom-note")  # English words find it too
    assert page.suggestions.item(0).text().startswith(
        codebook.current().label("classifications", "rsit:malicious-code/infected-system", "id"))
    assert wizard.handling_page.scope_box.findChild(QRadioButton, "scope_global").text().replace("&", "") == "Global"


def test_what_holds_the_officer_back_is_said_in_the_interface_language(qtbot, qapp, stations):
    install_language(qapp, "id")
    try:
        wizard = open_wizard(qtbot, stations[0], lang="id")
        assert wizard.observe_page.problems.text() == ""
        click(qtbot, wizard.button(NEXT))
        problems = wizard.observe_page.problems.text()
        assert "Kode insiden: centang apa yang Anda amati, atau pilih kode insiden" in problems
        fill_observations(qtbot, wizard)
        click(qtbot, wizard.button(NEXT))
        page = wizard.details_page
        fill_details(qtbot, wizard)
        notes = [page.indicator_notes.item(i).text() for i in range(page.indicator_notes.count())]
        assert notes[1].endswith("hash sha256 terdiri dari 64 karakter heksadesimal")
        assert "Indikator: baris 2: hash sha256 terdiri dari 64 karakter heksadesimal" in page.problems.text()
        assert "hexadecimal" not in page.problems.text()
    finally:
        install_language(qapp, "en")


def test_a_lone_bracket_typed_on_the_way_to_a_defanged_dot_is_a_note_not_a_crash(qtbot, stations):
    wizard = open_wizard(qtbot, stations[0])
    fill_observations(qtbot, wizard)
    click(qtbot, wizard.button(NEXT))
    page = wizard.details_page
    QTest.keyClicks(page.indicators, "203.0.113.7")
    QTest.keyClick(page.indicators, Qt.Key.Key_Return)
    QTest.keyClicks(page.indicators, "hxxps://x[")  # every keystroke is read; "[" is on its way to "[.]"
    notes = [page.indicator_notes.item(i).text() for i in range(page.indicator_notes.count())]
    assert notes[:2] == ["Line 1: read as ipv4-addr",
                         "Line 2: square brackets in a URL enclose an IPv6 address; write a defanged dot as [.]"]
    assert all("Check this is really the attacker's" in n for n in notes[2:])
    assert page.indicators.property("invalid") is True and stays(qtbot, wizard, page)
    QTest.keyClicks(page.indicators, ".]example")
    assert page.indicators.property("invalid") is False


def to_handling(qtbot, wizard):
    fill_observations(qtbot, wizard)
    click(qtbot, wizard.button(NEXT))
    QTest.keyClicks(wizard.details_page.summary, "Ransomware on provincial government file servers")
    click(qtbot, wizard.button(NEXT))
    page = wizard.handling_page
    click(qtbot, page._scope_buttons["bilateral"])
    return page


def test_country_search_lists_the_code_and_names_that_start_with_it_first(qtbot, stations):
    wizard = open_wizard(qtbot, stations[0])
    page = to_handling(qtbot, wizard)
    QTest.keyClicks(page.place_search, "MY")
    assert [code for code, _ in shown(page.places)][:3] == ["MY", "MM", "BL"]
    page.place_search.clear()
    QTest.keyClicks(page.place_search, "Mal")
    assert [code for code, _ in shown(page.places)][:2] == ["MW", "MY"]
    page.place_search.clear()  # everything again: groups, then countries by their names
    codes = [code for code, _ in shown(page.places)]
    assert codes[0] == "ASEAN" and codes.index("AX") < codes.index("AL") < codes.index("ZM")


def test_a_country_with_no_peer_is_named_in_what_holds_the_report_back(qtbot, qapp, stations):
    wizard = open_wizard(qtbot, stations[0])
    page = to_handling(qtbot, wizard)
    tick_found(page.places, page.place_search, "barth", "BL")
    assert "Nobody to send this to: no peer in St. Barthélemy yet" in page.problems.text()
    assert "no peer in St. Barthélemy yet" in page.recipients.text()
    install_language(qapp, "id")
    try:
        page.refresh()
        assert "belum ada mitra di Saint Barthélemy" in page.problems.text()
    finally:
        install_language(qapp, "en")


def test_the_form_explains_itself_to_someone_without_csirt_training(qtbot, stations):
    wizard = open_wizard(qtbot, stations[0])
    observe = wizard.observe_page
    assert observe.type_note.text().startswith("First notice of an incident")  # the message type in one sentence
    assert observe.message_type.property("helpTopic") == "message_types"
    wizard.form.pick_code("rsit:malicious-code/infected-system")
    click(qtbot, wizard.button(NEXT))

    details = wizard.details_page
    assert details.problems.text() == ""  # the summary is missing, but the page does not open red
    assert details.impact["information"].currentText() == "Not assessed"
    QTest.keyClicks(details.summary, "Website defaced")
    click(qtbot, wizard.button(NEXT))

    handling = wizard.handling_page
    assert handling.severity.currentData() == 0
    assert handling.severity_note.text().startswith("Proposed from no answers")  # never a silent 0
    tlp = [handling.tlp.itemText(i) for i in range(handling.tlp.count())]
    assert any(t.startswith("TLP:AMBER — ") and len(t) > 30 for t in tlp)  # the meaning in the list itself
    tick_found(handling.places, handling.place_search, "malay", "MY")
    assert handling._scope_buttons["bilateral"].isChecked() and wizard.form.scope == "bilateral"
    assert handling.recipients.text() == "kl, National CSIRT (MY)"
    tick_found(handling.places, handling.place_search, "singapore", "SG")
    assert wizard.form.scope == "regional"
    click(qtbot, handling._scope_buttons["global"])  # the officer's own pick stays
    tick_found(handling.places, handling.place_search, "singapore", "SG")
    assert wizard.form.scope == "global"
    click(qtbot, handling._scope_buttons["regional"])
    click(qtbot, wizard.button(NEXT))

    review = wizard.review_page
    assert wizard.currentPage() is review
    assert review.recipients.text() == "Goes to: kl (MY)"


def test_known_benign_indicators_are_marked_beside_their_line_but_never_refused(qtbot, stations):
    from siaga.station import warning_lists
    warning_lists.preload()  # the app does it on its worker before the form opens
    wizard = open_wizard(qtbot, stations[0])
    fill_observations(qtbot, wizard)
    click(qtbot, wizard.button(NEXT))
    page = wizard.details_page
    for n, value in enumerate(("8.8.8.8", "10.0.0.1", "google.com", "203.0.113.7")):
        if n:
            QTest.keyClick(page.indicators, Qt.Key.Key_Return)
        QTest.keyClicks(page.indicators, value)
    qtbot.waitUntil(lambda: page.indicator_notes.count() >= 8, timeout=10_000)
    notes = [page.indicator_notes.item(i).text() for i in range(page.indicator_notes.count())]
    warnings = {n.split(":")[0]: n for n in notes if "Check this is really the attacker's" in n}
    assert "public DNS resolver" in warnings["Line 1"]
    assert "private or reserved address" in warnings["Line 2"]
    assert "most visited websites" in warnings["Line 3"]
    assert "kept for documentation and examples" in warnings["Line 4"]
    assert page.indicators.property("invalid") is False and "ndicator" not in page.problems.text()  # no refusal

"""*Reports in*: report contents render in a language of the codebook, the interface stays English or Indonesian."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from siaga.base import cldr
from siaga.base.languages import LANGUAGES
from siaga.delivery.bundle import export_bundle, import_bundle
from siaga.gui import fonts, reading
from siaga.gui.settings_dialog import SettingsDialog
from siaga.protocol.render import HEADINGS, draft_note, written_in
from siaga.station import Station
from siaga.storage.preferences import Preferences

from helpers import PASSPHRASE, wait_for
from qt_helpers import inbox_on_screen, on_screen

SUMMARY = "Ransomware on provincial government file servers"


@pytest.fixture
def world(network, draft):
    """Kuala Lumpur holds one report from Jakarta, its free text written in English (its ``lang``), on a bundle."""
    net = network(orgs={"jakarta": "BSSN", "kl": "NACSA"}, links=[("jakarta", "kl")])
    jkt, kl = net.jakarta, net.kl
    msg = jkt.file_report(dict(draft, summary=SUMMARY, lang="en"))
    assert import_bundle(kl, export_bundle(jkt, net.peers[("jakarta", "kl")].id)[0]).new == 1
    return jkt, kl, msg


@pytest.fixture
def view(qtbot, open_session, world):
    session = open_session(world[1].home)
    widget = inbox_on_screen(qtbot, session, 1)
    widget.table.selectRow(0)
    qtbot.waitUntil(lambda: widget.detail.message is not None, timeout=10_000)
    return widget


def english_labels(book, content) -> set[str]:
    """The English codebook texts the report's codes read as (what must not be left in another language)."""
    out = {book.label("classifications", content["code"], "en"), book.label("severity", content["severity"], "en"),
           book.label("scopes", content["scope"], "en"), book.label("message_types", content["type"], "en"),
           book.text("tlp", content["tlp"], "description", "en"), book.text("pap", content["pap"], "description", "en")}
    out.update(book.label("countries", c, "en") for c in content["countries"] if book.has("countries", c))
    out.update(book.label("sectors", c, "en") for c in content.get("sectors", []))
    out.update(book.label("observations", c, "en") for c in content.get("observations", []))
    return out


def choose_in_settings(qtbot, view, lang):
    """Settings, Reports in: ``lang`` picked with the keyboard, OK pressed."""
    dialog = on_screen(qtbot, SettingsDialog(view.session.home, Preferences(language="en"), view.session))
    combo = dialog.reports_in
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Home)
    while combo.currentData() != lang:
        before = combo.currentIndex()
        QTest.keyClick(combo, Qt.Key.Key_Down)
        assert combo.currentIndex() != before, f"{lang} is not offered"
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    return dialog


def test_settings_offer_every_language_by_its_own_name_with_drafts_marked(qtbot, view):
    dialog = on_screen(qtbot, SettingsDialog(view.session.home, Preferences(language="en"), view.session))
    combo = dialog.reports_in
    assert [combo.itemData(i) for i in range(combo.count())] == ["", *LANGUAGES]
    names = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    assert names[""] == "As the interface" and combo.currentData() == ""
    assert names["en"] == "English" and names["id"] == "Bahasa Indonesia"  # as the interface names them; no note
    assert names["km"].endswith("(draft translation)") and names["km"].startswith("ខ្មែរ")
    for text in names.values():  # every name drawn, in its own script
        assert fonts.missing_glyphs(text) == [], text
    # the interface's own language list stays English and Indonesian
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == ["en", "id"]


@pytest.mark.parametrize("lang", ["th", "km", "my", "lo"])
def test_switching_reports_in_renders_the_detail_pane_in_that_language(qtbot, view, world, lang):
    detail = view.detail
    book = view.session.book
    content = detail.message["content"]
    english = english_labels(book, content)
    assert any(label in value for _, value in detail.lines() for label in english)  # English at first
    assert detail.draft.isHidden()

    choose_in_settings(qtbot, view, lang)
    qtbot.waitUntil(lambda: detail.report_language() == lang, timeout=5_000)
    rows = detail.lines()
    text = "\n".join(f"{heading} {value}" for heading, value in rows)
    assert [label for label in english if label in text] == []  # no English label left
    assert book.label("classifications", content["code"], lang) in text
    assert book.label("severity", content["severity"], lang) in text
    summary = [(heading, value) for heading, value in rows if value == SUMMARY]
    assert len(summary) == 1  # the free text as written, never translated, its language named
    assert summary[0][0] == written_in(HEADINGS["summary"][lang], "en", lang)
    assert cldr.language_name("en", lang) in summary[0][0]
    assert book.label("countries", "ID", lang) in text  # countries by CLDR, in that language
    # every character of the pane is drawn: no missing-glyph box
    for heading, value in rows:
        assert fonts.missing_glyphs(heading + value) == [], (heading, value)
    # the note that these are machine drafts, and the interface's own words stay English
    assert detail.draft.isVisible() and detail.draft.text()
    assert detail.badge.text().startswith("Peer NOT verified")
    # the station keeps the choice
    assert wait_for(qtbot, view.session.db.run(lambda station: station.reports_language())) == lang


def test_back_to_the_interface_language_and_the_choice_survives_a_new_session(qtbot, view, world, open_session):
    choose_in_settings(qtbot, view, "km")
    qtbot.waitUntil(lambda: view.detail.report_language() == "km", timeout=5_000)
    choose_in_settings(qtbot, view, "")
    qtbot.waitUntil(lambda: view.detail.report_language() == "en", timeout=5_000)
    assert any(value.startswith(view.session.book.label("message_types", "early-warning", "en"))
               for _, value in view.detail.lines())
    choose_in_settings(qtbot, view, "my")
    assert wait_for(qtbot, view.session.db.run(lambda station: station.reports_language())) == "my"
    session = open_session(world[1].home)
    again = reading.of(session)
    qtbot.waitUntil(lambda: again.lang() == "my", timeout=10_000)


def test_reports_follow_the_interface_until_chosen(qtbot, view):
    choice = reading.of(view.session)
    assert choice is reading.of(view.session)  # one per session
    assert choice.chosen == "" and choice.lang() == "en"
    with Station.open(view.session.home, PASSPHRASE) as station:
        assert station.reading.chosen() is False


def test_the_review_shows_the_report_as_a_partner_reads_it_in_their_language(qtbot, make_station):
    """The form's review page: Show in lists every language; in Khmer the report reads in Khmer, drafts noted."""
    from PySide6.QtWidgets import QWizard
    from test_report_wizard import fill_details, fill_handling, fill_observations, open_wizard, stations  # noqa: F401

    from helpers import link
    from qt_helpers import click

    jakarta = make_station("jakarta", country="ID")
    kl_peer, _ = link(jakarta, make_station("kl", country="MY"))
    jakarta.set_trust(kl_peer.id, "verified")
    wizard = open_wizard(qtbot, jakarta)
    fill_observations(qtbot, wizard)
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    QTest.keyClicks(wizard.details_page.summary, SUMMARY)
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    fill_handling(qtbot, wizard)
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    page = wizard.review_page
    assert wizard.currentPage() is page
    combo = page.language
    assert [combo.itemData(i) for i in range(combo.count())] == list(LANGUAGES)
    assert combo.currentData() == "en" and "Malicious code: Infected system" in page.report.toPlainText()

    book = jakarta.books.current
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_End)  # Burmese, the last
    QTest.keyClick(combo, Qt.Key.Key_Up)
    QTest.keyClick(combo, Qt.Key.Key_Up)  # Khmer
    assert combo.currentData() == "km"
    text = page.report.toPlainText()
    content = wizard.form.content
    assert book.label("classifications", content["code"], "km") in text
    assert [label for label in english_labels(book, content) if label in text] == []
    assert SUMMARY in text  # what the officer wrote, as written
    note = draft_note(book, "km")
    assert note and text.lstrip().startswith(note)  # the draft note comes first
    assert "Khmer" in fonts.registered() and fonts.missing_glyphs(text) == []
    # the code line does not change with the language: it is made of codes
    line = page.code_line.text()
    QTest.keyClick(combo, Qt.Key.Key_Home)
    assert page.code_line.text() == line and combo.currentData() == "en"

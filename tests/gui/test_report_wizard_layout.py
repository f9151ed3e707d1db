"""The report wizard's order, templates and layout: one size on every page, nothing clipped, Tab where it helps."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWizard

from siaga.gui.i18n import install_language
from siaga.gui.report_wizard import WIZARD_SIZE, ReportWizard
from siaga.station.report_form import ReportForm

from helpers import link
from qt_helpers import click, clipped, on_screen, shown

NEXT = QWizard.WizardButton.NextButton


@pytest.fixture
def jakarta(make_station):
    station = make_station("jakarta", country="ID")
    peer, _ = link(station, make_station("kl", country="MY"))
    station.set_trust(peer.id, "verified")
    return station


def open_wizard(qtbot, station, lang="en", draft=None):
    book = station.books.current
    form = (ReportForm.from_draft(draft, book, station.info, station.peers()) if draft
            else ReportForm(book, station.info, station.peers()))
    wizard = on_screen(qtbot, ReportWizard(form, lang))
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    return wizard


def pick_template(qtbot, wizard, code):
    combo = wizard.observe_page.template
    combo.setFocus()
    while combo.currentData() != code:
        QTest.keyClick(combo, Qt.Key.Key_Down)
    return combo


def test_a_template_ticks_observations_and_fills_the_summary_and_indicator_lines(qtbot, jakarta):
    wizard = open_wizard(qtbot, jakarta)
    page = wizard.observe_page
    labels = [page.template.itemText(i) for i in range(page.template.count())]
    assert [label.split(" — ")[0] for label in labels[1:]] == ["Phishing", "Ransomware", "Website defacement",
                                                                "DDoS (service flooded)"]
    pick_template(qtbot, wizard, "ransomware")
    ticked = {code for code, item in page._items.items() if item.checkState(0) == Qt.CheckState.Checked}
    assert ticked == {"ransom-note", "files-encrypted"}
    assert page.suggestions.currentItem().data(Qt.ItemDataRole.UserRole) == "rsit:malicious-code/infected-system"
    top, _ = page._groups["screens-and-files"]
    assert top.text(0) == "Screens and files (2 ticked)"
    click(qtbot, wizard.button(NEXT))
    details = wizard.details_page
    assert details.summary.text() == "Ransomware locked files on our servers and a ransom note is shown"
    assert details.indicators.toPlainText().splitlines()[0] == "sha256 "
    notes = [details.indicator_notes.item(i).text() for i in range(details.indicator_notes.count())]
    assert notes[0] == "Line 1: add the sha256 after the type, or delete the line (it is not sent without a value)"
    assert details.problems.text() == "" and details.indicators.property("invalid") is not True
    click(qtbot, wizard.button(NEXT))  # lines still waiting for a value do not hold the report back
    assert wizard.currentPage() is wizard.handling_page


def test_ticked_observations_stay_ticked_when_the_search_is_cleared_and_groups_fold(qtbot, jakarta):
    wizard = open_wizard(qtbot, jakarta)
    page = wizard.observe_page
    QTest.keyClicks(page.search, "ransom")
    code, item = shown(page.tree)[0]
    page.tree.setFocus()
    page.tree.setCurrentItem(item)
    QTest.keyClick(page.tree, Qt.Key.Key_Space)
    page.search.clear()
    assert all(not i.isHidden() for _, i in shown(page.tree)) and len(shown(page.tree)) == len(page._items)
    assert page._items[code].checkState(0) == Qt.CheckState.Checked and wizard.form.observations == [code]
    group, _ = page._groups["screens-and-files"]
    group.setExpanded(False)  # categories fold; the count says what is ticked inside
    assert group.childCount() and group.text(0).endswith("(1 ticked)")


def test_summary_comes_first_after_the_observations_and_the_type_is_explained(qtbot, jakarta):
    wizard = open_wizard(qtbot, jakarta)
    observe = wizard.observe_page
    assert observe.type_note.text().startswith("First notice of an incident")
    wizard.form.pick_code("rsit:fraud/phishing")
    click(qtbot, wizard.button(NEXT))
    assert QApplication.focusWidget() is wizard.details_page.summary  # the first field of the details


def test_an_update_is_typed_as_one_without_asking(qtbot, jakarta, draft):
    wizard = open_wizard(qtbot, jakarta, draft=dict(draft, type="update", in_reply_to="a" * 64))
    page = wizard.observe_page
    assert page.message_type.currentData() == "update" and page.type_note.text().startswith("New facts")
    assert not page.template.isVisible()  # an update continues its incident: no template


def test_the_date_takes_one_tab_and_the_code_line_is_reached_by_tab(qtbot, jakarta):
    wizard = open_wizard(qtbot, jakarta)
    wizard.form.pick_code("rsit:fraud/phishing")
    click(qtbot, wizard.button(NEXT))
    details = wizard.details_page
    QTest.keyClicks(details.summary, "Phishing e-mails to ministry staff")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is details.observed_at
    QTest.keyClick(details.observed_at, Qt.Key.Key_Tab)  # one Tab, not one per part of the date
    assert QApplication.focusWidget() is details.clock_choice.profile  # the row below the date
    QTest.keyClick(details.clock_choice.profile, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is details.observed_at
    for _ in range(4):  # past the reporting clock's choices to the sectors
        if QApplication.focusWidget() is details.sectors:
            break
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is details.sectors
    click(qtbot, wizard.button(NEXT))
    handling = wizard.handling_page
    click(qtbot, handling._scope_buttons["global"])
    click(qtbot, wizard.button(NEXT))
    review = wizard.review_page
    assert wizard.currentPage() is review and review.code_line.text()
    review.language.setFocus()
    for _ in range(6):
        if QApplication.focusWidget() is review.code_line:
            break
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is review.code_line


@pytest.mark.parametrize("lang", ["en", "id"])
def test_one_size_on_every_page_within_1280_by_720_and_nothing_clipped(qtbot, qapp, jakarta, lang):
    install_language(qapp, lang)
    try:
        wizard = open_wizard(qtbot, jakarta, lang)
        assert wizard.size() == WIZARD_SIZE and WIZARD_SIZE.width() <= 1280 and WIZARD_SIZE.height() <= 650
        pick_template(qtbot, wizard, "defacement")
        for _ in range(4):
            qtbot.wait(10)
            assert wizard.size() == WIZARD_SIZE, wizard.currentPage().title()
            assert clipped(wizard) == [], (lang, wizard.currentPage().title())
            if wizard.currentPage() is wizard.handling_page:
                click(qtbot, wizard.handling_page._scope_buttons["global"])
            if wizard.currentPage() is not wizard.review_page:
                click(qtbot, wizard.button(NEXT))
        assert wizard.currentPage() is wizard.review_page
    finally:
        install_language(qapp, "en")


def test_the_clipping_check_finds_a_cut_label_a_cut_button_and_a_narrow_header(qtbot):
    from PySide6.QtWidgets import QPushButton, QTableWidget, QVBoxLayout, QWidget

    from siaga.gui.plain import PlainLabel
    root = QWidget()
    column = QVBoxLayout(root)
    label, button, table = PlainLabel("A label far too long for the room it has"), QPushButton("&Send it now"), \
        QTableWidget(1, 1)
    table.setHorizontalHeaderLabels(["A heading wider than its column"])
    table.horizontalHeader().resizeSection(0, 40)
    for widget in (label, button, table):
        widget.setFixedWidth(60) if widget is not table else None
        column.addWidget(widget)
    on_screen(qtbot, root)
    assert {found[0] for found in clipped(root)} == {"PlainLabel", "QPushButton", "header"}
    label.setFixedWidth(400)
    button.setFixedWidth(200)
    table.horizontalHeader().resizeSection(0, 300)
    assert clipped(root) == []

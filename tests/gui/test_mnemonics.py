"""Every question and choice of the guided form has an Alt letter, and none is shared on a page, in en and id."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QWidget, QWizard

from siaga.gui.mnemonics import with_mnemonic
from siaga.gui.report_wizard import ReportWizard
from siaga.station.report_form import ReportForm

from helpers import link
from qt_helpers import on_screen


def letter(text: str) -> str:
    """The letter after a single "&", or "" (written apart from the app's own reading of it)."""
    plain = text.replace("&&", "")
    at = plain.find("&")
    return plain[at + 1].lower() if 0 <= at < len(plain) - 1 else ""


@pytest.fixture
def jakarta(make_station):
    station = make_station("jakarta", country="ID")
    peer, _ = link(station, make_station("kl", country="MY"))
    station.set_trust(peer.id, "verified")
    return station


def page_texts(wizard: QWizard) -> tuple[dict[str, list[str]], list[str]]:
    """(letter -> the visible texts using it, texts of questions and choices that have none)."""
    owners: dict[str, list[str]] = {}
    missing = []
    for widget in wizard.findChildren(QWidget):
        if widget.isWindow() or not widget.isVisibleTo(wizard):
            continue
        if isinstance(widget, QGroupBox):
            text, named = widget.title(), True
        elif isinstance(widget, QLabel):
            text, named = widget.text(), widget.buddy() is not None
        elif isinstance(widget, QAbstractButton):
            text, named = widget.text(), widget.isCheckable()
        else:
            continue
        if letter(text):
            owners.setdefault(letter(text), []).append(text)
        elif named and text:
            missing.append(text)
    return owners, missing


def test_every_question_and_choice_has_its_own_letter_on_each_page(qtbot, jakarta, lang):
    form = ReportForm(jakarta.books.current, jakarta.info, jakarta.peers())
    wizard = on_screen(qtbot, ReportWizard(form, lang))
    form.pick_code("rsit:malicious-code/infected-system")
    form.summary = "A summary"
    form.scope = "global"
    form.countries = ["MY"]
    seen = []
    for _ in wizard.pageIds():
        owners, missing = page_texts(wizard)
        title = wizard.currentPage().title()
        assert missing == [], title
        assert {k: v for k, v in owners.items() if len(v) > 1} == {}, title
        seen.append(wizard.currentPage())
        wizard.next()
    assert seen == [wizard.observe_page, wizard.details_page, wizard.handling_page, wizard.review_page]
    impact = [wizard.details_page.layout().labelForField(combo).text() for combo in wizard.details_page.impact.values()]
    questions = [jakarta.books.current.impact_question(key, lang) for key in wizard.details_page.impact]
    assert [text.replace("&", "") for text in impact] == questions and all(letter(text) for text in impact)
    scopes = [b.text() for b in wizard.handling_page.scopes.buttons()]
    assert len(scopes) == 3 and all(letter(text) for text in scopes)


def test_a_letter_goes_to_a_word_start_first_and_never_to_one_taken():
    taken = {"c", "w"}
    assert with_mnemonic("Could people work?", taken) == "Could &people work?" and "p" in taken
    assert with_mnemonic("Data & more", set()) == "&Data && more"
    assert with_mnemonic("abc", {"a", "b", "c"}) == "abc"
    assert with_mnemonic("ab", {"a"}) == "a&b"


def test_no_two_items_of_a_menu_share_a_letter(qtbot, open_session, jakarta, lang):
    from siaga.gui.main_window import MainWindow

    jakarta.close()
    window = on_screen(qtbot, MainWindow(open_session(jakarta.home, lang)))
    menus = [action.menu() for action in window.menuBar().actions() if action.menu() is not None]
    assert len(menus) >= 2
    for menu in menus:
        texts = [action.text() for action in menu.actions() if not action.isSeparator()]
        letters = [letter(text) for text in texts if letter(text)]
        assert len(letters) == len(set(letters)), (menu.title(), texts)
        assert len(letters) >= len(texts) - 1, texts  # at most one item without a letter

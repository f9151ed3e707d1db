"""Onboarding: the setup wizard says what a station is, and that contact cards go both ways before reports
flow; in English and Indonesian, on a real wizard creating a real station."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWizard
from test_setup_wizard import click, fill_station_page, open_wizard

from siaga.gui.i18n import install_language

from helpers import PASSPHRASE


@pytest.mark.parametrize("lang, station_words, both_ways_words", [
    ("en", "A station is your desk's Siaga on this computer", "Contact cards must go both ways before reports flow"),
    ("id", "Stasiun adalah Siaga milik meja Anda di komputer ini",
     "Kartu kontak harus dipertukarkan dua arah sebelum laporan dapat mengalir"),
])
def test_the_wizard_explains_a_station_and_cards_both_ways(qtbot, qapp, tmp_path, lang, station_words,
                                                          both_ways_words):
    install_language(qapp, lang)
    try:
        wizard = open_wizard(qtbot, tmp_path / "desk", lang)
        intro = wizard.station_page.intro
        assert intro.isVisible() and intro.text().startswith(station_words) and intro.wordWrap()
        fill_station_page(qtbot, wizard, country="Indonesia")
        page = wizard.passphrase_page
        QTest.keyClicks(page.passphrase, PASSPHRASE)
        QTest.keyClicks(page.repeat, PASSPHRASE)
        click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
        qtbot.waitUntil(lambda: wizard.currentPage() is wizard.fingerprint_page, timeout=20_000)
        both_ways = wizard.fingerprint_page.both_ways
        assert both_ways.isVisible() and both_ways.text().startswith(both_ways_words)
        hint = wizard.sizeHint()
        assert hint.width() <= 1280 and hint.height() <= 720
        finish = wizard.button(QWizard.WizardButton.FinishButton).text()
        assert finish == ("&Finish" if lang == "en" else "S&elesai")
    finally:
        install_language(qapp, "en")

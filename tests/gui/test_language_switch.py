"""Switching the language while the app runs: every text that has a translation shows it at once, and back.

A text is *stale* when, in Indonesian, it is still an English source string that
``siaga_id.ts`` or ``qt_id.ts`` translates (or, back in English, still such a translation).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QTabBar,
    QWidget,
    QWizard,
)

from siaga.base.resources import resource_path
from siaga.gui.app import App
from siaga.gui.i18n import install_language
from siaga.gui.report_wizard import ReportWizard
from siaga.gui.settings_dialog import SettingsDialog
from siaga.gui.setup_wizard import SetupWizard
from siaga.storage import preferences

from helpers import PASSPHRASE, link
from qt_helpers import click

WIZARD_BUTTONS = [QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton, QWizard.WizardButton.CommitButton,
                  QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton, QWizard.WizardButton.HelpButton]


def translations() -> dict[str, str]:
    """Every finished translation of the app's and Qt's own strings: English source -> Indonesian."""
    found = {}
    for name in ("siaga_id.ts", "qt_id.ts"):
        root = ET.parse(Path(resource_path("translations")) / name).getroot()
        for message in root.iter("message"):
            source, translation = message.findtext("source"), message.find("translation")
            if message.get("numerus") == "yes" or translation is None or translation.get("type"):
                continue
            if source and translation.text and translation.text != source:
                found.setdefault(source, translation.text)
    return found


TRANSLATIONS = translations()
ENGLISH = set(TRANSLATIONS)
INDONESIAN = set(TRANSLATIONS.values()) - ENGLISH


def texts(root: QWidget, *, hidden_buttons: bool = False) -> list[tuple[str, str]]:
    """(where, text) of every visible label, button, group box, tab, header section, placeholder, list entry and action."""
    found = [("window title", root.windowTitle())]
    for widget in [root, *root.findChildren(QWidget)]:
        shown = widget is root or widget.isVisibleTo(root)
        where = f"{type(widget).__name__} {widget.objectName()}".strip()
        if isinstance(widget, QAbstractButton) and (shown or hidden_buttons):
            found.append((where, widget.text()))
        if not shown:
            continue
        if isinstance(widget, QLabel):
            found.append((where, widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append((where, widget.title()))
        elif isinstance(widget, QTabBar):
            found += [(where, widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QHeaderView) and widget.model() is not None and widget.orientation() == Qt.Orientation.Horizontal:
            found += [(where, str(widget.model().headerData(i, Qt.Orientation.Horizontal) or ""))
                      for i in range(widget.model().columnCount())]
        elif isinstance(widget, QLineEdit):
            found.append((where + " placeholder", widget.placeholderText()))
        elif isinstance(widget, QListWidget):
            found += [(where, widget.item(i).text()) for i in range(widget.count())]
        for action in widget.actions():
            found.append((where + " action", action.text()))
            if action.menu() is not None:
                found += [(where + " menu", a.text()) for a in action.menu().actions()]
    return [(where, text) for where, text in found if text]


def stale(root: QWidget, lang: str, **kw) -> list[tuple[str, str]]:
    other = ENGLISH if lang == "id" else INDONESIAN
    return [(where, text) for where, text in texts(root, **kw) if text in other]


def in_language(root: QWidget, lang: str) -> int:
    """How many texts of ``root`` are in ``lang`` by the translation files (so a check that finds nothing stale
    has looked at something)."""
    own = set(TRANSLATIONS.values()) if lang == "id" else ENGLISH
    return sum(text in own for _, text in texts(root))


@pytest.fixture
def english(qapp):
    install_language(qapp, "en")
    yield
    install_language(qapp, "en")


def test_the_setup_wizard_speaks_the_language_chosen_on_its_first_page(qtbot, tmp_path, english):
    wizard = SetupWizard(tmp_path / "new", "en")
    qtbot.addWidget(wizard)
    wizard.languageChosen.connect(lambda lang: install_language(QApplication.instance(), lang))
    wizard.show()
    qtbot.waitExposed(wizard)
    page = wizard.station_page
    for lang in ("id", "en", "id"):
        page.language.setCurrentIndex(page.language.findData(lang))
        QApplication.processEvents()  # the language change reaches the widgets as a posted event
        assert stale(wizard, lang, hidden_buttons=True) == [], lang  # Finish and Help too, before they show
        assert in_language(wizard, lang) >= 8
        finish = QCoreApplication.translate("QWizard", "&Finish")
        assert wizard.button(QWizard.WizardButton.FinishButton).text() == finish
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "&Lanjut >"
    page.name.setText("Meja jaga")
    page.org.setText("BSSN")
    page.country.set_code("ID")
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    assert wizard.currentPage() is wizard.passphrase_page
    assert stale(wizard, "id", hidden_buttons=True) == []
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "&Buat stasiun"


@pytest.fixture
def desk(make_station, tmp_path):
    desk = make_station("desk", country="ID")
    peer, _ = link(desk, make_station("kl", country="MY"))
    desk.set_trust(peer.id, "verified")
    desk.close()
    preferences.save(desk.home, preferences.Preferences(language="en"))
    return desk.home


def unlocked(qtbot, home) -> App:
    app = App(home, start_sync=False)
    app.start()
    qtbot.waitUntil(lambda: app.dialog is not None and app.dialog.isVisible())
    QTest.keyClicks(app.dialog.passphrase, PASSPHRASE)
    QTest.keyClick(app.dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.window is not None and app.window.isVisible(), timeout=20_000)
    return app


def switch_in_settings(qtbot, app: App, lang: str) -> None:
    """Settings, the language, Save: as the officer does it."""
    old = app.window
    app.window.settings_action.trigger()
    qtbot.waitUntil(lambda: any(isinstance(w, SettingsDialog) and w.isVisible() for w in old.findChildren(QWidget)))
    dialog = next(w for w in old.findChildren(QWidget) if isinstance(w, SettingsDialog))
    dialog.language.setCurrentIndex(dialog.language.findData(lang))
    dialog.apply()
    qtbot.waitUntil(lambda: app.window is not None and app.window is not old and app.window.isVisible(),
                    timeout=20_000)


def open_report_form(qtbot, app: App, summary: str) -> ReportWizard:
    window = app.window
    window.new_report_action.trigger()
    qtbot.waitUntil(lambda: window._wizard is not None and window._wizard.isVisible(), timeout=10_000)
    wizard = window._wizard
    wizard.form.summary = summary
    return wizard


def test_every_text_follows_a_language_switch_in_settings_and_back(qtbot, desk, english):
    app = unlocked(qtbot, desk)
    try:
        assert stale(app.window, "en") == [] and in_language(app.window, "en") >= 20
        open_report_form(qtbot, app, "Defaced portal")
        app.window.help.open_glossary("tlp")
        for lang, sidebar_first in (("id", "Kotak masuk"), ("en", "Inbox")):
            switch_in_settings(qtbot, app, lang)
            window = app.window
            assert app.session.lang == lang
            assert stale(window, lang) == [], lang  # labels, buttons, menus, actions, headers, sidebar, header
            assert in_language(window, lang) >= 20
            assert window.places.sidebar.item(0).text() == sidebar_first
            menus = [action.text() for action in window.menuBar().actions()]
            assert menus and all(text in (ENGLISH if lang == "en" else set(TRANSLATIONS.values())) for text in menus)
            # the report being written comes back, in the new language, with what was typed
            qtbot.waitUntil(lambda: window._wizard is not None and window._wizard.isVisible(), timeout=10_000)
            wizard = window._wizard
            assert wizard.form.summary == "Defaced portal" and wizard.lang == lang
            assert stale(wizard, lang, hidden_buttons=True) == [] and in_language(wizard, lang) >= 5
            assert wizard.windowTitle() == (TRANSLATIONS["File a report"] if lang == "id" else "File a report")
            buttons = [wizard.button(which).text() for which in WIZARD_BUTTONS[:2]]
            assert buttons == (["< &Kembali", "&Lanjut >"] if lang == "id" else ["< &Back", "&Next >"])
            # so does the glossary, at its topic
            qtbot.waitUntil(lambda: window.help.dialog is not None and window.help.dialog.isVisible(), timeout=5_000)
            glossary = window.help.dialog
            assert glossary is not None and glossary.isVisible() and glossary.topic == "tlp"
            assert glossary.language.currentData() == lang and stale(glossary, lang) == []
            assert glossary.windowTitle() == (TRANSLATIONS["Glossary"] if lang == "id" else "Glossary")
    finally:
        app.shutdown()

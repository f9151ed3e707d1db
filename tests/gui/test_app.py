"""The application's life cycle: first run, the main window, locking (by hand and when idle), unlock."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWizard

from siaga.gui.app import App
from siaga.gui.main_window import MainWindow
from siaga.gui.setup_wizard import SetupWizard
from siaga.gui.unlock_dialog import UnlockDialog
from siaga.storage import preferences

from helpers import PASSPHRASE
from qt_helpers import click


def start(qtbot, home, **kwargs):
    app = App(home, start_sync=False, **kwargs)
    app.start()
    qtbot.waitUntil(lambda: app.dialog is not None and app.dialog.isVisible())
    return app


def unlock(qtbot, app, passphrase):
    dialog = app.dialog
    assert isinstance(dialog, UnlockDialog)
    QTest.keyClicks(dialog.passphrase, passphrase)
    QTest.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    return dialog


def test_first_run_opens_the_main_window_then_lock_and_unlock(qtbot, tmp_path):
    home = tmp_path / "desk"
    app = start(qtbot, home)
    try:
        wizard = app.dialog
        assert isinstance(wizard, SetupWizard)
        page = wizard.station_page
        QTest.keyClicks(page.name, "ID duty desk")
        QTest.keyClicks(page.org, "National CSIRT")
        QTest.keyClicks(page.country.lineEdit(), "Indonesia")
        click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
        QTest.keyClicks(wizard.passphrase_page.passphrase, PASSPHRASE)
        QTest.keyClicks(wizard.passphrase_page.repeat, PASSPHRASE)
        click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
        qtbot.waitUntil(lambda: wizard.currentPage() is wizard.fingerprint_page, timeout=20_000)
        click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
        qtbot.waitUntil(lambda: isinstance(app.window, MainWindow) and app.window.isVisible())
        assert "ID duty desk" in app.window.windowTitle()

        # locking closes the session and asks for the passphrase; a wrong one keeps it locked
        app.window.lock_action.trigger()
        assert app.session is None and app.window is None
        dialog = unlock(qtbot, app, "not the passphrase")
        qtbot.waitUntil(lambda: "Wrong passphrase" in dialog.error.text(), timeout=20_000)
        assert app.session is None and dialog.isVisible() and dialog.passphrase.text() == ""
        # the window built while the key was derived went with the failed attempt, and nothing else opened
        assert app._pending is None and app.window is None
        assert [w for w in QApplication.topLevelWidgets() if w.isVisible()] == [dialog]
        unlock(qtbot, app, PASSPHRASE)
        qtbot.waitUntil(lambda: app.window is not None and app.window.isVisible(), timeout=20_000)
        assert app.session is not None and not dialog.isVisible()
    finally:
        app.shutdown()


def create_station_in_the_wizard(qtbot, app):
    wizard = app.dialog
    assert isinstance(wizard, SetupWizard)
    page = wizard.station_page
    QTest.keyClicks(page.name, "ID duty desk")
    QTest.keyClicks(page.org, "National CSIRT")
    QTest.keyClicks(page.country.lineEdit(), "Indonesia")
    click(qtbot, wizard.button(QWizard.WizardButton.NextButton))
    QTest.keyClicks(wizard.passphrase_page.passphrase, PASSPHRASE)
    QTest.keyClicks(wizard.passphrase_page.repeat, PASSPHRASE)
    click(qtbot, wizard.button(QWizard.WizardButton.CommitButton))
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.fingerprint_page, timeout=20_000)
    return wizard


def test_cancel_on_the_last_page_of_setup_goes_on_to_the_station_made(qtbot, tmp_path, monkeypatch):
    quits = []
    monkeypatch.setattr(QApplication, "quit", lambda *a: quits.append(a))
    app = start(qtbot, tmp_path / "desk")
    try:
        wizard = create_station_in_the_wizard(qtbot, app)
        click(qtbot, wizard.button(QWizard.WizardButton.CancelButton))
        qtbot.waitUntil(lambda: isinstance(app.window, MainWindow) and app.window.isVisible())
        assert "ID duty desk" in app.window.windowTitle() and app.session is not None
        QTest.qWait(50)
        assert quits == []
    finally:
        app.shutdown()


def test_cancel_before_the_station_is_made_quits(qtbot, tmp_path, monkeypatch):
    quits = []
    monkeypatch.setattr(QApplication, "quit", lambda *a: quits.append(a))
    app = start(qtbot, tmp_path / "desk")
    try:
        click(qtbot, app.dialog.button(QWizard.WizardButton.CancelButton))
        qtbot.waitUntil(lambda: len(quits) == 1)
        assert app.window is None and app.session is None
    finally:
        app.shutdown()


def test_idle_time_locks_the_station(qtbot, make_station, tmp_path):
    make_station("desk").close()
    home = tmp_path / "desk"
    preferences.save(home, preferences.Preferences(language="en", idle_lock_minutes=1))
    app = start(qtbot, home)
    try:
        unlock(qtbot, app, PASSPHRASE)
        qtbot.waitUntil(lambda: app.window is not None and app.window.isVisible(), timeout=20_000)
        assert app._idle.isActive() and app._idle.interval() == 60_000
        # input is watched only a moment after the window appeared, not during its first paint
        assert not app._watching and app._watch_again.isActive()
        app._watch_again.setInterval(50)
        app._watch_again.start()
        qtbot.waitUntil(lambda: app._watching)
        # input restarts the countdown, then goes unwatched for a while
        app._idle.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse timer rounds what remains
        app._idle.start()
        qtbot.waitUntil(lambda: app._idle.remainingTime() < app._idle.interval() - 20)  # the countdown runs
        before = time.monotonic()
        QTest.keyClick(app.window, Qt.Key.Key_Shift)
        left = app._idle.remainingTime()
        took = int((time.monotonic() - before) * 1000) + 1
        assert left >= app._idle.interval() - took  # started again during the key press, however long it took
        assert not app._watching and app._watch_again.isActive()
        # the countdown's end locks the station
        app._idle.setInterval(200)
        app._idle.start()
        with qtbot.waitSignal(app.locked, timeout=5_000):
            pass
        assert app.session is None and isinstance(app.dialog, UnlockDialog) and app.dialog.isVisible()
        assert not app._watching and not app._watch_again.isActive()
    finally:
        app.shutdown()


def test_changing_the_language_rebuilds_the_window_in_indonesian(qtbot, make_station, tmp_path):
    make_station("desk").close()
    home = tmp_path / "desk"
    preferences.save(home, preferences.Preferences(language="en"))
    app = start(qtbot, home)
    try:
        unlock(qtbot, app, PASSPHRASE)
        qtbot.waitUntil(lambda: app.window is not None and app.window.isVisible(), timeout=20_000)
        tabs = app.window.tabs
        assert [tabs.tabText(i) for i in range(tabs.count())] == ["&Inbox", "&Outbox", "&Peers", "&Dashboard"]
        app.apply_preferences(preferences.Preferences(language="id"))
        tabs = app.window.tabs
        assert [tabs.tabText(i) for i in range(tabs.count())] != ["&Inbox", "&Outbox", "&Peers", "&Dashboard"]
        assert app.session.lang == "id"
        assert "Kotak masuk" in tabs.tabText(0).replace("&", "")
    finally:
        app.shutdown()
        from siaga.gui.i18n import install_language
        install_language(QApplication.instance(), "en")

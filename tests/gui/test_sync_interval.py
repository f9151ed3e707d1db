"""The sync interval chosen in Settings takes effect in the running sync worker, without a restart.

The app, its Settings dialog and its sync worker are the real ones; only the sync
engine's clock is moved forward by the test (instead of waiting out an interval),
so the pass that the new interval makes due is waited for as a condition.
"""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox

from siaga.delivery import sync
from siaga.gui.app import App
from siaga.gui.settings_dialog import SettingsDialog
from siaga.storage import preferences
from siaga.storage.preferences import MIN_SYNC_INTERVAL

from helpers import PASSPHRASE
from qt_helpers import click


def test_a_new_sync_interval_is_used_by_the_running_sync_worker(qtbot, make_station, tmp_path, monkeypatch):
    ahead = [0.0]  # seconds the sync engine's clock is moved forward
    passes = []  # the engine's clock at the end of each pass the worker ran

    class Engine(sync.Sync):
        def __init__(self, station, **options):
            super().__init__(station, clock=lambda: time.time() + ahead[0], **options)

        def run_once(self, **options):
            summary = super().run_once(**options)
            passes.append(self.clock())
            return summary

    monkeypatch.setattr(sync, "Sync", Engine)
    make_station("desk").close()
    home = tmp_path / "desk"
    preferences.save(home, preferences.Preferences(language="en", sync_interval=3600))
    app = App(home)  # syncing on
    app.start()
    try:
        qtbot.waitUntil(lambda: app.dialog is not None and app.dialog.isVisible())
        QTest.keyClicks(app.dialog.passphrase, PASSPHRASE)
        QTest.keyClick(app.dialog.passphrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: app.session is not None and app.session.sync is not None, timeout=20_000)
        worker = app.session.sync
        qtbot.waitUntil(lambda: len(passes) == 1, timeout=20_000)  # the pass at start

        app.window.settings_action.trigger()
        qtbot.waitUntil(lambda: app.window.findChild(SettingsDialog) is not None)
        dialog = app.window.findChild(SettingsDialog)
        assert dialog.sync_interval.value() == 3600
        dialog.sync_interval.setFocus()
        QTest.keyClick(dialog.sync_interval, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClicks(dialog.sync_interval, str(MIN_SYNC_INTERVAL))
        with qtbot.waitSignal(dialog.saved):
            click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
        assert app.prefs.sync_interval == MIN_SYNC_INTERVAL == worker.interval

        # more than the new interval passes (far less than the old one): the worker syncs again, within
        # a tick of its loop (2 s)
        ahead[0] = MIN_SYNC_INTERVAL + 1.0
        qtbot.waitUntil(lambda: len(passes) == 2, timeout=10_000)
        assert preferences.load(home).sync_interval == MIN_SYNC_INTERVAL
    finally:
        app.shutdown()

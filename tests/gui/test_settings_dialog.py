"""Settings: edited by keyboard and mouse, saved to preferences.json, the station's URL changed through the worker."""

import json

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from siaga.gui.settings_dialog import SettingsDialog
from siaga.storage import preferences
from siaga.storage.preferences import PREFERENCES_FILE, Preferences

from helpers import wait_for
from qt_helpers import on_screen


def retype(widget, text):
    widget.setFocus()
    QTest.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(widget, text)


def open_dialog(qtbot, home, prefs, session=None):
    return on_screen(qtbot, SettingsDialog(home, prefs, session))


def ok(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_settings_round_trip_to_preferences_json(qtbot, tmp_path):
    home = tmp_path / "desk"
    dialog = open_dialog(qtbot, home, Preferences(language="en"))
    assert [dialog.language.itemText(i) for i in range(2)] == ["English", "Bahasa Indonesia"]
    assert dialog.url is None  # no session: no station to change
    assert not dialog.host.isEnabled() and not dialog.port.isEnabled()

    dialog.language.setFocus()
    QTest.keyClick(dialog.language, Qt.Key.Key_Down)
    retype(dialog.idle_lock, "0")
    assert dialog.idle_lock.value() == 0 and dialog.idle_lock.specialValueText() == "Never"
    retype(dialog.sync_interval, "120")
    qtbot.mouseClick(dialog.receive, Qt.MouseButton.LeftButton, pos=dialog.receive.rect().center())
    assert dialog.host.isEnabled() and dialog.port.isEnabled()
    retype(dialog.host, "0.0.0.0")
    retype(dialog.port, "9443")
    with qtbot.waitSignal(dialog.saved) as saved:
        ok(qtbot, dialog)

    expected = Preferences(language="id", idle_lock_minutes=0, sync_interval=120, receive_enabled=True,
                           host="0.0.0.0", port=9443)
    assert saved.args == [expected] and dialog.preferences == expected
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert json.loads((home / PREFERENCES_FILE).read_text())["host"] == "0.0.0.0"
    assert preferences.load(home) == expected

    # opened again, the dialog shows what was saved
    again = open_dialog(qtbot, home, preferences.load(home))
    assert again.language.currentText() == "Bahasa Indonesia" and again.port.value() == 9443


def test_an_invalid_host_is_said_and_nothing_is_saved(qtbot, tmp_path):
    dialog = open_dialog(qtbot, tmp_path, Preferences(language="en", receive_enabled=True))
    retype(dialog.host, "two words")
    ok(qtbot, dialog)
    assert "host" in dialog.error.text() and dialog.isVisible()
    assert not (tmp_path / PREFERENCES_FILE).exists()


def test_station_url_for_the_card_changes_through_the_worker(qtbot, tmp_path, make_station, open_session):
    make_station("desk").close()
    session = open_session(tmp_path / "desk")
    dialog = open_dialog(qtbot, session.home, Preferences(language="en"), session)

    retype(dialog.url, "ftp://nope")
    ok(qtbot, dialog)
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=10_000)
    assert "not an http:// or https:// address" in dialog.error.text() and dialog.isVisible()

    retype(dialog.url, "https://siaga.csirt.example:8443")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        ok(qtbot, dialog)
    assert session.profile["url"] == "https://siaga.csirt.example:8443"
    assert wait_for(qtbot, session.db.run(lambda st: st.profile["url"])) == "https://siaga.csirt.example:8443"


def test_the_correlation_window_is_changed_through_the_worker(qtbot, tmp_path, make_station, open_session):
    make_station("desk").close()
    session = open_session(tmp_path / "desk")
    dialog = open_dialog(qtbot, session.home, Preferences(language="en"), session)
    qtbot.waitUntil(dialog.window_days.isEnabled, timeout=10_000)  # the station's setting, read
    assert dialog.window_days.value() == 7 and dialog.window_days.suffix() == " days"
    changes = []
    session.dataChanged.connect(changes.append)
    retype(dialog.window_days, "14")
    with qtbot.waitSignal(dialog.saved, timeout=10_000):
        ok(qtbot, dialog)
    assert wait_for(qtbot, session.db.run(lambda st: st.correlation.window_days)) == 14
    assert "inbox" in changes  # the inbox marks and the dashboard count again
    # opened again, the dialog reads the setting from the station
    again = open_dialog(qtbot, session.home, Preferences(language="en"), session)
    qtbot.waitUntil(again.window_days.isEnabled, timeout=10_000)
    assert again.window_days.value() == 14

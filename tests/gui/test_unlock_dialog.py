"""Unlocking: a wrong passphrase is said in the dialog and may be retried; the right one opens the station."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from siaga.gui.session import Session
from siaga.gui.unlock_dialog import UnlockDialog
from siaga.gui.worker import StationWorker
from siaga.station import Station

from helpers import PASSPHRASE, wait_for
from qt_helpers import on_screen


def open_dialog(qtbot, home, name="desk"):
    return on_screen(qtbot, UnlockDialog(home, name))


def test_wrong_then_right_passphrase(qtbot, make_station, tmp_path):
    station = make_station("desk")
    fingerprint = station.fingerprint
    station.close()
    home = tmp_path / "desk"
    dialog = open_dialog(qtbot, home)
    assert "desk" in dialog.intro.text()
    assert dialog.passphrase.echoMode() == dialog.passphrase.EchoMode.Password
    assert not dialog.unlock_button.isEnabled()

    QTest.keyClicks(dialog.passphrase, "not the passphrase")
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=10_000)
    assert dialog.error.text() == "Wrong passphrase. The station stays locked; try again."
    assert dialog.isVisible() and dialog.passphrase.text() == "" and dialog.passphrase.hasFocus()
    assert dialog.keys is None

    QTest.keyClicks(dialog.passphrase, PASSPHRASE)
    with qtbot.waitSignal(dialog.unlocked, timeout=10_000) as unlocked:
        QTest.keyClick(dialog.passphrase, Qt.Key.Key_Return)  # Enter unlocks
    keys, profile = unlocked.args
    assert dialog.result() == QDialog.DialogCode.Accepted and profile["name"] == "desk"

    # the app opens the session's worker with the unlocked keys (no second derivation)
    worker = StationWorker(lambda: Station(home, keys))
    session = Session(home, worker, keys, profile)
    try:
        assert wait_for(qtbot, session.db.run(lambda st: st.fingerprint)) == fingerprint
    finally:
        session.close()


def test_escape_quits(qtbot, make_station, tmp_path):
    make_station("desk").close()
    dialog = open_dialog(qtbot, tmp_path / "desk")
    QTest.keyClick(dialog.passphrase, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()

"""Enter unlocks, also after a wrong passphrase was given with Enter (the Unlock button keeps its default status)."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from siaga.gui.unlock_dialog import UnlockDialog

from helpers import PASSPHRASE
from qt_helpers import on_screen


def test_enter_unlocks_after_a_wrong_passphrase_given_with_enter(qtbot, make_station, tmp_path):
    make_station("desk").close()
    dialog = on_screen(qtbot, UnlockDialog(tmp_path / "desk"))
    with qtbot.waitActive(dialog):  # focus moves between its widgets as on a desktop
        dialog.activateWindow()
    assert dialog.unlock_button.isDefault()

    QTest.keyClicks(dialog.passphrase, "not the passphrase")
    QTest.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=10_000)
    assert dialog.error.text() == "Wrong passphrase. The station stays locked; try again."
    assert dialog.passphrase.hasFocus() and dialog.unlock_button.isDefault()

    QTest.keyClicks(dialog.passphrase, PASSPHRASE)
    with qtbot.waitSignal(dialog.unlocked, timeout=10_000):
        QTest.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.keys is not None

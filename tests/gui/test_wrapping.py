"""Labels that wrap even at a long word, and give the text as written when copied."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest

from siaga.gui.wrapping import BREAK, WrappingLabel, breakable, without_breaks

from qt_helpers import on_screen

HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"


def test_only_long_words_get_break_points_and_they_come_out_again():
    text = f"sha256 {HASH} (same as yours)"
    shown = breakable(text)
    assert shown.startswith("sha256 ") and shown.endswith(" (same as yours)")  # short words as they are
    assert shown.count(BREAK) == len(HASH) // 10
    assert without_breaks(shown) == text
    assert breakable("Team on site") == "Team on site"


def test_a_label_with_a_hash_fits_a_narrow_pane_and_copies_the_hash_whole(qtbot):
    label = on_screen(qtbot, WrappingLabel(f"Hash of the dropper: {HASH}\u202e"))
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    label.resize(200, 200)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.whole == f"Hash of the dropper: {HASH}\\u202e"  # a control made visible, no break points
    assert label.minimumSizeHint().width() < 200  # the hash wraps: it does not widen the label
    label.setSelection(0, len(label.text()))
    label.setFocus()
    QGuiApplication.clipboard().clear()
    QTest.keySequence(label, "Ctrl+C")
    assert QGuiApplication.clipboard().text() == label.whole


def test_a_short_heading_asks_for_one_line(qtbot):
    label = on_screen(qtbot, WrappingLabel("Permitted actions (PAP)"))
    hint = label.sizeHint()
    assert hint.height() == label.heightForWidth(10_000)
    assert hint.width() >= label.fontMetrics().horizontalAdvance("Permitted actions (PAP)")


def test_text_with_break_points_put_on_a_clipboard_is_given_back_as_written(qtbot):
    """What a mouse selection puts on X11's primary selection is cleaned the same way, where there is one."""
    from PySide6.QtGui import QClipboard

    label = on_screen(qtbot, WrappingLabel(f"Hash: {HASH}"))
    board = QGuiApplication.clipboard()
    modes = [QClipboard.Mode.Clipboard] + ([QClipboard.Mode.Selection] if board.supportsSelection() else [])
    for mode in modes:
        board.setText(label.text(), mode)  # as Qt copies a selection: with the break points shown
        assert BREAK in board.text(mode)
        label._clean_clipboard(mode)
        assert board.text(mode) == label.whole

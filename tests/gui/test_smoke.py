"""``siaga gui --smoke-test`` opens the real app headless, unlocks a throwaway station and closes."""

import os
import subprocess
import sys


def test_the_app_opens_unlocks_paints_and_quits(tmp_path):
    scratch = tmp_path / "tmp"
    scratch.mkdir()
    done = subprocess.run([sys.executable, "-m", "siaga", "gui", "--smoke-test"], capture_output=True, text=True,
                          timeout=120, stdin=subprocess.DEVNULL,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(scratch)))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["The desktop app opened, unlocked and painted its main window.",
                                        "It drew Thai, Khmer, Lao and Burmese text with no glyph missing."]
    assert list(scratch.iterdir()) == []  # the throwaway station is gone


def test_the_script_check_finds_a_missing_glyph(qtbot):
    """The smoke test's check of the scripts is real: a character no font has is named."""
    from siaga.gui.smoke import script_problems

    assert script_problems() == []
    problems = script_problems({"th": "การแจ้งเตือน \ue000"})
    assert problems == ["Thai: no glyph for U+E000"]

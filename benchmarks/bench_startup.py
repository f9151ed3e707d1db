"""Cold start: process start to the unlocked main window painted, against a bare PySide6 window.

Each run is a fresh Python process started the same way. The bare run imports
PySide6, shows an empty QMainWindow and stops at its first paint. The app run
starts the real app: the unlock dialog, the passphrase entered at once, then
the main window's first paint. The Argon2id key derivation (a deliberate cost,
about 0.4 s) is timed on its own and also shown subtracted.
Runs alternate, bare then app, and the medians are compared.

    .venv/bin/python benchmarks/bench_startup.py [--runs 7] [--platform offscreen]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PASSPHRASE = "benchmark passphrase"


def child_bare(t0: float) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(1200, 760)
    _report_first_paint(app, window, t0, {}, QEvent, QObject, QTimer)
    window.show()
    app.exec()


def child_app(t0: float, home: str) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from siaga.gui.app import App

    app = QApplication(sys.argv[:1])
    controller = App(Path(home))
    controller.start()  # the unlock dialog, as a user sees it
    dialog = controller.dialog
    dialog.passphrase.setText(PASSPHRASE)  # typed at once, Enter pressed
    controller.unlocked.connect(lambda: _report_first_paint(app, controller.window, t0, {}, QEvent, QObject, QTimer,
                                                            on_exit=controller.shutdown))
    QTimer.singleShot(0, dialog.unlock)
    app.exec()


def unlock_time(home: Path) -> float:
    """The Argon2id key derivation alone (median of 3), to show it apart."""
    from siaga import keystore
    times = []
    for _ in range(3):
        start = time.perf_counter()
        keystore.unlock(home, PASSPHRASE)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _report_first_paint(app, window, t0, extra, QEvent, QObject, QTimer, on_exit=None) -> None:  # noqa: N803
    class FirstPaint(QObject):
        def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint and not getattr(self, "seen", False):
                self.seen = True
                print(json.dumps({"painted": time.time() - t0, **extra}), flush=True)
                QTimer.singleShot(0, lambda: (on_exit() if on_exit else None, app.quit()))
            return False

    spy = FirstPaint(app)
    window.installEventFilter(spy)
    window._first_paint = spy


def run_child(kind: str, home: str, platform: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM=platform)
    t0 = time.time()
    out = subprocess.run([sys.executable, __file__, "--child", kind, "--t0", repr(t0), "--home", home],
                         capture_output=True, text=True, env=env, timeout=120, stdin=subprocess.DEVNULL)
    if out.returncode != 0:
        raise RuntimeError(out.stderr)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--platform", default="offscreen")
    parser.add_argument("--child", choices=["bare", "app"])
    parser.add_argument("--t0", type=float)
    parser.add_argument("--home")
    args = parser.parse_args()
    if args.child == "bare":
        return child_bare(args.t0)
    if args.child == "app":
        return child_app(args.t0, args.home)

    from siaga.station import Station
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "station"
        Station.create(home, PASSPHRASE, "Duty desk", "National CSIRT", "ID").close()  # full-cost key derivation
        run_child("app", str(home), args.platform)  # warm the file cache: every run after it is equal
        bare, app = [], []
        for _ in range(args.runs):
            bare.append(run_child("bare", str(home), args.platform)["painted"])
            app.append(run_child("app", str(home), args.platform)["painted"])
        u = unlock_time(home)
    b, a = statistics.median(bare), statistics.median(app)
    print(f"bare PySide6 window painted: {b * 1000:.0f} ms (median of {args.runs})")
    print(f"Siaga main window painted:   {a * 1000:.0f} ms, of which unlock (Argon2id) {u * 1000:.0f} ms")
    print(f"ratio: {a / b:.2f} with the key derivation, {(a - u) / b:.2f} without it (target: at most 1.5)")


if __name__ == "__main__":
    main()

"""Cold start: process start to the unlocked main window painted, against a bare PySide6 window.

Each run is a fresh Python process started the same way. The bare run imports
PySide6, shows an empty QMainWindow and stops at its first paint. The app run
starts the real app as `siaga` does from the desktop's menu (the command's module
and log first, then the app on the station in SIAGA_HOME): the unlock dialog, the
passphrase entered as soon as the dialog has painted, then the main window's first
paint. The Argon2id key derivation (a deliberate cost, the same for every guess at
a stolen station's passphrase) is timed inside each app run, as the keystore logs
it, and the ratio is shown with it and without it. A third kind of run, the bare
window behind the same unlock (the keystore's key derived, then the window shown),
gives the ratio between two windows that both unlock.

Runs alternate (bare, bare behind the unlock, app) and the medians are compared; the machine's
load average is printed at the start and the end (other work moves every figure).
Each kind keeps its compiled bytecode in a cache, written by a first run of each,
as on any machine where Python may write its caches.

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


def child_bare(t0: float, unlock_home: str | None = None) -> None:
    """An empty window; with ``unlock_home``, behind the same unlock (that keystore's key derived first)."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    if unlock_home:
        from siaga.storage import keystore
        keystore.unlock(Path(unlock_home), PASSPHRASE)
    window = QMainWindow()
    window.resize(1200, 760)
    _report_first_paint(app, window, t0, {}, QEvent, QObject, QTimer)
    window.show()
    app.exec()


def child_app(t0: float, home: str) -> None:
    import logging

    # as `siaga` starts from the desktop's menu: no arguments, the station in SIAGA_HOME (set by run_child)
    from siaga.base import logging_setup
    from siaga.cli.common import default_home
    from siaga.cli.main import no_core_dumps
    no_core_dumps()
    logging_setup.configure(verbose=False)

    derived: dict = {}

    class KeyDerived(logging.Handler):
        def emit(self, record):
            if record.msg.startswith("key derived"):
                derived["kdf"] = record.args[0] / 1000

    keystore_log = logging.getLogger("siaga.keystore")
    keystore_log.setLevel(logging.DEBUG)
    keystore_log.addHandler(KeyDerived())

    def started(controller) -> None:  # the unlock dialog is up, as a user sees it
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QApplication
        app = QApplication.instance()

        class DialogPainted(QObject):
            def eventFilter(self, watched, event):  # noqa: N802 - Qt's name
                if event.type() == QEvent.Type.Paint and "dialog" not in derived:
                    derived["dialog"] = time.time() - t0
                    watched.passphrase.setText(PASSPHRASE)  # typed at once, Enter pressed
                    QTimer.singleShot(0, watched.unlock)
                return False

        controller.dialog._painted = DialogPainted(controller.dialog)
        controller.dialog.installEventFilter(controller.dialog._painted)
        controller.unlocked.connect(lambda: _report_first_paint(app, controller.window, t0, derived, QEvent, QObject,
                                                                QTimer, on_exit=controller.shutdown))

    from siaga.gui.app import run  # what `siaga` with no command runs
    run(default_home(), on_start=started)


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


def run_child(kind: str, home: str, platform: str, pycache: str) -> dict:
    # as on a user's machine, compiled bytecode is cached and reused (a shell may have turned that off)
    env = dict(os.environ, QT_QPA_PLATFORM=platform, PYTHONPYCACHEPREFIX=pycache, SIAGA_HOME=home)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
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
    parser.add_argument("--child", choices=["bare", "bare-unlock", "app"])
    parser.add_argument("--t0", type=float)
    parser.add_argument("--home")
    args = parser.parse_args()
    if args.child == "bare":
        return child_bare(args.t0)
    if args.child == "bare-unlock":
        return child_bare(args.t0, unlock_home=args.home)
    if args.child == "app":
        return child_app(args.t0, args.home)

    from siaga.station import Station
    load_before = os.getloadavg()[0] if hasattr(os, "getloadavg") else None
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "station"
        Station.create(home, PASSPHRASE, "Duty desk", "National CSIRT", "ID").close()  # full-cost key derivation
        pycache = str(Path(tmp) / "pycache")
        for kind in ("bare", "bare-unlock", "app"):  # warm the file and bytecode caches: every later run is equal
            run_child(kind, str(home), args.platform, pycache)
        bare, bare_unlock, app, kdf, dialog = [], [], [], [], []
        for _ in range(args.runs):
            bare.append(run_child("bare", str(home), args.platform, pycache)["painted"])
            bare_unlock.append(run_child("bare-unlock", str(home), args.platform, pycache)["painted"])
            run = run_child("app", str(home), args.platform, pycache)
            app.append(run["painted"])
            kdf.append(run["kdf"])
            dialog.append(run["dialog"])
    b, a = statistics.median(bare), statistics.median(app)
    without = statistics.median(run_app - run_kdf for run_app, run_kdf in zip(app, kdf))
    print(f"bare PySide6 window painted: {b * 1000:.0f} ms (median of {args.runs})")
    print(f"Siaga unlock dialog painted: {statistics.median(dialog) * 1000:.0f} ms (the app's first window)")
    print(f"Siaga main window painted:   {a * 1000:.0f} ms, of which the Argon2id key derivation "
          f"{statistics.median(kdf) * 1000:.0f} ms; without it {without * 1000:.0f} ms")
    bu = statistics.median(bare_unlock)
    print(f"ratio: {a / b:.2f} with the key derivation, {without / b:.2f} without it (target: at most 1.5)")
    print(f"bare PySide6 window behind the same unlock painted: {bu * 1000:.0f} ms; ratio {a / bu:.2f}")
    if load_before is not None:  # other work on the machine moves every figure: compare runs taken alike
        print(f"load average (1 min): {load_before:.2f} at start, {os.getloadavg()[0]:.2f} at the end")


if __name__ == "__main__":
    main()

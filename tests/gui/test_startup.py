"""The app's cold start: what loads before the unlock dialog is up, in a fresh process as the app starts.

The figures are in benchmarks/bench_startup.py and docs/PERFORMANCE.md; this test keeps what
the first window needs small: the unlock dialog paints before the database stack, the station,
the main window's modules or PySide's Qt namespace (every enum of it built at once) are loaded.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

_UP_TO_THE_DIALOG = textwrap.dedent("""
    import json, sys
    from pathlib import Path
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication
    from siaga.base import logging_setup
    from siaga.gui.app import App

    logging_setup.configure()  # as the siaga command does first
    app = QApplication(sys.argv[:1])
    controller = App(Path(sys.argv[1]), start_sync=False)
    controller.start()
    seen = {}

    class Painted(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and not seen:
                import PySide6.QtCore
                seen["qt_namespace"] = "Qt" in PySide6.QtCore.__dict__
                seen["modules"] = sorted(sys.modules)
                seen["dialog"] = type(watched).__name__
                QTimer.singleShot(0, app.quit)
            return False

    spy = Painted()
    controller.dialog.installEventFilter(spy)
    QTimer.singleShot(20_000, app.quit)
    app.exec()
    print(json.dumps(seen))
""")

#: loaded later: while the key is derived (the station, the main window) or when first used
NOT_BEFORE_THE_DIALOG = ("sqlite3", "sqlite_utils", "babel", "requests", "siaga.station", "siaga.storage.store",
                         "siaga.protocol.codebook", "siaga.gui.main_window", "siaga.gui.inbox_view",
                         "siaga.gui.session", "siaga.interop", "siaga.delivery",
                         "logging.handlers", "html")  # the log file rotates without it; HTML is written later


def test_the_unlock_dialog_paints_before_the_heavy_modules_load(make_station):
    home = make_station("desk").home
    done = subprocess.run([sys.executable, "-c", _UP_TO_THE_DIALOG, str(home)], capture_output=True, text=True,
                          timeout=120, stdin=subprocess.DEVNULL, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["dialog"] == "UnlockDialog"
    loaded = [name for name in seen["modules"]
              if any(name == heavy or name.startswith(heavy + ".") for heavy in NOT_BEFORE_THE_DIALOG)]
    assert loaded == []
    assert seen["qt_namespace"] is False, "PySide's Qt namespace was named before the unlock dialog painted"


_IMPORTS_MEET = textwrap.dedent("""
    import sys, threading, time
    from pathlib import Path
    from siaga.gui import unlock_dialog  # as at start: the station's modules are not loaded yet

    home, passphrase = Path(sys.argv[1]), sys.argv[2]
    worker_started = threading.Event()

    def waits_on_an_import(thread):
        frame = sys._current_frames().get(thread.ident)
        while frame is not None:
            if frame.f_code.co_filename.startswith("<frozen importlib") and frame.f_code.co_name in (
                    "acquire", "_lock_unlock_module"):
                return True
            frame = frame.f_back
        return False

    class Pause:
        # the GUI thread, halfway through the station package (its __init__ imports the directory, then the
        # facade), goes on only once the worker waits on an import lock (its own import of the station)
        def find_spec(self, name, path=None, target=None):
            if name == "siaga.station.directory" and threading.current_thread().name == "gui":
                worker_started.wait(10)
                deadline = time.monotonic() + 20
                while not waits_on_an_import(threads[1]) and time.monotonic() < deadline:
                    time.sleep(0.01)
                time.sleep(0.05)
            return None

    sys.meta_path.insert(0, Pause())
    failures = []

    def gui():
        try:
            from siaga.station import facade  # noqa: F401 - as the app's "modules" step does
        except Exception as exc:
            failures.append(f"gui: {exc}")

    def worker():
        worker_started.set()
        try:
            unlock_dialog._open_station(home, passphrase).close()  # the key derived, then the station opened
        except Exception as exc:
            failures.append(f"worker: {exc}")

    threads = [threading.Thread(target=gui, name="gui"), threading.Thread(target=worker, name="worker")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    print(failures)
""")


def test_the_worker_opens_the_station_while_the_gui_thread_imports_it(make_station):
    """The worker's import of the station meets the GUI thread's halfway (a first start, no bytecode yet):
    both take the package first, so neither waits for the other's half (once an ImportError, "partially
    initialized module", and the unlock failed)."""
    station = make_station("desk")
    station.close()
    from helpers import PASSPHRASE
    done = subprocess.run([sys.executable, "-c", _IMPORTS_MEET, str(station.home), PASSPHRASE], capture_output=True,
                          text=True, timeout=120, stdin=subprocess.DEVNULL,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]", done.stdout

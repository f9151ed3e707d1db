"""The desktop app stays responsive while a 10,000-report sync runs.

A station with N reports queued for one peer opens the real main window
(offscreen) with its sync worker; the peer's endpoint runs as a `siaga serve`
process on loopback. Once the window has painted and loaded its first pages, the
sync starts and a 5 ms timer on the GUI thread records how late each of its
ticks fires; the largest delay is the longest stall of the event loop.
The outbox and inbox views refresh as they would for a user while it runs.

    .venv/bin/python benchmarks/bench_gui_sync.py [--count 10000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ["SIAGA_KDF"] = "min"  # unlock cost is not what this measures
os.environ.setdefault("SIAGA_PASSPHRASE", "benchmark passphrase")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from siaga.gui.main_window import MainWindow  # noqa: E402
from siaga.gui.session import Session  # noqa: E402
from siaga.gui.sync_worker import SyncWorker  # noqa: E402
from siaga.gui.worker import StationWorker  # noqa: E402
from siaga.station import Station  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent))
from bench_filing import DRAFT  # noqa: E402
from bench_sync import serve  # noqa: E402
from loop_delays import LoopDelays  # noqa: E402

PASSPHRASE = os.environ["SIAGA_PASSPHRASE"]
TICK_MS = 5


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        sender = Station.create(root / "sender", PASSPHRASE, "Sender", "CSIRT", "ID")
        receiver = Station.create(root / "receiver", PASSPHRASE, "Receiver", "CSIRT", "MY")
        proc, url = serve(receiver.home)
        try:
            peer = sender.add_peer(receiver.card_bytes(), url=url)
            receiver.add_peer(sender.card_bytes())
            receiver.close()
            start = time.perf_counter()
            for first in range(0, args.count, 5000):
                sender.file_reports([dict(DRAFT, to=[peer.id], summary=f"Report {i}")
                                     for i in range(first, min(args.count, first + 5000))])
            print(f"{args.count} reports queued in {time.perf_counter() - start:.1f} s")
            keys, profile, home = sender.keys, dict(sender.profile), sender.home
            sender.close()

            db = StationWorker(lambda: Station(home, keys))
            session = Session(home, db, keys, profile)
            session.sync = SyncWorker(lambda: Station(home, keys), interval=3600)
            window = MainWindow(session)
            window.show()
            loop = LoopDelays(TICK_MS)
            finished: list = []
            session.sync.passFinished.connect(finished.append)
            t0 = time.perf_counter()
            done_at: list[float] = []

            def check() -> None:
                if finished and not done_at:
                    done_at.append(time.perf_counter())
                    # keep timing while the views catch up with the refresh the pass triggered
                    QTimer.singleShot(3000, app.quit)
                elif time.perf_counter() - t0 > 600:
                    app.quit()

            watch = QTimer()
            watch.setInterval(100)
            watch.timeout.connect(check)
            def begin() -> None:
                # timing starts with the sync, once the window has painted and loaded its first pages
                nonlocal t0
                t0 = time.perf_counter()
                session.sync.start()
                loop.start()
                watch.start()

            QTimer.singleShot(1500, begin)
            app.exec()
            elapsed = (done_at[0] if done_at else time.perf_counter()) - t0
            loop.stop()
            delays = loop.delays
            summary = finished[0] if finished else None
            window.close()
            session.close()
            print(f"sync pass: {summary.delivered if summary else 0} of {args.count} delivered in {elapsed:.1f} s")
            print(f"event loop: {len(delays)} ticks, longest stall {max(delays):.0f} ms, "
                  f"99th percentile {statistics.quantiles(delays, n=100)[98]:.0f} ms, "
                  f"median {statistics.median(delays):.0f} ms (target: longest stall at most 50 ms)")
        finally:
            proc.terminate()
            proc.wait(timeout=10)


if __name__ == "__main__":
    main()

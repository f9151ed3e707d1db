"""The dashboard at a million messages: its figures per period, its first paint, switching period, memory.

Uses (or builds) the station of ``bench_inbox.py`` (N received messages over two
years), then:

* times ``Station.figures`` for the last 24 hours, 7 days, 30 days and a year (core only), the counts
  (what the dashboard paints first) and then their shared threats apart;
* opens the app's DashboardView offscreen on that station, through the station
  worker as the app does, and times its first paint from opening the station
  (target 1 s), then each switch of period until the new figures are painted
  (target 300 ms), and reports the resident memory (target 500 MB).

    .venv/bin/python benchmarks/bench_dashboard.py [--rows 1000000] [--db-dir DIR]
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

os.environ["SIAGA_KDF"] = "min"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_inbox  # noqa: E402
from bench_inbox import PASSPHRASE, rss_mb  # noqa: E402

from siaga.station import Station  # noqa: E402
from siaga.station.stats import Period  # noqa: E402


def measure_core(home: Path) -> None:
    with Station.open(home, PASSPHRASE) as station:
        now = int(time.time())
        offset = time.localtime(now).tm_gmtoff
        print(f"{'figures (core)':28} {'first':>9} {'median':>9}  received  open  countries  shared threats")
        periods = [(name, Period.last(name, now, offset)) for name in ("24h", "7d", "30d")]
        periods.append(("365 days (custom)", Period.between(now - 365 * 86400, now, offset)))
        for name, period in periods:
            times = []
            for _ in range(3):
                begin = time.perf_counter()
                figures = station.figures(period, threats=False)  # what the dashboard paints first
                times.append((time.perf_counter() - begin) * 1000)
            begin = time.perf_counter()
            whole = station.figures_with_threats(figures)  # then their shared threats
            threats = (time.perf_counter() - begin) * 1000
            print(f"{name:28} {times[0]:7.0f}ms {statistics.median(times):7.0f}ms  {figures.received:8,}"
                  f" {figures.open_incidents:5,}  {len(figures.by_country):9}  {threats:7.0f}ms"
                  f" ({len(whole.shared_threats):,})")


def measure_gui(home: Path) -> None:
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from siaga.gui.dashboard_view import DashboardView
    from siaga.gui.session import Session
    from siaga.gui.worker import StationWorker

    _app = QApplication.instance() or QApplication([])  # kept alive while the view lives
    begin = time.perf_counter()
    with Station.open(home, PASSPHRASE) as station:
        keys, profile = station.keys, dict(station.profile)
    worker = StationWorker(lambda: Station(home, keys))
    session = Session(home, worker, keys, profile, "en")
    view = DashboardView(session)
    view.resize(1280, 680)
    shown: list = []
    whole: list = []
    view.figuresShown.connect(shown.append)
    view.threatsShown.connect(whole.append)

    def painted(count: int) -> None:
        """Wait in Qt's event loop (idle, as the app's is) for the figures, then paint the charts and the map."""
        if len(shown) < count:
            loop = QEventLoop()
            view.figuresShown.connect(loop.quit)
            loop.exec()
            view.figuresShown.disconnect(loop.quit)
        view.content.grab()

    def threats_listed(count: int) -> None:
        """Wait for the period's shared threats, drawn after the counts (before the officer switches again)."""
        if len(whole) < count:
            loop = QEventLoop()
            view.threatsShown.connect(loop.quit)
            loop.exec()
            view.threatsShown.disconnect(loop.quit)

    view.show()
    painted(1)
    print(f"\nGUI: dashboard first paint {(time.perf_counter() - begin) * 1000:.0f} ms from opening the station"
          f" (7 days, {shown[-1].received:,} reports received; target 1,000 ms)")
    threats_listed(1)
    print(f"GUI: its shared threats listed {(time.perf_counter() - begin) * 1000:.0f} ms from opening the station"
          f" ({len(whole[-1].shared_threats):,} threats)")
    for key in ("30d", "24h", "7d", "30d", "custom"):
        start = time.perf_counter()
        if key == "custom":
            view.since.setDate(view.until.date().addDays(-365))
            view.set_period("custom")
        else:
            view.set_period(key)
        painted(len(shown) + 1)
        label = "custom (365 days)" if key == "custom" else key
        print(f"GUI: switch to {label:18} painted in {(time.perf_counter() - start) * 1000:5.0f} ms"
              f" ({shown[-1].received:,} received; target 300 ms)")
        threats_listed(len(whole) + 1)
        print(f"GUI:   its shared threats listed {(time.perf_counter() - start) * 1000:5.0f} ms after the switch"
              f" ({len(whole[-1].shared_threats):,} threats)")
    print(f"GUI: resident memory (max RSS): {rss_mb():.0f} MB (target 500 MB)")
    view.close()
    session.close()


def main() -> int:
    return bench_inbox.on_million_station(measure_gui, measure_core)  # the GUI first: its memory figure is the app's alone


if __name__ == "__main__":
    sys.exit(main())

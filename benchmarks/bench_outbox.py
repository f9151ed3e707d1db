"""The outbox view stays responsive with 10,000 reports queued for 2 peers.

The core figure is one page of the outbox (``Station.outbox_page``, 200 rows with
their deliveries and acknowledgements). The desktop figures come from the real
OutboxView (offscreen) on the station's worker: a 5 ms timer on the GUI thread
records how late each tick fires while the view shows its first page, scrolls
to the end (every page loaded) and refreshes four times after deliveries changed,
as after sync passes. The largest delay is the longest stall of the event loop.

    .venv/bin/python benchmarks/bench_outbox.py [--count 10000]
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ["SIAGA_KDF"] = "min"  # unlock cost is not what this measures
os.environ.setdefault("SIAGA_PASSPHRASE", "benchmark passphrase")
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from siaga.gui.outbox_view import OutboxView  # noqa: E402
from siaga.gui.session import Session  # noqa: E402
from siaga.gui.worker import StationWorker  # noqa: E402
from siaga.station import Station  # noqa: E402
from siaga.storage.store import DELIVERED  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent))
from bench_filing import DRAFT  # noqa: E402
from loop_delays import LoopDelays  # noqa: E402

PASSPHRASE = os.environ["SIAGA_PASSPHRASE"]
TICK_MS = 5


class FullCollections:
    """How long Python's full garbage collections take (they hold every thread, the GUI's too)."""

    def __init__(self) -> None:
        self.times: list[float] = []
        self._start = 0.0
        gc.callbacks.append(self._seen)

    def _seen(self, phase: str, info: dict) -> None:
        if info["generation"] == 2:
            if phase == "start":
                self._start = time.perf_counter()
            else:
                self.times.append((time.perf_counter() - self._start) * 1000)


def wait(app: QApplication, done, timeout: float = 120.0) -> float:
    """Run the event loop until ``done()``; return the seconds it took."""
    start = time.perf_counter()
    while not done():
        app.processEvents()
        if time.perf_counter() - start > timeout:
            raise TimeoutError("the outbox view did not finish in time")
        time.sleep(0.001)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        sender = Station.create(root / "sender", PASSPHRASE, "Sender", "CSIRT", "ID")
        peers = []
        for name, country in (("Kuala Lumpur", "MY"), ("Manila", "PH")):
            with Station.create(root / name, PASSPHRASE, name, "CSIRT", country) as other:
                peers.append(sender.add_peer(other.card_bytes()).id)
        start = time.perf_counter()
        for first in range(0, args.count, 5000):
            sender.file_reports([dict(DRAFT, to=peers, summary=f"Report {i}")
                                 for i in range(first, min(args.count, first + 5000))])
        print(f"{args.count} reports queued for 2 peers in {time.perf_counter() - start:.1f} s")
        pages = []
        for _ in range(5):
            start = time.perf_counter()
            rows, cursor = sender.outbox_page()
            pages.append((time.perf_counter() - start) * 1000)
        print(f"core: first page ({len(rows)} reports, {sum(len(r['deliveries']) for r in rows)} deliveries): "
              f"{pages[0]:.1f} ms cold, median {statistics.median(pages[1:]):.1f} ms warm")
        every, _ = sender.outbox_page(limit=args.count)
        records = {r["id"]: r for r in every}
        deliveries = sender.store.deliveries_of(list(records))
        sender.ack_clocks.forget()  # the first time, as after opening the station
        clock_times = []
        for _ in range(6):
            start = time.perf_counter()
            sender.ack_clocks.attach(deliveries, records)
            clock_times.append((time.perf_counter() - start) * 1000)
        print(f"core: acknowledgement clocks of all {len(records)} reports: {clock_times[0]:.0f} ms the first time,"
              f" median {statistics.median(clock_times[1:]):.0f} ms after (deadlines remembered)")
        del every, records, deliveries  # not kept alive for the garbage collector during the desktop figures
        start = time.perf_counter()
        sender.outbox()
        print(f"core: the whole outbox at once (Station.outbox, for comparison): "
              f"{(time.perf_counter() - start) * 1000:.0f} ms")
        keys, profile, home = sender.keys, dict(sender.profile), sender.home
        sender.close()

        db = StationWorker(lambda: Station(home, keys))
        session = Session(home, db, keys, profile)
        loop = LoopDelays(TICK_MS)
        delays = loop.delays
        collections = FullCollections()
        start = time.perf_counter()
        view = OutboxView(session)
        view.resize(1000, 700)
        view.show()
        made = time.perf_counter() - start
        loop.start()
        model = view.model
        shown = wait(app, lambda: model.rowCount() > 0 and not model.loading) + made
        first_stall = max(delays)
        print(f"desktop: view made and shown in {made * 1000:.0f} ms; first page shown {shown * 1000:.0f} ms "
              f"after the view was made")
        phase = list(delays)
        start = time.perf_counter()
        scrolled = 0
        while model.canFetchMore() or model.loading:
            view.table.scrollToBottom()  # the view asks for the next page as a user scrolling down would
            wait(app, lambda: not model.loading and (model.rowCount() > scrolled or not model.canFetchMore()))
            scrolled = model.rowCount()
        scrolling = time.perf_counter() - start
        load_stall = max(delays[len(phase):] or [0])
        phase = list(delays)
        print(f"desktop: scrolled to the end, {len(model.messages())} reports loaded in {scrolling:.1f} s")
        refreshes = []
        for n in range(4):
            def deliver(st, n=n) -> None:  # a sync pass delivered 100 more reports to the first peer
                ids = [r["id"] for r in st.outbox_page(None, 100 * (n + 1))[0][-100:]]
                st.store.set_deliveries(peers[0], [(i, DELIVERED, 1, 0, {"delivered_at": int(time.time())})
                                                   for i in ids])
            op = db.run(deliver)
            wait(app, lambda: op.done)
            start = time.perf_counter()
            session.changed("outbox")
            wait(app, lambda: model.loading)
            wait(app, lambda: not model.loading)
            refreshes.append(time.perf_counter() - start)
        delivered = sum(1 for words in view.delivery_texts() if words.startswith("Delivered"))
        loop.stop()
        print(f"desktop: refresh with {len(model.messages())} reports loaded (worker read + GUI update): "
              f"median {statistics.median(refreshes) * 1000:.0f} ms; {delivered} deliveries shown delivered")
        print(f"event loop: {len(delays)} ticks; longest stall {first_stall:.0f} ms up to the first page, "
              f"{load_stall:.0f} ms while loading every page, {max(delays[len(phase):]):.0f} ms in the refreshes; "
              f"99th percentile {statistics.quantiles(delays, n=100)[98]:.0f} ms, "
              f"median {statistics.median(delays):.0f} ms")
        print(f"Python full garbage collections meanwhile: {len(collections.times)}, the longest "
              f"{max(collections.times, default=0):.0f} ms ({len(gc.get_objects())} objects tracked)")
        view.close()
        session.close()


if __name__ == "__main__":
    main()

"""Read marks and bulk acknowledgement: what marking a report read and acknowledging many at once cost.

A station receives N reports from a peer (filed in bulk, carried on a bundle), then
marks each read (one sealed update each, as opening a report in the app does), and
acknowledges them all in one call (``Station.acknowledge_all``: every report checked,
then one signed, encrypted acknowledgement each, queued in one transaction).

    .venv/bin/python benchmarks/bench_inbox_marks.py [--count 1000]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("SIAGA_KDF", "min")  # unlock cost is measured in bench_unlock.py

from siaga.delivery.bundle import export_bundle, import_bundle  # noqa: E402
from siaga.station import Station  # noqa: E402
from siaga.storage.inbox_query import InboxQuery  # noqa: E402

DRAFT = {"type": "early-warning", "code": "rsit:malicious-code/infected-system", "severity": 3,
         "tlp": "TLP:AMBER", "scope": "bilateral", "countries": ["MY"],
         "observed_at": "2026-11-24T01:30:00+07:00", "summary": "Ransomware on provincial government file servers",
         "narrative": "Files on three servers were renamed.", "indicators": []}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        jkt = Station.create(Path(tmp) / "jkt", "benchmark passphrase", "jakarta", "BSSN", "ID")
        kl = Station.create(Path(tmp) / "kl", "benchmark passphrase", "kl", "NACSA", "MY")
        kl_at_jkt = jkt.add_peer(kl.card_bytes())
        kl.add_peer(jkt.card_bytes())
        jkt.file_reports([dict(DRAFT, summary=f"Report number {n}") for n in range(args.count)])
        assert import_bundle(kl, export_bundle(jkt, kl_at_jkt.id)[0]).new == args.count
        ids = kl.store.inbox_ids()

        start = time.perf_counter()
        rows, _ = kl.inbox_page(InboxQuery(), None, 200)
        first_page = time.perf_counter() - start
        assert all(row["unread"] for row in rows)

        marks = []
        for msg_id in ids:
            start = time.perf_counter()
            kl.mark_read(msg_id)
            marks.append(time.perf_counter() - start)

        start = time.perf_counter()
        done = kl.acknowledge_all(ids, "investigating", "Team on site")
        bulk = time.perf_counter() - start
        assert len(done) == args.count
        jkt.close()
        kl.close()
    marks.sort()
    print(f"reports received:                 {args.count}")
    print(f"first inbox page (200 rows):      {first_page * 1000:.1f} ms")
    print(f"mark one report read, median:     {statistics.median(marks) * 1000:.2f} ms"
          f" (95th percentile {marks[int(len(marks) * 0.95)] * 1000:.2f} ms)")
    print(f"acknowledge all {args.count} at once:     {bulk:.2f} s ({bulk / args.count * 1000:.2f} ms per report)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

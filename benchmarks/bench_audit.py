"""The audit log: cost of one entry, speed of verification, size on disk.

Appends N typical ``create`` entries to a fresh station's log (each in the open
transaction of a batch, as filing does, so the disk's commit is not counted),
then verifies the whole log and prints the figures.

    .venv/bin/python benchmarks/bench_audit.py [--count 10000]
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

from siaga.station import Station  # noqa: E402
from siaga.storage import audit  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10_000)
    args = parser.parse_args()
    entry = audit.event("create", msg="5e" * 32, peers=["n6dnh3a4", "qk3v2xwa", "b7f2mz4c"], type="early-warning")
    with tempfile.TemporaryDirectory() as tmp:
        station = Station.create(Path(tmp) / "station", "benchmark passphrase", "Station", "CSIRT", "ID")
        times = []
        for _ in range(0, args.count, 1000):
            with station.store.transaction():
                for _ in range(1000):
                    start = time.perf_counter()
                    station.store.audit.append([entry])
                    times.append(time.perf_counter() - start)
        start = time.perf_counter()
        verdict = station.verify_audit()
        verify = time.perf_counter() - start
        assert verdict.intact, verdict.problem
        size = station.store.db.execute("SELECT SUM(LENGTH(body) + LENGTH(hash) + LENGTH(sig)) FROM audit").fetchone()[0]
        station.close()
    times.sort()
    print(f"entries appended:          {len(times)}")
    print(f"median per entry:          {statistics.median(times) * 1000:.3f} ms")
    print(f"95th percentile:           {times[int(len(times) * 0.95)] * 1000:.3f} ms")
    print(f"verify the whole log:      {verify:.2f} s ({verify / verdict.entries * 1000:.3f} ms per entry)")
    print(f"stored bytes per entry:    {size / verdict.entries:.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

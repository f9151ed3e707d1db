"""Unlock cost: passphrase to usable keys, at the default (production) Argon2id cost.

    .venv/bin/python benchmarks/bench_unlock.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.pop("SIAGA_KDF", None)  # the real cost, never the test profile

from siaga.station import Station  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp) / "station"
        Station.create(home, "benchmark passphrase", "Bench", "CSIRT", "ID").close()
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            station = Station.open(home, "benchmark passphrase")
            times.append(time.perf_counter() - start)
            station.close()
    print(f"unlock runs:   {args.runs}")
    print(f"median unlock: {statistics.median(times):.3f} s (min {min(times):.3f}, max {max(times):.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())

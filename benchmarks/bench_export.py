"""Exporting reports to STIX 2.1 (and MISP): 10,000 reports from the outbox to one file.

    .venv/bin/python benchmarks/bench_export.py [--count 10000]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ["SIAGA_KDF"] = "min"

from siaga.base.fileio import atomic_write  # noqa: E402
from siaga.interop import exports  # noqa: E402
from siaga.station import Station  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent))
from bench_filing import DRAFT  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        station = Station.create(root / "sender", "benchmark passphrase", "Sender", "CSIRT", "ID")
        other = Station.create(root / "peer", "benchmark passphrase", "Peer", "CSIRT", "MY")
        peer = station.add_peer(other.card_bytes())
        for start in range(0, args.count, 1000):
            station.file_reports([dict(DRAFT, to=[peer.id], summary=f"Report {i}")
                                  for i in range(start, min(args.count, start + 1000))])
        for fmt in ("stix", "misp"):
            begin = time.perf_counter()
            items = exports.collect(station, None)
            document = exports.stix_bundle(station, items) if fmt == "stix" else exports.misp_events(items)
            data = json.dumps(document, indent=1, ensure_ascii=False).encode()
            atomic_write(root / f"export.{fmt}.json", data)
            elapsed = time.perf_counter() - begin
            print(f"{fmt:5} export of {len(items)} reports: {elapsed:.2f} s ({len(data) / 1e6:.1f} MB written)")
        station.close()
        other.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

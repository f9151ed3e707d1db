"""Filing speed and database growth.

Files N typical reports (validate, encode, sign, encrypt for 3 recipients,
commit one transaction each) into a fresh station and prints the median and
95th percentile per report and the database growth per report.

    .venv/bin/python benchmarks/bench_filing.py [--count 10000]
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

DRAFT = {
    "type": "early-warning",
    "code": "rsit:malicious-code/infected-system",
    "severity": 3,
    "tlp": "TLP:AMBER",
    "scope": "regional",
    "countries": ["ASEAN"],
    "observed_at": "2026-11-24T01:30:00+07:00",
    "summary": "Ransomware on provincial government file servers",
    "narrative": (
        "Files on three servers of the provincial finance office were renamed with a .lock extension and a "
        "ransom note appeared on the desktops at 01:10 local time. The servers contact an address abroad "
        "every five minutes. Backups from last week are intact; the network segment has been isolated. "
        "We ask partners to check for the indicators below."
    ),
    "indicators": [
        {"type": "ipv4-addr", "value": "203.0.113.7"},
        {"type": "domain-name", "value": "update-check.example"},
        {"type": "url", "value": "https://update-check.example/payload.bin"},
        {"type": "sha256", "value": "9f2c7e4b1a0d3c5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6"},
    ],
    "observations": ["ransom-note"],
}


def db_size(home: Path) -> int:
    return sum(p.stat().st_size for p in home.iterdir() if p.name.startswith("siaga.db"))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        station = Station.create(root / "sender", "benchmark passphrase", "Sender", "CSIRT", "ID")
        for name, cc in (("kl", "MY"), ("manila", "PH"), ("bangkok", "TH")):
            other = Station.create(root / name, "benchmark passphrase", name, "CSIRT", cc)
            station.add_peer(other.card_bytes())
            other.close()
        station.store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        before = db_size(station.home)
        times = []
        for i in range(args.count):
            draft = dict(DRAFT, summary=f"{DRAFT['summary']} #{i}")
            start = time.perf_counter()
            station.file_report(draft)
            times.append(time.perf_counter() - start)
        station.store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        growth = (db_size(station.home) - before) / args.count
        station.close()
    times.sort()
    print(f"reports filed:             {args.count} (3 recipients each)")
    print(f"median per report:         {statistics.median(times) * 1000:.2f} ms")
    print(f"95th percentile:           {times[int(len(times) * 0.95)] * 1000:.2f} ms")
    print(f"database growth per report: {growth / 1024:.2f} KB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

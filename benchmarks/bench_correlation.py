"""Correlation at a million messages: a new report checked against everything held, and shared threats.

Uses the station ``bench_inbox.py`` builds (1,000,000 received messages over two
years, reports with 0 to 4 indicators of which a third recur from a shared pool,
each indexed by ``Store.add_to_inbox`` as receiving does), built once and reused
from ``--db-dir``. Times:

- ``station.correlation.matches(content)`` for new reports not yet filed, half with
  an indicator from the shared pool (they match), half with fresh ones (target 5 ms);
- ``station.correlation.shared_threats(since=30 days ago)`` (target 1 s);
- an inbox page of 200 with its "seen by N countries" counts;
- resident memory.

    .venv/bin/python benchmarks/bench_correlation.py [--rows 1000000] [--db-dir DIR]
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import bench_inbox  # noqa: E402
from bench_inbox import PASSPHRASE, SHARED_POOL, indicator_value, rss_mb  # noqa: E402

from siaga.protocol.message import format_time, utc_now  # noqa: E402
from siaga.station import Station  # noqa: E402
from siaga.storage.inbox_query import InboxQuery  # noqa: E402


def drafts(count: int, seed: int = 7) -> list[dict]:
    rng = random.Random(seed)
    now = utc_now()
    out = []
    for i in range(count):
        kind = rng.choice(("domain-name", "ipv4-addr", "url", "sha256"))
        n = int(SHARED_POOL * rng.random() ** 3) if i % 2 == 0 else rng.getrandbits(40)
        out.append({"type": "early-warning", "code": "rsit:fraud/phishing", "station": {"country": "ID"},
                    "observed_at": format_time(now), "reported_at": format_time(now),
                    "indicators": [{"type": kind, "value": indicator_value(kind, n)},
                                   {"type": "ipv4-addr", "value": indicator_value("ipv4-addr", rng.getrandbits(40))}],
                    "sectors": [rng.choice(bench_inbox.SECTORS)]})
    return out


def measure(home: Path) -> None:
    begin = time.perf_counter()
    station = Station.open(home, PASSPHRASE)
    print(f"open station: {(time.perf_counter() - begin) * 1000:.0f} ms;"
          f" {station.correlation.indexed_count():,} reports indexed")
    times, matched = [], 0
    for content in drafts(1000):
        start = time.perf_counter()
        found = station.correlation.matches(content)
        times.append((time.perf_counter() - start) * 1000)
        matched += bool(found)
    times.sort()
    print(f"a new report checked against everything held (1,000 reports, {matched} matched):"
          f" median {statistics.median(times):.2f} ms, 95th percentile {times[949]:.2f} ms,"
          f" slowest {times[-1]:.2f} ms (target 5 ms)")
    since = int(time.time()) - 30 * 86400
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        threats = station.correlation.shared_threats(since=since)
        runs.append(time.perf_counter() - start)
    reports = sum(len(t.reports) for t in threats)
    print(f"shared threats of the last 30 days: {len(threats):,} threats ({reports:,} report links);"
          f" first {runs[0]:.2f} s, median {statistics.median(runs):.2f} s (target 1 s)")
    pages = []
    for _ in range(5):
        start = time.perf_counter()
        rows, _ = station.inbox_page(InboxQuery())
        pages.append((time.perf_counter() - start) * 1000)
    seen = sum(1 for r in rows if r.get("seen_countries"))
    print(f"inbox page of {len(rows)} with 'seen by N countries' ({seen} rows marked):"
          f" median {statistics.median(pages):.1f} ms (the inbox's target is 150 ms)")
    print(f"resident memory (max RSS): {rss_mb():.0f} MB (target 500 MB)")
    station.close()


def main() -> int:
    return bench_inbox.on_million_station(measure)


if __name__ == "__main__":
    sys.exit(main())

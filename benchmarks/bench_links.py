"""Delivery over field links: GPRS, satellite and a bad link that is cut every 20 KB.

For each profile, through the link-shaping proxy of ``tests/linkproxy.py`` (loopback,
throttled to the profile's rate and round trip), to a receiving station running as a
`siaga serve` process:

1. urgent report: from filing to its verified receipt, with nothing else waiting;
2. backlog: time and bytes on the wire (both ways, HTTP framing included) to clear N reports;
3. on the bad link, the same backlog without cuts, and the bytes sent again because of cuts.

Goals: on the bad link an urgent receipt within 5 s; the cut backlog at most 1.3 times the
bytes of the uncut one.

    .venv/bin/python benchmarks/bench_links.py [--reports 200] [--urgent 3] [--profiles GPRS,Satellite,Bad]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

os.environ["SIAGA_KDF"] = "min"  # unlock cost is not what this measures

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(Path(__file__).parent))

from bench_filing import DRAFT  # noqa: E402

from linkproxy import PROFILES, measure  # noqa: E402
from siaga.station import Station  # noqa: E402

from helpers import PASSPHRASE, link  # noqa: E402


def pair(folder: Path, name: str):
    sender = Station.create(folder / f"{name}-post", PASSPHRASE, "Border post", "National CSIRT", "ID")
    receiver = Station.create(folder / f"{name}-desk", PASSPHRASE, "Duty desk", "National CSIRT", "MY")
    peer, _ = link(sender, receiver)
    home = receiver.home
    receiver.close()
    return sender, home, peer


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--reports", type=int, default=200)
    parser.add_argument("--urgent", type=int, default=3, help="urgent reports timed per profile")
    parser.add_argument("--profiles", default=",".join(p.name for p in PROFILES))
    args = parser.parse_args()
    wanted = {name.strip().lower() for name in args.profiles.split(",")}
    draft = dict(DRAFT, scope="bilateral", countries=["MY"])
    print(f"{args.reports} reports per backlog; urgent: median of {args.urgent}")
    with tempfile.TemporaryDirectory() as tmp:
        for profile in PROFILES:
            if profile.name.lower() not in wanted:
                continue
            sender, home, peer = pair(Path(tmp), profile.name.lower())
            try:
                uncut = None
                if profile.cut_every:
                    uncut = measure(sender, home, peer, profile, reports=args.reports, draft=draft,
                                    urgent_runs=args.urgent, cut=False, limit_s=3600)
                got = measure(sender, home, peer, profile, reports=args.reports, draft=draft,
                              urgent_runs=args.urgent, limit_s=3600)
            finally:
                sender.close()
            print(f"\n{profile.name}: {profile.kbit_s} kbit/s, {profile.rtt_ms:.0f} ms round trip"
                  + (f", cut every {profile.cut_every // 1024} KB" if profile.cut_every else ""))
            print(f"  urgent report to verified receipt: median {statistics.median(got.urgent_s):.2f} s"
                  f" (runs: {', '.join(f'{t:.2f}' for t in got.urgent_s)})")
            print(f"  backlog of {got.backlog}: {got.backlog_s:.1f} s, {got.backlog_bytes / 1024:.1f} KiB on the wire,"
                  f" {got.cuts} cuts")
            if uncut is not None:
                resent = max(0, got.backlog_bytes - uncut.backlog_bytes)
                print(f"  same backlog uncut: {uncut.backlog_s:.1f} s, {uncut.backlog_bytes / 1024:.1f} KiB;"
                      f" urgent median {statistics.median(uncut.urgent_s):.2f} s")
                print(f"  sent again because of cuts: {resent / 1024:.1f} KiB;"
                      f" ratio {got.backlog_bytes / uncut.backlog_bytes:.2f} (goal at most 1.3)")


if __name__ == "__main__":
    main()

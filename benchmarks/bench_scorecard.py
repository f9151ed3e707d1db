"""How long the partner scorecard takes over a busy station's records.

A station exchanges reports with two peers: it queued ``--count`` reports to both,
each peer acknowledged every one, each peer sent it ``--count // 2`` reports, and
it sent each peer 50 communication checks, half of them answered. The figure is
``Station.scorecards()`` (every peer, all time), the call behind ``siaga partners``
and the Peers view's columns, median of 5 runs.

    .venv/bin/python benchmarks/bench_scorecard.py [--count 2000]
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

from siaga.delivery.receiving import accept  # noqa: E402
from siaga.station import Station  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent))
from bench_filing import DRAFT  # noqa: E402

PASSPHRASE = "benchmark passphrase"


def carry(sender: Station, receiver: Station, msg_ids: list[str]) -> None:
    deliverer = receiver.peer_by_key(sender.keys.sign_pk)
    envelopes = sender.store.envelopes(msg_ids)
    for start in range(0, len(msg_ids), 500):
        accept(receiver, [envelopes[m] for m in msg_ids[start:start + 500]], deliverer)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        me = Station.create(home / "me", PASSPHRASE, "Jakarta desk", "BSSN", "ID")
        peers = [Station.create(home / name, PASSPHRASE, name, "CERT", country)
                 for name, country in (("kl", "MY"), ("manila", "PH"))]
        for peer in peers:
            me.add_peer(peer.card_bytes())
            peer.add_peer(me.card_bytes())
        ids = {p.home.name: me.peer_by_key(p.keys.sign_pk).id for p in peers}
        started = time.perf_counter()
        mine = me.file_reports([dict(DRAFT, to=list(ids.values())) for _ in range(args.count)])
        for peer in peers:
            carry(me, peer, mine)
            acks = [peer.acknowledge(m, "received") for m in mine]
            carry(peer, me, acks)
            back = me.peer_by_key(peer.keys.sign_pk)
            theirs = peer.file_reports([dict(DRAFT, to=[peer.peer_by_key(me.keys.sign_pk).id])
                                        for _ in range(args.count // 2)])
            carry(peer, me, theirs)
            checks = [me.send_check(back.id) for _ in range(50)]
            carry(me, peer, checks)
            answers = [peer.answer_check(c, "Duty officer") for c in checks[:25]]
            carry(peer, me, answers)
        print(f"set up in {time.perf_counter() - started:.0f} s: {args.count} reports to each of 2 peers, all"
              f" acknowledged; {args.count // 2} reports from each; 50 checks to each, 25 answered")
        times = []
        for _ in range(5):
            started = time.perf_counter()
            cards = me.scorecards()
            times.append(time.perf_counter() - started)
        assert [(c.reports_sent, c.acked, c.checks_answered) for c in cards] == [(args.count, args.count, 25)] * 2
        print(f"scorecards of 2 peers over {len(me.store.outbox_ids())} outbox and {len(me.store.inbox_ids())} inbox"
              f" messages: median {statistics.median(times) * 1000:.0f} ms (min {min(times) * 1000:.0f} ms)")
        for station in (me, *peers):
            station.close()


if __name__ == "__main__":
    main()

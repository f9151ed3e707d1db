"""kill -9 at random moments, hundreds of times: every database opens, is intact, and holds exactly what it should.

Real processes are killed while they work: ``siaga report new`` filing a bulk
file, ``siaga sync`` delivering to a live endpoint, ``siaga bundle import``, and the
endpoint itself (``siaga serve``) while it receives. The commands run in processes
forked from a fork server (``tests/forkserver.py``) so that hundreds of them fit in
a minute; the endpoint is a ``siaga serve`` process of its own. After every kill:
``PRAGMA integrity_check`` is ok, a bulk filing is all or nothing, no message is
duplicated, a delivery is marked delivered only with a receipt that verifies, and
the receiver holds each message at most once; after a final clean sync and import,
exactly once.
"""

from __future__ import annotations

import json
import random
import sqlite3
import time
from pathlib import Path

import pytest

from siaga.delivery.bundle import export_bundle
from siaga.protocol.transport import make_receipt, verify_receipt
from siaga.storage.states import DELIVERED

from forkserver import ForkServer
from helpers import link, write_json
from netutil import Served, child_env

KILLS = 200
TIME_BUDGET = 120.0
BULK = 12  # drafts per bulk filing
BUNDLE_NEW = 10  # new messages per bundle round


def integrity(home: Path) -> None:
    """A fresh connection, as after a restart: the file opens and SQLite finds nothing wrong."""
    conn = sqlite3.connect(home / "siaga.db", timeout=30)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()


def no_duplicates(station) -> set[str]:
    """What the station holds: filed in its inbox, each once, or taken in and waiting to be filed."""
    ids = station.store.inbox_ids()
    assert len(ids) == len(set(ids)), "a message was stored twice"
    return set(ids) | set(station.store.arrival_ids())


def check_sender(sender, receiver, receiver_id: str) -> None:
    """Delivered means: a receipt signed by the receiver is kept, and the receiver really holds the message."""
    held = no_duplicates(receiver)
    assert held <= set(sender.store.outbox_ids())  # the receiver holds nothing that was not sent
    delivered = [m for m, peer in sender.store.deliveries_in(DELIVERED) if peer == receiver_id]
    receipts = sender.store.receipts_for(delivered, receiver_id)
    assert set(receipts) == set(delivered), "a delivery is marked delivered without its receipt"
    for msg_id, receipt in receipts.items():
        assert verify_receipt(receipt, receiver.keys.sign_pk)["id"] == msg_id
    assert set(delivered) <= held


class Crasher:
    """Runs commands and kills each at a random moment within its usual duration."""

    def __init__(self, forks: ForkServer, rng: random.Random) -> None:
        self.forks, self.rng = forks, rng
        self.kills: dict[str, int] = {}
        self.durations: dict[str, float] = {}

    def run(self, kind: str, *argv: str) -> bool:
        """True when the command was killed while running; False when it finished first."""
        usual = self.durations.get(kind)
        started = time.monotonic()
        pid = self.forks.run(*argv)
        if usual is None:  # first run of its kind: let it finish, to learn how long it takes
            signal, code = self.forks.reap(pid)
            self.durations[kind] = time.monotonic() - started
            out, err = self.forks.output()
            assert (signal, code) == (0, 0), err
            return False
        time.sleep(self.rng.uniform(0.0, usual * 1.2))
        killed = not self.forks.finished(pid)
        if killed:
            self.forks.kill(pid)
        signal, code = self.forks.reap(pid)
        killed = signal == 9  # it may have finished between the look and the kill
        if killed:
            self.kills[kind] = self.kills.get(kind, 0) + 1
        else:
            assert (signal, code) == (0, 0), self.forks.output()[1]
        return killed

    @property
    def total(self) -> int:
        return sum(self.kills.values())


@pytest.mark.slow
def test_random_kills_lose_nothing_and_duplicate_nothing(network, make_station, draft, tmp_path):
    net = network(links=[("jakarta", "kl")])
    jkt, kl = net.jakarta, net.kl
    mnl = net.manila  # sends bundles to the post
    post = make_station("post", country="TL")    # no data link: bundles only
    kl_at_jkt = net.peers[("jakarta", "kl")]
    post_at_mnl, mnl_at_post = link(mnl, post)
    bulk = write_json(tmp_path / "bulk.json", [dict(draft, to=[kl_at_jkt.id], summary=f"Bulk report {i}")
                                               for i in range(BULK)])
    server = Served(kl.home).start()
    jkt.update_peer(kl_at_jkt.id, url=server.url)
    forks = ForkServer(child_env(), tmp_path)
    crasher = Crasher(forks, random.Random(20261124))
    bundle_file = tmp_path / "to-post.sgb"
    bundled: set[str] = set()
    rounds = 0
    deadline = time.monotonic() + TIME_BUDGET
    try:
        while crasher.total < KILLS and time.monotonic() < deadline:
            rounds += 1
            # 1. a bulk filing: all of it or none of it
            before = len(jkt.store.outbox_ids())
            crasher.run("report new", "report", "new", "--from", str(bulk), "--home", str(jkt.home))
            integrity(jkt.home)
            added = len(jkt.store.outbox_ids()) - before
            assert added in (0, BULK), f"a bulk filing was cut in half: {added} of {BULK}"
            assert jkt.store.count("deliveries") == jkt.store.count("outbox")

            # 2. a sync to the live endpoint (or, every few rounds, the endpoint killed while it receives)
            jkt.store.reschedule_peer(kl_at_jkt.id, 0)
            if rounds % 6 == 0:
                pid = forks.run("sync", "--home", str(jkt.home))
                time.sleep(crasher.rng.uniform(0.0, crasher.durations.get("sync", 0.2)))
                if server.proc.poll() is None:
                    server.kill()
                    crasher.kills["serve"] = crasher.kills.get("serve", 0) + 1
                forks.reap(pid)
                integrity(kl.home)
                check_sender(jkt, kl, kl_at_jkt.id)
                server.start()  # the same port: the sender's peer record still points to it
            else:
                crasher.run("sync", "sync", "--home", str(jkt.home))
            integrity(jkt.home)
            integrity(kl.home)
            check_sender(jkt, kl, kl_at_jkt.id)

            # 3. a bundle import: every new message of the bundle, or none
            for i in range(BUNDLE_NEW):
                bundled.add(mnl.file_report(dict(draft, to=[post_at_mnl.id], summary=f"Carried {rounds}.{i}")))
            data, _ = export_bundle(mnl, post_at_mnl.id)
            bundle_file.write_bytes(data)
            held = no_duplicates(post)
            crasher.run("bundle import", "bundle", "import", str(bundle_file), "--home", str(post.home))
            integrity(post.home)
            now_held = no_duplicates(post)
            assert now_held in (held, held | bundled), "a bundle was taken in by halves"
            # the post's receipts travel back (as on a return bundle): those messages stop travelling
            receipts = [make_receipt(post.keys.signing, m, t) for m, t in post.store.take_return_receipts(
                mnl_at_post.id)]
            mnl.record_receipts(post_at_mnl, receipts)
            post.store.drop_return_receipts(mnl_at_post.id, [r["id"] for r in receipts])

        assert crasher.total >= KILLS, (crasher.kills, rounds)
        # every kind of command was killed many times
        assert min(crasher.kills.get(k, 0) for k in ("report new", "sync", "bundle import")) >= 20, crasher.kills
        assert crasher.kills.get("serve", 0) >= 5, crasher.kills

        # a final clean sync and import: every message exactly once
        jkt.store.reschedule_peer(kl_at_jkt.id, 0)
        pid = forks.run("sync", "--json", "--home", str(jkt.home))
        assert forks.reap(pid) == (0, 0), forks.output()[1]
        summary = json.loads(forks.output()[0])
        assert summary["waiting"] == 0 and summary["failed"] == 0, summary
        pid = forks.run("bundle", "import", str(bundle_file), "--home", str(post.home))
        assert forks.reap(pid) == (0, 0), forks.output()[1]
    finally:
        forks.close()
        server.stop()
    print(f"\n{crasher.total} kills in {rounds} rounds: {crasher.kills}; "
          f"usual durations {({k: round(v, 3) for k, v in crasher.durations.items()})}")

    sent = set(jkt.store.outbox_ids())
    assert len(sent) % BULK == 0
    assert {d["status"] for row in jkt.outbox() for d in row["deliveries"]} == {DELIVERED}
    check_sender(jkt, kl, kl_at_jkt.id)
    assert no_duplicates(kl) == sent and kl.store.count("inbox") == len(sent)
    assert kl.store.arrival_counts() == (0, 0)  # the endpoint filed everything before it stopped
    assert no_duplicates(post) == bundled and post.store.count("inbox") == len(bundled)
    for home in (jkt.home, kl.home, mnl.home, post.home):
        integrity(home)

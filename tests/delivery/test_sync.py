"""The sync engine against real endpoints: `siaga serve` child processes on loopback ports.

Every test ends by checking the exact contents of the inboxes and outboxes involved.
"""

from __future__ import annotations

import threading
import time

import pytest

from siaga.delivery.sync import Sync
from siaga.protocol.transport import verify_receipt
from siaga.storage.states import DELIVERED, QUEUED, RETRYING

from helpers import link
from netutil import Answering, FaultProxy, Served, Trickler


def statuses(station) -> dict[tuple[str, str], str]:
    return {(row["id"], d["peer"]): d["status"] for row in station.outbox() for d in row["deliveries"]}


def inbox_ids(station) -> set[str]:
    """The inbox as a reader sees it: a read through the station files what an endpoint took in first."""
    station.file_arrivals()
    return set(station.store.inbox_ids())


def due_now(station) -> None:
    """Make every waiting delivery due now (instead of waiting out the backoff)."""
    for peer in station.peers():
        station.store.reschedule_peer(peer.id, 0)


@pytest.fixture
def trio(network):
    """Jakarta (sender) with Kuala Lumpur and Manila as peers, each served by its own process."""
    # Kuala Lumpur's home is tmp_path/kualalumpur: tests keep certificates in tmp_path/kl
    net = network(links=[("jakarta", "kl"), ("jakarta", "manila"), ("kl", "manila")], names={"kl": "kualalumpur"})
    served = net.serve("kl", "manila")
    servers = {"kl": served["kl"], "mnl": served["manila"]}
    ids = {"kl": net.id("kl"), "mnl": net.id("manila"), "jkt_at_kl": net.id("jakarta", at="kl"),
           "jkt_at_mnl": net.id("jakarta", at="manila")}
    yield net.jakarta, net.kl, net.manila, servers, ids
    for server in servers.values():  # those a test started itself too (stopping twice does nothing)
        server.stop()


def test_happy_path_delivers_once_with_verified_receipts(trio, draft):
    jkt, kl, mnl, servers, ids = trio
    both = jkt.file_report(dict(draft, countries=["MY", "PH"]))
    kl_only = jkt.file_report(dict(draft, scope="bilateral", countries=["MY"], summary="Only for Malaysia"))
    mnl_only = jkt.file_report(dict(draft, to=[ids["mnl"]], summary="Only for Manila"))
    assert statuses(jkt) == {(both, ids["kl"]): QUEUED, (both, ids["mnl"]): QUEUED,
                             (kl_only, ids["kl"]): QUEUED, (mnl_only, ids["mnl"]): QUEUED}

    summary = Sync(jkt).run_once()
    assert (summary.attempted, summary.delivered, summary.failed, summary.waiting) == (4, 4, 0, 0)
    assert set(statuses(jkt).values()) == {DELIVERED}
    assert inbox_ids(kl) == {both, kl_only}
    assert inbox_ids(mnl) == {both, mnl_only}
    for row in jkt.outbox():
        for d in row["deliveries"]:
            peer = jkt.peer(d["peer"])
            receipt = verify_receipt(d["receipt"], peer.card.sign_pk)
            assert receipt["id"] == row["id"] and receipt["received_at"] >= row["created_at"]

    # the receiver shows who wrote it, verified
    shown = kl.read_inbox(both)
    assert shown["verified_signature"] and shown["author"]["id"] == ids["jkt_at_kl"]
    assert shown["content"]["summary"] == draft["summary"]

    # a second pass has nothing to do
    again = Sync(jkt).run_once()
    assert (again.attempted, again.delivered) == (0, 0)


def test_resending_a_delivered_message_gives_the_same_receipt_and_no_duplicate(trio, draft):
    jkt, kl, _, _, ids = trio
    msg = jkt.file_report(dict(draft, to=[ids["kl"]]))
    Sync(jkt).run_once()
    first = jkt.store.delivery(msg, ids["kl"])["receipt"]
    # forget the receipt, as if it had been lost on the way back
    jkt.store.set_deliveries(ids["kl"], [(msg, QUEUED, 1, 0, None)])
    summary = Sync(jkt).run_once()
    assert summary.delivered == 1
    assert jkt.store.delivery(msg, ids["kl"])["receipt"] == first
    assert kl.store.count("inbox") == 1 and inbox_ids(kl) == {msg}


def test_peer_down_then_up(trio, draft):
    jkt, kl, mnl, servers, ids = trio
    servers["kl"].stop()
    msg = jkt.file_report(dict(draft, countries=["MY", "PH"]))
    summary = Sync(jkt).run_once()
    assert (summary.delivered, summary.failed) == (1, 1)
    kl_delivery = jkt.store.delivery(msg, ids["kl"])
    assert kl_delivery["status"] == RETRYING and "cannot connect" in kl_delivery["error"]
    assert kl_delivery["next_attempt_at"] > time.time()  # backed off
    assert jkt.peer(ids["kl"]).health["last_error"]
    assert jkt.store.delivery(msg, ids["mnl"])["status"] == DELIVERED  # the dead peer stalled nobody

    # nothing is due yet: a pass now does not touch the backed-off delivery
    assert Sync(jkt).run_once().attempted == 0
    servers["kl"].start()  # same port as before
    due_now(jkt)
    summary = Sync(jkt).run_once()
    assert summary.delivered == 1
    assert set(statuses(jkt).values()) == {DELIVERED}
    assert inbox_ids(kl) == {msg} and inbox_ids(mnl) == {msg}


def test_watch_notices_when_a_peer_comes_back(trio, draft):
    jkt, kl, _, servers, ids = trio
    servers["kl"].stop()
    msg = jkt.file_report(dict(draft, to=[ids["kl"]]))
    links: list[tuple[str, bool]] = []
    stop = threading.Event()
    engine = Sync(jkt)
    passes = []
    # the database belongs to the thread that opened it, so watch() runs here and the test's
    # other steps run on a helper thread
    def later():
        deadline = time.monotonic() + 20
        while not any(not up for _, up in links) and time.monotonic() < deadline:
            time.sleep(0.05)
        servers["kl"].start()
        while not any(up for _, up in links) and time.monotonic() < deadline:
            time.sleep(0.05)
        while (not passes or passes[-1].delivered == 0) and time.monotonic() < deadline:
            time.sleep(0.05)
        stop.set()

    helper = threading.Thread(target=later)
    helper.start()
    engine.watch(stop, interval=3600, tick=0.1, on_pass=passes.append, on_link=lambda p, up: links.append((p, up)))
    helper.join()
    assert links[0] == (ids["kl"], False) and (ids["kl"], True) in links
    assert jkt.store.delivery(msg, ids["kl"])["status"] == DELIVERED
    assert inbox_ids(kl) == {msg}


@pytest.mark.parametrize("mode, words", [("http500", "HTTP 500"), ("hang", "no answer"),
                                         ("reset-request", "cannot connect"), ("reset", "cannot connect")])
def test_faults_are_retried_and_end_in_exactly_one_copy(trio, draft, mode, words):
    jkt, kl, _, servers, ids = trio
    msgs = [jkt.file_report(dict(draft, to=[ids["kl"]], summary=f"Report {i}")) for i in range(5)]
    with FaultProxy(servers["kl"].port) as proxy:
        jkt.update_peer(ids["kl"], url=proxy.url)
        proxy.mode = mode
        summary = Sync(jkt, timeout=(2.0, 1.5)).run_once()
        assert (summary.delivered, summary.failed) == (0, 5)
        d = jkt.store.delivery(msgs[0], ids["kl"])
        assert d["status"] == RETRYING and words in d["error"], d["error"]
        if mode == "reset":
            assert inbox_ids(kl) == set(msgs)  # the receiver has them; the sender does not know yet
        else:
            assert inbox_ids(kl) == set()
        proxy.mode = "pass"
        due_now(jkt)
        summary = Sync(jkt).run_once()
        assert summary.delivered == 5
    assert {statuses(jkt)[(m, ids["kl"])] for m in msgs} == {DELIVERED}
    assert inbox_ids(kl) == set(msgs) and kl.store.count("inbox") == 5


def test_receiver_restarted_between_batches(trio, draft, monkeypatch):
    jkt, kl, _, servers, ids = trio
    monkeypatch.setattr("siaga.delivery.sync.BATCH_MESSAGES", 3)
    msgs = [jkt.file_report(dict(draft, to=[ids["kl"]], summary=f"Report {i}")) for i in range(7)]
    servers["kl"].kill()  # kill -9: no clean shutdown
    Sync(jkt).run_once()
    assert inbox_ids(kl) == set()
    servers["kl"].start()
    due_now(jkt)
    assert Sync(jkt).run_once().delivered == 7
    servers["kl"].kill()
    servers["kl"].start()
    more = jkt.file_report(dict(draft, to=[ids["kl"]], summary="After the restart"))
    assert Sync(jkt).run_once().delivered == 1
    assert inbox_ids(kl) == {*msgs, more}
    assert set(statuses(jkt).values()) == {DELIVERED}


def test_acknowledgement_round_trip(trio, draft):
    jkt, kl, mnl, servers, ids = trio
    servers["jkt"] = Served(jkt.home).start()
    kl.update_peer(ids["jkt_at_kl"], url=servers["jkt"].url)
    mnl.update_peer(ids["jkt_at_mnl"], url=servers["jkt"].url)
    msg = jkt.file_report(dict(draft, countries=["MY", "PH"]))
    Sync(jkt).run_once()

    ack = kl.acknowledge(msg[:10], "investigating", "Our team is on it")
    assert kl.read_inbox(msg)["status"] == "investigating"
    assert Sync(kl).run_once().delivered == 1
    assert kl.store.delivery(ack, ids["jkt_at_kl"])["status"] == DELIVERED

    [seen] = jkt.acknowledgements(msg)
    assert (seen["peer"], seen["status"], seen["note"]) == (ids["kl"], "investigating", "Our team is on it")
    row = next(r for r in jkt.outbox() if r["id"] == msg)
    by_peer = {d["peer"]: d for d in row["deliveries"]}
    assert by_peer[ids["kl"]]["ack"]["status"] == "investigating" and "ack" not in by_peer[ids["mnl"]]

    # Manila resolves it; Kuala Lumpur moves on to resolved too
    mnl.acknowledge(msg, "false-positive")
    kl.acknowledge(msg, "resolved")
    Sync(mnl).run_once()
    Sync(kl).run_once()
    assert {(a["peer"], a["status"]) for a in jkt.acknowledgements(msg)} == {
        (ids["kl"], "investigating"), (ids["kl"], "resolved"), (ids["mnl"], "false-positive")}
    assert inbox_ids(jkt) == {a["id"] for a in jkt.acknowledgements(msg)}
    row = next(r for r in jkt.outbox() if r["id"] == msg)
    assert {d["peer"]: d["ack"]["status"] for d in row["deliveries"]} == {
        ids["kl"]: "resolved", ids["mnl"]: "false-positive"}  # each peer's latest
    assert inbox_ids(kl) == {msg} and inbox_ids(mnl) == {msg}


def test_ping_is_answered_automatically(trio):
    jkt, kl, _, servers, ids = trio
    servers["jkt"] = Served(jkt.home).start()
    kl.update_peer(ids["jkt_at_kl"], url=servers["jkt"].url)
    ping = jkt.ping(ids["kl"])
    assert Sync(jkt).run_once().delivered == 1
    # the endpoint process queued the answer in Kuala Lumpur's outbox; its next sync carries it
    [answer] = [r for r in kl.outbox() if r["type"] == "ping"]
    assert answer["deliveries"][0]["peer"] == ids["jkt_at_kl"]
    assert Sync(kl).run_once().delivered == 1
    health = jkt.peer(ids["kl"]).health
    assert health["last_pong_ping"] == ping and health["last_pong"] >= time.time() - 60
    assert inbox_ids(jkt) == {answer["id"]} and inbox_ids(kl) == {ping}


def test_sender_killed_mid_sync_again_and_again_delivers_exactly_once(trio, draft):
    """kill -9 of a `siaga sync` process at random moments, five times, then a clean pass."""
    import random
    import subprocess

    from netutil import child_env, siaga_cmd

    jkt, kl, mnl, _, ids = trio
    msgs = jkt.file_reports([dict(draft, countries=["MY", "PH"], summary=f"Report {i}") for i in range(2000)])
    rng = random.Random(7)
    kills = 0
    for _ in range(5):
        proc = subprocess.Popen(siaga_cmd("sync", "--home", str(jkt.home)), env=child_env(),
                                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # wait until it is really sending, then kill it a random moment later
        deadline = time.monotonic() + 30
        while proc.poll() is None and time.monotonic() < deadline and not jkt.store.delivery_counts().get("sending"):
            time.sleep(0.005)
        time.sleep(rng.uniform(0.0, 0.3))
        if proc.poll() is None:
            proc.kill()
            kills += 1
        proc.wait(timeout=10)
    assert kills >= 3  # most of them really died mid-sync
    final = subprocess.run(siaga_cmd("sync", "--json", "--home", str(jkt.home)), env=child_env(),
                           capture_output=True, text=True, timeout=300, stdin=subprocess.DEVNULL)
    assert final.returncode == 0, final.stderr
    assert set(statuses(jkt).values()) == {DELIVERED}
    assert len(statuses(jkt)) == 2 * len(msgs)
    for station in (jkt, kl, mnl):
        assert station.store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert inbox_ids(kl) == set(msgs) and kl.store.count("inbox") == len(msgs)
    assert inbox_ids(mnl) == set(msgs) and mnl.store.count("inbox") == len(msgs)


def test_relay_through_a_hub_keeps_the_authors_signature_and_brings_the_receipt_back(make_station, draft):
    """A post reaches Kuala Lumpur only through the national hub in Jakarta, and back."""
    post = make_station("post", country="ID")
    hub = make_station("hub", country="ID")
    kl = make_station("kualalumpur", country="MY")
    hub_at_post, post_at_hub = link(post, hub)
    kl_at_hub, hub_at_kl = link(hub, kl)
    servers = {name: Served(st.home).start() for name, st in (("post", post), ("hub", hub), ("kl", kl))}
    try:
        post.update_peer(hub_at_post.id, url=servers["hub"].url)
        hub.update_peer(post_at_hub.id, url=servers["post"].url)
        hub.update_peer(kl_at_hub.id, url=servers["kl"].url)
        kl.update_peer(hub_at_kl.id, url=servers["hub"].url)
        # the post and Kuala Lumpur know each other's cards, but have no direct link
        kl_at_post = post.add_peer(kl.card_bytes(), via=hub_at_post.id)
        post_at_kl = kl.add_peer(post.card_bytes(), via=hub_at_kl.id)

        msg = post.file_report(dict(draft, to=[kl_at_post.id]))
        summary = Sync(post).run_once()
        assert summary.relayed == 1 and summary.delivered == 0
        d = post.store.delivery(msg, kl_at_post.id)
        assert d["status"] == "relayed" and d["relayed_by"] == hub_at_post.id
        assert verify_receipt(d["relay_receipt"], hub.keys.sign_pk)["id"] == msg
        assert Sync(post).run_once().delivered == 0  # the hub has not passed it on yet

        assert Sync(hub).run_once().delivered == 1
        shown = kl.read_inbox(msg)
        assert shown["author"]["id"] == post_at_kl.id and shown["via"] == hub_at_kl.id
        assert shown["verified_signature"] and shown["content"]["summary"] == draft["summary"]

        # the recipient's own receipt comes back to the post through the hub
        assert Sync(post).run_once().delivered == 1
        d = post.store.delivery(msg, kl_at_post.id)
        assert d["status"] == DELIVERED and verify_receipt(d["receipt"], kl.keys.sign_pk)["id"] == msg

        # and the acknowledgement travels back the same way
        ack = kl.acknowledge(msg, "investigating")
        assert Sync(kl).run_once().relayed == 1
        assert Sync(hub).run_once().delivered == 1
        assert [a["status"] for a in post.acknowledgements(msg)] == ["investigating"]
        assert inbox_ids(post) == {ack} and inbox_ids(kl) == {msg} and inbox_ids(hub) == set()
        assert hub.store.count("outbox") == 2  # it carried both, sealed: it can read neither
        with pytest.raises(Exception, match="not one of its recipients"):
            hub.open_envelope(hub.store.envelopes([msg])[msg])
    finally:
        for server in servers.values():
            server.stop()


def test_https_endpoint_with_a_pinned_certificate(trio, draft, tmp_path):
    from netutil import TLSFront, make_certificate

    jkt, kl, _, servers, ids = trio
    cert, key = make_certificate(tmp_path)
    front = TLSFront(servers["kl"].port, cert, key)
    try:
        msg = jkt.file_report(dict(draft, to=[ids["kl"]]))
        # without the pinned certificate the self-signed endpoint is not trusted: nothing is sent
        jkt.update_peer(ids["kl"], url=front.url, cert="")
        Sync(jkt).run_once()
        d = jkt.store.delivery(msg, ids["kl"])
        assert d["status"] == RETRYING and "TLS check" in d["error"], d["error"]
        assert inbox_ids(kl) == set()
        # pinned: delivered over TLS
        jkt.add_peer(kl.card_bytes(), url=front.url, cert=str(cert))
        due_now(jkt)
        assert Sync(jkt).run_once().delivered == 1
    finally:
        front.close()
    assert inbox_ids(kl) == {msg}


def _certificate(tmp_path, name):
    from netutil import make_certificate
    folder = tmp_path / name
    folder.mkdir()
    return make_certificate(folder)


def _forget_stored_pin(station, peer_id):
    """Make a peer record as older versions wrote it: the certificate file's path and no pin."""
    record = station.store.get_peer(peer_id)
    record.pop("cert_sha256", None)
    station.store.put_peer(peer_id, station.peer(peer_id).card.sign_pk, record, added_at=record["added_at"])


def test_a_pinned_certificate_file_overwritten_later_changes_nothing(trio, draft, tmp_path):
    from netutil import TLSFront

    jkt, kl, _, servers, ids = trio
    cert, key = _certificate(tmp_path, "kl")
    other_cert, other_key = _certificate(tmp_path, "other")
    real = TLSFront(servers["kl"].port, cert, key)
    # someone in the middle with a certificate of their own, who has also written it over the pinned file
    middle = TLSFront(servers["kl"].port, other_cert, other_key)
    try:
        jkt.add_peer(kl.card_bytes(), url=real.url, cert=str(cert))
        cert.write_bytes(other_cert.read_bytes())
        jkt.update_peer(ids["kl"], url=middle.url)
        msg = jkt.file_report(dict(draft, to=[ids["kl"]]))
        summary = Sync(jkt).run_once()
        assert (summary.delivered, summary.failed) == (0, 1)
        d = jkt.store.delivery(msg, ids["kl"])
        where = middle.url.split("//")[1]
        assert d["status"] == RETRYING, d
        assert f"the certificate presented by {where} does not match the pinned one" in d["error"], d["error"]
        assert summary.peers[0].error == d["error"]
        assert inbox_ids(kl) == set()
        assert not Sync(jkt).probe(jkt.peer(ids["kl"]))
        # the endpoint with the pinned certificate is still trusted: the pin never came from the file again
        jkt.update_peer(ids["kl"], url=real.url)
        assert Sync(jkt).probe(jkt.peer(ids["kl"]))
        due_now(jkt)
        assert Sync(jkt).run_once().delivered == 1
    finally:
        real.close()
        middle.close()
    assert inbox_ids(kl) == {msg}


def test_a_deleted_certificate_file_still_delivers_by_the_stored_pin(trio, draft, tmp_path):
    from netutil import TLSFront

    jkt, kl, _, servers, ids = trio
    cert, key = _certificate(tmp_path, "kl")
    front = TLSFront(servers["kl"].port, cert, key)
    try:
        jkt.add_peer(kl.card_bytes(), url=front.url, cert=str(cert))
        front_cert = cert.read_bytes()
        cert.unlink()
        msg = jkt.file_report(dict(draft, to=[ids["kl"]]))
        summary = Sync(jkt).run_once()
        assert (summary.delivered, summary.failed, summary.waiting) == (1, 0, 0), summary
    finally:
        front.close()
    assert inbox_ids(kl) == {msg} and front_cert


def test_an_older_record_with_only_a_path_is_pinned_on_first_use(trio, draft, tmp_path, caplog):
    import logging

    from siaga.delivery.tls_pin import pin_from_file

    from netutil import TLSFront

    jkt, kl, _, servers, ids = trio
    cert, key = _certificate(tmp_path, "kl")
    other_cert, other_key = _certificate(tmp_path, "other")
    front = TLSFront(servers["kl"].port, cert, key)
    middle = TLSFront(servers["kl"].port, other_cert, other_key)
    try:
        jkt.add_peer(kl.card_bytes(), url=front.url, cert=str(cert))
        _forget_stored_pin(jkt, ids["kl"])
        assert "cert_sha256" not in jkt.store.get_peer(ids["kl"])
        first = jkt.file_report(dict(draft, to=[ids["kl"]]))
        with caplog.at_level(logging.INFO, logger="siaga"):
            assert Sync(jkt).run_once().delivered == 1
        assert jkt.store.get_peer(ids["kl"])["cert_sha256"] == pin_from_file(cert)
        said = [r.getMessage() for r in caplog.records if "pinned" in r.getMessage()]
        assert len(said) == 1 and ids["kl"] in said[0] and "stored" in said[0], said
        # from now on the file is not read: swapping it and the endpoint is refused
        cert.write_bytes(other_cert.read_bytes())
        jkt.update_peer(ids["kl"], url=middle.url)
        second = jkt.file_report(dict(draft, to=[ids["kl"]], summary="Second report"))
        assert Sync(jkt).run_once().delivered == 0
        assert "does not match the pinned one" in jkt.store.delivery(second, ids["kl"])["error"]
    finally:
        front.close()
        middle.close()
    assert inbox_ids(kl) == {first}


def test_an_older_record_whose_file_is_gone_says_why_and_sends_nothing(trio, draft, tmp_path):
    from netutil import TLSFront

    jkt, kl, _, servers, ids = trio
    cert, key = _certificate(tmp_path, "kl")
    front = TLSFront(servers["kl"].port, cert, key)
    try:
        jkt.add_peer(kl.card_bytes(), url=front.url, cert=str(cert))
        _forget_stored_pin(jkt, ids["kl"])
        cert.unlink()
        msg = jkt.file_report(dict(draft, to=[ids["kl"]]))
        summary = Sync(jkt).run_once()
        assert (summary.delivered, summary.failed, summary.waiting) == (0, 1, 1), summary
        d = jkt.store.delivery(msg, ids["kl"])
        assert d["status"] == RETRYING and "no pinned certificate is stored" in d["error"], d
        assert "pin it again" in summary.peers[0].error
        assert not Sync(jkt).probe(jkt.peer(ids["kl"]))
    finally:
        front.close()
    assert inbox_ids(kl) == set()


def test_urgent_reports_go_first(trio, draft, monkeypatch):
    jkt, kl, _, _, ids = trio
    monkeypatch.setattr("siaga.delivery.sync.BATCH_MESSAGES", 1)
    routine = [jkt.file_report(dict(draft, to=[ids["kl"]], summary=f"Routine {i}", severity=2)) for i in range(3)]
    urgent = jkt.file_report(dict(draft, to=[ids["kl"]], summary="Grid operator under attack", severity=5))
    assert Sync(jkt).run_once().delivered == 4
    arrived = kl.store.inbox_ids()  # in the order they arrived
    # the urgent one arrives first; the routine ones behind it may travel side by side (two batches in flight)
    assert arrived[0] == urgent and sorted(arrived[1:]) == sorted(routine)


def test_a_trickling_peer_is_cut_off_at_the_request_deadline(trio, draft):
    """An answer of one byte a second passes every per-read time-out; the whole request still ends in time."""
    jkt, kl, _, _, ids = trio
    msg = jkt.file_report(dict(draft, to=[ids["kl"]]))
    with Trickler(interval=0.5) as slow:
        jkt.update_peer(ids["kl"], url=slow.url)
        started = time.monotonic()
        Sync(jkt, timeout=(2.0, 5.0), deadline=3.0).run_once()
        took = time.monotonic() - started
        deadline = time.monotonic() + 5
        while slow.open and time.monotonic() < deadline:
            time.sleep(0.05)
        assert slow.open == 0  # the sender closed the connection
    assert took < 8, took
    d = jkt.store.delivery(msg, ids["kl"])
    assert d["status"] == RETRYING and "within 3 s" in d["error"], d["error"]
    assert inbox_ids(kl) == set()


def test_watch_keeps_delivering_while_one_peer_trickles(trio, draft):
    """A peer answering a byte a second holds only its own worker: an urgent report to another peer goes out."""
    from siaga.station import Station

    jkt, kl, mnl, servers, ids = trio
    slow_msg = jkt.file_report(dict(draft, to=[ids["mnl"]], summary="For the slow peer"))
    with Trickler(interval=1.0) as slow:
        jkt.update_peer(ids["mnl"], url=slow.url)
        engine = Sync(jkt, timeout=(2.0, 5.0), deadline=25.0)
        stop, wake = threading.Event(), threading.Event()
        seen: dict = {}

        def officer() -> None:
            # the database connection belongs to its thread: the officer files through their own
            station = receiver = None
            try:  # whatever fails here (even opening the stations) stops the watch: the test never hangs
                station, receiver = Station(jkt.home, jkt.keys), Station(kl.home, kl.keys)
                limit = time.monotonic() + 20
                while not slow.connections and time.monotonic() < limit:
                    time.sleep(0.05)
                seen["filed_at"] = time.monotonic()
                seen["urgent"] = station.file_report(dict(draft, to=[ids["kl"]], severity=5,
                                                          summary="Grid operator under attack"))
                wake.set()
                while seen["urgent"] not in inbox_ids(receiver) and time.monotonic() < limit:
                    time.sleep(0.05)
                seen["delivered_at"] = time.monotonic()
                seen["slow_open"], seen["slow_connections"] = slow.open, slow.connections
                # the slow peer's worker ends at its deadline, in the background
                limit = time.monotonic() + 30
                while slow.open and time.monotonic() < limit:
                    time.sleep(0.1)
                time.sleep(1.0)  # a tick or more: the watch records the slow peer's outcome
            except BaseException as exc:
                seen["error"] = exc
                raise
            finally:
                for opened in (station, receiver):
                    if opened is not None:
                        opened.close()
                stop.set()

        helper = threading.Thread(target=officer)
        helper.start()
        passes: list = []
        engine.watch(stop, interval=3600, tick=0.2, wake=wake, pass_wait=1.0, on_pass=passes.append)
        helper.join()
    assert "error" not in seen, seen
    assert seen["urgent"] in inbox_ids(kl)
    assert seen["delivered_at"] - seen["filed_at"] < 10, seen
    # delivered while the slow peer's one worker was still at it, and no second worker was started for it
    assert (seen["slow_open"], seen["slow_connections"]) == (1, 1), seen
    assert jkt.store.delivery(seen["urgent"], ids["kl"])["status"] == DELIVERED
    # the slow peer's worker reported when its deadline cut it off, to a later pass
    [late] = [ps for summary in passes for ps in summary.peers if ps.peer_id == ids["mnl"] and ps.failed]
    assert "within 25 s" in late.error, late
    d = jkt.store.delivery(slow_msg, ids["mnl"])
    assert d["status"] != DELIVERED and "within 25 s" in d["error"], d
    assert inbox_ids(mnl) == set()


def test_a_poison_message_is_isolated_and_the_rest_delivered(trio, draft):
    """The receiver fails (HTTP 500) on any batch holding one message: the sender splits until it is alone."""
    jkt, kl, _, servers, ids = trio
    msgs = [jkt.file_report(dict(draft, to=[ids["kl"]], summary=f"Report {i}")) for i in range(7)]
    poison = msgs[4]
    with FaultProxy(servers["kl"].port) as proxy:
        jkt.update_peer(ids["kl"], url=proxy.url)
        proxy.mode, proxy.poison = "poison", jkt.store.envelopes([poison])[poison]
        summary = Sync(jkt).run_once()
        assert (summary.delivered, summary.failed) == (6, 1)
        assert proxy.poisoned >= 2  # the whole batch, then the smaller ones that held it
    d = jkt.store.delivery(poison, ids["kl"])
    assert d["status"] == RETRYING and "HTTP 500" in d["error"], d
    assert {m for m in msgs if jkt.store.delivery(m, ids["kl"])["status"] == DELIVERED} == set(msgs) - {poison}
    assert inbox_ids(kl) == set(msgs) - {poison}


def _sync_in_child(home, code: str) -> dict:
    """Run a sync pass in a child process (``code`` may set up the station first); its memory and result."""
    import json
    import subprocess
    import sys

    from netutil import child_env

    script = f"""
import json, resource, sys
from siaga.storage.keystore import unlock
from siaga.station import Station
from siaga.delivery.sync import Sync
from helpers import PASSPHRASE
station = Station(sys.argv[1], unlock(sys.argv[1], PASSPHRASE))
engine = Sync(station, timeout=(5.0, 10.0))
def hwm():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
{code}
before = hwm()
engine.run_once()
after = hwm()
print(json.dumps({{"before": before, "after": after, "deliveries": [
    d for row in station.outbox() for d in row["deliveries"]]}}))
"""
    tests = str(__import__("pathlib").Path(__file__).parent.parent)  # tests/, where helpers.py is
    done = subprocess.run([sys.executable, "-c", script, str(home)], capture_output=True, text=True, timeout=120,
                          env=child_env(PYTHONPATH=tests), stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


@pytest.mark.parametrize("length", [True, False], ids=["with-length", "without-length"])
def test_a_huge_answer_does_not_fill_the_senders_memory(trio, draft, length):
    """A 60 MiB error body from a server at a peer's URL: the sync reads a bounded part of it and stops."""
    jkt, kl, _, _, ids = trio
    msg = jkt.file_report(dict(draft, to=[ids["kl"]]))
    chunk = b'{"error": "server", "detail": "' + b"x" * 65536
    with Answering(500, (chunk, 60 * 1024 * 1024 // len(chunk)), length=length) as huge:
        jkt.update_peer(ids["kl"], url=huge.url)
        result = _sync_in_child(jkt.home, "")
        assert huge.sent < 60 * 1024 * 1024  # it stopped reading: the rest was never sent
    growth = (result["after"] - result["before"]) // 1024
    print(f"\npeak memory during the pass grew by {growth} MiB")
    assert growth < 24, result
    [d] = result["deliveries"]
    assert d["status"] == RETRYING and "larger than" in d["error"], d
    assert inbox_ids(kl) == set() and msg


def test_a_deeply_nested_answer_is_refused_before_parsing(trio, draft):
    jkt, kl, _, _, ids = trio
    msg = jkt.file_report(dict(draft, to=[ids["kl"]]))
    with Answering(500, b'{"error": ' + b"[" * 200_000 + b"]" * 200_000 + b"}") as nested:
        jkt.update_peer(ids["kl"], url=nested.url)
        Sync(jkt).run_once()
    d = jkt.store.delivery(msg, ids["kl"])
    assert d["status"] == RETRYING and "nested" in d["error"], d
    assert inbox_ids(kl) == set()


def test_on_a_fast_link_batches_grow_to_the_full_size_after_a_few(trio, draft, monkeypatch):
    """A fresh engine starts small (for a bad link), but each lane cuts its next batch at the limit of
    that moment: on a link that carries them, the batches double until they hold BATCH_MESSAGES."""
    from siaga.delivery.batch_policy import BatchPolicy

    jkt, kl, _, _, ids = trio
    monkeypatch.setattr("siaga.delivery.sync.BATCH_MESSAGES", 8)
    filed = [jkt.file_report(dict(draft, to=[ids["kl"]], summary=f"Routine {i}")) for i in range(48)]
    one = len(jkt.outgoing.envelopes([filed[0]])[filed[0]]) + 4
    sizes: list[int] = []

    class Watched(Sync):
        def _send_measured(self, session, peer, batch, hub=None, suspects=frozenset()):
            sizes.append(len(batch))
            return super()._send_measured(session, peer, batch, hub, suspects)

    engine = Watched(jkt, batch_policy=BatchPolicy(start=2 * one, floor=one, ceiling=1 << 20, step=one))
    summary = engine.run_once()
    assert (summary.delivered, summary.failed) == (48, 0)
    assert set(statuses(jkt).values()) == {DELIVERED}
    assert inbox_ids(kl) == set(filed)
    assert sum(sizes) == 48
    assert sizes[0] <= 2  # the first batch is cut at the starting limit
    assert 8 in sizes and sizes.index(8) <= 4  # doubling: 2, 4, 8 (two lanes may take the same limit)
    assert all(s == 8 for s in sizes[sizes.index(8):-1])  # it stays at the full size (the last takes what is left)
    assert len(sizes) < 48 // 2  # fewer requests than batches kept at the starting size

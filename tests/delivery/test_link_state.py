"""A peer that refuses is told apart from one that cannot be reached: real endpoints and a closed port."""

from __future__ import annotations

import socket

from siaga.base.errors import Reason
from siaga.delivery.link_state import FAILING, REFUSED, UNREACHABLE, UP, http_refusal, link_of, not_connected
from siaga.delivery.sync import Sync

from netutil import Served


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_a_peer_that_does_not_know_us_refuses_and_a_closed_port_is_unreachable(make_station, draft):
    jkt, kl, mnl = make_station("jkt"), make_station("kl", country="MY"), make_station("mnl", country="PH")
    served = Served(kl.home).start()
    try:
        kl_at_jkt = jkt.add_peer(kl.card_bytes(), url=served.url)  # Kuala Lumpur never took Jakarta's card
        mnl_at_jkt = jkt.add_peer(mnl.card_bytes(), url=f"http://127.0.0.1:{_closed_port()}")
        jkt.file_report(dict(draft, to=[kl_at_jkt.id, mnl_at_jkt.id]))
        summary = Sync(jkt).run_once()
    finally:
        served.stop()
    by_peer = {ps.peer_id: ps for ps in summary.peers}
    refused, unreachable = by_peer[kl_at_jkt.id], by_peer[mnl_at_jkt.id]
    assert (refused.link, refused.error.code) == (REFUSED, "peer-unknown-station")
    assert "does not know this station yet" in refused.error
    assert (unreachable.link, unreachable.error.code) == (UNREACHABLE, "connection-refused")
    assert summary.to_dict()["peers"][0]["link"] in (REFUSED, UNREACHABLE)
    assert summary.failed == 2 and not kl.store.inbox_ids()  # nothing arrived; both wait in the outbox


def test_each_error_maps_to_one_link_state():
    assert link_of("") == UP
    assert link_of(http_refusal(403, "unknown-sender", "")) == REFUSED
    assert link_of(http_refusal(413, "too-large", "the batch is too large")) == REFUSED
    assert link_of(http_refusal(503, "", "overloaded")) == FAILING
    assert link_of(not_connected("http://x", "connection refused")).startswith("unreach")
    assert not_connected("http://x", "timed out").code == "no-answer"
    assert not_connected("http://x", "name or service not known").code == "unreachable"
    assert link_of(Reason("tampered", "the receipt was altered")) == FAILING
    assert link_of("a plain error") == FAILING


def test_watching_a_refusing_peer_does_not_send_again_at_every_tick(make_station, draft):
    """A peer that answers but refuses is reachable: the watch waits for the retry time, it does not hammer it."""
    import threading

    jkt, kl = make_station("jkt"), make_station("kl", country="MY")
    served = Served(kl.home).start()
    try:
        kl_at_jkt = jkt.add_peer(kl.card_bytes(), url=served.url)  # one way only: Kuala Lumpur refuses
        jkt.file_report(dict(draft, to=[kl_at_jkt.id]))
        passes, links, stop = [], [], threading.Event()
        threading.Timer(2.0, stop.set).start()
        Sync(jkt).watch(stop, interval=3600, tick=0.1, on_pass=passes.append,
                        on_link=lambda peer, up: links.append((peer, up)))
    finally:
        served.stop()
    assert len(passes) == 1, [p.to_dict() for p in passes]  # twenty ticks, one pass: the retry waits its turn
    assert passes[0].peers[0].link == REFUSED
    assert links == [(kl_at_jkt.id, True)]  # answering all along: never reported as unreachable

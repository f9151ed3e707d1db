"""Read marks and acknowledging several reports at once, over real stations and a real bundle."""

from __future__ import annotations

import time

import pytest

from siaga.base.errors import InputError, NotFound
from siaga.delivery.bundle import export_bundle, import_bundle
from siaga.storage.inbox_query import InboxQuery

from helpers import link


def _received(make_station, draft, count=3):
    jkt, kl = make_station("jkt", country="ID"), make_station("kl", country="MY")
    kl_at_jkt, _ = link(jkt, kl)
    for n in range(count):
        jkt.file_report({**draft, "summary": f"Report number {n}"})
    import_bundle(kl, export_bundle(jkt, kl_at_jkt.id)[0])
    return jkt, kl


def _unread(station):
    rows, _ = station.inbox_page(InboxQuery(types=()))
    return {row["id"]: row["unread"] for row in rows}


def test_a_report_is_unread_until_marked_read_and_the_mark_stays_sealed(make_station, draft):
    _, kl = _received(make_station, draft, 2)
    first, second = sorted(_unread(kl))
    assert _unread(kl) == {first: True, second: True}
    assert kl.mark_read(first[:10]) == first
    assert _unread(kl) == {first: False, second: True}
    assert kl.mark_read(first) == first  # again: nothing changes
    assert _unread(kl)[first] is False
    secret = kl.store.db.execute("SELECT secret FROM inbox WHERE id = ?", [first]).fetchone()[0]
    assert b"read_at" not in secret  # sealed with the rest of the record


def test_an_acknowledged_report_counts_as_read(make_station, draft):
    _, kl = _received(make_station, draft, 1)
    (msg_id,) = _unread(kl)
    kl.acknowledge(msg_id, "received")
    assert _unread(kl) == {msg_id: False}


def test_mark_read_of_an_unknown_id_is_refused(make_station, draft):
    _, kl = _received(make_station, draft, 1)
    with pytest.raises(NotFound):
        kl.mark_read("ffffffff")


def test_acknowledge_all_sends_one_acknowledgement_each_with_progress(make_station, draft):
    jkt, kl = _received(make_station, draft, 3)
    ids = sorted(_unread(kl))
    seen = []
    done = kl.acknowledge_all([i[:12] for i in ids], "investigating", "On it",
                              progress=lambda n, total: seen.append((n, total)))
    assert [m for m, _ in done] == ids
    assert seen == [(1, 3), (2, 3), (3, 3)]
    rows, _ = kl.inbox_page(InboxQuery(types=()))
    assert {row["status"] for row in rows} == {"investigating"}
    acks = [row for row in kl.outbox() if row["type"] == "acknowledgement"]
    assert len(acks) == 3


def test_acknowledge_all_refuses_everything_when_one_cannot_be_acknowledged(make_station, draft):
    jkt, kl = _received(make_station, draft, 2)
    ids = sorted(_unread(kl))
    with pytest.raises(NotFound):
        kl.acknowledge_all([ids[0], "abcdef12"], "received")
    with pytest.raises(InputError, match="unknown status"):
        kl.acknowledge_all(ids, "nonsense")
    with pytest.raises(InputError, match="at least one"):
        kl.acknowledge_all([], "received")
    assert not [row for row in kl.outbox() if row["type"] == "acknowledgement"]  # nothing was sent
    rows, _ = kl.inbox_page(InboxQuery(types=()))
    assert {row["status"] for row in rows} == {"new"}


def test_acknowledge_all_names_the_report_whose_author_is_gone(make_station, draft):
    jkt, kl = _received(make_station, draft, 2)
    ids = sorted(_unread(kl))
    jkt_at_kl = kl.peers()[0]
    kl.directory.revoke(jkt_at_kl.id, int(time.time()))
    with pytest.raises(InputError) as caught:
        kl.acknowledge_all(ids, "received")
    assert caught.value.params["detail"].code == "ack-refused"
    assert "nothing was acknowledged" in str(caught.value)
    assert not [row for row in kl.outbox() if row["type"] == "acknowledgement"]

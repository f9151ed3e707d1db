"""Filing what was taken in: complete inbox rows, one message that cannot be filed held apart, older stores."""

from __future__ import annotations

import pytest

from siaga.delivery import receiving
from siaga.delivery.receiving import accept
from siaga.station import Station, filing
from siaga.storage import store as store_mod
from siaga.storage.inbox_query import InboxQuery
from siaga.storage.store import DB_FILE, MIGRATIONS

from helpers import PASSPHRASE, as_older_schema


def _taken_in(network, draft, summaries):
    net = network(links=[("jakarta", "kl")])
    jkt, kl, kl_id = net.jakarta, net.kl, net.id("kl")
    msgs = jkt.file_reports([dict(draft, to=[kl_id], summary=s) for s in summaries])
    envelopes = jkt.outgoing.envelopes(msgs)
    result = accept(kl, [envelopes[m] for m in msgs], kl.peer_by_key(jkt.keys.sign_pk), defer=True)
    assert sorted(result.arrived) == sorted(msgs)
    return jkt, kl, msgs


def test_filed_arrivals_are_searchable_and_correlated_as_if_filed_at_once(network, draft):
    summaries = [f"Wiper at harbour {i}" for i in range(receiving.DEFER_FROM)]
    _, kl, msgs = _taken_in(network, draft, summaries)
    assert kl.store.count("inbox") == 0 and kl.arrivals() == (len(msgs), 0)
    # no plaintext at rest: the summary is nowhere in the arrivals table
    raw = b"".join(bytes(r[0]) for r in kl.store.db.execute("SELECT sealed FROM arrivals").fetchall())
    assert b"harbour" not in raw.lower()
    rows, _ = kl.inbox_page(InboxQuery(text="wiper harbour"))  # a read files first
    assert {row["id"] for row in rows} == set(msgs)
    assert kl.arrivals() == (0, 0)
    assert kl.read_inbox(msgs[0])["content"]["summary"] == summaries[0]
    # the correlation index has them: the same indicators in every report tie them together
    matches = kl.correlation.matches(kl.read_inbox(msgs[0])["content"], exclude=[msgs[0]])
    assert {r.id for r in matches.reports} == set(msgs[1:])


def test_a_message_that_cannot_be_filed_is_held_apart_and_the_rest_are_filed(network, draft, monkeypatch):
    summaries = [f"Report {i}" for i in range(receiving.DEFER_FROM)]
    summaries[5] = "Poison report"
    _, kl, msgs = _taken_in(network, draft, summaries)
    real_terms = store_mod.report_terms

    def terms(meta):
        if meta.get("summary") == "Poison report":
            raise RuntimeError("unforeseen")
        return real_terms(meta)

    monkeypatch.setattr(store_mod, "report_terms", terms)
    filed = kl.file_arrivals()
    assert sorted(filed) == sorted(m for i, m in enumerate(msgs) if i != 5)
    assert kl.arrivals() == (0, 1)
    [(held_id, _, _, reason)] = kl.store.held_arrivals()
    assert held_id == msgs[5] and reason == filing.FILING_FAILED
    assert kl.file_arrivals() == []  # held: not tried again and again
    monkeypatch.setattr(store_mod, "report_terms", real_terms)
    assert kl.incoming.release_held() == 1  # (the endpoint's filer does this when it starts)
    assert kl.file_arrivals() == [msgs[5]]
    assert sorted(kl.store.inbox_ids()) == sorted(msgs) and kl.arrivals() == (0, 0)


def test_a_crash_inside_filing_leaves_each_message_either_filed_or_waiting(network, draft, monkeypatch):
    _, kl, msgs = _taken_in(network, draft, [f"Report {i}" for i in range(40)])
    monkeypatch.setattr(filing, "CHUNK", 15)
    real_add = kl.incoming.add
    calls = []

    def add_then_die(rows, *args, **kwargs):
        calls.append(len(rows))
        if len(calls) == 2:  # the second chunk's transaction dies half-way: the process is gone
            raise SystemExit("killed")
        return real_add(rows, *args, **kwargs)

    monkeypatch.setattr(kl.incoming, "add", add_then_die)
    with pytest.raises(SystemExit):
        kl.file_arrivals()
    assert kl.store.count("inbox") == 15 and kl.arrivals() == (25, 0)
    monkeypatch.setattr(kl.incoming, "add", real_add)
    home, keys = kl.home, kl.keys
    kl.close()
    again = Station.resume(home, keys)  # opening files what waits
    try:
        assert sorted(again.store.inbox_ids()) == sorted(msgs) and again.arrivals() == (0, 0)
        assert again.store.count("inbox") == 40
    finally:
        again.close()


def test_a_store_from_before_the_arrivals_is_migrated(network, draft):
    net = network(links=[("jakarta", "kl")])
    jkt, kl, kl_id = net.jakarta, net.kl, net.id("kl")
    [msg] = jkt.file_reports([dict(draft, to=[kl_id])])
    accept(kl, list(jkt.outgoing.envelopes([msg]).values()), kl.peer_by_key(jkt.keys.sign_pk))
    home = kl.home
    kl.close()
    as_older_schema(home / DB_FILE, 6, "DROP TABLE arrivals")  # as the program before the arrivals left it
    reopened = Station.open(home, PASSPHRASE)
    try:
        assert reopened.store.schema_version() == len(MIGRATIONS)
        assert reopened.arrivals() == (0, 0) and reopened.store.inbox_ids() == [msg]
    finally:
        reopened.close()

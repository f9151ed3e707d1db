"""Communication checks and the partner scorecard over real endpoints (`siaga serve` processes).

A scripted exchange between Jakarta and Kuala Lumpur: reports both ways, some
acknowledged, two checks of which a person answers one after a delay. Both sides'
scorecards are checked against the counts of the script and against the times their
own outbox and inbox records hold.
"""

from __future__ import annotations

import time

from siaga.delivery.sync import Sync
from siaga.station.scorecard import median, percentile

from netutil import Served

CONTACTS = [{"role": "technical", "name": "Aminah Yusof", "phone": "+60 3 8800 7999", "hours": "08:00-18:00",
             "tz": "Asia/Kuala_Lumpur"}]


def _pair(network):
    net = network(links=[("jakarta", "kl")], verified=[("jakarta", "kl")])
    jkt, kl = net.jakarta, net.kl
    served = {"jkt": Served(jkt.home).start(), "kl": Served(kl.home).start()}
    jkt.update_peer(net.id("kl"), url=served["kl"].url)
    kl.update_peer(net.id("jakarta", at="kl"), url=served["jkt"].url)
    return jkt, kl, net.id("kl"), net.id("jakarta", at="kl"), served


def test_checks_and_scorecards_on_both_sides_match_the_records(network, draft):
    jkt, kl, kl_id, jkt_id, served = _pair(network)
    try:
        mine = [jkt.file_report(dict(draft, to=[kl_id], summary=f"Report {i}")) for i in range(3)]
        kl.file_report(dict(draft, to=[jkt_id], countries=["MY"], scope="bilateral"))
        assert Sync(jkt).run_once().delivered == 3 and Sync(kl).run_once().delivered == 1
        kl.acknowledge(mine[0], "received")
        kl.acknowledge(mine[1], "investigating")
        assert Sync(kl).run_once().delivered == 2

        answered, ignored = jkt.send_check(kl_id), jkt.send_check(kl_id)
        assert Sync(jkt).run_once().delivered == 2
        # Kuala Lumpur's desk sees two tasks; nothing is answered by the station itself
        tasks = kl.received_checks(unanswered_only=True)
        assert {t.id for t in tasks} == {answered, ignored} and kl.outbox_counts().get("check") is None
        time.sleep(1.2)
        kl.answer_check(answered[:12], "Aminah Yusof")
        assert Sync(kl).run_once().delivered == 1
        assert [t.id for t in kl.received_checks(unanswered_only=True)] == [ignored]

        checks = {c.id: c for c in jkt.sent_checks()}
        done, waiting = checks[answered], checks[ignored]
        assert done.state == "answered" and done.answered_by == "Aminah Yusof" and done.answer_seconds >= 1
        assert done.delivered_at is not None and waiting.state == "delivered" and waiting.answered_at is None
        # under a clock two hours and a second later, the unanswered one is overdue; the answered one stays answered
        later = waiting.sent_at + 2 * 3600 + 1
        states = {c.id: c.state for c in jkt.sent_checks(now=later)}
        assert states == {answered: "answered", ignored: "overdue"}
        assert {c.id: c.state for c in jkt.sent_checks(now=later, overdue_hours=3)}[ignored] == "delivered"

        # Jakarta's scorecard of Kuala Lumpur, against its own records
        [card] = jkt.scorecards(now=later)
        outbox = {r["id"]: r for r in jkt.store.outbox()}
        acks = [r for r in jkt.store.inbox(limit=-1) if r["type"] == "acknowledgement"]
        ack_times = [a["received_at"] - outbox[a["in_reply_to"]]["created_at"] for a in acks]
        [answer] = [r for r in jkt.store.inbox(limit=-1) if r["type"] == "check"]
        [report] = [r for r in jkt.store.inbox(limit=-1) if r["type"] == "early-warning"]
        assert (card.peer, card.reports_sent, card.reports_received, card.our_share) == (kl_id, 3, 1, 0.75)
        assert card.acked == 2 and (card.ack_median, card.ack_p90) == (median(ack_times), percentile(ack_times, 90))
        assert card.delivered_theirs == 1 and card.delivery_median is not None
        assert (card.checks_sent, card.checks_answered, card.checks_overdue) == (2, 1, 1)
        assert card.answer_median == answer["received_at"] - outbox[answered]["created_at"] == done.answer_seconds
        assert card.last_heard == max(r["received_at"] for r in jkt.store.inbox(limit=-1))
        assert card.last_heard >= report["received_at"]
        assert card.verified and card.verified_at and card.verified_at.endswith("Z")

        # Kuala Lumpur's scorecard of Jakarta: the mirror image
        [mirror] = kl.scorecards()
        assert (mirror.reports_sent, mirror.reports_received, mirror.our_share) == (1, 3, 0.25)
        assert (mirror.acked, mirror.ack_median, mirror.checks_sent, mirror.checks_answered) == (0, None, 0, 0)
        assert not mirror.verified and mirror.verified_at is None
        assert mirror.delivery_median is not None and mirror.delivered_theirs == 3

        # a period that starts after everything counts nothing (but still says when they were last heard from)
        [empty] = jkt.scorecards(since=later)
        assert (empty.reports_sent, empty.reports_received, empty.checks_sent, empty.our_share) == (0, 0, 0, None)
        assert empty.last_heard == card.last_heard
    finally:
        for server in served.values():
            server.stop()


def test_new_contacts_reach_the_peer_on_the_next_sync(network):
    jkt, kl, kl_id, jkt_id, served = _pair(network)
    try:
        assert jkt.peer(kl_id).card.contacts == ()
        kl.set_contacts(CONTACTS)
        kl.set_contacts(CONTACTS + [{"role": "diplomatic", "name": "Tan Wei Ming", "email": "liaison@kln.example"}])
        assert len(kl.pending_statements()[jkt_id]) == 1  # the newer card replaced the one still waiting
        Sync(kl).run_once()
        assert kl.pending_statements() == {}
        peer = jkt.peer(kl_id)
        assert [c.name for c in peer.card.contacts] == ["Aminah Yusof", "Tan Wei Ming"]
        assert peer.verified  # the same keys: the fingerprint check still holds
        assert peer.to_dict()["contacts"][0]["phone"] == "+60 3 8800 7999"
        # re-adding the card file the peer exports gives the same
        assert jkt.add_peer(kl.card_bytes()).card.contacts == peer.card.contacts
    finally:
        for server in served.values():
            server.stop()


def test_answering_is_for_checks_received_and_only_once(network, draft):
    jkt, kl, kl_id, jkt_id, served = _pair(network)
    try:
        import pytest

        from siaga.base.errors import InputError
        check = jkt.send_check(kl_id)
        report = jkt.file_report(dict(draft, to=[kl_id]))
        Sync(jkt).run_once()
        with pytest.raises(InputError, match="not a communication check"):
            kl.answer_check(report, "Aminah")
        kl.answer_check(check, "Aminah")
        with pytest.raises(InputError, match="already answered by Aminah"):
            kl.answer_check(check, "Someone else")
    finally:
        for server in served.values():
            server.stop()


def test_a_station_that_refuses_card_statements_does_not_hold_up_the_rest(network):
    """An older station answers a card statement with 422: it is dropped for that peer; a rotation is not."""
    from netutil import Answering
    net = network(links=[("jakarta", "kl")])
    jkt, kl_id = net.jakarta, net.id("kl")
    refusal = b'{"error": "bad-statement", "detail": "cannot decode key statement: unsupported statement"}'
    with Answering(422, refusal) as old:
        jkt.update_peer(kl_id, url=old.url)
        jkt.set_contacts(CONTACTS)
        assert len(jkt.pending_statements()[kl_id]) == 1
        Sync(jkt).run_once()
        assert jkt.pending_statements() == {}


def test_a_check_the_peer_refused_is_listed_as_refused(network):
    from siaga.storage.states import GAVE_UP
    net = network(links=[("jakarta", "kl")])
    jkt, kl_id = net.jakarta, net.id("kl")
    check = jkt.send_check(kl_id)
    jkt.store.set_deliveries(kl_id, [(check, GAVE_UP, 1, 0, {"error": "refused by the peer (malformed)"})])
    [listed] = jkt.sent_checks(now=int(time.time()) + 3 * 3600)
    assert listed.state == "refused"

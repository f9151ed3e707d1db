"""An address inside a reported network meets it: 203.0.113.7 and 203.0.113.0/24, IPv4 and IPv6,
with keyed blind indexes only (range keys of networks, probe keys of addresses)."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from test_correlation import _draft, deliver, three  # noqa: F401 - the fixture

from siaga.protocol.correlation_keys import probe_keys, range_keys, report_keys

CASES = [
    ("ipv4-addr", "203.0.113.0/24", "203.0.113.7", "203.0.113.0/24"),
    # between the steps, a network is cut into pieces at the next step: the tie is the piece holding the address
    ("ipv4-addr", "203.0.112.0/22", "203.0.114.250", "203.0.114.0/24"),
    ("ipv4-addr", "198.51.100.0/30", "198.51.100.2", "198.51.100.2"),  # below /28: cut into addresses
    ("ipv6-addr", "2001:db8:abcd::/48", "2001:db8:abcd:12::7", "2001:db8:abcd::/48"),
    ("ipv6-addr", "2001:db8::/29", "2001:db9:ffff::1", "2001:db9::/32"),
]


def _report(base, kind, value, days_ago):
    return _draft(base, value, kind=kind, days_ago=days_ago)


@pytest.mark.parametrize("kind,network,address,label", CASES)
def test_an_address_inside_a_reported_network_is_a_shared_threat(three, draft, kind, network, address,  # noqa: F811
                                                                  label):
    stations, peers = three
    jkt, kl = stations["jkt"], stations["kl"]
    own = jkt.file_report(_report(draft, kind, network, 2))
    # checked before filing: Kuala Lumpur's address is inside Jakarta's network, once Jakarta's report is there
    deliver(jkt, kl, peers[("kl", "jkt")], [own])
    found = kl.correlation.matches(_report(draft, kind, address, 1))
    assert found.count == 1 and found.countries == ("ID",) and [r.id for r in found.reports] == [own]
    theirs = kl.file_report(_report(draft, kind, address, 1))
    deliver(kl, jkt, peers[("jkt", "kl")], [theirs])
    for station in (jkt, kl):
        [threat] = station.correlation.shared_threats()
        assert threat.countries == ("ID", "MY") and {r.id for r in threat.reports} == {own, theirs}
        assert [t.label for t in threat.ties] == [label]
    # the inbox row and the details of each say so
    assert jkt.correlation.seen_countries([theirs]) == {theirs: 2}
    assert kl.correlation.seen_countries([own]) == {own: 2}
    assert jkt.correlation.seen_by([own])[own].countries == ("MY",)
    # the network checked against the address held, the other way round
    assert kl.correlation.matches(_report(draft, kind, network, 1), exclude=[own]).countries == ("MY",)


def test_two_addresses_of_one_network_are_not_a_threat_until_someone_names_the_network(three, draft):  # noqa: F811
    stations, peers = three
    jkt, kl, sg = stations["jkt"], stations["kl"], stations["sg"]
    a = kl.file_report(_report(draft, "ipv4-addr", "203.0.113.7", 3))
    b = sg.file_report(_report(draft, "ipv4-addr", "203.0.113.9", 2))
    deliver(kl, jkt, peers[("jkt", "kl")], [a])
    deliver(sg, jkt, peers[("jkt", "sg")], [b])
    assert jkt.correlation.shared_threats() == []
    assert jkt.correlation.seen_countries([a, b]) == {}
    assert not jkt.correlation.matches(_report(draft, "ipv4-addr", "203.0.113.99", 1))
    # a network outside them, or an address outside the network, ties nothing
    assert not jkt.correlation.matches(_report(draft, "ipv4-addr", "203.0.114.0/24", 1))
    net = jkt.file_report(_report(draft, "ipv4-addr", "203.0.113.0/25", 1))
    [threat] = jkt.correlation.shared_threats()
    assert threat.countries == ("ID", "MY", "SG") and {r.id for r in threat.reports} == {a, b, net}
    assert [t.label for t in threat.ties] == ["203.0.113.0/28"]  # the /25's piece holding both addresses
    outside = jkt.file_report(_report(draft, "ipv4-addr", "203.0.113.200", 1))
    assert outside not in {r.id for r in jkt.correlation.shared_threats()[0].reports}
    assert jkt.correlation.seen_countries([outside]) == {}


def test_the_keys_of_networks_and_addresses():
    content = {"indicators": [{"type": "ipv4-addr", "value": "203.0.112.0/22"},
                              {"type": "ipv4-addr", "value": "203.0.113.7"}]}
    assert {k.label for k in range_keys(content)} == {f"203.0.11{i}.0/24" for i in range(2, 6)}
    assert [k.label for k in probe_keys(content)] == [
        "203.0.0.0/8", "203.0.0.0/12", "203.0.0.0/16", "203.0.112.0/20", "203.0.113.0/24", "203.0.113.0/28"]
    assert "ind:ipv4-addr:203.0.113.0/24" not in {k.text for k in report_keys({"indicators": content["indicators"][1:]})}
    url = {"indicators": [{"type": "url", "value": "hxxp://[2001:db8::5]/x"}]}
    assert "2001:db8::/32" in {k.label for k in probe_keys(url)}
    wide = {"indicators": [{"type": "ipv6-addr", "value": "2001:db8::/121"}]}
    assert len(report_keys(wide)) == 1 + 128 and range_keys(wide) == []  # cut into its 128 addresses


def test_the_new_index_holds_no_plaintext_address_or_network(three, draft):  # noqa: F811
    stations, peers = three
    jkt, kl = stations["jkt"], stations["kl"]
    theirs = kl.file_report(_report(draft, "ipv4-addr", "198.51.100.77", 1))
    deliver(kl, jkt, peers[("jkt", "kl")], [theirs])
    jkt.file_report(_report(draft, "ipv4-addr", "198.51.100.64/26", 1))
    assert len(jkt.correlation.shared_threats()) == 1
    jkt.store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    with closing(sqlite3.connect(jkt.home / "siaga.db")) as db:
        assert db.execute("SELECT COUNT(*) FROM corr_in").fetchone()[0] == 6
        assert db.execute("SELECT COUNT(*) FROM corr_nets").fetchone()[0] == 4  # the /26 cut into /28s
    raw = b"".join(p.read_bytes() for p in jkt.home.iterdir() if p.name.startswith("siaga.db"))
    for text in ("198.51.100.77", "198.51.100.64", "198.51.100.0/24", "198.51.100.64/28", "198.51.100"):
        assert text.encode() not in raw, text


def test_a_station_of_the_schema_before_is_indexed_again_with_its_networks(three, draft):  # noqa: F811
    from siaga.station import Station
    from siaga.storage.store import SCHEMA_VERSION

    from helpers import PASSPHRASE
    stations, peers = three
    jkt, kl = stations["jkt"], stations["kl"]
    theirs = kl.file_report(_report(draft, "ipv4-addr", "203.0.113.7", 2))
    deliver(kl, jkt, peers[("jkt", "kl")], [theirs])
    jkt.file_report(_report(draft, "ipv4-addr", "203.0.113.0/24", 1))
    home = jkt.home
    jkt.close()
    with closing(sqlite3.connect(home / "siaga.db")) as db:  # as schema 5 left it: no probes, no networks
        db.execute("DROP TABLE corr_in")
        db.execute("DROP TABLE corr_nets")
        db.execute("DROP TABLE inbox_hours")
        db.execute("ALTER TABLE corr_msgs DROP COLUMN probes")
        db.execute("UPDATE meta SET value = CAST('5' AS BLOB) WHERE key = 'schema_version'")
        db.commit()
    again = Station.open(home, PASSPHRASE)
    try:
        assert again.store.schema_version() == SCHEMA_VERSION and not again.correlation.backfill_pending
        assert again.correlation.indexed_count() == 2
        [threat] = again.correlation.shared_threats()
        assert threat.countries == ("ID", "MY") and [t.label for t in threat.ties] == ["203.0.113.0/24"]
        # the per-hour counts of the inbox are made from its blind indexes
        assert again.store.db.execute("SELECT SUM(n) FROM inbox_hours WHERE dim = ?",
                                      [b"T" + again.store.cipher.index("type", "early-warning")]).fetchone()[0] == 1
    finally:
        again.close()

"""Inbox pages, filters and word search over messages really sent between stations."""

from __future__ import annotations

import json
import sqlite3
import subprocess
from datetime import datetime, timezone

import pytest
import sqlite_utils

from siaga.base.errors import ValidationError
from siaga.delivery.receiving import accept
from siaga.interop.stix_import import import_stix
from siaga.station import Station
from siaga.storage.inbox_query import InboxQuery, explain
from siaga.storage.store import DB_FILE, MIGRATIONS
from siaga.storage.terms import report_terms, search_words

from helpers import PASSPHRASE
from netutil import child_env, siaga_cmd

DAY = 86400
T0 = int(datetime(2026, 11, 1, tzinfo=timezone.utc).timestamp())


class Desk:
    """A liaison station ("liaison", ID) receiving from kl (MY, verified) and manila (PH, unverified)."""

    def __init__(self, network) -> None:
        net = network(names={"jakarta": "liaison"}, verified=[("jakarta", "kl")])
        self.liaison, self.kl, self.manila = net.jakarta, net.kl, net.manila
        self.links = {name: (net.peers[("jakarta", name)], net.peers[(name, "jakarta")]) for name in ("kl", "manila")}

    def send(self, sender: Station, drafts: list[dict], now: int) -> list[str]:
        """File reports at ``sender`` and have the liaison receive them at ``now``."""
        at_liaison, liaison_at_sender = self.links[sender.profile["name"]]
        ids = sender.file_reports([dict(d, to=[liaison_at_sender.id]) for d in drafts])
        envelopes = sender.store.envelopes(ids)
        accept(self.liaison, [envelopes[i] for i in ids], at_liaison, now=now)
        return ids

    def all_pages(self, query: InboxQuery, limit: int) -> list[str]:
        ids, cursor = [], None
        while True:
            rows, cursor = self.liaison.inbox_page(query, cursor, limit)
            ids += [r["id"] for r in rows]
            if cursor is None:
                return ids

    def ids(self, query: InboxQuery) -> set[str]:
        return set(self.all_pages(query, 1000))


@pytest.fixture
def desk(network):
    return Desk(network)


def report(draft: dict, **changes) -> dict:
    return dict(draft, **changes)


def test_a_row_carries_what_the_table_shows(desk, draft):
    [urgent] = desk.send(desk.kl, [report(draft, severity=4, tlp="TLP:GREEN", summary="Wiper at the port")], T0)
    [plain] = desk.send(desk.manila, [report(draft, type="update", severity=1, pap="PAP:GREEN")], T0 + 60)
    rows, cursor = desk.liaison.inbox_page(InboxQuery())
    assert cursor is None and [r["id"] for r in rows] == [plain, urgent]
    first, second = rows
    assert (first["sender"], first["country"], first["trust"], first["type"]) == ("manila", "PH", "unverified",
                                                                                   "update")
    assert (first["severity"], first["pap"], first["urgent"], first["status"]) == (1, "PAP:GREEN", False, "new")
    assert (second["sender"], second["country"], second["trust"], second["urgent"]) == ("kl", "MY", "verified", True)
    assert (second["code"], second["tlp"], second["summary"]) == (draft["code"], "TLP:GREEN", "Wiper at the port")
    assert second["received_at"] == T0 and not second["external"]

    # a partner's STIX incident is external, whoever made it
    bundle = {"type": "bundle", "id": "bundle--1", "objects": [
        {"type": "identity", "id": "identity--p", "spec_version": "2.1", "name": "Partner CERT"},
        {"type": "incident", "id": "incident--1", "spec_version": "2.1", "name": "Phishing wave at the port",
         "created": "2026-11-20T00:00:00Z", "created_by_ref": "identity--p"}]}
    assert import_stix(desk.liaison, json.dumps(bundle).encode(), "partner.json") == (1, 1)
    external = desk.liaison.inbox_page(InboxQuery(text="phishing"))[0]
    assert [(r["sender"], r["trust"], r["external"]) for r in external] == [("Partner CERT", "external", True)]
    assert {r["id"] for r in desk.liaison.inbox_page(InboxQuery(text="port"))[0]} == {urgent, external[0]["id"]}


def test_pages_follow_each_other_without_gaps_or_duplicates(desk, draft):
    # batches received in the same second, and out of received order across batches
    received = {}
    for batch, now in enumerate((T0 + 50, T0 + 10, T0 + 10, T0 + 30)):
        ids = desk.send(desk.kl if batch % 2 else desk.manila,
                        [report(draft, summary=f"Batch {batch} report {i}") for i in range(6)], now)
        received.update(dict.fromkeys(ids, now))
    seq = {msg_id: n for n, msg_id in enumerate(desk.liaison.store.inbox_ids())}
    newest_first = sorted(received, key=lambda m: (received[m], seq[m]), reverse=True)
    assert len(newest_first) == 24
    for limit in (1, 5, 7, 24, 200):
        assert desk.all_pages(InboxQuery(), limit) == newest_first
        assert desk.all_pages(InboxQuery(descending=False), limit) == newest_first[::-1]

    # a message arriving between two pages shows up on the next first page, not in the middle
    rows, cursor = desk.liaison.inbox_page(InboxQuery(), None, 10)
    [late] = desk.send(desk.kl, [report(draft, summary="Late arrival")], T0 + 100)
    rest = []
    while cursor is not None:
        page, cursor = desk.liaison.inbox_page(InboxQuery(), cursor, 10)
        rest += [r["id"] for r in page]
    assert [r["id"] for r in rows] + rest == newest_first
    assert desk.liaison.inbox_page(InboxQuery(), None, 1)[0][0]["id"] == late


def test_every_filter(desk, draft):
    ids = {}
    ids["ransom"], ids["phish"] = desk.send(desk.kl, [
        report(draft, code="rsit:malicious-code/infected-system", severity=3, tlp="TLP:AMBER", countries=["ID", "MY"]),
        report(draft, code="rsit:fraud/phishing", severity=1, tlp="TLP:GREEN", scope="regional",
               countries=["ASEAN"], summary="Phishing against banks"),
    ], T0)
    ids["ddos"], = desk.send(desk.manila, [
        report(draft, code="rsit:availability/ddos", severity=5, tlp="TLP:CLEAR", scope="bilateral",
               countries=["PH"], summary="DDoS on the tax portal"),
    ], T0 + 2 * DAY)
    # an acknowledgement of the liaison's own report, and a ping, arrive too: they are not reports
    kl_at_liaison, liaison_at_kl = desk.links["kl"]
    own = desk.liaison.file_report(report(draft, to=[kl_at_liaison.id]))
    accept(desk.kl, [desk.liaison.store.envelopes([own])[own]], liaison_at_kl, now=T0)
    ack = desk.kl.acknowledge(own, "received")
    ping = desk.kl.ping(liaison_at_kl.id)
    accept(desk.liaison, list(desk.kl.store.envelopes([ack, ping]).values()), kl_at_liaison, now=T0 + 3 * DAY)

    def only(**fields) -> set[str]:
        return desk.ids(InboxQuery(**fields))

    reports = {ids["ransom"], ids["phish"], ids["ddos"]}
    assert only() == reports
    assert only(types=()) == reports | {ack, ping}
    assert only(types=("acknowledgement",)) == {ack}
    assert only(types=("ping", "update")) == {ping}
    assert only(code="rsit:fraud/phishing") == {ids["phish"]}
    assert only(severity=5) == {ids["ddos"]} and only(severity=0) == set()
    assert only(tlp="tlp:clear") == {ids["ddos"]}
    assert only(status="new") == reports and only(status="resolved") == set()
    assert only(country="my") == {ids["ransom"], ids["phish"]}  # the ASEAN report concerns MY too
    assert only(country="PH") == {ids["phish"], ids["ddos"]}
    assert only(country="ASEAN") == {ids["phish"]}
    assert only(country="FR") == set()
    assert only(since=T0 + DAY) == {ids["ddos"]}
    assert only(until=T0 + DAY) == {ids["ransom"], ids["phish"]}
    assert only(since=T0, until=T0) == {ids["ransom"], ids["phish"]}
    assert only(country="MY", tlp="TLP:GREEN") == {ids["phish"]}
    assert only(country="PH", severity=5, since=T0 + DAY, text="portal") == {ids["ddos"]}
    assert only(country="MY", severity=5) == set()
    # what only reports carry, asked of acknowledgements and pings: nothing, and no index is walked
    for asked in ({"country": "MY"}, {"code": draft["code"]}, {"severity": 3}, {"tlp": "TLP:AMBER"},
                  {"text": "ransomware"}):
        query = InboxQuery(types=("acknowledgement", "ping"), **asked)
        assert desk.ids(query) == set() and explain(desk.liaison.store, query) == [], asked
    assert only(types=("acknowledgement",), status="new") == {ack}  # the status is every message's
    assert only(types=("acknowledgement", "early-warning"), country="MY") == {ids["ransom"], ids["phish"]}


def test_text_search_needs_every_word(desk, draft):
    a, b, c = desk.send(desk.kl, [
        report(draft, summary="Ransomware on provincial government file servers"),
        report(draft, summary="Ransomware at a CAFÉ chain's payment terminals"),
        report(draft, summary="Phishing e-mails spoofing the ministry"),
    ], T0)

    def search(text: str) -> set[str]:
        return desk.ids(InboxQuery(text=text))

    assert search("ransomware") == {a, b}
    assert search("RANSOMWARE servers") == {a}
    assert search("ransomware phishing") == set()
    assert search("cafe") == search("Café") == {b}
    assert search("ransom") == set()  # whole words only
    assert search("e-mails") == search("mails") == {c}  # "e" alone is not a word
    assert search("  ") == {a, b, c}
    assert search_words("Ünïcode wörds, Kebocoran DATA; x") == ["unicode", "words", "kebocoran", "data"]


def test_terms_are_blind_and_plain_words_never_reach_the_disk(desk, draft, tmp_path):
    canary = "canaryword" + "q" * 6
    desk.send(desk.kl, [report(draft, summary=f"Outage {canary} reported")], T0)
    assert "country:ID" in report_terms({"summary": "", "countries": ["ASEAN"]})
    stored = desk.liaison.store.db.execute("SELECT term_ix FROM inbox_terms").fetchall()
    assert stored and all(len(ix) == 8 for (ix,) in stored)
    for path in (tmp_path / "liaison").iterdir():
        assert canary.encode() not in path.read_bytes(), path.name


def test_a_status_change_moves_a_report_between_status_filters(desk, draft):
    first, second = desk.send(desk.kl, [report(draft, summary="One"), report(draft, summary="Two")], T0)
    desk.liaison.acknowledge(first, "investigating")
    assert desk.ids(InboxQuery(status="investigating")) == {first}
    assert desk.ids(InboxQuery(status="new")) == {second}
    [row] = desk.liaison.inbox_page(InboxQuery(status="investigating", text="one"))[0]
    assert row["status"] == "investigating"
    desk.liaison.acknowledge(first, "resolved")
    assert desk.ids(InboxQuery(status="investigating")) == set()
    assert desk.ids(InboxQuery(status="resolved")) == {first}


def test_every_filter_walks_an_index_and_a_filter_matching_nothing_reads_no_row(desk, draft):
    desk.send(desk.kl, [report(draft, countries=["MY"], summary="Botnet traffic from routers"),
                        report(draft, summary="Phishing at the ministry"), report(draft, summary="Site defaced"),
                        report(draft, severity=5, summary="Botnet again")], T0)
    store = desk.liaison.store
    queries = [InboxQuery(), InboxQuery(code=draft["code"]), InboxQuery(severity=3), InboxQuery(tlp="TLP:AMBER"),
               InboxQuery(status="new"), InboxQuery(country="MY"), InboxQuery(text="botnet routers"),
               InboxQuery(since=T0), InboxQuery(until=T0), InboxQuery(types=("early-warning",)),
               InboxQuery(country="MY", severity=3, text="botnet", since=T0, descending=False)]
    for query in queries:
        plan = explain(store, query, after=(T0 + 1, 99) if query.descending else (T0 - 1, 0))
        assert plan[0].startswith("SEARCH") and "USING" in plan[0], (query, plan)
        assert not any("TEMP B-TREE" in step for step in plan), (query, plan)
    # the walk starts from the filter with the fewest matches
    assert "PRIMARY KEY (term_ix=?)" in explain(store, InboxQuery(severity=3, text="botnet"))[0]
    assert "idx_inbox_severity_ix" in explain(store, InboxQuery(severity=5, text="botnet"))[0]
    assert explain(store, InboxQuery(text="botnet nosuchword")) == []
    assert explain(store, InboxQuery(code="rsit:no-such/code", country="MY")) == []


def test_bad_queries_are_refused_with_a_typed_error(desk):
    for bad in ({"severity": 9}, {"severity": True}, {"country": "not a code"}, {"since": "yesterday"},
                {"text": " ".join(f"word{i}" for i in range(17))}, {"types": ["ping"]}, {"code": ""}):
        with pytest.raises(ValidationError):
            InboxQuery(**bad)
    for after, limit in (((1, "x"), 10), ("cursor", 10), (None, 0), (None, 1001)):
        with pytest.raises(ValidationError):
            desk.liaison.inbox_page(InboxQuery(), after, limit)


def _schema_2_copy(db_path, target) -> None:
    """``target``: the database at ``db_path`` as a schema 2 program made it (old indexes, no terms)."""
    old = sqlite_utils.Database(target)
    for migration in MIGRATIONS[:2]:
        migration(old, None)
    old.conn.execute("ATTACH DATABASE ? AS new", [str(db_path)])
    for table in old.table_names():  # the columns schema 2 had (later ones added columns)
        columns = ", ".join(old.table(table).columns_dict)
        old.conn.execute(f"INSERT INTO main.{table} ({columns}) SELECT {columns} FROM new.{table}")
    old.conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [b"2"])
    old.conn.commit()
    old.conn.close()


def test_an_older_database_gets_its_terms_back_filled(desk, draft, tmp_path):
    ids = desk.send(desk.kl, [report(draft, countries=["ASEAN"], summary="Wiper at the harbour"),
                              report(draft, countries=["MY"], summary="Defacement of a ministry site")], T0)
    home = desk.liaison.home
    desk.liaison.close()
    for leftover in (home / f"{DB_FILE}-wal", home / f"{DB_FILE}-shm"):
        assert not leftover.exists()
    _schema_2_copy(home / DB_FILE, tmp_path / "old.db")
    (tmp_path / "old.db").replace(home / DB_FILE)
    conn = sqlite3.connect(home / DB_FILE)
    assert "inbox_terms" not in {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()

    desk.liaison = Station.open(home, PASSPHRASE)
    assert desk.liaison.store.schema_version() == len(MIGRATIONS)
    assert desk.ids(InboxQuery(text="wiper harbour")) == {ids[0]}
    assert desk.ids(InboxQuery(country="TH")) == {ids[0]}
    assert desk.ids(InboxQuery(country="MY")) == set(ids)
    assert explain(desk.liaison.store, InboxQuery(severity=3))[0].startswith(
        "SEARCH i USING INDEX idx_inbox_severity_ix_received_at_seq")
    # new arrivals are indexed as before
    [new] = desk.send(desk.kl, [report(draft, summary="Harbour cranes stopped")], T0 + 5)
    assert desk.ids(InboxQuery(text="harbour")) == {ids[0], new}
    desk.liaison.close()


def test_inbox_list_on_the_command_line(desk, draft):
    ransom, phish = desk.send(desk.kl, [
        report(draft, countries=["MY"], summary="Ransomware at the harbour"),
        report(draft, code="rsit:fraud/phishing", countries=["TH"], summary="Phishing at the harbour"),
    ], T0)
    old, = desk.send(desk.kl, [report(draft, countries=["TH"], summary="Old phishing at the harbour")], T0 - 3 * DAY)

    def listed(*args: str, expect: int = 0) -> subprocess.CompletedProcess:
        result = subprocess.run(siaga_cmd("inbox", "list", *args, "--home", str(desk.liaison.home)),
                                capture_output=True, text=True, env=child_env(), timeout=120,
                                stdin=subprocess.DEVNULL)
        assert result.returncode == expect, result.stderr
        return result

    rows = json.loads(listed("--json", "--country", "TH", "--search", "harbour PHISHING").stdout)
    assert [r["id"] for r in rows] == [phish, old]
    rows = json.loads(listed("--json", "--country", "TH", "--since", "2026-11-01").stdout)
    assert [r["id"] for r in rows] == [phish]
    rows = json.loads(listed("--json", "--until", "2026-10-31").stdout)
    assert [r["id"] for r in rows] == [old]
    text = listed("--search", "ransomware", "--until", "2026-11-01T00:00:00Z").stdout.splitlines()
    assert len(text) == 1 and text[0].startswith(ransom[:16]) and "2026-11-01 00:00" in text[0]
    assert "kl" in text[0] and "MY" in text[0] and "S3" in text[0] and text[0].endswith("new  unread")  # not opened yet
    assert listed("--search", "nothing-like-this").stdout.strip() == "No message matches."
    bad = listed("--since", "last week", expect=2)
    assert bad.stderr.count("\n") == 1 and "--since" in bad.stderr


def claim_identity(station: Station, **claimed: str) -> None:
    """Have ``station`` name itself differently inside its messages (its peers keep its card as it was)."""
    station.store.set_setting("profile", dict(station.profile, **claimed))
    station._profile = None


def test_a_sender_is_listed_as_the_directory_knows_it_not_as_it_claims(desk, draft):
    """kl signs with its own key but names itself "CSIRT C" in Thailand inside its report."""
    [honest] = desk.send(desk.kl, [report(draft, countries=["MY"], summary="Honest report")], T0)
    claim_identity(desk.kl, org="CSIRT C", country="TH")
    [claimer] = desk.send(desk.kl, [report(draft, countries=["MY"], summary="Claimed report")], T0 + 60)
    rows = {r["id"]: r for r in desk.liaison.inbox_page(InboxQuery())[0]}
    assert (rows[claimer]["sender"], rows[claimer]["country"]) == ("kl", "MY")
    assert rows[claimer]["mismatch"] == ["org", "country"]
    assert rows[claimer]["claimed"] == {"org": "CSIRT C", "country": "TH"}
    assert rows[honest]["mismatch"] == [] and rows[honest]["country"] == "MY"
    # the country filter matches what a report concerns, never the sender's claim about itself
    assert desk.ids(InboxQuery(country="TH")) == set()
    assert desk.ids(InboxQuery(country="MY")) == {honest, claimer}
    listed = subprocess.run(siaga_cmd("inbox", "list", "--home", str(desk.liaison.home)), capture_output=True,
                            text=True, env=child_env(), timeout=120, stdin=subprocess.DEVNULL)
    assert listed.returncode == 0, listed.stderr
    line = next(line for line in listed.stdout.splitlines() if line.startswith(claimer[:16]))
    assert " MY " in line and "! claims CSIRT C, TH" in line

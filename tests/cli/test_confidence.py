"""The confidence-building record on the command line, run as real processes: contacts, checks, partners."""

import json
import os
import subprocess
import sys

from test_cli import ok, pair, run  # noqa: F401 - pair is a fixture

from helpers import KHMER_NAME, PASSPHRASE, THAI_NAME, assert_names_printed, pdf_pages, write_json

CONTACTS = [
    {"role": "technical", "name": "Aminah Yusof", "phone": "+60 3 8800 7999", "email": "duty@mycert.example",
     "hours": "08:00-18:00", "tz": "Asia/Kuala_Lumpur"},
    {"role": "management", "name": "Head of MyCERT", "phone": "+60 3 8800 7000", "always": True},
]


def test_contacts_travel_on_the_card_and_a_changed_card_is_refused(pair, tmp_path):  # noqa: F811 - pair is the fixture of test_cli
    jkt, kl, peer_id = pair
    assert "2 contact(s) on the card" in ok("card", "contacts", "set", "--from",
                                            str(write_json(tmp_path / "c.json", CONTACTS)), home=kl)
    assert [c["name"] for c in json.loads(ok("card", "contacts", "show", "--json", home=kl))] == [
        "Aminah Yusof", "Head of MyCERT"]
    ok("card", "export", "--out", str(tmp_path / "kl2.card"), home=kl)
    added = json.loads(ok("peer", "add", str(tmp_path / "kl2.card"), "--json", home=jkt))
    assert added["id"] == peer_id and added["contacts"][0]["phone"] == "+60 3 8800 7999"

    doc = json.loads((tmp_path / "kl2.card").read_text())
    doc["contacts"][0]["phone"] = "+62 21 555 0100"  # someone changed the number to call
    (tmp_path / "forged.card").write_text(json.dumps(doc))
    result = run("peer", "add", str(tmp_path / "forged.card"), home=jkt)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        "siaga: error: cannot decode contact card: the contacts were changed after the card was signed (ask the station"
        " for its card again)"]
    # nothing was lost: the directory still holds the true number
    assert json.loads(ok("peer", "list", "--json", home=jkt))[0]["contacts"][0]["phone"] == "+60 3 8800 7999"


def test_bad_contacts_file_is_refused_naming_the_field(pair, tmp_path):  # noqa: F811 - pair is the fixture of test_cli
    _, kl, _ = pair
    bad = write_json(tmp_path / "bad.json", [{"role": "technical", "name": "X", "phone": "call me"}])
    result = run("card", "contacts", "set", "--from", str(bad), home=kl)
    assert result.returncode == 2 and "contacts[0].phone" in result.stderr and len(result.stderr.splitlines()) == 1
    assert json.loads(ok("card", "contacts", "show", "--json", home=kl)) == []


def test_check_sent_carried_on_bundles_answered_and_scored(pair, tmp_path, qapp):  # noqa: F811 - pair is the fixture of test_cli
    jkt, kl, peer_id = pair
    people = [dict(CONTACTS[0], name=THAI_NAME), {"role": "diplomatic", "name": KHMER_NAME, "phone": "+855 23 000 000"}]
    ok("card", "contacts", "set", "--from", str(write_json(tmp_path / "people.json", people)), home=kl)
    ok("card", "export", "--out", str(tmp_path / "kl-people.card"), home=kl)
    ok("peer", "add", str(tmp_path / "kl-people.card"), home=jkt)
    check = ok("check", "send", peer_id, home=jkt).strip()
    listed = json.loads(ok("check", "list", "--json", home=jkt))
    assert [(c["id"], c["state"]) for c in listed["sent"]] == [(check, "waiting")] and listed["overdue_hours"] == 2
    ok("bundle", "export", "--peer", peer_id, "--out", str(tmp_path / "to-kl.bundle"), home=jkt)
    ok("bundle", "import", str(tmp_path / "to-kl.bundle"), home=kl)
    received = json.loads(ok("check", "list", "--json", home=kl))["received"]
    assert [(c["id"], c["answered_at"]) for c in received] == [(check, None)]
    assert "asks you to confirm you are reachable" in ok("check", "list", home=kl)
    jkt_at_kl = received[0]["peer"]
    ok("check", "answer", check[:12], "--by", "Aminah Yusof", home=kl)
    again = run("check", "answer", check[:12], "--by", "Aminah Yusof", home=kl)
    assert again.returncode == 2 and "already answered" in again.stderr
    ok("bundle", "export", "--peer", jkt_at_kl, "--out", str(tmp_path / "to-jkt.bundle"), home=kl)
    ok("bundle", "import", str(tmp_path / "to-jkt.bundle"), home=jkt)
    [sent] = json.loads(ok("check", "list", "--json", home=jkt))["sent"]
    assert sent["state"] == "answered" and sent["answered_by"] == "Aminah Yusof" and sent["delivered_at"]

    [card] = json.loads(ok("partners", "--json", home=jkt))
    assert (card["peer"], card["checks_sent"], card["checks_answered"], card["reports_sent"]) == (peer_id, 1, 1, 0)
    assert card["answer_median"] == sent["answer_seconds"]
    assert "checks sent 1, answered 1" in ok("partners", home=jkt)
    assert json.loads(ok("partners", "--json", "--since", "2999-01-01", home=jkt))[0]["checks_sent"] == 0
    ok("partners", "--peer", peer_id, "--pdf", str(tmp_path / "kl.pdf"), home=jkt)
    [page] = pdf_pages(tmp_path / "kl.pdf")  # one A4 page
    assert "Partner scorecard" in page and "MY duty desk (MyCERT, MY) as recorded by ID duty desk" in page
    assert "Sent: 1" in page and "Answered by a person: 1" in page and "Overdue: 0" in page
    assert "Received from the partner: 0" in page and "Fingerprint verified: no" in page
    assert "Technical: Somchai" in page and "+60 3 8800 7999" in page
    assert_names_printed(page, THAI_NAME, KHMER_NAME)


def test_only_the_pdf_loads_qt_and_it_needs_no_display(pair, tmp_path, monkeypatch):  # noqa: F811 - pair is the fixture of test_cli
    jkt, _, peer_id = pair
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):  # a server: no display, no platform chosen
        monkeypatch.delenv(name, raising=False)

    def loads_qt(*args: str) -> bool:
        result = subprocess.run([sys.executable, "-X", "importtime", "-m", "siaga", *args, "--home", str(jkt)],
                                capture_output=True, text=True, env=dict(os.environ, SIAGA_PASSPHRASE=PASSPHRASE),
                                timeout=120)
        assert result.returncode == 0, result.stderr[-2000:]
        return "PySide6" in result.stderr

    assert not loads_qt("partners")
    assert loads_qt("partners", "--peer", peer_id, "--pdf", str(tmp_path / "kl.pdf"))
    [page] = pdf_pages(tmp_path / "kl.pdf")
    assert "Partner scorecard MY duty desk (MyCERT, MY) as recorded by ID duty desk" in page


def test_bad_partner_and_check_input_exit_2(pair, tmp_path):  # noqa: F811 - pair is the fixture of test_cli
    jkt, _, _ = pair
    for args in (("check", "send", "zzzz"), ("check", "answer", "abcd", "--by", "me"),
                 ("partners", "--since", "yesterday"), ("partners", "--pdf", str(tmp_path / "x.pdf"))):
        result = run(*args, home=jkt)
        assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1, (args, result.stderr)

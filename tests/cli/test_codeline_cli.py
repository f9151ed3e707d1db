"""Code lines on the command line: encode --for, decode, ingest (real processes)."""

import json
import os
import subprocess
import sys

from test_cli import ok, run

from siaga.protocol import codeline

from helpers import PASSPHRASE, pdf_pages, write_json


def test_a_line_for_a_peer_decoded_and_ingested_there(tmp_path, draft):
    jkt, kl = tmp_path / "jkt", tmp_path / "kl"
    ok("init", "--name", "ID duty desk", "--org", "BSSN", "--country", "ID", home=jkt)
    ok("init", "--name", "MY duty desk", "--org", "MyCERT", "--country", "MY", home=kl)
    ok("card", "export", "--out", str(tmp_path / "kl.card"), home=kl)
    ok("card", "export", "--out", str(tmp_path / "jkt.card"), home=jkt)
    kl_id = ok("peer", "add", str(tmp_path / "kl.card"), home=jkt).strip()
    jkt_id = ok("peer", "add", str(tmp_path / "jkt.card"), home=kl).strip()
    msg_id = ok("report", "new", "--from", str(write_json(tmp_path / "d.json", draft)), home=jkt).strip()

    line = ok("codeline", "encode", msg_id[:12], "--for", kl_id, home=jkt).strip()
    assert len(line) <= 160
    decoded = ok("codeline", "decode", line, home=kl)
    assert f"valid: from {jkt_id}" in decoded and "ID duty desk" in decoded
    assert "NOT valid" in ok("codeline", "decode", line, home=jkt)  # the writer cannot pass it off as received

    body, tag = line.rsplit(" ", 1)[0].rsplit(" ", 1)

    forged = codeline.with_tag(body, tag[0] + ("A" if tag[1] != "A" else "B") + tag[2:])
    for text, words in ((line[:-1] + ("A" if line[-1] != "A" else "B"), "check character"),
                        (forged, "tag does not match")):
        result = run("codeline", "ingest", text, home=kl)
        assert result.returncode == 2 and words in result.stderr, result.stderr
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert json.loads(ok("inbox", "list", "--json", home=kl)) == []

    filed = json.loads(ok("codeline", "ingest", line, "--json", home=kl))
    assert filed == {"id": msg_id[:10], "new": True, "authenticated_by": jkt_id}
    assert "already in the inbox" in ok("codeline", "ingest", line, home=kl)
    rows = json.loads(ok("inbox", "list", "--json", home=kl))
    assert [r["id"] for r in rows] == [msg_id[:10]]


def test_card_by_qr_code_and_printed_page(tmp_path):
    jkt, kl = tmp_path / "jkt", tmp_path / "kl"
    ok("init", "--name", "ID duty desk", "--org", "BSSN", "--country", "ID", home=jkt)
    ok("init", "--name", "MY duty desk", "--org", "MyCERT", "--country", "MY", home=kl)
    ok("card", "export", "--qr", str(tmp_path / "card.png"), "--pdf", str(tmp_path / "card.pdf"), home=jkt)
    assert (tmp_path / "card.png").read_bytes().startswith(b"\x89PNG")
    [page] = pdf_pages(tmp_path / "card.pdf")  # one page, typeset by Qt with no window
    fingerprint = json.loads(ok("station", "--json", home=jkt))["fingerprint"]
    assert "ID duty desk" in page and "BSSN (ID)" in page and fingerprint in page
    peer_id = ok("peer", "add", str(tmp_path / "card.png"), home=kl).strip()
    assert json.loads(ok("peer", "list", "--json", home=kl))[0]["id"] == peer_id
    (tmp_path / "junk.jpg").write_bytes(b"\xff\xd8\xff\xe0 broken jpeg")
    result = run("peer", "add", str(tmp_path / "junk.jpg"), home=kl)
    assert result.returncode == 2 and "picture" in result.stderr and result.stderr.count("\n") == 1


def test_only_the_card_pdf_loads_qt_and_it_needs_no_display(tmp_path, monkeypatch):
    home = tmp_path / "jkt"
    ok("init", "--name", "ID duty desk", "--org", "BSSN", "--country", "ID", home=home)
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):  # a server: no display, no platform chosen
        monkeypatch.delenv(name, raising=False)

    def loads_qt(*args: str) -> bool:
        result = subprocess.run([sys.executable, "-X", "importtime", "-m", "siaga", *args, "--home", str(home)],
                                capture_output=True, text=True, env=dict(os.environ, SIAGA_PASSPHRASE=PASSPHRASE),
                                timeout=120)
        assert result.returncode == 0, result.stderr[-2000:]
        return "PySide6" in result.stderr

    assert not loads_qt("card", "export", "--out", str(tmp_path / "card.json"), "--qr", str(tmp_path / "card.png"))
    assert loads_qt("card", "export", "--pdf", str(tmp_path / "card.pdf"))
    [page] = pdf_pages(tmp_path / "card.pdf")
    assert "ID duty desk" in page and "Fingerprint digits / Angka sidik jari" in page


def test_an_untagged_line_is_listed_apart(tmp_path, draft):
    jkt, kl = tmp_path / "jkt", tmp_path / "kl"
    ok("init", "--name", "ID duty desk", "--org", "BSSN", "--country", "ID", home=jkt)
    ok("init", "--name", "MY duty desk", "--org", "MyCERT", "--country", "MY", home=kl)
    ok("card", "export", "--out", str(tmp_path / "kl.card"), home=kl)
    ok("peer", "add", str(tmp_path / "kl.card"), home=jkt)
    msg_id = ok("report", "new", "--from", str(write_json(tmp_path / "d.json", draft)), home=jkt).strip()
    line = ok("codeline", "encode", msg_id[:12], home=jkt).strip()  # for anyone: no tag
    filed = json.loads(ok("codeline", "ingest", line, "--json", home=kl))
    assert filed == {"id": msg_id[:10], "new": True, "authenticated_by": None}
    assert json.loads(ok("inbox", "list", "--json", home=kl)) == []  # not in the ordinary list
    listed = ok("inbox", "list", home=kl)
    assert "kept apart: siaga inbox list --unauthenticated" in listed and msg_id[:10] not in listed
    rows = json.loads(ok("inbox", "list", "--unauthenticated", "--json", home=kl))
    assert [(r["id"], r["trust"]) for r in rows] == [(msg_id[:10], "codeline-unauthenticated")]
    apart = ok("inbox", "list", "--unauthenticated", home=kl)
    assert apart.startswith("Code lines received WITHOUT authentication") and "[code line, NOT authenticated]" in apart

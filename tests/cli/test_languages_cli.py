"""The command line in every language reports are read in: codebook show, codeline decode, inbox show, report new."""

import json
import os
import subprocess
import sys
from datetime import datetime, timezone

import pytest

from siaga.base.encoding import canonical
from siaga.base.languages import LANGUAGES
from siaga.base.resources import resource_path
from siaga.protocol import codebook, codeline
from siaga.protocol.message import StationInfo, build_report, message_id
from siaga.protocol.render import HEADINGS, draft_note

from helpers import PASSPHRASE, link, write_json

#: the languages with codebook texts here (all nine once every language file is in)
READABLE = tuple(lang for lang in LANGUAGES
                 if lang in ("en", "id") or resource_path("codebook", "languages", f"{lang}.json").is_file())


def run(*args, home=None, passphrase=PASSPHRASE, env=None):
    full_env = {key: value for key, value in os.environ.items() if key != "SIAGA_LANG"}
    full_env.update(env or {})
    if passphrase is not None:
        full_env["SIAGA_PASSPHRASE"] = passphrase
    if home is not None:
        args = (*args, "--home", str(home))
    return subprocess.run([sys.executable, "-m", "siaga", *args], capture_output=True, text=True, env=full_env,
                          timeout=120)


def ok(*args, **kw):
    result = run(*args, **kw)
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.parametrize("lang", READABLE)
def test_codebook_show_reads_in_every_language_with_a_draft_note(lang):
    book = codebook.current()
    code = "rsit:malicious-code/infected-system"
    out = ok("codebook", "show", code, "--lang", lang, passphrase=None)
    assert book.label("classifications", code, lang) in out
    assert book.text("classifications", code, "description", lang) in out
    assert ("Note      " + draft_note(book, lang) in out) == book.is_draft(lang)
    assert ("Note" in out) == (lang not in ("en", "id"))  # every further language is a machine draft today
    observation = ok("codebook", "show", "ransom-note", "--lang", lang, passphrase=None)
    assert book.text("observations", "ransom-note", "help", lang) in observation


@pytest.mark.parametrize("lang", READABLE)
def test_a_code_line_decodes_into_every_language(lang):
    book = codebook.current()
    author = StationInfo(bytes(32), "ID duty desk", "BSSN", "ID")
    content = build_report({"code": "rsit:availability/ddos", "severity": 4, "tlp": "TLP:GREEN", "scope": "bilateral",
                            "countries": ["VN"], "observed_at": "2026-11-24T01:30:00Z", "summary": "DDoS"},
                           author, book, now=datetime(2026, 11, 24, 3, 22, tzinfo=timezone.utc))
    line = codeline.encode(content, message_id(canonical(content)), book)
    out = ok("codeline", "decode", line, "--lang", lang, passphrase=None)
    assert book.label("classifications", "rsit:availability/ddos", lang) in out
    assert book.label("severity", 4, lang) in out and book.label("countries", "VN", lang) in out
    note = draft_note(book, lang)
    assert ("Note         " in out) == bool(note) and note in out


def test_an_unknown_language_is_refused_in_one_line():
    result = run("codebook", "show", "rsit:test/test", "--lang", "xx", passphrase=None)
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "--lang" in result.stderr


@pytest.mark.parametrize("lang", [lang for lang in ("th", "km", "my") if lang in READABLE])
def test_inbox_show_reads_a_report_in_the_readers_language(make_station, draft, lang):
    from siaga.delivery.receiving import accept
    liaison, alpha = make_station("liaison", country="TH"), make_station("alpha", org="VNCERT", country="VN")
    at_liaison, at_alpha = link(liaison, alpha)
    [msg_id] = alpha.file_reports([dict(draft, lang="vi", sectors=["health"], to=[at_alpha.id])])
    accept(liaison, [alpha.store.envelopes([msg_id])[msg_id]], at_liaison)
    book = liaison.books.current
    out = ok("inbox", "show", msg_id[:12], "--lang", lang, home=liaison.home)
    assert out.splitlines()[1].startswith("From      alpha (VNCERT, VN)")
    assert f"{HEADINGS['code'][lang]}: {book.label('classifications', draft['code'], lang)}" in out
    assert book.label("sectors", "health", lang) in out and book.label("countries", "MY", lang) in out
    assert book.text("tlp", "TLP:AMBER", "description", lang) in out
    # the free text as written, its heading naming the author's language in the reader's
    summary_heading = [line for line in out.splitlines() if line.endswith(draft["summary"])][0]
    assert summary_heading.startswith(HEADINGS["summary"][lang]) and HEADINGS["summary"][lang] != "Summary"
    assert "Vietnamese" not in out and "Summary" not in out and "Incident" not in out.split("Status here")[0]
    assert draft_note(book, lang) in out


def test_report_new_names_the_language_of_its_free_text(make_station, draft, tmp_path):
    alpha, partner = make_station("alpha"), make_station("partner", country="MY")
    link(alpha, partner)
    alpha.close()  # the command line opens it on its own

    def filed(*extra, body=draft, env=None):
        out = ok("report", "new", "--from", str(write_json(tmp_path / "d.json", body)), *extra, home=alpha.home,
                 env=env)
        shown = json.loads(ok("outbox", "show", out.strip()[:12], "--json", home=alpha.home))
        return shown["content"].get("lang")

    assert filed("--lang", "fil") == "fil"
    assert filed(body=dict(draft, lang="ms")) == "ms"  # the draft's own word wins over the default
    assert filed(env={"SIAGA_LANG": "id"}) == "id"  # no --lang: the app's language (from SIAGA_LANG, no preference)
    bad = run("report", "new", "--from", str(write_json(tmp_path / "d.json", dict(draft, lang="xx"))),
              home=alpha.home)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "lang" in bad.stderr


def test_codebook_languages_lists_each_status_and_what_each_file_lacks():
    listed = json.loads(ok("codebook", "languages", "--json", passphrase=None))
    rows = {row["code"]: row for row in listed["languages"]}
    assert list(rows) == list(LANGUAGES)
    assert rows["en"]["status"] == rows["id"]["status"] == "reviewed"
    assert rows["th"]["own_name"] == "ไทย" and rows["vi"]["name"] == "Vietnamese"
    for lang in READABLE:
        assert rows[lang]["missing"] == [] and rows[lang]["extra"] == []
    for lang in set(LANGUAGES) - set(READABLE):  # no file yet: everything is missing
        assert rows[lang]["status"] == "missing" and rows[lang]["missing"]
    assert listed["hash"] == codebook.current().content_hash


def test_codebook_template_gives_a_file_to_fill_that_loads(tmp_path):
    filled = json.loads(ok("codebook", "template", "th", passphrase=None))
    assert filled["language"] == "th" and filled["texts"]["severity/3"]["label"] == codebook.current().label(
        "severity", 3, "th")
    empty = json.loads(ok("codebook", "template", "lo", passphrase=None))
    assert empty["texts"]["severity/3"]["label"] == "High" or "lo" in READABLE
    from siaga.protocol import codebook_languages
    language = codebook_languages.parse(json.dumps(empty), "lo.json")
    assert codebook.Codebook(json.loads(json.dumps(codebook.current().data)), languages=[language]).missing("lo") == []
    bad = run("codebook", "template", "id", passphrase=None)
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1


def test_a_country_is_named_by_cldr_in_every_language():
    shown = json.loads(ok("codebook", "show", "KH", "--json", passphrase=None))
    assert set(shown["label"]) == set(LANGUAGES)
    assert shown["label"]["en"] == "Cambodia" and shown["label"]["km"] == "កម្ពុជា" and shown["label"]["th"] == "กัมพูชา"
    assert "កម្ពុជា" in ok("codebook", "show", "KH", "--lang", "km", passphrase=None)

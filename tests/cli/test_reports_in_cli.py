"""``siaga settings --reports-in LANG``: the app's *Reports in*, set and shown headless."""

from __future__ import annotations

import json

from test_cli import ok, run

from siaga.base.languages import LANGUAGES


def test_reports_in_is_set_shown_and_kept_by_the_station(tmp_path):
    home = tmp_path / "vte"
    ok("init", "--name", "LA duty desk", "--org", "LaoCERT", "--country", "LA", home=home)
    shown = json.loads(ok("settings", "--json", home=home))
    assert (shown["reports_in"], shown["chosen"], shown["draft"]) == ("en", False, False)
    assert "as the interface, until chosen" in ok("settings", home=home)

    for lang in LANGUAGES:
        shown = json.loads(ok("settings", "--reports-in", lang, "--json", home=home))
        assert shown["reports_in"] == lang and shown["chosen"] is True
        assert shown["draft"] is (lang not in ("en", "id"))  # every further language is a machine draft
    line = [text for text in ok("settings", "--reports-in", "lo", home=home).splitlines()
            if text.startswith("reports in")]
    assert line == ["reports in   lo  (ລາວ; draft translation)"]
    # the station keeps it: another command, another process, reads it back
    assert json.loads(ok("settings", "--json", home=home))["reports_in"] == "lo"
    back = json.loads(ok("settings", "--reports-in", "interface", "--json", home=home))
    assert (back["reports_in"], back["chosen"]) == ("en", False)


def test_an_unknown_language_is_one_line_on_stderr_and_changes_nothing(tmp_path):
    home = tmp_path / "vte"
    ok("init", "--name", "LA duty desk", "--org", "LaoCERT", "--country", "LA", home=home)
    ok("settings", "--reports-in", "km", home=home)
    bad = run("settings", "--reports-in", "xx", home=home)
    assert bad.returncode == 2 and "--reports-in" in bad.stderr and bad.stderr.count("\n") == 1
    assert json.loads(ok("settings", "--json", home=home))["reports_in"] == "km"


def test_inbox_outbox_and_incident_show_read_in_the_stations_reports_language(make_station, draft):
    from siaga.delivery.receiving import accept
    from siaga.protocol.message import build_ack
    from siaga.protocol.render import HEADINGS, draft_note

    from helpers import link

    liaison, alpha = make_station("liaison", country="TH"), make_station("alpha", org="VNCERT", country="VN")
    at_liaison, at_alpha = link(liaison, alpha)
    [msg_id] = alpha.file_reports([dict(draft, lang="vi", to=[at_alpha.id])])
    accept(liaison, [alpha.store.envelopes([msg_id])[msg_id]], at_liaison)
    ack = liaison.queue_content(build_ack(msg_id, "investigating", "", liaison.info, liaison.books.current),
                                [at_liaison])
    accept(alpha, [liaison.outgoing.envelopes([ack])[ack]], at_alpha)
    book = liaison.books.current
    code_row = f"{HEADINGS['code']['th']}: {book.label('classifications', draft['code'], 'th')}"

    # nothing chosen: as before, English
    out = ok("inbox", "show", msg_id[:12], home=liaison.home)
    assert f"{HEADINGS['code']['en']}: " in out and code_row not in out
    # chosen: the station's Reports in, with its draft note; --lang still wins
    liaison.set_reports_language("th")
    out = ok("inbox", "show", msg_id[:12], home=liaison.home)
    assert code_row in out and draft_note(book, "th") in out and "Severity" not in out
    assert json.loads(ok("inbox", "show", msg_id[:12], "--json", home=liaison.home))["lang"] == "th"
    assert code_row not in ok("inbox", "show", msg_id[:12], "--lang", "en", home=liaison.home)

    # the author's own outbox: the report rows and the acknowledgement's status in its Reports in
    alpha.set_reports_language("km")
    out = ok("outbox", "show", msg_id[:12], home=alpha.home)
    assert f"{HEADINGS['code']['km']}: {book.label('classifications', draft['code'], 'km')}" in out
    assert draft_note(book, "km") in out and draft["summary"] in out
    assert f"{HEADINGS['code']['en']}: " in ok("outbox", "show", msg_id[:12], "--lang", "en", home=alpha.home)
    out = ok("incident", "show", msg_id[:12], home=alpha.home)
    assert book.label("ack_status", "investigating", "km") in out
    assert book.label("message_types", draft.get("type", "early-warning"), "km") in out
    assert "State     " in out  # the command's own words stay in the interface's language

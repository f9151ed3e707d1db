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

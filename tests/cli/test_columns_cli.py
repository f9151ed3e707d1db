"""``siaga columns``: the app's column choice (hide, show again, automatic) set and shown headless."""

from __future__ import annotations

import json

import pytest
from test_cli import ok, run

from siaga.station import Station

from helpers import PASSPHRASE


def shown(home, table):
    out = json.loads(ok("columns", table, "--json", home=home))
    return out["automatic"], [c["column"] for c in out["columns"] if not c["shown"]]


def test_columns_are_hidden_shown_again_and_kept_by_the_station(tmp_path):
    home = tmp_path / "jkt"
    ok("init", "--name", "ID duty desk", "--org", "BSSN", "--country", "ID", home=home)
    assert shown(home, "inbox") == (True, [])  # nothing chosen: the app decides by the room it has
    assert "automatic" in ok("columns", "inbox", home=home).splitlines()[3]
    ok("columns", "inbox", "--hide", "country, tlp", home=home)
    assert shown(home, "inbox") == (False, ["country", "tlp"])
    lines = ok("columns", "inbox", "--show", "tlp", "--hide", "code", home=home).splitlines()
    assert [line.split()[0] for line in lines if line.split()[1] == "hidden"] == ["country", "code"]
    assert "summary      shown (always)" in lines
    ok("columns", "outbox", "--hide", "incident", home=home)
    with Station.open(home, PASSPHRASE) as station:  # the same choice the app reads
        assert station.columns.hidden("inbox") == ["country", "code"]
        assert station.columns.hidden("outbox") == ["incident"]
    ok("columns", "inbox", "--automatic", home=home)
    assert shown(home, "inbox") == (True, []) and shown(home, "outbox") == (False, ["incident"])


@pytest.mark.parametrize("args, words", [
    (("inbox", "--hide", "summary"), "always shown"),
    (("inbox", "--hide", "nonsense"), "no column 'nonsense'"),
    (("inbox", "--hide", "tlp", "--show", "tlp"), "both hidden and shown"),
    (("inbox", "--automatic", "--hide", "tlp"), "--automatic"),
    (("drafts",), "invalid choice"),
])
def test_a_bad_column_is_one_line_on_stderr_and_changes_nothing(tmp_path, args, words):
    home = tmp_path / "jkt"
    ok("init", "--name", "ID duty desk", "--org", "BSSN", "--country", "ID", home=home)
    ok("columns", "inbox", "--hide", "code", home=home)
    bad = run("columns", *args, home=home)
    assert bad.returncode == 2 and words in bad.stderr and bad.stderr.count("\n") == 1, bad.stderr
    assert shown(home, "inbox") == (False, ["code"])

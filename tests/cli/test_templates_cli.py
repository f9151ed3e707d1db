"""siaga report template list / show: the form's templates, headless, as drafts that report new files."""

import json
import os
import subprocess
import sys

from helpers import PASSPHRASE, link


def run(*args, home=None, stdin=None):
    env = dict(os.environ, SIAGA_PASSPHRASE=PASSPHRASE)
    if home is not None:
        args = (*args, "--home", str(home))
    return subprocess.run([sys.executable, "-m", "siaga", *args], capture_output=True, text=True, input=stdin,
                          env=env, timeout=120)


def test_templates_are_listed_in_either_language_with_their_typical_indicators():
    listed = run("report", "template", "list", "--json", "--lang", "id")
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert [r["code"] for r in rows] == ["phishing", "ransomware", "defacement", "ddos"]
    assert rows[1]["label"] == "Ransomware (pemerasan)" and "sha256" in rows[1]["indicators"]
    text = run("report", "template", "list").stdout
    assert "defacement   Website defacement" in text and "typical indicators: email-addr, url, domain-name" in text


def test_a_template_shown_as_a_draft_is_filed_by_report_new(make_station):
    jakarta = make_station("jakarta", country="ID")
    link(jakarta, make_station("kl", country="MY"))
    home = jakarta.home
    jakarta.close()
    shown = run("report", "template", "show", "phishing", "--country", "MY")
    assert shown.returncode == 0, shown.stderr
    draft = json.loads(shown.stdout)
    assert draft["observations"] == ["password-email"] and draft["code"] == "rsit:fraud/phishing"
    assert (draft["scope"], draft["countries"]) == ("bilateral", ["MY"])
    filed = run("report", "new", "--from", "-", "--json", home=home, stdin=shown.stdout)
    assert filed.returncode == 0, filed.stderr
    listed = json.loads(run("outbox", "list", "--json", home=home).stdout)
    assert [r["id"] for r in listed] == [json.loads(filed.stdout)] and listed[0]["code"] == "rsit:fraud/phishing"


def test_an_unknown_template_or_country_is_one_line_and_exit_2():
    for args, words in ((("floods",), "unknown template 'floods' (one of: phishing"),
                        (("ddos", "--country", "XX"), "unknown country or group code 'XX'")):
        result = run("report", "template", "show", *args)
        assert result.returncode == 2 and result.stdout == ""
        assert len(result.stderr.strip().splitlines()) == 1 and words in result.stderr, result.stderr

"""MISP's warning lists, read offline from pymispwarninglists: known benign indicators are flagged."""

from __future__ import annotations

import pytest

from siaga.station import warning_lists


@pytest.mark.parametrize(("kind", "value", "category"), [
    ("ipv4-addr", "8.8.8.8", "resolver"),
    ("ipv4-addr", "10.0.0.1", "private"),
    ("domain-name", "google.com", "popular"),
    ("domain-name", "GOOGLE[.]com", "popular"),
    ("md5", "d41d8cd98f00b204e9800998ecf8427e", "known-file"),
    ("sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "known-file"),
])
def test_known_benign_indicators_are_flagged(kind, value, category):
    found = warning_lists.check(kind, value)
    assert category in {w.category for w in found}, found
    assert all(w.list_name for w in found)


def test_a_documentation_address_is_flagged_as_documentation_not_as_an_attacker():
    found = warning_lists.check("ipv4-addr", "203.0.113.7")
    assert found and found[0].category == "documentation"
    assert "private" not in {w.category for w in found}
    assert "documentation" in found[0].text()
    assert warning_lists.check("ipv6-addr", "2001:db8::7")[0].category == "documentation"
    assert warning_lists.check("url", "https://login.example/x")[0].category == "documentation"


def test_an_unknown_indicator_and_a_malformed_one_have_no_warning():
    assert warning_lists.check("domain-name", "zq7-not-a-known-site-4711.xyz") == []
    assert warning_lists.check("ipv4-addr", "300.1.1.1") == []


def test_a_report_is_checked_indicator_by_indicator():
    found = warning_lists.check_indicators([{"type": "ipv4-addr", "value": "8.8.8.8"},
                                            {"type": "domain-name", "value": "zq7-not-a-known-site-4711.xyz"},
                                            "not an indicator"])
    assert [bool(w) for w in found] == [True, False, False]


def test_the_version_names_the_package_and_its_lists():
    text = warning_lists.version_text()
    assert text.startswith("warning lists: pymispwarninglists ") and "MISP warning lists" in text

import pytest

from siaga.base.errors import ValidationError
from siaga.protocol import indicators


@pytest.mark.parametrize("kind, value, expected", [
    ("ipv4-addr", " 203.0.113.7 ", "203.0.113.7"),
    ("ipv4-addr", "198.51.100.0/24", "198.51.100.0/24"),
    ("ipv4-addr", "203[.]0[.]113[.]7", "203.0.113.7"),
    ("ipv6-addr", "2001:DB8::1", "2001:db8::1"),
    ("domain-name", "Evil.Example.", "evil.example"),
    ("domain-name", "update-check[.]example", "update-check.example"),
    ("domain-name", "bücher.example", "bücher.example"),
    ("url", "hxxps://bad.example/path?q=1", "https://bad.example/path?q=1"),
    ("url", "http://203.0.113.9:8080/x", "http://203.0.113.9:8080/x"),
    ("email-addr", "Phisher@Mail.Example", "Phisher@mail.example"),
    ("email-addr", "phisher[@]mail[.]example", "phisher@mail.example"),
    ("md5", "D41D8CD98F00B204E9800998ECF8427E", "d41d8cd98f00b204e9800998ecf8427e"),
    ("sha1", "a" * 40, "a" * 40),
    ("sha256", "b" * 64, "b" * 64),
    ("sha512", "c" * 128, "c" * 128),
])
def test_valid_values_are_normalised(kind, value, expected):
    assert indicators.normalise(kind, value) == expected


@pytest.mark.parametrize("kind, value", [
    ("ipv4-addr", "300.1.1.1"),
    ("ipv4-addr", "10.0.0.1/8"),
    ("ipv6-addr", "2001:db8::zz"),
    ("domain-name", "localhost"),
    ("domain-name", "-bad-.example"),
    ("domain-name", "a" * 64 + ".example"),
    ("domain-name", "host.123"),
    ("url", "javascript:alert(1)"),
    ("url", "https:///nohost"),
    ("url", "http://bad.example:99999/"),
    ("email-addr", "no-at-sign.example"),
    ("email-addr", "a..b@mail.example"),
    ("md5", "xyz"),
    ("sha256", "a" * 63),
    ("filename", "x.exe"),
    ("url", ""),
    ("sha1", None),
])
def test_invalid_values_are_refused(kind, value):
    with pytest.raises(ValueError):
        indicators.normalise(kind, value)


def test_list_errors_name_the_position_and_type():
    with pytest.raises(ValidationError) as info:
        indicators.validate_list([{"type": "ipv4-addr", "value": "192.0.2.1"},
                                  {"type": "sha256", "value": "not-a-hash"}])
    assert "indicators[1] (sha256)" in str(info.value)


def test_list_removes_exact_duplicates_after_normalising():
    out = indicators.validate_list([{"type": "domain-name", "value": "a.example"},
                                    {"type": "domain-name", "value": "A.EXAMPLE."}])
    assert out == [{"type": "domain-name", "value": "a.example"}]


def test_list_refuses_unknown_keys():
    with pytest.raises(ValidationError, match=r"indicators\[0\]"):
        indicators.validate_list([{"type": "md5", "value": "a" * 32, "comment": "x"}])


@pytest.mark.parametrize("value, kind", [
    ("203.0.113.7", "ipv4-addr"), ("203[.]0[.]113[.]300", "ipv4-addr"), ("198.51.100.0/24", "ipv4-addr"),
    ("2001:db8::1", "ipv6-addr"), ("hxxps://bad.example/x", "url"), ("phisher[@]mail.example", "email-addr"),
    ("D41D8CD98F00B204E9800998ECF8427E", "md5"), ("a" * 40, "sha1"), ("a" * 63, "sha256"), ("b" * 128, "sha512"),
    ("update-check[.]example", "domain-name"), ("just words", None), ("nodots", None), ("", None),
])
def test_kind_is_guessed_from_the_shape(value, kind):
    assert indicators.guess_kind(value) == kind


def test_a_guessed_kind_lets_normalise_name_the_problem():
    kind = indicators.guess_kind("a" * 63)
    with pytest.raises(ValueError, match="64 hexadecimal"):
        indicators.normalise(kind, "a" * 63)


@pytest.mark.parametrize("value", ["hxxps://x[", "http://[::1", "http://a]b.example/", "http://[not-an-ip]/x",
                                   "https://bad.example[/x"])
def test_a_lone_bracket_in_a_url_is_an_indicator_problem_with_a_reason(value):
    # typed on the way to a defanged "[.]", or an IPv6 address not yet closed
    with pytest.raises(indicators.IndicatorError) as info:
        indicators.normalise("url", value)
    assert info.value.reason.code == "url-brackets"
    assert "[.]" in info.value.reason


def test_a_bracketed_ipv6_host_is_still_a_url():
    assert indicators.normalise("url", "http://[2001:db8::1]:8080/x") == "http://[2001:db8::1]:8080/x"


def test_the_report_form_lists_a_lone_bracket_as_a_problem_of_its_line():
    from siaga.station.report_form import parse_indicators
    lines = parse_indicators("hxxps://x[\n203.0.113.7")
    assert lines[0].problem is not None and lines[0].problem.code == "url-brackets"
    assert lines[1].problem is None


def test_the_command_line_refuses_a_lone_bracket_with_exit_2_and_one_line(tmp_path, draft):
    import json
    import os
    import subprocess
    import sys

    from helpers import PASSPHRASE

    env = dict(os.environ, SIAGA_PASSPHRASE=PASSPHRASE)
    home = tmp_path / "desk"

    def siaga(*args):
        return subprocess.run([sys.executable, "-m", "siaga", *args, "--home", str(home)], capture_output=True,
                              text=True, env=env, timeout=120)

    assert siaga("init", "--name", "ID duty desk", "--org", "BSSN", "--country", "ID").returncode == 0
    path = tmp_path / "draft.json"
    path.write_text(json.dumps(dict(draft, indicators=[{"type": "url", "value": "http://[::1"}])))
    result = siaga("report", "new", "--from", str(path))
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and "internal error" not in result.stderr
    assert "indicators[0] (url)" in result.stderr and "[.]" in result.stderr


@pytest.mark.parametrize("name", [
    "example.com", "mail.kementerian.go.id", "a.b", "x1-y2.example.org", "a" * 63 + ".com", "ab--cd.com",
    "xn--bcher-kva.example", "xn--zz.com", "-a.com", "a-.com", "a..com", "a_b.com", "example.123",
    "b\u00fccher.example", "EXAMPLE.COM", "a" * 64 + ".com", ".".join(["abcdefghi"] * 26) + ".com",
])
def test_plain_names_skip_idna_with_the_same_answer(name):
    """A plain ASCII name takes a shortcut past IDNA; the answer (name or refusal) is the one IDNA gives."""
    import re

    import idna

    from siaga.protocol.indicators import IndicatorError, normalise

    lower = name.lower()
    try:
        expected = idna.encode(lower, uts46=True).decode("ascii")
        ok = len(expected) <= 253 and not expected.rsplit(".", 1)[1].isdigit() and all(
            re.fullmatch(r"[a-z0-9_](?:[a-z0-9-_]{0,61}[a-z0-9])?", label) for label in expected.split("."))
    except idna.IDNAError:
        ok = False
    try:
        got = normalise("domain-name", name)
    except IndicatorError:
        assert not ok, name
    else:
        assert ok and got == lower, name


@pytest.mark.parametrize("value", [
    "203.0.113.7", "0.0.0.0", "255.255.255.255", "10.0.0.1", "1.2.3.4", "199.99.9.250",
    "256.1.1.1", "01.2.3.4", "1.2.3", "1.2.3.4.5", "1.2.3.4/32", " 1.2.3.4", "1.2.3.4 ", "1[.]2.3.4", "١.2.3.4",
    "1.2.3.04", "300.0.0.1", "1.2.3.4\n",
])
def test_an_ipv4_address_in_canonical_form_gives_what_ipaddress_gives(value):
    import ipaddress

    try:
        expected = str(ipaddress.ip_network(value.strip(), strict=True)) if "/" in value else str(
            ipaddress.IPv4Address(indicators.refang(value)))
    except ValueError:
        expected = None
    if expected is None:
        with pytest.raises(indicators.IndicatorError):
            indicators.normalise("ipv4-addr", value)
    else:
        assert indicators.normalise("ipv4-addr", value) == expected


@pytest.mark.parametrize("value", ["hxxp://a.example", "hXXps://a.example", "hxXp://a.example", "a[.]example",
                                   "a(.)example", "a{.}example", "a[dot]example", "me[@]a.example", "me[at]a.example",
                                   "2001[:]db8::1", "  plain.example  ", "hxxx.example", "http://a.example/x(y)"])
def test_refang_gives_the_same_with_or_without_its_shortcut(value):
    import re

    text = value.strip()
    text = re.sub(r"^h[xX]{2}p(s?)://", r"http\1://", text)
    for fanged, plain in (("[.]", "."), ("(.)", "."), ("{.}", "."), ("[dot]", "."),
                          ("[:]", ":"), ("[@]", "@"), ("[at]", "@")):
        text = text.replace(fanged, plain)
    assert indicators.refang(value) == text

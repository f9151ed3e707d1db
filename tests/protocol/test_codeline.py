import pytest

from siaga.base.encoding import canonical
from siaga.base.errors import CodeLineError
from siaga.protocol import codebook, codeline
from siaga.protocol.message import StationInfo, build_ack, build_ping, build_report, message_id

AUTHOR = StationInfo(bytes(32), "Duty desk", "National CSIRT", "ID")


@pytest.fixture
def report(draft):
    content = build_report(draft, AUTHOR, codebook.current())
    return content, message_id(canonical(content))


def test_report_line_round_trips_the_coded_fields(report):
    content, msg_id = report
    line = codeline.encode(content, msg_id, codebook.current())
    assert len(line) <= 80 and line.isascii()
    fields = codeline.decode(line, codebook.codebooks())
    for key in ("type", "code", "severity", "tlp", "pap", "scope", "countries", "codebook"):
        assert fields[key] == content[key]
    assert fields["observed_at"] == content["observed_at"][:16] + ":00Z"
    assert fields["id_prefix"] == codeline.id_prefix(msg_id)


def test_decoding_tolerates_case_and_spacing(report):
    content, msg_id = report
    line = codeline.encode(content, msg_id, codebook.current())
    assert codeline.decode("  " + line.lower().replace(" ", "   ") + " ", codebook.codebooks())["code"] == content["code"]


def test_every_single_character_mistake_is_caught(report):
    content, msg_id = report
    line = codeline.encode(content, msg_id, codebook.current())
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    for pos, ch in enumerate(line):
        if not ch.isalnum():
            continue
        wrong = alphabet[(alphabet.index(ch) + 7) % 36]
        with pytest.raises(CodeLineError):
            codeline.decode(line[:pos] + wrong + line[pos + 1:], codebook.codebooks())


def test_wrong_check_character_says_so(report):
    content, msg_id = report
    line = codeline.encode(content, msg_id, codebook.current())
    bad = line[:-1] + ("A" if line[-1] != "A" else "B")
    with pytest.raises(CodeLineError, match="check character"):
        codeline.decode(bad, codebook.codebooks())


def test_unknown_code_with_valid_check_is_named():
    from stdnum.iso7064 import mod_37_36
    body = "SG1 2026.1 EW ZZ.ZZ S3 TA PA R ID 2611240100Z ABCDEFGH"
    line = body + " " + mod_37_36.calc_check_digit("".join(c for c in body if c.isalnum()))
    with pytest.raises(CodeLineError, match="ZZ.ZZ"):
        codeline.decode(line, codebook.codebooks())


def test_many_countries_still_fit(report, draft):
    draft["scope"] = "global"
    draft["countries"] = [c["code"] for c in codebook.current().entries("countries")][:60]
    content = build_report(draft, AUTHOR, codebook.current())
    line = codeline.encode(content, message_id(canonical(content)), codebook.current())
    assert len(line) <= 80
    fields = codeline.decode(line, codebook.codebooks())
    assert fields["more_countries"] > 0
    assert len(fields["countries"]) + fields["more_countries"] == 60


def test_ack_and_ping_lines(report):
    content, msg_id = report
    book = codebook.current()
    ack = build_ack(msg_id, "resolved", "done", AUTHOR, book)
    fields = codeline.decode(codeline.encode(ack, message_id(canonical(ack)), book), codebook.codebooks())
    assert fields["status"] == "resolved" and fields["in_reply_to_prefix"] == codeline.id_prefix(msg_id)
    ping = build_ping(AUTHOR, book)
    fields = codeline.decode(codeline.encode(ping, message_id(canonical(ping)), book), codebook.codebooks())
    assert fields["type"] == "ping"


@pytest.mark.parametrize("line", ["", "hello", "SG2 2026.1 EW", "SG1 a b c d é"])
def test_garbage_lines_are_refused(line):
    with pytest.raises(CodeLineError):
        codeline.decode(line, codebook.codebooks())


def test_render_in_both_languages(report):
    content, msg_id = report
    book = codebook.current()
    fields = codeline.decode(codeline.encode(content, msg_id, book), codebook.codebooks())
    en = dict(codeline.render(fields, book, "en"))
    id_ = dict(codeline.render(fields, book, "id"))
    assert en["code"] != id_["code"] and content["code"] in en["code"] and content["code"] in id_["code"]


@pytest.mark.parametrize("kind", ["update", "final"])
def test_an_update_line_names_its_incident_and_still_fits(report, draft, kind):
    root, root_id = report
    many = ["ID", "MY", "PH", "SG", "TH", "VN", "LA", "KH", "MM", "BN", "TL", "JP", "KR", "CN", "IN", "AU"]
    for countries in (["ASEAN"], many):
        content = build_report(dict(draft, type=kind, in_reply_to=root_id, countries=countries), AUTHOR,
                               codebook.current())
        line = codeline.encode(content, message_id(canonical(content)), codebook.current())
        assert len(line) <= 80
        groups = line.split()
        assert groups[2] == {"update": "UP", "final": "FI"}[kind]
        assert groups[-3] == "R" + codeline.id_prefix(root_id)
        fields = codeline.decode(line, codebook.codebooks())
        assert fields["incident_prefix"] == codeline.id_prefix(root_id) and fields["type"] == kind
        shown = {lang: dict(codeline.render(fields, codebook.current(), lang)) for lang in ("en", "id")}
        assert shown["en"]["incident"] == f"{codeline.id_prefix(root_id)} (the incident's first report)"
        assert shown["id"]["incident"] == f"{codeline.id_prefix(root_id)} (laporan pertama insiden ini)"
    # a line from an older station, without the reference, is still read
    old = build_report(dict(draft, type=kind), AUTHOR, codebook.current())
    assert "incident_prefix" not in codeline.decode(codeline.encode(old, message_id(canonical(old)),
                                                                   codebook.current()), codebook.codebooks())

"""The tag of a code line addressed to one peer."""

import pytest
from nacl.public import PrivateKey

from siaga.base.encoding import canonical
from siaga.base.errors import CodeLineError
from siaga.protocol import codebook, codeline, codeline_tag
from siaga.protocol.message import StationInfo, build_report, message_id

BOOKS = codebook.codebooks()


def keys():
    a, b, c = PrivateKey.generate(), PrivateKey.generate(), PrivateKey.generate()
    return a, b, c


def pk(key):
    return bytes(key.public_key)


@pytest.fixture
def report(draft):
    content = build_report(draft, StationInfo(bytes(32), "Duty desk", "National CSIRT", "ID"), codebook.current())
    return content, message_id(canonical(content))


def test_both_stations_derive_the_same_key_and_only_in_one_direction():
    a, b, c = keys()
    a_to_b = codeline_tag.line_key(bytes(a), pk(b), pk(a), pk(b))
    assert a_to_b == codeline_tag.line_key(bytes(b), pk(a), pk(a), pk(b))
    assert a_to_b != codeline_tag.line_key(bytes(b), pk(a), pk(b), pk(a))  # B to A is another key
    assert a_to_b != codeline_tag.line_key(bytes(c), pk(a), pk(a), pk(c))
    assert len(a_to_b) == 32


def test_a_tagged_line_is_checked_by_its_reader_and_names_the_writer(report):
    content, msg_id = report
    a, b, c = keys()
    line = codeline_tag.encode_for(content, msg_id, codebook.current(),
                                   codeline_tag.line_key(bytes(a), pk(b), pk(a), pk(b)), pk(b))
    plain = codeline.encode(content, msg_id, codebook.current())
    assert len(line) <= codeline.MAX_TAGGED_LENGTH and len(line) == len(plain) + 1 + codeline.TAG_CHARS
    fields = codeline.decode(line, BOOKS)
    assert fields["code"] == content["code"] and len(fields["tag"]) == 8
    candidates = [("c", codeline_tag.line_key(bytes(b), pk(c), pk(c), pk(b))),
                  ("a", codeline_tag.line_key(bytes(b), pk(a), pk(a), pk(b)))]
    checked, peer = codeline_tag.check(line.lower(), BOOKS, pk(b), candidates)
    assert peer == "a" and checked["id_prefix"] == codeline.id_prefix(msg_id)


def test_one_country_fits_80_characters(draft):
    content = build_report(dict(draft, scope="bilateral", countries=["MY"]),
                           StationInfo(bytes(32), "x", "y", "ID"), codebook.current())
    a, b, _ = keys()
    line = codeline_tag.encode_for(content, message_id(canonical(content)), codebook.current(),
                                   codeline_tag.line_key(bytes(a), pk(b), pk(a), pk(b)), pk(b))
    assert len(line) <= 80


def test_each_refusal_says_which(report):
    content, msg_id = report
    a, b, c = keys()
    key_ab = codeline_tag.line_key(bytes(a), pk(b), pk(a), pk(b))
    line = codeline_tag.encode_for(content, msg_id, codebook.current(), key_ab, pk(b))
    at_b = [("a", codeline_tag.line_key(bytes(b), pk(a), pk(a), pk(b)))]

    def reason(text, own=pk(b), candidates=at_b):
        with pytest.raises(CodeLineError) as info:
            codeline_tag.check(text, BOOKS, own, candidates)
        return info.value.params["detail"].code

    # one wrong character anywhere: the check character catches it
    pos = line.index(" ", 4) + 1
    assert reason(line[:pos] + ("9" if line[pos] != "9" else "8") + line[pos + 1:]) == "code-line-check"
    # a changed field with a recomputed check character: the tag catches it
    body, tag = line.rsplit(" ", 1)[0].rsplit(" ", 1)
    forged_body = body.replace(" S3 ", " S5 ")
    assert forged_body != body
    assert reason(codeline.with_tag(forged_body, tag)) == "code-line-tag"
    # from a station the reader does not know
    key_cb = codeline_tag.line_key(bytes(c), pk(b), pk(c), pk(b))
    assert reason(codeline_tag.encode_for(content, msg_id, codebook.current(), key_cb, pk(b))) == "code-line-tag"
    # for another station: the reader hint differs (1 in 32 stations share a hint: pick one that does not)
    others = [k for k in (PrivateKey.generate() for _ in range(40))
              if codeline_tag.reader_hint(pk(k)) != codeline_tag.reader_hint(pk(b))]
    assert reason(line, own=pk(others[0])) == "code-line-other-station"
    assert reason(codeline.encode(content, msg_id, codebook.current())) == "code-line-untagged"


def test_forgery_odds_are_between_2_to_30_and_2_to_40():
    assert 30 <= codeline_tag.MAC_BITS <= 40


def test_an_update_line_for_one_peer_carries_both_its_incident_and_its_tag(draft):
    root = "ab" * 32
    content = build_report(dict(draft, type="update", in_reply_to=root),
                           StationInfo(bytes(32), "Duty desk", "National CSIRT", "ID"), codebook.current())
    msg_id = message_id(canonical(content))
    a, b, _ = keys()
    key = codeline_tag.line_key(bytes(a), pk(b), pk(a), pk(b))
    line = codeline_tag.encode_for(content, msg_id, codebook.current(), key, pk(b))
    assert len(line) <= codeline.MAX_TAGGED_LENGTH
    fields = codeline.decode(line, BOOKS)
    assert fields["incident_prefix"] == codeline.id_prefix(root) and len(fields["tag"]) == codeline.TAG_CHARS
    assert fields["id_prefix"] == codeline.id_prefix(msg_id)
    checked, peer = codeline_tag.check(line, BOOKS, pk(b), [("a", codeline_tag.line_key(bytes(b), pk(a), pk(a),
                                                                                         pk(b)))])
    assert peer == "a" and checked["incident_prefix"] == codeline.id_prefix(root)

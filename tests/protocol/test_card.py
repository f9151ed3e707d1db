import json

import pytest
from nacl.signing import SigningKey

from siaga.base.errors import DecodeError, ValidationError
from siaga.protocol.card import fingerprint_digits, make_card, read_card


def _card(url="https://csirt.example/siaga"):
    signing = SigningKey.generate()
    return signing, make_card(signing, bytes(32), "Duty desk", "MyCERT", "MY", url)


def test_card_round_trip():
    signing, data = _card()
    card = read_card(data, {"MY"})
    assert card.name == "Duty desk" and card.country == "MY" and card.url == "https://csirt.example/siaga"
    assert card.sign_pk == bytes(signing.verify_key)
    assert len(card.fingerprint.split()) == 6


@pytest.mark.parametrize("field, value", [("name", "Impostor"), ("url", "https://evil.example"),
                                          ("box_pk", "B" * 43)])
def test_altered_card_is_refused(field, value):
    _, data = _card()
    doc = json.loads(data)
    doc["body"][field] = value
    with pytest.raises(DecodeError, match="signature does not match"):
        read_card(json.dumps(doc).encode())


def test_relabelled_key_is_refused():
    _, data = _card()
    doc = json.loads(data)
    doc["body"]["sign_pk"] = json.loads(_card()[1])["body"]["sign_pk"]
    with pytest.raises(DecodeError):
        read_card(json.dumps(doc).encode())


@pytest.mark.parametrize("data", [b"", b"{}", b"[1,2]", b"\xff\xfe", b'{"siaga_card": 2, "body": {}}',
                                  b"x" * 20000])
def test_malformed_card_is_refused(data):
    with pytest.raises(DecodeError):
        read_card(data)


def test_unknown_country_and_bad_url():
    _, data = _card()
    with pytest.raises(DecodeError, match="country"):
        read_card(data, {"ID"})
    with pytest.raises(ValidationError, match="url"):
        make_card(SigningKey.generate(), bytes(32), "a", "b", "MY", "ftp://x.example")


def test_fingerprint_digits_are_readable_and_key_bound():
    a = fingerprint_digits(bytes(32), bytes(32))
    assert len(a.split()) == 6 and all(len(g) == 5 and g.isdigit() for g in a.split())
    assert fingerprint_digits(bytes(32), bytes(32)) == a
    assert fingerprint_digits(bytes(31) + b"\x01", bytes(32)) != a
    assert fingerprint_digits(bytes(32), bytes(31) + b"\x01") != a

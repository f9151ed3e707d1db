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


@pytest.mark.parametrize("url", ["http://[::1", "https://x.example]/", "http://[not-an-address]/", "http://"])
def test_an_endpoint_url_that_does_not_parse_is_a_reason_not_a_crash(url):
    with pytest.raises(ValidationError, match="url") as caught:
        make_card(SigningKey.generate(), bytes(32), "a", "b", "MY", url)
    assert caught.value.params["detail"].code == "url-http"


def _signed_card(**changes) -> bytes:
    """A card signed by the key it names, with body fields ``make_card`` itself would refuse to write."""
    from siaga.base.encoding import b64e, canonical
    from siaga.protocol.card import CARD_DOMAIN
    signing, data = _card()
    body = dict(json.loads(data)["body"], **changes)
    sig = signing.sign(CARD_DOMAIN + canonical(body)).signature
    return json.dumps({"siaga_card": 1, "body": body, "sig": b64e(sig)}).encode()


@pytest.mark.parametrize("field, value", [
    ("name", "Alpha\x1b[2J\x1b[31mdesk"), ("name", "Alpha\ndesk"), ("name", "Alpha\u202eksed"),
    ("org", "CSIRT\x07"), ("org", "CSIRT\x9b31m"), ("org", "CSIRT\u2066x"), ("country", "M\x00"),
    ("url", "https://csirt.example/\x1b]8;;x"), ("name", "\x85Alpha"), ("name", "Alpha\x7f")])
def test_a_card_naming_itself_with_control_characters_is_refused(field, value):
    with pytest.raises(DecodeError) as info:
        read_card(_signed_card(**{field: value}))
    assert info.value.params["detail"].code == "card-text" and field in str(info.value)
    assert "U+" in str(info.value)


def test_a_card_cannot_be_made_with_control_characters():
    for name, org in (("Duty\x1b desk", "MyCERT"), ("Duty desk", "My\u202eCERT")):
        with pytest.raises(ValidationError) as info:
            make_card(SigningKey.generate(), bytes(32), name, org, "MY")
        assert info.value.params["detail"].code == "control-character"


def test_a_card_with_names_in_any_script_is_read():
    card = read_card(_signed_card(name="ศูนย์ประสานการรักษาความมั่นคง", org="Pusat Siber – ID-SIRTII"))
    assert card.name == "ศูนย์ประสานการรักษาความมั่นคง"


def test_fingerprint_digits_are_readable_and_key_bound():
    a = fingerprint_digits(bytes(32), bytes(32))
    assert len(a.split()) == 6 and all(len(g) == 5 and g.isdigit() for g in a.split())
    assert fingerprint_digits(bytes(32), bytes(32)) == a
    assert fingerprint_digits(bytes(31) + b"\x01", bytes(32)) != a
    assert fingerprint_digits(bytes(32), bytes(31) + b"\x01") != a

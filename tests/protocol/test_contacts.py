"""People on the contact card: checked field by field, signed with the card, refused when altered."""

import json

import pytest
from nacl.signing import SigningKey

from siaga.base.errors import DecodeError, ValidationError
from siaga.protocol.card import make_card, read_card
from siaga.protocol.codebook import codebooks
from siaga.protocol.contacts import check_contacts, first_phone
from siaga.protocol.message import StationInfo, build_check, check_content
from siaga.protocol.statements import CARD, make_statement, read_statement

CONTACTS = [
    {"role": "technical", "name": "Aminah Yusof", "phone": "+60 3 8800 7999", "email": "duty@mycert.example",
     "hours": "08:00-18:00", "tz": "Asia/Kuala_Lumpur", "always": False},
    {"role": "diplomatic", "name": "Tan Wei Ming", "email": "liaison@kln.example"},
    {"role": "management", "name": "Head of MyCERT", "phone": "+60 3 8800 7000", "always": True},
]


def _card(contacts=CONTACTS):
    signing = SigningKey.generate()
    return signing, make_card(signing, bytes(32), "Duty desk", "MyCERT", "MY", None, check_contacts(contacts))


def test_contacts_travel_signed_with_the_card():
    _, data = _card()
    card = read_card(data, {"MY"})
    assert [c.role for c in card.contacts] == ["technical", "diplomatic", "management"]
    assert card.contacts[0].when == "08:00-18:00 Asia/Kuala_Lumpur" and card.contacts[2].when == "24/7"
    assert first_phone(card.contacts).phone == "+60 3 8800 7999"
    assert card.to_dict()["contacts"][1] == {"role": "diplomatic", "name": "Tan Wei Ming", "phone": "",
                                             "email": "liaison@kln.example", "hours": "", "tz": "", "always": False}


@pytest.mark.parametrize("change", [
    lambda doc: doc["contacts"][0].update(phone="+62 21 555 0100"),
    lambda doc: doc["contacts"].pop(),
    lambda doc: doc.update(contacts=[]),
    lambda doc: doc.pop("contacts_sig"),
])
def test_contacts_changed_after_signing_are_refused(change):
    _, data = _card()
    doc = json.loads(data)
    change(doc)
    with pytest.raises(DecodeError, match="contacts were changed after the card was signed"):
        read_card(json.dumps(doc).encode())


def test_a_card_without_contacts_is_the_old_form_and_older_cards_load():
    _, data = _card([])
    doc = json.loads(data)
    assert set(doc) == {"siaga_card", "body", "sig"}
    assert read_card(data).contacts == ()


def test_another_key_cannot_sign_the_contacts():
    _, data = _card()
    _, other = _card([{"role": "technical", "name": "Impostor", "phone": "+1 555 0100"}])
    doc, forged = json.loads(data), json.loads(other)
    doc["contacts"], doc["contacts_sig"] = forged["contacts"], forged["contacts_sig"]
    with pytest.raises(DecodeError, match="contacts were changed"):
        read_card(json.dumps(doc).encode())


@pytest.mark.parametrize("contact, field", [
    ({"role": "boss", "name": "X", "phone": "+1 555 0100"}, "contacts[0].role"),
    ({"role": "technical", "name": "", "phone": "+1 555 0100"}, "contacts[0].name"),
    ({"role": "technical", "name": "X", "phone": "call me"}, "contacts[0].phone"),
    ({"role": "technical", "name": "X", "email": "nobody"}, "contacts[0].email"),
    ({"role": "technical", "name": "X", "phone": "+1 555 0100", "hours": "9-5"}, "contacts[0].tz"),
    ({"role": "technical", "name": "X", "phone": "+1 555 0100", "always": "yes"}, "contacts[0].always"),
    ({"role": "technical", "name": "X\u202e", "phone": "+1 555 0100"}, "contacts[0].name"),
    ({"role": "technical", "name": "X"}, "contacts[0]"),
    ({"role": "technical", "name": "X", "phone": "+1 555 0100", "fax": "1"}, "contacts[0]"),
])
def test_bad_contacts_are_refused_naming_the_field(contact, field):
    with pytest.raises(ValidationError) as caught:
        check_contacts([contact])
    assert caught.value.params["field"] == field


def test_a_card_statement_carries_a_newer_card_of_the_same_key():
    signing, data = _card()
    statement = read_statement(make_statement(signing, CARD, data))
    assert statement.kind == CARD and statement.card.contacts[0].name == "Aminah Yusof"
    _, other = _card()
    with pytest.raises(DecodeError, match="card of the key that signs it"):
        read_statement(make_statement(signing, CARD, other))


def test_check_and_its_answer_are_valid_content():
    books = codebooks()
    me = StationInfo(bytes(32), "Duty desk", "MyCERT", "MY")
    ask = build_check(me, books.current)
    assert check_content(ask, books)["check"] == {"phase": "ask"}
    answer = build_check(me, books.current, in_reply_to="a" * 64, by="  Aminah Yusof ")
    assert check_content(answer, books)["check"] == {"phase": "answer", "by": "Aminah Yusof"}
    with pytest.raises(ValidationError):
        build_check(me, books.current, in_reply_to="a" * 64, by="")
    for bad in ({**ask, "check": {"phase": "answer"}}, {**answer, "check": {"phase": "answer"}},
                {**ask, "summary": "x"}):
        with pytest.raises(ValidationError):
            check_content(bad, books)

"""A bundle carrying a new card (contacts) to a station of an earlier version: it still reads the rest.

Card statements travel in the header's ``cards`` list, apart from the key statements.
A station of an earlier version knows only rotation and revocation statements and
refuses any other statement among ``statements`` (and with it the whole bundle), but
it never looks at ``cards``: that reader is reproduced here by refusing card
statements and reading no ``cards``, as its code did.
"""

from __future__ import annotations

import struct
import time

import pytest
from nacl.public import SealedBox

from siaga.base.encoding import b64d, b64e, parse_json
from siaga.base.errors import DecodeError
from siaga.delivery import bundle
from siaga.delivery.bundle import export_bundle, import_bundle
from siaga.protocol import statements as statements_mod
from siaga.protocol.statements import CARD, REVOKE, kind_of, make_statement

from helpers import link

CONTACTS = [{"role": "technical", "name": "Aminah Yusof", "phone": "+60 3 8800 7999"}]


@pytest.fixture
def pair(make_station):
    kl = make_station("kl", country="MY")
    post = make_station("post", country="TL")  # a post with no data link
    post_at_kl, kl_at_post = link(kl, post)
    return kl, post, post_at_kl.id, kl_at_post.id


def header_of(station, data: bytes) -> dict:
    for box in station.keys.box_keys():
        try:
            inner = SealedBox(box).decrypt(data[4:])
            break
        except Exception:  # noqa: BLE001 - the next key
            continue
    (length,) = struct.unpack(">I", inner[96:100])
    return parse_json(inner[100:100 + length], "bundle")


def earlier_version(monkeypatch):
    """The bundle reader of the version before card statements: it knows rotation and revocation only."""
    original = statements_mod.read_statement

    def read_statement(data, country_codes=None):
        if kind_of(data) == CARD:
            raise DecodeError("unsupported statement", what="key statement")
        return original(data, country_codes)

    monkeypatch.setattr(bundle, "read_statement", read_statement)
    monkeypatch.setattr(bundle, "_cards", lambda header: [])


def test_new_contacts_travel_apart_so_an_earlier_version_reads_the_rest(pair, draft, monkeypatch):
    kl, post, post_id, kl_id = pair
    kl.set_contacts(CONTACTS)
    report = kl.file_report(dict(draft, to=[post_id], countries=["MY"], scope="bilateral"))
    data, count = export_bundle(kl, post_id)
    header = header_of(post, data)
    assert count == 1 and header["statements"] == [] and len(header["cards"]) == 1
    assert kind_of(b64d(header["cards"][0], "card")) == CARD

    earlier_version(monkeypatch)
    result = import_bundle(post, data)
    assert (result.messages, result.new) == (1, 1)
    assert post.read_inbox(report)["content"]["summary"] == draft["summary"]
    assert post.peer(kl_id).card.contacts == ()  # the new card is not known there: skipped, nothing else lost


def test_this_version_applies_the_card_from_the_bundle(pair, draft):
    kl, post, post_id, kl_id = pair
    kl.set_contacts(CONTACTS)
    kl.file_report(dict(draft, to=[post_id], countries=["MY"], scope="bilateral"))
    result = import_bundle(post, export_bundle(kl, post_id)[0])
    assert result.new == 1
    assert [c.name for c in post.peer(kl_id).card.contacts] == ["Aminah Yusof"]


def test_a_card_statement_among_the_key_statements_is_still_read_but_an_earlier_version_refuses_it(
        pair, monkeypatch):
    """Bundles written before the split carried the card among ``statements``: read here, refused earlier."""
    kl, post, post_id, kl_id = pair
    kl.set_contacts(CONTACTS)
    [card] = kl.pending_statements()[post_id]
    now = int(time.time())

    def old_style():
        return bundle.pack(kl.keys.signing, post.keys.sign_pk, post.keys.box_pk,
                           {"created": now, "expires": now + 3600, "statements": [card]},
                           {"messages": [], "receipts": []})

    with monkeypatch.context() as patch:
        earlier_version(patch)
        with pytest.raises(DecodeError, match="unsupported statement"):
            import_bundle(post, old_style())
    import_bundle(post, old_style())
    assert [c.name for c in post.peer(kl_id).card.contacts] == ["Aminah Yusof"]


def test_a_key_statement_hidden_among_the_cards_is_refused(pair):
    """An earlier version would not see a revocation put among the cards: so no version takes one from there."""
    kl, post, post_id, kl_id = pair
    now = int(time.time())
    data = bundle.pack(kl.keys.signing, post.keys.sign_pk, post.keys.box_pk,
                       {"created": now, "expires": now + 3600, "statements": [],
                        "cards": [b64e(make_statement(kl.keys.signing, REVOKE))]},
                       {"messages": [], "receipts": []})
    with pytest.raises(DecodeError, match="key statement among the card statements"):
        import_bundle(post, data)
    assert not post.peer(kl_id).revoked

import dataclasses

import pytest

from siaga.base.errors import InputError, NoRecipients, NotFound, ValidationError
from siaga.protocol import codebook
from siaga.station.routing import find_peer, recipients_for

from helpers import link


@pytest.fixture
def directory(network, make_station):
    """Jakarta's peers: Kuala Lumpur (verified), Manila and Canberra (unverified)."""
    net = network(verified=[("jakarta", "kl")])
    jakarta = net.jakarta
    ids = {"MY": net.id("kl"), "PH": net.id("manila"),
           "AU": link(jakarta, make_station("canberra", country="AU"))[0].id}
    return jakarta.peers(), ids


def test_scope_reaches_countries_groups_or_everyone(directory):
    peers, ids = directory
    book = codebook.current()
    fields = {"tlp": "TLP:AMBER", "scope": "regional", "countries": ["ASEAN"]}
    assert {p.id for p in recipients_for(book, peers, fields)} == {ids["MY"], ids["PH"]}
    fields.update(scope="global", countries=[])
    assert {p.id for p in recipients_for(book, peers, fields)} == set(ids.values())
    fields.update(scope="bilateral", countries=["AU"])
    assert [p.id for p in recipients_for(book, peers, fields)] == [ids["AU"]]


def test_strict_labels_reach_verified_peers_only(directory):
    peers, ids = directory
    book = codebook.current()
    fields = {"tlp": "TLP:RED", "scope": "global", "countries": []}
    assert [p.id for p in recipients_for(book, peers, fields)] == [ids["MY"]]
    with pytest.raises(NoRecipients, match="no verified peer in PH"):
        recipients_for(book, peers, dict(fields, scope="bilateral", countries=["PH"]))
    with pytest.raises(ValidationError, match="not verified"):
        recipients_for(book, peers, fields, to=[ids["PH"]])


def test_named_recipients_by_unique_prefix(directory):
    peers, ids = directory
    book = codebook.current()
    fields = {"tlp": "TLP:GREEN", "scope": "global", "countries": []}
    chosen = recipients_for(book, peers, fields, to=[ids["AU"][:6], ids["AU"]])
    assert [p.id for p in chosen] == [ids["AU"]]
    assert find_peer(peers, ids["PH"].upper()).id == ids["PH"]
    with pytest.raises(NotFound):
        find_peer(peers, "zzzzzzzz")
    twin = dataclasses.replace(peers[0], id=peers[0].id + "x")
    with pytest.raises(InputError, match="ambiguous"):
        find_peer([peers[0], twin], peers[0].id[:3])
    assert find_peer([peers[0], twin], peers[0].id) == peers[0]
    with pytest.raises(ValidationError, match="list of peer ids"):
        recipients_for(book, peers, fields, to="kl")

"""Code lines received without a tag are kept apart: a list of their own, never in the ordinary one."""

from __future__ import annotations

import pytest

from siaga.base.errors import ValidationError
from siaga.delivery.receiving import accept
from siaga.protocol import codeline
from siaga.storage.inbox_query import InboxQuery, explain

from helpers import link


@pytest.fixture
def desk(make_station, draft):
    """The desk (MY) with two reports from Jakarta: one signed, one received as an untagged line; and one
    authenticated line from Manila."""
    jakarta, desk, manila = make_station("jakarta"), make_station("desk", country="MY"), make_station("manila")
    at_desk, desk_at_jkt = link(desk, jakarta)
    _, desk_at_manila = link(desk, manila)
    signed = jakarta.file_report(dict(draft, to=[desk_at_jkt.id], summary="Phishing at the ministry"))
    accept(desk, [jakarta.store.envelopes([signed])[signed]], desk.peer_by_key(jakarta.keys.sign_pk))
    heard = jakarta.file_report(dict(draft, to=[desk_at_jkt.id], summary="Botnet traffic", severity=4))
    opened = jakarta.read_outbox(heard)
    untagged, _, _ = desk.ingest_code_line(codeline.encode(opened.content, heard, jakarta.books.current))
    tagged_id = manila.file_report(dict(draft, to=[desk_at_manila.id]))
    tagged, _, _ = desk.ingest_code_line(manila.code_line_for(tagged_id, desk_at_manila.id))
    return desk, jakarta, signed, heard, untagged, tagged


def ids(station, query):
    rows, cursor = station.inbox_page(query, None, 1)  # one a page: the cursor walks past the kept-apart rows
    out = [r["id"] for r in rows]
    while cursor is not None:
        rows, cursor = station.inbox_page(query, cursor, 1)
        out += [r["id"] for r in rows]
    return out


def test_untagged_lines_are_listed_on_their_own_and_only_there(desk, draft):
    station, _, signed, _, untagged, tagged = desk
    assert sorted(ids(station, InboxQuery())) == sorted([signed, tagged])
    assert ids(station, InboxQuery(unauthenticated=True)) == [untagged]
    rows, _ = station.inbox_page(InboxQuery(unauthenticated=True))
    assert rows[0]["trust"] == "codeline-unauthenticated" and rows[0]["codeline"]
    # every other filter narrows each list as usual
    assert ids(station, InboxQuery(unauthenticated=True, severity=4)) == [untagged]
    assert ids(station, InboxQuery(unauthenticated=True, severity=3)) == []
    assert ids(station, InboxQuery(unauthenticated=True, code=draft["code"], country="MY")) == [untagged]
    assert ids(station, InboxQuery(severity=4)) == []
    assert ids(station, InboxQuery(types=())) == ids(station, InboxQuery())  # every type: still not those
    for query in (InboxQuery(unauthenticated=True), InboxQuery(unauthenticated=True, country="MY"),
                  InboxQuery(unauthenticated=True, severity=4)):
        assert "USING" in explain(station.store, query)[0]  # walked along an index, not the whole inbox


def test_the_signed_report_takes_the_lines_row_into_the_ordinary_list(desk):
    station, jakarta, signed, heard, untagged, _ = desk
    accept(station, [jakarta.store.envelopes([heard])[heard]], station.peer_by_key(jakarta.keys.sign_pk))
    assert ids(station, InboxQuery(unauthenticated=True)) == []
    assert heard in ids(station, InboxQuery()) and untagged not in ids(station, InboxQuery())


def test_the_choice_is_true_or_false():
    with pytest.raises(ValidationError):
        InboxQuery(unauthenticated="yes")

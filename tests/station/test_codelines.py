"""Code lines between two stations: written for a peer, checked, filed in the inbox."""

import pytest

from siaga.base.errors import CodeLineError
from siaga.protocol import codeline
from siaga.storage.inbox_query import InboxQuery

from helpers import link


@pytest.fixture
def pair(make_station):
    jakarta, kl = make_station("jakarta", country="ID"), make_station("kl", country="MY")
    kl_at_jkt, jkt_at_kl = link(jakarta, kl)
    return jakarta, kl, kl_at_jkt, jkt_at_kl


def test_a_line_for_a_peer_is_filed_there_as_authenticated(pair, draft):
    jakarta, kl, kl_at_jkt, jkt_at_kl = pair
    msg_id = jakarta.file_report(draft)
    line = jakarta.code_line_for(msg_id[:12], kl_at_jkt.id)
    assert kl.check_code_line(line).peer.id == jkt_at_kl.id
    row_id, checked, new = kl.ingest_code_line(line)
    assert new and msg_id.startswith(row_id) and checked.peer.id == jkt_at_kl.id
    assert kl.ingest_code_line(line)[2] is False  # the same line twice is filed once
    rows, _ = kl.inbox_page(InboxQuery())
    assert len(rows) == 1 and rows[0]["codeline"] and rows[0]["codeline_by"] == jkt_at_kl.id
    assert rows[0]["trust"] == "codeline" and rows[0]["code"] == draft["code"]
    msg = kl.read_inbox(row_id)
    assert msg["author_trust"] == "codeline" and msg["codeline"]["by"] == jkt_at_kl.id
    assert msg["content"]["severity"] == draft["severity"] and not msg["verified_signature"]


def test_an_untagged_line_is_filed_as_not_authenticated(pair, draft):
    jakarta, kl, _, _ = pair
    msg_id = jakarta.file_report(draft)
    opened = jakarta.read_outbox(msg_id)
    line = codeline.encode(opened.content, msg_id, jakarta.books.current)
    row_id, checked, new = kl.ingest_code_line(line)
    assert new and checked.peer is None
    assert kl.inbox_page(InboxQuery())[0] == []  # kept apart from the ordinary list
    rows, _ = kl.inbox_page(InboxQuery(unauthenticated=True))
    assert rows[0]["trust"] == "codeline-unauthenticated" and rows[0]["codeline_by"] == ""


def test_refused_lines_file_nothing(pair, make_station, draft):
    jakarta, kl, kl_at_jkt, _ = pair
    manila = make_station("manila", country="PH")
    manila_at_jkt, _ = link(jakarta, manila)
    msg_id = jakarta.file_report(draft)
    line = jakarta.code_line_for(msg_id, kl_at_jkt.id)
    for_manila = jakarta.code_line_for(msg_id, manila_at_jkt.id)
    bad_check = line[:-1] + ("A" if line[-1] != "A" else "B")
    body, tag = line.rsplit(" ", 1)[0].rsplit(" ", 1)
    bad_tag = codeline.with_tag(body, tag[0] + ("A" if tag[1] != "A" else "B") + tag[2:])
    codes = set()
    for text in (bad_check, bad_tag, for_manila):
        with pytest.raises(CodeLineError) as info:
            kl.ingest_code_line(text)
        codes.add(info.value.params["detail"].code)
    # for Manila: refused as another station's, or (1 in 32 pairs share the reader hint) as a bad tag
    assert {"code-line-check", "code-line-tag"} <= codes <= {"code-line-check", "code-line-tag",
                                                              "code-line-other-station"}
    assert kl.inbox_page(InboxQuery())[0] == []

"""A code line filed first, then the signed report: one row, with the signature's badge."""

from siaga.delivery.bundle import export_bundle, import_bundle
from siaga.storage.inbox_query import InboxQuery

from helpers import link


def test_the_signed_report_joins_the_code_lines_row(make_station, draft):
    jakarta, kl = make_station("jakarta", country="ID"), make_station("kl", country="MY")
    kl_at_jkt, jkt_at_kl = link(jakarta, kl)
    msg_id = jakarta.file_report(draft)
    row_id, _, _ = kl.ingest_code_line(jakarta.code_line_for(msg_id, kl_at_jkt.id))
    first = kl.inbox_page(InboxQuery())[0][0]
    data, count = export_bundle(jakarta, kl_at_jkt.id)
    assert count == 1 and import_bundle(kl, data).new == 1
    rows, _ = kl.inbox_page(InboxQuery())
    assert [r["id"] for r in rows] == [msg_id]  # one row: the line's, now the report's
    assert rows[0]["received_at"] == first["received_at"] and not rows[0]["codeline"]
    assert rows[0]["trust"] == "unverified" and rows[0]["summary"] == draft["summary"]
    msg = kl.read_inbox(row_id)
    assert msg["id"] == msg_id and msg["verified_signature"] and msg["author"]["id"] == jkt_at_kl.id
    assert kl.inbox_page(InboxQuery(text="Ransomware"))[0][0]["id"] == msg_id  # the report's search terms


def test_a_message_from_another_author_does_not_take_an_authenticated_row(make_station, draft):
    jakarta, kl = make_station("jakarta", country="ID"), make_station("kl", country="MY")
    kl_at_jkt, jkt_at_kl = link(jakarta, kl)
    msg_id = jakarta.file_report(draft)
    row_id, _, _ = kl.ingest_code_line(jakarta.code_line_for(msg_id, kl_at_jkt.id))
    meta = {"author": "x", "author_peer": "someone-else", "via": "", "type": "early-warning",
            "station": {"name": "x", "org": "y", "country": "PH"}, "reported_at": "2026-11-24T00:00:00Z",
            "status": "new"}
    same_prefix = row_id + "0" * 54  # as if another author's message id shared the line's prefix
    kl.store.add_to_inbox([{"id": same_prefix, "received_at": 1, "envelope": b"x", "peer_id": "someone-else",
                            "meta": meta}])
    ids = {r["id"] for r in kl.store.inbox(limit=10)}
    assert ids == {row_id, same_prefix}
    kl.store.add_to_inbox([{"id": row_id + "1" * 54, "received_at": 2, "envelope": b"x", "peer_id": jkt_at_kl.id,
                            "meta": {**meta, "author_peer": jkt_at_kl.id}}])
    assert {r["id"] for r in kl.store.inbox(limit=10)} == {row_id + "1" * 54, same_prefix}  # its author's joins

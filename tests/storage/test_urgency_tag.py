"""The outbox's urgency tags: the sender's plan reads urgency without opening records, and the file does not tell it."""


from siaga.storage.keystore import Keys
from siaga.storage.store import MIGRATIONS, Store

from helpers import as_older_schema

URGENT, ROUTINE, RELAY = "a" * 64, "b" * 64, "c" * 64


def _queue(store):
    store.queue([(URGENT, b"env-a", {"summary": "Grid down", "urgent": True}, ["p1"]),
                 (ROUTINE, b"env-b", {"summary": "Phishing wave", "urgent": False}, ["p1", "p2"]),
                 (RELAY, b"env-c", {"type": "relay"}, ["p2"])])


def _urgency(store):
    return {(d["msg_id"], d["peer_id"]): d["urgent"] for d in store.due_deliveries(2_000_000_000)}


def test_due_deliveries_tell_urgency_from_the_tags_alone(tmp_path):
    store = Store(tmp_path / "siaga.db", Keys.generate())
    try:
        _queue(store)
        assert _urgency(store) == {(URGENT, "p1"): True, (ROUTINE, "p1"): False, (ROUTINE, "p2"): False,
                                   (RELAY, "p2"): False}
        # the plan opens no sealed record: with the records unreadable, urgency is still known
        store.db.execute("UPDATE outbox SET secret = x'00'")
        assert _urgency(store)[(URGENT, "p1")] is True
        # every tag is different and none is the same for two urgent messages: the file does not say which
        tags = [bytes(r[0]) for r in store.db.execute("SELECT urgent_tag FROM outbox")]
        assert len(set(tags)) == 3 and all(len(t) == 8 for t in tags)
    finally:
        store.close()


def test_a_message_sealed_again_gets_its_tag_again(tmp_path):
    store = Store(tmp_path / "siaga.db", Keys.generate())
    try:
        _queue(store)
        store.queue([(ROUTINE, b"env-b2", {"summary": "Phishing wave", "urgent": True}, ["p1"])], replace=True)
        assert _urgency(store)[(ROUTINE, "p1")] is True
    finally:
        store.close()


def test_a_store_of_schema_7_gets_its_outbox_tagged(tmp_path):
    keys = Keys.generate()
    store = Store(tmp_path / "siaga.db", keys)
    _queue(store)
    store.close()
    # as schema 7 left it: no tag column
    as_older_schema(tmp_path / "siaga.db", 7, "ALTER TABLE outbox DROP COLUMN urgent_tag")
    store = Store(tmp_path / "siaga.db", keys)
    try:
        assert store.schema_version() == len(MIGRATIONS) >= 8
        assert store.db.execute("SELECT COUNT(*) FROM outbox WHERE urgent_tag IS NULL").fetchone()[0] == 0
        assert _urgency(store) == {(URGENT, "p1"): True, (ROUTINE, "p1"): False, (ROUTINE, "p2"): False,
                                   (RELAY, "p2"): False}
    finally:
        store.close()


def test_a_row_without_a_tag_is_opened_to_tell(tmp_path):
    store = Store(tmp_path / "siaga.db", Keys.generate())
    try:
        _queue(store)
        store.db.execute("UPDATE outbox SET urgent_tag = NULL")
        assert _urgency(store)[(URGENT, "p1")] is True and _urgency(store)[(ROUTINE, "p1")] is False
    finally:
        store.close()

"""The arrivals table: messages taken in, sealed, counted, held back and released, each kept once."""


import pytest

from siaga.storage.arrivals import Arrival
from siaga.storage.keystore import Keys
from siaga.storage.store import MIGRATIONS, Store

from helpers import as_older_schema

PAYLOAD = b"\x01" * 64 + b'{"summary":"Ransomware at the harbour"}'


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "siaga.db", Keys.generate())
    yield s
    s.close()


def _arrivals(count, start=0):
    return [Arrival(f"{i:064x}", 1_790_000_000 + i, "peer-kl", "peer-jkt", b"envelope %d" % i, PAYLOAD)
            for i in range(start, start + count)]


def test_arrivals_are_kept_sealed_once_each_and_in_order(store):
    received = [(a.msg_id, {"peer": a.peer_id, "type": "early-warning"}) for a in _arrivals(5)]
    before = len(store.audit.entries())
    assert store.add_arrivals(_arrivals(5), received, (b"nonce-1", 1_790_000_000, 600))
    assert not store.add_arrivals(_arrivals(5), received, (b"nonce-1", 1_790_000_000, 600))  # a replay
    assert store.add_arrivals(_arrivals(7), [], None)  # the five again, and two more: kept once each
    assert store.arrival_counts() == (7, 0) and store.any_arrival_waiting()
    assert len(store.audit.entries()) == before + 1  # one entry for the batch, naming every message
    waiting = store.arrivals_waiting(3)
    assert [a.msg_id for a in waiting] == [a.msg_id for a in _arrivals(3)]
    assert waiting[0] == _arrivals(1)[0]  # read back whole: author, envelope and payload
    assert store.arrivals_received_at([_arrivals(1)[0].msg_id, "f" * 64]) == {_arrivals(1)[0].msg_id: 1_790_000_000}
    raw = b"".join(bytes(r[0]) for r in store.db.execute("SELECT sealed FROM arrivals"))
    assert b"Ransomware" not in raw and b"peer-jkt" not in raw  # no plaintext at rest


def test_a_held_arrival_is_counted_apart_until_released(store):
    store.add_arrivals(_arrivals(3), [], None)
    store.hold_arrival(_arrivals(1)[0].msg_id, "filing-failed")
    assert store.arrival_counts() == (2, 1)
    assert [a.msg_id for a in store.arrivals_waiting(10)] == [a.msg_id for a in _arrivals(3)][1:]
    assert store.held_arrivals() == [(_arrivals(1)[0].msg_id, 1_790_000_000, "peer-kl", "filing-failed")]
    assert store.release_held_arrivals() == 1
    assert store.arrival_counts() == (3, 0)


def test_a_store_of_schema_6_gets_the_arrivals_table(tmp_path):
    keys = Keys.generate()
    store = Store(tmp_path / "siaga.db", keys)
    store.close()
    as_older_schema(tmp_path / "siaga.db", 6, "DROP TABLE arrivals")
    store = Store(tmp_path / "siaga.db", keys)
    try:
        assert store.schema_version() == len(MIGRATIONS) >= 7
        assert store.arrival_counts() == (0, 0)
    finally:
        store.close()

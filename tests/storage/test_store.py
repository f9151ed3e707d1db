import sqlite3

import pytest

from siaga.base.errors import DecodeError, StorageError
from siaga.storage.cipher import FieldCipher
from siaga.storage.keystore import Keys
from siaga.storage.states import QUEUED
from siaga.storage.store import MIGRATIONS, SCHEMA_VERSION, Store


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "siaga.db", Keys.generate())
    yield s
    s.close()


def test_schema_is_versioned(store):
    assert store.schema_version() == SCHEMA_VERSION == len(MIGRATIONS)
    assert {"meta", "drafts", "peers", "outbox", "deliveries", "inbox"} <= set(store.db.table_names())


def test_newer_schema_is_refused_clearly(tmp_path):
    keys = Keys.generate()
    Store(tmp_path / "siaga.db", keys).close()
    conn = sqlite3.connect(tmp_path / "siaga.db")
    conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [b"99"])
    conn.commit()
    conn.close()
    with pytest.raises(StorageError, match="newer than this program"):
        Store(tmp_path / "siaga.db", keys)


def test_not_a_database_is_refused_clearly(tmp_path):
    (tmp_path / "siaga.db").write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StorageError, match="cannot open the database"):
        Store(tmp_path / "siaga.db", Keys.generate())


def test_sealed_fields_open_only_with_the_right_key(tmp_path):
    s = Store(tmp_path / "siaga.db", Keys.generate())
    s.save_draft("d1", {"summary": "secret words"})
    assert s.load_draft("d1") == {"summary": "secret words"}
    s.close()
    other = Store(tmp_path / "siaga.db", Keys.generate())
    with pytest.raises(DecodeError, match="damaged or belongs to another station"):
        other.load_draft("d1")
    other.close()


def test_blind_index_matches_equal_values_only(store):
    assert store.cipher.index("tlp", "TLP:RED") == store.cipher.index("tlp", "TLP:RED")
    assert store.cipher.index("tlp", "TLP:RED") != store.cipher.index("tlp", "TLP:AMBER")
    assert store.cipher.index("tlp", "TLP:RED") != store.cipher.index("code", "TLP:RED")
    assert FieldCipher(Keys.generate()).index("tlp", "TLP:RED") != store.cipher.index("tlp", "TLP:RED")


@pytest.mark.parametrize("field, value", [("tlp", "TLP:RED"), ("term", "ransomware"), ("term", "bücher"),
                                          ("corr-key", "ind:url:" + "x" * 300), ("severity", 3), ("ref", "")])
def test_a_blind_index_is_libsodiums_keyed_blake2b_of_field_and_value(field, value):
    """The at-rest format: each index is the same keyed hash as before, however it is computed."""
    from nacl.bindings import crypto_generichash_blake2b_salt_personal

    keys = Keys.generate()
    cipher = FieldCipher(keys)
    for _ in range(2):  # the keyed state is reused, never changed by a use
        assert cipher.index(field, value) == crypto_generichash_blake2b_salt_personal(
            f"{field}\x00{value}".encode("utf-8"), digest_size=8, key=keys.subkey(b"db-blind-index"))


def test_queue_is_atomic_and_idempotent(store):
    items = [("a" * 64, b"env-a", {"summary": "one"}, ["p1", "p2"]),
             ("b" * 64, b"env-b", {"summary": "two"}, ["p1"])]
    assert store.queue(items) == 2
    assert store.queue(items) == 0
    rows = store.outbox()
    assert [r["id"] for r in rows] == ["b" * 64, "a" * 64]
    assert {d["peer"]: d["status"] for d in rows[1]["deliveries"]} == {"p1": QUEUED, "p2": QUEUED}
    # a failure half-way through (the second item cannot be sealed) leaves nothing of the first
    broken = [("c" * 64, b"env-c", {"summary": "three"}, ["p1"]),
              ("d" * 64, b"env-d", {"summary": object()}, ["p1"])]
    with pytest.raises((TypeError, ValueError)):  # a record that cannot be written as JSON
        store.queue(broken)
    assert store.count("outbox") == 2 and store.count("deliveries") == 3
    # queuing a known message for one more recipient adds only that delivery (a hub relaying it)
    assert store.queue([("b" * 64, b"env-b", {"summary": "two"}, ["p1", "p3"])]) == 0
    assert store.count("outbox") == 2 and store.count("deliveries") == 4


def test_drafts(store):
    store.save_draft("x", {"summary": "first"})
    store.save_draft("x", {"summary": "second"})
    assert [d[2] for d in store.list_drafts()] == [{"summary": "second"}]
    store.delete_draft("x")
    assert store.load_draft("x") is None

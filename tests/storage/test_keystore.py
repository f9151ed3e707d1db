import json

import pytest

from siaga.base.errors import AlreadyInitialised, DecodeError, InputError, NotInitialised, WrongPassphrase
from siaga.storage import keystore

PASS = "a long enough passphrase"


def test_create_unlock_round_trip(tmp_path):
    keys = keystore.create(tmp_path, PASS)
    again = keystore.unlock(tmp_path, PASS)
    assert again.sign_pk == keys.sign_pk and again.box_pk == keys.box_pk and again.data_key == keys.data_key
    assert keystore.public_keys(tmp_path) == (keys.sign_pk, keys.box_pk)


def test_private_keys_are_not_in_the_file(tmp_path):
    keys = keystore.create(tmp_path, PASS)
    raw = (tmp_path / keystore.KEYSTORE_FILE).read_bytes()
    for secret in (bytes(keys.signing), bytes(keys.box), keys.data_key):
        assert secret not in raw and secret.hex().encode() not in raw
    assert oct((tmp_path / keystore.KEYSTORE_FILE).stat().st_mode & 0o777) == "0o600"


def test_wrong_passphrase_touches_nothing(tmp_path):
    keystore.create(tmp_path, PASS)
    before = (tmp_path / keystore.KEYSTORE_FILE).read_bytes()
    with pytest.raises(WrongPassphrase):
        keystore.unlock(tmp_path, "not the passphrase")
    with pytest.raises(WrongPassphrase):
        keystore.change_passphrase(tmp_path, "not the passphrase", "another long one")
    assert (tmp_path / keystore.KEYSTORE_FILE).read_bytes() == before


def test_change_passphrase_rewraps_the_same_keys(tmp_path):
    keys = keystore.create(tmp_path, PASS)
    keystore.change_passphrase(tmp_path, PASS, "the new passphrase")
    with pytest.raises(WrongPassphrase):
        keystore.unlock(tmp_path, PASS)
    again = keystore.unlock(tmp_path, "the new passphrase")
    assert again.data_key == keys.data_key and again.sign_pk == keys.sign_pk
    assert not list(tmp_path.glob(".*.tmp"))


def test_short_passphrase_and_double_init_are_refused(tmp_path):
    with pytest.raises(InputError, match="at least"):
        keystore.create(tmp_path, "short")
    keystore.create(tmp_path, PASS)
    with pytest.raises(AlreadyInitialised):
        keystore.create(tmp_path, PASS)


def test_missing_and_damaged_keystore(tmp_path):
    with pytest.raises(NotInitialised):
        keystore.unlock(tmp_path, PASS)
    keystore.create(tmp_path, PASS)
    path = tmp_path / keystore.KEYSTORE_FILE
    doc = json.loads(path.read_text())
    del doc["kdf"]
    path.write_text(json.dumps(doc))
    with pytest.raises(DecodeError, match="damaged"):
        keystore.unlock(tmp_path, PASS)
    path.write_text("garbage")
    with pytest.raises(DecodeError):
        keystore.unlock(tmp_path, PASS)


def test_default_cost_is_deliberately_slow():
    ops, mem = keystore.KDF_PROFILES["moderate"]
    assert ops >= 3 and mem >= 256 * 1024 * 1024


def test_unknown_kdf_profile_is_refused(tmp_path, monkeypatch):
    monkeypatch.setenv("SIAGA_KDF", "turbo")
    with pytest.raises(InputError, match="SIAGA_KDF"):
        keystore.create(tmp_path, PASS)

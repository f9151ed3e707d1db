"""Sealed records are compressed with a window fitted to their size: as small, readable as before."""

import json
import zlib

import pytest

from siaga.storage.cipher import FieldCipher, compress_small
from siaga.storage.keystore import Keys

RECORDS = [{}, {"receipt": "QUJD" * 70, "at": 1_790_000_000},
           {"summary": "Ransomware at the harbour " * 40, "codes": ["rsit:malicious-code/ransomware"] * 30},
           {"blob": "x" * 200_000, "more": list(range(5000))}]


@pytest.mark.parametrize("record", RECORDS)
def test_compressed_as_small_as_before_and_read_by_plain_zlib(record):
    data = json.dumps(record).encode()
    packed = compress_small(data)
    assert zlib.decompress(packed) == data  # a reader of any version opens it as before
    assert len(packed) <= len(zlib.compress(data, 6)) + 2


def test_a_record_sealed_before_still_opens_and_a_new_one_round_trips():
    cipher = FieldCipher(Keys.generate())
    record = {"summary": "Phishing wave", "urgent": False}
    old = cipher._box.encrypt(zlib.compress(json.dumps(record, separators=(",", ":")).encode(), 6))
    assert cipher.open(old) == record
    assert cipher.open(cipher.seal(record)) == record

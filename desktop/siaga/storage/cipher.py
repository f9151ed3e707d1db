"""The field cipher: every sealed column of the database, and the blind indexes that let it be filtered.

A value is sealed with the station's data key (XSalsa20-Poly1305, a subkey for
the database's fields); a blind index is a keyed hash (BLAKE2b, 8 bytes) of
``field + value`` under another subkey, which matches equal values without
revealing them to whoever lacks the key.
"""

from __future__ import annotations

import hashlib
import zlib
from typing import Any

import nacl.exceptions
import nacl.secret

from ..base.encoding import compact_json, parse_json
from ..base.errors import DecodeError
from .keystore import Keys


def compress_small(data: bytes) -> bytes:
    """zlib at level 6 with a window no larger than ``data`` needs: the same bytes out, ten times quicker.

    ``zlib.compress`` sets up a 32 KiB window and a 64 KiB hash table for every call, which
    costs more than compressing a record of a few hundred bytes (about 45 µs against 5). A
    window as large as the data (at least 512 bytes) finds the same matches; the stream
    says its window size, so any zlib (``zlib.decompress`` as it always was) reads it.
    """
    wbits = min(15, max(9, len(data).bit_length()))
    packer = zlib.compressobj(6, zlib.DEFLATED, wbits, 4 if wbits <= 12 else 8)
    return packer.compress(data) + packer.flush()


class FieldCipher:
    """Seals values for the database and computes blind indexes."""

    def __init__(self, keys: Keys) -> None:
        self._box = nacl.secret.SecretBox(keys.subkey(b"db-fields"))
        self._index_key = keys.subkey(b"db-blind-index")
        #: the keyed hash with its key block already absorbed: each index copies it (a tenth of a keyed start)
        self._index_base = hashlib.blake2b(key=self._index_key, digest_size=8)

    def seal(self, value: Any) -> bytes:
        return self._box.encrypt(compress_small(compact_json(value)))

    def open(self, blob: bytes) -> Any:
        try:
            return parse_json(zlib.decompress(self._box.decrypt(blob)), "stored record")
        except (nacl.exceptions.CryptoError, zlib.error):
            raise DecodeError("a stored record is damaged or belongs to another station",
                              what="database") from None

    def seal_raw(self, data: bytes) -> bytes:
        """Seal bytes as they are (no compression): small records written often, such as audit entries."""
        return self._box.encrypt(data)

    def open_raw(self, blob: bytes) -> bytes:
        try:
            return self._box.decrypt(blob)
        except nacl.exceptions.CryptoError:
            raise DecodeError("a stored record is damaged or belongs to another station",
                              what="database") from None

    def index(self, field: str, value: Any) -> bytes:
        # keyed BLAKE2b from the standard library: the same bytes as libsodium's, without the call overhead;
        # a copy of the keyed state gives the same bytes as a keyed start, without hashing the key block again
        digest = self._index_base.copy()
        digest.update(f"{field}\x00{value}".encode("utf-8"))
        return digest.digest()

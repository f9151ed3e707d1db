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


class FieldCipher:
    """Seals values for the database and computes blind indexes."""

    def __init__(self, keys: Keys) -> None:
        self._box = nacl.secret.SecretBox(keys.subkey(b"db-fields"))
        self._index_key = keys.subkey(b"db-blind-index")
        #: the keyed hash with its key block already absorbed: each index copies it (a tenth of a keyed start)
        self._index_base = hashlib.blake2b(key=self._index_key, digest_size=8)

    def seal(self, value: Any) -> bytes:
        return self._box.encrypt(zlib.compress(compact_json(value), 6))

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

"""The tag of a code line addressed to one peer: who wrote it, checked by the receiver.

The key is one only the two stations can compute: X25519 between the writer's
and the reader's encryption keys (libsodium ``crypto_scalarmult``), passed through
BLAKE2b keyed with that shared point, with its own personalisation and both
public keys in writing order (writer, then reader), so the key of a line from A to
B is not the key of a line from B to A, nor any other key of the protocol.

The tag is 8 base32 characters: one character that names the reader (a hint from
the reader's public key, so a line for another station is recognised as such),
then 7 characters (35 bits) of BLAKE2b keyed with the line key over the line's
groups before the tag (:func:`siaga.protocol.codeline.encode_body`). A guess
succeeds with probability 2^-35.
"""

from __future__ import annotations

import hmac
from typing import Iterable

import nacl.exceptions
from nacl.bindings import crypto_scalarmult
from nacl.encoding import RawEncoder
from nacl.hash import blake2b

from ..base.encoding import b32
from ..base.errors import CodeLineError, Reason
from .codebook import Codebook, CodebookSet
from .codeline import TAG_CHARS, decode, encode_body, with_tag

KEY_PERSON = b"siaga-cl-key-v1"
TAG_PERSON = b"siaga-cl-tag-v1"
HINT_PERSON = b"siaga-cl-hint1"
MAC_CHARS = TAG_CHARS - 1
#: bits of the tag a forger must guess (7 base32 characters)
MAC_BITS = 5 * MAC_CHARS


def line_key(own_box_sk: bytes, peer_box_pk: bytes, writer_pk: bytes, reader_pk: bytes) -> bytes:
    """The 32-byte key of lines written by ``writer_pk`` for ``reader_pk`` (one of them is this station)."""
    try:
        shared = crypto_scalarmult(own_box_sk, peer_box_pk)
    except nacl.exceptions.RuntimeError:  # an all-zero point: a key nobody may use
        raise CodeLineError("the peer's encryption key cannot authenticate code lines") from None
    return blake2b(writer_pk + reader_pk, key=shared, digest_size=32, person=KEY_PERSON, encoder=RawEncoder)


def reader_hint(reader_pk: bytes) -> str:
    """One base32 character naming the reader (1 in 32 other stations share it)."""
    return b32(blake2b(reader_pk, digest_size=1, person=HINT_PERSON, encoder=RawEncoder))[0]


def make_tag(body: str, key: bytes, reader_pk: bytes) -> str:
    mac = blake2b(body.encode("ascii"), key=key, digest_size=5, person=TAG_PERSON, encoder=RawEncoder)
    return reader_hint(reader_pk) + b32(mac)[:MAC_CHARS]


def tag_matches(body: str, tag: str, key: bytes, reader_pk: bytes) -> bool:
    return hmac.compare_digest(make_tag(body, key, reader_pk), tag)


def encode_for(content: dict, msg_id: str, book: Codebook, key: bytes, reader_pk: bytes) -> str:
    """The code line of a message, tagged for one reader with the line key (:func:`line_key`)."""
    body = encode_body(content, msg_id, book)
    return with_tag(body, make_tag(body, key, reader_pk))


def check(line: str, books: CodebookSet, own_pk: bytes, candidates: Iterable[tuple[str, bytes]]) -> tuple[dict, str]:
    """The fields of a tagged line for this station and the id of the peer whose tag it carries.

    ``candidates``: (peer id, line key from that peer to this station). Refuses, each with
    its own reason: a wrong check character (from :func:`decode`), a line without a tag, a
    line addressed to another station, a tag no known peer made.
    """
    fields = decode(line, books)
    tag = fields.get("tag")
    if tag is None:
        raise CodeLineError(Reason("code-line-untagged", "this line has no tag: it is not addressed to anyone"))
    if tag[0] != reader_hint(own_pk):
        raise CodeLineError(Reason("code-line-other-station", "this line is addressed to another station"))
    for peer_id, key in candidates:
        if tag_matches(fields["body"], tag, key, own_pk):
            return fields, peer_id
    raise CodeLineError(Reason("code-line-tag",
                               "the tag does not match any peer: the line was altered, forged or its sender is unknown"))

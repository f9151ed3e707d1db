"""Signing and end-to-end encryption of messages (the wire format).

Layers, inside out (``docs/PROTOCOL.md`` has the byte layout):

1. *content*: canonical JSON (RFC 8785) of the message; its BLAKE2b-256 hash is the id.
2. *signed payload*: Ed25519 signature (64 bytes) over ``SIGN_DOMAIN + content``, then content.
3. compressed with zlib (raw deflate with a fixed preset dictionary of protocol words).
4. *envelope*: one random content key encrypts the compressed payload with
   XChaCha20-Poly1305; the content key is wrapped for each recipient with a NaCl
   box between a fresh ephemeral X25519 key and the recipient's X25519 key.
   The header (magic, id, ephemeral key, wraps) is authenticated as associated data.

Opening checks every layer and refuses with :class:`DecodeError`: precise before
decryption (truncated, oversized, tampered, wrong recipient), one and the same
``malformed`` refusal for anything after it (bad deflate, bad signature, id
mismatch, malformed fields); or :class:`UnknownCodeError` (unknown codebook
version, in content whose signature verified). :func:`verify_payload` alone
keeps its precise errors (:class:`ValidationError` for malformed fields).
"""

from __future__ import annotations

import os
import struct
import zlib
from dataclasses import dataclass
from typing import Sequence

import nacl.bindings as sodium
import nacl.exceptions
from nacl.public import Box, PrivateKey, PublicKey
from nacl.signing import SigningKey, VerifyKey

from .codebook import CodebookSet
from .encoding import b64d, canonical, parse_json
from .errors import DecodeError, Reason, SiagaError, UnknownCodeError
from .message import MAX_CONTENT_BYTES, check_content, message_id

MAGIC = b"SG\x01"
SIGN_DOMAIN = b"siaga/message/v1\x00"
ID_BYTES = 32
KEY_BYTES = 32
WRAP_BYTES = KEY_BYTES + 16
TAG_BYTES = 16
MAX_RECIPIENTS = 64
MAX_ENVELOPE_BYTES = 1024 * 1024
_ZERO_NONCE = bytes(24)
#: the one answer for any failure after the encryption opened (see :func:`open_with_key`)
UNREADABLE = Reason("malformed", "malformed or not authentic")
_HEADER_FIXED = len(MAGIC) + ID_BYTES + KEY_BYTES + 1

#: Preset dictionary for deflate: frequent protocol words, so that a short
#: message compresses well. Part of protocol version 1: never change it.
ZDICT = (
    b'"countries":["ID","MY","SG","TH","PH","VN","BN","KH","LA","MM","TL"],"impact":{"functional":'
    b'"significant-critical","information":"suspected","recoverability":"supplemented"},"indicators":'
    b'[{"type":"ipv4-addr","value":"},{"type":"domain-name","value":"},{"type":"url","value":"https://'
    b'},{"type":"sha256","value":"},{"type":"email-addr","value":"}],"narrative":"The ","nonce":"'
    b'","observations":["ransom-note","files-encrypted"],"observed_at":"2026-11-24T00:00:00Z","pap":'
    b'"PAP:AMBER","reported_at":"2026-11-24T00:00:00Z","scope":"regional","sectors":["government",'
    b'"energy","finance"],"severity":3,"station":{"country":"ID","name":"National CSIRT","org":"Ministry'
    b' of "},"summary":"","tlp":"TLP:AMBER","type":"early-warning","v":1,"ack":{"note":"","status":'
    b'"received"},"author":"","code":"rsit:malicious-code/infected-system","codebook":"2026.1",'
    b'"in_reply_to":"'
)


@dataclass(frozen=True)
class Sealed:
    """A message ready to travel: its id, the envelope bytes and the content key."""

    msg_id: str
    envelope: bytes
    content_key: bytes


@dataclass(frozen=True)
class Opened:
    """A message whose envelope, signature, id and fields all checked out."""

    msg_id: str
    content: dict
    signed_payload: bytes
    author_pk: bytes


def compress(data: bytes) -> bytes:
    comp = zlib.compressobj(9, zlib.DEFLATED, -15, 9, zlib.Z_DEFAULT_STRATEGY, ZDICT)
    return comp.compress(data) + comp.flush()


def decompress(data: bytes, limit: int) -> bytes:
    """Inflate at most ``limit`` bytes (a crafted payload cannot exhaust memory)."""
    decomp = zlib.decompressobj(-15, ZDICT)
    try:
        out = decomp.decompress(data, limit + 1)
    except zlib.error as exc:
        raise DecodeError(f"corrupt compressed data ({exc})", what="message") from None
    if len(out) > limit or decomp.unconsumed_tail:
        raise DecodeError(f"the message expands beyond {limit} bytes", what="message")
    if not decomp.eof:
        raise DecodeError("the compressed data is truncated", what="message")
    return out


def sign(content: dict, signing_key: SigningKey) -> tuple[str, bytes]:
    """(message id, signed payload) for ``content``."""
    content_bytes = canonical(content)
    signature = signing_key.sign(SIGN_DOMAIN + content_bytes).signature
    return message_id(content_bytes), signature + content_bytes


def seal_payload(msg_id: str, signed_payload: bytes, recipients: list[bytes]) -> Sealed:
    """Encrypt an already signed payload to the recipients' X25519 public keys.

    Every call draws a new content key, also when the same payload is sealed again (a
    forward): the body's nonce is zero, so a key must never encrypt twice. Reusing one
    for two envelopes of one message would give away the Poly1305 key and let anyone
    forge envelopes. There is deliberately no way to pass a key in.
    """
    unique = list(dict.fromkeys(recipients))
    if not unique:
        raise ValueError("at least one recipient is needed")
    if len(unique) > MAX_RECIPIENTS:
        raise ValueError(f"at most {MAX_RECIPIENTS} recipients")
    key = os.urandom(KEY_BYTES)
    ephemeral = PrivateKey.generate()
    wraps = b"".join(
        Box(ephemeral, PublicKey(pk)).encrypt(key, _ZERO_NONCE).ciphertext for pk in unique
    )
    header = MAGIC + bytes.fromhex(msg_id) + bytes(ephemeral.public_key) + struct.pack("B", len(unique)) + wraps
    body = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(compress(signed_payload), header, _ZERO_NONCE, key)
    return Sealed(msg_id, header + body, key)


def seal(content: dict, signing_key: SigningKey, recipients: list[bytes]) -> Sealed:
    msg_id, payload = sign(content, signing_key)
    return seal_payload(msg_id, payload, recipients)


def _split(envelope: bytes) -> tuple[str, bytes, list[bytes], bytes, bytes]:
    if not isinstance(envelope, (bytes, bytearray)):
        raise DecodeError("expected bytes", what="envelope")
    if len(envelope) > MAX_ENVELOPE_BYTES:
        raise DecodeError(f"larger than {MAX_ENVELOPE_BYTES} bytes", what="envelope", reason="oversized")
    if len(envelope) < _HEADER_FIXED + WRAP_BYTES + TAG_BYTES:
        raise DecodeError("truncated (too short to be a message)", what="envelope")
    if envelope[: len(MAGIC)] != MAGIC:
        raise DecodeError("not a Siaga message (unknown format or version)", what="envelope")
    pos = len(MAGIC)
    msg_id = bytes(envelope[pos: pos + ID_BYTES]).hex()
    pos += ID_BYTES
    eph = bytes(envelope[pos: pos + KEY_BYTES])
    pos += KEY_BYTES
    count = envelope[pos]
    pos += 1
    end = pos + count * WRAP_BYTES
    if count == 0 or count > MAX_RECIPIENTS or len(envelope) < end + TAG_BYTES:
        raise DecodeError("truncated or malformed recipient list", what="envelope")
    wraps = [bytes(envelope[pos + i * WRAP_BYTES: pos + (i + 1) * WRAP_BYTES]) for i in range(count)]
    return msg_id, eph, wraps, bytes(envelope[:end]), bytes(envelope[end:])


def envelope_id(envelope: bytes) -> str:
    """The message id an envelope announces (checked against the content when opened)."""
    return _split(envelope)[0]


def recipient_count(envelope: bytes) -> int:
    return len(_split(envelope)[2])


def unwrap_key(envelope: bytes, box_key: PrivateKey | Sequence[PrivateKey]) -> bytes:
    """The content key, if ``box_key`` (or one of several, after a key rotation) is a recipient."""
    _, eph, wraps, _, _ = _split(envelope)
    for key in ([box_key] if isinstance(box_key, PrivateKey) else box_key):
        try:
            box = Box(key, PublicKey(eph))
        except (nacl.exceptions.CryptoError, ValueError):
            raise DecodeError("malformed ephemeral key", what="envelope") from None
        for wrap in wraps:
            try:
                return box.decrypt(wrap, _ZERO_NONCE)
            except nacl.exceptions.CryptoError:
                continue
    raise DecodeError("this station is not one of its recipients", what="envelope", reason="wrong-recipient")


def open_with_key(envelope: bytes, content_key: bytes, books: CodebookSet) -> Opened:
    """Decrypt with a known content key, then check the signed payload.

    Once the encryption has opened, every failure (inflating, JSON, signature, canonical
    form, id, fields) is one refusal, :data:`UNREADABLE` with reason ``malformed``: telling
    them apart would let whoever can alter a body learn about the plaintext from the
    answers. The precise cause is kept in the error's ``cause`` parameter for this
    station's log; it must not go back to the sender. An unknown codebook version is
    still named (it is only found in content whose signature verified).
    """
    msg_id, _, _, header, body = _split(envelope)
    try:
        compressed = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(body, header, _ZERO_NONCE, content_key)
    except nacl.exceptions.CryptoError:
        raise DecodeError("tampered or corrupt (authentication failed)", what="envelope",
                          reason="tampered") from None
    try:
        payload = decompress(compressed, MAX_CONTENT_BYTES + 64)
        return verify_payload(payload, books, expected_id=msg_id)
    except UnknownCodeError:
        raise  # only after the author's signature verified: nothing a forger could probe
    except Exception as exc:  # noqa: BLE001 - any failure past the encryption is the same refusal
        cause = exc.message() if isinstance(exc, SiagaError) else f"{type(exc).__name__}: {exc}"
        raise DecodeError(UNREADABLE, what="message", reason="malformed", cause=cause) from None


def open_envelope(envelope: bytes, box_key: PrivateKey | Sequence[PrivateKey], books: CodebookSet) -> Opened:
    """Decrypt, verify and check a received envelope addressed to ``box_key``."""
    return open_with_key(envelope, unwrap_key(envelope, box_key), books)


def verify_payload(payload: bytes, books: CodebookSet, expected_id: str | None = None) -> Opened:
    """Check a signed payload: signature by the author key it names, id, fields."""
    if len(payload) < 64 + 2:
        raise DecodeError("truncated signed payload", what="message")
    signature, content_bytes = payload[:64], payload[64:]
    content = parse_json(content_bytes, "message content")
    if not isinstance(content, dict):
        raise DecodeError("content is not an object", what="message")
    author_pk = b64d(content.get("author"), "author", 32)
    try:
        VerifyKey(author_pk).verify(SIGN_DOMAIN + content_bytes, signature)
    except (nacl.exceptions.BadSignatureError, nacl.exceptions.CryptoError, ValueError):
        raise DecodeError("the signature does not match the author's key", what="message",
                          reason="bad-signature") from None
    try:
        in_canonical_form = canonical(content) == content_bytes
    except ValueError:  # NaN, infinity, integers past 2**53, lone surrogates: no canonical form at all
        in_canonical_form = False
    if not in_canonical_form:
        raise DecodeError("content is not in canonical form", what="message")
    msg_id = message_id(content_bytes)
    if expected_id is not None and msg_id != expected_id:
        raise DecodeError("the message id does not match its content", what="message")
    check_content(content, books, size=len(content_bytes))
    return Opened(msg_id, content, payload, author_pk)

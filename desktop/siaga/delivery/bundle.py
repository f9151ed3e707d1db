"""Offline bundles: carry undelivered messages (and receipts) to a peer on a file.

For posts without a usable link. A bundle holds, for one peer, every message
still waiting for it and the receipts this station owes it for messages that
arrived on an earlier bundle. It is signed by this station, encrypted to the
peer (a NaCl sealed box) and expires (default 30 days). Importing it runs the
same checks and de-duplication as the endpoint; the receipts it produces travel
back by the next sync or on a return bundle.

File layout: ``"SGF" 0x01`` then ``sealed_box(peer X25519 key, deflate(signature || canonical JSON))``
with JSON ``{"v", "from", "to", "created", "expires", "messages": [base64url envelope], "receipts": [...]}``.
"""

from __future__ import annotations

import logging
import time
import zlib
from dataclasses import dataclass

import nacl.exceptions
from nacl.public import PublicKey, SealedBox
from nacl.signing import VerifyKey

from ..base.encoding import b64d, b64e, canonical, parse_json
from ..base.errors import DecodeError, InputError, Reason
from ..protocol.transport import make_receipt
from ..station.keys import apply_statement
from ..storage import audit
from .receiving import accept

log = logging.getLogger("siaga.bundle")

MAGIC = b"SGF\x01"
DOMAIN = b"siaga/bundle/v1\x00"
DEFAULT_TTL = 30 * 24 * 3600
MAX_BUNDLE_BYTES = 128 * 1024 * 1024


@dataclass
class ImportResult:
    peer_id: str
    messages: int
    new: int
    receipts_recorded: int


def export_bundle(station, peer_ref: str, ttl: int = DEFAULT_TTL, now: int | None = None) -> tuple[bytes, int]:
    """(file bytes, number of messages) for everything waiting for the peer."""
    peer = station.peer(peer_ref)
    if peer.revoked:
        raise InputError(f"peer {peer.id} revoked its keys")
    now = int(time.time()) if now is None else now
    waiting = station.outgoing.waiting_for(peer.id)
    envelopes = station.outgoing.envelopes(waiting)
    receipts = [make_receipt(station.keys.signing, m, t) for m, t in station.outgoing.take_return_receipts(peer.id)]
    body = canonical({
        "v": 1, "from": b64e(station.keys.sign_pk), "to": b64e(peer.card.sign_pk), "created": now,
        "expires": now + ttl, "messages": [b64e(envelopes[m]) for m in waiting], "receipts": receipts,
        "statements": station.pending_statements().get(peer.id, []),
    })
    signed = station.keys.signing.sign(DOMAIN + body).signature + body
    sealed = SealedBox(PublicKey(peer.card.box_pk)).encrypt(zlib.compress(signed, 9))
    station.record(audit.event("bundle-export", peer=peer.id, receipts=len(receipts), **audit.ids(waiting)))
    log.info("bundle for %s: %d message(s), %d receipt(s)", peer.id, len(waiting), len(receipts))
    return MAGIC + sealed, len(waiting)


def import_bundle(station, data: bytes, now: int | None = None) -> ImportResult:
    """Check and ingest a bundle addressed to this station."""
    now = int(time.time()) if now is None else now
    if len(data) > MAX_BUNDLE_BYTES:
        size = f"{MAX_BUNDLE_BYTES // (1024 * 1024)} MiB"
        raise DecodeError(Reason("too-large", f"larger than {size}", size=size), what="bundle")
    if data[: len(MAGIC)] != MAGIC:
        raise DecodeError(Reason("not-a-bundle", "not a Siaga bundle"), what="bundle")
    compressed = None
    for box in station.keys.box_keys():
        try:
            compressed = SealedBox(box).decrypt(data[len(MAGIC):])
            break
        except nacl.exceptions.CryptoError:
            continue
    if compressed is None:
        raise DecodeError(Reason("not-for-us", "not addressed to this station, or damaged"), what="bundle")
    try:
        inflater = zlib.decompressobj()
        signed = inflater.decompress(compressed, MAX_BUNDLE_BYTES * 2)
        if inflater.unconsumed_tail:
            raise DecodeError(Reason("expands", "expands beyond the size limit"), what="bundle")
    except zlib.error:
        raise DecodeError(Reason("damaged", "damaged (cannot decompress)"), what="bundle") from None
    if len(signed) < 65:
        raise DecodeError(Reason("truncated", "truncated"), what="bundle")
    signature, body = signed[:64], signed[64:]
    doc = parse_json(body, "bundle")
    if not isinstance(doc, dict) or doc.get("v") != 1:
        raise DecodeError(Reason("version", "unsupported bundle version"), what="bundle")
    try:
        sender = b64d(doc["from"], "bundle sender", 32)
        VerifyKey(sender).verify(DOMAIN + body, signature)
        to = b64d(doc["to"], "bundle recipient", 32)
        created, expires = int(doc["created"]), int(doc["expires"])
        messages = [b64d(m, "bundled message") for m in doc["messages"]]
        receipts = list(doc["receipts"])
        statements = [b64d(t, "key statement") for t in doc.get("statements", [])]
    except (KeyError, TypeError, ValueError, OverflowError):  # OverflowError: int() of an infinite number
        raise DecodeError(Reason("malformed", "missing or malformed fields"), what="bundle") from None
    except (nacl.exceptions.BadSignatureError, nacl.exceptions.CryptoError):
        raise DecodeError(Reason("forged", "the signature does not match (altered or forged)"), what="bundle") from None
    if to not in station.keys.signing_keys():
        raise DecodeError(Reason("addressed-elsewhere", "addressed to another station"), what="bundle")
    if expires < now:
        when = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(expires))
        raise DecodeError(Reason("expired", f"expired {when}", when=when), what="bundle")
    if created > now + 600:
        raise DecodeError(Reason("from-the-future", "made in the future (check this computer's clock)"), what="bundle")
    for statement in statements:  # a rotation the sender made since the peer last heard of it
        apply_statement(station, statement, now=now)
    peer = station.peer_by_key(sender, now=now)
    if peer is None:
        raise DecodeError(Reason("unknown-sender", "from a station that is not in this directory"), what="bundle")
    if peer.revoked:
        raise DecodeError(Reason("sender-revoked", "from a peer whose keys were revoked"), what="bundle")
    recorded = station.record_receipts(peer, receipts) if receipts else 0
    new = accept(station, messages, peer, from_bundle=True, now=now).new if messages else []
    station.record(audit.event("bundle-import", peer=peer.id, messages=len(messages), new=len(new),
                                     receipts=recorded))
    log.info("bundle from %s: %d message(s), %d new, %d receipt(s)", peer.id, len(messages), len(new), recorded)
    return ImportResult(peer.id, len(messages), len(new), recorded)

"""Offline bundles: carry undelivered messages (and receipts) to a peer on a file.

For posts without a usable link. A bundle holds, for one peer, the messages
still waiting for it and the receipts this station owes it for messages that
arrived on an earlier bundle. It is signed by this station, encrypted to the
peer (a NaCl sealed box) and expires (default 30 days). Importing it runs the
same checks and de-duplication as the endpoint; the receipts it produces travel
back by the next sync or on a return bundle.

File layout (format 2, PROTOCOL.md section 11)::

    "SGF" 0x02 || sealed_box(peer X25519 key,
        sender_sign_pk (32) || signature (64) || header_len (u32 BE) || header || deflate(body))

``signature`` is Ed25519 by ``sender_sign_pk`` over ``"siaga/bundle/v2\\0" || SHA-512(everything
after the signature, with the key in front)``; ``header`` is canonical JSON ``{"v": 2, "to",
"created", "expires", "statements", "size"}`` (``size``: the inflated length of the body) and
``body`` canonical JSON ``{"messages": [base64url envelope], "receipts": [...]}``.
Card statements (new contacts on the sender's card) travel apart from the key statements,
in the header's ``cards`` list: stations of earlier versions, which do not know them,
ignore that key and read the rest of the bundle.

Nothing is inflated or parsed before the signature is checked and the signer is known
to be a peer (or a peer's new key, by a rotation statement of the header). Inflation
is capped by the declared size, by a multiple of the compressed size and by
:data:`MAX_BODY_BYTES`; the number of JSON values is counted before the body is parsed.
An import is all or nothing: everything is checked and applied in one transaction, so
a refused bundle changes nothing.

Format 1 (``"SGF" 0x01``: ``sealed_box(deflate(signature || canonical JSON))``, the
signer named inside the JSON) is still read, from a known, current peer key only and
with a smaller inflation cap.
"""

from __future__ import annotations

import hashlib
import logging
import re
import struct
import time
import zlib
from dataclasses import dataclass, field

import nacl.exceptions
from nacl.public import PublicKey, SealedBox
from nacl.signing import SigningKey, VerifyKey

from ..base.encoding import b64d, b64e, canonical, parse_json
from ..base.errors import DecodeError, InputError, Reason
from ..protocol.statements import CARD, REVOKE, ROTATE, kind_of, read_statement
from ..protocol.transport import make_receipt
from ..station.keys import apply_statement
from ..storage import audit
from .receiving import accept

log = logging.getLogger("siaga.bundle")

MAGIC = b"SGF\x02"
DOMAIN = b"siaga/bundle/v2\x00"
MAGIC_V1 = b"SGF\x01"
DOMAIN_V1 = b"siaga/bundle/v1\x00"
DEFAULT_TTL = 30 * 24 * 3600

#: the largest bundle file read (a sealed box is opened whole, in memory)
MAX_BUNDLE_BYTES = 8 * 1024 * 1024
#: the largest body once inflated; an export carries what fits and leaves the rest for the next bundle
MAX_BODY_BYTES = 8 * 1024 * 1024
#: a body inflates to at most this many times its compressed size (base64 of sealed reports: about 1.4)
INFLATE_RATIO = 16
#: ... but a small body may always be this large
MIN_INFLATE_CAP = 64 * 1024
#: the header: times and key statements (each at most 32 KiB)
MAX_HEADER_BYTES = 256 * 1024
#: JSON values in a body (messages, receipts and their fields); bounds what parsing allocates
MAX_BODY_VALUES = 100_000
MAX_MESSAGES = 20_000
MAX_RECEIPTS = 10_000
#: format 1 is inflated before its signature can be checked: a tighter cap
MAX_V1_BODY_BYTES = 4 * 1024 * 1024

_PREFIX = 32 + 64 + 4
# canonical JSON sorts keys: a format 1 body starts with its times and its signer
_V1_SIGNER = re.compile(rb'\{"created":-?[0-9]{1,20},"expires":-?[0-9]{1,20},"from":"([A-Za-z0-9_-]{43})"')


@dataclass
class ImportResult:
    peer_id: str
    messages: int
    new: int
    receipts_recorded: int
    #: the bundle carried its sender's revocation: applied, and nothing else taken in
    revoked: bool = False
    #: ids of the messages taken in for the first time (to announce, as an arrival from the network is)
    new_ids: list[str] = field(default_factory=list)


@dataclass
class _Checked:
    """A bundle that passed every check that needs no write."""

    peer_id: str
    revoking: bool
    statements: list[bytes] = field(default_factory=list)
    messages: list[bytes] = field(default_factory=list)
    receipts: list = field(default_factory=list)


def _refuse(code: str, text: str, **params) -> DecodeError:
    return DecodeError(Reason(code, text, **params), what="bundle")


# -- writing ------------------------------------------------------------------

def seal(signing: SigningKey, box_pk: bytes, header: dict, compressed: bytes) -> bytes:
    """A bundle file from its header and compressed body, signed by ``signing``, sealed to ``box_pk``."""
    head = canonical(header)
    sender = bytes(signing.verify_key)
    rest = struct.pack(">I", len(head)) + head + compressed
    signature = signing.sign(DOMAIN + hashlib.sha512(sender + rest).digest()).signature
    return MAGIC + SealedBox(PublicKey(box_pk)).encrypt(sender + signature + rest)


def pack(signing: SigningKey, to_sign_pk: bytes, box_pk: bytes, header: dict, body: dict) -> bytes:
    """A bundle of ``body`` ({"messages", "receipts"}) with ``header`` ({"created", "expires", "statements"})."""
    raw = canonical(body)
    return seal(signing, box_pk, {**header, "v": 2, "to": b64e(to_sign_pk), "size": len(raw)},
                zlib.compress(raw, 9))


def statement_lists(pending: list[str]) -> dict[str, list[str]]:
    """A bundle header's statements: key statements under ``statements``, card statements under ``cards``.

    A station of an earlier version refuses a card statement among its key statements (and
    with it the whole bundle), but ignores a header key it does not know: so it still takes
    the messages, receipts and key statements of a bundle that also carries a new card.
    """
    cards = [text for text in pending if kind_of(b64d(text, "key statement")) == CARD]
    lists = {"statements": [text for text in pending if text not in cards]}
    if cards:
        lists["cards"] = cards
    return lists


def waiting_for(station, peer_id: str) -> list[str]:
    """Ids of the messages waiting for a peer, oldest first."""
    return station.outgoing.waiting_for(peer_id)


def export_bundle(station, peer_ref: str, ttl: int = DEFAULT_TTL, now: int | None = None) -> tuple[bytes, int]:
    """(file bytes, number of messages) for what waits for the peer, oldest first, as much as fits.

    A bundle holds at most :data:`MAX_BODY_BYTES` (inflated); what does not fit waits for the next one.
    """
    peer = station.peer(peer_ref)
    if peer.revoked:
        raise InputError(f"peer {peer.id} revoked its keys")
    now = int(time.time()) if now is None else now
    owed = station.outgoing.take_return_receipts(peer.id)[:MAX_RECEIPTS]
    receipts = [make_receipt(station.keys.signing, m, t) for m, t in owed]
    budget = MAX_BODY_BYTES - len(canonical({"messages": [], "receipts": receipts}))
    carried: list[str] = []
    texts: list[str] = []
    waiting = waiting_for(station, peer.id)
    for start in range(0, len(waiting), 200):
        chunk = waiting[start: start + 200]
        envelopes = station.outgoing.envelopes(chunk)
        for msg_id in chunk:
            text = b64e(envelopes[msg_id])
            if len(text) + 3 > budget or len(carried) >= MAX_MESSAGES:
                break
            budget -= len(text) + 3
            carried.append(msg_id)
            texts.append(text)
        else:
            continue
        break
    header = {"created": now, "expires": now + ttl, **statement_lists(station.pending_statements().get(peer.id, []))}
    data = pack(station.keys.signing, peer.card.sign_pk, peer.card.box_pk, header,
                {"messages": texts, "receipts": receipts})
    if len(data) > MAX_BUNDLE_BYTES:  # cannot happen with sealed reports (they hardly compress): said plainly
        raise InputError(f"the bundle for {peer.id} would be larger than {MAX_BUNDLE_BYTES // (1024 * 1024)} MiB")
    station.record(audit.event("bundle-export", peer=peer.id, receipts=len(receipts), **audit.ids(carried)))
    log.info("bundle for %s: %d message(s) (%d wait for the next one), %d receipt(s)",
             peer.id, len(carried), len(waiting) - len(carried), len(receipts))
    return data, len(carried)


# -- reading ------------------------------------------------------------------

def _open_seal(station, data: bytes) -> bytes:
    ciphertext = memoryview(data)[len(MAGIC):]
    for box in station.keys.box_keys():
        try:
            return SealedBox(box).decrypt(bytes(ciphertext))
        except nacl.exceptions.CryptoError:
            continue
    raise _refuse("not-for-us", "not addressed to this station, or damaged")


def _inflate(compressed, limit: int, exact: int | None = None) -> bytes:
    """At most ``limit`` bytes of a complete deflate stream (``exact``: exactly that many)."""
    try:
        inflater = zlib.decompressobj()
        out = inflater.decompress(compressed, limit)
        if inflater.unconsumed_tail or (not inflater.eof and inflater.decompress(b"", 1)):
            raise _refuse("expands", "expands beyond the size limit")
        if not inflater.eof:
            raise _refuse("truncated", "truncated")
    except zlib.error:
        raise _refuse("damaged", "damaged (cannot decompress)") from None
    if exact is not None and len(out) != exact:
        raise _refuse("malformed", "missing or malformed fields")
    return out


def _parse_bounded(body: bytes):
    """Parse JSON whose number of values is bounded first (a count of separators, without parsing)."""
    values = body.count(b",") + body.count(b":") + body.count(b"[") + 1
    if values > MAX_BODY_VALUES:
        size = f"{MAX_BODY_VALUES} values"
        raise _refuse("too-large", f"larger than {size}", size=size)
    return parse_json(body, "bundle")


def _check_times(station, to: bytes, created: int, expires: int, now: int) -> None:
    if to not in station.keys.signing_keys():
        raise _refuse("addressed-elsewhere", "addressed to another station")
    if expires < now:
        when = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(expires))
        raise _refuse("expired", f"expired {when}", when=when)
    if created > now + 600:
        raise _refuse("from-the-future", "made in the future (check this computer's clock)")


def _sender(station, sender: bytes, statements: list[bytes], now: int) -> tuple[str, bool]:
    """(peer id, revoking) of a bundle's signer: a peer's key, or a new key its rotation statements name.

    Every statement is verified and must be about the sender's own keys; nothing is applied here.
    """
    parsed = [read_statement(s, station.books.current.country_codes()) for s in statements]
    introduced: dict[bytes, str] = {}

    def owner(key: bytes) -> str | None:
        return station.directory.id_for_key(key, now=now) or introduced.get(key)

    owners = []
    for statement in parsed:
        peer_id = owner(statement.old_pk)
        if peer_id is None:
            raise DecodeError("it is about a key this station does not know", what="key statement")
        owners.append(peer_id)
        if statement.kind == ROTATE:
            introduced[statement.card.sign_pk] = peer_id
    peer_id = owner(sender)
    if peer_id is None:
        raise _refuse("unknown-sender", "from a station that is not in this directory")
    if any(o != peer_id for o in owners):
        raise DecodeError("a station may only change its own keys", what="key statement")
    if station.peer_is_revoked(peer_id):
        raise _refuse("sender-revoked", "from a peer whose keys were revoked")
    return peer_id, any(s.kind == REVOKE for s in parsed)


def _fields(doc, *names: str) -> list:
    if not isinstance(doc, dict):
        raise _refuse("malformed", "missing or malformed fields")
    try:
        return [doc[n] for n in names]
    except KeyError:
        raise _refuse("malformed", "missing or malformed fields") from None


def _contents(doc) -> tuple[list[bytes], list]:
    messages, receipts = _fields(doc, "messages", "receipts")
    if not isinstance(messages, list) or not isinstance(receipts, list):
        raise _refuse("malformed", "missing or malformed fields")
    return [b64d(m, "bundled message") for m in messages], receipts


def _times(header) -> tuple[bytes, int, int]:
    to, created, expires = _fields(header, "to", "created", "expires")
    try:
        return b64d(to, "bundle recipient", 32), int(created), int(expires)
    except (TypeError, ValueError, OverflowError):  # OverflowError: int() of an infinite number
        raise _refuse("malformed", "missing or malformed fields") from None


def _statements(header, key: str = "statements") -> list[bytes]:
    statements = header.get(key, [])
    if not isinstance(statements, list):
        raise _refuse("malformed", "missing or malformed fields")
    return [b64d(t, "key statement") for t in statements]


def _cards(header) -> list[bytes]:
    """The header's card statements (``cards``): each must be one, not a key statement put there."""
    cards = _statements(header, "cards")
    if any(kind_of(card) != CARD for card in cards):
        raise DecodeError("a key statement among the card statements", what="key statement")
    return cards


def _read_v2(station, inner: bytes, now: int) -> _Checked:
    if len(inner) < _PREFIX:
        raise _refuse("truncated", "truncated")
    view = memoryview(inner)
    sender, signature = bytes(view[:32]), bytes(view[32:96])
    (head_len,) = struct.unpack(">I", view[96:_PREFIX])
    if head_len > MAX_HEADER_BYTES or _PREFIX + head_len > len(inner):
        raise _refuse("malformed", "missing or malformed fields")
    digest = hashlib.sha512(view[:32])
    digest.update(view[96:])
    try:
        VerifyKey(sender).verify(DOMAIN + digest.digest(), signature)
    except (nacl.exceptions.BadSignatureError, nacl.exceptions.CryptoError, ValueError):
        raise _refuse("forged", "the signature does not match (altered or forged)") from None
    header = parse_json(bytes(view[_PREFIX: _PREFIX + head_len]), "bundle")
    if not isinstance(header, dict) or header.get("v") != 2:
        raise _refuse("version", "unsupported bundle version")
    to, created, expires = _times(header)
    size = header.get("size")
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        raise _refuse("malformed", "missing or malformed fields")
    _check_times(station, to, created, expires, now)
    statements = _statements(header) + _cards(header)  # key statements first: a card may be of a new key
    peer_id, revoking = _sender(station, sender, statements, now)
    compressed = view[_PREFIX + head_len:]
    if size > min(MAX_BODY_BYTES, max(MIN_INFLATE_CAP, INFLATE_RATIO * len(compressed))):
        raise _refuse("expands", "expands beyond the size limit")
    body = _inflate(compressed, size, exact=size)
    del inner, view, compressed
    messages, receipts = _contents(_parse_bounded(body))
    return _Checked(peer_id, revoking, statements, messages, receipts)


def _read_v1(station, inner: bytes, now: int) -> _Checked:
    limit = min(MAX_V1_BODY_BYTES, max(MIN_INFLATE_CAP, INFLATE_RATIO * len(inner)))
    signed = _inflate(inner, 64 + limit)
    if len(signed) < 65:
        raise _refuse("truncated", "truncated")
    signature, body = signed[:64], signed[64:]
    del signed
    found = _V1_SIGNER.match(body)
    if found is None:  # every format 1 writer wrote canonical JSON: its signer comes first
        raise _refuse("malformed", "missing or malformed fields")
    sender = b64d(found.group(1).decode("ascii"), "bundle sender", 32)
    if station.directory.id_for_key(sender, now=now) is None:
        raise _refuse("unknown-sender", "from a station that is not in this directory")
    try:
        VerifyKey(sender).verify(DOMAIN_V1 + body, signature)
    except (nacl.exceptions.BadSignatureError, nacl.exceptions.CryptoError, ValueError):
        raise _refuse("forged", "the signature does not match (altered or forged)") from None
    doc = _parse_bounded(body)
    del body
    if not isinstance(doc, dict) or doc.get("v") != 1 or doc.get("from") != found.group(1).decode("ascii"):
        raise _refuse("version", "unsupported bundle version")
    to, created, expires = _times(doc)
    _check_times(station, to, created, expires, now)
    statements = _statements(doc)
    peer_id, revoking = _sender(station, sender, statements, now)
    messages, receipts = _contents(doc)
    return _Checked(peer_id, revoking, statements, messages, receipts)


def import_bundle(station, data: bytes, now: int | None = None) -> ImportResult:
    """Check a bundle addressed to this station, then take it in whole, in one transaction.

    Refused (a typed error) if anything in it is wrong: then nothing has changed. A bundle
    that carries its sender's revocation applies it and takes in nothing else.
    """
    now = int(time.time()) if now is None else now
    if len(data) > MAX_BUNDLE_BYTES:
        size = f"{MAX_BUNDLE_BYTES // (1024 * 1024)} MiB"
        raise _refuse("too-large", f"larger than {size}", size=size)
    magic = bytes(data[: len(MAGIC)])
    if magic not in (MAGIC, MAGIC_V1):
        raise _refuse("not-a-bundle", "not a Siaga bundle")
    inner = _open_seal(station, data)
    try:
        checked = (_read_v2 if magic == MAGIC else _read_v1)(station, inner, now)
    except (KeyError, TypeError, ValueError, OverflowError):
        raise _refuse("malformed", "missing or malformed fields") from None
    except (nacl.exceptions.BadSignatureError, nacl.exceptions.CryptoError):
        raise _refuse("forged", "the signature does not match (altered or forged)") from None
    del inner
    with station.transaction():  # a refusal from here on rolls every write back
        for statement in checked.statements:  # a rotation the sender made since this station heard of it
            apply_statement(station, statement, now=now)
        peer = station.peer(checked.peer_id)
        recorded, new = 0, []
        if not peer.revoked:
            recorded = station.record_receipts(peer, checked.receipts) if checked.receipts else 0
            if checked.messages:
                new = accept(station, checked.messages, peer, from_bundle=True, now=now).new
        station.record(audit.event("bundle-import", peer=peer.id, messages=len(checked.messages),
                                   new=len(new), receipts=recorded))
    if peer.revoked:
        log.warning("bundle from %s: its keys are revoked; its %d message(s) were not taken in",
                    peer.id, len(checked.messages))
    else:
        log.info("bundle from %s: %d message(s), %d new, %d receipt(s)",
                 peer.id, len(checked.messages), len(new), recorded)
    return ImportResult(peer.id, len(checked.messages), len(new), recorded, revoked=peer.revoked,
                        new_ids=list(new))

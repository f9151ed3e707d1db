"""Key rotation and revocation statements, signed by the key they replace or retire.

A *card* statement, signed by the key its card names, carries a newer card with the
same keys (new contacts, names or address), so peers' directories follow it.
A *rotation* statement names the station's old signing key and carries its new
contact card (self-signed by the new key); it is signed by the old key, so a
peer that trusted the old key can move to the new one without a new
fingerprint check. A *revocation* statement, signed by the key it revokes,
tells every peer to stop all traffic with that key.

Statements travel to each peer by ``POST /v1/keys`` on the next sync (or on a
bundle) and are applied automatically. Applying one twice changes nothing.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import nacl.exceptions
from nacl.signing import SigningKey, VerifyKey

from ..base.encoding import b64d, b64e, canonical, parse_json
from ..base.errors import DecodeError
from .card import Card, read_card

DOMAIN = b"siaga/statement/v1\x00"
ROTATE, REVOKE, CARD = "rotate", "revoke", "card"
MAX_STATEMENT_BYTES = 32 * 1024
#: messages signed with a peer's previous key are still accepted this long after its rotation
GRACE = 14 * 24 * 3600


@dataclass(frozen=True)
class Statement:
    kind: str
    old_pk: bytes
    at: int
    card: Card | None  # the new card (rotation and card statements)


def make_statement(old: SigningKey, kind: str, new_card: bytes | None = None, now: int | None = None) -> bytes:
    body = {"v": 1, "kind": kind, "old_sign_pk": b64e(bytes(old.verify_key)),
            "at": int(time.time() if now is None else now)}
    if kind in (ROTATE, CARD):
        body["card"] = b64e(new_card or b"")
    signature = old.sign(DOMAIN + canonical(body)).signature
    return canonical({"statement": body, "sig": b64e(signature)})


def kind_of(data: bytes) -> str:
    """The kind a statement says it is, unverified ("" when it says none): for sorting one's own statements."""
    try:
        kind = parse_json(data, "key statement")["statement"]["kind"]
    except (DecodeError, KeyError, TypeError):
        return ""
    return kind if isinstance(kind, str) else ""


def read_statement(data: bytes, country_codes: set[str] | None = None) -> Statement:
    """Parse and verify a statement (signature by the old key, new card self-signed)."""
    if len(data) > MAX_STATEMENT_BYTES:
        raise DecodeError("too large", what="key statement")
    doc = parse_json(data, "key statement")
    try:
        body, signature = doc["statement"], b64d(doc["sig"], "statement signature", 64)
        kind, old_pk, at = body["kind"], b64d(body["old_sign_pk"], "old key", 32), int(body["at"])
        if body.get("v") != 1 or kind not in (ROTATE, REVOKE, CARD):
            raise DecodeError("unsupported statement", what="key statement")
    except (KeyError, TypeError, ValueError, OverflowError):  # OverflowError: int() of an infinite number
        raise DecodeError("missing or malformed fields", what="key statement") from None
    try:
        VerifyKey(old_pk).verify(DOMAIN + canonical(body), signature)
    except (nacl.exceptions.BadSignatureError, nacl.exceptions.CryptoError, ValueError):
        raise DecodeError("the signature does not match (altered or forged)", what="key statement") from None
    card = None
    if kind == ROTATE:
        card = read_card(b64d(body.get("card"), "new card"), country_codes)
        if card.sign_pk == old_pk:
            raise DecodeError("the new key is the old key", what="key statement")
    elif kind == CARD:
        card = read_card(b64d(body.get("card"), "new card"), country_codes)
        if card.sign_pk != old_pk:
            raise DecodeError("a card statement carries a card of the key that signs it", what="key statement")
    return Statement(kind, old_pk, at, card)

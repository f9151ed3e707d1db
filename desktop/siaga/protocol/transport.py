"""What travels between stations besides the envelopes: signed requests, batches and receipts.

- A **batch** is the body of one delivery request: ``"SGB" 0x01``, then for each
  envelope a 4-byte big-endian length and the envelope bytes.
- A **request signature** authenticates the sending station: Ed25519 over the
  canonical JSON of method, path, time, nonce, body hash and the receiving
  station's key. The receiver refuses a stale time, a reused nonce, an unknown
  sender and a request meant for another station.
- A **receipt** is the receiver's signed statement that it holds a message:
  receiver key, message id and the time it first received it. Receiving the same
  message again yields the same receipt (same time, same signature bytes).
"""

from __future__ import annotations

import hashlib
import os
import re
import struct
import time
from dataclasses import dataclass

import nacl.exceptions
from nacl.signing import SigningKey, VerifyKey

from ..base.encoding import b64d, b64e, canonical
from ..base.errors import DecodeError
from .batch_receipt import verify_member

BATCH_MAGIC = b"SGB\x01"
BATCH_CONTENT_TYPE = "application/vnd.siaga.batch"
MAX_BATCH_BYTES = 16 * 1024 * 1024
MAX_BATCH_MESSAGES = 1000
REQUEST_DOMAIN = b"siaga/request/v1\x00"
RECEIPT_DOMAIN = b"siaga/receipt/v1\x00"
#: how far a request's time may be from the receiver's clock
REQUEST_WINDOW = 300
HEADER_SENDER = "X-Siaga-Sender"
HEADER_TIME = "X-Siaga-Time"
HEADER_NONCE = "X-Siaga-Nonce"
HEADER_SIGNATURE = "X-Siaga-Signature"
HEADER_TO = "X-Siaga-To"
_STAMP_RE = re.compile(r"[0-9]{1,12}")


def pack_batch(envelopes: list[bytes]) -> bytes:
    parts = [BATCH_MAGIC]
    for env in envelopes:
        parts.append(struct.pack(">I", len(env)))
        parts.append(env)
    return b"".join(parts)


def unpack_batch(body: bytes) -> list[bytes]:
    if len(body) > MAX_BATCH_BYTES:
        raise DecodeError(f"larger than {MAX_BATCH_BYTES} bytes", what="batch")
    if body[: len(BATCH_MAGIC)] != BATCH_MAGIC:
        raise DecodeError("not a Siaga batch", what="batch")
    pos, out = len(BATCH_MAGIC), []
    while pos < len(body):
        if pos + 4 > len(body):
            raise DecodeError("truncated length", what="batch")
        (size,) = struct.unpack(">I", body[pos: pos + 4])
        pos += 4
        if size == 0 or pos + size > len(body):
            raise DecodeError("truncated message", what="batch")
        out.append(body[pos: pos + size])
        pos += size
        if len(out) > MAX_BATCH_MESSAGES:
            raise DecodeError(f"more than {MAX_BATCH_MESSAGES} messages", what="batch")
    if not out:
        raise DecodeError("empty", what="batch")
    return out


def _request_statement(method: str, path: str, stamp: int, nonce: str, body: bytes, receiver: bytes) -> bytes:
    return REQUEST_DOMAIN + canonical({
        "method": method.upper(), "path": path, "time": stamp, "nonce": nonce,
        "body": hashlib.sha256(body).hexdigest(), "to": b64e(receiver),
    })


def sign_request(signing: SigningKey, method: str, path: str, body: bytes, receiver: bytes,
                 now: float | None = None) -> dict[str, str]:
    """Headers that authenticate a request from ``signing``'s station to ``receiver``."""
    stamp = int(now if now is not None else time.time())
    nonce = b64e(os.urandom(16))
    sig = signing.sign(_request_statement(method, path, stamp, nonce, body, receiver)).signature
    return {HEADER_SENDER: b64e(bytes(signing.verify_key)), HEADER_TO: b64e(receiver), HEADER_TIME: str(stamp),
            HEADER_NONCE: nonce, HEADER_SIGNATURE: b64e(sig)}


@dataclass(frozen=True)
class RequestAuth:
    sender: bytes
    stamp: int
    nonce: str


class RequestRefused(DecodeError):
    """A request failed authentication; ``reason`` is a stable word for the status body."""

    code = "request-refused"
    template = "request refused: {detail}"

    def __init__(self, reason: str, detail: str, status: int = 401) -> None:
        self.reason = reason
        self.status = status
        super().__init__(detail)


def read_request_auth(headers: dict[str, str]) -> RequestAuth:
    """Parse the authentication headers (the signature is checked by :func:`verify_request`)."""
    try:
        sender = b64d(headers.get(HEADER_SENDER) or "", "sender", 32)
        stamp_text = headers.get(HEADER_TIME) or ""
        # plain ASCII digits, as many as Unix seconds have for millennia: int() alone would take '+1', '1_0',
        # other scripts' digits, and a 400-digit number no clock comparison can handle
        if not _STAMP_RE.fullmatch(stamp_text):
            raise ValueError("not a time")
        stamp = int(stamp_text)
        nonce = headers.get(HEADER_NONCE) or ""
        b64d(nonce, "nonce", 16)
        b64d(headers.get(HEADER_SIGNATURE) or "", "signature", 64)
    except (DecodeError, ValueError):
        raise RequestRefused("unauthenticated", "missing or malformed authentication headers") from None
    return RequestAuth(sender, stamp, nonce)


def verify_request(headers: dict[str, str], method: str, path: str, body: bytes, receiver: bytes,
                   now: float | None = None) -> RequestAuth:
    auth = read_request_auth(headers)
    if headers.get(HEADER_TO) != b64e(receiver):
        raise RequestRefused("wrong-recipient", "the request is meant for another station", status=421)
    now = time.time() if now is None else now
    if abs(now - auth.stamp) > REQUEST_WINDOW:
        raise RequestRefused("stale", f"the request time is more than {REQUEST_WINDOW} s from this clock")
    signature = b64d(headers[HEADER_SIGNATURE], "signature", 64)
    statement = _request_statement(method, path, auth.stamp, auth.nonce, body, receiver)
    try:
        VerifyKey(auth.sender).verify(statement, signature)
    except (nacl.exceptions.BadSignatureError, nacl.exceptions.CryptoError, ValueError):
        raise RequestRefused("bad-signature", "the request signature does not match (tampered)") from None
    return auth


# -- receipts ---------------------------------------------------------------

def _receipt_statement(receiver: bytes, msg_id: str, received_at: int) -> bytes:
    return RECEIPT_DOMAIN + canonical({"receiver": b64e(receiver), "id": msg_id, "received_at": received_at})


def make_receipt(signing: SigningKey, msg_id: str, received_at: int) -> dict:
    receiver = bytes(signing.verify_key)
    sig = signing.sign(_receipt_statement(receiver, msg_id, received_at)).signature
    return {"id": msg_id, "received_at": received_at, "sig": b64e(sig)}


RECEIPTS_MAGIC = b"SGR\x01"
RECEIPTS_CONTENT_TYPE = "application/vnd.siaga.receipts"
_RECEIPT_SIZE = 32 + 8 + 64


def pack_receipts(receipts: list[dict]) -> bytes:
    """Receipts in binary (104 bytes each: id, received_at, signature) for the wire."""
    return RECEIPTS_MAGIC + b"".join(
        bytes.fromhex(r["id"]) + struct.pack(">Q", r["received_at"]) + b64d(r["sig"], "receipt signature", 64)
        for r in receipts)


def unpack_receipts(body: bytes) -> list[dict]:
    if body[: len(RECEIPTS_MAGIC)] != RECEIPTS_MAGIC or (len(body) - len(RECEIPTS_MAGIC)) % _RECEIPT_SIZE:
        raise DecodeError("malformed receipt list", what="receipts")
    out = []
    for pos in range(len(RECEIPTS_MAGIC), len(body), _RECEIPT_SIZE):
        chunk = body[pos: pos + _RECEIPT_SIZE]
        out.append({"id": chunk[:32].hex(), "received_at": struct.unpack(">Q", chunk[32:40])[0],
                    "sig": b64e(chunk[40:])})
    return out


def verify_receipt(receipt: object, receiver: bytes, msg_id: str | None = None) -> dict:
    """Check a receipt signed by ``receiver``; return it (id, received_at, sig, and a batch receipt's proof).

    A receipt is either single (its own signature) or a member of a batch receipt (the batch's
    signature and the proof that leads from this message to the signed root; see
    :mod:`.batch_receipt`). Either proves the one message's delivery.
    """
    if not isinstance(receipt, dict) or set(receipt) - {"proof"} != {"id", "received_at", "sig"}:
        raise DecodeError("malformed receipt", what="receipt")
    if not isinstance(receipt["id"], str) or not isinstance(receipt["received_at"], int):
        raise DecodeError("malformed receipt", what="receipt")
    if not re.fullmatch(r"[0-9a-f]{64}", receipt["id"]) or not 0 <= receipt["received_at"] < 2 ** 63:
        raise DecodeError("malformed receipt", what="receipt")
    if msg_id is not None and receipt["id"] != msg_id:
        raise DecodeError("the receipt is for another message", what="receipt")
    if "proof" in receipt:
        return verify_member(receipt, receiver)
    try:
        VerifyKey(receiver).verify(_receipt_statement(receiver, receipt["id"], receipt["received_at"]),
                                   b64d(receipt["sig"], "receipt signature", 64))
    except (nacl.exceptions.BadSignatureError, nacl.exceptions.CryptoError, ValueError):
        raise DecodeError("the receipt signature does not match the receiver's key", what="receipt") from None
    return receipt

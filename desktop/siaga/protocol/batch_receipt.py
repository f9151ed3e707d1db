"""Batch receipts: one signature for every message of a delivery batch, each provable on its own.

The receiver lists each accepted message (its id, which is the BLAKE2b-256 hash of its
content, and the time it first received it) as a leaf of a Merkle tree and signs the
tree's root once, with the number of leaves. From the batch answer the sender keeps, for
each message, a *member receipt*: the id, the time, the batch signature and the proof
(the message's place in the list, the list's length and the sibling hashes from its leaf
to the root). A member receipt proves that one message's delivery without the others.

Tree: ``leaf = H(0x00 || id || received_at as 8 bytes big-endian)``, ``node = H(0x01 ||
left || right)``, H = BLAKE2b-256 personalised ``siaga-receipts``. Each level pairs its
nodes from the left; an odd last node moves up unchanged. The signed statement names the
leaf count, so a proof cannot claim a place the tree does not have.

Wire (the answer to ``POST /v1/messages`` when the sender asked for it with
``Accept: application/vnd.siaga.receipts-batch``): ``"SGR" 0x02``, a 4-byte big-endian
count, then per message its id (32 bytes) and time (8 bytes), then the 64-byte signature.
"""

from __future__ import annotations

import hashlib
import struct

import nacl.exceptions
from nacl.signing import SigningKey, VerifyKey

from ..base.encoding import b64d, b64e, canonical
from ..base.errors import DecodeError

BATCH_RECEIPT_MAGIC = b"SGR\x02"
BATCH_RECEIPT_CONTENT_TYPE = "application/vnd.siaga.receipts-batch"
BATCH_RECEIPT_DOMAIN = b"siaga/receipts/v2\x00"
_ENTRY = 32 + 8
#: the deepest proof a batch of the largest size (1,000 messages) can need, with room
MAX_PROOF_DEPTH = 32


def _h(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=32, person=b"siaga-receipts").digest()


def leaf(msg_id: str, received_at: int) -> bytes:
    return _h(b"\x00" + bytes.fromhex(msg_id) + struct.pack(">Q", received_at))


def _node(left: bytes, right: bytes) -> bytes:
    return _h(b"\x01" + left + right)


def _levels(leaves: list[bytes]) -> list[list[bytes]]:
    levels = [leaves]
    while len(levels[-1]) > 1:
        below = levels[-1]
        levels.append([_node(below[i], below[i + 1]) if i + 1 < len(below) else below[i]
                       for i in range(0, len(below), 2)])
    return levels


def merkle_root(entries: list[tuple[str, int]]) -> bytes:
    if not entries:
        raise ValueError("a batch receipt needs at least one message")
    return _levels([leaf(m, t) for m, t in entries])[-1][0]


def _statement(receiver: bytes, root: bytes, count: int) -> bytes:
    return BATCH_RECEIPT_DOMAIN + canonical({"receiver": b64e(receiver), "root": root.hex(), "count": count})


def sign_batch(signing: SigningKey, entries: list[tuple[str, int]]) -> bytes:
    """The batch answer (wire bytes) for ``entries`` [(message id, received_at)], signed once."""
    root = merkle_root(entries)
    sig = signing.sign(_statement(bytes(signing.verify_key), root, len(entries))).signature
    return (BATCH_RECEIPT_MAGIC + struct.pack(">I", len(entries))
            + b"".join(bytes.fromhex(m) + struct.pack(">Q", t) for m, t in entries) + sig)


def is_batch_answer(body: bytes) -> bool:
    return body[: len(BATCH_RECEIPT_MAGIC)] == BATCH_RECEIPT_MAGIC


def open_batch(body: bytes, receiver: bytes) -> list[dict]:
    """Check a batch answer signed by ``receiver``; return one member receipt per message, in order."""
    head = len(BATCH_RECEIPT_MAGIC) + 4
    if not is_batch_answer(body) or len(body) < head + 64:
        raise DecodeError("malformed batch receipt", what="receipts")
    (count,) = struct.unpack(">I", body[len(BATCH_RECEIPT_MAGIC): head])
    if count == 0 or len(body) != head + count * _ENTRY + 64:
        raise DecodeError("malformed batch receipt", what="receipts")
    entries = []
    for pos in range(head, head + count * _ENTRY, _ENTRY):
        entries.append((body[pos: pos + 32].hex(), struct.unpack(">Q", body[pos + 32: pos + 40])[0]))
    sig = body[-64:]
    levels = _levels([leaf(m, t) for m, t in entries])
    try:
        VerifyKey(receiver).verify(_statement(receiver, levels[-1][0], count), sig)
    except (nacl.exceptions.BadSignatureError, nacl.exceptions.CryptoError, ValueError):
        raise DecodeError("the batch receipt signature does not match the receiver's key", what="receipts") from None
    sig_text = b64e(sig)
    out = []
    for index, (msg_id, received_at) in enumerate(entries):
        path, i = [], index
        for level in levels[:-1]:
            sibling = i ^ 1
            if sibling < len(level):
                path.append(b64e(level[sibling]))
            i //= 2
        out.append({"id": msg_id, "received_at": received_at, "sig": sig_text,
                    "proof": {"index": index, "count": count, "path": path}})
    return out


def verify_member(receipt: dict, receiver: bytes) -> dict:
    """Check one member receipt on its own (its proof leads to the root the receiver signed)."""
    proof = receipt.get("proof")
    if not isinstance(proof, dict) or set(proof) != {"index", "count", "path"}:
        raise DecodeError("malformed receipt proof", what="receipt")
    index, count, path = proof["index"], proof["count"], proof["path"]
    if (not isinstance(index, int) or not isinstance(count, int) or isinstance(index, bool)
            or isinstance(count, bool) or not 0 <= index < count or not isinstance(path, list)
            or len(path) > MAX_PROOF_DEPTH):
        raise DecodeError("malformed receipt proof", what="receipt")
    try:
        hashes = [b64d(p, "proof hash", 32) for p in path]
        node = leaf(receipt["id"], receipt["received_at"])
    except (ValueError, struct.error):
        raise DecodeError("malformed receipt proof", what="receipt") from None
    i, n = index, count
    while n > 1:
        if i % 2 == 1:
            if not hashes:
                raise DecodeError("malformed receipt proof", what="receipt")
            node = _node(hashes.pop(0), node)
        elif i + 1 < n:
            if not hashes:
                raise DecodeError("malformed receipt proof", what="receipt")
            node = _node(node, hashes.pop(0))
        i, n = i // 2, (n + 1) // 2
    if hashes:
        raise DecodeError("malformed receipt proof", what="receipt")
    try:
        VerifyKey(receiver).verify(_statement(receiver, node, count), b64d(receipt["sig"], "receipt signature", 64))
    except (nacl.exceptions.BadSignatureError, nacl.exceptions.CryptoError, ValueError):
        raise DecodeError("the receipt signature does not match the receiver's key", what="receipt") from None
    return receipt

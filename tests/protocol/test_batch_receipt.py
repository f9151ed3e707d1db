"""Batch receipts: one signature over a Merkle root; each message's receipt checks out on its own."""

from __future__ import annotations

import copy
import os

import pytest
from nacl.signing import SigningKey

from siaga.base.errors import DecodeError
from siaga.protocol.batch_receipt import is_batch_answer, open_batch, sign_batch
from siaga.protocol.transport import make_receipt, verify_receipt


def entries(count: int) -> list[tuple[str, int]]:
    return [(os.urandom(32).hex(), 1_790_000_000 + i % 3) for i in range(count)]


@pytest.mark.parametrize("count", [1, 2, 3, 4, 5, 7, 8, 9, 16, 17, 250, 1000])
def test_every_member_proves_its_own_delivery(count):
    key = SigningKey.generate()
    listed = entries(count)
    body = sign_batch(key, listed)
    assert is_batch_answer(body) and len(body) == 4 + 4 + 40 * count + 64
    members = open_batch(body, bytes(key.verify_key))
    assert [(m["id"], m["received_at"]) for m in members] == listed
    assert len({m["sig"] for m in members}) == 1  # signed once
    for member in members:
        # kept alone (as the sender stores it), it still checks out, also after a round trip through JSON
        assert verify_receipt(copy.deepcopy(member), bytes(key.verify_key), member["id"]) == member
    assert max(len(m["proof"]["path"]) for m in members) <= max(1, (count - 1).bit_length())


def test_a_forged_or_altered_member_is_refused():
    key, other = SigningKey.generate(), SigningKey.generate()
    listed = entries(9)
    members = open_batch(sign_batch(key, listed), bytes(key.verify_key))
    pk = bytes(key.verify_key)
    with pytest.raises(DecodeError):
        open_batch(sign_batch(key, listed), bytes(other.verify_key))  # another station's receipt
    for change in (
        lambda r: r.update(id=listed[0][0] if r["id"] != listed[0][0] else listed[1][0]),  # another message
        lambda r: r.update(received_at=r["received_at"] + 1),
        lambda r: r["proof"].update(index=(r["proof"]["index"] + 1) % 9),
        lambda r: r["proof"].update(count=8),
        lambda r: r["proof"].update(count=10),
        lambda r: r["proof"]["path"].pop(),
        lambda r: r["proof"]["path"].append(r["proof"]["path"][0]),
        lambda r: r["proof"].update(path=list(reversed(r["proof"]["path"]))),
        lambda r: r["proof"].update(index=-1),
        lambda r: r["proof"].update(index=True),
        lambda r: r["proof"].update(path="x"),
        lambda r: r["proof"].update(extra=1),
        lambda r: r.update(proof=None),
        lambda r: r.update(sig=make_receipt(key, r["id"], r["received_at"])["sig"]),  # a single receipt's signature
    ):
        for member in (members[0], members[5], members[8]):
            altered = copy.deepcopy(member)
            change(altered)
            if altered == member:
                continue
            with pytest.raises(DecodeError):
                verify_receipt(altered, pk)


def test_a_malformed_answer_is_refused_not_crashed():
    key = SigningKey.generate()
    body = sign_batch(key, entries(3))
    pk = bytes(key.verify_key)
    for bad in (body[:-1], body + b"\x00", body[:4] + b"\x00\x00\x00\x00" + body[8:], b"SGR\x02", b"",
                body[:8] + body[9:], body[:-64] + bytes(64)):
        with pytest.raises(DecodeError):
            open_batch(bad, pk)
    with pytest.raises(ValueError):
        sign_batch(key, [])


def test_single_receipts_still_verify():
    key = SigningKey.generate()
    msg_id = os.urandom(32).hex()
    receipt = make_receipt(key, msg_id, 1_790_000_000)
    assert verify_receipt(receipt, bytes(key.verify_key), msg_id) == receipt

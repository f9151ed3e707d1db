import json
import zlib
from pathlib import Path

import pytest
from nacl.public import PrivateKey
from nacl.signing import SigningKey

from siaga import codebook, envelope
from siaga.encoding import canonical
from siaga.envelope import open_envelope, seal, sign, verify_payload
from siaga.errors import DecodeError, UnknownCodeError, ValidationError
from siaga.message import StationInfo, build_report, message_id

VECTORS = Path(__file__).parent / "vectors" / "message-v1.json"


@pytest.fixture
def keys():
    return SigningKey.generate(), [PrivateKey.generate() for _ in range(3)]


@pytest.fixture
def content(draft, keys):
    signing, _ = keys
    author = StationInfo(bytes(signing.verify_key), "Duty desk", "National CSIRT", "ID")
    return build_report(draft, author, codebook.current())


def test_round_trip_to_each_recipient(content, keys):
    signing, recipients = keys
    sealed = seal(content, signing, [bytes(r.public_key) for r in recipients])
    assert sealed.msg_id == message_id(canonical(content))
    for r in recipients:
        opened = open_envelope(sealed.envelope, r, codebook.codebooks())
        assert opened.content == content
        assert opened.msg_id == sealed.msg_id
        assert opened.author_pk == bytes(signing.verify_key)


def test_id_is_derived_from_content(content, keys):
    signing, recipients = keys
    a = seal(content, signing, [bytes(recipients[0].public_key)])
    b = seal(content, signing, [bytes(recipients[1].public_key)])
    assert a.msg_id == b.msg_id and a.envelope != b.envelope
    other = dict(content, summary="Another summary")
    assert seal(other, signing, [bytes(recipients[0].public_key)]).msg_id != a.msg_id


def test_wrong_recipient_is_refused(content, keys):
    signing, recipients = keys
    sealed = seal(content, signing, [bytes(recipients[0].public_key)])
    with pytest.raises(DecodeError, match="not one of its recipients"):
        open_envelope(sealed.envelope, PrivateKey.generate(), codebook.codebooks())


def test_every_flipped_byte_is_detected(content, keys):
    signing, recipients = keys
    sealed = seal(content, signing, [bytes(recipients[0].public_key)])
    data = sealed.envelope
    for pos in range(0, len(data), max(1, len(data) // 97)):
        bad = bytearray(data)
        bad[pos] ^= 0x01
        with pytest.raises(DecodeError):
            open_envelope(bytes(bad), recipients[0], codebook.codebooks())


def test_truncated_and_oversized_input_is_refused(content, keys):
    signing, recipients = keys
    data = seal(content, signing, [bytes(recipients[0].public_key)]).envelope
    for cut in (0, 3, 40, 100, len(data) - 1):
        with pytest.raises(DecodeError):
            open_envelope(data[:cut], recipients[0], codebook.codebooks())
    with pytest.raises(DecodeError, match="larger than"):
        open_envelope(data + bytes(envelope.MAX_ENVELOPE_BYTES), recipients[0], codebook.codebooks())
    with pytest.raises(DecodeError, match="not a Siaga message"):
        open_envelope(b"XX" + data[2:], recipients[0], codebook.codebooks())


def test_bad_signature_is_refused(content, keys):
    signing, recipients = keys
    msg_id, payload = sign(content, signing)
    forged = bytes(64) + payload[64:]
    with pytest.raises(DecodeError, match="signature"):
        verify_payload(forged, codebook.codebooks())
    impostor = dict(content, author=content["author"])
    _, other = sign(impostor, SigningKey.generate())
    with pytest.raises(DecodeError, match="signature"):
        verify_payload(other, codebook.codebooks())


def test_signed_but_malformed_fields_are_refused(content, keys):
    signing, recipients = keys
    bad = dict(content, severity=9)
    sealed = seal(bad, signing, [bytes(recipients[0].public_key)])
    with pytest.raises(DecodeError, match="malformed") as info:
        open_envelope(sealed.envelope, recipients[0], codebook.codebooks())
    assert "severity" in info.value.params["cause"]  # for the receiver's log, not for the sender
    with pytest.raises(ValidationError, match="severity"):
        verify_payload(sign(bad, signing)[1], codebook.codebooks())
    unknown = dict(content, codebook="1999.1")
    sealed = seal(unknown, signing, [bytes(recipients[0].public_key)])
    with pytest.raises(UnknownCodeError, match="codebook version"):
        open_envelope(sealed.envelope, recipients[0], codebook.codebooks())


def test_decompression_bomb_is_refused():
    bomb = envelope.compress(b"\x00" * (envelope.MAX_CONTENT_BYTES * 4))
    with pytest.raises(DecodeError, match="expands beyond"):
        envelope.decompress(bomb, envelope.MAX_CONTENT_BYTES)


def test_compression_and_overhead_are_small(content, keys):
    signing, recipients = keys
    _, payload = sign(content, signing)
    sealed = seal(content, signing, [bytes(r.public_key) for r in recipients])
    compressed = envelope.compress(payload)
    assert len(compressed) < len(payload)
    assert len(compressed) < len(zlib.compress(payload, 9))  # the preset dictionary helps
    overhead = len(sealed.envelope) - len(compressed)
    assert overhead == 3 + 32 + 32 + 1 + 3 * 48 + 16


def test_published_vectors_still_decode_and_sign_the_same():
    """Format stability: bytes made by an earlier build must open, and signing is reproducible."""
    vec = json.loads(VECTORS.read_text(encoding="utf-8"))
    signing = SigningKey(bytes.fromhex(vec["author_seed"]))
    recipient = PrivateKey(bytes.fromhex(vec["recipient_secret"]))
    content = vec["content"]
    assert canonical(content).hex() == vec["content_canonical_hex"]
    msg_id, payload = sign(content, signing)
    assert msg_id == vec["message_id"]
    assert payload[:64].hex() == vec["signature"]
    opened = open_envelope(bytes.fromhex(vec["envelope_hex"]), recipient, codebook.codebooks())
    assert opened.content == content and opened.msg_id == vec["message_id"]


def test_sealing_takes_no_content_key_from_outside():
    """A forward must not seal again with an earlier envelope's key: the body's nonce is always zero."""
    import inspect
    assert list(inspect.signature(envelope.seal_payload).parameters) == ["msg_id", "signed_payload", "recipients"]


def _unreadable_envelopes(content, signing, recipient, monkeypatch) -> dict[str, bytes]:
    """Envelopes whose encryption opens for ``recipient`` but whose payload fails a later check."""
    pk = [bytes(recipient.public_key)]
    msg_id, payload = sign(content, signing)
    out = {
        "bad-signature": envelope.seal_payload(msg_id, bytes(64) + payload[64:], pk).envelope,
        "id-mismatch": envelope.seal_payload("ab" * 32, payload, pk).envelope,
        "malformed-field": seal(dict(content, severity=9), signing, pk).envelope,
        "not-json": envelope.seal_payload(msg_id, payload[:64] + b"{not json", pk).envelope,
        "not-canonical": envelope.seal_payload(msg_id, payload[:64] + b" " + payload[64:], pk).envelope,
    }
    with monkeypatch.context() as m:  # what a forger who could fake the encryption would feed in
        m.setattr(envelope, "compress", lambda data: b"\xff" + data)
        out["corrupt-deflate"] = envelope.seal_payload(msg_id, payload, pk).envelope
        m.setattr(envelope, "compress", lambda data: zlib.compressobj(9, zlib.DEFLATED, -15).compress(data))
        out["truncated-deflate"] = envelope.seal_payload(msg_id, payload, pk).envelope
    return out


def test_after_decryption_every_failure_is_one_and_the_same_refusal(content, keys, monkeypatch):
    """No oracle on the plaintext: once the encryption has opened, the receiver says only "malformed"."""
    signing, recipients = keys
    answers = set()
    for name, env in _unreadable_envelopes(content, signing, recipients[0], monkeypatch).items():
        with pytest.raises(DecodeError) as info:
            open_envelope(env, recipients[0], codebook.codebooks())
        answers.add((type(info.value), info.value.params["reason"], info.value.message()))
        assert info.value.params["cause"], name  # the precise cause stays for this station's own log
    assert answers == {(DecodeError, "malformed", "cannot decode message: malformed or not authentic")}
    # before decryption the reasons stay precise
    good = seal(content, signing, [bytes(recipients[0].public_key)]).envelope
    with pytest.raises(DecodeError) as info:
        open_envelope(good, PrivateKey.generate(), codebook.codebooks())
    assert info.value.params["reason"] == "wrong-recipient"
    with pytest.raises(DecodeError) as info:
        open_envelope(good[:-1] + bytes([good[-1] ^ 1]), recipients[0], codebook.codebooks())
    assert info.value.params["reason"] == "tampered"

"""Property-based fuzzing of every decoder that takes bytes or text from outside.

For arbitrary input and for mutations of valid input (bit flips, truncation,
splicing, replaced JSON values), each decoder either returns a correct result or
refuses with the typed error its module documents; never another exception, and
never slower than the deadline per example.
"""

from __future__ import annotations

import hashlib
import json
import struct
import time
import zlib
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from nacl.public import PublicKey, SealedBox
from nacl.signing import SigningKey

from helpers import PASSPHRASE, link
from siaga import codebook as codebook_mod
from siaga import codeline
from siaga.bundle import DOMAIN as BUNDLE_DOMAIN
from siaga.bundle import DOMAIN_V1 as BUNDLE_DOMAIN_V1
from siaga.bundle import MAGIC as BUNDLE_MAGIC
from siaga.bundle import MAGIC_V1 as BUNDLE_MAGIC_V1
from siaga.bundle import export_bundle, import_bundle
from siaga.card import make_card, read_card
from siaga.codebook import Codebook, load_codebook
from siaga.encoding import b64e, canonical
from siaga.envelope import SIGN_DOMAIN, open_envelope, seal, seal_payload, verify_payload
from siaga.errors import (CodebookError, CodeLineError, DecodeError, InputError, UnknownCodeError,
                          ValidationError)
from siaga.message import build_ack, build_report, message_id
from siaga.resources import resource_path
from siaga.rotation import read_statement

#: CI-friendly: a fixed sequence of examples (no flakiness), nothing written to the checkout,
#: a bounded number of examples, and a generous deadline that still catches a hang.
FUZZ = settings(max_examples=200, deadline=timedelta(seconds=2), derandomize=True, database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                       HealthCheck.data_too_large])

#: what opening an envelope documents (envelope.py): nothing else may escape
ENVELOPE_ERRORS = (DecodeError, ValidationError, UnknownCodeError)

BOOKS = codebook_mod.codebooks()
BOOK = BOOKS.current
CODEBOOK_TEXT = (resource_path("codebook") / "codebook.json").read_bytes()

# -- mutations --------------------------------------------------------------

#: JSON values, including what canonical JSON cannot hold (NaN, infinity, huge integers, lone surrogates):
#: a sender controls the bytes, not just the values
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-2**70, max_value=2**70) | st.floats() | st.text(max_size=20)
    | st.sampled_from(["", "TLP:RED", "rsit:malicious-code/infected-system", "ID", "ASEAN", "received",
                       "2026-11-24T00:00:00Z", "a" * 64, "\udc80", 2**53 + 1, float("inf"),
                       # found against a live endpoint: each once escaped the checks as OverflowError or ValueError
                       "0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00", "\u00b2", "9" * 5000]),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12)


@st.composite
def mutated(draw, original: bytes) -> bytes:
    """``original`` with bit flips, a truncation, a splice of random bytes, or several of these."""
    data = bytearray(original)
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["flip", "truncate", "splice", "delete"]))
        if not data:
            data = bytearray(draw(st.binary(max_size=8)))
            continue
        pos = draw(st.integers(0, len(data) - 1))
        if kind == "flip":
            data[pos] ^= 1 << draw(st.integers(0, 7))
        elif kind == "truncate":
            del data[pos:]
        elif kind == "splice":
            data[pos:pos + draw(st.integers(0, 16))] = draw(st.binary(min_size=1, max_size=16))
        else:
            del data[pos:pos + draw(st.integers(1, 16))]
    return bytes(data)


def _paths(value, prefix=()):
    """Every path to a value inside nested lists and objects."""
    yield prefix
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _paths(child, prefix + (key,))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            yield from _paths(child, prefix + (i,))


class Mutant:
    """A mutated document; shown by its changes alone (a whole codebook is too long to print)."""

    def __init__(self, value) -> None:
        self.value = value
        self.changes: list[tuple] = []

    def __repr__(self) -> str:
        return f"Mutant({self.changes!r})"


@st.composite
def json_mutated(draw, original) -> Mutant:
    """A deep copy of ``original`` with one to three values (anywhere) replaced, or keys removed or added."""
    mutant = Mutant(json.loads(json.dumps(original)))
    doc = mutant.value
    for _ in range(draw(st.integers(1, 3))):
        paths = list(_paths(doc))
        path = paths[draw(st.integers(0, len(paths) - 1))]
        if not path:
            continue
        parent = doc
        for step in path[:-1]:
            parent = parent[step]
        action = draw(st.sampled_from(["replace", "delete", "add"]))
        value = draw(json_values)
        mutant.changes.append((action, path, value))
        if action == "replace":
            parent[path[-1]] = value
        elif action == "delete":
            del parent[path[-1]]
        elif isinstance(parent, dict):
            parent[draw(st.text(max_size=8))] = value
        else:
            parent.append(value)
    return mutant


def json_bytes(value, plain: bool) -> bytes:
    """Canonical JSON where it can be made, else (or when ``plain``) what json.dumps writes (NaN, 1e400, ...)."""
    if not plain:
        try:
            return canonical(value)
        except ValueError:
            pass
    return json.dumps(value).encode("utf-8", "surrogatepass")


# -- stations (made once: key derivation and fingerprints take time) --------

@pytest.fixture(scope="module")
def stations(tmp_path_factory):
    from siaga.station import Station
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SIAGA_KDF", "min")
        base = tmp_path_factory.mktemp("fuzz")
        jkt = Station.create(base / "jakarta", PASSPHRASE, "jakarta", "National CSIRT", "ID")
        kl = Station.create(base / "kualalumpur", PASSPHRASE, "kualalumpur", "National CSIRT", "MY")
    link(jkt, kl)
    yield jkt, kl
    jkt.close()
    kl.close()


REPORT_DRAFT = {
    "type": "early-warning", "code": "rsit:malicious-code/infected-system", "severity": 3, "tlp": "TLP:AMBER",
    "scope": "regional", "countries": ["ID", "MY"], "observed_at": "2026-11-24T01:30:00+07:00",
    "summary": "Ransomware on provincial government file servers", "narrative": "Files were renamed.",
    "indicators": [{"type": "ipv4-addr", "value": "203.0.113.7"}], "sectors": ["government"],
    "impact": {"functional": "significant-critical"},
}


# -- envelope ---------------------------------------------------------------

def test_envelope_arbitrary_bytes(stations):
    jkt, kl = stations

    @FUZZ
    @given(st.binary(max_size=2048))
    def check(data):
        with pytest.raises(ENVELOPE_ERRORS):
            open_envelope(data, kl.keys.box_keys(), BOOKS)

    check()


def test_envelope_mutations_are_refused_or_decode_to_the_original(stations):
    jkt, kl = stations
    sealed = seal(build_report(REPORT_DRAFT, jkt.info, BOOK), jkt.keys.signing, [kl.keys.box_pk, jkt.keys.box_pk])

    @FUZZ
    @given(mutated(sealed.envelope))
    def check(data):
        try:
            opened = open_envelope(data, kl.keys.box_keys(), BOOKS)
        except ENVELOPE_ERRORS:
            return
        # only a change the authentication does not cover (none, in practice) may pass, unchanged
        assert opened.msg_id == sealed.msg_id and opened.author_pk == jkt.keys.sign_pk

    check()


def test_signed_content_with_any_field_changed_is_refused_or_valid(stations):
    """Content signed by a real author, with fields replaced by arbitrary JSON: check_content must cope."""
    jkt, _ = stations
    report = build_report(REPORT_DRAFT, jkt.info, BOOK)
    ack = build_ack("a" * 64, "investigating", "On it", jkt.info, BOOK)

    @FUZZ
    @given(st.sampled_from([report, ack]).flatmap(json_mutated), st.booleans())
    def check(mutant, plain):
        content = mutant.value
        body = json_bytes(content, plain)
        payload = jkt.keys.signing.sign(SIGN_DOMAIN + body).signature + body
        try:
            opened = verify_payload(payload, BOOKS)
        except ENVELOPE_ERRORS:
            return
        assert opened.content == content and opened.msg_id == message_id(body)

    check()


def test_sealed_payload_of_any_bytes_is_refused(stations):
    """Whatever an author seals (not JSON, truncated, anything), the recipient refuses it cleanly."""
    jkt, kl = stations

    @settings(FUZZ, max_examples=100)
    @given(st.binary(max_size=512))
    def check(junk):
        signed = jkt.keys.signing.sign(SIGN_DOMAIN + junk).signature + junk
        sealed = seal_payload(message_id(junk), signed, [kl.keys.box_pk])
        with pytest.raises(ENVELOPE_ERRORS):
            open_envelope(sealed.envelope, kl.keys.box_keys(), BOOKS)

    check()


# -- code line --------------------------------------------------------------

def test_code_line_any_text(stations):
    @FUZZ
    @given(st.text(max_size=120) | st.text(alphabet="SG1 2026.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.+-", max_size=90))
    def check(text):
        try:
            fields = codeline.decode(text, BOOKS)
        except CodeLineError:
            return
        assert fields["codebook"] in BOOKS.versions() and len(fields["id_prefix"]) == codeline.ID_CHARS

    check()


def test_code_line_every_wrong_character_is_caught(stations):
    jkt, _ = stations
    content = build_report(REPORT_DRAFT, jkt.info, BOOK)
    msg_id = message_id(canonical(content))
    line = codeline.encode(content, msg_id, BOOK)
    expected = codeline.decode(line, BOOKS)
    positions = [i for i, ch in enumerate(line) if ch.isalnum()]

    @FUZZ
    @given(st.sampled_from(positions), st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
           st.sampled_from(["lower", "spaces", "none"]))
    def check(pos, replacement, noise):
        typed = line[:pos] + replacement + line[pos + 1:]
        if noise == "lower":
            typed = typed.lower()
        elif noise == "spaces":
            typed = "  " + typed.replace(" ", "   ") + " "
        if typed.upper().split() == line.split():
            assert codeline.decode(typed, BOOKS) == expected
        else:
            with pytest.raises(CodeLineError):
                codeline.decode(typed, BOOKS)

    check()


def test_code_line_mutations(stations):
    jkt, _ = stations
    content = build_report(REPORT_DRAFT, jkt.info, BOOK)
    line = codeline.encode(content, message_id(canonical(content)), BOOK)
    expected = codeline.decode(line, BOOKS)

    @FUZZ
    @given(mutated(line.encode()))
    def check(data):
        text = data.decode("latin-1")
        try:
            fields = codeline.decode(text, BOOKS)
        except CodeLineError:
            return
        assert fields["codebook"] in BOOKS.versions()
        if " ".join(text.upper().split()) == line:
            assert fields == expected

    check()


# -- contact cards ----------------------------------------------------------

CARD_ERRORS = (DecodeError, ValidationError)


def test_card_any_bytes():
    @FUZZ
    @given(st.binary(max_size=1024) | json_values.map(lambda v: json.dumps(v).encode()))
    def check(data):
        with pytest.raises(CARD_ERRORS):
            read_card(data, BOOK.country_codes())

    check()


def test_card_mutations_are_refused_or_the_same_card(stations):
    jkt, _ = stations
    original = jkt.card_bytes()
    card = read_card(original, BOOK.country_codes())

    @FUZZ
    @given(mutated(original) | st.just(json.loads(original)).flatmap(json_mutated).map(
        lambda m: json.dumps(m.value).encode()))
    def check(data):
        try:
            again = read_card(data, BOOK.country_codes())
        except CARD_ERRORS:
            return
        assert again == card  # the signature covers every field: an accepted card is the same card

    check()


def test_card_signed_by_its_own_key_with_any_body_is_refused_or_valid():
    """A forger can sign any body with a key they own: the fields must still be checked cleanly."""
    key = SigningKey.generate()
    body = json.loads(make_card(key, bytes(32), "x", "y", "ID"))["body"]

    @FUZZ
    @given(json_mutated(body))
    def check(mutant):
        changed = mutant.value
        sig = key.sign(b"siaga/card/v1\x00" + json_bytes(changed, False)).signature
        data = json.dumps({"siaga_card": 1, "body": changed, "sig": b64e(sig)}).encode()
        try:
            card = read_card(data, BOOK.country_codes())
        except CARD_ERRORS:
            return
        assert card.body()["sign_pk"] == changed["sign_pk"]

    check()


# -- bundles ----------------------------------------------------------------

def _seal_bundle(sender: SigningKey, recipient_box_pk: bytes, header, body, plain: bool = False,
                 size: int | None = None) -> bytes:
    """A bundle (format 2) of any header and body, properly signed and sealed; ``size`` defaults to the body's."""
    head, raw = json_bytes(header, plain), json_bytes(body, plain)
    if isinstance(header, dict) and "size" not in header and size is None:
        head = json_bytes({**header, "size": len(raw)}, plain)
    key = bytes(sender.verify_key)
    rest = struct.pack(">I", len(head)) + head + zlib.compress(raw, 9)
    signature = sender.sign(BUNDLE_DOMAIN + hashlib.sha512(key + rest).digest()).signature
    return BUNDLE_MAGIC + SealedBox(PublicKey(recipient_box_pk)).encrypt(key + signature + rest)


def _seal_legacy_bundle(sender: SigningKey, recipient_box_pk: bytes, doc, plain: bool = False) -> bytes:
    """A bundle of the first format: deflate(signature || JSON), the signer named inside the JSON."""
    body = json_bytes(doc, plain)
    signed = sender.sign(BUNDLE_DOMAIN_V1 + body).signature + body
    return BUNDLE_MAGIC_V1 + SealedBox(PublicKey(recipient_box_pk)).encrypt(zlib.compress(signed, 9))


def test_bundle_any_bytes_and_mutations(stations):
    jkt, kl = stations
    kl_at_jkt = jkt.peer_by_key(kl.keys.sign_pk)
    jkt.file_report(dict(REPORT_DRAFT, to=[kl_at_jkt.id]))
    original, _ = export_bundle(jkt, kl_at_jkt.id)
    now = int(time.time())
    legacy = _seal_legacy_bundle(jkt.keys.signing, kl.keys.box_pk, {
        "v": 1, "from": b64e(jkt.keys.sign_pk), "to": b64e(kl.keys.sign_pk), "created": now, "expires": now + 3600,
        "messages": [b64e(jkt.store.envelopes(jkt.store.outbox_ids())[jkt.store.outbox_ids()[0]])],
        "receipts": [], "statements": []})
    before = kl.store.count("inbox")

    @settings(FUZZ, max_examples=300)
    @given(st.binary(max_size=512) | mutated(original) | mutated(legacy)
           | st.binary(max_size=200).map(lambda b: BUNDLE_MAGIC + b)
           | st.binary(max_size=200).map(lambda b: BUNDLE_MAGIC_V1 + b))
    def check(data):
        assume(data not in (original, legacy))  # two flips of one bit give the original back: it imports
        with pytest.raises(InputError):
            import_bundle(kl, data)

    check()
    assert kl.store.count("inbox") == before  # nothing from a refused bundle


def test_bundle_opened_then_any_bytes_inside_is_refused(stations):
    """What is inside the seal, whatever it is: refused with a typed error, never another exception."""
    jkt, kl = stations
    sealed = SealedBox(PublicKey(kl.keys.box_pk)).encrypt
    head = canonical({"v": 2, "to": b64e(kl.keys.sign_pk), "created": 0, "expires": 2**40, "statements": [],
                      "size": 2})
    key = jkt.keys.sign_pk
    rest = struct.pack(">I", len(head)) + head + zlib.compress(b"{}")
    inner = key + jkt.keys.signing.sign(BUNDLE_DOMAIN + hashlib.sha512(key + rest).digest()).signature + rest
    before = set(kl.store.inbox_ids())

    @settings(FUZZ, max_examples=200)
    @given(st.binary(max_size=300) | mutated(inner), st.sampled_from([BUNDLE_MAGIC, BUNDLE_MAGIC_V1]))
    def check(data, magic):
        with pytest.raises(InputError):
            import_bundle(kl, magic + sealed(data), now=1_900_000_000)

    check()
    assert set(kl.store.inbox_ids()) == before


def test_bundle_signed_by_a_peer_with_any_fields_is_refused_or_imported(stations):
    """A known peer's bundle, properly sealed and signed, whose header and body hold anything at all."""
    jkt, kl = stations
    now = 1_900_000_000
    good = {"header": {"v": 2, "to": b64e(kl.keys.sign_pk), "created": now, "expires": now + 3600,
                       "statements": []},
            "body": {"messages": [], "receipts": []}}
    before = set(kl.store.inbox_ids())
    assert import_bundle(kl, _seal_bundle(jkt.keys.signing, kl.keys.box_pk, good["header"], good["body"]),
                         now=now).peer_id  # unchanged, it imports

    @settings(FUZZ, max_examples=200)
    @given(json_mutated(good), st.booleans())
    def check(mutant, plain):
        doc = mutant.value
        data = _seal_bundle(jkt.keys.signing, kl.keys.box_pk, doc.get("header"), doc.get("body"), plain)
        try:
            result = import_bundle(kl, data, now=now)
        except InputError:
            return
        assert result.new == 0  # no message in any of them: nothing new can be stored

    check()
    assert set(kl.store.inbox_ids()) == before


def test_legacy_bundle_signed_by_a_peer_with_any_fields_is_refused_or_imported(stations):
    jkt, kl = stations
    now = 1_900_000_000
    good = {"v": 1, "from": b64e(jkt.keys.sign_pk), "to": b64e(kl.keys.sign_pk), "created": now,
            "expires": now + 3600, "messages": [], "receipts": [], "statements": []}
    before = set(kl.store.inbox_ids())
    assert import_bundle(kl, _seal_legacy_bundle(jkt.keys.signing, kl.keys.box_pk, good), now=now).peer_id

    @settings(FUZZ, max_examples=200)
    @given(json_mutated(good), st.booleans())
    def check(mutant, plain):
        data = _seal_legacy_bundle(jkt.keys.signing, kl.keys.box_pk, mutant.value, plain)
        try:
            result = import_bundle(kl, data, now=now)
        except InputError:
            return
        assert result.new == 0

    check()
    assert set(kl.store.inbox_ids()) == before


def test_numbers_without_a_whole_value_are_refused(stations):
    """Found by fuzzing: an infinite time in a signed bundle or key statement was an OverflowError."""
    jkt, kl = stations
    now = 1_900_000_000
    doc = {"v": 1, "from": b64e(jkt.keys.sign_pk), "to": b64e(kl.keys.sign_pk), "created": float("inf"),
           "expires": now + 3600, "messages": [], "receipts": [], "statements": []}
    with pytest.raises(DecodeError, match="malformed fields"):
        import_bundle(kl, _seal_legacy_bundle(jkt.keys.signing, kl.keys.box_pk, doc, plain=True), now=now)
    header = {"v": 2, "to": b64e(kl.keys.sign_pk), "created": float("inf"), "expires": now + 3600, "statements": []}
    with pytest.raises(DecodeError, match="malformed fields"):
        import_bundle(kl, _seal_bundle(jkt.keys.signing, kl.keys.box_pk, header, {"messages": [], "receipts": []},
                                       plain=True), now=now)
    old = SigningKey.generate()
    body = {"v": 1, "kind": "revoke", "old_sign_pk": b64e(bytes(old.verify_key)), "at": float("inf")}
    sig = old.sign(b"siaga/statement/v1\x00" + json_bytes(body, True)).signature
    with pytest.raises(DecodeError, match="malformed fields"):
        read_statement(json_bytes({"statement": body, "sig": b64e(sig)}, True))


def test_key_statement_any_json():
    @FUZZ
    @given(st.binary(max_size=256) | json_values.map(lambda v: json.dumps({"statement": v, "sig": "x"}).encode())
           | json_values.map(lambda v: json.dumps(v).encode()))
    def check(data):
        with pytest.raises(DecodeError):
            read_statement(data, BOOK.country_codes())

    check()


def test_key_statement_signed_by_its_key_with_any_fields(stations):
    """A statement signed by the key it names, with fields holding anything at all."""
    jkt, _ = stations
    old = SigningKey.generate()
    card = json.loads(jkt.card_bytes())
    body = {"v": 1, "kind": "rotate", "old_sign_pk": b64e(bytes(old.verify_key)), "at": 1_900_000_000,
            "card": b64e(json.dumps(card).encode())}

    @FUZZ
    @given(json_mutated(body), st.booleans())
    def check(mutant, plain):
        changed = mutant.value
        sig = old.sign(b"siaga/statement/v1\x00" + json_bytes(changed, False)).signature
        data = json_bytes({"statement": changed, "sig": b64e(sig)}, plain)
        try:
            statement = read_statement(data, BOOK.country_codes())
        except (DecodeError, ValidationError):
            return
        assert statement.old_pk == bytes(old.verify_key) and statement.kind in ("rotate", "revoke")

    check()


# -- codebook ---------------------------------------------------------------

def test_codebook_from_any_text():
    @FUZZ
    @given(st.binary(max_size=1024) | st.text(max_size=200) | json_values.map(json.dumps)
           | st.integers(1, 100_000).map(lambda n: "[" * n))
    def check(text):
        with pytest.raises(CodebookError):
            load_codebook(text, "fuzz.json")

    check()


@pytest.mark.slow
def test_codebook_mutations_are_refused_with_the_entry_or_load():
    original = json.loads(CODEBOOK_TEXT)

    @settings(FUZZ, max_examples=250)
    @given(json_mutated(original))
    def check(mutant):
        doc = mutant.value
        text = json.dumps(doc)
        try:
            book = load_codebook(text, "fuzz.json")
        except CodebookError as exc:
            assert str(exc).startswith("codebook fuzz.json")
            return
        assert isinstance(book, Codebook) and book.version == doc["version"]
        # a codebook that loads answers every look-up with a value or UnknownCodeError
        for kind in codebook_mod.KINDS:
            for entry in book.entries(kind):
                assert book.label(kind, entry.get("level", entry.get("code")), "id")

    check()


def test_codebook_byte_mutations():
    @settings(FUZZ, max_examples=100)
    @given(mutated(CODEBOOK_TEXT))
    def check(data):
        try:
            load_codebook(data, "fuzz.json")
        except CodebookError:
            pass

    check()


def test_unhashable_codes_are_unknown_not_a_crash():
    for value in ([], {}, ["ID"]):
        assert not BOOK.has("countries", value) and not BOOK.has("classifications", value)
        with pytest.raises(UnknownCodeError):
            BOOK.entry("ack_status", value)



# -- receiving: one poison message is that message's refusal ---------------------

POISON_FIELDS = [("observed_at", "0001-01-01T00:00:00+01:00"), ("observed_at", "9999-12-31T23:59:59-01:00"),
                 ("severity", "\u00b2"), ("severity", "9" * 5000), ("severity", "\u0663"),
                 ("reported_at", "0001-01-01T00:00:00Z")]


@pytest.mark.parametrize("field, value", POISON_FIELDS)
def test_signed_content_a_parser_chokes_on_is_refused_cleanly(stations, field, value):
    jkt, _ = stations
    content = dict(build_report(REPORT_DRAFT, jkt.info, BOOK), **{field: value})
    body = canonical(content)
    with pytest.raises(ValidationError) as info:
        verify_payload(jkt.keys.signing.sign(SIGN_DOMAIN + body).signature + body, BOOKS)
    assert info.value.params["field"] == field


def test_a_batch_with_poison_is_refused_item_by_item_and_logged_once(stations, caplog):
    from siaga.receiving import BatchRefused, accept
    jkt, kl = stations
    jkt_at_kl = kl.peer_by_key(jkt.keys.sign_pk)
    good = seal(build_report(REPORT_DRAFT, jkt.info, BOOK), jkt.keys.signing, [kl.keys.box_pk])
    poison = [seal(dict(build_report(REPORT_DRAFT, jkt.info, BOOK), **{f: v}), jkt.keys.signing,
                   [kl.keys.box_pk]) for f, v in POISON_FIELDS]
    before = kl.store.count("inbox")
    with caplog.at_level("WARNING", logger="siaga.receiving"):
        with pytest.raises(BatchRefused) as info:
            accept(kl, [p.envelope for p in poison[:3]] + [good.envelope] + [p.envelope for p in poison[3:]],
                   jkt_at_kl)
    assert [(i.index, i.msg_id, i.reason) for i in info.value.items] == [
        (n + (n >= 3), p.msg_id, "malformed") for n, p in enumerate(poison)]
    assert len({i.detail for i in info.value.items}) == 1  # the same answer, whatever broke
    warnings = [r for r in caplog.records if r.name == "siaga.receiving"]
    assert len(warnings) == len(poison) and not any(r.exc_info for r in warnings)  # once each, no trace
    assert all(p.msg_id in r.getMessage() for p, r in zip(poison, warnings))
    assert kl.store.count("inbox") == before


def test_an_unforeseen_failure_refuses_that_message_only(stations, caplog, monkeypatch):
    """A check that raises what nobody expected still refuses one message, logged with its trace."""
    from siaga.errors import StorageError
    from siaga.receiving import BatchRefused, accept
    jkt, kl = stations
    jkt_at_kl = kl.peer_by_key(jkt.keys.sign_pk)
    good = seal(build_report(REPORT_DRAFT, jkt.info, BOOK), jkt.keys.signing, [kl.keys.box_pk])
    odd = seal(build_report(dict(REPORT_DRAFT, summary="Odd"), jkt.info, BOOK), jkt.keys.signing, [kl.keys.box_pk])
    real_open = kl.open_envelope

    def fragile_open(env):
        if env == odd.envelope:
            raise ZeroDivisionError("a bug in a check")
        return real_open(env)

    monkeypatch.setattr(kl, "open_envelope", fragile_open)
    with caplog.at_level("WARNING", logger="siaga.receiving"):
        with pytest.raises(BatchRefused) as info:
            accept(kl, [good.envelope, odd.envelope], jkt_at_kl)
    assert [(i.index, i.msg_id, i.reason) for i in info.value.items] == [(1, odd.msg_id, "malformed")]
    [record] = [r for r in caplog.records if r.name == "siaga.receiving"]
    assert odd.msg_id in record.getMessage() and record.exc_info[0] is ZeroDivisionError
    # but a station that cannot store is not the message's fault: that still fails the request
    monkeypatch.setattr(kl, "open_envelope", lambda env: (_ for _ in ()).throw(StorageError("disk full", path="x")))
    with pytest.raises(StorageError):
        accept(kl, [good.envelope], jkt_at_kl)

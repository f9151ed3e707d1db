"""Contact cards: a station's public keys and names, signed by the station itself.

A card proves that whoever made it holds the signing key it names (so a card
cannot be re-labelled with someone else's key); it does not prove *who* that is.
That is what comparing the fingerprint digits with the counterpart is for.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import nacl.exceptions
from nacl.signing import SigningKey, VerifyKey

from ..base.encoding import b64d, b64e, canonical, parse_json
from ..base.errors import DecodeError, Reason, ValidationError
from .contacts import Contact, check_contacts, normal_form
from .message import format_time, parse_time, utc_now
from .text_rules import check_text, control_reason, forbidden_char

CARD_DOMAIN = b"siaga/card/v1\x00"
#: the people on a card are signed over the card's body and the list together, under their own domain,
#: beside the body's signature: older readers (which know only ``body`` and ``sig``) still load the card
CONTACTS_DOMAIN = b"siaga/card-contacts/v1\x00"
MAX_CARD_BYTES = 16 * 1024
FINGERPRINT_ITERATIONS = 5200
_BODY_KEYS = {"name", "org", "country", "url", "sign_pk", "box_pk", "created"}


def check_url(url: str | None, field: str = "url") -> str | None:
    """An endpoint URL: ``http://`` or ``https://`` with a host, or nothing."""
    if url in (None, ""):
        return None
    if not isinstance(url, str):
        raise ValidationError("expected a URL", field=field)
    char = forbidden_char(url.strip())
    if char is not None:
        raise ValidationError(control_reason(char), field=field)
    try:
        parts = urlsplit(url.strip())
        hostname = parts.hostname
    except ValueError:  # an unbalanced [ or ] (e.g. "http://[::1")
        hostname = None
    if hostname is None or parts.scheme not in ("http", "https"):
        raise ValidationError(Reason("url-http", f"{url!r} is not an http:// or https:// address", value=url),
                              field=field)
    try:
        parts.port  # noqa: B018 - raises on a bad port
    except ValueError:
        raise ValidationError(Reason("url-port", f"{url!r} has an invalid port", value=url), field=field) from None
    return url.strip().rstrip("/")


def fingerprint_digits(sign_pk: bytes, box_pk: bytes) -> str:
    """30 digits (six groups of five) that identify a station's keys.

    Iterated SHA-512 over the keys; the first 30 bytes are cut into six 5-byte
    chunks, each taken modulo 100000. Two people compare them aloud.
    """
    keys = sign_pk + box_pk
    digest = b"\x00\x01" + keys + b"siaga-station"
    for _ in range(FINGERPRINT_ITERATIONS):
        digest = hashlib.sha512(digest + keys).digest()
    groups = [int.from_bytes(digest[i: i + 5], "big") % 100000 for i in range(0, 30, 5)]
    return " ".join(f"{g:05d}" for g in groups)


@dataclass(frozen=True)
class Card:
    name: str
    org: str
    country: str
    url: str | None
    sign_pk: bytes
    box_pk: bytes
    created: str
    contacts: tuple[Contact, ...] = ()  # the people to call (signed with the card; none on older cards)

    @property
    def fingerprint(self) -> str:
        return fingerprint_digits(self.sign_pk, self.box_pk)

    def body(self) -> dict:
        return {
            "name": self.name, "org": self.org, "country": self.country, "url": self.url or "",
            "sign_pk": b64e(self.sign_pk), "box_pk": b64e(self.box_pk), "created": self.created,
        }

    def to_dict(self) -> dict:
        return {**self.body(), "fingerprint": self.fingerprint, "contacts": normal_form(self.contacts)}


def _contacts_signed(body: dict, contacts: Any) -> bytes:
    return CONTACTS_DOMAIN + canonical({"body": body, "contacts": contacts})


def make_card(signing: SigningKey, box_pk: bytes, name: str, org: str, country: str,
              url: str | None = None, contacts: tuple[Contact, ...] = ()) -> bytes:
    """The signed card file's bytes (with its ``contacts`` section when there are contacts)."""
    for field, value in (("name", name), ("org", org), ("country", country)):
        check_text(value, field)
    card = Card(name, org, country, check_url(url), bytes(signing.verify_key), box_pk, format_time(utc_now()))
    body = card.body()
    signature = signing.sign(CARD_DOMAIN + canonical(body)).signature
    doc: dict[str, Any] = {"siaga_card": 1, "body": body, "sig": b64e(signature)}
    if contacts:
        listed = normal_form(contacts)
        doc["contacts"] = listed
        doc["contacts_sig"] = b64e(signing.sign(_contacts_signed(body, listed)).signature)
    return (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def read_card(data: bytes, country_codes: set[str] | None = None) -> Card:
    """Parse and verify a card file; refuse anything not signed by the key it names."""
    if len(data) > MAX_CARD_BYTES:
        raise DecodeError(Reason("too-large", f"larger than {MAX_CARD_BYTES} bytes", size=f"{MAX_CARD_BYTES} B"),
                          what="contact card")
    doc: Any = parse_json(data, "contact card")
    if not isinstance(doc, dict) or doc.get("siaga_card") != 1 or not isinstance(doc.get("body"), dict):
        raise DecodeError(Reason("not-a-card", "not a Siaga contact card (version 1)"), what="contact card")
    body = doc["body"]
    if set(body) != _BODY_KEYS or not all(isinstance(v, str) for v in body.values()):
        raise DecodeError(Reason("malformed", "missing or unexpected fields"), what="contact card")
    sign_pk = b64d(body["sign_pk"], "contact card sign_pk", 32)
    box_pk = b64d(body["box_pk"], "contact card box_pk", 32)
    signature = b64d(doc.get("sig"), "contact card signature", 64)
    try:
        VerifyKey(sign_pk).verify(CARD_DOMAIN + canonical(body), signature)
    except (nacl.exceptions.BadSignatureError, nacl.exceptions.CryptoError, ValueError):
        raise DecodeError(Reason("forged", "the signature does not match (altered or forged)"),
                          what="contact card") from None
    for key in ("name", "org"):
        if not body[key].strip() or len(body[key]) > 200:
            raise DecodeError(Reason("card-field", f"{key} must be 1 to 200 characters", field=key, limit=200),
                              what="contact card")
    for key in ("name", "org", "country", "url", "created"):
        char = forbidden_char(body[key])
        if char is not None:
            raise DecodeError(Reason("card-text", f"{key} {control_reason(char)}", field=key,
                                     problem=control_reason(char)), what="contact card")
    if country_codes is not None and body["country"] not in country_codes:
        raise DecodeError(Reason("unknown-country", f"unknown country {body['country']!r}", value=body["country"]),
                          what="contact card")
    parse_time(body["created"], "created", strict=True)
    return Card(body["name"], body["org"], body["country"], check_url(body["url"]), sign_pk, box_pk,
                body["created"], _read_contacts(doc, body, sign_pk))


def _read_contacts(doc: dict, body: dict, sign_pk: bytes) -> tuple[Contact, ...]:
    """The card's people, verified against the station's key (none when the card has no such section)."""
    if "contacts" not in doc and "contacts_sig" not in doc:
        return ()
    listed = doc.get("contacts")
    try:
        signature = b64d(doc.get("contacts_sig"), "contact card contacts signature", 64)
        VerifyKey(sign_pk).verify(_contacts_signed(body, listed), signature)
    except (nacl.exceptions.BadSignatureError, nacl.exceptions.CryptoError, DecodeError, ValueError, TypeError):
        raise DecodeError(Reason("contacts-forged", "the contacts were changed after the card was signed"
                                 " (ask the station for its card again)"), what="contact card") from None
    try:
        return check_contacts(listed)
    except ValidationError as exc:
        raise DecodeError(Reason("card-contacts", f"contacts: {exc.message()}", problem=exc.message()),
                          what="contact card") from None

"""The people on a contact card: who to call at a station, and when.

A card may list contacts: each has a role (technical, diplomatic, management), a
name, and optionally a phone number, an e-mail address, working hours with their
time zone, and whether the desk is staffed around the clock. They travel in the
card's ``contacts`` section, signed by the station's key over the card's body and
the list together (:mod:`siaga.protocol.card`), so a list changed after signing
is refused. ``docs/PROTOCOL.md`` ("Contact card: people") is the specification.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..base.errors import Reason, ValidationError
from .text_rules import control_reason, forbidden_char

ROLES = ("technical", "diplomatic", "management")
MAX_CONTACTS = 12
_KEYS = {"role", "name", "phone", "email", "hours", "tz", "always"}
_LIMITS = {"name": 200, "phone": 40, "email": 254, "hours": 80, "tz": 64}
_PHONE_RE = re.compile(r"^\+?[0-9][0-9 ()./-]{2,38}$")
_EMAIL_RE = re.compile(r"^[^@\s]{1,64}@[^@\s]+\.[^@\s]+$")
_TZ_RE = re.compile(r"^(UTC|GMT)?([+-](0?[0-9]|1[0-4])(:?[0-5][0-9])?)?$|^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+){0,2}$")


@dataclass(frozen=True)
class Contact:
    role: str
    name: str
    phone: str = ""
    email: str = ""
    hours: str = ""
    tz: str = ""
    always: bool = False  # staffed 24 hours a day, 7 days a week

    def to_dict(self) -> dict:
        return {"role": self.role, "name": self.name, "phone": self.phone, "email": self.email,
                "hours": self.hours, "tz": self.tz, "always": self.always}

    @property
    def when(self) -> str:
        """The hours as one phrase: ``24/7`` or ``08:00-17:00 Asia/Jakarta``."""
        if self.always:
            return "24/7"
        return " ".join(part for part in (self.hours, self.tz) if part)


def _field(value: Any, field: str, *, required: bool = False) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(Reason("expected-text", "expected text"), field=field)
    text = value.strip()
    if required and not text:
        raise ValidationError(Reason("required", "is required"), field=field)
    key = field.rsplit(".", 1)[-1]
    if len(text) > _LIMITS[key]:
        raise ValidationError(Reason("too-long", f"longer than {_LIMITS[key]} characters", limit=_LIMITS[key]),
                              field=field)
    char = forbidden_char(text)
    if char is not None:
        raise ValidationError(control_reason(char), field=field)
    return text


def check_contact(value: Any, where: str = "contacts[0]") -> Contact:
    """One contact from its JSON form, checked field by field (raises ValidationError naming the field)."""
    if not isinstance(value, dict):
        raise ValidationError(Reason("expected-object", "expected an object"), field=where)
    unknown = set(value) - _KEYS
    if unknown:
        raise ValidationError(Reason("unknown-fields", f"unknown field(s): {', '.join(sorted(map(str, unknown)))}",
                                     fields=", ".join(sorted(map(str, unknown)))), field=where)
    role = value.get("role")
    if role not in ROLES:
        raise ValidationError(Reason("contact-role", f"unknown role {role!r} (one of: {', '.join(ROLES)})",
                                     value=str(role), choices=", ".join(ROLES)), field=f"{where}.role")
    name = _field(value.get("name"), f"{where}.name", required=True)
    phone = _field(value.get("phone"), f"{where}.phone")
    if phone and not _PHONE_RE.match(phone):
        raise ValidationError(Reason("contact-phone", f"{phone!r} is not a phone number (digits, spaces, + ( ) - .)",
                                     value=phone), field=f"{where}.phone")
    email = _field(value.get("email"), f"{where}.email")
    if email and not _EMAIL_RE.match(email):
        raise ValidationError(Reason("contact-email", f"{email!r} is not an e-mail address", value=email),
                              field=f"{where}.email")
    hours = _field(value.get("hours"), f"{where}.hours")
    tz = _field(value.get("tz"), f"{where}.tz")
    if tz and not _TZ_RE.match(tz):
        raise ValidationError(Reason("contact-tz", f"{tz!r} is not a time zone (such as Asia/Jakarta or UTC+07:00)",
                                     value=tz), field=f"{where}.tz")
    always = value.get("always", False)
    if not isinstance(always, bool):
        raise ValidationError(Reason("expected-bool", "expected true or false"), field=f"{where}.always")
    if hours and not tz and not always:
        raise ValidationError(Reason("contact-hours-tz", "working hours need their time zone (tz)"),
                              field=f"{where}.tz")
    return Contact(role, name, phone, email, hours, tz, always)


def check_contacts(value: Any, field: str = "contacts") -> tuple[Contact, ...]:
    """A list of contacts from its JSON form; each must give a phone number or an e-mail address."""
    if not isinstance(value, list):
        raise ValidationError(Reason("expected-list", "expected a list of contacts"), field=field)
    if len(value) > MAX_CONTACTS:
        raise ValidationError(Reason("too-many-contacts", f"more than {MAX_CONTACTS} contacts", limit=MAX_CONTACTS),
                              field=field)
    out = []
    for i, item in enumerate(value):
        contact = check_contact(item, f"{field}[{i}]")
        if not contact.phone and not contact.email:
            raise ValidationError(Reason("contact-reach", "give a phone number or an e-mail address"),
                                  field=f"{field}[{i}]")
        out.append(contact)
    return tuple(out)


def normal_form(contacts: tuple[Contact, ...]) -> list[dict]:
    """What the card carries (and what is signed)."""
    return [c.to_dict() for c in contacts]


def first_phone(contacts: tuple[Contact, ...]) -> Contact | None:
    """The contact to call when comparing fingerprints: technical first, then anyone with a phone."""
    with_phone = [c for c in contacts if c.phone]
    technical = [c for c in with_phone if c.role == "technical"]
    found = technical or with_phone
    return found[0] if found else None

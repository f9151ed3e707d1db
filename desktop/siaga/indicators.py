"""Typed indicators of compromise, validated and normalised.

Officers often paste "defanged" values (``hxxp://evil[.]example``); they are
re-armed here before validation so the stored value is the real one. A value
that is not valid for its type is refused with the reason, never dropped.
"""

from __future__ import annotations

import ipaddress
import re
from urllib.parse import urlsplit

import idna

from .errors import ValidationError

HASH_LENGTHS = {"md5": 32, "sha1": 40, "sha256": 64, "sha512": 128}
TYPES = ("ipv4-addr", "ipv6-addr", "domain-name", "url", "email-addr", *HASH_LENGTHS)
MAX_VALUE = 2048
_HEX = re.compile(r"^[0-9a-f]+$")
_LOCAL_PART = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}$")
_URL_SCHEMES = {"http", "https", "ftp", "ftps", "sftp", "ws", "wss"}


def refang(value: str) -> str:
    text = value.strip()
    text = re.sub(r"^h[xX]{2}p(s?)://", r"http\1://", text)
    for fanged, plain in (("[.]", "."), ("(.)", "."), ("{.}", "."), ("[dot]", "."),
                          ("[:]", ":"), ("[@]", "@"), ("[at]", "@")):
        text = text.replace(fanged, plain)
    return text


def _domain(value: str) -> str:
    name = value.rstrip(".").lower()
    if not name or "." not in name:
        raise ValueError("a domain name needs at least two labels")
    try:
        ascii_name = idna.encode(name, uts46=True).decode("ascii")
    except idna.IDNAError as exc:
        raise ValueError(f"not a valid domain name ({exc})") from None
    if len(ascii_name) > 253:
        raise ValueError("longer than 253 characters")
    for label in ascii_name.split("."):
        if not re.fullmatch(r"[a-z0-9_](?:[a-z0-9-_]{0,61}[a-z0-9])?", label):
            raise ValueError(f"label {label!r} is not valid")
    if ascii_name.rsplit(".", 1)[1].isdigit():
        raise ValueError("the top-level label cannot be numeric")
    return name


def _url(value: str) -> str:
    parts = urlsplit(value)
    if parts.scheme.lower() not in _URL_SCHEMES:
        raise ValueError("expected a URL starting with http://, https:// or ftp://")
    host = parts.hostname
    if not host:
        raise ValueError("the URL has no host")
    try:
        ipaddress.ip_address(host)
    except ValueError:
        _domain(host)
    try:
        parts.port  # noqa: B018 - raises on a bad port
    except ValueError:
        raise ValueError("the URL has an invalid port") from None
    if any(ch.isspace() for ch in value):
        raise ValueError("a URL cannot contain spaces")
    return value


def _email(value: str) -> str:
    local, sep, domain = value.rpartition("@")
    if not sep or not _LOCAL_PART.match(local) or local.startswith(".") or ".." in local:
        raise ValueError("not a valid e-mail address")
    return f"{local}@{_domain(domain)}"


def normalise(kind: str, value: object) -> str:
    """Return the canonical form of ``value`` for indicator type ``kind``; raise ValueError."""
    if kind not in TYPES:
        raise ValueError(f"unknown indicator type {kind!r} (one of: {', '.join(TYPES)})")
    if not isinstance(value, str) or not value.strip():
        raise ValueError("empty value")
    if len(value) > MAX_VALUE:
        raise ValueError(f"longer than {MAX_VALUE} characters")
    text = refang(value)
    if kind == "ipv4-addr":
        return str(ipaddress.IPv4Network(text, strict=True)) if "/" in text else str(ipaddress.IPv4Address(text))
    if kind == "ipv6-addr":
        return str(ipaddress.IPv6Network(text, strict=True)) if "/" in text else str(ipaddress.IPv6Address(text))
    if kind == "domain-name":
        return _domain(text)
    if kind == "url":
        return _url(text)
    if kind == "email-addr":
        return _email(text)
    digest = text.lower()
    if len(digest) != HASH_LENGTHS[kind] or not _HEX.match(digest):
        raise ValueError(f"a {kind} hash is {HASH_LENGTHS[kind]} hexadecimal characters")
    return digest


def guess_kind(value: str) -> str | None:
    """The indicator type a value looks like (by its shape, not its validity), or None.

    A malformed value of a recognisable shape (``203.0.113.300``, a 63-character
    hash) still gets its likely type, so that ``normalise`` can say what is wrong.
    """
    text = refang(value)
    if not text or any(ch.isspace() for ch in text):
        return None
    if re.fullmatch(r"[0-9]{1,3}(?:\.[0-9]{1,3}){3}(?:/[0-9]+)?", text):
        return "ipv4-addr"
    if text.count(":") >= 2 and re.fullmatch(r"[0-9A-Fa-f:.]+(?:/[0-9]+)?", text):
        return "ipv6-addr"
    if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", text):
        return "url"
    if "@" in text:
        return "email-addr"
    if _HEX.match(text.lower()) and len(text) >= 24:
        return min(HASH_LENGTHS, key=lambda kind: abs(HASH_LENGTHS[kind] - len(text)))
    return "domain-name" if "." in text else None


def validate_list(items: object, field: str = "indicators") -> list[dict]:
    """Check a list of ``{"type", "value"}``; errors name the position of the bad one."""
    if items is None:
        return []
    if not isinstance(items, list):
        raise ValidationError("expected a list of {type, value}", field=field)
    out: list[dict] = []
    seen: set[tuple[str, str]] = set()
    for i, item in enumerate(items):
        if not isinstance(item, dict) or set(item) - {"type", "value"}:
            raise ValidationError("expected an object with 'type' and 'value'", field=f"{field}[{i}]")
        try:
            value = normalise(item.get("type"), item.get("value"))
        except ValueError as exc:
            raise ValidationError(f"{exc}", field=f"{field}[{i}] ({item.get('type')})") from None
        key = (item["type"], value)
        if key not in seen:
            seen.add(key)
            out.append({"type": item["type"], "value": value})
    return out

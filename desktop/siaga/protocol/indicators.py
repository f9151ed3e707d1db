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

from ..base.errors import Reason, ValidationError

HASH_LENGTHS = {"md5": 32, "sha1": 40, "sha256": 64, "sha512": 128}
TYPES = ("ipv4-addr", "ipv6-addr", "domain-name", "url", "email-addr", *HASH_LENGTHS)
MAX_VALUE = 2048
_HEX = re.compile(r"^[0-9a-f]+$")
_LOCAL_PART = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}$")
_URL_SCHEMES = {"http", "https", "ftp", "ftps", "sftp", "ws", "wss"}


class IndicatorError(ValueError):
    """A value that is not valid for its indicator type; ``reason`` says why."""

    def __init__(self, code: str, text: str, **params: object) -> None:
        self.reason = Reason(code, text, **params)
        super().__init__(self.reason)


#: every defanged form refang undoes holds one of these characters or starts "hxx"/"hXX"
_FANG_MARKS = frozenset("[({")
#: an IPv4 address in its one canonical form (no leading zeros), which normalise gives back unchanged
_CANONICAL_V4 = re.compile(r"(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.){3}"
                           r"(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])")


def refang(value: str) -> str:
    text = value.strip()
    if not _FANG_MARKS.intersection(text) and not (text[:1] == "h" and text[1:3] in ("xx", "xX", "Xx", "XX")):
        return text  # nothing defanged (most values): no pattern below can match
    text = re.sub(r"^h[xX]{2}p(s?)://", r"http\1://", text)
    for fanged, plain in (("[.]", "."), ("(.)", "."), ("{.}", "."), ("[dot]", "."),
                          ("[:]", ":"), ("[@]", "@"), ("[at]", "@")):
        text = text.replace(fanged, plain)
    return text


#: a plain ASCII name: letters, digits and inner hyphens, no "--" at the third place (no A-label); IDNA
#: maps and accepts such a name unchanged, so it needs no IDNA pass (most names in reports are like this)
_PLAIN_LABEL = re.compile(r"(?!..--)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")


def _domain(value: str) -> str:
    name = value.rstrip(".").lower()
    if not name or "." not in name:
        raise IndicatorError("domain-labels", "a domain name needs at least two labels")
    if (name.isascii() and len(name) <= 253 and not name.rsplit(".", 1)[1].isdigit()
            and all(_PLAIN_LABEL.fullmatch(label) for label in name.split("."))):
        return name
    try:
        ascii_name = idna.encode(name, uts46=True).decode("ascii")
    except idna.IDNAError as exc:
        raise IndicatorError("domain-invalid", f"not a valid domain name ({exc})") from None
    if len(ascii_name) > 253:
        raise IndicatorError("too-long", "longer than 253 characters", limit=253)
    for label in ascii_name.split("."):
        if not re.fullmatch(r"[a-z0-9_](?:[a-z0-9-_]{0,61}[a-z0-9])?", label):
            raise IndicatorError("domain-label", f"label {label!r} is not valid", label=label)
    if ascii_name.rsplit(".", 1)[1].isdigit():
        raise IndicatorError("domain-numeric-top", "the top-level label cannot be numeric")
    return name


def _url(value: str) -> str:
    try:
        parts = urlsplit(value)
        host = parts.hostname
    except ValueError:  # a "[" or "]" that does not enclose an IPv6 address (urlsplit's own words are vague)
        raise IndicatorError("url-brackets", "square brackets in a URL enclose an IPv6 address;"
                                             " write a defanged dot as [.]") from None
    if parts.scheme.lower() not in _URL_SCHEMES:
        raise IndicatorError("url-scheme", "expected a URL starting with http://, https:// or ftp://")
    if not host:
        raise IndicatorError("url-host", "the URL has no host")
    try:
        ipaddress.ip_address(host)
    except ValueError:
        _domain(host)
    try:
        parts.port  # noqa: B018 - raises on a bad port
    except ValueError:
        raise IndicatorError("url-port", "the URL has an invalid port") from None
    if any(ch.isspace() for ch in value):
        raise IndicatorError("url-spaces", "a URL cannot contain spaces")
    return value


def _email(value: str) -> str:
    local, sep, domain = value.rpartition("@")
    if not sep or not _LOCAL_PART.match(local) or local.startswith(".") or ".." in local:
        raise IndicatorError("email-invalid", "not a valid e-mail address")
    return f"{local}@{_domain(domain)}"


def normalise(kind: object, value: object) -> str:
    """Return the canonical form of ``value`` for indicator type ``kind``; raise IndicatorError (a ValueError)."""
    if kind not in TYPES:
        raise IndicatorError("indicator-type", f"unknown indicator type {kind!r} (one of: {', '.join(TYPES)})",
                             kind=kind, types=", ".join(TYPES))
    if not isinstance(value, str) or not value.strip():
        raise IndicatorError("empty", "empty value")
    if len(value) > MAX_VALUE:
        raise IndicatorError("too-long", f"longer than {MAX_VALUE} characters", limit=MAX_VALUE)
    if kind == "ipv4-addr" and _CANONICAL_V4.fullmatch(value):
        return value  # already the address's canonical form (what the ipaddress module would give back)
    text = refang(value)
    if kind in ("ipv4-addr", "ipv6-addr"):
        return _ip(kind, text)
    if kind == "domain-name":
        return _domain(text)
    if kind == "url":
        return _url(text)
    if kind == "email-addr":
        return _email(text)
    digest = text.lower()
    if len(digest) != HASH_LENGTHS[kind] or not _HEX.match(digest):
        raise IndicatorError("hash-length", f"a {kind} hash is {HASH_LENGTHS[kind]} hexadecimal characters",
                             kind=kind, length=HASH_LENGTHS[kind])
    return digest


def _ip(kind: str, text: str) -> str:
    address, network = ((ipaddress.IPv4Address, ipaddress.IPv4Network) if kind == "ipv4-addr"
                        else (ipaddress.IPv6Address, ipaddress.IPv6Network))
    try:
        return str(network(text, strict=True)) if "/" in text else str(address(text))
    except ValueError as exc:
        try:
            network(text, strict=False)
        except ValueError:
            raise IndicatorError("ip-invalid", str(exc), kind=kind) from None
        raise IndicatorError("ip-host-bits", str(exc), kind=kind) from None


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
        except IndicatorError as exc:
            raise ValidationError(exc.reason, field=f"{field}[{i}] ({item.get('type')})") from None
        key = (item["type"], value)
        if key not in seen:
            seen.add(key)
            out.append({"type": item["type"], "value": value})
    return out

"""What ties reports together: each report's correlation keys, its origin and its time.

A *key* is a short text naming one thing two reports can share: an indicator in its
canonical form (``ind:domain-name:login-kemlu.example``) or an incident code within a
sector (``code:rsit:fraud/phishing|sector:government``). Indicators are normalised as
:mod:`siaga.protocol.indicators` does (defanged forms undone, domains in lower case,
hashes in lower case, networks in their canonical form); a URL is also keyed by its host,
so a URL and a domain (or address) reported apart still meet. Pure functions: the store
keeps only keyed hashes of these keys (see ``storage/correlation_index.py``).

**An address inside a reported network.** ``203.0.113.7`` in one report and
``203.0.113.0/24`` in another must meet, yet the store may hold keyed hashes only, which
match equal texts and nothing else. So networks are cut at fixed prefix lengths, the
*steps* (IPv4 every 4 bits from /8, IPv6 every 8 bits from /16): a network is keyed by
its subnets at the first step at or below its own length (``/22`` gives its four
``/24``; a ``/24`` is itself; at most 256 subnets), its *range keys*
(:func:`range_keys`). An address is given, besides its own key, the networks that hold
it at every step, its *probe keys* (:func:`probe_keys`): ``203.0.113.0/24``,
``203.0.112.0/20``... An address inside a network then shares exactly one key with it.
Probe keys are kept apart from the other keys (two addresses of one ``/24`` are not a
shared threat); they meet range keys only.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from datetime import datetime, timezone
from urllib.parse import urlsplit, urlunsplit

from .indicators import IndicatorError, guess_kind, normalise

IND_PREFIX = "ind:"
#: the prefix lengths networks are cut at (see the module's text); the address length ends each
V4_STEPS = (8, 12, 16, 20, 24, 28, 32)
V6_STEPS = tuple(range(16, 128, 8)) + (128,)
CODE_PREFIX = "code:"
_DEFAULT_PORTS = {"http": 80, "https": 443, "ftp": 21}


@dataclass(frozen=True)
class Key:
    """One correlation key: ``kind`` is ``indicator`` or ``code-sector``; ``label`` is what a person reads."""

    text: str
    kind: str
    label: str


def _url_key(value: str) -> tuple[str, str | None]:
    """A URL with its scheme and host in lower case and a default port dropped; and its host."""
    parts = urlsplit(value)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").rstrip(".")
    netloc = f"[{host}]" if ":" in host else host
    try:
        port = parts.port
    except ValueError:
        port = None
    if port is not None and port != _DEFAULT_PORTS.get(scheme):
        netloc += f":{port}"
    if parts.username or parts.password:
        netloc = f"{parts.username or ''}{':' + parts.password if parts.password else ''}@{netloc}"
    path = parts.path or "/"
    return urlunsplit((scheme, netloc, path, parts.query, "")), host or None


def indicator_keys(kind: str, value: str, normal: bool = False) -> list[Key]:
    """The keys of one indicator (a URL has two: itself and its host); none if it is not a valid one.

    ``normal``: the value is known to be in normal form already (it comes from content that
    passed :func:`siaga.protocol.message.check_content`, which refuses any other), so it is
    not normalised again.
    """
    if kind in ("ipv4-addr", "ipv6-addr", "domain-name", "email-addr", "md5", "sha1", "sha256", "sha512", "url"):
        if not normal:
            try:
                value = normalise(kind, value)
            except IndicatorError:
                return []
    else:
        return []
    if kind == "url":
        url, host = _url_key(value)
        keys = [Key(f"{IND_PREFIX}url:{url}", "indicator", url)]
        if host:
            try:
                address = ipaddress.ip_address(host)
                host_kind, host_value = ("ipv4-addr" if address.version == 4 else "ipv6-addr"), str(address)
            except ValueError:
                host_kind, host_value = "domain-name", host.lower()
            keys.append(Key(f"{IND_PREFIX}{host_kind}:{host_value}", "indicator", host_value))
        return keys
    if kind in ("md5", "sha1", "sha256", "sha512"):
        return [Key(f"{IND_PREFIX}hash:{value}", "indicator", value)]
    if kind in ("ipv4-addr", "ipv6-addr") and "/" in value and ipaddress.ip_network(value).num_addresses == 1:
        value = value.split("/")[0]  # a /32 (or /128) is the address itself
    return [Key(f"{IND_PREFIX}{kind}:{value}", "indicator", value)]


def _network_key(kind: str, net: ipaddress.IPv4Network | ipaddress.IPv6Network) -> Key:
    text = str(net.network_address) if net.prefixlen == net.max_prefixlen else str(net)
    return Key(f"{IND_PREFIX}{kind}:{text}", "indicator", text)


def _ip_indicator(kind: str, value: str) -> tuple[str, ipaddress.IPv4Network | ipaddress.IPv6Network] | None:
    """(kind, network) of an address or network indicator (an address as its /32 or /128); None otherwise."""
    if kind == "url":
        host = urlsplit(value).hostname or ""
        try:
            address = ipaddress.ip_address(host)
        except ValueError:
            return None
        return ("ipv4-addr" if address.version == 4 else "ipv6-addr"), ipaddress.ip_network(address)
    if kind not in ("ipv4-addr", "ipv6-addr"):
        return None
    try:
        return kind, ipaddress.ip_network(normalise(kind, value))
    except (IndicatorError, ValueError):
        return None


def network_range_keys(kind: str, value: str) -> list[Key]:
    """The range keys of a network indicator: its subnets at the first step at or below its length.

    None for an address (or anything else). A subnet at the address length is the address's own key.
    """
    if kind == "url" or "/" not in value:  # an address (no prefix length) has no range keys
        return []
    found = _ip_indicator(kind, value)
    if found is None:
        return []
    kind, net = found
    if net.prefixlen == net.max_prefixlen:
        return []
    steps = V4_STEPS if net.version == 4 else V6_STEPS
    step = next(s for s in steps if s >= net.prefixlen)
    return [_network_key(kind, sub) for sub in net.subnets(new_prefix=step)]


def address_probe_keys(kind: str, value: str) -> list[Key]:
    """The probe keys of an address (or a URL whose host is one): the networks holding it at every step."""
    found = _ip_indicator(kind, value)
    if found is None or found[1].prefixlen != found[1].max_prefixlen:
        return []
    kind, net = found
    if net.version == 4:  # the same keys as ipaddress's supernets, by masking the address (a fifth of the time)
        address = int(net.network_address)
        return [_v4_network_key(kind, address & (_V4_ALL ^ (_V4_ALL >> s)), s) for s in V4_STEPS if s < 32]
    return [_network_key(kind, net.supernet(new_prefix=s)) for s in V6_STEPS if s < net.max_prefixlen]


_V4_ALL = 0xFFFFFFFF


def _v4_network_key(kind: str, address: int, prefix: int) -> Key:
    text = f"{address >> 24}.{(address >> 16) & 255}.{(address >> 8) & 255}.{address & 255}/{prefix}"
    return Key(f"{IND_PREFIX}{kind}:{text}", "indicator", text)


def range_keys(content: dict) -> list[Key]:
    """The range keys of a report's networks that are networks themselves (not single addresses)."""
    keys: dict[str, Key] = {}
    for item in _indicator_items(content):
        for key in network_range_keys(item["type"], item["value"]):
            if "/" in key.text:
                keys.setdefault(key.text, key)
    return list(keys.values())


def probe_keys(content: dict) -> list[Key]:
    """The probe keys of a report's addresses (kept apart: they meet range keys only)."""
    keys: dict[str, Key] = {}
    for item in _indicator_items(content):
        for key in address_probe_keys(item["type"], item["value"]):
            keys.setdefault(key.text, key)
    return list(keys.values())


def _indicator_items(content: dict) -> list[dict]:
    return [item for item in content.get("indicators") or []
            if isinstance(item, dict) and isinstance(item.get("type"), str) and isinstance(item.get("value"), str)]


def value_keys(value: str) -> list[Key]:
    """The keys of a bare value (its type guessed from its shape), as ``siaga correlate`` may be asked."""
    kind = guess_kind(value)
    return indicator_keys(kind, value) if kind else []


def code_sector_keys(code: str, sectors: list) -> list[Key]:
    return [Key(f"{CODE_PREFIX}{code}|{sector}", "code-sector", f"{code} in {sector}")
            for sector in sectors if isinstance(sector, str) and sector]


def report_keys(content: dict, checked: bool = False) -> list[Key]:
    """Every correlation key of a report's content: its indicators (a network also by its range keys),
    and its code in each of its sectors. Probe keys are not among them (:func:`probe_keys`).

    ``checked``: the content passed :func:`siaga.protocol.message.check_content` (its indicators
    are in normal form).
    """
    keys: dict[str, Key] = {}
    for item in _indicator_items(content):
        for key in (indicator_keys(item["type"], item["value"], normal=checked)
                    + network_range_keys(item["type"], item["value"])):
            keys.setdefault(key.text, key)
    code = content.get("code")
    if isinstance(code, str) and code:
        for key in code_sector_keys(code, content.get("sectors") or []):
            keys.setdefault(key.text, key)
    return list(keys.values())


def key_label(text: str) -> tuple[str, str]:
    """(kind, label) of a key's text: what ``Key`` would say of it."""
    if text.startswith(CODE_PREFIX):
        code, _, sector = text[len(CODE_PREFIX):].partition("|")
        return "code-sector", f"{code} in {sector}"
    return "indicator", text[len(IND_PREFIX):].split(":", 1)[1] if ":" in text[len(IND_PREFIX):] else text


def origin(content: dict) -> str:
    """Where a report comes from: its station's country, or ``ext:<source>`` for a partner's file with none."""
    station = content.get("station") or {}
    country = station.get("country") if isinstance(station, dict) else ""
    if isinstance(country, str) and country:
        return country
    name = station.get("name") if isinstance(station, dict) else ""
    return f"ext:{name or 'unknown source'}"


def report_time(content: dict) -> int:
    """When the report's events were seen (its ``observed_at``, else ``reported_at``), in Unix seconds."""
    for field in ("observed_at", "reported_at"):
        value = content.get(field)
        if isinstance(value, str):
            try:
                moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                continue
            if moment.tzinfo is None:
                moment = moment.replace(tzinfo=timezone.utc)
            return int(moment.timestamp())
    return 0

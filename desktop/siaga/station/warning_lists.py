"""MISP's warning lists: indicators that are known not to be an attacker's.

An officer who reports ``8.8.8.8``, ``10.0.0.1`` or ``google.com`` as an attacker's
address is most likely mistaken: a public DNS resolver, a private address, one of
the most visited sites. MISP's warning lists name such values; the
``pymispwarninglists`` package carries them, and they are read here offline: once
per version of the package into a lookup file in the user's cache folder
(:mod:`siaga.storage.warning_index`, some seconds), then looked up from it in about
a millisecond (address ranges, names and their parent domains, hashes).

A match is a *warning*, never a refusal: the form shows it beside the indicator,
``siaga report new`` prints it, and a received report's details mark it. Each
warning names the list and a *category* the app words for the officer:
``documentation`` (addresses and names reserved for examples, RFC 5737, 3849,
2606), ``private`` (RFC 1918 and other addresses that do not reach the internet),
``resolver`` (public DNS), ``popular`` (the most visited sites), ``cloud`` (large
providers' ranges and domains), ``known-file`` (empty files and other benign
hashes), ``scanner`` (research scanners) or ``known-benign`` (any other list).
"""

from __future__ import annotations

import ipaddress
import json
import logging
import os
import re
import sqlite3
import threading
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Iterator
from urllib.parse import urlsplit

import platformdirs

from ..protocol.indicators import IndicatorError, normalise
from ..storage import warning_index

log = logging.getLogger("siaga.warning_lists")

CATEGORIES = ("documentation", "private", "resolver", "popular", "cloud", "known-file", "scanner", "known-benign")
_DOC_NETWORKS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24",
                                                   "2001:db8::/32")]
_DOC_DOMAINS = ("example", "test", "invalid", "localhost", "example.com", "example.net", "example.org")
_ATTRIBUTES = {
    "ipv4-addr": {"ip-src", "ip-dst", "domain|ip", "ip-dst|port", "ip-src|port"},
    "ipv6-addr": {"ip-src", "ip-dst", "domain|ip", "ip-dst|port", "ip-src|port"},
    "domain-name": {"domain", "hostname", "domain|ip"},
    "url": {"url", "uri", "link"},
    "email-addr": {"email", "email-src", "email-dst"},
    "md5": {"md5", "filename|md5"}, "sha1": {"sha1", "filename|sha1"},
    "sha256": {"sha256", "filename|sha256"}, "sha512": {"sha512", "filename|sha512"},
}
_PRIVATE = {"rfc1918", "rfc5735", "rfc6598", "ipv6-linklocal", "multicast", "rfc6761"}
_DOCUMENTATION = {"rfc3849"}
_RESOLVER = {"public-dns-v4", "public-dns-v6", "public-dns-hostname"}
_POPULAR = re.compile(r"^(alexa|tranco|tranco10k|majestic_million|cisco_top\d+k?|google-chrome-crux-1million|"
                      r"moz-top500|bank-website|university_domains|second-level-tlds|tlds)$")
_CLOUD = re.compile(r"^(amazon-aws|google-gcp|microsoft.*|cloudflare|akamai|fastly|ovh-cluster|stackpath|zscaler|"
                    r"google|apple|github|wikimedia|google-gmail-sending-ips|smtp-.*|public-ipfs-gateways|"
                    r"url-shortener|crl-.*|mozilla-.*)$")
_KNOWN_FILE = {"empty-hashes", "nioc-filehash", "common-ioc-false-positive", "ti-falsepositives", "eicar.com"}
_SCANNER = re.compile(r"scann|shadowserver|censys|shodan|rapid7|onyphe|internet-census")


def _category(folder: str) -> str:
    if folder in _DOCUMENTATION:
        return "documentation"
    if folder in _PRIVATE:
        return "private"
    if folder in _RESOLVER:
        return "resolver"
    if folder in _KNOWN_FILE:
        return "known-file"
    if _POPULAR.match(folder):
        return "popular"
    if _CLOUD.match(folder):
        return "cloud"
    if _SCANNER.search(folder):
        return "scanner"
    return "known-benign"


@dataclass(frozen=True)
class ListWarning:
    """One indicator found on one warning list."""

    list_name: str
    category: str
    value: str

    def to_dict(self) -> dict:
        return {"list": self.list_name, "category": self.category, "value": self.value}

    def text(self) -> str:
        """What the value is, in English, without the value itself (the app words it in each language)."""
        what = {"documentation": "an address or name reserved for documentation and examples",
                "private": "a private or reserved address that does not reach the internet",
                "resolver": "a public DNS resolver", "popular": "one of the most visited sites",
                "cloud": "a large provider's address or domain", "known-file": "a known harmless file",
                "scanner": "a known research scanner", "known-benign": "a value known not to be malicious"}
        return f"{what[self.category]} (warning list: {self.list_name}); check it is really the attacker's"


def _root() -> Path:
    import pymispwarninglists  # the package carries the lists as data; only its files are read
    return Path(pymispwarninglists.__file__).parent / "data" / "misp-warninglists" / "lists"


def _package_version() -> str:
    try:
        return metadata.version("pymispwarninglists")
    except metadata.PackageNotFoundError:
        return ""


def _read_lists() -> Iterator[tuple[str, str, list[str] | None, str, list]]:
    for path in sorted(_root().glob("*/list.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            attributes = data.get("matching_attributes") or []
            kinds = sorted(k for k, names in _ATTRIBUTES.items() if names & set(attributes)) if attributes else None
            yield str(data["name"]), _category(path.parent.name), kinds, str(data["type"]), list(data["list"])
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("warning list %s skipped: %s", path.parent.name, exc)


_lock = threading.Lock()
_index: warning_index.Index | None = None


def _open() -> warning_index.Index:
    """The lookup file of the installed lists, built on first use (a few seconds, once per version)."""
    global _index
    with _lock:
        if _index is None:
            folder = Path(os.environ.get("SIAGA_CACHE_DIR") or platformdirs.user_cache_dir("siaga", appauthor=False))
            path = folder / f"warninglists-{_package_version() or 'none'}-{warning_index.FORMAT}.db"
            try:
                _index = warning_index.Index(path)
            except sqlite3.DatabaseError:
                log.info("building the warning list index at %s", path)
                warning_index.build(path, _read_lists())
                _index = warning_index.Index(path)
        return _index


def is_ready() -> bool:
    """Whether the lookup file is open (a check then takes about a millisecond, and never builds it)."""
    return _index is not None


def preload() -> None:
    """Open (or build) the lookup file now: the app does it on its worker thread, so the form's check is quick."""
    _open()


def _search(kind: str, value: str) -> list[int]:
    index = _open()
    found: list[int] = []
    if kind in ("ipv4-addr", "ipv6-addr"):
        net = ipaddress.ip_network(value, strict=False)
        found += index.in_ranges(net.version, int(net.network_address), int(net.broadcast_address))
        found += index.exact([value.lower()])
    elif kind in ("domain-name", "url", "email-addr"):
        text = value.lower()
        host = text
        if kind == "url":
            host = (urlsplit(value).hostname or "").lower()
        elif kind == "email-addr":
            host = text.rpartition("@")[2]
        found += index.exact(list(dict.fromkeys([text, host])))
        labels = host.split(".")
        found += index.parents([".".join(labels[i:]) for i in range(len(labels))])
        for pattern_kind, pattern, number in index.patterns:
            if pattern_kind == "substring" and pattern.lower() in text:
                found.append(number)
            elif pattern_kind == "regex":
                try:
                    if re.search(pattern, text, re.IGNORECASE):
                        found.append(number)
                except re.error:
                    continue
    else:
        found += index.exact([value.lower()])
    out = []
    for number in dict.fromkeys(found):
        kinds = index.lists[number][2]
        if kinds is None or kind in kinds:
            out.append(number)
    return out


def _documentation(kind: str, value: str) -> bool:
    if kind in ("ipv4-addr", "ipv6-addr"):
        try:
            net = ipaddress.ip_network(value, strict=False)
        except ValueError:
            return False
        return any(net.version == doc.version and net.subnet_of(doc) for doc in _DOC_NETWORKS)  # type: ignore[arg-type]
    host = value.lower()
    if kind == "url":
        host = (urlsplit(value).hostname or "").lower()
    elif kind == "email-addr":
        host = host.rpartition("@")[2]
    elif kind != "domain-name":
        return False
    return any(host == d or host.endswith("." + d) for d in _DOC_DOMAINS)


def check(kind: str, value: str) -> list[ListWarning]:
    """The warnings for one indicator (none: not on any list). A documentation value says so first."""
    try:
        value = normalise(kind, value)
    except IndicatorError:
        return []
    out: list[ListWarning] = []
    if _documentation(kind, value):
        out.append(ListWarning("RFC 5737, 3849 and 2606 documentation ranges and names", "documentation", value))
    index = _open()
    for number in _search(kind, value):
        name, category, _ = index.lists[number]
        out.append(ListWarning(name, category, value))
    if out and out[0].category == "documentation":  # an example value is not also "private" or "reserved"
        out = [out[0]] + [w for w in out[1:] if w.category not in ("private", "documentation")]
    return out


def check_indicators(indicators: list) -> list[list[ListWarning]]:
    """For each of a report's indicators (``{"type", "value"}``), its warnings."""
    out = []
    for item in indicators or []:
        ok = isinstance(item, dict) and isinstance(item.get("type"), str) and isinstance(item.get("value"), str)
        out.append(check(item["type"], item["value"]) if ok else [])
    return out


def version_text() -> str:
    """The lists' version: the package that carries them, and how many lists it holds."""
    package = _package_version()
    if not package:
        return "warning lists: not installed"
    count = len(list(_root().glob("*/list.json")))  # counted, not read: --version stays quick
    return f"warning lists: pymispwarninglists {package} ({count} MISP warning lists)"

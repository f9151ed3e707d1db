"""Protocol messages: the coded content every report, acknowledgement and ping carries.

A message's *content* is a JSON object whose canonical bytes (RFC 8785) are
what the author signs and what the message id is the hash of. This module
builds content from a draft (an officer's answers), and checks content received
from elsewhere field by field. ``docs/PROTOCOL.md`` is the specification.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from ..base.encoding import MAX_SAFE_INT, LongNumber, b64d, b64e, canonical
from ..base.errors import UnknownCodeError, ValidationError
from ..base.languages import LANGUAGES
from . import indicators as ind, text_rules
from .codebook import Codebook, CodebookSet, version_key

PROTOCOL_VERSION = 1
REPORT_TYPES = ("early-warning", "update", "final", "request-for-assistance")
ACK_TYPE = "acknowledgement"
PING_TYPE = "ping"
#: a communication check, answered by a person (a protocol type: it needs no codebook entry)
CHECK_TYPE = "check"
CHECK_ASK, CHECK_ANSWER = "ask", "answer"
#: "we see this too": a partner's sighting of a report's indicators (``sighting`` module below)
SIGHTING_TYPE = "sighting"
MAX_SIGHTING_COUNT = 1_000_000_000
MAX_SUMMARY = 280
MAX_NARRATIVE = 20_000
MAX_NOTE = 2_000
MAX_INDICATORS = 500
MAX_LIST = 64
MAX_COUNTRIES = 250
MAX_CONTENT_BYTES = 256 * 1024
#: how far in the future an observed/reported time may lie (clock skew between posts)
CLOCK_SKEW = timedelta(minutes=10)
TIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
#: TIME_FORMAT written out in full: read without strptime (a tenth of its cost); anything else goes to strptime
_STRICT_TIME = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})Z")
#: no message speaks of a time before this year (and every year from it has four digits)
MIN_YEAR = 1970
#: how deep a draft may nest lists and objects (a report needs three levels)
MAX_DRAFT_DEPTH = 16
ID_RE = re.compile(r"^[0-9a-f]{64}$")

_COMMON_KEYS = {"v", "type", "codebook", "author", "station", "reported_at", "nonce", "in_reply_to"}
_REPORT_KEYS = {"code", "severity", "tlp", "pap", "scope", "countries", "observed_at", "summary",
                "narrative", "indicators", "observations", "sectors", "impact", "lang"}
#: the first codebook version whose reports may name their author's language (``lang``)
LANG_SINCE = "2026.3"
_ACK_KEYS = {"ack"}
_CHECK_KEYS = {"check"}
_SIGHTING_KEYS = {"sighting"}
_SIGHTING_FIELDS = {"indicators", "count", "first_seen", "last_seen", "sectors"}
_STATION_KEYS = {"name", "org", "country"}
#: the impact questions of a report, each answered from its codebook list
IMPACT_KINDS = {"functional": "functional_impact", "information": "information_impact",
                "recoverability": "recoverability"}
#: a draft's own keys that never travel: its recipients, its clock profile, when a ransom was paid, what it updates
_DRAFT_LOCAL_KEYS = {"to", "clock", "ransom_paid_at", "updates"}
_DRAFT_KEYS = _REPORT_KEYS | {"type", "in_reply_to"} | _DRAFT_LOCAL_KEYS


def message_id(content_bytes: bytes) -> str:
    """The id of a message: BLAKE2b-256 of its canonical content bytes, in hex."""
    # the standard library's BLAKE2b: the same bytes as libsodium's, a fifth of the call's cost
    return hashlib.blake2b(content_bytes, digest_size=32, person=b"siaga-msg-id").hexdigest()


def utc_now() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


def format_time(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime(TIME_FORMAT)


def parse_time(value: Any, field: str, *, strict: bool = False) -> datetime:
    """An ISO 8601 time with an offset, as UTC. ``strict``: only our own ``...Z`` form."""
    if not isinstance(value, str):
        raise ValidationError("expected a date and time such as 2026-11-24T08:30:00Z", field=field)
    if strict:
        full = _STRICT_TIME.fullmatch(value)
        try:
            if full:
                year, month, day, hour, minute, second = (int(part) for part in full.groups())
                moment = datetime(year, month, day, hour, minute, second, tzinfo=timezone.utc)
            else:
                moment = datetime.strptime(value, TIME_FORMAT).replace(tzinfo=timezone.utc)
        except ValueError:
            raise ValidationError("expected UTC time as YYYY-MM-DDTHH:MM:SSZ", field=field) from None
        if moment.year < MIN_YEAR:
            raise ValidationError(f"lies before the year {MIN_YEAR}", field=field)
        return moment
    try:
        moment = datetime.fromisoformat(value.strip().replace("z", "Z"))
    except ValueError:
        raise ValidationError(f"{_shown(value)} is not a date and time (ISO 8601)", field=field) from None
    if moment.tzinfo is None:
        raise ValidationError("the time needs a UTC offset (for example +07:00 or Z)", field=field)
    try:
        moment = moment.astimezone(timezone.utc)
    except OverflowError:  # 0001-01-01T00:00+01:00 is in year 0 in UTC
        raise ValidationError(f"{_shown(value)} lies outside the years {MIN_YEAR} to 9999", field=field) from None
    if moment.year < MIN_YEAR:
        raise ValidationError(f"{_shown(value)} lies outside the years {MIN_YEAR} to 9999", field=field)
    return moment.replace(microsecond=0)


def _shown(value: str, limit: int = 40) -> str:
    """``value`` quoted for an error message, cut short (a field may hold a megabyte)."""
    return repr(value if len(value) <= limit else value[:limit] + "...")


@dataclass(frozen=True)
class StationInfo:
    """Who files: the author's public signing key and the station's names."""

    sign_pk: bytes
    name: str
    org: str
    country: str

    def as_content(self) -> dict:
        return {"name": self.name, "org": self.org, "country": self.country}


def _text(value: Any, field: str, limit: int, *, required: bool, single_line: bool = False) -> str:
    if value is None or value == "":
        if required:
            raise ValidationError("is required", field=field)
        return ""
    if not isinstance(value, str):
        raise ValidationError("expected text", field=field)
    text = value.strip() if single_line else value.strip("\n\r ")
    if required and not text:
        raise ValidationError("is required", field=field)
    if len(text) > limit:
        raise ValidationError(f"longer than {limit} characters", field=field)
    if single_line and ("\n" in text or "\r" in text):
        raise ValidationError("must be one line", field=field)
    char = text_rules.forbidden_char(text, multiline=not single_line)
    if char is not None:
        raise ValidationError(text_rules.control_reason(char), field=field)
    return text


def _label(value: Any, kind: str, field: str, book: Codebook) -> str:
    """Accept ``amber`` / ``tlp:amber`` / ``TLP:AMBER`` and return the codebook form."""
    if not isinstance(value, str) or not value.strip():
        raise ValidationError("is required", field=field)
    text = value.strip().upper()
    prefix = kind.upper() + ":"
    if not text.startswith(prefix):
        text = prefix + text
    if not book.has(kind, text):
        choices = ", ".join(e["code"] for e in book.entries(kind))
        raise ValidationError(f"unknown label {value!r} (one of: {choices})", field=field)
    return text


def _code_list(value: Any, field: str, kind: str, book: Codebook, limit: int) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValidationError("expected a list of codes", field=field)
    if len(value) > limit:
        raise ValidationError(f"more than {limit} entries", field=field)
    out = []
    for i, code in enumerate(value):
        if not book.has(kind, code):
            raise ValidationError(f"unknown code {code!r}", field=f"{field}[{i}]")
        if code not in out:
            out.append(code)
    return out


def _countries(value: Any, book: Codebook, field: str = "countries") -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValidationError("expected a list of ISO 3166-1 alpha-2 codes or group names", field=field)
    if len(value) > MAX_COUNTRIES:
        raise ValidationError(f"more than {MAX_COUNTRIES} entries", field=field)
    out: list[str] = []
    for i, code in enumerate(value):
        norm = code.strip().upper()
        if not (book.has("countries", norm) or book.has("groups", norm)):
            raise ValidationError(f"unknown country or group {code!r}", field=f"{field}[{i}]")
        if norm not in out:
            out.append(norm)
    return out


def _impact(value: Any, book: Codebook) -> dict:
    if value is None:
        return {}
    if not isinstance(value, dict) or set(value) - set(IMPACT_KINDS):
        raise ValidationError(f"expected an object with some of: {', '.join(IMPACT_KINDS)}", field="impact")
    out = {}
    for key, kind in IMPACT_KINDS.items():
        code = value.get(key)
        if code in (None, ""):
            continue
        if not book.has(kind, code):
            raise ValidationError(f"unknown code {code!r}", field=f"impact.{key}")
        out[key] = code
    return out


def _author_language(value: Any, book: Codebook) -> str:
    """The language the report's free text is written in: one of base.languages.LANGUAGES."""
    if not isinstance(value, str) or value not in LANGUAGES:
        raise ValidationError(f"unknown language {value!r} (one of: {', '.join(LANGUAGES)})", field="lang")
    if version_key(book.version) < version_key(LANG_SINCE):
        raise ValidationError(f"a report names its language from codebook {LANG_SINCE} on, not in {book.version}",
                              field="lang")
    return value


def _message_type(value: Any, book: Codebook) -> str:
    if value == CHECK_TYPE:
        return value
    if not isinstance(value, str) or not book.has("message_types", value):
        choices = ", ".join(e["code"] for e in book.entries("message_types"))
        raise ValidationError(f"unknown message type {value!r} (one of: {choices})", field="type")
    return value


def _ref(value: Any, field: str) -> str:
    if not isinstance(value, str) or not ID_RE.match(value):
        raise ValidationError("expected a message id (64 hexadecimal characters)", field=field)
    return value


def _severity(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 5:
        text = value.strip() if isinstance(value, str) else ""
        if len(text) == 1 and text in "012345":  # not str.isdigit: it takes '²' and other scripts' digits
            return int(text)
        raise ValidationError("expected a whole number from 0 (baseline) to 5 (emergency)", field="severity")
    return value


def _path(parts: tuple) -> str:
    text = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in parts).lstrip(".")
    return text or "draft"


def check_structure(value: Any, where: tuple = ()) -> None:
    """Refuse, naming the field, what no field takes and later steps could not cope with.

    Text that is not Unicode (a lone surrogate, as JSON's ``\\ud800`` escape or a
    command line's undecodable bytes give), a number past I-JSON's range (or one too long
    to read, :class:`~siaga.encoding.LongNumber`), nesting deeper than
    :data:`MAX_DRAFT_DEPTH`. Walks without recursion.
    """
    stack = [(value, where)]
    while stack:
        item, path = stack.pop()
        if isinstance(item, str):
            if not item.isascii():
                try:
                    item.encode("utf-8")
                except UnicodeEncodeError:
                    raise ValidationError("contains a character that is not valid Unicode (a lone surrogate)",
                                          field=_path(path)) from None
        elif isinstance(item, LongNumber) or (type(item) is int and abs(item) > MAX_SAFE_INT):
            raise ValidationError("the number is far too large", field=_path(path))
        elif isinstance(item, (dict, list)):
            if len(path) - len(where) >= MAX_DRAFT_DEPTH:
                raise ValidationError("nested too deeply", field=_path(path[:len(where) + 1]))
            members = item.items() if isinstance(item, dict) else enumerate(item)
            for key, member in members:
                if isinstance(key, str):
                    stack.append((key, path))  # a key is text too
                stack.append((member, (*path, key)))


def _not_future(moment: datetime, field: str, now: datetime) -> None:
    if moment > now + CLOCK_SKEW:
        raise ValidationError("lies in the future", field=field)


def report_fields(draft: dict, book: Codebook, now: datetime) -> dict:
    """Checked, normalised report fields from a draft (or from received content)."""
    observations = _code_list(draft.get("observations"), "observations", "observations", book, MAX_LIST)
    code = draft.get("code")
    if code in (None, ""):
        if not observations:
            raise ValidationError("is required (or give observations to suggest one)", field="code")
        code = book.suggest(observations, limit=1)[0].code
    if not isinstance(code, str) or not book.has("classifications", code.strip()):
        raise ValidationError(f"unknown incident code {code!r} (form rsit:<class>/<type>)", field="code")
    scope = draft.get("scope")
    if not isinstance(scope, str) or not book.has("scopes", scope):
        choices = ", ".join(e["code"] for e in book.entries("scopes"))
        raise ValidationError(f"unknown scope {scope!r} (one of: {choices})", field="scope")
    observed = parse_time(draft.get("observed_at"), "observed_at")
    _not_future(observed, "observed_at", now)
    countries = _countries(draft.get("countries"), book)
    if scope == "bilateral" and not countries:
        raise ValidationError("a bilateral report names the partner country", field="countries")
    if scope == "regional" and not countries:
        raise ValidationError("a regional report names the region or its countries", field="countries")
    indicators = ind.validate_list(draft.get("indicators"))
    if len(indicators) > MAX_INDICATORS:
        raise ValidationError(f"more than {MAX_INDICATORS} indicators", field="indicators")
    fields = {
        "code": code.strip(),
        "severity": _severity(draft.get("severity")),
        "tlp": _label(draft.get("tlp"), "tlp", "tlp", book),
        "pap": _label(draft.get("pap") or "PAP:AMBER", "pap", "pap", book),
        "scope": scope,
        "countries": countries,
        "observed_at": format_time(observed),
        "summary": _text(draft.get("summary"), "summary", MAX_SUMMARY, required=True, single_line=True),
        "narrative": _text(draft.get("narrative"), "narrative", MAX_NARRATIVE, required=False),
        "indicators": indicators,
        "observations": observations,
        "sectors": _code_list(draft.get("sectors"), "sectors", "sectors", book, MAX_LIST),
        "impact": _impact(draft.get("impact"), book),
    }
    if draft.get("lang") not in (None, ""):  # optional: older reports and stations have no such field
        fields["lang"] = _author_language(draft["lang"], book)
    return fields


def _envelope_fields(kind: str, author: StationInfo, book: Codebook, now: datetime,
                     in_reply_to: str | None) -> dict:
    content = {
        "v": PROTOCOL_VERSION,
        "type": kind,
        "codebook": book.version,
        "author": b64e(author.sign_pk),
        "station": author.as_content(),
        "reported_at": format_time(now),
        "nonce": b64e(os.urandom(9)),
    }
    if in_reply_to:
        content["in_reply_to"] = _ref(in_reply_to, "in_reply_to")
    return content


def build_report(draft: Any, author: StationInfo, book: Codebook, now: datetime | None = None) -> dict:
    """Content of a report message from a draft; raises ValidationError naming the field."""
    now = now or utc_now()
    if not isinstance(draft, dict):
        raise ValidationError("expected a JSON object", field="draft")
    check_structure(draft)
    unknown = set(draft) - _DRAFT_KEYS
    if unknown:
        raise ValidationError(f"unknown field(s): {', '.join(sorted(unknown))}", field="draft")
    kind = _message_type(draft.get("type", "early-warning"), book)
    if kind not in REPORT_TYPES:
        raise ValidationError(f"{kind!r} is not a report type (one of: {', '.join(REPORT_TYPES)})",
                              field="type")
    content = _envelope_fields(kind, author, book, now, draft.get("in_reply_to"))
    content.update(report_fields(draft, book, now))
    _check_size(content)
    return content


def build_ack(in_reply_to: str, status: str, note: str, author: StationInfo, book: Codebook,
              now: datetime | None = None) -> dict:
    if not book.has("ack_status", status):
        choices = ", ".join(e["code"] for e in book.entries("ack_status"))
        raise ValidationError(f"unknown status {status!r} (one of: {choices})", field="status")
    check_structure(note, ("note",))
    content = _envelope_fields(ACK_TYPE, author, book, now or utc_now(), in_reply_to)
    content["ack"] = {"status": status, "note": _text(note, "note", MAX_NOTE, required=False)}
    return content


def sighting_fields(draft: dict, book: Codebook, now: datetime) -> dict:
    """Checked, normalised fields of a sighting: which indicators, how many times, first and last seen, sectors."""
    indicators = ind.validate_list(draft.get("indicators"), "sighting.indicators")
    if len(indicators) > MAX_INDICATORS:
        raise ValidationError(f"more than {MAX_INDICATORS} indicators", field="sighting.indicators")
    count = draft.get("count", 1)
    if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= MAX_SIGHTING_COUNT:
        raise ValidationError(f"expected a whole number from 1 to {MAX_SIGHTING_COUNT}", field="sighting.count")
    first = parse_time(draft.get("first_seen"), "sighting.first_seen")
    last = parse_time(draft.get("last_seen") or draft.get("first_seen"), "sighting.last_seen")
    _not_future(last, "sighting.last_seen", now)
    if last < first:
        raise ValidationError("lies before first_seen", field="sighting.last_seen")
    return {"indicators": indicators, "count": count, "first_seen": format_time(first), "last_seen": format_time(last),
            "sectors": _code_list(draft.get("sectors"), "sighting.sectors", "sectors", book, MAX_LIST)}


def build_sighting(in_reply_to: str, draft: Any, author: StationInfo, book: Codebook,
                   now: datetime | None = None) -> dict:
    """Content of a sighting of report ``in_reply_to``: "we see this too" (``draft``: indicators, count,
    first_seen, last_seen, sectors; the times default to now)."""
    now = now or utc_now()
    if not isinstance(draft, dict) or set(draft) - _SIGHTING_FIELDS:
        raise ValidationError(f"expected an object with some of: {', '.join(sorted(_SIGHTING_FIELDS))}",
                              field="sighting")
    check_structure(draft, ("sighting",))
    fields = sighting_fields({"first_seen": format_time(now), **draft}, book, now)
    content = _envelope_fields(SIGHTING_TYPE, author, book, now, in_reply_to)
    content["sighting"] = fields
    _check_size(content)
    return content


def build_ping(author: StationInfo, book: Codebook, now: datetime | None = None,
               in_reply_to: str | None = None) -> dict:
    return _envelope_fields(PING_TYPE, author, book, now or utc_now(), in_reply_to)


def build_check(author: StationInfo, book: Codebook, now: datetime | None = None, in_reply_to: str | None = None,
                by: str = "") -> dict:
    """A communication check (``in_reply_to`` None) or a person's answer to one (naming who answered: ``by``)."""
    content = _envelope_fields(CHECK_TYPE, author, book, now or utc_now(), in_reply_to)
    if in_reply_to is None:
        content["check"] = {"phase": CHECK_ASK}
    else:
        content["check"] = {"phase": CHECK_ANSWER,
                            "by": _text(by, "by", 200, required=True, single_line=True)}
    return content


def _check_check(content: dict) -> None:
    check = content.get("check")
    answer = "in_reply_to" in content
    keys = {"phase", "by"} if answer else {"phase"}
    if not isinstance(check, dict) or set(check) != keys:
        raise ValidationError("expected phase" + (" and by" if answer else ""), field="check")
    if check["phase"] != (CHECK_ANSWER if answer else CHECK_ASK):
        raise ValidationError(f"unexpected phase {check['phase']!r}", field="check.phase")
    if answer and _text(check["by"], "check.by", 200, required=True, single_line=True) != check["by"]:
        raise ValidationError("not in normal form", field="check.by")


def _check_size(content: dict) -> None:
    if len(canonical(content)) > MAX_CONTENT_BYTES:
        raise ValidationError(f"the message is larger than {MAX_CONTENT_BYTES // 1024} KiB", field="message")


def check_content(content: Any, books: CodebookSet, size: int | None = None) -> dict:
    """Validate content received from another station; return it unchanged.

    Raises ValidationError (malformed field) or UnknownCodeError (unknown
    codebook version). Received content must already be in normal form: a
    sender that canonicalised differently is refused rather than silently fixed.
    ``size``: the canonical size when the caller already has the canonical bytes.
    """
    if not isinstance(content, dict):
        raise ValidationError("expected an object", field="content")
    if content.get("v") != PROTOCOL_VERSION:
        raise ValidationError(f"unsupported protocol version {content.get('v')!r}", field="v")
    version = content.get("codebook")
    if not isinstance(version, str):
        raise ValidationError("missing codebook version", field="codebook")
    book = books.get(version)
    kind = _message_type(content.get("type"), book)
    allowed = _COMMON_KEYS | (_REPORT_KEYS if kind in REPORT_TYPES else _ACK_KEYS if kind == ACK_TYPE
                              else _CHECK_KEYS if kind == CHECK_TYPE
                              else _SIGHTING_KEYS if kind == SIGHTING_TYPE else set())
    unknown = set(content) - allowed
    if unknown:
        raise ValidationError(f"unknown field(s): {', '.join(sorted(unknown))}", field="content")
    b64d(content.get("author"), "author", 32)
    b64d(content.get("nonce"), "nonce", 9)
    station = content.get("station")
    if not isinstance(station, dict) or set(station) != _STATION_KEYS:
        raise ValidationError("expected name, org and country", field="station")
    for key in _STATION_KEYS:
        if _text(station[key], f"station.{key}", 200, required=True, single_line=True) != station[key]:
            raise ValidationError("not in normal form", field=f"station.{key}")  # edges stripped of \x85, \u2028...
    parse_time(content.get("reported_at"), "reported_at", strict=True)
    if "in_reply_to" in content:
        _ref(content["in_reply_to"], "in_reply_to")
    if kind in REPORT_TYPES:
        now = utc_now()
        fields = {k: content.get(k) for k in _REPORT_KEYS}
        try:
            normal = report_fields(fields, book, now + timedelta(days=36500))
        except UnknownCodeError as exc:
            raise ValidationError(exc.message(), field="content") from None
        for key, value in normal.items():
            if content.get(key) != value:
                raise ValidationError("not in normal form", field=key)
        if "lang" in content and "lang" not in normal:  # an empty language is left out, not sent
            raise ValidationError("not in normal form", field="lang")
    elif kind == ACK_TYPE:
        ack = content.get("ack")
        if not isinstance(ack, dict) or set(ack) != {"status", "note"}:
            raise ValidationError("expected status and note", field="ack")
        if not book.has("ack_status", ack["status"]):
            raise ValidationError(f"unknown status {ack['status']!r}", field="ack.status")
        _text(ack["note"], "ack.note", MAX_NOTE, required=False)
        if "in_reply_to" not in content:
            raise ValidationError("an acknowledgement names the message it answers", field="in_reply_to")
    elif kind == CHECK_TYPE:
        _check_check(content)
    elif kind == SIGHTING_TYPE:
        if "in_reply_to" not in content:
            raise ValidationError("a sighting names the report it saw", field="in_reply_to")
        seen = content.get("sighting")
        if not isinstance(seen, dict) or set(seen) != _SIGHTING_FIELDS:
            raise ValidationError(f"expected {', '.join(sorted(_SIGHTING_FIELDS))}", field="sighting")
        if sighting_fields(seen, book, utc_now() + timedelta(days=36500)) != seen:
            raise ValidationError("not in normal form", field="sighting")
    if size is None:
        _check_size(content)
    elif size > MAX_CONTENT_BYTES:
        raise ValidationError(f"the message is larger than {MAX_CONTENT_BYTES // 1024} KiB", field="message")
    return content


def is_urgent(content: dict) -> bool:
    """Urgent messages go first: early warnings of severity 4 or 5."""
    return content.get("type") == "early-warning" and content.get("severity", 0) >= 4


def is_alert(content: dict) -> bool:
    """Worth interrupting the liaison for on arrival: any early warning, or any report of severity 4 or 5."""
    return content.get("type") in REPORT_TYPES and (
        content.get("type") == "early-warning" or (content.get("severity") or 0) >= 4)

"""The code line: a message's coded fields as one short ASCII line.

For when there is no data link: read over a phone or radio, or typed into an
SMS, then typed back in to recover the coded fields (never the free text).
At most 80 characters; the last character is an ISO 7064 MOD 37,36 check
character over the letters and digits before it, so a misread or mistyped
character (and most swaps of two neighbours) is caught.

Report::

    SG1 2026.1 EW MC.IS S4 TA PA R ID.MY 2611240322Z 7KQ2MX9F K
    |   |      |  |     |  |  |  | |     |           |        check
    |   |      |  |     |  |  |  | |     |           message id (first 8 base32 characters)
    |   |      |  |     |  |  |  | |     observed at, UTC, YYMMDDhhmm
    |   |      |  |     |  |  |  | countries or groups ('-' for none, '+N' when N more did not fit)
    |   |      |  |     |  |  |  scope
    |   |      |  |     |  |  PAP, TLP, severity
    |   |      |  |     incident class.type
    |   |      |  message type
    |   |      codebook version
    protocol marker

An update or final report adds its incident's reference (the first report's id, first 8
base32 characters, after ``R``) before its own id::

    SG1 2026.1 UP MC.IS S4 TA PA R ASEAN 2611240530Z R7KQ2MX9F YWZHB7PT 3

Acknowledgement: ``SG1 <ver> AK <status> R<ref8> <time>Z <id8> <check>``;
ping: ``SG1 <ver> PG <time>Z <id8> <check>``.

A line addressed to one peer carries one more group before the check character:
its tag (``codeline_tag``), 8 base32 characters. The check character then covers
the tag too, so a mistyped tag is told apart from a forged one.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone

from stdnum.iso7064 import mod_37_36

from ..base import cldr
from ..base.encoding import b32
from ..base.errors import CodeLineError, Reason, UnknownCodeError
from ..base.languages import reading_language
from .codebook import Codebook, CodebookSet
from .message import ACK_TYPE, PING_TYPE, REPORT_TYPES, format_time, parse_time
from .render_words import INCIDENT_FIRST

MARKER = "SG1"
MAX_LENGTH = 80
#: a line with a tag: the untagged line's groups, the tag and the check character (fits one SMS)
MAX_TAGGED_LENGTH = 160
ID_CHARS = 8
TAG_CHARS = 8
_B32_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
#: groups between the message type and the check character, without a tag
_FIELDS = {"report": 8, ACK_TYPE: 4, PING_TYPE: 2}
_TIME_RE = re.compile(r"^(\d{10})Z$")
#: what the incident reference of an update's line is, in words


def id_prefix(msg_id: str) -> str:
    return b32(bytes.fromhex(msg_id))[:ID_CHARS]


def _stamp(iso: str) -> str:
    return parse_time(iso, "time", strict=True).strftime("%y%m%d%H%M") + "Z"


def _check(body: str) -> str:
    return mod_37_36.calc_check_digit("".join(ch for ch in body if ch.isalnum()))


def encode(content: dict, msg_id: str, book: Codebook) -> str:
    """The code line of a message's content."""
    body = encode_body(content, msg_id, book)
    line = f"{body} {_check(body)}"
    assert len(line) <= MAX_LENGTH, line
    return line


def with_tag(body: str, tag: str) -> str:
    """The line of ``body`` (:func:`encode_body`) with its tag and a check character over both."""
    if len(tag) != TAG_CHARS or not set(tag) <= _B32_CHARS:
        raise CodeLineError(f"a tag is {TAG_CHARS} base32 characters")
    tagged = f"{body} {tag}"
    line = f"{tagged} {_check(tagged)}"
    assert len(line) <= MAX_TAGGED_LENGTH, line
    return line


def encode_body(content: dict, msg_id: str, book: Codebook) -> str:
    """The groups of a message's code line, without tag or check character (what a tag covers)."""
    kind = content["type"]
    head = [MARKER, book.version, book.short("message_types", kind)]
    tail = [id_prefix(msg_id)]
    if kind in REPORT_TYPES:
        fields = [
            book.short("classifications", content["code"]),
            "S" + book.short("severity", content["severity"]),
            "T" + book.short("tlp", content["tlp"]),
            "P" + book.short("pap", content["pap"]),
            book.short("scopes", content["scope"]),
        ]
        stamp = [_stamp(content["observed_at"])]
        if kind in ("update", "final") and content.get("in_reply_to"):
            stamp.append("R" + id_prefix(content["in_reply_to"]))
        countries = list(content.get("countries") or [])
        fixed = len(" ".join(head + fields + stamp + tail)) + 3  # spaces + check
        token = ".".join(countries) or "-"
        shown = len(countries)
        while len(token) > MAX_LENGTH - fixed - 1 and shown > 0:
            shown -= 1
            token = ".".join(countries[:shown] + [f"+{len(countries) - shown}"])
        body = " ".join(head + fields + [token] + stamp + tail)
    elif kind == ACK_TYPE:
        ack = content["ack"]
        body = " ".join(head + [book.short("ack_status", ack["status"]), "R" + id_prefix(content["in_reply_to"]),
                                _stamp(content["reported_at"])] + tail)
    elif kind == PING_TYPE:
        body = " ".join(head + [_stamp(content["reported_at"])] + tail)
    else:  # pragma: no cover - every message type is handled above
        raise CodeLineError(f"no code line for message type {kind!r}")
    return body


def _time(token: str) -> str:
    match = _TIME_RE.match(token)
    if not match:
        raise CodeLineError(Reason("code-line-time", f"{token!r} is not a time (YYMMDDhhmmZ)", value=token))
    try:
        moment = datetime.strptime(match.group(1), "%y%m%d%H%M").replace(tzinfo=timezone.utc)
    except ValueError:
        raise CodeLineError(Reason("code-line-time", f"{token!r} is not a valid date and time",
                                   value=token)) from None
    return format_time(moment)


def _prefixed(token: str, prefix: str, what: str) -> str:
    if not token.startswith(prefix) or len(token) == len(prefix):
        raise CodeLineError(Reason("code-line-group", f"expected the {what} ({prefix}...), got {token!r}",
                                   expected=f"{prefix}...", value=token))
    return token[len(prefix):]


def decode(line: str, books: CodebookSet) -> dict:
    """The coded fields of a typed-in code line; a clear error for any mistake."""
    if not isinstance(line, str) or not line.strip():
        raise CodeLineError(Reason("code-line-empty", "the line is empty"))
    text = " ".join(line.upper().split())
    if len(text) > MAX_TAGGED_LENGTH:
        raise CodeLineError(Reason("code-line-long", f"longer than {MAX_TAGGED_LENGTH} characters: not a code line",
                                   limit=MAX_TAGGED_LENGTH))
    if not all(ch.isalnum() or ch in " .+-" for ch in text):
        raise CodeLineError(Reason("code-line-characters", "only letters, digits, spaces, '.', '+' and '-' may appear"))
    tokens = text.split(" ")
    if len(tokens) < 5 or tokens[0] != MARKER:
        raise CodeLineError(Reason("code-line-start", f"a code line starts with {MARKER} and has at least five groups",
                                   marker=MARKER))
    body, check = " ".join(tokens[:-1]), tokens[-1]
    if len(check) != 1 or not mod_37_36.is_valid("".join(ch for ch in body if ch.isalnum()) + check):
        raise CodeLineError(Reason("code-line-check",
                                   "the check character does not match: a character was misread or mistyped"))
    try:
        book = books.get(tokens[1])
    except UnknownCodeError:
        raise CodeLineError(Reason("code-line-codebook", f"unknown codebook version {tokens[1]!r}",
                                   value=tokens[1])) from None
    try:
        kind = book.from_short("message_types", tokens[2])
        fields = tokens[3:-1]
        out: dict = {"type": kind, "codebook": book.version}
        expected = _FIELDS.get("report" if kind in REPORT_TYPES else kind)
        if (expected is not None and kind in ("update", "final") and len(fields) > 7
                and fields[7].startswith("R") and len(fields[7]) == ID_CHARS + 1):
            expected += 1  # the incident's reference follows the time
        if expected is not None and len(fields) == expected + 1:  # addressed to one peer: the tag is last
            tag = fields.pop()
            if len(tag) != TAG_CHARS or not set(tag) <= _B32_CHARS:
                raise CodeLineError(f"the tag group has {TAG_CHARS} characters (letters A-Z and digits 2-7)")
            out["tag"] = tag
            out["body"] = " ".join(tokens[:3] + fields)
        if kind in REPORT_TYPES:
            if len(fields) == 9 and kind in ("update", "final"):
                out["incident_prefix"] = _prefixed(fields.pop(7), "R", "incident reference")
            elif len(fields) != 8:
                groups = "11 groups (12 for an update or final report)"
                raise CodeLineError(Reason("code-line-groups", f"a report line has {groups}, this one has {len(tokens)}",
                                           expected="11 (12)", got=len(tokens)))
            code, sev, tlp, pap, scope, countries, stamp, ident = fields
            out["code"] = book.from_short("classifications", code)
            out["severity"] = book.from_short("severity", _prefixed(sev, "S", "severity"))
            out["tlp"] = book.from_short("tlp", _prefixed(tlp, "T", "TLP label"))
            out["pap"] = book.from_short("pap", _prefixed(pap, "P", "PAP label"))
            out["scope"] = book.from_short("scopes", scope)
            listed, more = [], 0
            if countries != "-":
                for part in countries.split("."):
                    if part.startswith("+") and part[1:].isdigit():
                        more = int(part[1:])
                    elif book.has("countries", part) or book.has("groups", part):
                        listed.append(part)
                    else:
                        raise UnknownCodeError(kind="country or group", value=part)
            out["countries"] = listed
            out["more_countries"] = more
            out["observed_at"] = _time(stamp)
        elif kind == ACK_TYPE:
            if len(fields) != 4:
                raise CodeLineError(Reason("code-line-groups",
                                           f"an acknowledgement line has 8 groups, this one has {len(tokens)}",
                                           expected="8", got=len(tokens)))
            status, ref, stamp, ident = fields
            out["status"] = book.from_short("ack_status", status)
            out["in_reply_to_prefix"] = _prefixed(ref, "R", "answered message")
            out["reported_at"] = _time(stamp)
        elif kind == PING_TYPE:
            if len(fields) != 2:
                raise CodeLineError(Reason("code-line-groups", f"a ping line has 6 groups, this one has {len(tokens)}",
                                           expected="6", got=len(tokens)))
            stamp, ident = fields
            out["reported_at"] = _time(stamp)
        else:
            raise CodeLineError(f"no code line for message type {kind!r}")
    except UnknownCodeError as exc:
        raise CodeLineError(Reason("code-line-unknown", exc.message(), value=exc.params.get("value", ""))) from None
    if len(ident) != ID_CHARS:
        raise CodeLineError(Reason("code-line-id", f"the message id group has {ID_CHARS} characters",
                                   limit=ID_CHARS))
    out["id_prefix"] = ident
    return out


def _when(iso: str, lang: str) -> str:
    """A decoded time as readers of ``lang`` write it (CLDR), the line's own form beside it."""
    return f"{cldr.date_time(parse_time(iso, 'time', strict=True), lang)} ({iso})"


def render(fields: dict, book: Codebook, lang: str = "en") -> list[tuple[str, str]]:
    """Decoded fields as (name, value in words) pairs, in ``lang``."""
    rows = [("type", book.label("message_types", fields["type"], lang))]
    if "code" in fields:
        rows += [
            ("code", f"{fields['code']} ({book.label('classifications', fields['code'], lang)})"),
            ("severity", f"{fields['severity']} ({book.label('severity', fields['severity'], lang)})"),
            ("tlp", f"{fields['tlp']} ({book.text('tlp', fields['tlp'], 'description', lang)})"),
            ("pap", f"{fields['pap']} ({book.text('pap', fields['pap'], 'description', lang)})"),
            ("scope", book.label("scopes", fields["scope"], lang)),
            ("countries", ", ".join(
                book.label("groups" if book.has("groups", c) else "countries", c, lang) for c in fields["countries"])
                + (f" (+{fields['more_countries']})" if fields["more_countries"] else "")),
            ("observed_at", _when(fields["observed_at"], lang)),
        ]
        if fields.get("incident_prefix"):
            words = INCIDENT_FIRST[reading_language(lang)]
            rows.append(("incident", f"{fields['incident_prefix']} ({words})"))
    if "status" in fields:
        rows += [("status", book.label("ack_status", fields["status"], lang)),
                 ("in_reply_to", fields["in_reply_to_prefix"])]
    if "reported_at" in fields:
        rows.append(("reported_at", _when(fields["reported_at"], lang)))
    rows += [("codebook", fields["codebook"]), ("id", fields["id_prefix"])]
    return rows

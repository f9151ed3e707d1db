"""One rule for text that comes from outside: no control or text-direction characters.

Names, organisations, summaries, notes and the text fields of STIX imports are
shown on terminals and in windows. A control character there can move the
cursor, recolour or clear a terminal (ESC, CSI), ring its bell, cut a line
short (NUL), or make a line read differently from what it holds (the
bidirectional overrides and isolates). So such text is refused where it comes
in (:func:`check_text`), and escaped where it goes out (:func:`printable`) in
case some reached the station before the rule did.

Refused in a one-line field: every C0 and C1 control (U+0000-U+001F, DEL
U+007F, U+0080-U+009F, tab and line breaks included), the line and paragraph
separators U+2028/U+2029, and the bidirectional formatting characters U+061C,
U+200E, U+200F, U+202A-U+202E and U+2066-U+2069. A multi-line field (a
narrative, a note) may also hold line feeds, tabs and CR LF pairs.
"""

from __future__ import annotations

import re
from typing import Any

from ..base.errors import Reason, ValidationError

#: bidirectional formatting characters: they reorder what is shown without being seen
BIDI_CONTROLS = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_BIDI = r"\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
#: what a one-line field refuses: C0 and C1 controls, DEL, line/paragraph separators, bidi controls
_LINE_RE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029" + _BIDI + "]")
#: what a multi-line field refuses: the same except line feed and tab
_MULTILINE_RE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029" + _BIDI + "]")
#: what a JSON encoder leaves raw in its strings of all that
_JSON_RE = re.compile(r"[\x7f-\x9f\u2028\u2029" + _BIDI + "]")


def code_point(char: str) -> str:
    """``U+001B``: how a character is named in an error."""
    return f"U+{ord(char):04X}"


def forbidden_char(text: str, *, multiline: bool = False) -> str | None:
    """The first character the rule refuses in ``text``, or None.

    ``multiline``: line feeds, tabs and CR LF pairs are allowed (a lone CR is not).
    """
    if multiline:
        found = _MULTILINE_RE.search(text.replace("\r\n", "\n"))
    else:
        found = _LINE_RE.search(text)
    return found.group() if found else None


def control_reason(char: str) -> Reason:
    """Why text holding ``char`` is refused (stable code ``control-character``)."""
    point = code_point(char)
    return Reason("control-character", f"contains control characters or text-direction marks ({point})", char=point)


def check_text(value: Any, field: str, *, multiline: bool = False) -> str:
    """``value`` when it is text the rule allows; else ValidationError naming ``field`` and the character."""
    if not isinstance(value, str):
        raise ValidationError(Reason("expected-text", "expected text"), field=field)
    char = forbidden_char(value, multiline=multiline)
    if char is not None:
        raise ValidationError(control_reason(char), field=field)
    return value


def _escaped(match: re.Match) -> str:
    point = ord(match.group())
    return f"\\x{point:02x}" if point <= 0xFF else f"\\u{point:04x}"


def printable(value: Any, *, multiline: bool = False) -> str:
    """``value`` as text safe to print: each refused character written as ``\\x1b`` or ``\\u202e``.

    ``multiline``: line feeds and tabs are kept (CR LF becomes a line feed; a lone CR is escaped).
    """
    text = value if isinstance(value, str) else str(value)
    if multiline:
        return _MULTILINE_RE.sub(_escaped, text.replace("\r\n", "\n"))
    return _LINE_RE.sub(_escaped, text)


def printable_json(text: str) -> str:
    """JSON text with each refused character written as a ``\\uXXXX`` escape: the same JSON value, safe to print.

    A JSON encoder escapes C0 controls inside strings already (a raw one in ``text`` is its layout:
    indentation and line breaks), but not DEL, C1 controls or the direction characters.
    """
    return _JSON_RE.sub(lambda match: f"\\u{ord(match.group()):04x}", text)

"""Canonical bytes and compact text forms shared by the protocol modules.

Canonical JSON is RFC 8785 (JSON Canonicalization Scheme): the same value gives
the same bytes on every machine, so hashes and signatures are reproducible.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from typing import Any

import rfc8785

from .errors import DecodeError, Reason

B32_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


#: I-JSON's integer range (RFC 7493): what every JSON reader holds exactly
MAX_SAFE_INT = 2**53 - 1
_MAX_SAFE_INT = MAX_SAFE_INT


class LongNumber:
    """A JSON number with more digits than any field takes, kept as its text (see :func:`load_json_text`).

    Neither a number nor text, so every field refuses it; :func:`siaga.message.check_structure`
    names where it is.
    """

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text

    def __repr__(self) -> str:
        return f"<a number of {len(self.text)} characters>"


def _plain(value: Any) -> bool:
    """True when ``value`` holds only what the standard encoder writes exactly as RFC 8785 does.

    That is: objects with ASCII keys, arrays, strings without lone surrogates, integers
    within I-JSON's range, booleans and null (no floats), nested at most 64 deep. For
    these, sorted keys and compact separators give the canonical bytes; anything else
    goes to the reference implementation.
    """
    stack = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        kind = type(item)
        if kind is str:
            if not item.isascii():
                try:
                    item.encode("utf-8")  # refuses lone surrogates
                except UnicodeEncodeError:
                    return False
        elif kind is dict:
            if depth >= 64:
                return False
            for key, member in item.items():
                if type(key) is not str or not key.isascii():
                    return False
                stack.append((member, depth + 1))
        elif kind is list:
            if depth >= 64:
                return False
            stack.extend((member, depth + 1) for member in item)
        elif kind is int:
            if not -_MAX_SAFE_INT <= item <= _MAX_SAFE_INT:
                return False
        elif item is not None and kind is not bool:
            return False
    return True


def canonical(value: Any) -> bytes:
    """RFC 8785 canonical JSON bytes of ``value`` (no floats in our messages).

    Messages are plain JSON (see :func:`_plain`), which the standard library's C encoder
    writes in canonical form several times faster than the reference implementation;
    ``tests/test_encoding.py`` checks the two agree byte for byte.
    """
    if _plain(value):
        return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return rfc8785.dumps(value)


def compact_json(value: Any) -> bytes:
    """Compact JSON bytes with sorted keys: for records only this station reads back.

    Several times faster than :func:`canonical`; what is signed or hashed must use that instead.
    """
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False,
                      allow_nan=False).encode("utf-8")


def parse_json(data: bytes | str, what: str) -> Any:
    try:
        return json.loads(data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise DecodeError(Reason("not-json", f"not valid JSON ({exc})"), what=what) from None
    except RecursionError:
        raise DecodeError(Reason("nested", "nested too deeply"), what=what) from None


#: longer than any number a field takes (I-JSON integers have at most 16 digits)
_MAX_NUMBER_CHARS = 24
_STRUCTURAL = re.compile(r'["\[\]{},]')
_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.S)


def _number(text: str) -> int | LongNumber:
    return int(text) if len(text) <= _MAX_NUMBER_CHARS else LongNumber(text)


def _where(parts: list) -> str:
    shown = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in parts[:4]).lstrip(".")
    return shown + ("..." if len(parts) > 4 else "")


def _too_deep(text: str, max_depth: int) -> str | None:
    """Where ``text`` nests lists and objects deeper than ``max_depth`` (None: it does not).

    Looks only at brackets, commas and strings (regular expressions, no recursion), so
    that the JSON parser never meets a nesting that would exhaust Python's stack. Anything
    it cannot follow is left to the parser to refuse.
    """
    kinds: list[str] = []
    path: list = []  # per open container: the current key or index
    expect_key = False
    pos = 0
    while True:
        found = _STRUCTURAL.search(text, pos)
        if found is None:
            return None
        char, pos = found.group(), found.end()
        if char == '"':
            string = _STRING.match(text, found.start())
            if string is None:
                return None
            pos = string.end()
            if expect_key:
                try:
                    path[-1] = json.loads(string.group())
                except ValueError:
                    return None
                expect_key = False
        elif char in "[{":
            if len(kinds) >= max_depth:
                return _where(path) or "the top level"
            kinds.append(char)
            path.append(0 if char == "[" else "")
            expect_key = char == "{"
        elif char in "]}":
            if not kinds:
                return None
            kinds.pop()
            path.pop()
            expect_key = False
        elif kinds:  # a comma
            if kinds[-1] == "[":
                path[-1] += 1
            else:
                expect_key = True


def load_json_text(data: bytes, what: str, *, max_depth: int = 32) -> Any:
    """JSON a person wrote (a draft file), read strictly where :func:`json.loads` is lenient.

    Refuses with :class:`DecodeError`: a key given twice in one object (``json.loads``
    silently keeps the last), nesting deeper than ``max_depth`` (naming where, instead of
    a RecursionError), text that is not JSON. A number too long for any field comes back
    as a :class:`LongNumber` for the field's check to refuse by name.
    """
    try:
        text = data.decode(json.detect_encoding(data), "surrogatepass") if isinstance(data, bytes) else data
    except UnicodeDecodeError as exc:
        raise DecodeError(Reason("not-json", f"not valid JSON ({exc})"), what=what) from None
    where = _too_deep(text, max_depth)
    if where is not None:
        raise DecodeError(Reason("nested", f"nested too deeply (at {where})"), what=what)

    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict:
        out: dict = {}
        for key, value in pairs:
            if key in out:
                raise DecodeError(f"the key {key!r} is given twice in one object", what=what)
            out[key] = value
        return out

    try:
        return json.loads(text, object_pairs_hook=no_duplicates, parse_int=_number)
    except ValueError as exc:
        raise DecodeError(Reason("not-json", f"not valid JSON ({exc})"), what=what) from None
    except RecursionError:
        raise DecodeError(Reason("nested", "nested too deeply"), what=what) from None


def b64e(raw: bytes) -> str:
    """URL-safe base64 without padding."""
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def b64d(text: str, what: str = "base64 field", length: int | None = None) -> bytes:
    if not isinstance(text, str):
        raise DecodeError(Reason("malformed", "expected a base64 text"), what=what)
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        raise DecodeError(Reason("malformed", "not valid base64"), what=what) from None
    if length is not None and len(raw) != length:
        raise DecodeError(Reason("malformed", f"expected {length} bytes, got {len(raw)}"), what=what)
    return raw


def b32(raw: bytes) -> str:
    """Base32 (RFC 4648, no padding): readable aloud, no case ambiguity."""
    return base64.b32encode(raw).rstrip(b"=").decode("ascii")

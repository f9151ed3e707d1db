"""Canonical bytes and compact text forms shared by the protocol modules.

Canonical JSON is RFC 8785 (JSON Canonicalization Scheme): the same value gives
the same bytes on every machine, so hashes and signatures are reproducible.
"""

from __future__ import annotations

import base64
import binascii
import json
from typing import Any

import rfc8785

from .errors import DecodeError, Reason

B32_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


_MAX_SAFE_INT = 2**53 - 1


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

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

from .errors import DecodeError

B32_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def canonical(value: Any) -> bytes:
    """RFC 8785 canonical JSON bytes of ``value`` (no floats in our messages)."""
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
        raise DecodeError(f"not valid JSON ({exc})", what=what) from None
    except RecursionError:
        raise DecodeError("nested too deeply", what=what) from None


def b64e(raw: bytes) -> str:
    """URL-safe base64 without padding."""
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def b64d(text: str, what: str = "base64 field", length: int | None = None) -> bytes:
    if not isinstance(text, str):
        raise DecodeError("expected a base64 text", what=what)
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
    except (binascii.Error, ValueError):
        raise DecodeError("not valid base64", what=what) from None
    if length is not None and len(raw) != length:
        raise DecodeError(f"expected {length} bytes, got {len(raw)}", what=what)
    return raw


def b32(raw: bytes) -> str:
    """Base32 (RFC 4648, no padding): readable aloud, no case ambiguity."""
    return base64.b32encode(raw).rstrip(b"=").decode("ascii")

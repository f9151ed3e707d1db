"""A certificate's pin: the SHA-256 of its DER bytes, read from a PEM file.

The station stores the pin of a peer's endpoint certificate in the peer's sealed
record; the delivery code checks it at each connection
(:mod:`siaga.delivery.tls_pin`).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from pathlib import Path

MAX_CERT_FILE = 1024 * 1024
_PEM_CERT = re.compile(rb"-----BEGIN CERTIFICATE-----\s+(.+?)\s+-----END CERTIFICATE-----", re.S)


def certificate_sha256(data: bytes) -> str:
    """SHA-256 (lower-case hex) of the first certificate in a PEM file's bytes; ValueError if there is none."""
    match = _PEM_CERT.search(data)
    if not match:
        raise ValueError("it holds no PEM certificate (-----BEGIN CERTIFICATE-----)")
    try:
        der = base64.b64decode(b"".join(match.group(1).split()), validate=True)
    except binascii.Error:
        der = b""
    if len(der) < 64 or der[0] != 0x30:  # a certificate is a DER SEQUENCE
        raise ValueError("its certificate is not valid PEM")
    return hashlib.sha256(der).hexdigest()


def pin_from_file(path: str | Path) -> str:
    """The pin of a certificate file; OSError if it cannot be read, ValueError if it holds no certificate."""
    with open(Path(path).expanduser(), "rb") as handle:
        data = handle.read(MAX_CERT_FILE + 1)
    if len(data) > MAX_CERT_FILE:
        raise ValueError(f"it is larger than {MAX_CERT_FILE // 1024} KiB: not a certificate file")
    return certificate_sha256(data)


def show(pin: str) -> str:
    """A pin as people compare it: ``AB:CD:...`` (as ``openssl x509 -fingerprint -sha256`` prints it)."""
    return ":".join(pin[i:i + 2] for i in range(0, len(pin), 2)).upper()

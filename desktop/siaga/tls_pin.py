"""Certificate pinning for a peer's ``https://`` endpoint.

A pin is the SHA-256 of the endpoint's own certificate (its DER bytes), taken from the
certificate file the officer names once (``siaga peer add CARD --cert FILE``) and kept in
the peer's sealed record. The file is read only then: replacing or deleting it later
changes nothing.

At connection time the certificate the endpoint presents must have exactly that
SHA-256, whatever certificate authority signed it (the system's authorities are not
consulted, and the host name is not checked: the pin names one certificate). This is
urllib3's ``assert_fingerprint``, set on a transport adapter mounted on the session for
that peer's host and port only. A certificate that does not match ends the connection before a
byte of the request is sent, with an error that says so (:class:`PinError`, a
``requests`` TLS error).

Records written before pins were stored hold only the file's path; they are read once
on their first use (:func:`pin_from_file`) and the digest stored from then on.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from pathlib import Path
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter

MAX_CERT_FILE = 1024 * 1024
_PEM_CERT = re.compile(rb"-----BEGIN CERTIFICATE-----\s+(.+?)\s+-----END CERTIFICATE-----", re.S)
_FINGERPRINT_MISMATCH = "Fingerprints did not match"
_PIN = re.compile(r"[0-9a-f]{64}")


class PinError(requests.exceptions.SSLError):
    """The endpoint cannot be trusted under its pin (the words say why); nothing was sent."""


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


class PinnedAdapter(HTTPAdapter):
    """HTTPS to one endpoint, trusted only if it presents the certificate with this SHA-256."""

    def __init__(self, pin: str, where: str) -> None:
        if not _PIN.fullmatch(pin or ""):
            raise ValueError("a pin is a SHA-256 in hex")
        self.pin, self.where = pin, where
        super().__init__()

    def init_poolmanager(self, *args, **kwargs) -> None:
        kwargs["assert_fingerprint"] = self.pin
        super().init_poolmanager(*args, **kwargs)

    def proxy_manager_for(self, proxy, **proxy_kwargs):
        # through a proxy the tunnelled connection is checked the same way
        proxy_kwargs["assert_fingerprint"] = self.pin
        return super().proxy_manager_for(proxy, **proxy_kwargs)

    def send(self, request, stream=False, timeout=None, verify=True, cert=None, proxies=None):
        # certificate authorities play no part: every connection of this adapter checks the pin instead
        try:
            return super().send(request, stream=stream, timeout=timeout, verify=False, cert=cert, proxies=proxies)
        except requests.exceptions.SSLError as exc:
            if _FINGERPRINT_MISMATCH in str(exc):
                raise PinError(f"the certificate presented by {self.where} does not match the pinned one",
                               request=request) from None
            raise


class _NoPin(HTTPAdapter):
    """A peer meant to be pinned whose pin is lost: every request fails with the reason, nothing is sent."""

    def __init__(self, why: str) -> None:
        self.why = why
        super().__init__()

    def send(self, request, *args, **kwargs):
        raise PinError(self.why, request=request)


def pin_of(peer) -> str | None:
    """The pin to check for ``peer``: the stored one, else (an older record) its certificate file, read now."""
    if getattr(peer, "cert_sha256", None):
        return peer.cert_sha256
    if peer.cert:
        try:
            return pin_from_file(peer.cert)
        except (OSError, ValueError):
            return None
    return None


def secure(session: requests.Session, peer) -> bool:
    """Make ``session`` check ``peer``'s pin on every request to its endpoint's host and port.

    Returns the ``verify`` value to pass with requests to it: the system's certificate
    authorities for an unpinned peer (a pinned one ignores it). Mounting again is harmless.
    """
    parts = urlsplit(peer.url or "")
    if parts.scheme.lower() != "https" or not (peer.cert or getattr(peer, "cert_sha256", None)):
        return True
    prefix = f"https://{parts.netloc}/"
    pin = pin_of(peer)
    current = session.adapters.get(prefix)
    if isinstance(current, PinnedAdapter) and current.pin == pin:
        return True  # already checking this pin: its open connections are reused
    if pin is None:
        adapter: HTTPAdapter = _NoPin(
            "no pinned certificate is stored and its file cannot be read: pin it again (peer add --cert)")
    elif not _PIN.fullmatch(pin):
        adapter = _NoPin("the stored pin is damaged: pin the certificate again (peer add --cert)")
    else:
        adapter = PinnedAdapter(pin, parts.netloc)
    session.mount(prefix, adapter)
    if isinstance(current, (PinnedAdapter, _NoPin)):
        current.close()
    return True

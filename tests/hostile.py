"""Hostile traffic against a Siaga endpoint on loopback: malformed, forged, replayed, oversized, slow, cut off,
unauthenticated large bodies, floods of connections from one address, header lines that trickle without end.

Used by ``tests/test_endpoint_fuzz.py`` and ``benchmarks/bench_endpoint_fuzz.py``.
Every attack sends one request (or one connection's worth of bytes) and returns
what came back: an HTTP status, or ``"closed"`` when the endpoint closed the
connection without an answer. Each attack knows which answers are a correct
refusal; anything else is counted as a failure. Everything goes to the loopback
endpoint (from 127.0.0.1, or from other 127.x.y.z addresses where an attack needs many).
"""

from __future__ import annotations

import http.client
import random
import socket
import struct
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable
from unittest import mock
from urllib.parse import urlsplit

from siaga.base.encoding import canonical
from siaga.protocol import envelope
from siaga.protocol.envelope import SIGN_DOMAIN, seal, seal_payload, sign
from siaga.protocol.message import build_report, message_id
from siaga.protocol.transport import (
    BATCH_CONTENT_TYPE,
    HEADER_NONCE,
    HEADER_SENDER,
    HEADER_SIGNATURE,
    HEADER_TIME,
    HEADER_TO,
    MAX_BATCH_BYTES,
    pack_batch,
    sign_request,
)

SIAGA_HEADERS = (HEADER_SENDER, HEADER_TO, HEADER_TIME, HEADER_NONCE, HEADER_SIGNATURE)
CLOSED = "closed"
REPORT = {
    "type": "update", "code": "rsit:availability/ddos", "severity": 2, "tlp": "TLP:GREEN",
    "scope": "bilateral", "countries": ["MY"], "observed_at": "2026-11-24T00:00:00Z",
    "summary": "Traffic flood on a ministry portal", "narrative": "", "indicators": [],
}


def vm_rss_kib(pid: int) -> int:
    """Resident memory of a process, from /proc (KiB)."""
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise RuntimeError(f"no VmRSS for {pid}")


def sealed_report(author, recipients, summary: str):
    content = build_report(dict(REPORT, summary=summary), author.info, author.books.current)
    return seal(content, author.keys.signing, [r.keys.box_pk for r in recipients])


#: fields a known author signs that no check foresaw: each once made the receiver fail (HTTP 500) instead of
#: refusing the one message, and the sender then retried the whole batch, and all behind it, for 14 days
POISON = {
    "year-one": {"observed_at": "0001-01-01T00:00:00+01:00"},
    "year-9999": {"observed_at": "9999-12-31T23:59:59-01:00"},
    "superscript-severity": {"severity": "\u00b2"},
    "long-severity": {"severity": "9" * 5000},
}


def poisoned_report(author, recipients, **changes) -> bytes:
    """An envelope a known author really signed, whose content holds what no field takes."""
    content = dict(build_report(dict(REPORT, summary="Poison"), author.info, author.books.current), **changes)
    return seal(content, author.keys.signing, [r.keys.box_pk for r in recipients]).envelope


def unreadable_reports(author, recipients) -> dict[str, bytes]:
    """Envelopes that decrypt but fail a later check, each differently: the receiver must answer them alike."""
    pks = [r.keys.box_pk for r in recipients]
    content = build_report(dict(REPORT, summary="Unreadable"), author.info, author.books.current)
    msg_id, payload = sign(content, author.keys.signing)
    out = {
        "bad-signature": seal_payload(msg_id, bytes(64) + payload[64:], pks).envelope,
        "id-mismatch": seal_payload("ab" * 32, payload, pks).envelope,
        "malformed-field": seal(dict(content, severity=9), author.keys.signing, pks).envelope,
    }
    junk = b"{not json"
    out["not-json"] = seal_payload(message_id(junk), author.keys.signing.sign(SIGN_DOMAIN + junk).signature + junk,
                                   pks).envelope
    with mock.patch.object(envelope, "compress", lambda data: b"\xff" + data):  # not a deflate stream
        out["corrupt-deflate"] = seal_payload(msg_id, payload, pks).envelope
    assert canonical(content) == payload[64:]
    return out


@dataclass
class Target:
    """The endpoint under attack and the parties it knows (or not)."""

    url: str
    receiver: object   # the station behind the endpoint (its public keys are used)
    peer: object       # a known peer: its requests are authentic, its payloads hostile
    stranger: object   # a station nobody knows
    other: object      # a station the peer knows but the receiver does not
    replays: list = field(default_factory=list)  # (headers, body) of requests already answered 200
    envelopes: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        parts = urlsplit(self.url)
        self.host, self.port = parts.hostname, parts.port
        self.envelopes = {
            "unknown-author": sealed_report(self.stranger, [self.receiver], "From someone nobody knows").envelope,
            "wrong-recipient": sealed_report(self.peer, [self.other], "Sealed for another station").envelope,
            "good": sealed_report(self.peer, [self.receiver], "A message to tamper with").envelope,
        }
        for name, changes in POISON.items():
            self.envelopes["poison-" + name] = poisoned_report(self.peer, [self.receiver], **changes)
        for name, env in unreadable_reports(self.peer, [self.receiver]).items():
            self.envelopes["unreadable-" + name] = env


def _signed(signer, target: Target, body: bytes, path: str = "/v1/messages", method: str = "POST",
            **kw) -> dict:
    headers = sign_request(signer.keys.signing, method, path, body, target.receiver.keys.sign_pk, **kw)
    headers["Content-Type"] = BATCH_CONTENT_TYPE
    return headers


@dataclass
class Request:
    method: str
    path: str
    headers: dict
    body: bytes
    expect: frozenset


def _req(method, path, headers, body, *expect) -> Request:
    return Request(method, path, headers, body, frozenset(expect))


# -- attacks that are ordinary HTTP requests ----------------------------------

def bad_json(t: Target, rng: random.Random) -> Request:
    body = rng.choice([b'{"ids": [', b"\xff\xfe{", b'{"ids": "x"}', b"[]", b'{"ids": [1, 2]}', b"null"])
    return _req("POST", "/v1/relay-receipts", _signed(t.peer, t, body, "/v1/relay-receipts"), body, 400)


def unsigned_json(t: Target, rng: random.Random) -> Request:
    body = b'{"messages": [' * rng.randint(1, 50)
    return _req("POST", "/v1/messages", {"Content-Type": "application/json"}, body, 401)


def wrong_content_type(t: Target, rng: random.Random) -> Request:
    body = bytes(rng.getrandbits(8) for _ in range(rng.randint(1, 300)))
    headers = _signed(t.peer, t, body)
    headers["Content-Type"] = rng.choice(["text/html", "application/x-www-form-urlencoded", "multipart/form-data",
                                          "image/png", "\x7f", ""])
    return _req("POST", "/v1/messages", headers, body, 400)


def oversized_receipts(t: Target, rng: random.Random) -> Request:
    body = b"SGR\x01" + bytes(1024 * 1024)
    return _req("POST", "/v1/receipts", _signed(t.peer, t, body, "/v1/receipts"), body, 413)


def wrong_method(t: Target, rng: random.Random) -> Request:
    path = rng.choice(["/v1/messages", "/v1/receipts", "/v1/keys", "/v1/relay-receipts"])
    method = rng.choice(["GET", "PUT", "DELETE", "PATCH", "OPTIONS"])
    return _req(method, path, {}, b"", 405)


def wrong_path(t: Target, rng: random.Random) -> Request:
    path = rng.choice(["/", "/v2/messages", "/v1/message", "/v1/health/x", "/admin", "/v1/messages%00",
                       "/%2e%2e/%2e%2e/etc/passwd", "/v1/" + "a" * rng.randint(1, 4000), "/v1/inbox"])
    return _req(rng.choice(["GET", "POST"]), path, {}, b"", 404)


def missing_header(t: Target, rng: random.Random) -> Request:
    body = pack_batch([t.envelopes["good"]])
    headers = _signed(t.peer, t, body)
    dropped = rng.choice(SIAGA_HEADERS)
    del headers[dropped]
    return _req("POST", "/v1/messages", headers, body, 421 if dropped == HEADER_TO else 401)


def garbled_header(t: Target, rng: random.Random) -> Request:
    body = pack_batch([t.envelopes["good"]])
    headers = _signed(t.peer, t, body)
    name = rng.choice(SIAGA_HEADERS)
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_=+/!@#$%^&*() "
    headers[name] = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 120))).strip() or "x"
    return _req("POST", "/v1/messages", headers, body, 421 if name == HEADER_TO else 401)


def forged_signature(t: Target, rng: random.Random) -> Request:
    """Claims to come from the known peer, signed by a stranger's key."""
    body = pack_batch([t.envelopes["good"]])
    headers = _signed(t.peer, t, body)
    headers[HEADER_SIGNATURE] = _signed(t.stranger, t, body)[HEADER_SIGNATURE]
    return _req("POST", "/v1/messages", headers, body, 401)


def tampered_body(t: Target, rng: random.Random) -> Request:
    body = pack_batch([t.envelopes["good"]])
    headers = _signed(t.peer, t, body)
    flipped = bytearray(body)
    flipped[rng.randrange(len(flipped))] ^= 1 << rng.randrange(8)
    return _req("POST", "/v1/messages", headers, bytes(flipped), 401)


def replayed(t: Target, rng: random.Random) -> Request:
    headers, body = rng.choice(t.replays)
    return _req("POST", "/v1/messages", dict(headers), body, 409)


def out_of_window(t: Target, rng: random.Random) -> Request:
    body = pack_batch([t.envelopes["good"]])
    skew = rng.choice([-1, 1]) * rng.randint(301, 10 ** 7)
    return _req("POST", "/v1/messages", _signed(t.peer, t, body, now=time.time() + skew), body, 401)


def unknown_sender(t: Target, rng: random.Random) -> Request:
    body = pack_batch([t.envelopes["unknown-author"]])
    return _req("POST", "/v1/messages", _signed(t.stranger, t, body), body, 403)


def unknown_author(t: Target, rng: random.Random) -> Request:
    """A valid-looking envelope sealed by an unknown sender, carried by a known peer."""
    body = pack_batch([t.envelopes["unknown-author"]])
    return _req("POST", "/v1/messages", _signed(t.peer, t, body), body, 422)


def envelope_for_another(t: Target, rng: random.Random) -> Request:
    body = pack_batch([t.envelopes["wrong-recipient"]])
    return _req("POST", "/v1/messages", _signed(t.peer, t, body), body, 421)


def tampered_envelope(t: Target, rng: random.Random) -> Request:
    env = bytearray(t.envelopes["good"])
    env[rng.randrange(len(env))] ^= 1 << rng.randrange(8)
    body = pack_batch([bytes(env)])
    return _req("POST", "/v1/messages", _signed(t.peer, t, body), body, 421, 422)


def poison_message(t: Target, rng: random.Random) -> Request:
    """A signed message whose fields break a parser: refused by itself (422), never a 500 for the batch."""
    name = rng.choice([n for n in t.envelopes if n.startswith(("poison-", "unreadable-"))])
    batch = [t.envelopes[name]]
    if rng.random() < 0.5:  # with a good message beside it: all or nothing, the poison named
        batch.insert(rng.randrange(2), t.envelopes["good"])
    body = pack_batch(batch)
    return _req("POST", "/v1/messages", _signed(t.peer, t, body), body, 422)


#: X-Siaga-Time values that are no time: huge (a 400-digit time once overflowed into a 500 with a trace),
#: negative, or what int() takes but a plain number is not (digits of other scripts as UTF-8 read as Latin-1,
#: underscores, signs, spaces)
ABSURD_TIMES = ["9" * 400, "9" * 5000, "-" + "9" * 400, "1" + "0" * 20, "-1", "+1700000000", "1_700_000_000",
                "1e9", "0x10", "\u00b2".encode().decode("latin-1"), "\u0661\u0667\u0660".encode().decode("latin-1")]


def absurd_time_header(t: Target, rng: random.Random) -> Request:
    """A request time no clock shows, or not a plain number: unauthenticated (401), never a 500."""
    body = pack_batch([t.envelopes["good"]])
    headers = _signed(t.peer, t, body)
    headers[HEADER_TIME] = rng.choice(ABSURD_TIMES)
    return _req("POST", "/v1/messages", headers, body, 401)


def junk_batch(t: Target, rng: random.Random) -> Request:
    body = rng.choice([b"", b"SGB\x01", b"SGB\x01" + struct.pack(">I", 2 ** 31) + b"x", b"SGB\x01\x00\x00\x00\x00",
                       bytes(rng.getrandbits(8) for _ in range(rng.randint(1, 200)))])
    return _req("POST", "/v1/messages", _signed(t.peer, t, body), body, 400)


def forged_statement(t: Target, rng: random.Random) -> Request:
    body = rng.choice([b"{}", b'{"statement": {"v": 1, "kind": "revoke"}, "sig": "AAAA"}', b"\x00" * 10,
                       b'{"statement": 1e999, "sig": null}'])
    return _req("POST", "/v1/keys", _signed(t.peer, t, body, "/v1/keys"), body, 422)


def forged_receipts(t: Target, rng: random.Random) -> Request:
    body = b"SGR\x01" + bytes(rng.getrandbits(8) for _ in range(104 * rng.randint(1, 3)))
    return _req("POST", "/v1/receipts", _signed(t.peer, t, body, "/v1/receipts"), body, 422)


HTTP_ATTACKS: dict[str, Callable[[Target, random.Random], Request]] = {
    f.__name__.replace("_", "-"): f for f in (
        bad_json, unsigned_json, wrong_content_type, wrong_method, wrong_path, missing_header, garbled_header,
        forged_signature, tampered_body, replayed, out_of_window, unknown_sender, unknown_author,
        envelope_for_another, tampered_envelope, junk_batch, forged_statement, forged_receipts, poison_message,
        absurd_time_header)
}
#: rare because each moves a megabyte
HEAVY_ATTACKS = {"oversized-receipts": oversized_receipts}


# -- attacks below HTTP: raw sockets ------------------------------------------

def _raw(t: Target, payload: bytes, *, reset: bool = False, timeout: float = 5.0) -> object:
    sock = socket.create_connection((t.host, t.port), timeout=timeout, source_address=(source_address(random), 0))
    try:
        if payload:
            sock.sendall(payload)
        if reset:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            return CLOSED
        sock.shutdown(socket.SHUT_WR)
        answer = b""
        while len(answer) < 64:
            chunk = sock.recv(4096)
            if not chunk:
                break
            answer += chunk
        return int(answer.split(b" ", 2)[1]) if answer.startswith(b"HTTP/1.") else CLOSED
    finally:
        sock.close()


def oversized_declared(t: Target, rng: random.Random) -> object:
    """A Content-Length past the limit, and only a few bytes of body: refused before it is read."""
    length = MAX_BATCH_BYTES + rng.randint(1025, 10 ** 9)
    head = (f"POST /v1/messages HTTP/1.1\r\nHost: {t.host}\r\nContent-Type: {BATCH_CONTENT_TYPE}\r\n"
            f"Content-Length: {length}\r\n\r\n").encode()
    return _raw(t, head + b"SGB\x01" * 16)


def garbage_bytes(t: Target, rng: random.Random) -> object:
    return _raw(t, bytes(rng.getrandbits(8) for _ in range(rng.randint(1, 2000))))


#: malformed HTTP and the answer each deserves (from waitress, or the endpoint for what parses)
BAD_REQUESTS = [
    (b"POST\r\n\r\n", 400),
    (b"\x00\x01\x02 / HTTP/1.1\r\n\r\n", 400),
    (b"GET / HTTP/9.9\r\n\r\n", 404),
    (b"POST /v1/messages HTTP/1.1\r\nContent-Length: -5\r\n\r\n", 400),
    (b"POST /v1/messages HTTP/1.1\r\nContent-Length: 10\r\nContent-Length: 99\r\n\r\n", 400),
    (b"POST /v1/messages HTTP/1.1\r\nX-Siaga-Sender: \xff\xfe\xfd\r\nContent-Length: 0\r\n\r\n", 401),
    (b"GET /v1/health HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n", 400),
    (b"POST /v1/messages HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nSGB\x01x\r\n0\r\n\r\n", 401),
    (b"GET /v1/health HTTP/1.1\r\nX: " + b"a" * 300_000 + b"\r\n\r\n", 431),
]


def bad_request_line(t: Target, rng: random.Random) -> tuple[object, bool]:
    payload, expect = rng.choice(BAD_REQUESTS)
    answer = _raw(t, payload)
    return answer, answer == expect


def cut_off(t: Target, rng: random.Random) -> object:
    """Half a request, then a reset: the endpoint must simply forget it."""
    body = pack_batch([t.envelopes["good"]])
    headers = _signed(t.peer, t, body)
    head = f"POST /v1/messages HTTP/1.1\r\nHost: {t.host}\r\nContent-Length: {len(body)}\r\n"
    head += "".join(f"{k}: {v}\r\n" for k, v in headers.items()) + "\r\n"
    data = head.encode() + body
    return _raw(t, data[: rng.randrange(1, len(data))], reset=True)


# -- attacks on the endpoint's connections and its disk ------------------------

LARGE_BODY = MAX_BATCH_BYTES - 4096  # declared: within the limit, so only the sender's headers can refuse it early
PER_ADDRESS = 8                      # the endpoint's limit of open connections from one address


def source_address(rng: random.Random) -> str:
    """A loopback address other than 127.0.0.1 (every 127.x.y.z reaches this host's endpoint)."""
    return f"127.{rng.randint(1, 254)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"


def _large_head(t: Target, headers: dict, length: int = LARGE_BODY) -> bytes:
    lines = ["POST /v1/messages HTTP/1.1", f"Host: {t.host}", f"Content-Type: {BATCH_CONTENT_TYPE}",
             f"Content-Length: {length}", *(f"{k}: {v}" for k, v in headers.items() if k != "Content-Type")]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def _half_sent(t: Target, headers: dict) -> object:
    """Headers for a body of almost 16 MiB, 64 KiB of it, then nothing: the answer must come without the rest."""
    sock = socket.create_connection((t.host, t.port), timeout=5.0, source_address=(source_address(random), 0))
    try:
        sock.sendall(_large_head(t, headers) + b"SGB\x01" + bytes(65532))
        answer = sock.recv(64)  # a time-out here means the endpoint waits for the body: a failure
        return int(answer.split(b" ", 2)[1]) if answer.startswith(b"HTTP/1.") else CLOSED
    finally:
        sock.close()


def unsigned_large_body(t: Target, rng: random.Random) -> object:
    return _half_sent(t, {})


def stranger_large_body(t: Target, rng: random.Random) -> object:
    return _half_sent(t, _signed(t.stranger, t, b"the body is not there yet"))


def stale_large_body(t: Target, rng: random.Random) -> object:
    return _half_sent(t, _signed(t.peer, t, b"the body is not there yet", now=time.time() - 3600))


def address_flood(t: Target, rng: random.Random) -> object:
    """Many connections at once from one address: the endpoint closes those over its per-address limit."""
    source = source_address(rng)
    socks = []
    try:
        for _ in range(PER_ADDRESS + 12):
            sock = socket.create_connection((t.host, t.port), timeout=5.0, source_address=(source, 0))
            socks.append(sock)
        closed = 0
        deadline = time.monotonic() + 3.0
        for sock in socks:
            sock.settimeout(max(0.01, deadline - time.monotonic()))
            try:
                closed += sock.recv(1) == b""
            except TimeoutError:
                pass
            except OSError:
                closed += 1
        return CLOSED if closed >= 12 else f"{closed} closed"
    finally:
        for sock in socks:
            sock.close()


RAW_ATTACKS: dict[str, tuple[Callable[[Target, random.Random], object], frozenset | None]] = {
    "oversized-declared": (oversized_declared, frozenset({413})),
    "garbage-bytes": (garbage_bytes, frozenset({400, 404, 405, 505, CLOSED})),
    "bad-request-line": (bad_request_line, None),  # knows its own answer
    "cut-off": (cut_off, frozenset({CLOSED})),
    "unsigned-large-body": (unsigned_large_body, frozenset({401})),
    "stranger-large-body": (stranger_large_body, frozenset({403})),
    "stale-large-body": (stale_large_body, frozenset({401})),
    "address-flood": (address_flood, frozenset({CLOSED})),
}


# -- running them --------------------------------------------------------------

@dataclass
class Tally:
    sent: Counter = field(default_factory=Counter)      # attack -> requests
    answers: Counter = field(default_factory=Counter)   # status (or "closed") -> count
    wrong: list = field(default_factory=list)           # (attack, answer, detail) of unexpected answers
    lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def total(self) -> int:
        return sum(self.sent.values())

    def add(self, attack: str, answer: object, ok: bool, detail: str = "") -> None:
        with self.lock:
            self.sent[attack] += 1
            self.answers[answer] += 1
            if not ok and len(self.wrong) < 20:
                self.wrong.append((attack, answer, detail[:300]))


def _send(conn: http.client.HTTPConnection, request: Request) -> tuple[int, bytes]:
    conn.request(request.method, request.path, body=request.body, headers=request.headers)
    response = conn.getresponse()
    return response.status, response.read()


def _worker(t: Target, tally: Tally, seed: int, count: int, deadline: float) -> None:
    rng = random.Random(seed)
    names = list(HTTP_ATTACKS)
    source = (source_address(rng), 0)  # each worker is its own attacker, on its own address
    conn = http.client.HTTPConnection(t.host, t.port, timeout=30, source_address=source)
    try:
        for i in range(count):
            if time.monotonic() > deadline:
                return
            roll = rng.random()
            if roll < 0.08:
                name = rng.choice(list(RAW_ATTACKS))
                attack, expect = RAW_ATTACKS[name]
                try:
                    answer = attack(t, rng)
                    answer, ok = answer if expect is None else (answer, answer in expect)
                except OSError as exc:  # the endpoint may reset a connection it has refused: also fine
                    answer, ok = CLOSED, isinstance(exc, ConnectionResetError) and expect is not None
                    ok = ok and CLOSED in expect
                tally.add(name, answer, ok, "" if ok else repr(answer))
                continue
            name = "oversized-receipts" if roll < 0.082 else rng.choice(names)
            request = (HEAVY_ATTACKS.get(name) or HTTP_ATTACKS[name])(t, rng)
            try:
                status, body = _send(conn, request)
            except (OSError, http.client.HTTPException):
                conn.close()
                conn = http.client.HTTPConnection(t.host, t.port, timeout=30, source_address=source)
                tally.add(name, CLOSED, False, "no answer")
                continue
            tally.add(name, status, status in request.expect, body.decode("utf-8", "replace"))
    finally:
        conn.close()


def slow_client(t: Target, seconds: float, stop: threading.Event, log: list,
                holding: threading.Semaphore | None = None) -> None:
    """Sends a request a byte a second and gives up after ``seconds`` (a slowloris).

    ``holding`` is released once the connection was held open a second (its second byte sent).
    """
    head = (f"POST /v1/messages HTTP/1.1\r\nHost: {t.host}\r\nContent-Type: {BATCH_CONTENT_TYPE}\r\n"
            f"Content-Length: 100\r\n\r\n").encode()
    sent = 0
    started = time.monotonic()
    try:
        with socket.create_connection((t.host, t.port), timeout=2,
                                      source_address=(source_address(random), 0)) as sock:
            while sent < len(head) and time.monotonic() - started < seconds and not stop.is_set():
                sock.sendall(head[sent: sent + 1])
                sent += 1
                if sent == 2 and holding is not None:
                    holding.release()
                stop.wait(1.0)
    except OSError as exc:
        log.append(("error", repr(exc)))
        return
    log.append(("gave-up", sent))


def trickle_headers(t: Target, seconds: float, stop: threading.Event, log: list, every: float = 2.0) -> None:
    """A request whose header lines come one every ``every`` seconds, without end (each one resets an idle timer).

    Logs ("cut-off", seconds) when the endpoint closes the connection, ("gave-up", seconds) after ``seconds``.
    """
    started = time.monotonic()
    try:
        with socket.create_connection((t.host, t.port), timeout=2, source_address=(source_address(random), 0)) as sock:
            sock.sendall(b"POST /v1/messages HTTP/1.1\r\n")
            n = 0
            while time.monotonic() - started < seconds and not stop.wait(every):
                n += 1
                sock.sendall(f"X-Padding-{n}: {'a' * 40}\r\n".encode())
    except OSError:
        log.append(("cut-off", time.monotonic() - started))
        return
    log.append(("gave-up", time.monotonic() - started))


class Siege:
    """``count`` hostile connections held open at once, from many loopback addresses, four per address.

    A third trickle header lines (one every 2 s), a third declare an unauthenticated body of
    almost 16 MiB and send 1 MiB of it, a third connect and say nothing. One thread drives them
    all; :meth:`report` says how many of each kind the endpoint has closed so far.
    """

    KINDS = ("trickle", "half-sent", "idle")

    def __init__(self, t: Target, count: int, seed: int = 7) -> None:
        self.t, self.rng = t, random.Random(seed)
        self.conns: list[tuple[str, socket.socket]] = []
        self.closed: dict[int, float] = {}  # index -> seconds after opening when the endpoint closed it
        self.answers: Counter = Counter()
        self._stop = threading.Event()
        base = self.rng.randint(1, 200)
        for i in range(count):
            kind = self.KINDS[i % 3]
            source = f"127.{base}.{i // 4 // 250}.{2 + i // 4 % 250}"
            sock = socket.create_connection((t.host, t.port), timeout=5, source_address=(source, 0))
            if kind == "trickle":
                sock.sendall(b"POST /v1/messages HTTP/1.1\r\n")
            elif kind == "half-sent":
                sock.sendall(_large_head(t, {}))
                sock.setblocking(False)
                try:
                    sent = 0
                    while sent < 1024 * 1024:
                        sent += sock.send(bytes(min(65536, 1024 * 1024 - sent)))
                except (BlockingIOError, OSError):
                    pass  # the endpoint stopped reading: it may have refused already
            sock.setblocking(False)
            self.conns.append((kind, sock))
        self.started = time.monotonic()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        n = 0
        while not self._stop.wait(0.2):
            n += 1
            for i, (kind, sock) in enumerate(self.conns):
                if i in self.closed:
                    continue
                try:
                    data = sock.recv(4096)
                    if data.startswith(b"HTTP/1."):
                        self.answers[(kind, data.split(b" ", 2)[1].decode())] += 1
                    if not data:
                        self.closed[i] = time.monotonic() - self.started
                        continue
                except BlockingIOError:
                    pass
                except OSError:
                    self.closed[i] = time.monotonic() - self.started
                    continue
                if kind == "trickle" and n % 10 == 0:
                    try:
                        sock.send(f"X-Padding-{n}: {'a' * 40}\r\n".encode())
                    except OSError:
                        self.closed[i] = time.monotonic() - self.started

    def report(self) -> dict[str, tuple[int, int]]:
        """kind -> (closed by the endpoint, opened)."""
        out = {}
        for kind in self.KINDS:
            ids = [i for i, (k, _) in enumerate(self.conns) if k == kind]
            out[kind] = (sum(1 for i in ids if i in self.closed), len(ids))
        return out

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        for _, sock in self.conns:
            sock.close()


def spooled_bytes(pid: int) -> int:
    """Bytes in the deleted (temporary) files a process holds open: what it has spooled to disk."""
    import os
    total = 0
    for fd in os.listdir(f"/proc/{pid}/fd"):
        try:
            if os.readlink(f"/proc/{pid}/fd/{fd}").endswith("(deleted)"):
                total += os.stat(f"/proc/{pid}/fd/{fd}").st_size
        except OSError:
            pass
    return total


def storm(t: Target, total: int, threads: int, seconds: float, seed: int = 1) -> tuple[Tally, float]:
    """``total`` hostile requests from ``threads`` threads (stops early after ``seconds``)."""
    tally = Tally()
    deadline = time.monotonic() + seconds
    per = -(-total // threads)
    workers = [threading.Thread(target=_worker, args=(t, tally, seed * 1000 + i, per, deadline), daemon=True)
               for i in range(threads)]
    started = time.perf_counter()
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=seconds + 60)
    return tally, time.perf_counter() - started

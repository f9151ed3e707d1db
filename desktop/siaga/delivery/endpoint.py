"""The peer endpoint: an HTTP service that takes in messages from known peers.

A small WSGI application served by waitress (a production WSGI server, pure
Python, on every desktop platform). ``docs/endpoint-openapi.yaml`` describes it.

- ``GET /v1/health``: is this endpoint up (no authentication, says nothing about the station).
- ``POST /v1/messages``: a batch of envelopes from a peer; answered with binary
  receipts (200) or a JSON refusal (4xx) that names the reason and each bad message.
  A sender that asks for them (``Accept: application/vnd.siaga.receipts-batch``) gets
  one batch receipt signed once; any other gets one signed receipt per message.
- ``POST /v1/receipts``: receipts for messages that travelled on a bundle, sent back
  by the peer that received them.
- ``POST /v1/keys``: a peer's key rotation or revocation statement (``rotation.py``).

Every POST is authenticated by the sender's request signature (time window and
nonce against replay). The endpoint never crashes on input and stores nothing
from a refused request.

Its connections are guarded before any request reaches the application: at most
``MAX_PER_ADDRESS`` open connections from one address and ``MAX_CONNECTIONS`` in
all; a request must arrive whole within its deadline (``HEADER_DEADLINE`` for the
headers, then time for the body at ``MIN_BODY_RATE``), however steadily it
trickles; and a body over ``PRECHECK_BYTES`` is read (or spooled to disk) only
after its headers name a known sender, this station and a time in the window.
"""

from __future__ import annotations

import functools
import json
import logging
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

from nacl.signing import SigningKey
from waitress.adjustments import Adjustments
from waitress.channel import HTTPChannel
from waitress.parser import HTTPRequestParser
from waitress.server import BaseWSGIServer, MultiSocketServer, TcpWSGIServer
from waitress.task import ThreadedTaskDispatcher
from waitress.utilities import Error

from ..base.encoding import b64d, b64e, parse_json
from ..base.errors import DecodeError, InputError, SiagaError, StorageError
from ..protocol.batch_receipt import BATCH_RECEIPT_CONTENT_TYPE
from ..protocol.envelope import MAX_ENVELOPE_BYTES, envelope_id
from ..protocol.statements import MAX_STATEMENT_BYTES
from ..protocol.transport import (
    HEADER_SENDER,
    HEADER_TO,
    MAX_BATCH_BYTES,
    RECEIPTS_CONTENT_TYPE,
    REQUEST_WINDOW,
    RequestRefused,
    make_receipt,
    pack_receipts,
    read_request_auth,
    unpack_batch,
    unpack_receipts,
    verify_request,
)
from ..station.facade import Station
from ..station.keys import apply_statement
from ..storage.keystore import Keys
from . import open_pool
from .filer import Filer
from .receiving import BatchRefused, Replayed, accept
from .resume import HEADER_ANSWERED, HEADER_OFFSET, HEADER_UPLOAD, UploadStash

log = logging.getLogger("siaga.endpoint")

DEFAULT_PORT = 8443
DEFAULT_HOST = "127.0.0.1"
MAX_RECEIPTS_BODY = 1024 * 1024
#: a peer's last contact is written at most this often (seconds): a backlog's batches arrive many a second
CONTACT_EVERY = 30
MAX_RELAY_QUERY = 5000
#: open connections at most, in all and from one address (a peer's sync uses one or two)
MAX_CONNECTIONS = 500
MAX_PER_ADDRESS = 8
#: seconds from a request's first byte to the end of its headers
HEADER_DEADLINE = 10.0
#: bytes per second a request body must average (its deadline is HEADER_DEADLINE plus its length at this rate):
#: 8 kbit/s, below the slowest field link a post may sync over (9.6 kbit/s), so a slow link is slow, not refused
MIN_BODY_RATE = 1024
#: a connection that says nothing is closed after this many seconds
IDLE_TIMEOUT = 15
#: a body larger than this is read only after its headers pass the checks that need no body
PRECHECK_BYTES = 64 * 1024
_STATUS = {200: "200 OK", 400: "400 Bad Request", 401: "401 Unauthorized", 403: "403 Forbidden",
           404: "404 Not Found", 405: "405 Method Not Allowed", 409: "409 Conflict",
           411: "411 Length Required", 413: "413 Payload Too Large", 421: "421 Misdirected Request",
           422: "422 Unprocessable Content", 500: "500 Internal Server Error", 503: "503 Service Unavailable"}


class _Refusal(Exception):
    def __init__(self, status: int, reason: str, detail: str, items: list | None = None) -> None:
        super().__init__(detail)
        self.status, self.reason, self.detail, self.items = status, reason, detail, items


@dataclass
class _Request:
    """An authenticated request: the receiving station, the peer that sent it, what it sent."""

    station: object
    peer: object
    body: bytes
    sender: bytes
    signing: SigningKey  # this station's key the peer addressed (signs the receipts)
    nonce: bytes = b""


class EndpointApp:
    """The WSGI application. Each worker thread opens its own database connection."""

    def __init__(self, home: Path, keys: Keys, *, on_received: Callable[[list[str]], None] | None = None,
                 on_arrived: Callable[[int], None] | None = None) -> None:
        self.home = Path(home)
        self.keys = keys
        self.on_received = on_received
        self.on_arrived = on_arrived  # how many were taken in, to be filed (then on_received names them)
        self._local = threading.local()
        self._stations: list = []
        self._lock = threading.Lock()
        self._known: dict[bytes, tuple[bool, float]] = {}
        self.stash = UploadStash()  # what cut batches had carried (see resume.py)
        self.filer = Filer(self.home, keys, on_received)  # files large batches after they are receipted

    def station(self):
        station = getattr(self._local, "station", None)
        if station is None:
            station = Station(self.home, self.keys)
            self._local.station = station
            with self._lock:
                self._stations.append(station)
        return station

    def known_sender(self, sign_pk: bytes) -> bool:
        """Is this a key of a peer in the directory (cached for a few seconds: asked on the I/O thread)?"""
        now = time.monotonic()
        hit = self._known.get(sign_pk)
        if hit is not None and hit[1] > now:
            return hit[0]
        known = self.station().peer_by_key(sign_pk, now=int(time.time())) is not None
        if len(self._known) > 1024:
            self._known.clear()
        self._known[sign_pk] = (known, now + 10)
        return known

    def precheck(self, headers: dict[str, str]) -> "_Refusal | None":
        """What refuses a request from its headers alone (before its body is read), or None.

        The checks that need no body: well-formed authentication headers, addressed to this
        station, a time within the window, a sender in the directory. The signature itself is
        over the body and is checked when the whole request is in.
        """
        try:
            auth = read_request_auth(headers)
        except RequestRefused as exc:
            return _Refusal(exc.status, exc.reason, exc.message())
        if headers.get(HEADER_TO) not in {b64e(pk) for pk in self.keys.signing_keys()}:
            return _Refusal(421, "wrong-recipient", "the request is meant for another station")
        if abs(time.time() - auth.stamp) > REQUEST_WINDOW:
            return _Refusal(401, "stale", f"the request time is more than {REQUEST_WINDOW} s from this clock")
        try:
            known = self.known_sender(auth.sender)
        except StorageError:
            return _Refusal(503, "storage", "the receiver cannot store now")
        if not known:
            return _Refusal(403, "unknown-sender", "the sender is not in this station's directory")
        return None

    def close(self) -> None:
        self.filer.stop()
        with self._lock:
            stations, self._stations = self._stations, []
        for station in stations:
            try:
                station.close()
            except Exception:  # another thread's connection: SQLite refuses; it closes with the thread
                pass

    # -- WSGI ------------------------------------------------------------------

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        path = environ.get("PATH_INFO", "")
        method = environ.get("REQUEST_METHOD", "GET").upper()
        try:
            if path == "/v1/health":
                if method != "GET":
                    raise _Refusal(405, "method", "use GET")
                return self._json(start_response, 200, {"status": "ok", "protocol": 1})
            if path == "/v1/messages":
                return self._messages(environ, start_response, method, path)
            if path.startswith("/v1/upload/"):
                return self._upload(start_response, method, path[len("/v1/upload/"):])
            if path == "/v1/receipts":
                return self._receipts(environ, start_response, method, path)
            if path == "/v1/keys":
                return self._keys(environ, start_response, method, path)
            if path.startswith("/v1/relay/"):
                return self._relay(environ, start_response, method, path)
            if path == "/v1/relay-receipts":
                return self._relay_receipts(environ, start_response, method, path)
            raise _Refusal(404, "not-found", f"no such endpoint: {path}")
        except _Refusal as refusal:
            body = {"error": refusal.reason, "detail": refusal.detail}
            if refusal.items:
                body["items"] = refusal.items
            extra = []
            if refusal.status == 405:
                extra.append(("Allow", "GET" if path == "/v1/health" or path.startswith("/v1/upload/") else "POST"))
            elif refusal.status == 401:
                extra.append(("WWW-Authenticate", 'Siaga realm="siaga"'))
            return self._json(start_response, refusal.status, body, extra)
        except StorageError as exc:
            log.error("storage problem while receiving: %s", exc)
            return self._json(start_response, 503, {"error": "storage", "detail": "the receiver cannot store now"})
        except Exception:
            log.exception("unexpected failure on %s %s", method, path)
            return self._json(start_response, 500, {"error": "internal", "detail": "unexpected failure"})

    @staticmethod
    def _json(start_response: Callable, status: int, body: dict, extra: list | None = None) -> list[bytes]:
        data = json.dumps(body).encode("utf-8")
        start_response(_STATUS[status], [("Content-Type", "application/json"), ("Content-Length", str(len(data))),
                                         *(extra or [])])
        return [data]

    def _read_authenticated(self, environ: dict, method: str, path: str, limit: int, *,
                            allow_revoked: bool = False, record_nonce: bool = True):
        if method != "POST":
            raise _Refusal(405, "method", "use POST")
        length_text = environ.get("CONTENT_LENGTH") or ""
        if not (length_text.isascii() and length_text.isdigit()):  # not '²', which int() refuses
            raise _Refusal(411, "length-required", "a Content-Length is required")
        length = int(length_text)
        headers = {key[5:].replace("_", "-").title(): value for key, value in environ.items()
                   if key.startswith("HTTP_")}
        offset = _offset(headers)
        if offset + length > limit:
            raise _Refusal(413, "oversized", f"the body is larger than {limit} bytes")
        body = environ["wsgi.input"].read(length)
        if len(body) != length:
            raise _Refusal(400, "truncated", "the body is shorter than its Content-Length")
        if offset:  # the rest of a cut batch: its start is held (resume.py); the signature covers the whole
            start = self.stash.take(headers.get(HEADER_UPLOAD, ""), headers.get(HEADER_SENDER, ""), offset)
            if start is None:
                raise _Refusal(409, "upload-unknown", "the start of this upload is not held here; send it whole")
            body = start + body
        # a peer that has not heard of this station's key rotation yet still addresses the old key
        keyring = self.keys.signing_keys()
        addressed = next((pk for pk in keyring if b64e(pk) == headers.get(HEADER_TO)), self.keys.sign_pk)
        try:
            auth = verify_request(headers, method, path, body, addressed)
        except RequestRefused as exc:
            raise _Refusal(exc.status, exc.reason, exc.message()) from None
        station = self.station()
        peer = station.peer_by_key(auth.sender, now=int(time.time()))
        if peer is None:
            raise _Refusal(403, "unknown-sender", "the sender is not in this station's directory")
        if peer.revoked and not allow_revoked:
            raise _Refusal(403, "revoked", "the sender's keys were revoked")
        if station.revoked:
            raise _Refusal(403, "revoked", "this station revoked its own keys and takes in nothing more")
        # a batch records its nonce in the transaction that stores it (one commit, and the
        # opening of the next batch does not wait for this one's storing); a replay seen now is refused at once
        if record_nonce:
            if not station.incoming.use_nonce(auth.nonce.encode(), int(time.time()), 2 * REQUEST_WINDOW):
                raise _Refusal(409, "replay", "this request was already received (replayed)")
        elif station.incoming.nonce_seen(auth.nonce.encode()):
            raise _Refusal(409, "replay", "this request was already received (replayed)")
        return _Request(station, peer, body, auth.sender, keyring[addressed], auth.nonce.encode())

    def _messages(self, environ: dict, start_response: Callable, method: str, path: str) -> list[bytes]:
        upload = environ.get("HTTP_X_SIAGA_UPLOAD", "")
        try:
            return self._batch(environ, start_response, method, path)
        except _Refusal:
            if upload:  # refused: nothing of it waits any more
                self.stash.drop(upload)
            raise

    def _upload(self, start_response: Callable, method: str, upload: str) -> list[bytes]:
        """How much of a cut batch is held, or the answer of one taken in whose answer was cut (resume.py)."""
        if method != "GET":
            raise _Refusal(405, "method", "use GET")
        answer = self.stash.answer(upload)
        if answer is not None:
            start_response(_STATUS[200], [("Content-Type", answer[0]), ("Content-Length", str(len(answer[1]))),
                                          (HEADER_ANSWERED, "yes")])
            return [answer[1]]
        return self._json(start_response, 200, {"have": self.stash.held(upload)})

    def _batch(self, environ: dict, start_response: Callable, method: str, path: str) -> list[bytes]:
        request = self._read_authenticated(environ, method, path, MAX_BATCH_BYTES, record_nonce=False)
        station, peer, body = request.station, request.peer, request.body
        replay = _Refusal(409, "replay", "this request was already received (replayed)")
        nonce = (request.nonce, int(time.time()), 2 * REQUEST_WINDOW)
        try:
            envelopes = unpack_batch(body)
        except DecodeError as exc:
            if not station.incoming.use_nonce(*nonce):
                raise replay from None
            raise _Refusal(400, "malformed", exc.message()) from None
        try:
            with self.filer.taking_in():  # (filing waits: taking in comes first)
                result = accept(station, envelopes, peer, signing=request.signing, nonce=nonce, defer=True)
        except Replayed:
            raise replay from None
        except BatchRefused as exc:
            if not station.incoming.use_nonce(*nonce):  # a refused request is not taken twice either
                raise replay from None
            status = 421 if exc.reason == "wrong-recipient" else 422
            raise _Refusal(status, exc.reason, exc.message(), [i.to_dict() for i in exc.items]) from None
        now = int(time.time())
        if now - int(peer.health.get("last_contact") or 0) >= CONTACT_EVERY:  # not a disk write per batch
            station.update_peer(peer.id, health={"last_contact": now})
        if result.new and self.on_received:
            self.on_received(result.new)
        if result.arrived:
            self.filer.took_in()
            if self.on_arrived:
                self.on_arrived(len(result.arrived))
        batch = BATCH_RECEIPT_CONTENT_TYPE in environ.get("HTTP_ACCEPT", "")  # the sender reads batch receipts
        data = result.answer(batch)
        kind = BATCH_RECEIPT_CONTENT_TYPE if batch else RECEIPTS_CONTENT_TYPE
        upload = environ.get("HTTP_X_SIAGA_UPLOAD", "")
        if upload:  # kept, should this answer be cut on its way back
            self.stash.answered(upload, kind, data)
        start_response(_STATUS[200], [("Content-Type", kind), ("Content-Length", str(len(data)))])
        return [data]

    def _receipts(self, environ: dict, start_response: Callable, method: str, path: str) -> list[bytes]:
        request = self._read_authenticated(environ, method, path, MAX_RECEIPTS_BODY)
        station, peer, body = request.station, request.peer, request.body
        try:
            receipts = unpack_receipts(body)
        except DecodeError as exc:
            raise _Refusal(400, "malformed", exc.message()) from None
        try:
            count = station.record_receipts(peer, receipts)
        except StorageError:
            raise
        except SiagaError as exc:
            raise _Refusal(422, "bad-receipt", exc.message()) from None
        return self._json(start_response, 200, {"recorded": count})

    def _relay(self, environ: dict, start_response: Callable, method: str, path: str) -> list[bytes]:
        """Take envelopes from a peer to forward to another peer (this station acts as a hub)."""
        request = self._read_authenticated(environ, method, path, MAX_BATCH_BYTES)
        station, origin = request.station, request.peer
        text = path[len("/v1/relay/"):]
        try:
            target_key = b64d(text, "relay target", 32)
        except DecodeError:
            target_key = b""
        if b64e(target_key) != text:
            raise _Refusal(404, "not-found", "the relay path must name the recipient's key (base64url, no padding)")
        target = station.peer_by_key(target_key)
        if target is None or target.revoked or target.id == origin.id:
            raise _Refusal(422, "unknown-recipient", "this hub has no such peer to relay to")
        if not target.url:
            raise _Refusal(422, "unknown-recipient", "this hub has no endpoint address for that peer")
        try:
            envelopes = unpack_batch(request.body)
        except DecodeError as exc:
            raise _Refusal(400, "malformed", exc.message()) from None
        ids, bad = [], []
        for index, env in enumerate(envelopes):
            try:
                ids.append(envelope_id(env))
                if len(env) > MAX_ENVELOPE_BYTES:
                    bad.append({"index": index, "id": ids[-1], "error": "oversized",
                                "detail": f"an envelope is at most {MAX_ENVELOPE_BYTES} bytes"})
            except DecodeError as exc:
                ids.append(None)
                bad.append({"index": index, "id": None, "error": "malformed", "detail": exc.message()})
        if bad:
            raise _Refusal(422, bad[0]["error"] if len({b["error"] for b in bad}) == 1 else "refused",
                           f"{len(bad)} message(s) refused", bad)
        station.relay(origin, target, list(zip(ids, envelopes)))
        now = int(time.time())
        data = pack_receipts([make_receipt(request.signing, msg_id, now) for msg_id in ids])
        start_response(_STATUS[200], [("Content-Type", RECEIPTS_CONTENT_TYPE), ("Content-Length", str(len(data)))])
        return [data]

    def _relay_receipts(self, environ: dict, start_response: Callable, method: str, path: str) -> list[bytes]:
        """The final receipts this hub holds for messages a peer asked it to relay."""
        request = self._read_authenticated(environ, method, path, MAX_RECEIPTS_BODY)
        try:
            doc = parse_json(request.body, "relay query")
            ids = doc["ids"]
            if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids) or len(ids) > MAX_RELAY_QUERY:
                raise TypeError
        except (DecodeError, KeyError, TypeError):
            raise _Refusal(400, "malformed", "expected {\"ids\": [message ids]}") from None
        found = request.station.relayed_receipts(request.peer, ids)
        return self._json(start_response, 200, {"receipts": found})

    def _keys(self, environ: dict, start_response: Callable, method: str, path: str) -> list[bytes]:
        # a revocation repeated (its first answer lost) is answered again, not refused
        request = self._read_authenticated(environ, method, path, MAX_STATEMENT_BYTES, allow_revoked=True)
        try:
            peer = apply_statement(request.station, request.body, sender=request.sender)
        except (DecodeError, InputError) as exc:
            raise _Refusal(422, "bad-statement", exc.message()) from None
        return self._json(start_response, 200, {"applied": True, "trust": peer.trust})


class _EarlyRefusal(Error):
    """A refusal made from a request's headers, in the endpoint's JSON form (waitress sends it and closes)."""

    def __init__(self, refusal: _Refusal) -> None:
        super().__init__(refusal.detail)
        self.refusal = refusal
        self.code = refusal.status
        self.reason = _STATUS[refusal.status].split(" ", 1)[1]

    def to_response(self, ident=None):
        body = json.dumps({"error": self.refusal.reason, "detail": self.refusal.detail}).encode("utf-8")
        headers = [("Content-Type", "application/json")]
        if self.code == 401:
            headers.append(("WWW-Authenticate", 'Siaga realm="siaga"'))
        return f"{self.code} {self.reason}", headers, body


def _offset(headers: dict[str, str]) -> int:
    """Where the body of a request continuing a cut upload starts (0: a whole body)."""
    text = headers.get(HEADER_OFFSET, "0")
    if not (text.isascii() and text.isdigit() and len(text) <= 9):
        raise _Refusal(400, "malformed", f"{HEADER_OFFSET} must be a number of bytes")
    return int(text) if headers.get(HEADER_UPLOAD) else 0


class _Parser(HTTPRequestParser):
    """Waitress's request parser, with a deadline for the whole request and a look at the headers first."""

    def __init__(self, adj, precheck: Callable[[dict[str, str]], "_Refusal | None"]) -> None:
        super().__init__(adj)
        self.precheck = precheck
        self.upload: tuple[str, str, int] | None = None  # (upload id, sender, offset) of a resumable batch
        self.started = time.monotonic()
        self.deadline = self.started + HEADER_DEADLINE

    def received(self, data: bytes) -> int:
        had_headers = self.headers_finished
        consumed = super().received(data)
        if self.headers_finished and not had_headers:
            length = MAX_BATCH_BYTES if self.chunked else self.content_length
            self.deadline = time.monotonic() + HEADER_DEADLINE + length / MIN_BODY_RATE
            upload = self.headers.get("X_SIAGA_UPLOAD", "")
            if not self.error and self.command == "POST" and (self.chunked or length > PRECHECK_BYTES or upload):
                headers = {key.replace("_", "-").title(): value for key, value in self.headers.items()}
                refusal = self.precheck(headers)
                if refusal is not None:  # refused before a byte of the body is kept
                    self.error = _EarlyRefusal(refusal)
                    self.completed = True
                elif upload and not self.chunked and self.path == "/v1/messages":
                    # a known sender's batch: what arrives is kept if the connection breaks (resume.py)
                    try:
                        self.upload = (upload, headers.get(HEADER_SENDER, ""), _offset(headers))
                    except _Refusal:
                        self.upload = None  # a malformed offset: the request is refused when it is read
        return consumed


class _Channel(HTTPChannel):
    def __init__(self, server, sock, addr, adj, map=None) -> None:
        super().__init__(server, sock, addr, adj, map=map)
        self.parser_class = functools.partial(_Parser, precheck=server.precheck)

    def handle_close(self) -> None:
        request = self.request
        upload = getattr(request, "upload", None)
        if upload is not None and not request.completed and request.body_rcv is not None:
            try:  # the connection broke in the middle of a batch: keep what came for the sender to continue
                held = self.server.stash.keep(upload[0], upload[1], upload[2], request.body_rcv.getbuf().get())
                log.info("kept %d bytes of a cut batch for its sender to continue", held)
            except Exception:  # noqa: BLE001 - keeping is a saving, never a failure of the server
                log.exception("could not keep a cut batch")
        super().handle_close()


class _Server(TcpWSGIServer):
    """Waitress's TCP server with a limit of connections per address and a deadline per request."""

    channel_class = _Channel
    precheck: Callable = staticmethod(lambda headers: None)
    stash: UploadStash = UploadStash()

    def handle_accept(self) -> None:
        try:
            accepted = self.accept()
            if accepted is None:
                return
            conn, addr = accepted
            self.set_socket_options(conn)
        except OSError:
            return
        host = addr[0] if isinstance(addr, tuple) else addr
        if sum(1 for c in self._map.values() if isinstance(c, HTTPChannel) and c.addr and c.addr[0] == host) \
                >= MAX_PER_ADDRESS:
            log.debug("closed a connection from %s: %d already open", host, MAX_PER_ADDRESS)
            conn.close()
            return
        self.channel_class(self, conn, self.fix_addr(addr), self.adj, map=self._map)

    def maintenance(self, now: float) -> None:
        super().maintenance(now)  # idle connections
        moment = time.monotonic()
        for channel in list(self.active_channels.values()):
            request = channel.request
            if request is not None and not request.completed and not channel.requests \
                    and moment > getattr(request, "deadline", float("inf")):
                channel.will_close = True  # the request did not arrive whole in time


def make_server(app: EndpointApp, host: str, port: int, threads: int) -> BaseWSGIServer | MultiSocketServer:
    """A waitress server for the endpoint app with its connection guards (one listening socket per address)."""
    adj = Adjustments(host=host, port=port, threads=threads, ident="siaga",
                      max_request_body_size=MAX_BATCH_BYTES + 1024, channel_timeout=IDLE_TIMEOUT,
                      clear_untrusted_proxy_headers=True, connection_limit=MAX_CONNECTIONS, cleanup_interval=1,
                      asyncore_use_poll=True)
    dispatcher = ThreadedTaskDispatcher()
    dispatcher.set_thread_count(adj.threads)
    socket_map: dict = {}
    servers = []
    for info in adj.listen:
        server = _Server(app, socket_map, dispatcher=dispatcher, adj=adj, sockinfo=info)
        server.precheck = app.precheck
        server.stash = app.stash
        servers.append(server)
    if len(servers) == 1:
        return servers[0]
    return MultiSocketServer(socket_map, adj, [(s.effective_host, s.effective_port) for s in servers], dispatcher,
                             servers[-1].log_info)


class Endpoint:
    """A running endpoint (waitress in a background thread), for the app and for tests."""

    def __init__(self, home: Path, keys: Keys, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
                 on_received: Callable[[list[str]], None] | None = None, threads: int = 2,
                 on_arrived: Callable[[int], None] | None = None) -> None:
        self.app = EndpointApp(home, keys, on_received=on_received, on_arrived=on_arrived)
        self.server: BaseWSGIServer | MultiSocketServer = make_server(self.app, host, port, threads)
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return self.server.effective_port

    @property
    def url(self) -> str:
        host = self.server.effective_host
        host = f"[{host}]" if ":" in host else host
        return f"http://{host}:{self.port}"

    def start(self) -> "Endpoint":
        self.app.filer.start()  # files what an earlier process took in and left waiting
        self._thread = threading.Thread(target=self.server.run, name="siaga-endpoint", daemon=True)
        self._thread.start()
        log.info("endpoint listening on %s", self.url)
        return self

    def serve_forever(self) -> None:
        self.app.filer.start()  # files what an earlier process took in and left waiting
        log.info("endpoint listening on %s", self.url)
        self.server.run()

    def stop(self) -> None:
        self.server.close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self.app.close()
        open_pool.shutdown()  # the opener processes, if any were started

"""The peer endpoint: an HTTP service that takes in messages from known peers.

A small WSGI application served by waitress (a production WSGI server, pure
Python, on every desktop platform). ``docs/endpoint-openapi.yaml`` describes it.

- ``GET /v1/health``: is this endpoint up (no authentication, says nothing about the station).
- ``POST /v1/messages``: a batch of envelopes from a peer; answered with binary
  receipts (200) or a JSON refusal (4xx) that names the reason and each bad message.
- ``POST /v1/receipts``: receipts for messages that travelled on a bundle, sent back
  by the peer that received them.
- ``POST /v1/keys``: a peer's key rotation or revocation statement (``rotation.py``).

Every POST is authenticated by the sender's request signature (time window and
nonce against replay). The endpoint never crashes on input and stores nothing
from a refused request.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable

import waitress
from nacl.signing import SigningKey
from waitress.server import BaseWSGIServer, MultiSocketServer

from ..base.encoding import b64d, b64e, parse_json
from ..base.errors import DecodeError, InputError, SiagaError, StorageError
from ..protocol.envelope import MAX_ENVELOPE_BYTES, envelope_id
from ..protocol.statements import MAX_STATEMENT_BYTES
from ..protocol.transport import (
    HEADER_TO,
    MAX_BATCH_BYTES,
    RECEIPTS_CONTENT_TYPE,
    REQUEST_WINDOW,
    RequestRefused,
    make_receipt,
    pack_receipts,
    unpack_batch,
    unpack_receipts,
    verify_request,
)
from ..station.facade import Station
from ..station.keys import apply_statement
from ..storage.keystore import Keys
from .receiving import BatchRefused, accept

log = logging.getLogger("siaga.endpoint")

DEFAULT_PORT = 8443
DEFAULT_HOST = "127.0.0.1"
MAX_RECEIPTS_BODY = 1024 * 1024
MAX_RELAY_QUERY = 5000
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


class EndpointApp:
    """The WSGI application. Each worker thread opens its own database connection."""

    def __init__(self, home: Path, keys: Keys, *, on_received: Callable[[list[str]], None] | None = None) -> None:
        self.home = Path(home)
        self.keys = keys
        self.on_received = on_received
        self._local = threading.local()
        self._stations: list = []
        self._lock = threading.Lock()

    def station(self):
        station = getattr(self._local, "station", None)
        if station is None:
            station = Station(self.home, self.keys)
            self._local.station = station
            with self._lock:
                self._stations.append(station)
        return station

    def close(self) -> None:
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
                extra.append(("Allow", "GET" if path == "/v1/health" else "POST"))
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
                            allow_revoked: bool = False):
        if method != "POST":
            raise _Refusal(405, "method", "use POST")
        length_text = environ.get("CONTENT_LENGTH") or ""
        if not length_text.isdigit():
            raise _Refusal(411, "length-required", "a Content-Length is required")
        length = int(length_text)
        if length > limit:
            raise _Refusal(413, "oversized", f"the body is larger than {limit} bytes")
        body = environ["wsgi.input"].read(length)
        if len(body) != length:
            raise _Refusal(400, "truncated", "the body is shorter than its Content-Length")
        headers = {key[5:].replace("_", "-").title(): value for key, value in environ.items()
                   if key.startswith("HTTP_")}
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
        if not station.incoming.use_nonce(auth.nonce.encode(), int(time.time()), 2 * REQUEST_WINDOW):
            raise _Refusal(409, "replay", "this request was already received (replayed)")
        return _Request(station, peer, body, auth.sender, keyring[addressed])

    def _messages(self, environ: dict, start_response: Callable, method: str, path: str) -> list[bytes]:
        request = self._read_authenticated(environ, method, path, MAX_BATCH_BYTES)
        station, peer, body = request.station, request.peer, request.body
        try:
            envelopes = unpack_batch(body)
        except DecodeError as exc:
            raise _Refusal(400, "malformed", exc.message()) from None
        try:
            result = accept(station, envelopes, peer, signing=request.signing)
        except BatchRefused as exc:
            status = 421 if exc.reason == "wrong-recipient" else 422
            raise _Refusal(status, exc.reason, exc.message(), [i.to_dict() for i in exc.items]) from None
        station.update_peer(peer.id, health={"last_contact": int(time.time())})
        if result.new and self.on_received:
            self.on_received(result.new)
        data = pack_receipts(result.receipts)
        start_response(_STATUS[200], [("Content-Type", RECEIPTS_CONTENT_TYPE), ("Content-Length", str(len(data)))])
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


class Endpoint:
    """A running endpoint (waitress in a background thread), for the app and for tests."""

    def __init__(self, home: Path, keys: Keys, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT,
                 on_received: Callable[[list[str]], None] | None = None, threads: int = 2) -> None:
        self.app = EndpointApp(home, keys, on_received=on_received)
        self.server: BaseWSGIServer | MultiSocketServer = waitress.create_server(
            self.app, host=host, port=port, threads=threads, ident="siaga",
            max_request_body_size=MAX_BATCH_BYTES + 1024, channel_timeout=30, clear_untrusted_proxy_headers=True)
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
        self._thread = threading.Thread(target=self.server.run, name="siaga-endpoint", daemon=True)
        self._thread.start()
        log.info("endpoint listening on %s", self.url)
        return self

    def serve_forever(self) -> None:
        log.info("endpoint listening on %s", self.url)
        self.server.run()

    def stop(self) -> None:
        self.server.close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self.app.close()

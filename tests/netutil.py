"""Real processes and real sockets for the sync tests: endpoints and a fault-injecting proxy.

Everything listens on 127.0.0.1 only and stops by itself when the test ends.
"""

from __future__ import annotations

import os
import queue
import re
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
from pathlib import Path

from helpers import PASSPHRASE

STARTUP_TIMEOUT = 30.0


def siaga_cmd(*args: str) -> list[str]:
    return [sys.executable, "-m", "siaga", *args]


def child_env(passphrase: str = PASSPHRASE, **extra: str) -> dict:
    return dict(os.environ, SIAGA_PASSPHRASE=passphrase, **extra)


class Served:
    """``siaga serve`` for one station home, as a child process on a loopback port.

    The first start binds port 0 (the system picks a free port) and the process writes the
    port it got to a file (``--port-file``); a restart binds that same port again.
    """

    def __init__(self, home: Path, port: int = 0, passphrase: str = PASSPHRASE, extra: tuple[str, ...] = ()) -> None:
        self.home, self.port, self.passphrase = Path(home), port, passphrase
        self.extra = tuple(extra)  # more options for siaga serve
        self.proc: subprocess.Popen | None = None
        self.url = ""
        self.log: list[str] = []
        self.port_file = self.home.parent / f"{self.home.name}.serve-port"

    def start(self) -> "Served":
        self.log = []
        self.port_file.unlink(missing_ok=True)
        self.proc = subprocess.Popen(
            siaga_cmd("serve", "--host", "127.0.0.1", "--port", str(self.port), "--port-file", str(self.port_file),
                      "--home", str(self.home), *self.extra),
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
            env=child_env(self.passphrase))
        lines: queue.Queue = queue.Queue()

        def drain() -> None:
            for line in self.proc.stderr:
                self.log.append(line)
                lines.put(line)
            lines.put(None)

        self._drain = threading.Thread(target=drain, daemon=True)
        self._drain.start()
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while True:  # the port file is written once the endpoint listens, before it says so on stderr
            try:
                line = lines.get(timeout=max(0.1, deadline - time.monotonic()))
            except queue.Empty:
                line = None
            if self.port_file.exists():
                self.port = int(self.port_file.read_text())
                self.url = f"http://127.0.0.1:{self.port}"
                return self
            if line is None:
                self.kill()
                raise RuntimeError("endpoint did not start: " + "".join(self.log))

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGINT)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        self._reap()

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(timeout=10)
        self._reap()

    def _reap(self) -> None:
        if self.proc and self.proc.stderr and not self.proc.stderr.closed:
            self._drain.join(timeout=5)
            self.proc.stderr.close()


class _LoopbackServer:
    """Accepts connections on a free loopback port and hands each to :meth:`_handle` on its own thread."""

    scheme = "http"

    def _listen(self) -> None:
        self._sock = socket.create_server(("127.0.0.1", 0))
        self._sock.settimeout(0.2)
        self.port = self._sock.getsockname()[1]
        self.url = f"{self.scheme}://127.0.0.1:{self.port}"
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        self._sock.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._sock.accept()
            except OSError:
                continue
            self._accepted(client)

    def _accepted(self, client: socket.socket) -> None:
        threading.Thread(target=self._handle, args=(client,), daemon=True).start()

    def _handle(self, client: socket.socket) -> None:
        raise NotImplementedError


class FaultProxy(_LoopbackServer):
    """A TCP proxy on loopback between a sender and an endpoint that misbehaves on demand.

    Modes: ``pass`` (forward), ``http500`` (answer 500 without forwarding), ``hang``
    (read the request, never answer), ``reset`` (forward the whole request to the
    endpoint, then reset the sender's connection instead of passing on the answer:
    the receiver has stored the batch but the sender never sees the receipt),
    ``reset-request`` (reset after the first bytes of the request, before the
    endpoint sees a whole one), ``poison`` (answer 500 to any request whose body
    holds the bytes in :attr:`poison`, as a receiver that fails on one message
    would; forward the others), ``single-receipts`` (forward without the sender's
    ``Accept`` header, so the endpoint answers as to a sender that knows only single receipts).
    """

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.mode = "pass"
        self.poison = b""
        self.connections = 0
        self.poisoned = 0  # requests answered 500 in poison mode
        self._listen()

    def _accepted(self, client: socket.socket) -> None:
        self.connections += 1
        mode = self.mode  # the mode when the connection came in
        threading.Thread(target=self._handle, args=(client, mode), daemon=True).start()

    @staticmethod
    def _reset(sock: socket.socket) -> None:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        sock.close()

    @staticmethod
    def _read_request(client: socket.socket) -> bytes:
        client.settimeout(10)
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = client.recv(65536)
            if not chunk:
                return data
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        match = re.search(rb"(?i)content-length:\s*(\d+)", head)
        length = int(match.group(1)) if match else 0
        while len(body) < length:
            chunk = client.recv(65536)
            if not chunk:
                break
            body += chunk
        return head + b"\r\n\r\n" + body

    def _handle(self, client: socket.socket, mode: str = "pass") -> None:
        try:
            if mode == "reset-request":
                client.recv(100)
                self._reset(client)
                return
            request = self._read_request(client)
            if mode == "poison" and self.poison and self.poison in request:
                self.poisoned += 1
                mode = "http500"
            if mode == "http500":
                body = b'{"error": "internal", "detail": "injected failure"}'
                client.sendall(b"HTTP/1.1 500 Internal Server Error\r\nContent-Type: application/json\r\n"
                               b"Connection: close\r\nContent-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)
                client.close()
                return
            if mode == "hang":
                self._stop.wait(30)
                client.close()
                return
            if mode == "single-receipts":  # the receiver sees what a sender knowing only single receipts sends
                request = re.sub(rb"(?i)\r\naccept:[^\r]*", b"", request, count=1)
            upstream = socket.create_connection(("127.0.0.1", self.target_port), timeout=30)
            request = re.sub(rb"(?i)connection:[^\r]*\r\n", b"", request, count=1)
            head, _, body = request.partition(b"\r\n\r\n")
            upstream.sendall(head + b"\r\nConnection: close\r\n\r\n" + body)
            response = b""
            while True:
                chunk = upstream.recv(65536)
                if not chunk:
                    break
                response += chunk
            upstream.close()
            if mode == "reset":
                self._reset(client)
                return
            client.sendall(response)
            client.close()
        except OSError:
            try:
                client.close()
            except OSError:
                pass


class Trickler(_LoopbackServer):
    """A peer that reads the request, then answers one byte every ``interval`` seconds, without end.

    The answer looks like HTTP (a status line, then header lines that never finish), so
    every single read a client makes succeeds well within any per-read time-out.
    ``connections`` counts the connections ever accepted, ``open`` those still open.
    """

    def __init__(self, interval: float = 1.0) -> None:
        self.interval = interval
        self.connections = 0
        self.open = 0
        self._lock = threading.Lock()
        self._listen()

    def _handle(self, client: socket.socket) -> None:
        with self._lock:
            self.connections += 1
            self.open += 1
        try:
            FaultProxy._read_request(client)
            answer = b"HTTP/1.1 200 OK\r\nX-Slow: " + b"a" * 10 ** 6
            for i in range(len(answer)):
                if self._stop.wait(self.interval if i else 0):
                    break
                client.sendall(answer[i:i + 1])
        except OSError:
            pass  # the client gave up and closed the connection: what it should do
        finally:
            client.close()
            with self._lock:
                self.open -= 1


class Answering(_LoopbackServer):
    """A server at a peer's URL that answers every request with ``status`` and the given body, at full speed.

    ``body`` is bytes, or a (chunk, count) pair streamed as ``count`` copies of ``chunk`` (a huge
    body need not exist in this process's memory). ``length=False`` leaves out the Content-Length
    (the body ends when the connection closes).
    """

    def __init__(self, status: int, body, *, length: bool = True,
                 content_type: str = "application/json") -> None:
        self.status, self.body, self.length, self.content_type = status, body, length, content_type
        self.sent = 0
        self._listen()

    def _handle(self, client: socket.socket) -> None:
        try:
            FaultProxy._read_request(client)
            chunk, count = (self.body, 1) if isinstance(self.body, bytes) else self.body
            head = f"HTTP/1.1 {self.status} Whatever\r\nContent-Type: {self.content_type}\r\nConnection: close\r\n"
            if self.length:
                head += f"Content-Length: {len(chunk) * count}\r\n"
            client.sendall(head.encode() + b"\r\n")
            for _ in range(count):
                if self._stop.is_set():
                    break
                client.sendall(chunk)
                self.sent += len(chunk)
        except OSError:
            pass  # the client stopped reading and closed: what it should do
        finally:
            client.close()


def make_certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 (what a post pins for its peer's https:// endpoint)."""
    cert, key = folder / "endpoint-cert.pem", folder / "endpoint-key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
                    "-nodes", "-keyout", str(key), "-out", str(cert), "-days", "2", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1"], check=True, capture_output=True, timeout=60)
    return cert, key


class TLSFront(_LoopbackServer):
    """A TLS terminator on loopback in front of an endpoint (as a real deployment has)."""

    scheme = "https"

    def __init__(self, target_port: int, cert: Path, key: Path) -> None:
        import ssl
        self.target_port = target_port
        self._context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self._context.load_cert_chain(str(cert), str(key))
        self._listen()

    def _handle(self, client: socket.socket) -> None:
        try:
            client.settimeout(10)
            tls = self._context.wrap_socket(client, server_side=True)
        except OSError:
            client.close()
            return
        try:
            upstream = socket.create_connection(("127.0.0.1", self.target_port), timeout=30)
        except OSError:
            tls.close()
            return

        def pipe(src, dst) -> None:
            try:
                while True:
                    data = src.recv(65536)
                    if not data:
                        break
                    dst.sendall(data)
            except OSError:
                pass
            finally:
                for s in (src, dst):
                    try:
                        s.close()
                    except OSError:
                        pass

        threading.Thread(target=pipe, args=(upstream, tls), daemon=True).start()
        pipe(tls, upstream)


class Medallion:
    """The OASIS TAXII 2.1 reference server (memory backend) as a child process on loopback."""

    COLLECTION = "91a7b528-80eb-42ed-a74d-c6fbd5a26116"
    USER, PASSWORD = "siaga", "taxii-test-password"

    def __init__(self, folder: Path) -> None:
        import json
        folder.mkdir(parents=True, exist_ok=True)
        data = {
            "/discovery": {"title": "test", "default": "http://127.0.0.1/api1/",
                           "api_roots": ["http://127.0.0.1/api1/"]},
            "api1": {
                "information": {"title": "test", "versions": ["application/taxii+json;version=2.1"],
                                "max_content_length": 100 * 1024 * 1024},
                "status": [],
                "collections": [{"id": self.COLLECTION, "title": "incidents", "can_read": True, "can_write": True,
                                 "media_types": ["application/stix+json;version=2.1"], "objects": [],
                                 "manifest": []}],
            },
        }
        (folder / "data.json").write_text(json.dumps(data))
        config = {"backend": {"module": "medallion.backends.memory_backend", "module_class": "MemoryBackend",
                              "filename": str(folder / "data.json")},
                  "users": {self.USER: self.PASSWORD}, "taxii": {"max_page_size": 100}}
        (folder / "config.json").write_text(json.dumps(config))
        medallion = Path(sys.executable).parent / "medallion"
        self.log = folder / "medallion.log"
        # port 0: the system picks a free port, and the server names it (" * Running on http://...:PORT")
        self.proc = subprocess.Popen([str(medallion), "--host", "127.0.0.1", "--port", "0",
                                      str(folder / "config.json")], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                                     stdin=subprocess.DEVNULL, text=True)
        lines: queue.Queue = queue.Queue()

        def drain() -> None:
            with open(self.log, "w", encoding="utf-8") as log:
                for line in self.proc.stderr:
                    log.write(line)
                    log.flush()
                    lines.put(line)
            lines.put(None)

        self._drain = threading.Thread(target=drain, daemon=True)
        self._drain.start()
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while True:
            try:
                line = lines.get(timeout=max(0.1, deadline - time.monotonic()))
            except queue.Empty:
                line = None
            match = re.search(r"Running on http://127\.0\.0\.1:(\d+)", line or "")
            if match:
                self.port = int(match.group(1))
                break
            if line is None:
                self.stop()
                raise RuntimeError("medallion did not start: " + self.log.read_text(errors="replace"))
        self.url = f"http://127.0.0.1:{self.port}/api1/collections/{self.COLLECTION}/"

    def objects(self) -> list[dict]:
        from taxii2client.v21 import Collection, as_pages
        collection = Collection(self.url, user=self.USER, password=self.PASSWORD)
        found = []
        for page in as_pages(collection.get_objects, per_request=100):
            found.extend(page.get("objects", []))
        return found

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        self._drain.join(timeout=5)
        self.proc.stderr.close()

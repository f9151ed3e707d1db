"""A loopback TCP proxy that behaves like a slow, lossy field link, and the link profiles measured over it.

:class:`LinkProxy` forwards each connection to a target port, each direction at a
given rate and half the round-trip time late (a new connection also costs one round
trip before its first byte, like TCP's handshake), and cuts a connection (reset, both
ways) after a given number of bytes or at random. It counts every byte it forwards.
Used by ``tests/delivery/test_links.py`` (reduced size) and ``benchmarks/bench_links.py``.
"""

from __future__ import annotations

import heapq
import random
import socket
import struct
import threading
import time
from dataclasses import dataclass

from netutil import _LoopbackServer

CHUNK = 512


@dataclass(frozen=True)
class Profile:
    name: str
    kbit_s: float
    rtt_ms: float
    cut_every: int | None = None  # bytes through one connection (both ways) before it is cut

    @property
    def rate(self) -> float:
        return self.kbit_s * 1000 / 8


GPRS = Profile("GPRS", 40, 700)
SATELLITE = Profile("Satellite", 256, 1200)
BAD = Profile("Bad", 9.6, 1000, cut_every=20 * 1024)
PROFILES = (GPRS, SATELLITE, BAD)


class _Direction:
    """One way of one connection: chunks read now, written when the link would have carried them."""

    def __init__(self, link: "_Connection", src: socket.socket, dst: socket.socket, busy_until: float) -> None:
        self.link, self.src, self.dst = link, src, dst
        self.busy_until = busy_until
        self._queue: list[tuple[float, int, bytes | None]] = []
        self._order = 0
        self._ready = threading.Condition()

    def read(self) -> None:
        proxy = self.link.proxy
        while not self.link.closed.is_set():
            try:
                chunk = self.src.recv(CHUNK)
            except OSError:
                chunk = b""
            now = time.monotonic()
            if chunk:
                start = max(now, self.busy_until)
                self.busy_until = start + len(chunk) / proxy.rate
                due = self.busy_until + proxy.one_way
            else:
                due = max(now, self.busy_until) + proxy.one_way
            with self._ready:
                self._order += 1
                heapq.heappush(self._queue, (due, self._order, chunk or None))
                self._ready.notify()
            if not chunk:
                return

    def write(self) -> None:
        while not self.link.closed.is_set():
            with self._ready:
                while not self._queue and not self.link.closed.is_set():
                    self._ready.wait(0.1)
                if self.link.closed.is_set():
                    return
                due, _, chunk = self._queue[0]
                wait = due - time.monotonic()
                if wait > 0:
                    self._ready.wait(min(wait, 0.1))
                    continue
                heapq.heappop(self._queue)
            if chunk is None:
                try:
                    self.dst.shutdown(socket.SHUT_WR)
                except OSError:
                    pass
                self.link.ended()
                return
            chunk = self.link.allow(chunk)
            try:
                if chunk:
                    self.dst.sendall(chunk)
            except OSError:
                self.link.cut()
                return
            if self.link.over:
                self.link.cut()
                return


class _Connection:
    def __init__(self, proxy: "LinkProxy", client: socket.socket, upstream: socket.socket) -> None:
        self.proxy, self.client, self.upstream = proxy, client, upstream
        self.closed = threading.Event()
        self.through = 0
        self.over = False
        self.limit = proxy.next_cut_point()
        self._lock = threading.Lock()
        self._ended = 0

    def ended(self) -> None:
        """One direction has finished; when both have, the sockets are closed."""
        with self._lock:
            self._ended += 1
            done = self._ended == 2
        if done and not self.closed.is_set():
            self.closed.set()
            for sock in (self.client, self.upstream):
                try:
                    sock.close()
                except OSError:
                    pass

    def allow(self, chunk: bytes) -> bytes:
        """The part of ``chunk`` the link carries before its cut point (counted as bytes on the wire)."""
        with self._lock:
            if self.over:
                return b""
            if self.limit is not None and self.through + len(chunk) >= self.limit:
                chunk = chunk[:max(0, self.limit - self.through)]
                self.over = True
                self.proxy.cuts += 1
            self.through += len(chunk)
            self.proxy.count(len(chunk))
            return chunk

    def cut(self) -> None:
        if self.closed.is_set():
            return
        self.closed.set()
        for sock in (self.client, self.upstream):
            try:
                sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                sock.shutdown(socket.SHUT_RD)  # wakes the thread reading it, so the close below resets at once
            except OSError:
                pass
            try:
                sock.close()
            except OSError:
                pass


class LinkProxy(_LoopbackServer):
    """Forward connections on a loopback port to ``target_port`` as the ``profile``'s link would carry them.

    ``cut_every``: bytes through one connection (both ways) before it is cut; ``cut_random``: the mean
    of a random cut point per connection instead (seeded, so a run can be repeated).
    """

    def __init__(self, target_port: int, profile: Profile, *, cut_random: int | None = None, seed: int = 1) -> None:
        self.target_port = target_port
        self.rate = profile.rate
        self.one_way = profile.rtt_ms / 2000
        self.cut_every = profile.cut_every
        self.cut_random = cut_random
        self._rng = random.Random(seed)
        self.bytes = 0
        self.cuts = 0
        self.connections = 0
        self._count_lock = threading.Lock()
        self._open: list[_Connection] = []
        self._listen()

    def next_cut_point(self) -> int | None:
        if self.cut_random:
            return max(1, int(self._rng.expovariate(1 / self.cut_random)))
        return self.cut_every

    def count(self, n: int) -> None:
        with self._count_lock:
            self.bytes += n

    def reset_counts(self) -> None:
        with self._count_lock:
            self.bytes, self.cuts = 0, 0

    def _handle(self, client: socket.socket) -> None:
        try:
            upstream = socket.create_connection(("127.0.0.1", self.target_port), timeout=10)
            upstream.settimeout(None)
        except OSError:
            client.close()
            return
        self.connections += 1
        link = _Connection(self, client, upstream)
        self._open.append(link)
        handshake = time.monotonic() + 2 * self.one_way  # SYN, SYN-ACK: the first byte waits one round trip
        for src, dst in ((client, upstream), (upstream, client)):
            direction = _Direction(link, src, dst, handshake if src is client else 0.0)
            threading.Thread(target=direction.read, daemon=True).start()
            threading.Thread(target=direction.write, daemon=True).start()

    def close(self) -> None:
        super().close()
        for link in self._open:
            link.closed.set()
            for sock in (link.client, link.upstream):
                try:
                    sock.close()
                except OSError:
                    pass


# -- measuring delivery over a profile ----------------------------------------------------------------------

@dataclass
class Figures:
    profile: str
    urgent_s: list[float]
    backlog: int
    backlog_s: float
    backlog_bytes: int
    cuts: int
    uncut_bytes: int | None = None

    @property
    def resent_bytes(self) -> int | None:
        return None if self.uncut_bytes is None else max(0, self.backlog_bytes - self.uncut_bytes)

    @property
    def ratio(self) -> float | None:
        return None if not self.uncut_bytes else self.backlog_bytes / self.uncut_bytes


URGENT = {"type": "early-warning", "code": "rsit:malicious-code/infected-system", "severity": 5,
          "tlp": "TLP:AMBER", "scope": "bilateral", "countries": ["MY"], "observed_at": "2026-11-24T01:30:00+07:00",
          "summary": "Ransomware spreading on provincial government file servers"}


def _deliver_all(station, sync, limit_s: float) -> None:
    """Sync passes until nothing waits (a pass that left messages failing waits for their next attempt)."""
    end = time.monotonic() + limit_s
    while time.monotonic() < end:
        sync.run_once()
        counts = station.outgoing.delivery_counts()
        if not any(counts.get(state, 0) for state in ("queued", "sending", "failed-retrying")):
            return
        due = station.outgoing.next_due_time()
        if due is not None:
            time.sleep(min(max(0.0, due - time.time()), max(0.0, end - time.monotonic())))
    raise TimeoutError(f"not delivered within {limit_s:.0f} s: {station.outgoing.delivery_counts()}")


def measure(sender, receiver_home, peer, profile: Profile, *, reports: int, draft: dict, urgent_runs: int = 1,
            limit_s: float = 900, cut: bool = True) -> Figures:
    """Urgent latency and backlog over ``profile`` from ``sender`` to the station served from ``receiver_home``.

    ``peer``: the receiver as the sender knows it. With ``cut`` False the profile's cuts are left out.
    """
    from siaga.delivery.sync import Sync

    from netutil import Served

    served = Served(receiver_home).start()
    shaped = Profile(profile.name, profile.kbit_s, profile.rtt_ms, profile.cut_every if cut else None)
    proxy = LinkProxy(served.port, shaped)
    try:
        sender.update_peer(peer.id, url=proxy.url)
        sync = Sync(sender)
        urgent = []
        for _ in range(urgent_runs):
            start = time.monotonic()
            sender.file_report(URGENT)
            _deliver_all(sender, sync, limit_s)
            urgent.append(time.monotonic() - start)
        sender.file_reports([dict(draft, summary=f"{draft['summary']} ({n})") for n in range(reports)])
        proxy.reset_counts()
        start = time.monotonic()
        _deliver_all(sender, sync, limit_s)
        return Figures(profile.name, urgent, reports, time.monotonic() - start, proxy.bytes, proxy.cuts)
    finally:
        proxy.close()
        served.stop()

"""The inbox at a million reports: first page, every filter kind, text search, memory.

Builds (or reuses) a station holding N received messages, inserted through
``Store.add_to_inbox`` in large transactions, each with realistic sealed meta
(varied codes, severities, countries, TLPs, statuses, summaries from a word
list; reports carry 0 to 4 indicators, a third of them recurring from a shared
pool, which the correlation index takes in) sealed with the station's own cipher, then times the first page of the
inbox from opening the station and the first page of each kind of filter.

    .venv/bin/python benchmarks/bench_inbox.py [--rows 1000000] [--db-dir DIR] [--gui] [--incidents]

``--db-dir`` keeps the built station for the next run (a temporary folder by
default). ``--gui`` also opens an InboxModel in a QTableView offscreen and
times the first rows shown and a filter applied. Targets: first rows within
1 s, a filter within 150 ms, resident memory at most 500 MB.

``--incidents`` times the incident list instead: the incident index of a station whose
N messages form N / 5 incidents, 1 in 20 of them its own (grouped as they are stored:
each message's incident is recorded, and its incident's sealed summary rewritten, in the
transaction that stores it), then the first page of incidents, of open and of overdue
incidents, and of the inbox's and the outbox's incidents (their "by incident" lists).
Targets: 150 ms each.
"""

from __future__ import annotations

import argparse
import itertools
import multiprocessing
import os
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
from collections import deque
from pathlib import Path

os.environ["SIAGA_KDF"] = "min"  # unlock cost is measured in bench_unlock.py
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from siaga.base.encoding import b64e  # noqa: E402
from siaga.protocol import codebook  # noqa: E402
from siaga.station import VERIFIED, Station  # noqa: E402
from siaga.storage.inbox_query import InboxQuery, explain  # noqa: E402

PASSPHRASE = "benchmark passphrase"
CHUNK = 20_000
RARE_WORD = "kraken"  # in one report of 50,000
ABSENT_WORD = "zeppelin"  # in none
WORDS = (
    "ransomware server servers government ministry provincial phishing campaign credential credentials "
    "malware botnet ddos attack attacks outage network data leak leaked database exposed vulnerability "
    "exploit exploited patch critical infrastructure power grid bank banking payment portal website "
    "defacement defaced email emails spoofed domain domains certificate certificates scanning scan port "
    "ports brute force login logins account accounts compromised compromise backdoor trojan worm loader "
    "dropper command control beacon beaconing exfiltration traffic spike anomaly anomalous suspicious "
    "university hospital hospitals telecom telecommunications operator airport port harbour customs "
    "election commission police military navy ministry finance health education energy water utility "
    "regional national cross border partner partners request assistance update final early warning "
    "indicator indicators hash hashes address addresses observed reported ongoing contained restored "
    "isolated segment backup backups encrypted ransom note extension wiper destructive espionage group "
    "actor actors apt state sponsored hacktivist hacktivists claim claims leak site forum sale access "
    "broker vpn firewall router routers iot camera cameras supply chain vendor software update updates "
    "serangan siber kebocoran data pemerintah kementerian layanan gangguan jaringan peretas situs "
    "café régional sécurité"
).split()
COUNTRIES = ("BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN", "TL", "AU", "JP", "KR", "IN", "US")
PEERS = (("KL duty desk", "MY"), ("Manila CERT", "PH"), ("Bangkok NCSA", "TH"), ("Singapore CSA", "SG"),
         ("Hanoi VNCERT", "VN"), ("Brunei CERT", "BN"), ("Phnom Penh CERT", "KH"), ("Vientiane LaoCERT", "LA"),
         ("Yangon mmCERT", "MM"), ("Dili CERT", "TL"), ("Canberra ACSC", "AU"), ("Tokyo JPCERT", "JP"))
STATUSES = (("new", 60), ("received", 15), ("investigating", 12), ("resolved", 10), ("false-positive", 3))
TYPES = (("early-warning", 40), ("update", 30), ("final", 8), ("request-for-assistance", 2),
         ("acknowledgement", 15), ("ping", 5))
TLPS = (("TLP:CLEAR", 15), ("TLP:GREEN", 35), ("TLP:AMBER", 35), ("TLP:AMBER+STRICT", 12), ("TLP:RED", 3))
SEVERITIES = ((0, 5), (1, 25), (2, 35), (3, 22), (4, 10), (5, 3))


#: indicators: the share drawn from a shared pool (the rest are seen once), and the pool's size
SHARED_SHARE, SHARED_POOL = 0.33, 200_000
#: the share of IPv4 indicators written as the /24 network holding the address (the addresses in it meet it)
NETWORK_SHARE = 0.02
SECTORS = ("government", "energy", "finance", "health", "telecommunications", "transport", "education")


def indicator_value(kind: str, n: int) -> str:
    """The n-th indicator of a kind (the same n gives the same value)."""
    if kind == "domain-name":
        return f"host-{n:x}.example-{n % 97}.net"
    if kind == "ipv4-addr":
        return f"{11 + n % 200}.{(n >> 8) % 256}.{(n >> 16) % 256}.{(n >> 24) % 250 + 1}"
    if kind == "url":
        return f"https://login-{n:x}.example-{n % 89}.org/session"
    return f"{n:064x}"


def _pick(rng: random.Random, table: tuple) -> object:
    values, weights = zip(*table)
    return rng.choices(values, weights)[0]


class Generator:
    """Inbox rows as ``receiving.accept`` and ``import_stix`` would store them."""

    def __init__(self, peers: list[tuple[str, str, dict]], seed: int) -> None:
        self.rng = random.Random(seed)
        self.peers = peers
        book = codebook.current()
        self.codes = list(book.classifications)
        self.code_weights = [1 / (rank + 1) for rank in range(len(self.codes))]
        self.word_weights = [1 / (rank + 1) ** 0.9 for rank in range(len(WORDS))]

    def summary(self, index: int) -> str:
        words = self.rng.choices(WORDS, self.word_weights, k=self.rng.randint(6, 12))
        if index % 50_000 == 7:
            words.insert(self.rng.randint(0, len(words)), RARE_WORD)
        return " ".join(words).capitalize()

    def row(self, index: int, received_at: int) -> dict:
        rng = self.rng
        msg_type = _pick(rng, TYPES)
        author, peer_id, station = self.peers[rng.randrange(len(self.peers))]
        stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(received_at - rng.randint(5, 600)))
        meta = {"author": author, "author_peer": peer_id, "via": peer_id, "type": msg_type, "station": station,
                "reported_at": stamp, "status": _pick(rng, STATUSES)}
        if msg_type == "acknowledgement":
            meta.update(in_reply_to=os.urandom(32).hex(),
                        ack={"status": _pick(rng, STATUSES[1:]), "note": ""}, status="new")
        elif msg_type == "ping":
            meta["status"] = "new"
        else:
            scope = rng.choice(("bilateral", "regional", "regional", "global"))
            countries = {"bilateral": lambda: [rng.choice(COUNTRIES)],
                         "regional": lambda: rng.choice((["ASEAN"], rng.sample(COUNTRIES, rng.randint(2, 4)))),
                         "global": lambda: []}[scope]()
            meta.update(code=rng.choices(self.codes, self.code_weights)[0], severity=_pick(rng, SEVERITIES),
                        tlp=_pick(rng, TLPS), pap=rng.choice(("PAP:CLEAR", "PAP:GREEN", "PAP:AMBER")),
                        scope=scope, countries=countries, summary=self.summary(index), observed_at=stamp)
            if index % 100 == 3:  # a partner's STIX import
                meta.update(external=True, source="partner.json", author="external:Partner feed",
                            author_peer="", via="", station={"name": "Partner feed", "org": "", "country": ""})
            # what the correlation index reads (receiving passes the opened content to the store)
            content = {k: meta[k] for k in ("type", "station", "reported_at", "observed_at", "code")}
            content.update(indicators=self.indicators(), sectors=rng.sample(SECTORS, rng.choice((0, 0, 1, 1, 2))))
            return {"id": os.urandom(32).hex(), "received_at": received_at, "envelope": os.urandom(1400),
                    "peer_id": meta["via"], "meta": meta, "content": content}
        return {"id": os.urandom(32).hex(), "received_at": received_at, "envelope": os.urandom(1400),
                "peer_id": meta["via"], "meta": meta}

    def indicators(self) -> list[dict]:
        """0 to 4 indicators; a third from a shared pool where a few values recur often (campaigns)."""
        rng = self.rng
        out = []
        for _ in range(rng.choice((0, 1, 1, 2, 2, 3, 4))):
            kind = rng.choice(("domain-name", "ipv4-addr", "ipv4-addr", "url", "sha256"))
            if rng.random() < SHARED_SHARE:
                n = int(SHARED_POOL * rng.random() ** 3)  # skewed: low numbers recur most
            else:
                n = rng.getrandbits(40)
            value = indicator_value(kind, n)
            if kind == "ipv4-addr" and rng.random() < NETWORK_SHARE:
                value = value.rsplit(".", 1)[0] + ".0/24"
            out.append({"type": kind, "value": value})
        return out


def make_batch(task: tuple) -> list[dict]:
    """Rows ``start`` to ``stop``, received from ``moment`` on: 70 % advance the clock, the rest share a second."""
    peers, start, stop, moment, step = task
    gen = Generator(peers, seed=2026 * 1_000_003 + start)
    batch = []
    for index in range(start, stop):
        if gen.rng.random() < 0.7:
            moment += gen.rng.randint(1, step)
        batch.append(gen.row(index, moment))
    return batch


def build(home: Path, rows: int) -> None:
    """A liaison station with ``rows`` received messages, over about two years up to now."""
    begin = time.perf_counter()
    shutil.rmtree(home, ignore_errors=True)
    station = Station.create(home, PASSPHRASE, "Jakarta liaison desk", "National CSIRT", "ID")
    peers = []
    with tempfile.TemporaryDirectory() as tmp:
        for i, (name, country) in enumerate(PEERS):
            with Station.create(Path(tmp) / str(i), PASSPHRASE, name, "CSIRT", country) as other:
                peer = station.add_peer(other.card_bytes())
                if i % 2 == 0:
                    station.set_trust(peer.id, VERIFIED)
                peers.append((b64e(other.keys.sign_pk), peer.id, {"name": name, "org": "CSIRT", "country": country}))
    station.store.db.execute("PRAGMA cache_size = -262144")  # 256 MiB while building
    # about two years in all, up to now; rows are made on the other core while this one stores them
    begin_at = int(time.time()) - 2 * 365 * 86400
    step = max(1, round(2 * 2 * 365 * 86400 / 0.7 / max(rows, 1)))
    tasks = iter([(peers, start, min(rows, start + CHUNK), begin_at + round(start * 0.7 * (step + 1) / 2), step)
                  for start in range(0, rows, CHUNK)])
    with multiprocessing.get_context("fork").Pool(1) as pool:
        pending = deque(pool.apply_async(make_batch, (task,)) for task in itertools.islice(tasks, 2))
        done = 0
        while pending:
            batch = pending.popleft().get()
            for task in itertools.islice(tasks, 1):
                pending.append(pool.apply_async(make_batch, (task,)))
            station.store.add_to_inbox(batch)
            done += len(batch)
            if sys.stderr.isatty():
                print(f"\r  built {done:,} of {rows:,}", end="", file=sys.stderr, flush=True)
    station.store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    station.close()
    (home / "bench-rows").write_text(marker_text(rows))
    size = sum(p.stat().st_size for p in home.iterdir() if p.name.startswith("siaga.db"))
    print(f"built {rows:,} messages in {time.perf_counter() - begin:.0f} s ({size / 1e9:.2f} GB)")


def marker_text(rows: int) -> str:
    """What a built station's marker file says: its size, and that its reports carry indicators and networks."""
    return f"{rows} with indicators and networks"


def ensure_station(home: Path, rows: int) -> bool:
    """The station of ``rows`` messages in ``home``: reused when its marker says so, else built.

    It is built in a child process, so that the memory figures a caller takes are the reader's
    alone. False if the build failed.
    """
    marker = home / "bench-rows"
    if marker.is_file() and marker.read_text() == marker_text(rows):
        print(f"reusing {rows:,} messages in {home}")
        return True
    child = multiprocessing.get_context("fork").Process(target=build, args=(home, rows))
    child.start()
    child.join()
    return not child.exitcode


def on_million_station(*measures) -> int:
    """The main of a benchmark that reads the station of this script: ``--rows`` and ``--db-dir`` as here,
    the station built or reused, then each ``measure(home)`` in turn. Returns the exit status."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--db-dir", help="folder that keeps the built station between runs (default: temporary)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(args.db_dir or tmp).expanduser() / f"inbox-{args.rows}"
        if not ensure_station(home, args.rows):
            return 1
        for measure in measures:
            measure(home)
    return 0


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cases(now: int) -> list[tuple[str, InboxQuery]]:
    return [
        ("no filter (report types)", InboxQuery()),
        ("every type", InboxQuery(types=())),
        ("code (common)", InboxQuery(code="rsit:malicious-code/infected-system")),
        ("code (rare)", InboxQuery(code=codebook.current().entries("classifications")[-1]["code"])),
        ("severity 5", InboxQuery(severity=5)),
        ("country TL", InboxQuery(country="TL")),
        ("TLP:RED", InboxQuery(tlp="TLP:RED")),
        ("status resolved", InboxQuery(status="resolved")),
        ("type acknowledgement", InboxQuery(types=("acknowledgement",))),
        ("since 7 days ago", InboxQuery(since=now - 7 * 86400)),
        ("until a year ago", InboxQuery(until=now - 365 * 86400)),
        ("text: one common word", InboxQuery(text="ransomware")),
        ("text: two words (AND)", InboxQuery(text="ransomware hospital")),
        ("text: accented, any case", InboxQuery(text="REGIONAL securite")),
        (f"text: rare word ({RARE_WORD})", InboxQuery(text=RARE_WORD)),
        (f"text: no such word ({ABSENT_WORD})", InboxQuery(text=ABSENT_WORD)),
        ("code matching nothing", InboxQuery(code="rsit:no-such/code")),
        ("ack about TL (report-only filter, none)", InboxQuery(types=("acknowledgement",), country="TL")),
        ("severity 5 + country TL", InboxQuery(severity=5, country="TL")),
        ("TLP:RED + resolved + text", InboxQuery(tlp="TLP:RED", status="resolved", text="ransomware")),
        ("country ID + code + since 30 d", InboxQuery(country="ID", code="rsit:malicious-code/infected-system",
                                                        since=now - 30 * 86400)),
        ("severity 5, oldest first", InboxQuery(severity=5, descending=False)),
    ]


def timed_page(station: Station, query: InboxQuery, after=None) -> tuple[float, list, object]:
    begin = time.perf_counter()
    rows, cursor = station.inbox_page(query, after)
    return (time.perf_counter() - begin) * 1000, rows, cursor


def measure(home: Path, plans: bool) -> Station:
    begin = time.perf_counter()
    station = Station.open(home, PASSPHRASE)
    opened = time.perf_counter()
    rows, _ = station.inbox_page(InboxQuery())
    first = time.perf_counter()
    print(f"open station (unlock + schema check): {(opened - begin) * 1000:.0f} ms;"
          f" first page ({len(rows)} rows) {(first - opened) * 1000:.0f} ms after;"
          f" {(first - begin) * 1000:.0f} ms from open (target 1,000 ms)")
    print(f"\n{'first page of 200 (target 150 ms)':42} {'first':>8} {'median':>8} {'rows':>5}  index walked")
    for label, query in cases(int(time.time())):
        times = []
        for _ in range(5):
            elapsed, rows, _ = timed_page(station, query)
            times.append(elapsed)
        walked = (explain(station.store, query) or ["nothing: a filter matches no message"])[0]
        print(f"{label:42} {times[0]:6.1f}ms {statistics.median(times):6.1f}ms {len(rows):5}  "
              f"{walked if plans else walked.split(' USING ')[-1][:60]}")
    for label, query in (("no filter", InboxQuery()), ("country TL", InboxQuery(country="TL"))):
        cursor, times, total = None, [], 0
        for _ in range(50):
            elapsed, rows, cursor = timed_page(station, query, cursor)
            times.append(elapsed)
            total += len(rows)
            if cursor is None:
                break
        print(f"{label}: {len(times)} pages by cursor ({total:,} rows), median {statistics.median(times):.1f} ms,"
              f" slowest {max(times):.1f} ms")
    print(f"resident memory (max RSS): {rss_mb():.0f} MB (target 500 MB)")
    return station


def measure_gui(home: Path) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QTableView

    from siaga.base.errors import SiagaError
    from siaga.gui.inbox_model import InboxModel

    app = QApplication.instance() or QApplication([])
    begin = time.perf_counter()
    station = Station.open(home, PASSPHRASE)

    def fetch(query, after, limit, on_page, on_error):
        try:
            page = station.inbox_page(query, after, limit)
        except SiagaError as exc:
            QTimer.singleShot(0, lambda exc=exc: on_error(exc))
            return
        QTimer.singleShot(0, lambda: on_page(*page))

    model = InboxModel(fetch, station.books.current, lang="en")
    view = QTableView()
    view.setModel(model)
    view.resize(1280, 800)
    view.show()

    def shown(query: InboxQuery) -> float:
        start = time.perf_counter()
        model.setQuery(query)
        while model.loading:
            app.processEvents()
        view.viewport().grab()  # paint the rows
        return (time.perf_counter() - start) * 1000

    shown(InboxQuery())
    print(f"\nGUI: first rows shown {(time.perf_counter() - begin) * 1000:.0f} ms from open"
          f" ({model.rowCount()} rows; target 1,000 ms)")
    for label, query in (("severity 5", InboxQuery(severity=5)), ("country TL", InboxQuery(country="TL")),
                         ("text: two words", InboxQuery(text="ransomware hospital")),
                         (f"text: {ABSENT_WORD}", InboxQuery(text=ABSENT_WORD))):
        times = [shown(query) for _ in range(3)]
        print(f"GUI: filter {label:22} applied and painted: first {times[0]:.0f} ms,"
              f" median {statistics.median(times):.0f} ms ({model.rowCount()} rows; target 150 ms)")
    print(f"GUI: resident memory (max RSS): {rss_mb():.0f} MB (target 500 MB)")
    view.close()
    station.close()


def build_incidents(home: Path, messages: int, per: int = 5) -> None:
    """An incident index for ``messages`` messages in threads of ``per``, written as the station writes it."""
    if home.exists():
        shutil.rmtree(home)
    started = time.perf_counter()
    station = Station.create(home, PASSPHRASE, "Bench desk", "National CSIRT", "ID")
    index = station.incidents.index
    rng = random.Random(7)
    now = int(time.time())
    incidents = messages // per
    for start in range(0, incidents, CHUNK // per):
        with station.store.transaction():
            for i in range(start, min(start + CHUNK // per, incidents)):
                root = f"{i:064x}"
                key = index.key(root)
                side = "out" if i % 20 == 0 else "in"  # a post files far fewer incidents than it receives
                index.add_members([(f"{i:056x}{n:08x}", side, key) for n in range(per)])
                last = now - rng.randrange(90 * 86400)
                closed = rng.random() < 0.6
                due = None if closed else last + rng.randrange(-3 * 86400, 30 * 86400)
                summary = {"root": root, "root_known": True, "author": f"peer{i % 40}", "side": side,
                           "profile": "asean", "closed": closed, "code": "rsit:malicious-code/infected-system",
                           "severity": rng.randrange(6), "tlp": "TLP:AMBER", "summary": " ".join(
                               rng.choice(WORDS) for _ in range(8)), "latest_type": "update",
                           "reports": per - 1, "messages": per, "related": 0,
                           "opened_at": "2026-11-01T00:00:00Z", "last_at": "2026-11-02T00:00:00Z",
                           "next_due": None if due is None else {
                               "what": "ack", "at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(due)),
                               "who": "self", "ref": root, "met_at": None, "late": False}}
                index.put(key, side, not closed, last, due, summary)
    station.close()
    (home / "bench-incidents").write_text(str(messages))
    print(f"built {incidents:,} incidents of {messages:,} messages in {time.perf_counter() - started:.0f} s")


def measure_incidents(home: Path) -> None:
    with Station.open(home, PASSPHRASE) as station:
        count = station.incidents.index.count()
        for name, options in (("first page of incidents (200, most recently active first)", {}),
                              ("first page of open incidents", {"open_only": True}),
                              ("first page of overdue incidents", {"overdue": True}),
                              ("first page of the inbox by incident (partners' incidents)", {"side": "in"}),
                              ("first page of the outbox by incident (this station's, 1 in 20)", {"side": "out"})):
            times = []
            for _ in range(7):
                started = time.perf_counter()
                rows, _ = station.incidents.page(limit=200, **options)
                times.append((time.perf_counter() - started) * 1000)
            print(f"{name}: median {statistics.median(times):.1f} ms, worst {max(times):.1f} ms"
                  f" ({len(rows)} rows of {count:,} incidents)")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--db-dir", help="folder that keeps the built station between runs (default: temporary)")
    parser.add_argument("--gui", action="store_true", help="also time an InboxModel in a QTableView offscreen")
    parser.add_argument("--plans", action="store_true", help="print SQLite's whole plan step for each query")
    parser.add_argument("--incidents", action="store_true", help="time the incident list instead (see above)")
    args = parser.parse_args()
    if args.incidents:
        with tempfile.TemporaryDirectory() as tmp:
            home = Path(args.db_dir or tmp).expanduser() / f"incidents-sides-{args.rows}"
            marker = home / "bench-incidents"
            if not (marker.is_file() and marker.read_text() == str(args.rows)):
                build_incidents(home, args.rows)
            measure_incidents(home)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(args.db_dir or tmp).expanduser() / f"inbox-{args.rows}"
        if not ensure_station(home, args.rows):
            return 1
        measure(home, args.plans).close()
        if args.gui:
            measure_gui(home)
    return 0


if __name__ == "__main__":
    sys.exit(main())

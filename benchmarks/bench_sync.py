"""Delivery over loopback: a 10,000-report backlog against a TAXII 2.1 server, urgent latency, wire bytes.

1. Backlog: N typical reports queued for one peer; time until every one is
   delivered and its signed receipt verified, with the peer's endpoint running
   as a `siaga serve` process. The same reports, as STIX 2.1 objects, are then
   pushed to a medallion TAXII 2.1 server (memory backend) with taxii2-client,
   waiting for each status to be complete; several batch sizes are tried on a
   sample and the best is used for the full run. Both figures are printed.
2. Urgent report: filed while the peer is online, from filing to verified
   receipt (median of 50).
3. Bytes on the wire per typical report (HTTP framing both ways included)
   against its compressed signed payload.

    .venv/bin/python -m pip install medallion taxii2-client   # once, for part 1
    .venv/bin/python benchmarks/bench_sync.py [--count 10000]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ["SIAGA_KDF"] = "min"  # unlock cost is not what this measures
os.environ.setdefault("SIAGA_PASSPHRASE", "benchmark passphrase")

from siaga.delivery.sync import Sync  # noqa: E402
from siaga.interop import stix  # noqa: E402
from siaga.protocol.codebook import current  # noqa: E402
from siaga.protocol.envelope import compress  # noqa: E402
from siaga.station import Station  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent))
from bench_filing import DRAFT  # noqa: E402

PASSPHRASE = os.environ["SIAGA_PASSPHRASE"]


def serve(home: Path) -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen([sys.executable, "-m", "siaga", "serve", "--port", "0", "--home", str(home)],
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True)
    for line in proc.stderr:
        match = re.search(r"listening on (http://\S+)", line)
        if match:
            return proc, match.group(1)
    raise RuntimeError("endpoint did not start")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_medallion(root: Path) -> tuple[subprocess.Popen, str]:
    data = {
        "/discovery": {"title": "bench", "default": "http://127.0.0.1/api1/", "api_roots": ["http://127.0.0.1/api1/"]},
        "api1": {
            "information": {"title": "bench", "versions": ["application/taxii+json;version=2.1"],
                            "max_content_length": 100 * 1024 * 1024},
            "status": [],
            "collections": [{"id": "91a7b528-80eb-42ed-a74d-c6fbd5a26116", "title": "reports", "can_read": True,
                             "can_write": True, "media_types": ["application/stix+json;version=2.1"],
                             "objects": [], "manifest": []}],
        },
    }
    (root / "data.json").write_text(json.dumps(data))
    config = {"backend": {"module": "medallion.backends.memory_backend", "module_class": "MemoryBackend",
                          "filename": str(root / "data.json")},
              "users": {"bench": "bench-password"}, "taxii": {"max_page_size": 100}}
    (root / "config.json").write_text(json.dumps(config))
    port = free_port()
    proc = subprocess.Popen(["medallion", "--host", "127.0.0.1", "--port", str(port), str(root / "config.json")],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env=dict(os.environ, PATH=f"{Path(sys.executable).parent}:{os.environ['PATH']}"))
    url = f"http://127.0.0.1:{port}/api1/collections/91a7b528-80eb-42ed-a74d-c6fbd5a26116/"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return proc, url
        except OSError:
            time.sleep(0.1)
    raise RuntimeError("medallion did not start")


def make_pair(root: Path, name: str) -> tuple[Station, Station, str]:
    sender = Station.create(root / f"{name}-sender", PASSPHRASE, "Sender", "CSIRT", "ID")
    receiver = Station.create(root / f"{name}-receiver", PASSPHRASE, "Receiver", "CSIRT", "MY")
    peer = sender.add_peer(receiver.card_bytes())
    receiver.add_peer(sender.card_bytes())
    return sender, receiver, peer.id


def drafts(count: int, peer_id: str) -> list[dict]:
    return [dict(DRAFT, to=[peer_id], summary=f"{DRAFT['summary']} #{i}") for i in range(count)]


def siaga_backlog(root: Path, count: int) -> tuple[float, list]:
    sender, receiver, peer_id = make_pair(root, "backlog")
    ids = []
    for start in range(0, count, 1000):
        ids += sender.file_reports(drafts(min(1000, count - start), peer_id))
    proc, url = serve(receiver.home)
    try:
        sender.update_peer(peer_id, url=url)
        engine = Sync(sender)
        begin = time.perf_counter()
        while engine.run_once().waiting:
            pass
        elapsed = time.perf_counter() - begin
    finally:
        proc.terminate()
        proc.wait()
    delivered = sender.store.delivery_counts().get("delivered", 0)
    assert delivered == count, f"only {delivered} of {count} delivered"
    assert receiver.store.count("inbox") == count
    reports = [(i, sender.read_outbox(i).content, sender.read_outbox(i).signed_payload) for i in ids]
    sender.close()
    receiver.close()
    return elapsed, reports


def taxii_push(root: Path, book, reports: list, batch: int) -> float:
    from taxii2client.v21 import Collection
    proc, url = start_medallion(root)
    try:
        collection = Collection(url, user="bench", password="bench-password")
        # markings, identities and the extension definition once; then the reports' objects
        shared = stix.shared_objects(book, [content for _, content, _ in reports], extension=False)
        envelopes = [{"objects": shared}]
        for start in range(0, len(reports), batch):
            objects = [o for r in reports[start:start + batch] for o in stix.report_objects(book, *r)]
            envelopes.append({"objects": objects})
        begin = time.perf_counter()
        for envelope in envelopes:
            status = collection.add_objects(envelope, wait_for_completion=True, poll_interval=0.05, timeout=0)
            if status.status != "complete" or status.failure_count:
                raise RuntimeError(f"TAXII push failed: {status.status}, {status.failure_count} failures")
        return time.perf_counter() - begin
    finally:
        proc.terminate()
        proc.wait()


def urgent_latency(root: Path, runs: int = 50) -> list[float]:
    sender, receiver, peer_id = make_pair(root, "urgent")
    proc, url = serve(receiver.home)
    times = []
    try:
        sender.update_peer(peer_id, url=url)
        engine = Sync(sender)
        for i in range(runs):
            begin = time.perf_counter()
            msg = sender.file_report(dict(DRAFT, to=[peer_id], severity=5, summary=f"Urgent #{i}"))
            engine.run_once()
            times.append(time.perf_counter() - begin)
            assert sender.store.delivery(msg, peer_id)["status"] == "delivered"
    finally:
        proc.terminate()
        proc.wait()
        sender.close()
        receiver.close()
    return times


def wire_bytes(root: Path, count: int = 500) -> tuple[float, float]:
    sender, receiver, peer_id = make_pair(root, "wire")
    ids = sender.file_reports(drafts(count, peer_id))
    proc, url = serve(receiver.home)
    try:
        sender.update_peer(peer_id, url=url)
        engine = Sync(sender)
        engine.run_once()
    finally:
        proc.terminate()
        proc.wait()
    payload = statistics.mean(len(compress(sender.read_outbox(i).signed_payload)) for i in ids)
    per_report = engine.bytes_sent / count
    sender.close()
    receiver.close()
    return per_report, payload


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--sample", type=int, default=1000, help="reports used to pick the best TAXII batch size")
    parser.add_argument("--skip-taxii", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        per_report, payload = wire_bytes(root)
        print(f"wire bytes per report:          {per_report:.0f} B (compressed signed payload {payload:.0f} B, "
              f"ratio {per_report / payload:.2f})")
        times = urgent_latency(root)
        print(f"urgent report, filing to receipt: median {statistics.median(times) * 1000:.1f} ms "
              f"(95th percentile {sorted(times)[int(len(times) * 0.95)] * 1000:.1f} ms, {len(times)} runs)")
        siaga_time, reports = siaga_backlog(root, args.count)
        print(f"Siaga backlog of {args.count}:         {siaga_time:.1f} s "
              f"({args.count / siaga_time:.0f} reports/s, delivered and receipted)")
        if args.skip_taxii:
            return 0
        book = current()
        sample = reports[: args.sample]
        best = None
        for batch in (10, 50, 100, 250, 500, 1000):
            (root / f"taxii-{batch}").mkdir()
            elapsed = taxii_push(root / f"taxii-{batch}", book, sample, batch)
            print(f"  TAXII sample of {len(sample)}, batch {batch:4}: {elapsed:.2f} s")
            if best is None or elapsed < best[1]:
                best = (batch, elapsed)
        (root / "taxii-full").mkdir()
        taxii_time = taxii_push(root / "taxii-full", book, reports, best[0])
        print(f"TAXII (medallion) backlog of {args.count}: {taxii_time:.1f} s with batch {best[0]} "
              f"({args.count / taxii_time:.0f} reports/s)")
        print(f"Siaga is {taxii_time / siaga_time:.1f} times faster")
    return 0


if __name__ == "__main__":
    sys.exit(main())

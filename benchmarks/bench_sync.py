"""Delivery over loopback against the cryptographic floor and a TAXII 2.1 server; urgent latency; wire bytes.

1. Backlog: N typical reports (10,000) queued for one peer; time until every one is
   delivered and its signed receipt verified, with the peer's endpoint running as a
   `siaga serve` process, and time until the receiver has filed every one in its inbox
   (searchable; it takes large batches in first and files them after). The reports are filed once; each run syncs a fresh copy of
   both stations.
2. The crypto floor, measured in the same run on the same envelopes: the libsodium
   work per delivered report done one after another on one thread (unwrap the
   content key with X25519, decrypt the body with XChaCha20-Poly1305, verify the
   author's signature, sign a receipt, verify the receipt). The backlog's rate is
   printed as a share of it.
3. TAXII: the first `--taxii-count` (3,000) of the same reports as STIX 2.1 objects
   pushed to a medallion TAXII 2.1 server (memory backend) with taxii2-client,
   waiting for each status; several batch sizes are tried on a sample of 1,000 and
   the best is used. Siaga's backlog of the same 3,000 is timed beside it. Medallion's
   memory backend compares each new object with every stored one, so its cost per
   report grows with the collection: the comparison is made at 3,000, not 10,000.
4. Urgent report: filed while the peer is online, from filing to verified receipt
   (median of 50).
5. Bytes on the wire per typical report (HTTP framing both ways included) against
   its compressed signed payload.
6. CPU per report of the backlog, sender and receiver (from /proc, where there is one):
   under load, the share of the cores each process gets changes from run to run; the
   CPU each report costs changes much less.

Every timed part runs `--runs` times (3); medians are printed with the spread.

    .venv/bin/python benchmarks/bench_sync.py [--count 10000] [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ["SIAGA_KDF"] = "min"  # unlock cost is not what this measures
os.environ.setdefault("SIAGA_PASSPHRASE", "benchmark passphrase")

import nacl.bindings as sodium  # noqa: E402
from nacl.public import Box, PublicKey  # noqa: E402
from nacl.signing import VerifyKey  # noqa: E402

from siaga.base.encoding import b64d  # noqa: E402
from siaga.delivery import sync as sync_module  # noqa: E402
from siaga.delivery.sync import Sync  # noqa: E402
from siaga.interop import stix  # noqa: E402
from siaga.protocol.codebook import current  # noqa: E402
from siaga.protocol.envelope import _ZERO_NONCE, SIGN_DOMAIN, _split, compress, decompress  # noqa: E402
from siaga.protocol.transport import make_receipt, verify_receipt  # noqa: E402
from siaga.station import Station  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent))
from bench_filing import DRAFT  # noqa: E402

PASSPHRASE = os.environ["SIAGA_PASSPHRASE"]


#: ``siaga serve --open-processes`` for the backlog's receiver (``--open-processes``; 0: opened on threads)
OPEN_PROCESSES = 0


def serve(home: Path, processes: int = 0) -> tuple[subprocess.Popen, str]:
    extra = ["--open-processes", str(processes)] if processes else []
    proc = subprocess.Popen([sys.executable, "-m", "siaga", "serve", "--port", "0", "--home", str(home), *extra],
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


def file_backlog(root: Path, count: int) -> tuple[Path, Path, str, list]:
    """File ``count`` reports for one peer once; (sender home, receiver home, peer id, reports for STIX)."""
    sender, receiver, peer_id = make_pair(root, "backlog")
    ids = []
    for start in range(0, count, 1000):
        ids += sender.file_reports(drafts(min(1000, count - start), peer_id))
    reports = [(i, sender.read_outbox(i).content, sender.read_outbox(i).signed_payload) for i in ids]
    homes = sender.home, receiver.home
    sender.close()
    receiver.close()
    return *homes, peer_id, reports


def process_cpu(pid: int) -> float | None:
    """CPU seconds (user and system) a process and its running children (opener processes) have used so far;
    None where /proc cannot tell."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        own = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        children = [int(c) for task in Path(f"/proc/{pid}/task").iterdir()
                    for c in (task / "children").read_text().split()]
    except (OSError, ValueError, IndexError, AttributeError):
        return None
    return own + sum(process_cpu(c) or 0.0 for c in children)


#: CPU per report of each floor run, in microseconds
FLOOR_CPU: list = []
#: CPU per report of the last backlog run: (sender, receiver until all is filed, receiver until all is
#: delivered) in microseconds (the receiver's None if unknown)
LAST_CPU: list = [None, None, None]
#: seconds from the start of the last backlog run until the receiver had filed every report in its inbox
LAST_FILED: list = [None]


def siaga_backlog(root: Path, homes: tuple[Path, Path], peer_id: str, count: int, run: str) -> float:
    """Seconds to deliver the first ``count`` of the filed backlog (on fresh copies of both stations)."""
    sender_home, receiver_home = root / f"{run}-sender", root / f"{run}-receiver"
    shutil.copytree(homes[0], sender_home)
    shutil.copytree(homes[1], receiver_home)
    sender, receiver = Station.open(sender_home, PASSPHRASE), Station.open(receiver_home, PASSPHRASE)
    queued = sender.store.delivery_counts().get("queued", 0)
    if count < queued:  # only the first ``count`` are due now
        later = [m for m, _ in sender.store.deliveries_in("queued")][count:]
        sender.store.set_deliveries(peer_id, [(m, "queued", 0, 2**40, None) for m in later])
    proc, url = serve(receiver.home, OPEN_PROCESSES)
    try:
        sender.update_peer(peer_id, url=url)
        engine = Sync(sender)
        cpu_sender, cpu_receiver = time.process_time(), process_cpu(proc.pid)
        begin = time.perf_counter()
        while engine.run_once().waiting > queued - count:
            pass
        elapsed = time.perf_counter() - begin
        sender_cpu = time.process_time() - cpu_sender
        delivered_cpu = process_cpu(proc.pid)
        # filed: nothing waits among the receiver's arrivals (read here without filing)
        while receiver.store.any_arrival_waiting():
            time.sleep(0.01)
        filed = time.perf_counter() - begin
        after = process_cpu(proc.pid)
        known = after is not None and cpu_receiver is not None
        LAST_CPU[:] = [sender_cpu * 1e6 / count, (after - cpu_receiver) * 1e6 / count if known else None,
                       (delivered_cpu - cpu_receiver) * 1e6 / count if known else None]
        LAST_FILED[:] = [filed]
    finally:
        proc.terminate()
        proc.wait()
    delivered = sender.store.delivery_counts().get("delivered", 0)
    assert delivered == count, f"only {delivered} of {count} delivered"
    assert receiver.store.count("inbox") == count and receiver.store.arrival_counts() == (0, 0)
    sender.close()
    receiver.close()
    shutil.rmtree(sender_home)
    shutil.rmtree(receiver_home)
    return elapsed


def crypto_floor(homes: tuple[Path, Path], count: int) -> float:
    """Seconds for the libsodium work of ``count`` deliveries, one after another on one thread."""
    sender, receiver = Station.open(homes[0], PASSPHRASE), Station.open(homes[1], PASSPHRASE)
    ids = sender.store.outbox_ids()[:count]
    envelopes = sender.store.envelopes(ids)
    box_key, signing = receiver.keys.box_keys()[0], receiver.keys.signing
    receiver_pk = bytes(signing.verify_key)
    work = []
    for msg_id in ids:  # decompressing and splitting are not libsodium's work: done before the clock starts
        env = envelopes[msg_id]
        _, eph, wraps, header, body = _split(env)
        key = Box(box_key, PublicKey(eph)).decrypt(wraps[0], _ZERO_NONCE)
        payload = decompress(sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(body, header, _ZERO_NONCE, key), 1 << 20)
        author = b64d(json.loads(payload[64:])["author"], "author", 32)
        work.append((msg_id, eph, wraps[0], header, body, payload, author))
    sender.close()
    receiver.close()
    begin, cpu = time.perf_counter(), time.process_time()
    for msg_id, eph, wrap, header, body, payload, author in work:
        key = Box(box_key, PublicKey(eph)).decrypt(wrap, _ZERO_NONCE)
        sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(body, header, _ZERO_NONCE, key)
        VerifyKey(author).verify(SIGN_DOMAIN + payload[64:], payload[:64])
        verify_receipt(make_receipt(signing, msg_id, 1_790_000_000), receiver_pk)
    elapsed = time.perf_counter() - begin
    FLOOR_CPU.append((time.process_time() - cpu) * 1e6 / count)
    return elapsed


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


def spread(values: list[float]) -> str:
    return f"median {statistics.median(values):.2f} s (runs: {', '.join(f'{v:.2f}' for v in values)})"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--taxii-count", type=int, default=3000)
    parser.add_argument("--sample", type=int, default=1000, help="reports used to pick the best TAXII batch size")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--skip-taxii", action="store_true")
    parser.add_argument("--batch", type=int, default=0,
                        help="try another Siaga batch size (default: siaga.delivery.sync.BATCH_MESSAGES)")
    parser.add_argument("--open-processes", type=int, default=0,
                        help="the backlog's receiver opens large batches in this many worker processes "
                             "(siaga serve --open-processes; default 0: on threads)")
    args = parser.parse_args()
    global OPEN_PROCESSES
    OPEN_PROCESSES = args.open_processes
    if args.batch:
        sync_module.BATCH_MESSAGES = args.batch
    print(f"load average at start: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; "
          f"Siaga batch size {sync_module.BATCH_MESSAGES}; receiver opens on "
          + (f"{OPEN_PROCESSES} worker processes" if OPEN_PROCESSES else "threads"))
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        per_report, payload = wire_bytes(root)
        print(f"wire bytes per report:          {per_report:.0f} B (compressed signed payload {payload:.0f} B, "
              f"ratio {per_report / payload:.2f})")
        times = urgent_latency(root)
        print(f"urgent report, filing to receipt: median {statistics.median(times) * 1000:.1f} ms "
              f"(95th percentile {sorted(times)[int(len(times) * 0.95)] * 1000:.1f} ms, {len(times)} runs)")
        count = max(args.count, args.taxii_count)
        *homes, peer_id, reports = file_backlog(root, count)
        floors, backlogs, smalls, cpus, fileds, smalls_filed = [], [], [], [], [], []
        for run in range(args.runs):
            floors.append(crypto_floor(tuple(homes), args.count))
            backlogs.append(siaga_backlog(root, tuple(homes), peer_id, args.count, f"run{run}"))
            cpus.append(tuple(LAST_CPU))
            fileds.append(LAST_FILED[0])
            if not args.skip_taxii:
                smalls.append(siaga_backlog(root, tuple(homes), peer_id, args.taxii_count, f"small{run}"))
                smalls_filed.append(LAST_FILED[0])
            print(f"  run {run + 1}: floor {args.count / floors[-1]:.0f} reports/s, backlog of {args.count} "
                  f"{args.count / backlogs[-1]:.0f} reports/s delivered, {args.count / fileds[-1]:.0f} filed"
                  + (f", backlog of {args.taxii_count} {args.taxii_count / smalls[-1]:.0f} reports/s" if smalls else ""),
                  flush=True)
        floor_rate = args.count / statistics.median(floors)
        siaga_rate = args.count / statistics.median(backlogs)
        print(f"crypto floor ({args.count} reports, one thread): {spread(floors)}, {floor_rate:.0f} reports/s")
        print(f"Siaga backlog of {args.count}: {spread(backlogs)}, {siaga_rate:.0f} reports/s, delivered and receipted")
        filed_rate = args.count / statistics.median(fileds)
        print(f"Siaga backlog of {args.count}, until the receiver has filed all in its inbox (searchable): "
              f"{spread(fileds)}, {filed_rate:.0f} reports/s")
        print(f"FLOOR RATIO: delivery {siaga_rate / floor_rate:.2f} of the crypto floor "
              f"({siaga_rate:.0f} against {floor_rate:.0f} reports/s); "
              f"filed {filed_rate / floor_rate:.2f} ({filed_rate:.0f} reports/s)")
        sender_cpu = statistics.median(c[0] for c in cpus)
        receiver_cpu = [c[1] for c in cpus if c[1] is not None]
        intake_cpu = [c[2] for c in cpus if c[2] is not None]
        print(f"CPU per report in the backlog (median of runs; a figure the machine's load changes less): "
              f"sender {sender_cpu:.0f} us"
              + (f", receiver {statistics.median(receiver_cpu):.0f} us until all is filed "
                 f"({statistics.median(intake_cpu):.0f} us of it until all is delivered)" if receiver_cpu else "")
              + f"; the floor's libsodium work {statistics.median(FLOOR_CPU):.0f} us of CPU")
        if args.skip_taxii:
            return 0
        book = current()
        sample = reports[: args.sample]
        best = None
        for batch in (100, 250, 500, 1000):
            (root / f"taxii-{batch}").mkdir()
            elapsed = taxii_push(root / f"taxii-{batch}", book, sample, batch)
            print(f"  TAXII sample of {len(sample)}, batch {batch:4}: {elapsed:.2f} s")
            if best is None or elapsed < best[1]:
                best = (batch, elapsed)
        taxii_times = []
        for run in range(args.runs):
            (root / f"taxii-full-{run}").mkdir()
            taxii_times.append(taxii_push(root / f"taxii-full-{run}", book, reports[: args.taxii_count], best[0]))
        taxii_rate = args.taxii_count / statistics.median(taxii_times)
        small_rate = args.taxii_count / statistics.median(smalls)
        print(f"TAXII (medallion, memory backend) push of {args.taxii_count}, batch {best[0]}: {spread(taxii_times)}, "
              f"{taxii_rate:.0f} reports/s")
        print(f"Siaga backlog of {args.taxii_count}: {spread(smalls)}, {small_rate:.0f} reports/s")
        small_filed_rate = args.taxii_count / statistics.median(smalls_filed)
        print(f"Siaga backlog of {args.taxii_count}, until all is filed: {spread(smalls_filed)}, "
              f"{small_filed_rate:.0f} reports/s")
        print(f"TAXII RATIO: Siaga is {small_rate / taxii_rate:.2f} times the TAXII push at {args.taxii_count} reports "
              f"({small_rate:.0f} against {taxii_rate:.0f} reports/s); filed, {small_filed_rate / taxii_rate:.2f} times")
        sample_rate = len(sample) / best[1]
        print(f"  (at the sample of {len(sample)}, before medallion's memory backend slows with its collection: "
              f"TAXII {sample_rate:.0f} reports/s, Siaga {small_rate / sample_rate:.2f} times that; "
              f"filed, {small_filed_rate / sample_rate:.2f} times)")
        print(f"load average at end: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

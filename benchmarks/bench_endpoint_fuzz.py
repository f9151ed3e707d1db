"""The endpoint under hostile traffic: requests per second, refusals by status, memory before and after.

A `siaga serve` process on loopback takes N hostile requests (the attacks of
``tests/hostile.py``: malformed, forged, replayed, oversized, out of window, cut
off, large bodies from unsigned, unknown or stale senders, floods of connections
from one address) from several threads while a few slow clients send a byte a
second and a few send a header line every two seconds without end. Printed:
requests/s, answers by status and by attack, how the slow clients ended, the
endpoint's resident memory (VmRSS) after a warm-up and after the storm, and
whether anything was stored.

    .venv/bin/python benchmarks/bench_endpoint_fuzz.py [--requests 20000] [--threads 4]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ["SIAGA_KDF"] = "min"  # unlock cost is not what this measures

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
from helpers import PASSPHRASE, link  # noqa: E402
from hostile import Target, sealed_report, slow_client, storm, trickle_headers, vm_rss_kib  # noqa: E402
from netutil import Served  # noqa: E402
from siaga.station import Station  # noqa: E402
from siaga.transport import BATCH_CONTENT_TYPE, pack_batch, sign_request  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=20000)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--slow-clients", type=int, default=4)
    args = parser.parse_args()
    import requests

    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        kl, jkt, mnl, stranger = (Station.create(base / name, PASSPHRASE, name, "National CSIRT", country)
                                  for name, country in (("kl", "MY"), ("jkt", "ID"), ("mnl", "PH"), ("x", "SG")))
        link(jkt, kl)
        link(jkt, mnl)
        server = Served(kl.home).start()
        try:
            target = Target(server.url, kl, jkt, stranger, mnl)
            for i in range(5):
                sealed = sealed_report(jkt, [kl], f"Legitimate report {i}")
                body = pack_batch([sealed.envelope])
                headers = sign_request(jkt.keys.signing, "POST", "/v1/messages", body, kl.keys.sign_pk)
                headers["Content-Type"] = BATCH_CONTENT_TYPE
                assert requests.post(server.url + "/v1/messages", data=body, headers=headers, timeout=30).ok
                target.replays.append((headers, body))
            rss_start = vm_rss_kib(server.proc.pid)
            storm(target, 400, args.threads, 60, seed=99)
            rss_before = vm_rss_kib(server.proc.pid)
            stop = threading.Event()
            slow_log: list = []
            trickle_log: list = []
            slow = [threading.Thread(target=slow_client, args=(target, 3600, stop, slow_log), daemon=True)
                    for _ in range(args.slow_clients)]
            slow += [threading.Thread(target=trickle_headers, args=(target, 3600, stop, trickle_log), daemon=True)
                     for _ in range(args.slow_clients)]
            for s in slow:
                s.start()
            time.sleep(1)
            tally, elapsed = storm(target, args.requests, args.threads, 3600, seed=1)
            stop.set()
            for s in slow:
                s.join(timeout=5)
            rss_after = vm_rss_kib(server.proc.pid)
        finally:
            server.stop()
        stored = kl.store.count("inbox")

    print(f"hostile requests: {tally.total} from {args.threads} threads in {elapsed:.1f} s: "
          f"{tally.total / elapsed:.0f} requests/s ({args.slow_clients} byte-a-second clients and "
          f"{args.slow_clients} header tricklers attacked meanwhile)")
    print("answers by status: " + ", ".join(f"{k}: {v}" for k, v in sorted(tally.answers.items(), key=str)))
    print("requests by attack: " + ", ".join(f"{k}: {v}" for k, v in sorted(tally.sent.items())))
    print(f"wrong answers: {len(tally.wrong)}")
    for name, entries in (("byte-a-second clients", slow_log), ("header tricklers", trickle_log)):
        print(f"{name}: " + ", ".join(f"{kind} after {took:.1f} s" if isinstance(took, float) else kind
                                      for kind, took in entries))
    print(f"endpoint VmRSS: {rss_start / 1024:.1f} MiB at start, {rss_before / 1024:.1f} MiB after a 400-request "
          f"warm-up, {rss_after / 1024:.1f} MiB after the storm")
    print(f"inbox afterwards: {stored} message(s) (the 5 legitimate ones)")


if __name__ == "__main__":
    main()

"""Opening large batches in worker processes: the same messages taken in, the same refusals, threads as the fallback."""

from __future__ import annotations

import signal
import time
from pathlib import Path

import pytest

from siaga.delivery import open_pool, receiving
from siaga.delivery.receiving import BatchRefused, accept
from siaga.delivery.sync import Sync
from siaga.protocol.codebook import CodebookSet, codebooks

from netutil import Served


@pytest.fixture
def processes():
    yield
    receiving.use_processes(0)  # the workers stop; later tests open on threads


def _pair(network, draft, count):
    net = network(links=[("jakarta", "kl")])
    jkt, kl = net.jakarta, net.kl
    msgs = jkt.file_reports([dict(draft, to=[net.id("kl")], summary=f"Report {i}") for i in range(count)])
    return jkt, kl, msgs, kl.peer_by_key(jkt.keys.sign_pk)


def test_a_batch_opened_in_processes_is_taken_in_and_a_bad_envelope_refused_on_its_own(
        network, draft, processes, monkeypatch):
    jkt, kl, msgs, deliverer = _pair(network, draft, receiving.PROCESSES_FROM + 6)
    envelopes = [jkt.store.envelopes([m])[m] for m in msgs]
    bad = bytearray(envelopes[5])
    bad[-3] ^= 0x01  # the body no longer authenticates

    receiving.use_processes(2, kl.keys.box_keys())
    # the workers open the batch: this station's own opening is never called
    monkeypatch.setattr(type(kl), "open_envelope", lambda *a: pytest.fail("opened on a thread"))
    with pytest.raises(BatchRefused) as refused:
        accept(kl, [*envelopes[:5], bytes(bad), *envelopes[6:]], deliverer)
    assert [(i.index, i.msg_id, i.reason) for i in refused.value.items] == [(5, msgs[5], "tampered")]
    assert kl.store.inbox_ids() == []  # all or nothing

    result = accept(kl, envelopes, deliverer)
    assert result.new == msgs and sorted(kl.store.inbox_ids()) == sorted(msgs)
    assert [m for m, _ in result.entries] == msgs


def test_a_small_batch_or_a_station_with_its_own_codebooks_is_opened_on_threads(network, draft, processes, tmp_path):
    jkt, kl, msgs, deliverer = _pair(network, draft, receiving.PROCESSES_FROM + 1)
    receiving.use_processes(2)
    opened = []
    original = type(kl).open_envelope

    def counting(station, env):
        opened.append(env)
        return original(station, env)

    kl.open_envelope = counting.__get__(kl)
    accept(kl, [jkt.store.envelopes([m])[m] for m in msgs[:3]], deliverer)
    assert len(opened) == 3  # below PROCESSES_FROM: threads
    kl.books = CodebookSet(codebooks().folder)  # the same books, but not the ones a worker loads
    assert open_pool.open_all(kl, [jkt.store.envelopes([msgs[3]])[msgs[3]]], 2, receiving.refusal) is None
    accept(kl, [jkt.store.envelopes([m])[m] for m in msgs[3:]], deliverer)
    assert len(opened) == len(msgs) and sorted(kl.store.inbox_ids()) == sorted(msgs)


def test_siaga_serve_with_opener_processes_delivers_a_backlog_exactly_once(network, draft):
    net = network(links=[("jakarta", "kl")])
    jkt, kl, kl_id = net.jakarta, net.kl, net.id("kl")
    msgs = jkt.file_reports([dict(draft, to=[kl_id], summary=f"Report {i}") for i in range(150)])
    served = Served(kl.home, extra=("--open-processes", "2")).start()
    try:
        jkt.update_peer(kl_id, url=served.url)
        summary = Sync(jkt).run_once()
    finally:
        served.stop()
    assert (summary.delivered, summary.waiting) == (150, 0)
    assert sorted(kl.store.inbox_ids()) == sorted(msgs)
    assert set(jkt.store.receipts_for(msgs, kl_id)) == set(msgs)
    assert kl.verify_audit().intact


def test_the_number_of_opener_processes_is_checked(tmp_path):
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "siaga", "serve", "--open-processes", "99", "--home",
                           str(tmp_path)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "from 0 to 16" in done.stderr and "Traceback" not in done.stderr


def _running(pid: int) -> bool:
    """Is this process still running (not gone, not a zombie waiting to be reaped)?"""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def _workers_of(pid: int) -> list[int]:
    children = [int(c) for task in Path(f"/proc/{pid}/task").iterdir()
                for c in (task / "children").read_text().split()]
    return [c for c in children if "spawn_main" in Path(f"/proc/{c}/cmdline").read_text()]


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads processes from /proc")
def test_the_workers_of_a_serving_process_killed_outright_stop_themselves(network):
    net = network(links=[("jakarta", "kl")])
    served = Served(net.kl.home, extra=("--open-processes", "2")).start()
    try:
        deadline = time.monotonic() + 60
        workers = _workers_of(served.proc.pid)
        while len(workers) < 2 and time.monotonic() < deadline:  # they start with the endpoint
            time.sleep(0.2)
            workers = _workers_of(served.proc.pid)
        assert len(workers) == 2 and all(_running(w) for w in workers)
        served.proc.send_signal(signal.SIGKILL)
        served.proc.wait(timeout=10)
        deadline = time.monotonic() + 20
        while any(_running(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not any(_running(w) for w in workers)  # each saw its parent go, and ended (keys and all)
    finally:
        served.stop()

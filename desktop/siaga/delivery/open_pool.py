"""Opening a large batch's envelopes in worker processes (``siaga serve --open-processes N``).

Unwrapping, decrypting and verifying run in libsodium, which lets go of the
interpreter lock; the checks around them (JSON, canonical form, the codebook and
indicator checks) are Python and hold it, as the storing thread does. In worker
processes those checks run beside the storing thread instead of taking turns with it.
Each worker is started (``spawn``: no copy of the serving process) with this
station's decryption keys, handed over a pipe and kept in its memory only, and opens
envelopes with nothing else: no database, no network. What it sends back is what
opening on a thread gives: the opened message or the refusal of that one envelope.

Off by default: the workers cost memory and their start, and on a machine whose
cores are busy they gain nothing. Any failure of the workers (one killed, the pool
broken) is logged and the batch is opened on threads as before.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import threading
import time
import traceback
from concurrent.futures import ProcessPoolExecutor
from typing import Callable

from nacl.public import PrivateKey

from ..protocol import codebook as codebook_mod
from ..protocol.envelope import open_envelope

log = logging.getLogger("siaga.open_pool")

#: a batch is split in this many parts per worker (the parts that finish first are not left waiting)
PARTS_PER_WORKER = 2
#: seconds between a worker's checks that the process that started it is still there
PARENT_CHECK = 1.0

_pool: ProcessPoolExecutor | None = None
_pool_keys: tuple[bytes, ...] = ()
_lock = threading.Lock()

# in a worker process: its keys and codebooks
_worker_keys: list[PrivateKey] = []


def _start_worker(secrets: tuple[bytes, ...], parent: int) -> None:
    global _worker_keys
    _worker_keys = [PrivateKey(secret) for secret in secrets]
    codebook_mod.codebooks()  # loaded once, before the first batch

    def watch() -> None:  # a serving process killed outright cannot stop its workers: they stop themselves
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK)
        os._exit(0)

    threading.Thread(target=watch, name="siaga-open-parent", daemon=True).start()


def _open_part(envelopes: list[bytes], refuse: Callable) -> list:
    """Open envelopes in a worker: each the opened message, or ``refuse(exc, trace)``'s refusal."""
    books = codebook_mod.codebooks()
    out = []
    for env in envelopes:
        try:
            out.append(open_envelope(env, _worker_keys, books))
        except Exception as exc:  # noqa: BLE001 - the refusal of this envelope, as on a thread
            out.append(refuse(exc, traceback.format_exc()))
    return out


def _executor(secrets: tuple[bytes, ...], workers: int) -> ProcessPoolExecutor:
    global _pool, _pool_keys
    with _lock:
        if _pool is not None and _pool_keys != secrets:  # the station's keys changed: new workers
            _pool.shutdown(wait=False, cancel_futures=True)
            _pool = None
        if _pool is None:
            _pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                                        initializer=_start_worker, initargs=(secrets, os.getpid()))
            _pool_keys = secrets
            log.info("opening large batches in %d worker processes", workers)
        return _pool


def _ready() -> bool:
    return True


def start(box_keys: list[PrivateKey], workers: int) -> None:
    """Start the workers now (with the station's current keys), so the first large batch does not wait."""
    pool = _executor(tuple(bytes(key) for key in box_keys), workers)
    for _ in range(workers):
        pool.submit(_ready)


def open_all(station, envelopes: list[bytes], workers: int, refuse: Callable) -> list | None:
    """Open a batch in the worker processes, in order; None when they cannot (the caller uses threads).

    ``refuse(exc, trace)`` turns the failure of one envelope into its refusal (it must be a
    module-level function: it travels to the workers by name).
    """
    if station.books is not codebook_mod.codebooks():
        return None  # a station with codebooks of its own: the workers would not have them
    secrets = tuple(bytes(key) for key in station.keys.box_keys())
    try:
        pool = _executor(secrets, workers)
        step = -(-len(envelopes) // (workers * PARTS_PER_WORKER))
        futures = [pool.submit(_open_part, envelopes[i:i + step], refuse) for i in range(0, len(envelopes), step)]
        return [item for future in futures for item in future.result()]
    except Exception as exc:  # noqa: BLE001 - a broken pool must not refuse the batch: threads open it
        log.warning("the opener processes failed (%s): opening on threads", exc)
        shutdown()
        return None


def shutdown() -> None:
    global _pool
    with _lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=True, cancel_futures=True)  # the workers have ended (and forgotten the keys)

"""The endpoint's filer: files what the endpoint took in, in the background (``station/filing.py``).

The endpoint answers a large batch as soon as it is kept among the arrivals; this
thread moves the arrivals into the inbox, a chunk per transaction, when no batch
is being taken in and taking in has paused (:data:`IDLE`; ``siaga serve --filing-pause``), so a backlog that comes in fast is receipted at the speed
of taking in and filed right after. While taking in goes on without a pause, a
chunk is still filed every :data:`BUSY_EVERY` seconds (or the pause, if longer), so filing never stops for
long. Stopped, it files what is waiting before it ends. It has its own connection, and shares the process's one writer lock with
taking in. What it files is announced like what the endpoint files at once
(``on_filed``, the endpoint's ``on_received``). Started, it first files what an
earlier process left waiting (stopped between taking in and filing).
"""

from __future__ import annotations

import logging
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

from ..base.errors import StorageError
from ..station import Station
from ..station.filing import file_waiting
from ..storage.keystore import Keys

log = logging.getLogger("siaga.filer")

#: seconds without a batch taken in before filing starts
IDLE = 0.05
#: while batches keep coming, a chunk is filed at least this often (seconds)
BUSY_EVERY = 5.0
#: seconds between looks at the arrivals when nothing was taken in (another process may have taken some in)
LOOK_EVERY = 5.0


class Filer:
    """A background thread that files the arrivals of one station."""

    def __init__(self, home: Path, keys: Keys, on_filed: Callable[[list[str]], None] | None = None) -> None:
        self.home = Path(home)
        self.keys = keys
        self.on_filed = on_filed
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._last_intake = 0.0
        self._taking_in = 0  # batches being taken in right now
        self._last_filed = time.monotonic()
        self.pause = IDLE  # seconds without a batch before filing starts (``siaga serve --filing-pause``)

    def start(self) -> None:
        with self._lock:
            if self._thread is None and not self._stop.is_set():
                self._thread = threading.Thread(target=self._run, name="siaga-filer", daemon=True)
                self._thread.start()

    @contextmanager
    def taking_in(self) -> Iterator[None]:
        """Around the taking in of one batch: filing waits until no batch is being taken in."""
        with self._lock:
            self._taking_in += 1
        try:
            yield
        finally:
            with self._lock:
                self._taking_in -= 1
            self._last_intake = time.monotonic()

    def took_in(self) -> None:
        """A batch was taken in: file it once taking in pauses."""
        self._last_intake = time.monotonic()
        self._wake.set()
        self.start()

    def stop(self, timeout: float = 30.0) -> None:
        """Stop, once what is waiting is filed (what is left if it takes longer than ``timeout`` is filed
        when the station is next opened)."""
        self._stop.set()
        self._wake.set()
        thread = self._thread
        if thread is not None:
            thread.join(timeout)

    def _wait_for_pause(self) -> None:
        busy_every = max(BUSY_EVERY, self.pause)
        while not self._stop.is_set():
            now = time.monotonic()
            idle = 0.0 if self._taking_in else now - self._last_intake
            if idle >= self.pause or now - self._last_filed >= busy_every:
                return
            self._stop.wait(max(0.005, min(self.pause - idle, busy_every - (now - self._last_filed))))

    def _announce(self, filed: list[str]) -> None:
        if filed and self.on_filed is not None:
            try:
                self.on_filed(filed)
            except Exception:  # noqa: BLE001 - a listener's failure does not stop filing
                log.exception("announcing filed messages failed")

    def _run(self) -> None:
        station = None
        try:
            station = Station(self.home, self.keys)
            station.incoming.release_held()  # held back by an earlier process: tried once more
            more = True  # what an earlier process left waiting
            while not self._stop.is_set():
                if not more:
                    self._wake.wait(LOOK_EVERY)
                    self._wake.clear()
                self._wait_for_pause()
                if self._stop.is_set():
                    break
                try:
                    filed = file_waiting(station, chunks=1)
                except StorageError as exc:
                    log.error("could not file what was taken in (tried again later): %s", exc)
                    filed, more = [], False
                    self._stop.wait(LOOK_EVERY)
                    continue
                self._last_filed = time.monotonic()
                more = station.incoming.any_waiting()
                self._announce(filed)
            self._announce(file_waiting(station))  # stopping: what was taken in is filed first
        except Exception:  # noqa: BLE001 - logged; reads through the station still file what waits
            log.exception("the filer stopped")
        finally:
            if station is not None:
                station.close()

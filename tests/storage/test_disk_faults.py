"""A full disk and a read-only home: one clear line and exit status 1 or 2, and the previous state intact.

Real faults where the test may mount (root with the right, as in CI): the station
lives on a small tmpfs filled to the last byte (ENOSPC), or with a little room left
so that the database opens and the write fails part way; the read-only home is a
read-only bind mount (EROFS). Always, as well: a file size limit in the command's
process (RLIMIT_FSIZE: a write past it fails with EFBIG), and a home without write
permission (for root, the command runs without the capabilities that override it).
"""

from __future__ import annotations

import errno
import json
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
from contextlib import contextmanager
from pathlib import Path

import pytest

from siaga.delivery.bundle import export_bundle
from siaga.storage import keystore

from helpers import PASSPHRASE, link, write_json
from netutil import child_env, siaga_cmd

NEW_PASSPHRASE = "a different passphrase entirely"
BULK = 60


def _mount(*args: str) -> bool:
    if os.geteuid() != 0 or not shutil.which("mount"):
        return False
    return subprocess.run(["mount", *args], capture_output=True, timeout=30).returncode == 0


def _umount(path: Path) -> None:
    if subprocess.run(["umount", str(path)], capture_output=True, timeout=30).returncode != 0:
        subprocess.run(["umount", "-l", str(path)], capture_output=True, timeout=30)


@contextmanager
def small_filesystem(path: Path, size: str = "16m"):
    """A tmpfs of ``size`` at ``path``; yields whether it could be mounted (else ``path`` is a plain folder)."""
    path.mkdir(parents=True, exist_ok=True)
    mounted = _mount("-t", "tmpfs", "-o", f"size={size},mode=0700", "tmpfs", str(path))
    try:
        yield mounted
    finally:
        if mounted:
            _umount(path)


def fill(folder: Path) -> Path:
    """Write a file until the file system refuses another byte."""
    filler = folder / "filler"
    with open(filler, "wb", buffering=0) as handle:
        for chunk in (1 << 20, 1 << 16, 4096, 512, 1):
            try:
                while True:
                    handle.write(b"\0" * chunk)
            except OSError as exc:
                assert exc.errno == errno.ENOSPC
    return filler


def siaga(home: Path, *args: str, fsize: int | None = None, no_override: bool = False,
          passphrase: str = PASSPHRASE, **env: str) -> subprocess.CompletedProcess:
    """``siaga ARGS --home HOME``; ``fsize``: a file size limit; ``no_override``: root obeys permission bits."""
    def limit() -> None:  # past this size a write fails with EFBIG (the signal would kill the process)
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))

    command = siaga_cmd(*args, "--home", str(home))
    if no_override and os.geteuid() == 0:
        command = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search,-fowner", "--", *command]
    return subprocess.run(command, capture_output=True, text=True, timeout=120, stdin=subprocess.DEVNULL,
                          env=child_env(passphrase, **env), preexec_fn=limit if fsize is not None else None)


def refused_clearly(result: subprocess.CompletedProcess, *words: str) -> str:
    """Exit status 1 or 2, one line on stderr, no traceback."""
    assert result.returncode in (1, 2), (result.returncode, result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("siaga: ") and "Traceback" not in result.stderr, result.stderr
    assert "internal error" not in lines[0], lines[0]
    assert any(w.lower() in lines[0].lower() for w in words), lines[0]
    return lines[0]


def snapshot(home: Path) -> dict:
    """What must survive: the database intact with the same messages, and the keystore unlocking as before."""
    conn = sqlite3.connect(home / "siaga.db")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        outbox = sorted(r[0] for r in conn.execute("SELECT id FROM outbox"))
        inbox = sorted(r[0] for r in conn.execute("SELECT id FROM inbox"))
    finally:
        conn.close()
    keys = keystore.unlock(home, PASSPHRASE)
    return {"outbox": outbox, "inbox": inbox, "sign_pk": keys.sign_pk}


@pytest.fixture
def stations(make_station, tmp_path, draft):
    """Jakarta (made in the folder given) with a few reports filed; Manila's bundle for it; a bulk draft file."""
    from siaga.station import Station

    def make(home_parent: Path):
        station = Station.create(home_parent / "jakarta", PASSPHRASE, "jakarta", "National CSIRT", "ID")
        mnl = make_station("manila", country="PH")
        mnl_at_jkt, jkt_at_mnl = link(station, mnl)
        for i in range(3):
            station.file_report(dict(draft, to=[mnl_at_jkt.id], summary=f"Before the fault {i}"))
        for i in range(BULK):
            mnl.file_report(dict(draft, to=[jkt_at_mnl.id], summary=f"Carried report {i}"))
        bundle = tmp_path / "to-jakarta.sgb"
        bundle.write_bytes(export_bundle(mnl, jkt_at_mnl.id)[0])
        bulk = write_json(tmp_path / "bulk.json", [dict(draft, to=[mnl_at_jkt.id], summary=f"Bulk {i}")
                                                   for i in range(BULK)])
        station.store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # no spare room left in the WAL file
        station.close()
        return station.home, bundle, bulk
    return make


FULL = ("the disk is full",)
READ_ONLY = ("cannot be written (read-only or no permission)", "read-only file system", "permission denied")


@pytest.mark.parametrize("mode", ["full", "nearly-full", "file-size-limit"])
def test_full_disk(stations, tmp_path, mode):
    disk = tmp_path / "disk"
    with small_filesystem(disk) as mounted:
        if mode != "file-size-limit" and not mounted:
            pytest.skip("mounting a small file system is not permitted here (the file size limit case runs)")
        home, bundle, bulk = stations(disk)
        before = snapshot(home)
        filler, limits, words, whole = None, {}, FULL, True
        if mode == "full":
            filler = fill(disk)
        elif mode == "nearly-full":  # room to open the database, not to write the bulk filing or the bundle
            filler = fill(disk)
            with open(filler, "r+b") as handle:
                handle.truncate(filler.stat().st_size - 96 * 1024)
            whole = False
        else:  # each file may grow only to the size of the largest one now: the next write past it fails
            limits = {"fsize": max(p.stat().st_size for p in home.iterdir())}
            words = ("disk I/O error", "file too large", "disk is full")
            whole = False

        refused_clearly(siaga(home, "report", "new", "--from", str(bulk), **limits), *words)
        refused_clearly(siaga(home, "bundle", "import", str(bundle), **limits), *words)
        if whole:  # nothing at all fits: not even a new keystore file
            refused_clearly(siaga(home, "passphrase", SIAGA_NEW_PASSPHRASE=NEW_PASSPHRASE), *words)
            refused_clearly(siaga(disk / "second", "init", "--name", "second", "--org", "CSIRT", "--country", "ID"),
                            *words)
            assert not keystore.exists(disk / "second")

        if filler is not None:
            filler.unlink()
        assert snapshot(home) == before  # nothing lost, nothing half-written, the old passphrase still unlocks
        # with room again, the same commands work
        assert siaga(home, "report", "new", "--from", str(bulk)).returncode == 0
        imported = siaga(home, "bundle", "import", str(bundle), "--json")
        assert imported.returncode == 0 and json.loads(imported.stdout)["new"] == BULK
        after = snapshot(home)
        assert len(after["outbox"]) == len(before["outbox"]) + BULK and len(after["inbox"]) == BULK


@pytest.mark.parametrize("mode", ["read-only-mount", "no-write-permission"])
def test_read_only_home(stations, tmp_path, mode):
    if mode == "no-write-permission" and os.geteuid() == 0 and not shutil.which("setpriv"):
        pytest.skip("setpriv is needed to run a command as root without its override capabilities")
    disk = tmp_path / "disk"
    disk.mkdir()
    home, bundle, bulk = stations(disk)
    before = snapshot(home)
    mounted = False
    try:
        if mode == "read-only-mount":
            mounted = _mount("--bind", str(home), str(home))
            if not mounted:
                pytest.skip("mounting is not permitted here (the no-write-permission case runs)")
            assert _mount("-o", "remount,bind,ro", str(home))
        else:
            for path in (home, *home.iterdir()):
                os.chmod(path, 0o555 if path.is_dir() else 0o444)
        no_override = mode == "no-write-permission"
        refused_clearly(siaga(home, "report", "new", "--from", str(bulk), no_override=no_override), *READ_ONLY)
        refused_clearly(siaga(home, "bundle", "import", str(bundle), no_override=no_override), *READ_ONLY)
        refused_clearly(siaga(home, "passphrase", no_override=no_override, SIAGA_NEW_PASSPHRASE=NEW_PASSPHRASE),
                        *READ_ONLY)
        refused_clearly(siaga(home / "second", "init", "--name", "second", "--org", "CSIRT", "--country", "ID",
                              no_override=no_override), *READ_ONLY)
        assert not keystore.exists(home / "second")
    finally:
        if mounted:
            _umount(home)
        for path in (home, *home.iterdir()):
            os.chmod(path, 0o700 if path.is_dir() else 0o600)
    assert snapshot(home) == before

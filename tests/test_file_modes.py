"""Everything Siaga writes is readable by its owner only: folders 0700, files 0600, whatever the umask.

Real commands on real files, started with the usual umask 022 (which would leave files
0644 and folders 0755); an existing station and log folder open to others are tightened,
and the log says so once.
"""

from __future__ import annotations

import json
import logging
import os
import stat
import subprocess
import sys

import pytest

from helpers import PASSPHRASE, write_json
from netutil import Served, child_env, siaga_cmd
from siaga.station import Station

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


def mode(path) -> str:
    return oct(stat.S_IMODE(os.stat(path).st_mode))


@pytest.fixture
def umask_022():
    """Children (and this process) start with the common umask 022, as a login shell would give them."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def siaga(home, *args, passphrase=PASSPHRASE):
    done = subprocess.run(siaga_cmd(*args, "--home", str(home)), env=child_env(passphrase), capture_output=True,
                          text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_everything_the_command_line_writes_is_for_the_owner_only(umask_022, tmp_path, draft):
    home, peer, logs, out = tmp_path / "home", tmp_path / "peer", tmp_path / "logs", tmp_path / "out"
    home.mkdir(mode=0o755)  # an existing folder, open to others, named with --home
    out.mkdir()
    assert mode(home) == "0o755" and not logs.exists()
    siaga(home, "init", "--name", "ID desk", "--org", "CSIRT", "--country", "ID")
    siaga(peer, "init", "--name", "MY desk", "--org", "CSIRT", "--country", "MY")
    siaga(peer, "card", "export", "--out", str(out / "peer.card"))
    siaga(home, "card", "export", "--out", str(out / "home.card"))
    peer_id = siaga(home, "peer", "add", str(out / "peer.card")).strip()
    siaga(home, "report", "new", "--from", str(write_json(tmp_path / "draft.json", dict(draft, to=[peer_id]))))
    siaga(home, "export", "stix", "--all", "--out", str(out / "reports.json"))
    siaga(home, "export", "misp", "--all", "--out", str(out / "misp.json"))
    siaga(home, "audit", "export", "--out", str(out / "audit.json"))
    siaga(home, "bundle", "export", "--peer", peer_id, "--out", str(out / "to-peer.sgb"))

    # the database's write-ahead log and shared memory exist while a station serves: a report comes in
    served = Served(home).start()
    try:
        home_id = siaga(peer, "peer", "add", str(out / "home.card"), "--url", served.url).strip()
        siaga(peer, "report", "new", "--from", str(write_json(tmp_path / "in.json", dict(draft, to=[home_id]))))
        assert "1 delivered" in siaga(peer, "sync")
        wal, shm = home / "siaga.db-wal", home / "siaga.db-shm"
        assert wal.exists() and shm.exists()
        assert (mode(wal), mode(shm)) == ("0o600", "0o600")
    finally:
        served.stop()

    assert mode(home) == "0o700" and mode(peer) == "0o700"
    for name in ("siaga.db", "station.json"):
        assert mode(home / name) == "0o600", name
    for path in out.iterdir():
        assert mode(path) == "0o600", path.name
    assert sorted(p.name for p in out.iterdir()) == ["audit.json", "home.card", "misp.json", "peer.card",
                                                     "reports.json", "to-peer.sgb"]
    assert mode(logs) == "0o700" and mode(logs / "siaga.log") == "0o600"
    text = (logs / "siaga.log").read_text(encoding="utf-8")
    assert text.count(f"{home} was open to other users") == 1, text


def test_an_older_station_and_log_folder_open_to_others_are_tightened_once(umask_022, tmp_path, draft):
    home = tmp_path / "jakarta"
    with Station.create(home, PASSPHRASE, "ID desk", "CSIRT", "ID") as station:
        station.store.save_draft("d1", draft)
    # as an older version left them: everything readable by others
    for path in home.iterdir():
        os.chmod(path, 0o644)
    os.chmod(home, 0o755)
    logs = tmp_path / "logs"
    logs.mkdir(exist_ok=True)
    (logs / "siaga.log").write_text("an older line\n")
    (logs / "siaga.log.1").write_text("an older file\n")
    os.chmod(logs, 0o755)
    for name in ("siaga.log", "siaga.log.1"):
        os.chmod(logs / name, 0o644)

    for _ in range(2):
        json.loads(siaga(home, "station", "--json"))
    assert mode(home) == "0o700"
    assert {p.name: mode(p) for p in home.iterdir()} == {p.name: "0o600" for p in home.iterdir()}
    assert mode(logs) == "0o700" and mode(logs / "siaga.log") == "0o600" and mode(logs / "siaga.log.1") == "0o600"
    text = (logs / "siaga.log").read_text(encoding="utf-8")
    assert text.count(f"{home} was open to other users") == 1, text
    assert text.count(f"{logs} was open to other users") == 1, text


def test_a_station_made_in_process_is_private_whatever_the_umask(umask_022, tmp_path, draft):
    home = tmp_path / "shared"
    home.mkdir(mode=0o755)
    with Station.create(home, PASSPHRASE, "ID desk", "CSIRT", "ID") as station:
        station.store.save_draft("d1", draft)  # drafts, like everything else, live in the database
        assert (home / "siaga.db-wal").exists() and (home / "siaga.db-shm").exists()
        assert {p.name: mode(p) for p in home.iterdir()} == {
            "siaga.db": "0o600", "siaga.db-wal": "0o600", "siaga.db-shm": "0o600", "station.json": "0o600"}
    assert mode(home) == "0o700"


def test_under_the_private_umask_explicit_modes_lose_group_and_other_access(umask_022, tmp_path):
    from siaga import cli, logging_setup, preferences
    from siaga.fileio import atomic_write, private_files

    with private_files():
        atomic_write(tmp_path / "card", b"card", mode=0o644)  # as the desktop app writes a contact card
        preferences.save(tmp_path / "station", preferences.Preferences())
        (tmp_path / "made").mkdir()
        (tmp_path / "made" / "plain").write_text("text")
    assert mode(tmp_path / "card") == "0o600"
    assert mode(tmp_path / "station") == "0o700" and mode(tmp_path / "station" / "preferences.json") == "0o600"
    assert mode(tmp_path / "made") == "0o700" and mode(tmp_path / "made" / "plain") == "0o600"
    # the umask comes back afterwards, also after the command line ran in this process
    atomic_write(tmp_path / "open", b"x", mode=0o644)
    assert mode(tmp_path / "open") == "0o644"
    try:
        assert cli.main(["--version"]) == 0
    finally:
        logging_setup._file_handler = None
        for handler in list(logging.getLogger().handlers):
            if isinstance(handler, logging_setup._LogFile):
                logging.getLogger().removeHandler(handler)
                handler.close()
    assert os.umask(0o022) == 0o022

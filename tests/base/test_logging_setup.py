"""The log file: where it is, what it records (never secrets), rotation, and a folder that cannot be written."""

import base64
import json
import logging
import os
import subprocess
import sys

import pytest

from siaga.base import logging_setup
from siaga.station import Station

from helpers import PASSPHRASE


def siaga(*args, env=None):
    return subprocess.run([sys.executable, "-m", "siaga", *args], capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, SIAGA_PASSPHRASE=PASSPHRASE, **(env or {})),
                          stdin=subprocess.DEVNULL)


@pytest.fixture
def configured():
    """configure() in this process; its file handler is removed again after the test."""
    yield logging_setup.configure
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, logging_setup._LogFile):
            root.removeHandler(handler)
            handler.close()
    logging_setup._file_handler = None
    logging.getLogger("siaga").setLevel(logging.NOTSET)


def test_each_run_is_logged_to_the_file_and_stderr_stays_quiet(tmp_path):
    done = siaga("codebook", "list", "--kind", "tlp")
    assert done.returncode == 0 and "TLP:AMBER" in done.stdout
    assert done.stderr == ""
    text = (tmp_path / "logs" / "siaga.log").read_text(encoding="utf-8")
    assert "siaga.cli: INFO: siaga " in text and ": codebook" in text


def test_the_log_names_what_happened_but_holds_no_secret(tmp_path, draft):
    home, peer = tmp_path / "home", tmp_path / "peer"
    for where, country in ((home, "ID"), (peer, "MY")):
        made = siaga("init", "--name", f"{country} duty desk", "--org", "CSIRT", "--country", country,
                     "--home", str(where))
        assert made.returncode == 0, made.stderr
    assert siaga("card", "export", "--out", str(tmp_path / "peer.card"), "--home", str(peer)).returncode == 0
    assert siaga("peer", "add", str(tmp_path / "peer.card"), "--home", str(home)).returncode == 0
    (tmp_path / "draft.json").write_text(json.dumps(draft), encoding="utf-8")
    filed = siaga("report", "new", "--from", str(tmp_path / "draft.json"), "--home", str(home))
    assert filed.returncode == 0, filed.stderr
    text = (tmp_path / "logs" / "siaga.log").read_text(encoding="utf-8")
    assert "station created" in text and "1 report(s) queued" in text
    with Station.open(home, PASSPHRASE) as station:
        keys = station.keys
    key_bytes = [keys.data_key, bytes(keys.signing), bytes(keys.box)]
    secrets = [PASSPHRASE, draft["summary"], "ransom note", *(i["value"] for i in draft["indicators"])]
    secrets += [form for key in key_bytes for form in (key.hex(), base64.b64encode(key).decode(),
                                                       base64.urlsafe_b64encode(key).decode().rstrip("="))]
    assert [s for s in secrets if s in text] == []


def test_a_log_folder_that_cannot_be_written_does_not_stop_the_program(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the log folder should be")
    done = siaga("--version", env={"SIAGA_LOG_DIR": str(blocker / "logs")})
    assert done.returncode == 0 and done.stdout.startswith("siaga ")
    warnings = done.stderr.splitlines()
    assert len(warnings) == 1 and warnings[0].startswith("siaga: warning: no log file in ")


@pytest.mark.skipif(sys.platform != "linux", reason="the XDG layout is Linux's")
def test_the_default_folder_is_the_platforms_log_folder(monkeypatch, tmp_path):
    monkeypatch.delenv("SIAGA_LOG_DIR")
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert logging_setup.log_dir() == tmp_path / "state" / "siaga" / "log"


def test_the_file_rotates_keeping_five_old_ones(configured, monkeypatch, tmp_path):
    monkeypatch.setattr(logging_setup, "MAX_BYTES", 2000)
    path = configured()
    log = logging.getLogger("siaga.test")
    for n in range(300):
        log.info("line %d of a long run", n)
    names = sorted(p.name for p in path.parent.iterdir())
    assert names == ["siaga.log", *(f"siaga.log.{n}" for n in range(1, 6))]
    assert all(p.stat().st_size <= 2000 for p in path.parent.iterdir())
    assert "line 299 of a long run" in path.read_text(encoding="utf-8")


def test_a_log_file_that_fails_later_is_dropped_with_one_warning(configured, monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(logging_setup, "MAX_BYTES", 500)
    path = configured()
    log = logging.getLogger("siaga.test")
    log.info("written")
    for p in path.parent.iterdir():  # the folder is taken away while the program runs
        p.unlink()
    path.parent.rmdir()
    for n in range(50):  # the next rotation cannot rename the file
        log.info("line %d", n)
    err = capsys.readouterr().err
    assert err.count("siaga: warning: the log file") == 1 and "carrying on without it" in err
    assert not any(isinstance(h, logging_setup._LogFile) for h in logging.getLogger().handlers)
    assert not path.parent.exists()

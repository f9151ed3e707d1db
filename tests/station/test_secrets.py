"""No passphrase, private key or report plaintext in logs, temporary files, crash output or the database.

A whole scenario runs through the command line with canary strings: two stations
made with canary passphrases, a report whose summary, narrative and indicator are
canaries, delivered through a real endpoint, another carried on a bundle, an
acknowledgement with a canary note carried back, a STIX export (which legitimately
holds the plaintext: the one file not scanned). Every command logs verbosely
(``-v`` on stderr, and the log file at debug level); two of them crash on purpose:
an internal error (standard output closed while a report is printed) and an
abort with Python's fault handler on. Then every byte is scanned: every file of
both station homes (database, WAL, shared memory, keystore), the log folder, the
temporary folder the commands used, every standard error and output kept, the
endpoint's standard error, the crash output. The canaries are looked for as
UTF-8, the passphrases also as UTF-16, and the private keys (read from the
unlocked keystores) as raw bytes, base64url and hex.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import threading
from pathlib import Path

import pytest

from siaga.base.encoding import b64e
from siaga.storage import keystore

from netutil import child_env, siaga_cmd

PASSPHRASES = {"jakarta": "canary-passphrase-Jq7Zt2 horse battery", "kualalumpur": "canary-passphrase-Kx4Wm9 lamp"}
SUMMARY = "CANARYSUMMARY4f9e2 ransomware on provincial servers"
NARRATIVE = "CANARYNARRATIVE8b1d3 files were renamed and a note appeared. " + "Padding so the text is long. " * 400
INDICATOR = "canary-ioc-7c5a1.example"
# an address and a network: their probe and range keys are in the correlation index (corr_in, corr_nets)
ADDRESS, NETWORK = "198.51.100.173", "198.51.100.160/27"
BUNDLED = "CANARYBUNDLE9a2c4 defacement of a ministry portal"
NOTE = "CANARYNOTE3e6f0 team on site"
TEXT_CANARIES = (SUMMARY.split()[0], NARRATIVE.split()[0], INDICATOR, BUNDLED.split()[0], NOTE.split()[0],
                 ADDRESS, NETWORK, "198.51.100.160/28", "198.51.100.176/28", "198.51.100.160")


class Run:
    """Runs the ``siaga`` command for one station, keeping every output for the scan."""

    def __init__(self, tmp_path: Path) -> None:
        self.logs, self.tmp = tmp_path / "logs", tmp_path / "tmp"
        self.logs.mkdir()
        self.tmp.mkdir()
        self.outputs: list[tuple[str, str]] = []  # (what, text)

    def env(self, station: str, **extra: str) -> dict:
        return child_env(PASSPHRASES[station], SIAGA_LOG_DIR=str(self.logs), TMPDIR=str(self.tmp),
                         PYTHONFAULTHANDLER="1", **extra)

    def __call__(self, station: str, home: Path, *args: str, expect: int = 0) -> str:
        result = subprocess.run(siaga_cmd("-v", *args, "--home", str(home)), capture_output=True, text=True,
                                timeout=120, stdin=subprocess.DEVNULL, env=self.env(station))
        self.outputs += [(f"{args} stdout", result.stdout), (f"{args} stderr", result.stderr)]
        assert result.returncode == expect, result.stderr
        return result.stdout


def serve(run: Run, station: str, home: Path) -> tuple[subprocess.Popen, str, list[str], threading.Thread]:
    proc = subprocess.Popen(siaga_cmd("-v", "serve", "--port", "0", "--home", str(home)), text=True,
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env=run.env(station))
    lines: list[str] = []
    url = ""
    for line in proc.stderr:
        lines.append(line)
        match = re.search(r"listening on (http://\S+)", line)
        if match:
            url = match.group(1)
            break
    assert url, "".join(lines)
    reader = threading.Thread(target=lambda: lines.extend(proc.stderr), daemon=True)
    reader.start()
    return proc, url, lines, reader


def crash_with_closed_stdout(run: Run, home: Path, msg_id: str) -> str:
    """Printing a report to a pipe nobody reads: a quiet stop (as Unix tools do), with its trace in the log file."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        result = subprocess.run(siaga_cmd("-v", "inbox", "show", msg_id, "--home", str(home)), stdout=write_end,
                                stderr=subprocess.PIPE, text=True, timeout=120, stdin=subprocess.DEVNULL,
                                env=run.env("kualalumpur", PYTHONUNBUFFERED="1"))
    finally:
        os.close(write_end)
    assert result.returncode == 141 and "Traceback" not in result.stderr, result.stderr
    return result.stderr


def crash_with_abort(run: Run, home: Path) -> str:
    """SIGABRT in the middle of a sync loop: the fault handler prints every thread's stack."""
    proc = subprocess.Popen(siaga_cmd("-v", "sync", "--watch", "--interval", "0.2", "--home", str(home)),
                            text=True, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env=run.env("jakarta"))
    lines: list[str] = []
    looping = threading.Event()

    def read() -> None:
        for line in proc.stderr:
            lines.append(line)
            if re.match(r"\r?\d\d:\d\d:\d\d ", line):  # a pass ended: the loop waits for the next one
                looping.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    assert looping.wait(timeout=60), "".join(lines)
    proc.send_signal(signal.SIGABRT)
    with proc.stdout, proc.stderr:
        stdout = proc.stdout.read()
        proc.wait(timeout=30)
        reader.join(timeout=30)
    stderr = "".join(lines)
    assert proc.returncode == -signal.SIGABRT and "Fatal Python error: Aborted" in stderr, stderr
    return stdout + stderr


def forms(secret: bytes) -> list[bytes]:
    return [secret, b64e(secret).encode(), secret.hex().encode()]


@pytest.mark.slow
def test_no_secret_leaks_anywhere(tmp_path, draft):
    run = Run(tmp_path)
    jkt, kl = tmp_path / "jakarta", tmp_path / "kualalumpur"
    for name, home, country in (("jakarta", jkt, "ID"), ("kualalumpur", kl, "MY")):
        run(name, home, "init", "--name", name, "--org", "National CSIRT", "--country", country)
    server, url, server_log, reader = serve(run, "kualalumpur", kl)
    try:
        run("kualalumpur", kl, "card", "export", "--url", url, "--out", str(tmp_path / "kl.card"))
        run("jakarta", jkt, "card", "export", "--out", str(tmp_path / "jkt.card"))
        kl_id = run("jakarta", jkt, "peer", "add", str(tmp_path / "kl.card")).strip()
        jkt_id = run("kualalumpur", kl, "peer", "add", str(tmp_path / "jkt.card")).strip()
        run("jakarta", jkt, "peer", "verify", kl_id)

        report = dict(draft, to=[kl_id], summary=SUMMARY, narrative=NARRATIVE, tlp="TLP:RED",
                      indicators=[{"type": "domain-name", "value": INDICATOR},
                                  {"type": "url", "value": f"https://{INDICATOR}/payload"},
                                  {"type": "ipv4-addr", "value": ADDRESS}, {"type": "ipv4-addr", "value": NETWORK}])
        (tmp_path / "report.json").write_text(json.dumps(report))
        msg = run("jakarta", jkt, "report", "new", "--from", str(tmp_path / "report.json")).strip()
        assert "1 delivered" in run("jakarta", jkt, "sync")

        (tmp_path / "bundled.json").write_text(json.dumps(dict(draft, to=[kl_id], summary=BUNDLED)))
        run("jakarta", jkt, "report", "new", "--from", str(tmp_path / "bundled.json"))
        run("jakarta", jkt, "bundle", "export", "--peer", kl_id, "--out", str(tmp_path / "to-kl.sgb"))
        run("kualalumpur", kl, "bundle", "import", str(tmp_path / "to-kl.sgb"))

        run("kualalumpur", kl, "inbox", "ack", msg, "--status", "investigating", "--note", NOTE)
        run("kualalumpur", kl, "bundle", "export", "--peer", jkt_id, "--out", str(tmp_path / "to-jkt.sgb"))
        run("jakarta", jkt, "bundle", "import", str(tmp_path / "to-jkt.sgb"))
        export = tmp_path / "export.json"
        run("kualalumpur", kl, "export", "stix", "--all", "--out", str(export))

        crashes = [crash_with_closed_stdout(run, kl, msg), crash_with_abort(run, jkt)]
    finally:
        server.send_signal(signal.SIGINT)
        server.wait(timeout=30)
        reader.join(timeout=10)  # the last lines
        server.stderr.close()

    # the scenario really carried the plaintext: the export (the one file allowed to) holds every report canary
    exported = export.read_bytes()
    assert all(c.encode() in exported for c in (SUMMARY.split()[0], NARRATIVE.split()[0], INDICATOR, ADDRESS, NETWORK))
    # and logging really was verbose: info on stderr, debug (with the crash's trace) in the log file
    log_text = "".join(p.read_text(errors="replace") for p in run.logs.rglob("*") if p.is_file())
    assert "DEBUG" in log_text and "reader went away" in log_text and "BrokenPipeError" in log_text
    assert any("INFO" in line for line in server_log)
    # the correlation index holds the canary report at both ends (its keys and origin sealed or blind), so the
    # scan of the database files below covers it too
    import sqlite3
    from contextlib import closing
    for home in (jkt, kl):
        with closing(sqlite3.connect(f"file:{home / 'siaga.db'}?mode=ro", uri=True)) as db:
            n = db.execute("SELECT n FROM corr_msgs WHERE msg_id = ?", [bytes.fromhex(msg)]).fetchone()[0]
            # the domain, the URL, the address, the network and its two /28 pieces
            assert db.execute("SELECT COUNT(*) FROM corr WHERE n = ?", [n]).fetchone()[0] == 6
            assert db.execute("SELECT COUNT(*) FROM corr_origins").fetchone()[0] >= 1
            assert db.execute("SELECT COUNT(*) FROM corr_in WHERE n = ?", [n]).fetchone()[0] == 6  # the address's
            assert db.execute("SELECT COUNT(*) FROM corr_nets").fetchone()[0] == 2
        # the per-hour counts of the inbox (blind indexes and numbers) at the receiving end
        with closing(sqlite3.connect(f"file:{kl / 'siaga.db'}?mode=ro", uri=True)) as db:
            assert db.execute("SELECT SUM(n) FROM inbox_hours WHERE hex(substr(dim, 1, 1)) = '54'").fetchone()[0] == 2

    secrets: dict[str, bytes] = {}
    for name, passphrase in PASSPHRASES.items():
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            secrets[f"{name} passphrase ({encoding})"] = passphrase.encode(encoding)
    for canary in TEXT_CANARIES:
        secrets[f"plaintext {canary}"] = canary.encode()
    for name, home in (("jakarta", jkt), ("kualalumpur", kl)):
        keys = keystore.unlock(home, PASSPHRASES[name])
        for what, raw in (("signing key", bytes(keys.signing)), ("encryption key", bytes(keys.box)),
                          ("data key", keys.data_key)):
            for i, form in enumerate(forms(raw)):
                secrets[f"{name} {what} ({['raw', 'base64url', 'hex'][i]})"] = form

    haystacks: dict[str, bytes] = {}
    for folder in (jkt, kl, run.logs, run.tmp, tmp_path / "xdg-data"):
        for path in folder.rglob("*"):
            if path.is_file():
                haystacks[str(path.relative_to(tmp_path))] = path.read_bytes()
    for path in tmp_path.glob("*.card"):
        haystacks[path.name] = path.read_bytes()
    for what, text in run.outputs:
        haystacks[what] = text.encode()
    haystacks["endpoint stderr"] = "".join(server_log).encode()
    for i, text in enumerate(crashes):
        haystacks[f"crash output {i}"] = text.encode()
    assert any(name.endswith("siaga.db-wal") or name.endswith("siaga.db") for name in haystacks)
    assert sum(len(h) for h in haystacks.values()) > 100_000  # a database, logs and outputs, not nothing

    leaks = [(secret, where) for secret, needle in secrets.items() for where, hay in haystacks.items()
             if needle in hay]
    assert not leaks, leaks

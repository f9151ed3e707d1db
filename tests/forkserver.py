"""Run ``siaga`` commands as real processes without paying Python's start-up each time.

A fork server is one ``python`` child that imports Siaga once, then forks a new
process for every command it is given; each forked process runs the command line
(``siaga.cli.main``) exactly as ``python -m siaga`` would, and can be killed with
SIGKILL like any other. Start-up (imports, codebook) is half a second on two
cores; forking is a millisecond, which lets a test kill hundreds of commands at
random points in a bounded time.

A finished command stays a zombie until :meth:`ForkServer.reap` is called, so its
process id cannot be reused by another process before the test has killed (or
not killed) it.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

_SERVER = r"""
import json, os, sys
import siaga.delivery.bundle, siaga.cli, siaga.protocol.codebook, siaga.station, siaga.delivery.sync  # noqa: F401  (imported once, here)
siaga.protocol.codebook.codebooks()
out = sys.stdout
out.write("ready\n")
out.flush()
for line in sys.stdin:
    request = json.loads(line)
    if request["op"] == "run":
        pid = os.fork()
        if pid == 0:
            null = os.open(os.devnull, os.O_RDWR)
            os.dup2(null, 0)
            os.dup2(os.open(request["stdout"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), 1)
            os.dup2(os.open(request["stderr"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600), 2)
            try:
                code = siaga.cli.main(request["argv"])
                sys.stdout.flush()
                sys.stderr.flush()
            except BaseException:
                code = 99
            os._exit(code)
        out.write(json.dumps({"pid": pid}) + "\n")
    else:
        _, status = os.waitpid(request["pid"], 0)
        out.write(json.dumps({"signal": os.WTERMSIG(status) if os.WIFSIGNALED(status) else 0,
                              "code": os.WEXITSTATUS(status) if os.WIFEXITED(status) else None}) + "\n")
    out.flush()
"""


class ForkServer:
    def __init__(self, env: dict, folder: Path) -> None:
        self.folder = Path(folder)
        self.proc = subprocess.Popen([sys.executable, "-c", _SERVER], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     env=env, text=True)
        if self.proc.stdout.readline() != "ready\n":
            raise RuntimeError("the fork server did not start")

    def _ask(self, request: dict) -> dict:
        self.proc.stdin.write(json.dumps(request) + "\n")
        self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            raise RuntimeError("the fork server stopped")
        return json.loads(line)

    def run(self, *argv: str) -> int:
        """Start ``siaga ARGV`` in a new process; its output goes to files in the folder."""
        return self._ask({"op": "run", "argv": list(argv), "stdout": str(self.folder / "stdout"),
                          "stderr": str(self.folder / "stderr")})["pid"]

    @staticmethod
    def finished(pid: int) -> bool:
        """Has the command ended (a zombie waiting to be reaped)?"""
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] == "Z"

    @staticmethod
    def kill(pid: int) -> None:
        os.kill(pid, signal.SIGKILL)

    def reap(self, pid: int) -> tuple[int, int | None]:
        """Wait for the command; (signal that ended it or 0, exit status or None)."""
        answer = self._ask({"op": "reap", "pid": pid})
        return answer["signal"], answer["code"]

    def output(self) -> tuple[str, str]:
        return ((self.folder / "stdout").read_text(errors="replace"),
                (self.folder / "stderr").read_text(errors="replace"))

    def close(self) -> None:
        self.proc.stdin.close()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)
        self.proc.stdout.close()

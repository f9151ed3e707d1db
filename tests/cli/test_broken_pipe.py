"""Output piped into a reader that stops early (``siaga inbox list | head -1``) ends quietly, as Unix tools do."""

from __future__ import annotations

import os
import shlex
import subprocess

from siaga.cli.main import READER_GONE
from siaga.delivery.bundle import export_bundle, import_bundle

from helpers import link
from netutil import child_env, siaga_cmd


def filled_inbox(make_station, draft, count=40):
    jkt, post = make_station("jakarta", country="ID"), make_station("post", country="TL")
    post_at_jkt, _ = link(jkt, post)
    for i in range(count):
        jkt.file_report(dict(draft, to=[post_at_jkt.id], summary=f"Report number {i}"))
    data, _ = export_bundle(jkt, post_at_jkt.id)
    assert import_bundle(post, data).new == count
    return post


def test_a_pipe_closed_before_the_first_line_ends_quietly(make_station, draft):
    post = filled_inbox(make_station, draft)
    read, write = os.pipe()
    os.close(read)  # the reader is gone before siaga writes a byte: every write meets a closed pipe
    try:
        child = subprocess.run(siaga_cmd("inbox", "list", "--home", str(post.home)), stdout=write,
                               stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True, env=child_env(),
                               timeout=120)
    finally:
        os.close(write)
    assert child.stderr == ""  # no traceback, no "internal error", no warning from Python's exit
    assert child.returncode == READER_GONE


def test_siaga_piped_into_head_prints_one_line_and_no_error(make_station, draft):
    post = filled_inbox(make_station, draft, count=200)  # more than one pipe buffer's worth of lines
    command = " ".join(shlex.quote(part) for part in siaga_cmd("inbox", "list", "--limit", "200",
                                                               "--home", str(post.home)))
    shell = subprocess.run(["sh", "-c", f"{command} 2>err.txt | head -1; cat err.txt"],
                           capture_output=True, text=True, env=child_env(), timeout=120,
                           cwd=post.home)
    lines = shell.stdout.splitlines()
    assert len(lines) == 1 and lines[0].strip(), shell.stdout  # head's one line, then siaga's empty stderr
    assert "Error" not in shell.stdout and "Traceback" not in shell.stdout

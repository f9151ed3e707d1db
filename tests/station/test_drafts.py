"""Drafts behind the station, and filing one: its report is queued and the draft deleted in one transaction.

The crash test kills a real process (SIGKILL) at every SQL statement of a filing,
one statement further each time, on a real SQLite file; after every kill the
station holds either the draft (to be filed again) or its report, never both and
never neither.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time

import pytest

from siaga.base.errors import NotFound, ValidationError

from helpers import link
from netutil import child_env

MAX_POINTS = 400  # a filing runs a few dozen statements; this only bounds a runaway loop
TIME_BUDGET = 90.0

# Imports Siaga once, then forks one process per filing. The forked process opens the
# station, makes the report from the saved draft, and kills itself with SIGKILL just
# before the SQL statement numbered ``kill_at`` of the filing runs (counted on the
# station's own connection); a number past the last statement lets the filing finish.
_FILER = r"""
import json, os, signal, sys
from pathlib import Path
from siaga.station import Station

home, passphrase = Path(sys.argv[1]), os.environ["SIAGA_PASSPHRASE"]
print("ready", flush=True)
for line in sys.stdin:
    job = json.loads(line)
    pid = os.fork()
    if pid == 0:
        try:
            station = Station.open(home, passphrase)
            content, recipients = station.prepare_report(station.load_draft(job["draft"]))
            ran = [0]

            def trace(statement):
                if ran[0] == job["kill_at"]:
                    os.kill(os.getpid(), signal.SIGKILL)
                ran[0] += 1

            station.store.db.conn.set_trace_callback(trace)
            station.file_draft(job["draft"], content, [p.id for p in recipients])
            os._exit(0)
        except BaseException as exc:
            print(repr(exc), file=sys.stderr, flush=True)
            os._exit(3)
    _, status = os.waitpid(pid, 0)
    print(json.dumps({"signal": os.WTERMSIG(status) if os.WIFSIGNALED(status) else 0,
                      "code": os.WEXITSTATUS(status) if os.WIFEXITED(status) else None}), flush=True)
"""


def test_drafts_are_saved_listed_loaded_and_deleted_through_the_station(make_station, draft):
    station = make_station("jakarta")
    station.save_draft("d1", dict(draft, summary="First"))
    station.save_draft("d2", dict(draft, summary="Second"))
    station.save_draft("d1", dict(draft, summary="First, edited"))
    assert {draft_id: d["summary"] for draft_id, _, d in station.drafts()} == {"d1": "First, edited",
                                                                               "d2": "Second"}
    assert station.load_draft("d2")["summary"] == "Second"
    station.delete_draft("d2")
    station.delete_draft("d2")  # already gone: nothing to do
    assert [d[0] for d in station.drafts()] == ["d1"]
    with pytest.raises(NotFound, match="no draft with id 'd2'"):
        station.load_draft("d2")
    for bad in ("", "a" * 65, "d 1", "../d1", None, 7):
        with pytest.raises(ValidationError, match="draft_id"):
            station.save_draft(bad, draft)
    with pytest.raises(ValidationError, match="draft: expected an object"):
        station.save_draft("d3", ["not", "a", "draft"])
    assert [d[0] for d in station.drafts()] == ["d1"]
    # nothing of the draft is readable in the database file
    station.close()
    raw = (station.home / "siaga.db").read_bytes()
    assert b"First, edited" not in raw and b"Ransomware" not in raw


def test_filing_a_draft_queues_its_report_and_deletes_the_draft(make_station, draft):
    jkt, kl = make_station("jakarta", country="ID"), make_station("kl", country="MY")
    kl_at_jkt, _ = link(jkt, kl)
    jkt.save_draft("d1", dict(draft, to=[kl_at_jkt.id]))
    content, recipients = jkt.prepare_report(jkt.load_draft("d1"))
    msg_id = jkt.file_draft("d1", content, [p.id for p in recipients])
    assert jkt.drafts() == [] and jkt.store.outbox_ids() == [msg_id]
    assert jkt.store.recipients(msg_id) == [kl_at_jkt.id]
    # a report whose draft was never saved (filed before the autosave) is filed all the same
    content, _ = jkt.prepare_report(dict(draft, summary="Filed at once"))
    other = jkt.file_draft("never-saved", content, None)
    assert jkt.store.outbox_ids() == [msg_id, other]
    # a filing that fails keeps the draft and queues nothing
    jkt.save_draft("d2", draft)
    with pytest.raises(ValidationError, match="draft_id"):
        jkt.file_draft("d 2", content)
    assert [d[0] for d in jkt.drafts()] == ["d2"] and len(jkt.store.outbox_ids()) == 2


def _integrity(path) -> None:
    conn = sqlite3.connect(path, timeout=30)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        conn.close()


@pytest.mark.slow
def test_a_kill_at_any_statement_of_a_filing_leaves_the_draft_or_its_report_never_both(make_station, draft):
    jkt, kl = make_station("jakarta", country="ID"), make_station("kl", country="MY")
    kl_at_jkt, _ = link(jkt, kl)
    filer = subprocess.Popen([sys.executable, "-c", _FILER, str(jkt.home)], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=child_env())
    assert filer.stdout.readline() == "ready\n", filer.stderr.read()
    filed = kills = 0
    number = 1
    jkt.save_draft(f"d{number}", dict(draft, to=[kl_at_jkt.id], summary=f"Report {number}"))
    deadline = time.monotonic() + TIME_BUDGET
    try:
        for kill_at in range(MAX_POINTS):
            assert time.monotonic() < deadline, f"{kills} kills in the time budget, the filing not yet finished"
            draft_id = f"d{number}"
            filer.stdin.write(json.dumps({"draft": draft_id, "kill_at": kill_at}) + "\n")
            filer.stdin.flush()
            outcome = json.loads(filer.stdout.readline())
            _integrity(jkt.home / "siaga.db")
            drafts = [d[0] for d in jkt.drafts()]
            queued = len(jkt.store.outbox_ids())
            if outcome["signal"] == 9:
                kills += 1
            else:
                assert outcome == {"signal": 0, "code": 0}, filer.stderr.readline()
            if draft_id in drafts:  # not filed: the draft is offered again, and nothing was queued
                assert queued == filed, f"killed at statement {kill_at}: the draft and its report both exist"
            else:  # filed: exactly one report, and the next filing starts from a new draft
                assert queued == filed + 1, f"killed at statement {kill_at}: the draft went, its report never came"
                filed += 1
                number += 1
                if outcome["signal"] == 0:
                    break  # the filing ran to its end: every statement before it was a kill point
                jkt.save_draft(f"d{number}", dict(draft, to=[kl_at_jkt.id], summary=f"Report {number}"))
            assert drafts in ([], [draft_id])
    finally:
        filer.stdin.close()
        filer.wait(timeout=30)
        filer.stdout.close()
        filer.stderr.close()
    assert outcome["signal"] == 0, "the filing never ran to its end"
    print(f"\n{kills} kills, one per statement of the filing")
    assert kills >= 10, kills  # a filing is many statements; each was a kill point
    assert filed == 1 and jkt.drafts() == []
    assert jkt.verify_audit().intact
    summaries = [row["summary"] for row in jkt.outbox()]
    assert summaries == ["Report 1"]

"""The database worker: jobs run on its own thread, in order; results and failures come back as signals."""

import threading

import pytest

from siaga.base.errors import WrongPassphrase
from siaga.gui.worker import StationWorker
from siaga.station import Station

from helpers import PASSPHRASE


@pytest.fixture
def home(make_station, tmp_path):
    make_station("desk").close()
    return tmp_path / "desk"


def test_jobs_run_on_the_worker_thread_in_order(qtbot, home):
    worker = StationWorker(lambda: Station.open(home, PASSPHRASE))
    gui_thread = threading.get_ident()
    seen = []
    ops = [worker.run(lambda st, i=i: (i, threading.get_ident(), st.profile["name"]), done=seen.append)
           for i in range(5)]
    qtbot.waitUntil(lambda: all(op.done for op in ops), timeout=10_000)
    assert [s[0] for s in seen] == [0, 1, 2, 3, 4]
    assert all(s[1] != gui_thread for s in seen)
    assert {s[2] for s in seen} == {"desk"}
    assert worker.stop()


def test_failure_and_progress_reach_the_gui_thread(qtbot, home):
    worker = StationWorker(lambda: Station.open(home, PASSPHRASE))
    steps, errors = [], []

    def job(station, op):
        for i in range(3):
            op.report(i + 1, 3)
        station.peer("zzzz")  # no such peer

    op = worker.run(job, with_operation=True, progress=lambda d, t: steps.append((d, t)), failed=errors.append)
    qtbot.waitUntil(lambda: op.done, timeout=10_000)
    assert steps == [(1, 3), (2, 3), (3, 3)]
    assert errors and errors[0].code == "not-found" and op.error is errors[0]
    assert worker.stop()


def test_wrong_passphrase_fails_the_open_and_every_queued_job(qtbot, home):
    worker = StationWorker(lambda: Station.open(home, "not the passphrase"))
    failures = []
    worker.openFailed.connect(failures.append)
    op = worker.run(lambda st: 1)
    worker.stop()
    qtbot.waitUntil(lambda: op.done and bool(failures), timeout=10_000)
    assert isinstance(failures[0], WrongPassphrase) and isinstance(op.error, WrongPassphrase)


def test_a_result_for_a_deleted_widget_is_dropped(qtbot, home):
    from PySide6.QtWidgets import QLabel
    worker = StationWorker(lambda: Station.open(home, PASSPHRASE))
    label = QLabel()
    kept = QLabel()
    gate = threading.Event()
    worker.run(lambda st: gate.wait(10))
    gone = worker.run(lambda st: "late", done=lambda text: label.setText(text))
    also_gone = worker.run(lambda st: "late", done=label.setText)
    fine = worker.run(lambda st: "here", done=lambda text: kept.setText(text))
    label.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(label))
    gate.set()
    qtbot.waitUntil(lambda: fine.done and gone.done and also_gone.done, timeout=10_000)
    assert kept.text() == "here"  # no RuntimeError from the deleted one reached the event loop
    assert worker.stop()

"""Fixtures for the desktop app: an unlocked session on a real station, with its worker thread."""

from __future__ import annotations

import pytest

from helpers import PASSPHRASE


@pytest.fixture(scope="session", autouse=True)
def _gui_collector(qapp, _collect_on_the_main_thread):
    """The app's collector timer on the test's QApplication: collections happen while tests wait, on this thread."""
    from siaga.gui.collector import GuiCollector

    gui = GuiCollector(qapp)
    gui.start()
    yield gui
    gui.stop()


@pytest.fixture(params=["en", "id"])
def lang(request, qapp):
    """The interface in English, then in Indonesian (longer words, other Alt letters); English again after."""
    from siaga.gui.i18n import install_language

    assert install_language(qapp, request.param)
    yield request.param
    install_language(qapp, "en")


@pytest.fixture
def open_session(qtbot):
    """open_session(station_home, lang="en") -> a Session on that (closed) station's home; closed after the test."""
    from siaga.gui.session import Session
    from siaga.gui.worker import StationWorker
    from siaga.station import Station

    sessions = []

    def factory(home, lang="en"):
        with Station.open(home, PASSPHRASE) as station:
            keys, profile = station.keys, dict(station.profile)
        worker = StationWorker(lambda: Station(home, keys))
        session = Session(home, worker, keys, profile, lang)
        sessions.append(session)
        return session

    yield factory
    for session in sessions:
        session.close()


@pytest.fixture(scope="module")
def checker():
    """packaging/update_translations.py, loaded as a module (its checks of the .ts files)."""
    import importlib.util
    from pathlib import Path

    script = Path(__file__).resolve().parents[2] / "packaging" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module

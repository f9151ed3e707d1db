"""The status bar tells a refusing peer from one that cannot be reached, in English and Indonesian."""

from __future__ import annotations

import pytest

from siaga.delivery.link_state import REFUSED, UNREACHABLE, UP, http_refusal, not_connected
from siaga.delivery.sync import PeerSummary
from siaga.gui.connection_state import PeerLink, after_probe, connection_text, from_summary
from siaga.gui.i18n import install_language
from siaga.gui.main_window import MainWindow
from siaga.gui.sync_worker import SyncWorker
from siaga.station import Station

from netutil import Served
from qt_helpers import on_screen


@pytest.fixture
def indonesian(qapp):
    install_language(qapp, "id")
    yield
    install_language(qapp, "en")


def _links():
    refused = PeerSummary("kl", "MY duty desk", failed=1, error=http_refusal(403, "unknown-sender", ""))
    refused.link = REFUSED
    down = PeerSummary("mnl", "PH desk", failed=1, error=not_connected("http://127.0.0.1:9", "connection refused"))
    down.link = UNREACHABLE
    return {"kl": from_summary(refused), "mnl": from_summary(down)}


def test_a_refusing_peer_is_named_with_its_reason_not_called_offline(qapp):
    text = connection_text(_links(), 2)
    assert text == ("0 of 2 peers reachable · MY duty desk refuses: the peer does not know this station yet: "
                    "give them this station's contact card · 2 waiting")
    only_down = {"mnl": _links()["mnl"]}
    assert connection_text(only_down, None).startswith("Offline: no peer can be reached")
    assert connection_text({"a": PeerLink(UP)}, None) == "Online: 1 of 1 peers reachable"


def test_the_same_line_in_indonesian(indonesian):
    text = connection_text(_links(), 2)
    assert "MY duty desk menolak" in text and "belum mengenal stasiun ini" in text and "refuses" not in text
    assert connection_text({"mnl": _links()["mnl"]}, None).startswith("Luring")


def test_a_probe_that_answers_keeps_a_refusal_until_the_next_pass():
    refused = _links()["kl"]
    assert after_probe(refused, True) is refused
    assert after_probe(refused, False).state == UNREACHABLE
    assert after_probe(None, True).state == UP


def test_the_status_bar_after_a_real_pass_to_a_peer_that_does_not_know_this_station(qtbot, open_session, make_station,
                                                                                     draft):
    jkt, kl = make_station("jakarta"), make_station("kl", country="MY")
    served = Served(kl.home).start()
    try:
        kl_at_jkt = jkt.add_peer(kl.card_bytes(), url=served.url)  # one way only
        jkt.file_report(dict(draft, to=[kl_at_jkt.id]))
        home, keys = jkt.home, jkt.keys
        jkt.close()
        session = open_session(home)
        session.sync = SyncWorker(lambda: Station(home, keys), interval=3600, tick=0.2)
        window = on_screen(qtbot, MainWindow(session))
        with qtbot.waitSignal(session.sync.passFinished, timeout=20_000):
            session.sync.start()
        qtbot.waitUntil(lambda: "refuses" in window.connection_label.text(), timeout=10_000)
        assert "does not know this station yet" in window.connection_label.text()
        assert not window.connection_label.text().startswith("Offline")
        assert window.header.state.text() == window.connection_label.text()
    finally:
        served.stop()


def test_the_peers_view_says_a_peer_refuses_in_indonesian(qtbot, qapp, open_session, make_station, draft):
    from siaga.delivery.sync import Sync
    from siaga.gui.peers_view import PeersView

    jkt, kl = make_station("jakarta"), make_station("kl", country="MY")
    served = Served(kl.home).start()
    try:
        kl_at_jkt = jkt.add_peer(kl.card_bytes(), url=served.url)  # one way only
        jkt.file_report(dict(draft, to=[kl_at_jkt.id]))
        Sync(jkt).run_once()
    finally:
        served.stop()
    install_language(qapp, "id")
    try:
        view = on_screen(qtbot, PeersView(open_session(jkt.home, lang="id")))
        column = view.COLUMNS.index("health")
        qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=10_000)
        text = view.table.item(0, column).text()
        assert text.startswith("Menolak") and "belum mengenal stasiun ini" in text, text
    finally:
        install_language(qapp, "en")

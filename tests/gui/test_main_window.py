"""The main window: bundles on files, an unfinished report offered again, sync state in the status bar."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from siaga.gui.main_window import MainWindow
from siaga.gui.report_wizard import ReportWizard
from siaga.gui.sync_worker import SyncWorker
from siaga.station import Station

from helpers import link
from qt_helpers import on_screen


def open_window(qtbot, session):
    return on_screen(qtbot, MainWindow(session))


@pytest.fixture
def pair(make_station, draft):
    jkt = make_station("jakarta", country="ID")
    kl = make_station("kl", country="MY")
    kl_at_jkt, jkt_at_kl = link(jkt, kl)
    msg = jkt.file_report(dict(draft, to=[kl_at_jkt.id]))
    jkt.close()
    kl.close()
    return jkt.home, kl.home, kl_at_jkt.id, msg


def test_a_bundle_carries_reports_between_two_windows(qtbot, open_session, pair, tmp_path):
    jkt_home, kl_home, kl_id, msg = pair
    sender = open_window(qtbot, open_session(jkt_home))
    qtbot.waitUntil(lambda: sender.peers.table.rowCount() == 1, timeout=10_000)
    sender.peers.table.selectRow(0)
    path = tmp_path / "to-kl.sgb"
    sender.export_bundle(path=str(path))
    qtbot.waitUntil(lambda: "1 message(s) written" in sender.statusBar().currentMessage(), timeout=10_000)
    assert path.stat().st_size > 0

    receiver = open_window(qtbot, open_session(kl_home))
    receiver.import_bundle(str(path))
    qtbot.waitUntil(lambda: "1 new" in receiver.statusBar().currentMessage(), timeout=10_000)
    qtbot.waitUntil(lambda: receiver.inbox.model.rowCount() == 1, timeout=10_000)
    assert receiver.inbox.model.data(receiver.inbox.model.index(0, 0), Qt.ItemDataRole.UserRole)["id"] == msg

    # a damaged file is refused in words, and nothing changes
    bad = tmp_path / "bad.sgb"
    bad.write_bytes(path.read_bytes()[:-20])
    receiver.import_bundle(str(bad))
    qtbot.waitUntil(lambda: receiver.findChild(QMessageBox, "errorBox") is not None, timeout=10_000)
    assert "Traceback" not in receiver.findChild(QMessageBox, "errorBox").text()
    assert receiver.inbox.model.rowCount() == 1


def test_export_bundle_without_a_chosen_peer_says_so(qtbot, open_session, pair):
    window = open_window(qtbot, open_session(pair[0]))
    window.export_bundle()
    assert window.places.currentWidget() is window.peers
    assert "Choose the peer" in window.statusBar().currentMessage()


def test_an_unfinished_report_is_offered_again(qtbot, open_session, pair, draft):
    home = pair[0]
    with Station.open(home, "correct horse battery staple") as station:
        station.store.save_draft("d1", dict(draft, summary="Half-written report"))
    window = open_window(qtbot, open_session(home))
    window.offer_drafts()
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, "resumeDraft") is not None, timeout=10_000)
    box = window.findChild(QMessageBox, "resumeDraft")
    qtbot.mouseClick(box.findChild(QPushButton, "continueDraft"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(window._wizard, ReportWizard), timeout=10_000)
    assert window._wizard.details_page.summary.text() == "Half-written report"
    assert window._wizard.draft_id == "d1"


def test_status_bar_says_offline_when_the_peer_is_down(qtbot, open_session, pair):
    home = pair[0]
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        dead = s.getsockname()[1]
    with Station.open(home, "correct horse battery staple") as station:
        station.update_peer(pair[2], url=f"http://127.0.0.1:{dead}")
        keys = station.keys
    session = open_session(home)
    session.sync = SyncWorker(lambda: Station(home, keys), interval=3600, tick=0.2)
    window = open_window(qtbot, session)
    with qtbot.waitSignal(session.sync.passFinished, timeout=20_000):
        session.sync.start()
    qtbot.waitUntil(lambda: window.connection_label.text().startswith("Offline"), timeout=10_000)
    assert "1 waiting" in window.connection_label.text()
    assert window.last_sync_label.text() != "Last sync: never" and not window.sync_progress.isVisible()
    qtbot.waitUntil(lambda: any("Failing" in w for w in _words(window)), timeout=10_000)


def _words(window):
    return window.outbox.delivery_texts()


def test_without_a_tray_or_notification_service_only_the_banner_shows(qtbot, monkeypatch):
    from siaga.gui.notify import notify
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/siaga-test-bus")
    assert notify(None, "Urgent report", "Malicious code from MY duty desk") == ""


def _sidebar_clipped(window):
    """Places whose name is wider than the sidebar leaves it (bold, as when chosen)."""
    from PySide6.QtGui import QFont, QFontMetrics
    sidebar = window.places.sidebar
    bold = QFont(sidebar.font())
    bold.setBold(True)
    room = sidebar.viewport().width() - sidebar.iconSize().width() - 2 * 14 - 3
    return [sidebar.item(i).text() for i in range(sidebar.count())
            if QFontMetrics(bold).horizontalAdvance(sidebar.item(i).text()) > room]


def _clipped(window):
    """Visible labels and buttons whose text is wider than the room they have (Qt would cut or elide it)."""
    from PySide6.QtWidgets import QAbstractButton, QLabel
    out = []
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if not widget.isVisibleTo(window) or not widget.text() or (isinstance(widget, QLabel) and widget.wordWrap()):
            continue
        text = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        room = widget.contentsRect().width()
        if isinstance(widget, QAbstractButton):
            room = widget.width() - (widget.sizeHint().width() - widget.fontMetrics().horizontalAdvance(text))
        if widget.fontMetrics().horizontalAdvance(text) > room:
            out.append((type(widget).__name__, widget.objectName(), text, room))
    from PySide6.QtWidgets import QHeaderView
    for header in window.findChildren(QHeaderView):
        if not header.isVisibleTo(window) or header.orientation() != Qt.Orientation.Horizontal:
            continue
        model = header.model()
        for section in range(header.count()):
            if header.isSectionHidden(section):  # a column hidden for want of room (or by the officer)
                continue
            text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
            if text and header.fontMetrics().horizontalAdvance(text) + 8 > header.sectionSize(section):
                out.append(("header", header.parent().objectName(), text, header.sectionSize(section)))
    return out


@pytest.mark.parametrize("lang", ["en", "id"])
def test_the_main_window_fits_1280_by_720_with_nothing_clipped(qtbot, qapp, open_session, pair, lang):
    from siaga.gui.i18n import install_language
    install_language(qapp, lang)
    try:
        window = MainWindow(open_session(pair[0], lang=lang))
        window.resize(1280, 720)
        on_screen(qtbot, window)
        qtbot.waitUntil(lambda: window.outbox.model.rowCount() > 0, timeout=10_000)
        hint = window.minimumSizeHint()
        assert hint.width() <= 1280 and hint.height() <= 720, (lang, hint)
        assert window.width() == 1280 and window.height() <= 720
        for key in window.places.keys():  # every place at that size
            window.places.show_place(key)
            try:  # a place built on first visit lays out once its first figures arrive from the worker
                qtbot.waitUntil(lambda: _clipped(window) == [], timeout=2000)
            except qtbot.TimeoutError:
                pass
            assert _clipped(window) == [], (lang, key)
            assert _sidebar_clipped(window) == [], lang
            hint = window.minimumSizeHint()  # the place, once built, still lets the window fit
            assert hint.width() <= 1280 and hint.height() <= 720, (lang, key, hint)
        long_news = "a long status message that names several peers and what happened to them " * 3
        for key in ("inbox", "outbox"):  # a long status line wraps instead of widening the window
            window.places.show_place(key)
            window.places.view(key).status.setText(long_news)
            qtbot.wait(50)  # the layouts take the new text in
            hint = window.minimumSizeHint()
            assert hint.width() <= 1280, (lang, key, hint)
    finally:
        install_language(qapp, "en")


def test_an_urgent_report_and_a_check_on_a_bundle_are_announced(qtbot, open_session, make_station, draft, tmp_path,
                                                                  monkeypatch):
    """A bundle import announces what it brought as an arrival from the network does."""
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/siaga-test-bus")  # the banner only
    from siaga.delivery.bundle import export_bundle

    jkt = make_station("jakarta", country="ID")
    kl = make_station("Kuala Lumpur", org="MyCERT", country="MY")
    kl_at_jkt, jkt_at_kl = link(jkt, kl)
    urgent = "Flood against the national payment gateway"
    report = kl.file_report(dict(draft, code="rsit:availability/ddos", severity=5, summary=urgent,
                                 to=[jkt_at_kl.id]))
    check = kl.send_check(jkt_at_kl.id)
    path = tmp_path / "to-jakarta.sgb"
    path.write_bytes(export_bundle(kl, jkt_at_kl.id)[0])
    jkt.close()
    kl.close()

    window = open_window(qtbot, open_session(jkt.home))
    assert window.inbox.banner.isHidden() and window.check_notice.isHidden()
    urgent_rows, checks = [], []
    window.inbox.urgentReceived.connect(urgent_rows.append)
    window.check_notice.arrived.connect(checks.extend)
    with qtbot.waitSignals([window.inbox.urgentReceived, window.check_notice.arrived], timeout=15_000):
        window.import_bundle(str(path))
    assert [row["id"] for row in urgent_rows] == [report]
    assert [c.id for c in checks] == [check]
    assert window.inbox.banner.isVisible()
    assert window.inbox.banner.text.text() == (
        "Urgent: Availability: Distributed denial of service from Kuala Lumpur — " + urgent)
    assert window.check_notice.isVisible()
    assert window.check_notice.text.text() == (
        "Kuala Lumpur asks you to confirm you are reachable. A person must answer.")
    assert window.last_notification in (window.check_notice.text.text(), window.inbox.banner.text.text())

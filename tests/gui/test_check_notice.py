"""A partner's check, received over a real endpoint, is announced across the window; a person answers it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from siaga.delivery.endpoint import Endpoint
from siaga.delivery.sync import Sync
from siaga.gui.main_window import MainWindow

from helpers import link, wait_for
from qt_helpers import on_screen


def test_a_check_received_is_announced_and_answered_from_the_notice(qtbot, make_station, open_session, monkeypatch):
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/siaga-test-bus")  # the banner only
    desk, kl = make_station("desk"), make_station("Kuala Lumpur", org="MyCERT", country="MY")
    _, desk_at_kl = link(desk, kl)
    desk.close()
    session = open_session(desk.home)
    window = on_screen(qtbot, MainWindow(session))
    assert window.check_notice.isHidden()
    endpoint = Endpoint(desk.home, session.keys, host="127.0.0.1", port=0,
                        on_received=session.received.emit).start()  # as the app receives
    try:
        kl.update_peer(desk_at_kl.id, url=endpoint.url)
        check = kl.send_check(desk_at_kl.id)
        with qtbot.waitSignal(window.check_notice.arrived, timeout=15_000) as arrived:
            assert Sync(kl).run_once().delivered == 1
    finally:
        endpoint.stop()
    assert [c.id for c in arrived.args[0]] == [check]
    notice = window.check_notice
    assert notice.isVisible()
    assert notice.text.text() == "Kuala Lumpur asks you to confirm you are reachable. A person must answer."
    assert window.last_notification == notice.text.text()

    qtbot.mouseClick(notice.answer_button, Qt.MouseButton.LeftButton)
    tasks = window.peers.checks
    qtbot.waitUntil(lambda: window.places.current_key() == "peers" and tasks.isVisible()
                    and tasks.list.currentItem() is not None, timeout=10_000)
    assert tasks.list.currentItem().data(Qt.ItemDataRole.UserRole) == check
    assert QApplication.focusWidget() is tasks.by  # the person types their name and answers
    QTest.keyClicks(tasks.by, "Budi Santoso")
    qtbot.mouseClick(tasks.answer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: notice.isHidden() and not tasks.isVisible(), timeout=10_000)
    answers = wait_for(qtbot, session.db.run(lambda st: [
        (st.read_outbox(r["id"]).content, r["deliveries"][0]["peer"]) for r in st.outbox() if r["type"] == "check"]))
    assert [(a["in_reply_to"], a["check"]["by"], to) for a, to in answers] == [
        (check, "Budi Santoso", window.peers.peers[0].id)]  # queued for Kuala Lumpur, signed, naming the person

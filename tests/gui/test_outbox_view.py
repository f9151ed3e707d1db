"""The outbox view: per-recipient delivery states in words, changing as receipts and acknowledgements arrive."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from helpers import link, wait_for
from siaga.bundle import export_bundle, import_bundle
from siaga.gui.outbox_view import MessageDialog, OutboxView
from siaga.sync import Sync


@pytest.fixture
def pair(make_station, draft):
    """Jakarta filed one report to Kuala Lumpur (not yet carried)."""
    jkt = make_station("jakarta", country="ID")
    kl = make_station("kl", country="MY")
    kl_at_jkt, jkt_at_kl = link(jkt, kl)
    msg = jkt.file_report(draft)
    return jkt, kl, kl_at_jkt.id, jkt_at_kl.id, msg


def deliveries(view):
    """{message summary: [(recipient, status words), ...]} as the tree shows it."""
    out = {}
    for i in range(view.tree.topLevelItemCount()):
        item = view.tree.topLevelItem(i)
        out[item.text(5)] = [(item.child(j).text(0), item.child(j).text(5)) for j in range(item.childCount())]
    return out


def wait_for_status(qtbot, view, predicate):
    qtbot.waitUntil(lambda: any(predicate(words) for rows in deliveries(view).values() for _, words in rows),
                    timeout=10_000)


def test_recipient_status_moves_from_queued_to_delivered_to_acknowledged(qtbot, open_session, pair, draft):
    jkt, kl, kl_id, jkt_id, msg = pair
    session = open_session(jkt.home)
    view = OutboxView(session)
    qtbot.addWidget(view)
    wait_for_status(qtbot, view, lambda words: words == "Queued")
    assert deliveries(view) == {draft["summary"]: [("kl", "Queued")]}
    top = view.tree.topLevelItem(0)
    assert (top.text(1), top.text(3), top.text(4)) == ("Early warning", "High", "TLP:AMBER")
    assert top.text(2) == "Malicious code: Infected system"

    # carried to Kuala Lumpur on a bundle; the receipt comes back on the return bundle
    assert import_bundle(kl, export_bundle(jkt, kl_id)[0]).new == 1
    back, _ = export_bundle(kl, jkt_id)
    wait_for(qtbot, session.db.run(lambda st: import_bundle(st, back)))
    session.changed("outbox")
    wait_for_status(qtbot, view, lambda words: words.startswith("Delivered"))
    assert deliveries(view)[draft["summary"]][0][1].endswith("(receipt verified)")

    kl.acknowledge(msg, "investigating", "Team on site")
    back, _ = export_bundle(kl, jkt_id)
    wait_for(qtbot, session.db.run(lambda st: import_bundle(st, back)))
    session.changed("all")
    wait_for_status(qtbot, view, lambda words: words.startswith("Acknowledged"))
    assert deliveries(view)[draft["summary"]] == [("kl", "Acknowledged: Investigating — Team on site")]


def test_failing_delivery_names_the_reason_and_the_next_try(qtbot, open_session, pair, draft):
    jkt, kl, kl_id, _, _ = pair
    jkt.update_peer(kl_id, url="http://127.0.0.1:9/")  # nothing listens on the discard port
    Sync(jkt).run_once()
    session = open_session(jkt.home)
    view = OutboxView(session)
    qtbot.addWidget(view)
    wait_for_status(qtbot, view, lambda words: words.startswith("Failing: "))
    words = deliveries(view)[draft["summary"]][0][1]
    assert ", next try " in words and len(words) > len("Failing: , next try 00:00")


def test_pings_are_shown_only_on_request(qtbot, open_session, pair, draft):
    jkt, _, kl_id, _, _ = pair
    jkt.ping(kl_id)
    session = open_session(jkt.home)
    view = OutboxView(session)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.tree.topLevelItemCount() == 1, timeout=10_000)
    assert "1 ping(s), acknowledgement(s) or relayed message(s) hidden" in view.status.text()
    view.show()
    qtbot.waitExposed(view)
    qtbot.mouseClick(view.show_all, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.tree.topLevelItemCount() == 2)
    assert {view.tree.topLevelItem(i).text(1) for i in range(2)} == {"Early warning", "Ping"}


def test_sync_now_needs_a_sync_engine(qtbot, open_session, pair):
    jkt = pair[0]
    view = OutboxView(open_session(jkt.home))
    qtbot.addWidget(view)
    assert not view.sync_button.isEnabled()
    assert view.sync_button.text().startswith("&")


def test_open_shows_the_report_and_its_code_line(qtbot, open_session, pair, draft):
    jkt = pair[0]
    session = open_session(jkt.home, lang="id")
    view = OutboxView(session)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.tree.topLevelItemCount() == 1, timeout=10_000)
    view.tree.setCurrentItem(view.tree.topLevelItem(0))
    assert view.open_button.isEnabled()
    view.show()
    qtbot.waitExposed(view)
    qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.findChild(MessageDialog) is not None, timeout=10_000)
    dialog = view.findChild(MessageDialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert draft["summary"] in texts and "Ringkasan" in texts  # headings in the reader's language
    line = dialog.findChild(QLineEdit, "codeLine").text()
    assert line.startswith("SG1 ") and " EW " in line

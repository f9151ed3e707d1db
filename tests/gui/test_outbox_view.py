"""The outbox view: per-recipient delivery states in words, changing as receipts and acknowledgements arrive; export."""

from __future__ import annotations

import pytest
import stix2
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from siaga.delivery.bundle import export_bundle, import_bundle
from siaga.delivery.sync import Sync
from siaga.gui.inbox_dialogs import ExportDialog
from siaga.gui.outbox_model import SUMMARY, TIME
from siaga.gui.outbox_view import MessageDialog, OutboxView
from siaga.gui.report_text import ReportBrowser

from helpers import link, wait_for
from qt_helpers import on_screen, save_through_file_dialog


@pytest.fixture
def pair(make_station, draft):
    """Jakarta filed one report to Kuala Lumpur (not yet carried)."""
    jkt = make_station("jakarta", country="ID")
    kl = make_station("kl", country="MY")
    kl_at_jkt, jkt_at_kl = link(jkt, kl)
    msg = jkt.file_report(draft)
    return jkt, kl, kl_at_jkt.id, jkt_at_kl.id, msg


def cell(view, row, column, role=Qt.ItemDataRole.DisplayRole):
    return view.model.index(row, column).data(role)


def message_rows(view):
    return [r for r in range(view.model.rowCount()) if view.model.is_message_row(r)]


def deliveries(view):
    """{message summary: [(recipient, status words), ...]} as the table shows it (recipients below their message)."""
    out: dict[str, list] = {}
    for row in range(view.model.rowCount()):
        if view.model.is_message_row(row):
            recipients = out.setdefault(cell(view, row, SUMMARY), [])
        else:
            recipients.append((cell(view, row, TIME), cell(view, row, SUMMARY)))
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
    assert deliveries(view) == {draft["summary"]: [("to kl", "Queued")]}
    assert [cell(view, 0, column) for column in (1, 3, 4)] == ["Early warning", "High", "TLP:AMBER"]
    assert cell(view, 0, 2) == "Malicious code: Infected system"

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
    assert deliveries(view)[draft["summary"]] == [("to kl", "Acknowledged: Investigating — Team on site")]
    assert view.delivery_texts() == ["Acknowledged: Investigating — Team on site"]


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
    qtbot.waitUntil(lambda: "1 ping(s), acknowledgement(s) or relayed message(s) hidden" in view.status.text(),
                    timeout=10_000)
    assert len(message_rows(view)) == 1
    view.show()
    qtbot.waitExposed(view)
    qtbot.mouseClick(view.show_all, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(message_rows(view)) == 2 and view.status.text() == "2 message(s)")
    assert {cell(view, row, 1) for row in message_rows(view)} == {"Early warning", "Ping"}


def test_sync_now_needs_a_sync_engine(qtbot, open_session, pair):
    jkt = pair[0]
    view = OutboxView(open_session(jkt.home))
    qtbot.addWidget(view)
    assert not view.sync_button.isEnabled()
    assert "&" in view.sync_button.text()


def test_open_shows_the_report_and_its_code_line(qtbot, open_session, pair, draft):
    jkt = pair[0]
    session = open_session(jkt.home, lang="id")
    view = OutboxView(session)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=10_000)
    view.table.selectRow(1)  # the recipient's row opens its message
    assert view.open_button.isEnabled()
    view.show()
    qtbot.waitExposed(view)
    qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.findChild(MessageDialog) is not None, timeout=10_000)
    dialog = view.findChild(MessageDialog)
    text = dialog.report.toPlainText()
    assert draft["summary"] in text and "Ringkasan" in text  # headings in the reader's language
    line = dialog.findChild(QLineEdit, "codeLine").text()
    assert line.startswith("SG1 ") and " EW " in line


def test_open_shows_a_long_report_whole_and_scrollable_as_the_review_page_does(qtbot, open_session, pair, draft):
    jkt = pair[0]
    narrative = "\n".join(f"Step {n}: the servers were checked one after another and found renamed files."
                          for n in range(1, 41))
    indicators = [{"type": "ipv4-addr", "value": f"203.0.113.{n}"} for n in range(1, 31)]
    jkt.file_report(dict(draft, narrative=narrative, indicators=indicators, summary="Long report " + "x" * 200))
    session = open_session(jkt.home)
    view = OutboxView(session)
    on_screen(qtbot, view)
    qtbot.waitUntil(lambda: view.model.rowCount() == 4, timeout=10_000)
    view.table.selectRow(0)  # the newest: the long report
    qtbot.mouseClick(view.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.findChild(MessageDialog) is not None and view.findChild(MessageDialog).isVisible(),
                    timeout=10_000)
    dialog = view.findChild(MessageDialog)
    assert isinstance(dialog.report, ReportBrowser)  # the review page's rendering
    text = dialog.report.toPlainText()
    assert all(f"Step {n}: the servers" in text for n in range(1, 41))
    assert all(f"203.0.113.{n}" in text for n in range(1, 31))
    assert "Long report " + "x" * 200 in text
    assert "Need-to-know within the recipient's organisation" in text  # the TLP label's meaning
    assert dialog.report.verticalScrollBar().maximum() > 0  # scrolls rather than cuts off
    screen = dialog.screen().availableGeometry()
    assert dialog.frameGeometry().height() <= screen.height() and dialog.frameGeometry().width() <= screen.width()


def test_a_new_report_goes_on_top_and_the_selection_stays(qtbot, open_session, pair, draft):
    jkt, kl, kl_id, _, msg = pair
    session = open_session(jkt.home)
    view = OutboxView(session)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=10_000)
    view.table.selectRow(0)
    newer = wait_for(qtbot, session.db.run(lambda st: st.file_report(dict(draft, summary="Second report"))))
    session.changed("outbox")
    qtbot.waitUntil(lambda: view.model.rowCount() == 4, timeout=10_000)
    assert list(deliveries(view)) == ["Second report", draft["summary"]]
    assert view.selected_id() == msg and view.table.currentIndex().row() == 2 and view.selected_ids() == [msg]
    assert cell(view, 0, 0, Qt.ItemDataRole.UserRole) == newer


def test_export_stix_of_every_report_in_the_outbox_reads_in_stix2(qtbot, open_session, pair, draft, tmp_path):
    jkt, _, kl_id, _, _ = pair
    jkt.file_report(dict(draft, summary="Second report"))
    jkt.ping(kl_id)  # not a report: not exported
    session = open_session(jkt.home)
    view = OutboxView(session)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: len(message_rows(view)) == 2, timeout=10_000)
    view.show()
    qtbot.waitExposed(view)
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.findChild(ExportDialog) is not None and view.findChild(ExportDialog).isVisible(),
                    timeout=10_000)
    dialog = view.findChild(ExportDialog)
    assert dialog.matching.isChecked() and not dialog.selected.isEnabled()
    assert dialog.matching.text() == "Every report in the &outbox"
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    out = tmp_path / "outbox.json"
    save_through_file_dialog(qtbot, view, out, "2 report(s) written to outbox.json")
    bundle = stix2.parse(out.read_text(encoding="utf-8"), allow_custom=True)
    assert sorted(o.name for o in bundle.objects if o.type == "incident") == sorted([draft["summary"], "Second report"])


def test_export_of_the_selected_report_writes_only_it(qtbot, open_session, pair, draft, tmp_path):
    jkt = pair[0]
    jkt.file_report(dict(draft, summary="Second report"))
    session = open_session(jkt.home)
    view = OutboxView(session)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.model.rowCount() == 4, timeout=10_000)
    view.table.selectRow(3)  # a recipient row stands for its report
    assert view.selected_ids() == [pair[4]]
    out = tmp_path / "one.json"
    view.export_to(out, "stix", view.selected_ids())
    assert wait_for(qtbot, view.export_operation, timeout=20_000) == 1
    bundle = stix2.parse(out.read_text(encoding="utf-8"), allow_custom=True)
    assert [o.name for o in bundle.objects if o.type == "incident"] == [draft["summary"]]

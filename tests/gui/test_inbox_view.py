"""The inbox view on real stations: filters narrow the table, acknowledge, forward under TLP, export, urgent banner."""

from __future__ import annotations

import json

import pytest
import stix2
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from siaga.delivery.bundle import export_bundle, import_bundle
from siaga.gui.inbox_dialogs import AcknowledgeDialog, ExportDialog, ForwardDialog
from siaga.gui.inbox_model import RECEIVED
from siaga.interop import exports
from siaga.interop.stix import SIAGA_EXT
from siaga.storage.store import DB_FILE

from qt_helpers import inbox_on_screen, save_through_file_dialog

RANSOM = "Ransomware on provincial government file servers"
PHISHING = "Phishing wave against retail banks"
DDOS = "Flood against the national payment gateway"


@pytest.fixture
def world(network, draft):
    """Kuala Lumpur's liaison has three reports from Jakarta (carried on a bundle) and a peer in Manila."""
    # TLP:RED goes to verified peers only
    net = network(orgs={"jakarta": "BSSN", "kl": "NACSA"}, links=[("jakarta", "kl"), ("kl", "manila")],
                  verified=[("jakarta", "kl")])
    jkt, kl, manila = net.jakarta, net.kl, net.manila
    kl_at_jkt, jkt_at_kl = net.peers[("jakarta", "kl")], net.peers[("kl", "jakarta")]
    ids = {
        RANSOM: jkt.file_report(draft),
        PHISHING: jkt.file_report(dict(draft, type="update", code="rsit:fraud/phishing", severity=2,
                                       tlp="TLP:GREEN", scope="bilateral", countries=["MY"], summary=PHISHING)),
        DDOS: jkt.file_report(dict(draft, type="update", code="rsit:availability/ddos", severity=5, tlp="TLP:RED",
                                   scope="bilateral", countries=["MY"], summary=DDOS)),
    }
    assert import_bundle(kl, export_bundle(jkt, kl_at_jkt.id)[0]).new == 3
    return jkt, kl, manila, jkt_at_kl.id, ids


@pytest.fixture
def view(qtbot, open_session, world):
    session = open_session(world[1].home)
    widget = inbox_on_screen(qtbot, session, 3)
    return widget


def summaries(view):
    return sorted(view.model.data(view.model.index(r, 0), Qt.ItemDataRole.UserRole)["summary"]
                  for r in range(view.model.rowCount()))


def select(qtbot, view, summary):
    for r in range(view.model.rowCount()):
        if view.model.data(view.model.index(r, 0), Qt.ItemDataRole.UserRole)["summary"] == summary:
            view.table.selectRow(r)
            break
    else:
        raise AssertionError(f"no row {summary!r}")
    qtbot.waitUntil(lambda: view.detail.message is not None and view.detail.message["content"]["summary"] == summary,
                    timeout=10_000)


def dialog_of(qtbot, view, kind):
    qtbot.waitUntil(lambda: view.findChild(kind) is not None and view.findChild(kind).isVisible(), timeout=10_000)
    return view.findChild(kind)


def press_ok(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_filters_narrow_the_table(qtbot, view):
    assert summaries(view) == sorted([RANSOM, PHISHING, DDOS])
    QTest.keyClicks(view.filters.search, "phishing")
    qtbot.waitUntil(lambda: summaries(view) == [PHISHING], timeout=10_000)
    QTest.keyClicks(view.filters.search, " nothing-like-this")
    qtbot.waitUntil(lambda: summaries(view) == [], timeout=10_000)
    qtbot.mouseClick(view.filters.clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=10_000)

    view.filters.severity.setFocus()
    QTest.keyClicks(view.filters.severity, "5")
    assert view.filters.severity.currentText() == "5 Emergency"
    qtbot.waitUntil(lambda: summaries(view) == [DDOS], timeout=10_000)
    view.filters.severity.setCurrentIndex(0)
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=10_000)

    QTest.keyClicks(view.filters.country.lineEdit(), "Indonesia")
    QTest.keyClick(view.filters.country.lineEdit(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: summaries(view) == [RANSOM], timeout=10_000)


def test_received_column_sorts_both_ways_and_filters_keep_the_order(qtbot, view):
    def order():
        return [view.model.data(view.model.index(r, 0), Qt.ItemDataRole.UserRole)["summary"]
                for r in range(view.model.rowCount())]

    assert order() == [DDOS, PHISHING, RANSOM]  # newest first
    header = view.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.rect().topLeft() + QPoint(header.sectionViewportPosition(RECEIVED)
                                                          + header.sectionSize(RECEIVED) // 2, header.height() // 2))
    qtbot.waitUntil(lambda: order() == [RANSOM, PHISHING, DDOS], timeout=10_000)
    view.filters.tlp.setCurrentIndex(view.filters.tlp.findData("TLP:AMBER"))
    qtbot.waitUntil(lambda: order() == [RANSOM], timeout=10_000)
    view.filters.tlp.setCurrentIndex(0)
    qtbot.waitUntil(lambda: order() == [RANSOM, PHISHING, DDOS], timeout=10_000)


def test_selecting_a_row_shows_the_report_with_its_badge(qtbot, view):
    select(qtbot, view, PHISHING)
    assert view.detail.trust == "unverified"
    assert "compare fingerprints" in view.detail.badge.text()
    assert ("Summary", PHISHING) in view.detail.lines()


def test_acknowledge_through_the_dialog_reaches_the_author(qtbot, view, world):
    jkt, kl, _, jkt_id, ids = world
    select(qtbot, view, RANSOM)
    assert view.ack_button.isEnabled()
    qtbot.mouseClick(view.ack_button, Qt.MouseButton.LeftButton)
    dialog = dialog_of(qtbot, view, AcknowledgeDialog)
    dialog.status.setFocus()
    QTest.keyClicks(dialog.status, "Inv")
    assert dialog.status.currentData() == "investigating"
    QTest.keyClicks(dialog.note, "Team on site")
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: "queued" in view.status.text(), timeout=10_000)
    qtbot.waitUntil(lambda: len(view.detail.thread.entries()) == 1, timeout=10_000)
    # the table is read again and the report stays selected, with its new status
    qtbot.waitUntil(lambda: [r["status"] for r in view.selected_rows()] == ["investigating"], timeout=10_000)

    # carried back to Jakarta, the acknowledgement is in its inbox
    assert import_bundle(jkt, export_bundle(kl, jkt_id)[0]).new == 1
    ack = jkt.read_inbox(jkt.store.inbox_ids()[0])
    assert ack["content"]["ack"] == {"status": "investigating", "note": "Team on site"}
    assert ack["content"]["in_reply_to"] == ids[RANSOM]


def test_forward_is_refused_for_red_with_the_reason_and_allowed_for_green(qtbot, view, world):
    _, kl, manila, _, ids = world
    select(qtbot, view, DDOS)
    qtbot.mouseClick(view.forward_button, Qt.MouseButton.LeftButton)
    dialog = dialog_of(qtbot, view, ForwardDialog)
    items = {dialog.peers.item(i).text(): dialog.peers.item(i) for i in range(dialog.peers.count())}
    manila_item = next(item for text, item in items.items() if text.startswith("manila"))
    assert "TLP:RED is for its named recipients only" in manila_item.text()
    assert not manila_item.flags() & Qt.ItemFlag.ItemIsEnabled
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    dialog.reject()
    qtbot.waitUntil(lambda: view.findChild(ForwardDialog) is None)  # closed dialogs are deleted

    select(qtbot, view, PHISHING)
    qtbot.mouseClick(view.forward_button, Qt.MouseButton.LeftButton)
    dialog = dialog_of(qtbot, view, ForwardDialog)
    manila_item = next(dialog.peers.item(i) for i in range(dialog.peers.count())
                       if dialog.peers.item(i).text().startswith("manila"))
    assert manila_item.flags() & Qt.ItemFlag.ItemIsEnabled
    manila_item.setCheckState(Qt.CheckState.Checked)
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: "Forwarded to 1 peer(s)" in view.status.text(), timeout=10_000)
    forwarded = [r for r in kl.outbox() if r["id"] == ids[PHISHING]]
    manila_id = next(p.id for p in kl.peers() if p.card.name == "manila")
    assert forwarded and [d["peer"] for d in forwarded[0]["deliveries"]] == [manila_id]


def test_export_stix_of_the_filtered_rows_reads_in_stix2(qtbot, view, tmp_path):
    QTest.keyClicks(view.filters.search, "ransomware")
    qtbot.waitUntil(lambda: summaries(view) == [RANSOM], timeout=10_000)
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    dialog = dialog_of(qtbot, view, ExportDialog)
    assert dialog.matching.isChecked() and not dialog.selected.isEnabled()
    press_ok(qtbot, dialog)
    out = tmp_path / "out.json"
    save_through_file_dialog(qtbot, view, out, "written to out.json")
    bundle = stix2.parse(out.read_text(encoding="utf-8"), allow_custom=True)
    incidents = [o for o in bundle.objects if o.type == "incident"]
    assert [i.name for i in incidents] == [RANSOM]


def test_import_stix_shows_external_reports(qtbot, view, world, tmp_path):
    jkt = world[0]
    source = tmp_path / "partner.json"
    bundle = exports.stix_bundle(jkt, exports.collect(jkt, [world[4][PHISHING]]))
    for obj in bundle["objects"]:  # as another tool writes it: without Siaga's message id and signed payload,
        obj.get("extensions", {}).pop(SIAGA_EXT, None)  # which would make it the report already held
    source.write_text(json.dumps(bundle))
    qtbot.mouseClick(view.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(view, "file_dialog", None) is not None and view.file_dialog.isVisible(),
                    timeout=10_000)
    view.file_dialog.selectFile(str(source))
    view.file_dialog.accept()
    qtbot.waitUntil(lambda: view.model.rowCount() == 4, timeout=10_000)
    assert "1 incident(s) read, 1 new" in view.status.text()
    for r in range(view.model.rowCount()):
        if view.model.data(view.model.index(r, 0), Qt.ItemDataRole.UserRole)["external"]:
            view.table.selectRow(r)
    qtbot.waitUntil(lambda: view.detail.trust == "external", timeout=10_000)
    assert not view.ack_button.isEnabled() and not view.forward_button.isEnabled()


def test_urgent_arrival_shows_a_banner_and_is_announced(qtbot, view, world):
    ids = world[4]
    assert view.banner.isHidden()
    with qtbot.waitSignal(view.urgentReceived, timeout=10_000) as signal:
        view.session.received.emit([ids[PHISHING], ids[DDOS]])  # only the severity-5 report is urgent
    assert signal.args[0]["summary"] == DDOS and signal.args[0]["sender"] == "jakarta"
    assert view.banner.isVisible()
    assert view.banner.text.text() == ("Urgent: Availability: Distributed denial of service from jakarta — " + DDOS)
    qtbot.mouseClick(view.banner.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.detail.message is not None and view.detail.message["id"] == ids[DDOS],
                    timeout=10_000)
    qtbot.mouseClick(view.banner.close_button, Qt.MouseButton.LeftButton)
    assert view.banner.isHidden()


def test_keyboard_ctrl_f_searches_and_enter_opens(qtbot, view):
    view.table.setFocus()
    QTest.keyClick(view.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is view.filters.search
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, 0))
    QTest.keyClick(view.table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.detail.message is not None, timeout=10_000)
    assert view.detail.hasFocus() or view.detail.isAncestorOf(QApplication.focusWidget())
    names = [view.ack_button.accessibleName(), view.table.accessibleName(), view.filters.search.accessibleName()]
    assert all(names) and view.ack_button.text().startswith("&")


def test_our_own_acknowledgement_note_shows_in_the_thread_and_is_kept_sealed(qtbot, view, world):
    kl = world[1]
    select(qtbot, view, PHISHING)
    qtbot.mouseClick(view.ack_button, Qt.MouseButton.LeftButton)
    dialog = dialog_of(qtbot, view, AcknowledgeDialog)
    QTest.keyClicks(dialog.note, "Blocked the sender domain")
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: len(view.detail.thread.entries()) == 1, timeout=10_000)
    row = view.detail.thread.entries()[0]
    assert row.who == "This station" and row.note == "Blocked the sender domain"
    assert "Blocked the sender domain" in view.detail.thread.toPlainText()
    # kept in the report's sealed record: nothing of the note is in the database file in the clear
    files = [path for path in kl.home.iterdir() if path.name.startswith(DB_FILE)]
    assert files and not any(b"Blocked the sender" in path.read_bytes() for path in files)


def row_of(view, summary):
    return next(r for r in range(view.model.rowCount())
                if view.model.data(view.model.index(r, 0), Qt.ItemDataRole.UserRole)["summary"] == summary)


def announce_ddos(qtbot, view, world):
    with qtbot.waitSignal(view.urgentReceived, timeout=10_000):
        view.session.received.emit([world[4][DDOS]])
    assert view.banner.isVisible()


def test_opening_the_urgent_report_selects_its_row_so_actions_act_on_it(qtbot, view, world):
    ids = world[4]
    view.table.sortByColumn(RECEIVED, Qt.SortOrder.AscendingOrder)  # the urgent report is the last row
    qtbot.waitUntil(lambda: view.model.rowCount() == 3 and row_of(view, DDOS) == 2, timeout=10_000)
    view.table.setFixedHeight(view.table.horizontalHeader().height() + view.table.rowHeight(0) + 4)
    select(qtbot, view, RANSOM)
    announce_ddos(qtbot, view, world)
    qtbot.mouseClick(view.banner.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.detail.message is not None and view.detail.message["id"] == ids[DDOS],
                    timeout=10_000)
    assert [r["id"] for r in view.selected_rows()] == [ids[DDOS]] and view.current_row()["id"] == ids[DDOS]
    cell = view.table.visualRect(view.model.index(2, 0))
    assert view.table.viewport().rect().contains(cell.center())  # scrolled to it
    assert view.forward_button.isEnabled() and view.ack_button.isEnabled()


def test_the_urgent_banner_goes_once_its_report_is_opened(qtbot, view, world):
    announce_ddos(qtbot, view, world)
    qtbot.mouseClick(view.banner.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.detail.message is not None and view.detail.message["id"] == world[4][DDOS],
                    timeout=10_000)
    assert view.banner.isHidden()
    # opened from the table instead of the banner: the banner goes too
    select(qtbot, view, RANSOM)
    announce_ddos(qtbot, view, world)
    select(qtbot, view, DDOS)
    assert view.banner.isHidden()


def test_an_urgent_report_the_filters_hide_is_shown_with_nothing_else_selected(qtbot, view, world):
    ids = world[4]
    QTest.keyClicks(view.filters.search, "phishing")
    qtbot.waitUntil(lambda: summaries(view) == [PHISHING], timeout=10_000)
    select(qtbot, view, PHISHING)
    announce_ddos(qtbot, view, world)
    qtbot.mouseClick(view.banner.open_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.detail.message is not None and view.detail.message["id"] == ids[DDOS],
                    timeout=10_000)
    assert view.selected_rows() == [] and not view.ack_button.isEnabled() and not view.forward_button.isEnabled()
    assert "not listed with the filters chosen" in view.status.text()
    # once the filters let it be listed, it is the report selected
    qtbot.mouseClick(view.filters.clear_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: [r["id"] for r in view.selected_rows()] == [ids[DDOS]], timeout=10_000)


def test_enter_in_the_country_filter_applies_the_best_match_or_says_there_is_none(qtbot, view):
    edit = view.filters.country.lineEdit()
    edit.setFocus()
    QTest.keyClicks(edit, "Indo")
    QTest.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: summaries(view) == [RANSOM], timeout=10_000)  # the one regional report to ID
    assert view.filters.country.currentText() == "Indonesia" and view.filters.problem.isHidden()

    edit.selectAll()
    QTest.keyClicks(edit, "Atlantis")
    QTest.keyClick(edit, Qt.Key.Key_Return)
    assert view.filters.problem.isVisible()
    assert view.filters.problem.text() == "No country matches “Atlantis”"

    edit.selectAll()
    QTest.keyClicks(edit, "my")  # a code is the best match of all
    QTest.keyClick(edit, Qt.Key.Key_Return)
    assert view.filters.country.code() == "MY" and view.filters.problem.isHidden()
    qtbot.waitUntil(lambda: summaries(view) == sorted([RANSOM, PHISHING, DDOS]), timeout=10_000)

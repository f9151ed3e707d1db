"""The inbox table: severity and status first as coloured labels, a Type column, a stretching Summary,
unread reports in bold until opened, and acknowledging several at once. Real stations, real widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QHeaderView, QProgressDialog
from test_inbox_view import DDOS, PHISHING, RANSOM, dialog_of, press_ok, select, view, world  # noqa: F401

from siaga.gui import theme
from siaga.gui.colours import MIN_CONTRAST, contrast
from siaga.gui.column_fit import MIN_STRETCH, shrink
from siaga.gui.inbox_dialogs import AcknowledgeDialog
from siaga.gui.inbox_model import SEVERITY, STATUS, SUMMARY, TYPE
from siaga.storage.inbox_query import InboxQuery

ROW = Qt.ItemDataRole.UserRole


def row_of(view, summary):  # noqa: F811 - the view fixture's name
    return next(r for r in range(view.model.rowCount())
                if view.model.data(view.model.index(r, 0), ROW)["summary"] == summary)


def bold(view, summary):  # noqa: F811 - the view fixture's name
    font = view.model.data(view.model.index(row_of(view, summary), SUMMARY), Qt.ItemDataRole.FontRole)
    return bool(font and font.bold())


def test_columns_come_in_the_officers_order_and_the_summary_stretches(qtbot, view):  # noqa: F811
    model = view.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "Severity", "Status", "Received", "Type", "Sender", "Country", "Code", "TLP", "Summary"]
    header = view.table.horizontalHeader()
    assert header.sectionResizeMode(SUMMARY) == QHeaderView.ResizeMode.Stretch
    row = row_of(view, PHISHING)
    assert model.data(model.index(row, SUMMARY)) == PHISHING
    assert model.data(model.index(row, TYPE)) == "Update"
    # the summary fills what the other columns leave: the table never scrolls sideways
    assert not view.table.horizontalScrollBar().isVisible()
    assert header.sectionSize(SUMMARY) >= MIN_STRETCH


def test_unread_reports_are_bold_until_opened_and_the_station_keeps_it(qtbot, view, world):  # noqa: F811
    kl = world[1]
    assert bold(view, RANSOM) and bold(view, PHISHING) and bold(view, DDOS)
    select(qtbot, view, PHISHING)
    qtbot.waitUntil(lambda: not bold(view, PHISHING), timeout=10_000)
    assert bold(view, RANSOM)
    qtbot.waitUntil(lambda: {r["summary"]: r["unread"] for r in kl.inbox_page(InboxQuery())[0]}[PHISHING] is False,
                    timeout=10_000)
    view.model.refresh()  # read again from the station: still read
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=10_000)
    assert not bold(view, PHISHING) and bold(view, DDOS)


@pytest.mark.parametrize("appearance", ["light", "dark"])
def test_severity_and_status_are_readable_coloured_labels(qtbot, qapp, view, appearance):  # noqa: F811
    saved = QApplication.palette()
    try:
        theme.apply(appearance)
        model = view.model
        for row in range(model.rowCount()):
            for column in (SEVERITY, STATUS):
                index = model.index(row, column)
                background = model.data(index, Qt.ItemDataRole.BackgroundRole)
                foreground = model.data(index, Qt.ItemDataRole.ForegroundRole)
                assert isinstance(background, QColor) and contrast(foreground, background) >= MIN_CONTRAST
        # drawn as a badge in its colour (severity 5 is black in the codebook)
        view.table.viewport().update()
        qtbot.wait(50)
        index = model.index(row_of(view, DDOS), SEVERITY)
        rect = view.table.visualRect(index)
        image = view.table.viewport().grab().toImage()
        dpr = image.devicePixelRatio()
        pixel = image.pixelColor(int((rect.left() + 6) * dpr), int(rect.center().y() * dpr))
        assert pixel == QColor("#000000")
    finally:
        QApplication.setPalette(saved)


def test_acknowledge_several_at_once(qtbot, view, world):  # noqa: F811
    kl = world[1]
    view.table.selectAll()
    qtbot.waitUntil(lambda: len(view.selected_rows()) == 3, timeout=5_000)
    assert view.ack_button.isEnabled() and not view.forward_button.isEnabled()
    qtbot.mouseClick(view.ack_button, Qt.MouseButton.LeftButton)
    dialog = dialog_of(qtbot, view, AcknowledgeDialog)
    assert any(label.text() == "3 reports" for label in dialog.findChildren(type(view.status)))
    dialog.status.setCurrentIndex(dialog.status.findData("resolved"))
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: "3 acknowledgements" in view.status.text(), timeout=15_000)
    assert view.findChild(QProgressDialog, "ackProgress") is None or not view.findChild(
        QProgressDialog, "ackProgress").isVisible()
    assert {row["status"] for row in kl.inbox_page(InboxQuery())[0]} == {"resolved"}
    assert len([row for row in kl.outbox() if row["type"] == "acknowledgement"]) == 3
    qtbot.waitUntil(lambda: {view.model.data(view.model.index(r, 0), ROW)["status"]
                             for r in range(view.model.rowCount())} == {"resolved"}, timeout=10_000)


def test_shrinking_cuts_the_widest_columns_first_and_never_below_the_floor():
    assert shrink({0: 100, 1: 60}, 500) == {0: 100, 1: 60}
    assert shrink({0: 300, 1: 80, 2: 70}, 300) == {0: 150, 1: 80, 2: 70}
    cut = shrink({0: 300, 1: 300, 2: 300}, 100)
    assert cut == {0: 56, 1: 56, 2: 56}
    assert shrink({0: 300, 1: 300}, 100, {0: 90}) == {0: 90, 1: 56}  # a heading keeps its room


def test_acknowledging_several_leaves_out_reports_from_partners_files(qtbot, view, world, tmp_path):  # noqa: F811
    import json

    from siaga.interop import exports
    from siaga.interop.stix import SIAGA_EXT

    jkt, kl = world[0], world[1]
    bundle = exports.stix_bundle(jkt, exports.collect(jkt, [world[4][PHISHING]]))
    for obj in bundle["objects"]:  # as another tool writes it
        obj.get("extensions", {}).pop(SIAGA_EXT, None)
    source = tmp_path / "partner.json"
    source.write_text(json.dumps(bundle))
    view.import_from(source)
    qtbot.waitUntil(lambda: view.model.rowCount() == 4, timeout=10_000)
    view.table.selectAll()
    qtbot.waitUntil(lambda: len(view.selected_rows()) == 4, timeout=5_000)
    qtbot.mouseClick(view.ack_button, Qt.MouseButton.LeftButton)
    dialog = dialog_of(qtbot, view, AcknowledgeDialog)
    texts = [label.text() for label in dialog.findChildren(type(view.status))]
    assert any(t.startswith("3 reports (1 from partners' files left out") for t in texts), texts
    press_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: "3 acknowledgements" in view.status.text(), timeout=15_000)
    assert len([row for row in kl.outbox() if row["type"] == "acknowledgement"]) == 3

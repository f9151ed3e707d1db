"""The report's detail pane at 1280×720, in English and in Indonesian, on a report with a long thread: a partner
with a long name, an update and several acknowledgements with long notes. Nothing scrolls sideways, nothing is
cut off, and every word of the thread is on show as plain text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QFormLayout, QScrollArea

from siaga.delivery.bundle import export_bundle, import_bundle
from siaga.gui.i18n import install_language

from helpers import link
from qt_helpers import clipped

SCREEN = (1280, 720)
AUTHOR = "Malaysia National Cyber Coordination and Command Centre, liaison desk in Putrajaya"
UPDATE = ("Two more provinces report the same ransom note; the attackers now threaten to publish the "
          "stolen files on a leak site on Friday")
NOTES = (
    "We see the same on our side: our response team is on site at the ministry of finance and has taken the "
    "affected servers off the network",
    "Blocked the address at the national gateway; the domain update-check[.]example is sinkholed since 09:00 "
    "local time",
    "Resolved here; the backups were restored and no data left the ministry according to the firewall logs",
    "Hash of the dropper: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 (same as yours)",
)
STATUSES = ("received", "investigating", "investigating", "resolved")


@pytest.fixture
def threaded(make_station, draft):
    """Jakarta holds a report from a partner with a long name, its update, and four acknowledgements of its own
    with long notes (one with a hash that has no place to break); (jakarta, the report's id)."""
    jkt = make_station("jakarta", country="ID")
    kl = make_station(AUTHOR, org="National Cyber Security Agency of Malaysia", country="MY")
    _, jkt_at_kl = link(jkt, kl)
    root = kl.file_report(dict(draft, to=[jkt_at_kl.id]))
    kl.file_report({"updates": root, "summary": UPDATE})
    assert import_bundle(jkt, export_bundle(kl, jkt_at_kl.id)[0]).new == 2
    for status, note in zip(STATUSES, NOTES):
        jkt.acknowledge(root, status, note)
    return jkt, root


@pytest.fixture
def window_of(qtbot, qapp, open_session):
    """window_of(home, lang): the main window on that station, unlocked, on screen at 1280×720."""
    from siaga.gui.main_window import MainWindow

    def factory(home, lang):
        install_language(qapp, lang)
        window = MainWindow(open_session(home, lang))
        qtbot.addWidget(window)
        window.station_unlocked()
        window.resize(*SCREEN)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield factory
    install_language(qapp, "en")


def scrolling_sideways(root) -> list[str]:
    """Each visible scroll area under ``root`` that shows a horizontal scroll bar."""
    return [type(area).__name__ + ":" + area.objectName() for area in root.findChildren(QAbstractScrollArea)
            if area.isVisibleTo(root) and area.horizontalScrollBar().isVisible()]


@pytest.mark.parametrize("lang", ["en", "id"])
def test_the_detail_pane_fits_1280_by_720_with_its_whole_thread(qtbot, threaded, window_of, lang, tmp_path,
                                                                draft):
    jkt, root = threaded
    home = jkt.home
    jkt.close()
    window = window_of(home, lang)
    inbox = window.inbox
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 2, timeout=15_000)
    row = next(r for r in range(2) if inbox.model.data(inbox.model.index(r, 0), Qt.ItemDataRole.UserRole)["id"] == root)
    inbox.table.selectRow(row)
    detail = inbox.detail
    qtbot.waitUntil(lambda: detail.message is not None and detail.message["id"] == root, timeout=15_000)
    thread = detail.thread
    qtbot.waitUntil(lambda: len(thread.entries()) == 1 + len(NOTES), timeout=10_000)
    assert detail.width() <= 400  # the pane beside the table, as the window gives it

    # nothing scrolls sideways and nothing is cut off; the long report scrolls down
    report = detail.findChild(QScrollArea, "reportScroll")
    qtbot.waitUntil(lambda: report.verticalScrollBar().isVisible() and thread.verticalScrollBar().isVisible(),
                    timeout=5_000)
    qtbot.waitUntil(lambda: scrolling_sideways(detail) == [], timeout=5_000)
    assert clipped(detail) == []
    window.grab().save(str(tmp_path / f"inbox-detail-{lang}.png"))

    # every entry whole: who, the status, the note, as plain text
    shown = thread.toPlainText()
    assert shown.count(AUTHOR) == 1 and UPDATE in shown
    assert all(note in shown for note in NOTES)
    entries = thread.entries()
    assert [e.who for e in entries] == [AUTHOR] + ["This station" if lang == "en" else "Stasiun ini"] * 4
    assert [e.note for e in entries] == [UPDATE, *NOTES]
    # the report's values whole, the hash with no place to break among them; each fits the pane's width
    lines = dict(detail.lines())
    assert draft["indicators"][-1]["value"] in "".join(lines.values())
    for row in range(detail.fields.rowCount()):
        value = detail.fields.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
        assert value.geometry().right() <= report.viewport().width(), value.whole[:40]

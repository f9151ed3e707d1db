"""The report's details at 1280×720, in English and in Indonesian: the inbox's detail pane on a report with a long
thread (a partner with a long name, an update, several acknowledgements with long notes), and an outbox report
with its partners' acknowledgement deadlines. Nothing scrolls sideways, nothing is cut off, every word is on show
as plain text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QFormLayout, QScrollArea

from siaga.delivery.bundle import export_bundle, import_bundle
from siaga.gui.i18n import install_language
from siaga.gui.wrapping import WrappingLabel

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


PARTNERS = (("Malaysia National Cyber Coordination and Command Centre, liaison desk in Putrajaya", "MY"),
            ("Philippine National Computer Emergency Response Team, duty officer of the night shift", "PH"))


@pytest.fixture
def acknowledged(make_station, draft):
    """Jakarta's severe report to two partners with long names; the first acknowledged it with a long note."""
    jkt = make_station("jakarta", country="ID")
    peers = []
    for name, country in PARTNERS:
        partner = make_station(name, org="National Cyber Security Agency", country=country)
        peers.append((partner, *link(jkt, partner)))
    root = jkt.file_report(dict(draft, severity=4, to=[at_jkt.id for _, at_jkt, _ in peers]))
    partner, at_jkt, jkt_at = peers[0]
    assert import_bundle(partner, export_bundle(jkt, at_jkt.id)[0]).new == 1
    partner.acknowledge(root, "investigating", NOTES[0])
    import_bundle(jkt, export_bundle(partner, jkt_at.id)[0])
    return jkt, root


@pytest.mark.parametrize("lang", ["en", "id"])
def test_the_outbox_report_with_its_acknowledgements_fits_1280_by_720(qtbot, acknowledged, window_of, lang,
                                                                       tmp_path):
    jkt, root = acknowledged
    home = jkt.home
    jkt.close()
    window = window_of(home, lang)
    outbox = window.outbox
    window.places.setCurrentWidget(outbox)
    qtbot.waitUntil(lambda: len(outbox.model.messages()) == 1, timeout=15_000)
    outbox.table.selectRow(0)
    outbox.open_selected()
    qtbot.waitUntil(lambda: getattr(outbox, "message_dialog", None) is not None, timeout=10_000)
    dialog = outbox.message_dialog
    qtbot.waitExposed(dialog)
    clocks = dialog.ack_clocks
    qtbot.waitUntil(lambda: clocks.entries.isVisible(), timeout=5_000)
    dialog.grab().save(str(tmp_path / f"outbox-report-{lang}.png"))
    # each partner whole, with the state of its acknowledgement and the deadline; nothing sideways or cut
    assert [partner for partner, _, _ in clocks.rows()] == [name for name, _ in PARTNERS]
    assert scrolling_sideways(dialog) == [] and clipped(clocks) == []
    shown = [label.whole for label in clocks.entries.widget().findChildren(WrappingLabel)]
    assert all(name in shown for name, _ in PARTNERS)

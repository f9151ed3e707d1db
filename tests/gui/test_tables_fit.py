"""The inbox, outbox and incident tables at 1280×720, in English and in Indonesian, on a station full of long
text: no sideways scrolling, the summary keeps the most room, short badges, the whole text of a cut cell in its
tooltip, and columns hidden and shown again from the headings' menu (kept by the station)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QTableView

from siaga.delivery.bundle import export_bundle, import_bundle
from siaga.gui.column_fit import auto_hidden, grow
from siaga.gui.i18n import install_language
from siaga.gui.inbox_model import COUNTRY, SENDER, STATUS, SUMMARY as INBOX_SUMMARY, TLP, TYPE
from siaga.gui.incidents_view import SUMMARY as INCIDENT_SUMMARY
from siaga.gui.outbox_model import SUMMARY as OUTBOX_SUMMARY
from siaga.station import Station

from helpers import PASSPHRASE
from qt_helpers import clipped

SCREEN = (1280, 720)
LONG = ("Ransomware on provincial government file servers in three provinces, with ransom notes demanding payment "
        "in cryptocurrency within 48 hours")
PEERS = (("Malaysia National Cyber Coordination and Command Centre duty desk", "MY"), ("PH CERT", "PH"),
         ("ThaiCERT liaison office, Bangkok", "TH"), ("SG duty desk", "SG"))
STATUSES = ("received", "investigating", "resolved", "false-positive")
INBOX_ROWS, OUTBOX_REPORTS = 8, 4


@pytest.fixture
def long_station(make_station, draft):
    """Jakarta with eight reports from four partners (long names and summaries, every status, each seen by
    several countries) and four of its own, delivered and acknowledged with a note."""
    jkt = make_station("jakarta", country="ID")
    base = dict(draft, summary=LONG, severity=4, scope="bilateral", countries=["ID"],
                indicators=[{"type": "ipv4-addr", "value": "203.0.113.7"}])
    for i, (name, country) in enumerate(PEERS):
        peer = make_station(name, org="National Cyber Security Agency of the country", country=country)
        peer_at_jkt, jkt_at_peer = jkt.add_peer(peer.card_bytes()), peer.add_peer(jkt.card_bytes())
        peer.file_report(dict(base, to=[jkt_at_peer.id]))
        peer.file_report(dict(base, type="update" if i % 2 else "early-warning", code="rsit:fraud/phishing",
                              severity=1 + i, tlp="TLP:GREEN", summary=f"Phishing e-mails posing as the customs "
                              f"office, wave {i}", to=[jkt_at_peer.id]))
        assert import_bundle(jkt, export_bundle(peer, jkt_at_peer.id)[0]).new == 2
        jkt.file_report(dict(base, summary=f"Outgoing: {LONG}", to=[peer_at_jkt.id]))
        import_bundle(peer, export_bundle(jkt, peer_at_jkt.id)[0])
        for msg_id in peer.store.inbox_ids():
            peer.acknowledge(msg_id, "investigating", "We see the same on our side; our team is on it")
        import_bundle(jkt, export_bundle(peer, jkt_at_peer.id)[0])
    for msg_id, status in zip(jkt.store.inbox_ids(), STATUSES):
        jkt.acknowledge(msg_id, status, "Team on site")
    return jkt


@pytest.fixture
def window_of(qtbot, qapp, open_session):
    """window_of(home, lang, width=1280): the main window on that station, unlocked, on screen."""
    from siaga.gui.main_window import MainWindow

    def factory(home, lang, width=SCREEN[0]):
        install_language(qapp, lang)
        window = MainWindow(open_session(home, lang))
        qtbot.addWidget(window)
        window.station_unlocked()
        window.resize(width, SCREEN[1])
        window.show()
        qtbot.waitExposed(window)
        return window

    yield factory
    install_language(qapp, "en")


def plain(tooltip) -> str:
    return QTextDocumentFragment.fromHtml(tooltip or "").toPlainText()


def fits(qtbot, table: QTableView, summary: int) -> None:
    """No sideways scrolling; the summary at least 280 px and the widest column; no heading cut off;
    each cell's whole text is in its tooltip."""
    qtbot.waitUntil(lambda: not table.horizontalScrollBar().isVisible(), timeout=5_000)
    header = table.horizontalHeader()
    widths = {c: header.sectionSize(c) for c in range(header.count()) if not header.isSectionHidden(c)}
    assert widths[summary] >= 280 and widths[summary] == max(widths.values()), widths
    assert sum(widths.values()) <= table.viewport().width()
    assert clipped(table) == []
    model = table.model()
    for row in range(model.rowCount()):
        for column in widths:
            text = model.data(model.index(row, column))
            if text:
                assert str(text) in plain(model.data(model.index(row, column), Qt.ItemDataRole.ToolTipRole))


@pytest.mark.parametrize("lang", ["en", "id"])
def test_the_tables_fit_1280_by_720_with_the_summary_in_sight(qtbot, long_station, window_of, lang, tmp_path):
    home = long_station.home
    window = window_of(home, lang)
    inbox = window.inbox
    qtbot.waitUntil(lambda: inbox.model.rowCount() == INBOX_ROWS, timeout=15_000)
    fits(qtbot, inbox.table, INBOX_SUMMARY)
    # the status badge is a word or two, the count of countries a chip beside it; the sentence in the tooltip
    model = inbox.model
    statuses = {model.data(model.index(r, STATUS)) for r in range(INBOX_ROWS)}
    assert all(len(status) <= 18 for status in statuses), statuses
    first = model.index(0, STATUS)
    assert model.data(first, Qt.ItemDataRole.AccessibleTextRole).startswith(f"{model.data(first)} · ")
    assert inbox.table.horizontalHeader().sectionSize(STATUS) <= 240
    hidden = inbox.columns.hidden_names()
    assert "country" in hidden and "summary" not in hidden  # the least useful goes first when room is short
    window.grab().save(str(tmp_path / f"inbox-{lang}.png"))

    inbox.by_incident.show_incidents(True)
    qtbot.waitUntil(lambda: inbox.by_incident.incidents.table.rowCount() == INBOX_ROWS, timeout=15_000)
    fits(qtbot, inbox.by_incident.incidents.table, INCIDENT_SUMMARY)

    window.places.setCurrentWidget(window.outbox)
    outbox = window.outbox
    qtbot.waitUntil(lambda: len(outbox.model.messages()) == OUTBOX_REPORTS, timeout=15_000)
    fits(qtbot, outbox.table, OUTBOX_SUMMARY)
    outbox.by_incident.show_incidents(True)
    qtbot.waitUntil(lambda: outbox.by_incident.incidents.table.rowCount() == OUTBOX_REPORTS, timeout=15_000)
    fits(qtbot, outbox.by_incident.incidents.table, INCIDENT_SUMMARY)

    window.places.setCurrentWidget(window.incidents)
    qtbot.waitUntil(lambda: window.incidents.table.rowCount() == INBOX_ROWS + OUTBOX_REPORTS, timeout=15_000)
    fits(qtbot, window.incidents.table, INCIDENT_SUMMARY)
    window.grab().save(str(tmp_path / f"incidents-{lang}.png"))


def test_columns_are_hidden_and_shown_again_from_the_headings_and_the_station_keeps_it(
        qtbot, long_station, window_of):
    home = long_station.home
    long_station.close()
    wide = window_of(home, "en", width=2200)  # a wide screen: every column shown
    inbox = wide.inbox
    qtbot.waitUntil(lambda: inbox.model.rowCount() == INBOX_ROWS, timeout=15_000)
    qtbot.waitUntil(lambda: inbox.columns.natural != {}, timeout=5_000)
    assert inbox.columns.hidden_names() == [] and inbox.columns.chosen is None
    assert not inbox.table.horizontalScrollBar().isVisible()

    menu = inbox.columns.menu()  # what a right click on the headings opens
    actions = {action.objectName(): action for action in menu.actions() if action.objectName()}
    assert set(actions) == {"column_type", "column_sender", "column_country", "column_code", "column_tlp",
                            "columnsAutomatic"}  # the summary, severity, status and time are always shown
    assert actions["column_country"].isChecked() and actions["columnsAutomatic"].isChecked()
    actions["column_country"].trigger()
    assert inbox.table.isColumnHidden(COUNTRY) and not inbox.table.isColumnHidden(TLP)

    def kept():
        with Station.open(home, PASSPHRASE) as station:
            return station.columns.hidden("inbox")

    qtbot.waitUntil(lambda: kept() == ["country"], timeout=10_000)
    wide.close()

    again = window_of(home, "en", width=2200)  # opened again: the choice is the station's
    qtbot.waitUntil(lambda: again.inbox.model.rowCount() == INBOX_ROWS, timeout=15_000)
    qtbot.waitUntil(lambda: again.inbox.table.isColumnHidden(COUNTRY), timeout=10_000)
    assert not again.inbox.table.isColumnHidden(SENDER) and not again.inbox.table.isColumnHidden(TYPE)
    menu = again.inbox.columns.menu()
    actions = {action.objectName(): action for action in menu.actions() if action.objectName()}
    assert not actions["column_country"].isChecked() and not actions["columnsAutomatic"].isChecked()
    actions["column_country"].trigger()  # shown again
    assert not again.inbox.table.isColumnHidden(COUNTRY)
    qtbot.waitUntil(lambda: kept() == [], timeout=10_000)
    actions["columnsAutomatic"].trigger()  # fitted to the window again: nothing chosen
    qtbot.waitUntil(lambda: kept() is None, timeout=10_000)


def test_the_least_useful_columns_are_hidden_first_and_shown_again_when_they_fit():
    natural = {0: 100, 1: 100, 2: 100, 3: 100}
    assert auto_hidden(natural, 400, (3, 2, 1)) == set()
    assert auto_hidden(natural, 300, (3, 2, 1)) == {3}
    assert auto_hidden(natural, 150, (3, 2, 1)) == {3, 2, 1}
    # hiding a wide one made room: a narrower one hidden before it comes back
    assert auto_hidden({0: 100, 1: 40, 2: 200}, 150, (1, 2)) == {2}


def test_a_capped_column_gets_its_whole_text_when_the_summary_keeps_the_most_room():
    widths = {0: 80, 1: 200}
    grow(widths, {0: 80, 1: 320}, total=1000, least=280)
    assert widths == {0: 80, 1: 320}  # 600 left for the summary
    widths = {0: 80, 1: 200}
    grow(widths, {0: 80, 1: 320}, total=700, least=280)
    assert widths == {0: 80, 1: 200}  # the summary would keep 300, less than the grown column


def test_the_menu_key_in_the_table_opens_the_columns_menu(qtbot, qapp, long_station, window_of):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QContextMenuEvent

    window = window_of(long_station.home, "en")
    inbox = window.inbox
    qtbot.waitUntil(lambda: inbox.model.rowCount() == INBOX_ROWS, timeout=15_000)
    inbox.table.setFocus()
    # the menu key, as the desktop's platform sends it (the offscreen one sends no context menu event)
    point = QPoint(5, 5)
    qapp.sendEvent(inbox.table, QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, point,
                                                  inbox.table.mapToGlobal(point)))
    qtbot.waitUntil(lambda: inbox.columns.open_menu is not None and inbox.columns.open_menu.isVisible(),
                    timeout=5_000)
    menu = inbox.columns.open_menu
    assert [a.text() for a in menu.actions() if a.isCheckable()] == [
        "Type", "Sender", "Country", "Code", "TLP", "Fit the columns to the window"]
    menu.close()

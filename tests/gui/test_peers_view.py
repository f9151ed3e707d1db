"""The peers view: a real card added through the file dialog, verified through the dialog, TAXII, export, ping."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLineEdit

from siaga.gui.peer_dialogs import AddPeerDialog, TaxiiDialog, VerifyDialog
from siaga.gui.peers_view import PeersView
from siaga.protocol.card import read_card

from helpers import wait_for
from qt_helpers import on_screen


@pytest.fixture
def desk(make_station, tmp_path):
    station = make_station("desk")
    fingerprint = station.fingerprint
    station.close()
    return tmp_path / "desk", fingerprint


def make_view(qtbot, session):
    return on_screen(qtbot, PeersView(session))


def click(qtbot, button):
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def cell(view, row, column):
    return view.table.item(row, view.COLUMNS.index(column)).text()


def pick_file(qtbot, parent, path, name="openFileDialog"):
    qtbot.waitUntil(lambda: parent.findChild(QFileDialog, name) is not None)
    dialog = parent.findChild(QFileDialog, name)
    dialog.selectFile(str(path))
    dialog.accept()


def find_dialog(qtbot, view, kind):
    qtbot.waitUntil(lambda: any(d.isVisible() for d in view.findChildren(kind)), timeout=10_000)
    return next(d for d in view.findChildren(kind) if d.isVisible())


def add_card(qtbot, view, card_file, url=""):
    click(qtbot, view.add_button)
    pick_file(qtbot, view, card_file)
    dialog = find_dialog(qtbot, view, AddPeerDialog)
    assert dialog.card.text() == str(card_file)
    if url:
        QTest.keyClicks(dialog.url, url)
    rows = view.table.rowCount()
    add = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.waitUntil(add.isEnabled, timeout=10_000)  # once the card is read and shown
    click(qtbot, add)
    qtbot.waitUntil(lambda: view.table.rowCount() == rows + 1, timeout=10_000)
    return dialog


def select_row(qtbot, view, row):
    rect = view.table.visualRect(view.table.model().index(row, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.selected_peer() is view.peers[row]


def test_add_a_peer_card_then_verify_it(qtbot, desk, make_station, tmp_path, open_session):
    home, own_fingerprint = desk
    kl = make_station("kl", org="MyCERT", country="MY")
    card_file = tmp_path / "kl.card"
    card_file.write_bytes(kl.card_bytes())
    session = open_session(home)
    view = make_view(qtbot, session)
    assert view.table.rowCount() == 0 and not view.verify_button.isEnabled()

    add_card(qtbot, view, card_file, url="http://127.0.0.1:9")
    assert [cell(view, 0, c) for c in ("name", "org", "country", "kind", "trust", "contact", "health")] == [
        "kl", "MyCERT", "Malaysia", "Siaga", "Unverified", "Never", "Not tried yet"]
    assert "unverified" in view.status.text() and view.selected_peer().id == view.peers[0].id
    assert view.peers[0].url == "http://127.0.0.1:9"

    click(qtbot, view.verify_button)
    dialog = find_dialog(qtbot, view, VerifyDialog)
    assert dialog.own.text().split() == own_fingerprint.split()
    assert dialog.theirs.text().split() == kl.fingerprint.split()
    click(qtbot, dialog.match_button)
    qtbot.waitUntil(lambda: cell(view, 0, "trust") == "✔ Verified", timeout=10_000)
    assert view.table.item(0, view.COLUMNS.index("trust")).font().bold()
    assert wait_for(qtbot, session.db.run(lambda st: st.peers()[0].trust)) == "verified"


def test_fingerprints_that_differ_leave_the_peer_unverified(qtbot, desk, make_station, tmp_path, open_session):
    home, _ = desk
    other = make_station("other", country="SG")
    (tmp_path / "other.card").write_bytes(other.card_bytes())
    session = open_session(home, lang="id")
    view = make_view(qtbot, session)
    add_card(qtbot, view, tmp_path / "other.card")
    assert cell(view, 0, "country") == "Singapura"  # codebook label in the session's language

    select_row(qtbot, view, 0)
    click(qtbot, view.verify_button)
    click(qtbot, find_dialog(qtbot, view, VerifyDialog).differ_button)
    assert "TLP:RED" in view.status.text() and "TLP:AMBER+STRICT" in view.status.text()
    assert wait_for(qtbot, session.db.run(lambda st: st.peers()[0].trust)) == "unverified"
    assert cell(view, 0, "trust") == "Unverified"


def test_a_bad_card_is_said_in_the_dialog(qtbot, desk, tmp_path, open_session):
    home, _ = desk
    (tmp_path / "bad.card").write_text("{}")
    view = make_view(qtbot, open_session(home))
    click(qtbot, view.add_button)
    pick_file(qtbot, view, tmp_path / "bad.card")
    dialog = find_dialog(qtbot, view, AddPeerDialog)
    qtbot.waitUntil(lambda: "not a Siaga contact card" in dialog.preview.note.text(), timeout=10_000)
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled() and dialog.isVisible()
    assert view.table.rowCount() == 0


def test_add_a_taxii_collection(qtbot, desk, open_session):
    home, _ = desk
    session = open_session(home)
    view = make_view(qtbot, session)
    click(qtbot, view.taxii_button)
    dialog = find_dialog(qtbot, view, TaxiiDialog)
    assert dialog.password.echoMode() == QLineEdit.EchoMode.Password
    QTest.keyClicks(dialog.url, "https://taxii.example/api1/collections/abc")
    QTest.keyClicks(dialog.name, "Partner TAXII")
    QTest.keyClicks(dialog.user, "siaga")
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: dialog.error.text() != "", timeout=10_000)
    assert "password" in dialog.error.text()  # a user needs a password

    QTest.keyClicks(dialog.password, "s3cret")
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Ok))
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=10_000)
    assert cell(view, 0, "kind") == "TAXII" and cell(view, 0, "name") == "Partner TAXII"
    assert not view.ping_button.isEnabled()  # a TAXII server answers no pings
    peer = wait_for(qtbot, session.db.run(lambda st: st.peers()[0]))
    assert peer.is_taxii and peer.auth == {"user": "siaga", "password": "s3cret", "token": ""}


def test_export_this_stations_card(qtbot, desk, tmp_path, open_session):
    home, own_fingerprint = desk
    view = make_view(qtbot, open_session(home))
    click(qtbot, view.export_button)
    dialog = view.findChild(QFileDialog, "saveFileDialog")
    assert dialog.selectedFiles()[0].endswith("desk.card")
    pick_file(qtbot, view, tmp_path / "mine", name="saveFileDialog")
    qtbot.waitUntil(lambda: "saved" in view.status.text(), timeout=10_000)
    assert read_card((tmp_path / "mine.card").read_bytes()).fingerprint == own_fingerprint


def test_ping_and_health_show_in_the_table(qtbot, desk, make_station, tmp_path, open_session):
    home, _ = desk
    kl = make_station("kl", country="MY")
    (tmp_path / "kl.card").write_bytes(kl.card_bytes())
    session = open_session(home)
    view = make_view(qtbot, session)
    add_card(qtbot, view, tmp_path / "kl.card")
    click(qtbot, view.ping_button)
    qtbot.waitUntil(lambda: "Ping queued for kl" in view.status.text(), timeout=10_000)
    outbox = wait_for(qtbot, session.db.run(lambda st: st.outbox()))
    assert [row["type"] for row in outbox] == ["ping"]

    peer_id = view.peers[0].id
    wait_for(qtbot, session.db.run(lambda st: st.update_peer(peer_id, health={
        "last_success": 1_700_000_000, "last_error": "connection refused", "last_error_at": 1_700_000_100,
        "last_pong": 1_700_000_050})))
    session.changed("peers")
    qtbot.waitUntil(lambda: cell(view, 0, "health").startswith("Failed"), timeout=10_000)
    assert "connection refused" in cell(view, 0, "health")
    assert cell(view, 0, "pong") not in ("", "Never") and cell(view, 0, "contact") not in ("", "Never")


def test_controls_have_accessible_names_and_mnemonics(qtbot, desk, open_session):
    home, _ = desk
    view = make_view(qtbot, open_session(home))
    buttons = [view.add_button, view.verify_button, view.taxii_button, view.export_button, view.ping_button,
               view.qr_button, view.check_button, view.pdf_button, view.contacts_button]
    for button in buttons:
        assert "&" in button.text() and button.accessibleName()
    assert view.table.accessibleName() == "Peers"
    # Tab order: the period above the table, the table, the selected partner's record beside it, then the
    # buttons left to right, row by row
    order, widget = [], view.table
    while len(order) < len(buttons) + 3:
        widget = widget.nextInFocusChain()
        if widget.isVisible() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            order.append(widget)
    assert order == [view.details.scroll, *buttons, view.period.combo, view.table]

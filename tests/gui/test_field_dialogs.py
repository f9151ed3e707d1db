"""The app's field features: a code line typed in and filed, the card as a QR code, a peer added from a photo."""

import io

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from test_peers_view import click, find_dialog, pick_file

from siaga.gui.field_dialogs import CardQrDialog, CodeLineDialog
from siaga.gui.peer_dialogs import AddPeerDialog
from siaga.gui.peers_view import PeersView
from siaga.station import Station
from siaga.storage.inbox_query import InboxQuery

from helpers import PASSPHRASE, link, pdf_pages
from qt_helpers import on_screen


@pytest.fixture
def pair(make_station, tmp_path, draft):
    """A code line Jakarta wrote for the desk, and the desk's home (closed, for the app to open)."""
    jakarta, desk = make_station("jakarta", country="ID"), make_station("desk", country="MY")
    desk_at_jkt, _ = link(jakarta, desk)
    line = jakarta.code_line_for(jakarta.file_report(draft), desk_at_jkt.id)
    desk.close()
    return tmp_path / "desk", line, jakarta


def test_a_code_line_typed_in_is_filed_or_refused(qtbot, open_session, pair):
    home, line, _ = pair
    session = open_session(home)
    dialog = on_screen(qtbot, CodeLineDialog(session))
    dialog.line.setText(line[:-1] + ("A" if line[-1] != "A" else "B"))
    click(qtbot, dialog.file_button)
    qtbot.waitUntil(lambda: "Nothing was filed" in dialog.result.text(), timeout=10_000)
    assert "check character" in dialog.result.text()
    dialog.line.setText(line.lower())
    click(qtbot, dialog.file_button)
    qtbot.waitUntil(lambda: "Filed in the inbox" in dialog.result.text(), timeout=10_000)
    assert "authenticated by jakarta" in dialog.result.text()
    session.close()
    with Station.open(home, PASSPHRASE) as desk:
        rows, _ = desk.inbox_page(InboxQuery())
    assert len(rows) == 1 and rows[0]["trust"] == "codeline"


def test_the_card_as_a_qr_code_and_a_peer_from_a_photo_of_it(qtbot, open_session, make_station, tmp_path):
    post = make_station("post", country="PH")
    png, fingerprint = post.card_qr_png(), post.fingerprint
    post.close()
    desk = make_station("desk2", country="MY")
    desk.close()
    session = open_session(tmp_path / "desk2")
    view = on_screen(qtbot, PeersView(session))
    click(qtbot, view.qr_button)
    dialog = find_dialog(qtbot, view, CardQrDialog)
    digits = dialog.digits.text().split()
    assert len(digits) == 6 and all(len(group) == 5 and group.isdigit() for group in digits)
    assert not dialog.code.pixmap().isNull()
    dialog.save_pdf(tmp_path / "card.pdf")  # "Save a printable page (PDF)...", the file chosen
    qtbot.waitUntil(lambda: "Printable page saved" in dialog.status.text(), timeout=10_000)
    [page] = pdf_pages(tmp_path / "card.pdf")
    assert " ".join(digits) in page and "desk2" in page
    dialog.save_pdf(tmp_path / "no-such-folder" / "card.pdf")
    qtbot.waitUntil(lambda: "No such file or directory" in dialog.status.text(), timeout=10_000)
    dialog.reject()

    photo = tmp_path / "card.jpg"
    Image.open(io.BytesIO(png)).convert("RGB").save(photo, "JPEG", quality=70)
    click(qtbot, view.add_button)
    pick_file(qtbot, view, photo)
    add = find_dialog(qtbot, view, AddPeerDialog)
    ok = add.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.waitUntil(ok.isEnabled, timeout=10_000)  # the card in the photo is read and shown first
    assert add.preview.fingerprint.text().split() == fingerprint.split() and add.preview.name.text() == "post"
    assert add.preview.country.text() == "Philippines"
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=10_000)
    assert view.peers[0].card.fingerprint == fingerprint


def test_an_untagged_line_is_kept_apart_in_the_inbox(qtbot, open_session, make_station, draft):
    """Typed in with no tag: filed under the inbox's own filter "Not authenticated", marked, never mixed in."""
    from siaga.delivery.receiving import accept
    from siaga.gui.inbox_view import InboxView
    from siaga.protocol import codeline

    jakarta, desk = make_station("jakarta2", country="ID"), make_station("desk3", country="MY")
    desk_at_jkt, _ = link(jakarta, desk)
    signed = jakarta.file_report(dict(draft, to=[desk_at_jkt.id], summary="Signed and sealed"))
    accept(desk, [jakarta.store.envelopes([signed])[signed]], desk.peer_by_key(jakarta.keys.sign_pk))
    heard = jakarta.file_report(dict(draft, to=[desk_at_jkt.id], summary="Heard on the radio"))
    untagged = codeline.encode(jakarta.read_outbox(heard).content, heard, jakarta.books.current)
    desk.close()
    session = open_session(desk.home)
    dialog = on_screen(qtbot, CodeLineDialog(session))
    dialog.line.setText(untagged)
    click(qtbot, dialog.file_button)
    qtbot.waitUntil(lambda: "kept apart from the ordinary list" in dialog.result.text(), timeout=10_000)
    assert "NOT authenticated" in dialog.result.text()

    view = on_screen(qtbot, InboxView(session))

    def listed():
        return [view.model.data(view.model.index(r, 0), Qt.ItemDataRole.UserRole)
                for r in range(view.model.rowCount())]

    qtbot.waitUntil(lambda: len(listed()) == 1, timeout=10_000)
    assert listed()[0]["id"] == signed  # the ordinary list: the line is not in it
    view.filters.source.setCurrentIndex(view.filters.source.findData(True))
    qtbot.waitUntil(lambda: [r["id"] for r in listed()] == [heard[:10]], timeout=10_000)
    shown = [view.model.data(view.model.index(0, c)) for c in range(view.model.columnCount())]
    assert any("(code line, NOT authenticated)" in str(text) for text in shown), shown
    qtbot.mouseClick(view.filters.clear_button, Qt.MouseButton.LeftButton)  # back to the ordinary list
    qtbot.waitUntil(lambda: [r["id"] for r in listed()] == [signed], timeout=10_000)
    assert view.filters.source.currentData() is False

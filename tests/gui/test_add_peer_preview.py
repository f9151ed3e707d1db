"""Adding a peer shows what its card says before anything is saved: name, organisation, country, fingerprint and
the people on it; Cancel saves nothing. Real stations, real cards, real dialogs."""

from __future__ import annotations

import json
import subprocess
import sys

from PySide6.QtWidgets import QDialogButtonBox
from test_peers_view import click, find_dialog, pick_file

from siaga.gui.peer_dialogs import AddPeerDialog
from siaga.gui.peers_view import PeersView

from helpers import PASSPHRASE, wait_for
from qt_helpers import on_screen


def _kl_card(make_station, tmp_path):
    kl = make_station("kl", org="MyCERT", country="MY")
    kl.set_contacts([{"role": "technical", "name": "Aminah", "phone": "+60 3 1234 5678", "always": True}])
    path = tmp_path / "kl.card"
    path.write_bytes(kl.card_bytes())
    return kl, path


def test_the_card_is_shown_first_and_cancel_saves_nothing(qtbot, make_station, tmp_path, open_session):
    desk = make_station("desk")
    desk.close()
    kl, card = _kl_card(make_station, tmp_path)
    session = open_session(tmp_path / "desk")
    view = on_screen(qtbot, PeersView(session))
    click(qtbot, view.add_button)
    pick_file(qtbot, view, card)
    dialog = find_dialog(qtbot, view, AddPeerDialog)
    add = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert add.text() == "&Add"
    qtbot.waitUntil(add.isEnabled, timeout=10_000)
    preview = dialog.preview
    assert (preview.name.text(), preview.org.text(), preview.country.text()) == ("kl", "MyCERT", "Malaysia")
    assert preview.fingerprint.text().split() == kl.fingerprint.split()
    assert preview.contacts.isVisible() and "Aminah" in preview.contacts.text() and "+60 3 1234 5678" in \
        preview.contacts.text()
    assert "Nothing is saved until you press Add" in preview.note.text()
    assert preview.contacts.text() == "Technical: Aminah, +60 3 1234 5678 24/7"
    qtbot.wait(50)  # laid out again for what is shown: every line whole
    assert preview.fingerprint.height() >= preview.fingerprint.sizeHint().height()  # both lines of digits
    for label in (preview.note, preview.contacts):  # wrapped: all their lines
        assert label.height() >= label.heightForWidth(label.width())
    assert wait_for(qtbot, session.db.run(lambda st: st.peers())) == []  # shown, not saved
    dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert wait_for(qtbot, session.db.run(lambda st: st.peers())) == [] and view.table.rowCount() == 0


def test_a_card_typed_in_is_read_again_and_the_own_card_refused(qtbot, make_station, tmp_path, open_session):
    desk = make_station("desk")
    (tmp_path / "own.card").write_bytes(desk.card_bytes())
    desk.close()
    _, card = _kl_card(make_station, tmp_path)
    view = on_screen(qtbot, PeersView(open_session(tmp_path / "desk")))
    dialog = view.open_add_dialog(tmp_path / "own.card")
    add = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.waitUntil(lambda: "own card" in dialog.preview.note.text(), timeout=10_000)
    assert not add.isEnabled()
    dialog.card.set_path(card)  # as Browse... does
    qtbot.waitUntil(add.isEnabled, timeout=10_000)
    assert dialog.preview.name.text() == "kl"
    click(qtbot, add)
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=10_000)


def test_the_command_line_previews_a_card_without_saving_it(make_station, tmp_path):
    desk = make_station("desk")
    desk.close()
    kl, card = _kl_card(make_station, tmp_path)

    def run(*args):
        return subprocess.run([sys.executable, "-m", "siaga", *args, "--home", str(tmp_path / "desk")],
                              capture_output=True, text=True, timeout=120,
                              env={**__import__("os").environ, "SIAGA_PASSPHRASE": PASSPHRASE})

    shown = run("peer", "preview", str(card), "--json")
    assert shown.returncode == 0, shown.stderr
    got = json.loads(shown.stdout)
    assert (got["name"], got["org"], got["country"], got["fingerprint"]) == ("kl", "MyCERT", "MY", kl.fingerprint)
    assert got["contacts"][0]["name"] == "Aminah" and got["known_as"] == ""
    text = run("peer", "preview", str(card)).stdout
    assert "kl" in text and kl.fingerprint in text and "Nothing was saved" in text
    assert json.loads(run("peer", "list", "--json").stdout) == []
    bad = run("peer", "preview", str(tmp_path / "missing.card"))
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1

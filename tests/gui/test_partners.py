"""The confidence-building record in the Peers view: answering a check, the scorecard, contacts, the summary."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLineEdit

from siaga.delivery.receiving import accept
from siaga.gui.partners import ContactsDialog
from siaga.gui.peer_dialogs import VerifyDialog
from siaga.gui.peers_view import PeersView
from siaga.station import Station

from helpers import KHMER_NAME, PASSPHRASE, THAI_NAME, assert_names_printed, link, pdf_pages, wait_for
from qt_helpers import on_screen

CONTACTS = [{"role": "technical", "name": "Aminah Yusof", "phone": "+60 3 8800 7999", "hours": "08:00-18:00",
             "tz": "Asia/Kuala_Lumpur"},
            {"role": "diplomatic", "name": THAI_NAME, "email": "desk@example.th"},
            {"role": "management", "name": KHMER_NAME, "email": "desk@example.kh"}]


def carry(sender, receiver, msg_ids):
    """Hand ``sender``'s queued messages to ``receiver`` as its endpoint would take them."""
    deliverer = receiver.peer_by_key(sender.keys.sign_pk)
    envelopes = sender.store.envelopes(msg_ids)
    accept(receiver, [envelopes[m] for m in msg_ids], deliverer)


@pytest.fixture
def desk_and_kl(make_station, tmp_path, draft):
    """The desk (closed, for the app to open) and Kuala Lumpur, peers; KL has people on its card."""
    desk, kl = make_station("desk"), make_station("kl", org="MyCERT", country="MY")
    kl.set_contacts(CONTACTS)
    link(desk, kl)
    kl_id = desk.peer_by_key(kl.keys.sign_pk).id
    desk_id = kl.peer_by_key(desk.keys.sign_pk).id
    mine = desk.file_report(dict(draft, to=[kl_id]))
    theirs = kl.file_report(dict(draft, to=[desk_id], summary="From Kuala Lumpur"))
    carry(desk, kl, [mine])
    carry(kl, desk, [theirs])
    desk.close()
    return tmp_path / "desk", kl, kl_id, desk_id


def click(qtbot, button):
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def select_first(qtbot, view):
    qtbot.waitUntil(lambda: view.table.rowCount() == 1, timeout=10_000)
    rect = view.table.visualRect(view.table.model().index(0, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_person_answers_a_partners_check(qtbot, desk_and_kl, open_session):
    home, kl, _, desk_id = desk_and_kl
    check = kl.send_check(desk_id)
    with Station.open(home, PASSPHRASE) as desk:
        carry(kl, desk, [check])
    session = open_session(home)
    view = on_screen(qtbot, PeersView(session))
    qtbot.waitUntil(lambda: view.checks.isVisible() and view.checks.list.count() == 1, timeout=10_000)
    assert view.checks.list.item(0).text().startswith("kl asks you to confirm you are reachable")
    assert not view.checks.answer_button.isEnabled()  # a person says who they are first
    QTest.keyClicks(view.checks.by, "Budi Santoso")
    click(qtbot, view.checks.answer_button)
    qtbot.waitUntil(lambda: not view.checks.isVisible(), timeout=10_000)
    assert "Answer queued" in view.status.text()
    answers = wait_for(qtbot, session.db.run(lambda st: [
        st.read_outbox(r["id"]).content for r in st.outbox() if r["type"] == "check"]))
    assert [(a["in_reply_to"], a["check"]) for a in answers] == [(check, {"phase": "answer", "by": "Budi Santoso"})]


def test_the_scorecard_columns_details_check_and_summary(qtbot, desk_and_kl, open_session, tmp_path):
    home, _, kl_id, _ = desk_and_kl
    session = open_session(home)
    view = on_screen(qtbot, PeersView(session))
    column = view.COLUMNS.index("reports")
    qtbot.waitUntil(lambda: view.table.item(0, column) is not None and view.table.item(0, column).text() == "1:1",
                    timeout=10_000)
    select_first(qtbot, view)
    text = view.details.text.text()
    assert "Reports sent: 1, received: 1; share 50:50 (ours:theirs)" in text
    assert "Technical: Aminah Yusof, +60 3 8800 7999 08:00-18:00 Asia/Kuala_Lumpur" in text
    assert "Fingerprint verified: no" in text and "Checks sent: 0" in text

    click(qtbot, view.check_button)
    qtbot.waitUntil(lambda: "Check sent to kl" in view.status.text(), timeout=10_000)
    qtbot.waitUntil(lambda: view.table.item(0, view.COLUMNS.index("checks")).text() == "0 of 1", timeout=10_000)
    assert "Checks sent: 1, answered by a person: 0" in view.details.text.text()
    # the ping (the machine) and the check (a person) are shown apart
    assert view.table.horizontalHeaderItem(view.COLUMNS.index("pong")).text() == "Last ping answer"

    click(qtbot, view.pdf_button)
    qtbot.waitUntil(lambda: view.findChild(QFileDialog, "saveFileDialog") is not None, timeout=10_000)
    dialog = view.findChild(QFileDialog, "saveFileDialog")
    dialog.selectFile(str(tmp_path / "kl.pdf"))
    dialog.accept()
    qtbot.waitUntil(lambda: (tmp_path / "kl.pdf").exists(), timeout=10_000)
    [page] = pdf_pages(tmp_path / "kl.pdf")  # one A4 page
    assert page.startswith("Partner scorecard As recorded by desk kl (MyCERT, MY)")
    assert "Reports sent: 1, received: 1; share 50:50 (ours:theirs)" in page
    assert "Checks sent: 1, answered by a person: 0" in page and "Fingerprint verified: no" in page
    assert "Technical: Aminah Yusof, +60 3 8800 7999 08:00-18:00 Asia/Kuala_Lumpur" in page
    assert_names_printed(page, THAI_NAME, KHMER_NAME)


def test_the_fingerprint_dialog_shows_the_number_to_call(qtbot, desk_and_kl, open_session):
    home, _, _, _ = desk_and_kl
    view = on_screen(qtbot, PeersView(open_session(home)))
    select_first(qtbot, view)
    click(qtbot, view.verify_button)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in view.findChildren(VerifyDialog)), timeout=10_000)
    dialog = next(d for d in view.findChildren(VerifyDialog) if d.isVisible())
    assert dialog.call.isVisible() and "Aminah Yusof, +60 3 8800 7999" in dialog.call.text()


def test_editing_the_people_on_our_card(qtbot, desk_and_kl, open_session):
    home, _, _, _ = desk_and_kl
    session = open_session(home)
    view = on_screen(qtbot, PeersView(session))
    click(qtbot, view.contacts_button)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in view.findChildren(ContactsDialog)), timeout=10_000)
    dialog = next(d for d in view.findChildren(ContactsDialog) if d.isVisible())
    dialog.add_row(None)
    fields = [dialog.table.cellWidget(0, c) for c in range(1, 6)]
    assert all(isinstance(f, QLineEdit) for f in fields)
    QTest.keyClicks(fields[0], "Budi Santoso")
    QTest.keyClicks(fields[1], "call me")  # not a number: said in the dialog, nothing saved
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    assert "not a phone number" in dialog.error.text() and dialog.isVisible()
    fields[1].setText("+62 21 555 0100")
    dialog.table.cellWidget(0, 6).setChecked(True)
    click(qtbot, dialog.buttons.button(QDialogButtonBox.StandardButton.Save))
    qtbot.waitUntil(lambda: "1 person(s) on your card" in view.status.text(), timeout=10_000)
    saved = wait_for(qtbot, session.db.run(lambda st: [c.to_dict() for c in st.contacts]))
    assert saved == [{"role": "technical", "name": "Budi Santoso", "phone": "+62 21 555 0100", "email": "",
                      "hours": "", "tz": "", "always": True}]


def test_settings_open_the_people_on_the_card(qtbot, desk_and_kl, open_session):
    from siaga.gui.settings_dialog import SettingsDialog
    from siaga.storage import preferences
    home, _, _, _ = desk_and_kl
    session = open_session(home)
    settings = on_screen(qtbot, SettingsDialog(home, preferences.load(home), session))
    assert settings.check_overdue.value() == 2
    click(qtbot, settings.contacts_button)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in settings.findChildren(ContactsDialog)), timeout=10_000)
    dialog = next(d for d in settings.findChildren(ContactsDialog) if d.isVisible())
    assert dialog.table.rowCount() == 0
    settings.check_overdue.setValue(4)
    dialog.reject()
    click(qtbot, settings.buttons.button(QDialogButtonBox.StandardButton.Ok))
    assert preferences.load(home).check_overdue_hours == 4


def test_the_scorecard_per_period_is_what_the_command_line_counts(qtbot, desk_and_kl, open_session, draft):
    """The Peers view's period choice gives the same figures as ``siaga partners --since`` (run as a process)."""
    import json
    import subprocess
    import sys
    import time

    from PySide6.QtCore import QDate

    from siaga.station.score_periods import period_since, since_date

    home, kl, kl_id, desk_id = desk_and_kl
    day = 86400
    now = int(time.time())
    with Station.open(home, PASSPHRASE) as desk:  # older records: sent 45 and 200 days ago, received 100 days ago
        sent = [desk.file_report(dict(draft, to=[kl_id])) for _ in range(3)]
        theirs = kl.file_report(dict(draft, to=[desk_id], summary="Old news from Kuala Lumpur"))
        carry(kl, desk, [theirs])
        with desk.store.transaction():
            for msg_id, age in ((sent[0], 45), (sent[1], 200)):
                desk.store.db.execute("UPDATE outbox SET created_at = ? WHERE id = ?", [now - age * day, msg_id])
            desk.store.db.execute("UPDATE inbox SET received_at = ? WHERE id = ?", [now - 100 * day, theirs])

    def cli(since: int | None) -> dict:
        args = ["partners", "--json", "--home", str(home)] + (["--since", since_date(since)] if since else [])
        done = subprocess.run([sys.executable, "-m", "siaga", *args], capture_output=True, text=True, timeout=120,
                              env=dict(__import__("os").environ, SIAGA_PASSPHRASE=PASSPHRASE))
        assert done.returncode == 0, done.stderr
        [card] = json.loads(done.stdout)
        return card

    custom = QDate.currentDate().addDays(-60)
    periods = [("30d", None), ("90d", None), ("365d", None), ("all", None), ("custom", custom)]
    expected = {key: cli(period_since(key, custom=first.toString("yyyy-MM-dd") if first else None))
                for key, first in periods}
    assert [(expected[k]["reports_sent"], expected[k]["reports_received"]) for k, _ in periods] == [
        (2, 1), (3, 1), (4, 2), (4, 2), (3, 1)]  # the records' own counts: the periods differ

    session = open_session(home)
    view = on_screen(qtbot, PeersView(session))
    select_first(qtbot, view)
    column = view.COLUMNS.index("reports")
    for key, first in periods:
        view.period.choose(key, first)
        want = expected[key]
        qtbot.waitUntil(lambda: view.details.card is not None and view.details.card.since == want["since"],
                        timeout=10_000)
        card = view.details.card.to_dict()
        assert {k: card[k] for k in want if k != "until"} == {k: want[k] for k in want if k != "until"}
        assert view.table.item(0, column).text() == f"{want['reports_sent']}:{want['reports_received']}"
        text = view.details.text.text()
        assert f"Reports sent: {want['reports_sent']}, received: {want['reports_received']}" in text
        assert ("Period: all time" if want["since"] is None else f"Period: since {since_date(want['since'])}") in text
    assert view.period.since.isVisible()  # the custom period's first day is shown only for it

"""A new desk officer's whole journey in the app, at 1280x720, in English and in Indonesian.

First run (the setup wizard), add and verify a peer (a real second station, Kuala Lumpur,
behind its real ``siaga serve`` on loopback), file a report by keyboard alone, sync it to
Kuala Lumpur, acknowledge and forward the report Kuala Lumpur sends back, lock and
unlock. On every screen on the way, no visible label, button or column header shows its
text cut off (:func:`qt_helpers.clipped`).

The keyboard path presses what the screen shows: a button's or label's own mnemonic
(Alt and the underlined letter, in either language), Tab, the arrows and Space.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog, QLabel, QWidget, QWizard

from siaga.delivery import endpoint
from siaga.delivery.endpoint import Endpoint
from siaga.delivery.sync import Sync
from siaga.gui.app import App
from siaga.gui.i18n import install_language
from siaga.gui.inbox_dialogs import AcknowledgeDialog, ForwardDialog
from siaga.gui.peer_dialogs import AddPeerDialog, VerifyDialog
from siaga.gui.report_wizard import ReportWizard
from siaga.storage import preferences

from helpers import PASSPHRASE, wait_for
from netutil import Served
from qt_helpers import clipped

NEXT = QWizard.WizardButton.NextButton
SCREEN = (1280, 720)


class AnyFreePort(Endpoint):
    """The app's own endpoint, on a port the system picks (port 0) instead of the one in the preferences."""

    def __init__(self, home, keys, host="127.0.0.1", port=0, **options):
        super().__init__(home, keys, host=host, port=0, **options)


def mnemonic(text: str) -> Qt.Key:
    """The key of a text's mnemonic ("Sig&n" -> N)."""
    found = re.search(r"&([^&])", text.replace("&&", ""))
    assert found, f"no mnemonic in {text!r}"
    return Qt.Key(ord(found.group(1).upper()))


def alt(widget_text: str) -> None:
    """Press Alt and the mnemonic of ``widget_text`` in the active window, as an officer would."""
    target = QApplication.focusWidget() or QApplication.activeWindow()
    QTest.keyClick(target, mnemonic(widget_text), Qt.KeyboardModifier.AltModifier)


def key(k: Qt.Key, times: int = 1, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    for _ in range(times):
        QTest.keyClick(QApplication.focusWidget(), k, modifier)


def label_for(widget: QWidget) -> QLabel:
    """The label whose mnemonic leads to ``widget`` (its buddy)."""
    window = widget.window()
    return next(label for label in window.findChildren(QLabel) if label.buddy() is widget)


def tab_to(qtbot, widget: QWidget, limit: int = 30) -> None:
    """Tab until ``widget`` has the focus (it must be reachable so)."""
    for _ in range(limit):
        if QApplication.focusWidget() is widget:
            return
        key(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is widget, (QApplication.focusWidget(), widget)


def active(qtbot, window: QWidget) -> QWidget:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=10_000)
    return window


def no_clipping(qtbot, root: QWidget, where: str) -> None:
    """Nothing cut off on ``root`` once its layouts have settled (they get up to three seconds)."""
    try:
        qtbot.waitUntil(lambda: clipped(root) == [], timeout=3000)
    except qtbot.TimeoutError:
        pass
    assert clipped(root) == [], where


def dialog_of(qtbot, parent: QWidget, kind):
    qtbot.waitUntil(lambda: any(d.isVisible() for d in parent.findChildren(kind)), timeout=10_000)
    return next(d for d in parent.findChildren(kind) if d.isVisible())


@pytest.fixture
def kl(make_station):
    """Kuala Lumpur: a real station behind its real ``siaga serve`` on loopback."""
    station = make_station("kl", org="MyCERT", country="MY")
    served = Served(station.home).start()
    yield station, served
    served.stop()


@pytest.mark.parametrize("lang", ["en", "id"])
def test_a_new_officer_s_whole_journey_fits_and_works_by_keyboard(qtbot, qapp, tmp_path, monkeypatch, kl,
                                                                  make_station, lang):
    monkeypatch.setattr(endpoint, "Endpoint", AnyFreePort)
    kl_station, kl_served = kl
    manila = make_station("manila", org="PH-CERT", country="PH")
    home = tmp_path / "desk"
    preferences.save(home, preferences.Preferences(language=lang, receive_enabled=True, host="127.0.0.1",
                                                    sync_interval=3600, idle_lock_minutes=0))
    app = App(home)
    try:
        journey(qtbot, app, home, tmp_path, kl_station, kl_served, manila, lang)
    finally:
        app.shutdown()
        install_language(qapp, "en")


def journey(qtbot, app, home, tmp_path, kl_station, kl_served, manila, lang):
    # -- first run: the setup wizard ------------------------------------------------------
    app.start()
    qtbot.waitUntil(lambda: app.dialog is not None and app.dialog.isVisible(), timeout=10_000)
    wizard = active(qtbot, app.dialog)
    assert wizard.width() <= SCREEN[0] and wizard.height() <= SCREEN[1]
    page = wizard.station_page
    no_clipping(qtbot, wizard, "setup: station")
    page.name.setFocus()
    QTest.keyClicks(page.name, "ID-CSIRT duty desk")
    key(Qt.Key.Key_Tab)
    QTest.keyClicks(QApplication.focusWidget(), "National CSIRT")
    page.country.setFocus()
    QTest.keyClicks(page.country.lineEdit(), "Indonesia")
    alt(wizard.button(NEXT).text())
    page = wizard.passphrase_page
    qtbot.waitUntil(lambda: wizard.currentPage() is page)
    no_clipping(qtbot, wizard, "setup: passphrase")
    QTest.keyClicks(page.passphrase, PASSPHRASE)
    QTest.keyClicks(page.repeat, PASSPHRASE)
    alt(wizard.button(QWizard.WizardButton.CommitButton).text())
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.fingerprint_page, timeout=20_000)
    no_clipping(qtbot, wizard, "setup: fingerprint")
    alt(wizard.button(QWizard.WizardButton.FinishButton).text())
    qtbot.waitUntil(lambda: app.window is not None and app.window.isVisible(), timeout=20_000)
    qtbot.waitUntil(lambda: app.session.endpoint is not None, timeout=20_000)
    window = active(qtbot, app.window)
    window.resize(*SCREEN)
    assert window.width() == SCREEN[0] and window.height() <= SCREEN[1]
    session = app.session
    for place in window.places.keys():
        window.places.show_place(place)
        no_clipping(qtbot, window, f"place {place}")

    # -- add Kuala Lumpur from its card, at its real endpoint, and verify it ---------------
    card = tmp_path / "kl.card"
    card.write_bytes(kl_station.card_bytes())
    window.places.show_place("peers")
    peers = window.peers
    peers.add_button.setFocus()
    key(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: peers.findChild(QFileDialog, "openFileDialog") is not None, timeout=10_000)
    files = peers.findChild(QFileDialog, "openFileDialog")
    files.selectFile(str(card))
    files.accept()
    add = active(qtbot, dialog_of(qtbot, peers, AddPeerDialog))
    # the card is read and shown (name, organisation, country, fingerprint) before Add is offered
    qtbot.waitUntil(lambda: add.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled(), timeout=10_000)
    no_clipping(qtbot, add, "add peer")
    alt(label_for(add.url).text())
    QTest.keyClicks(QApplication.focusWidget(), kl_served.url)
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: peers.table.rowCount() == 1, timeout=10_000)
    active(qtbot, window)
    peers.table.setFocus()
    peers.table.selectRow(0)
    alt(peers.verify_button.text())
    verify = active(qtbot, dialog_of(qtbot, peers, VerifyDialog))
    no_clipping(qtbot, verify, "verify peer")
    assert verify.theirs.text().split() == kl_station.fingerprint.split()
    alt(verify.match_button.text())
    qtbot.waitUntil(lambda: wait_for(qtbot, session.db.run(lambda st: st.peers()[0].trust)) == "verified",
                    timeout=10_000)
    no_clipping(qtbot, window, "peers, verified")

    # Kuala Lumpur takes this station's card (cards go both ways before reports flow); Manila too
    own_card, own_fingerprint = wait_for(qtbot, session.db.run(lambda st: (st.card_bytes(), st.fingerprint)))
    us_at_kl = kl_station.add_peer(own_card, url=session.endpoint.url)
    kl_station.set_trust(us_at_kl.id, "verified")
    manila_card = manila.card_bytes()
    wait_for(qtbot, session.db.run(lambda st: st.add_peer(manila_card)))

    # -- file a report by keyboard alone --------------------------------------------------
    active(qtbot, window)
    key(Qt.Key.Key_N, modifier=Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(window._wizard, ReportWizard) and window._wizard.isVisible(), timeout=10_000)
    form = active(qtbot, window._wizard)
    observe = form.observe_page
    no_clipping(qtbot, form, "report: observe")
    alt(label_for(observe.template).text())
    assert QApplication.focusWidget() is observe.template
    while observe.template.currentData() != "phishing":
        key(Qt.Key.Key_Down)
    tab_to(qtbot, observe.tree)
    key(Qt.Key.Key_Down)  # the first observation of the first category (not tick-able: its heading)
    item = observe.tree.currentItem()
    if item.childCount():
        key(Qt.Key.Key_Down)
    key(Qt.Key.Key_Space)
    assert len(form.form.observations) == 2 and form.form.code == "rsit:fraud/phishing"
    no_clipping(qtbot, form, "report: observe, ticked")
    alt(form.button(NEXT).text())
    details = form.details_page
    qtbot.waitUntil(lambda: form.currentPage() is details)
    assert QApplication.focusWidget() is details.summary and details.summary.text().startswith(
        "Phishing" if lang == "en" else "Surel phishing")
    tab_to(qtbot, details.indicators)
    key(Qt.Key.Key_End, modifier=Qt.KeyboardModifier.ControlModifier)
    key(Qt.Key.Key_Return)
    QTest.keyClicks(details.indicators, "url hxxps://login-kementerian[.]example/masuk")
    no_clipping(qtbot, form, "report: details")
    alt(form.button(NEXT).text())
    handling = form.handling_page
    qtbot.waitUntil(lambda: form.currentPage() is handling)
    alt(label_for(handling.place_search).text())
    assert QApplication.focusWidget() is handling.place_search
    QTest.keyClicks(handling.place_search, "malaysia")
    key(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is handling.places
    key(Qt.Key.Key_Home)
    key(Qt.Key.Key_Space)
    assert form.form.countries == ["MY"] and form.form.scope == "bilateral"
    no_clipping(qtbot, form, "report: handling")
    alt(form.button(NEXT).text())
    review = form.review_page
    qtbot.waitUntil(lambda: form.currentPage() is review)
    assert "kl" in review.recipients.text() and review.code_line.text()
    no_clipping(qtbot, form, "report: review")
    with qtbot.waitSignal(form.submitted, timeout=10_000):
        alt(form.button(QWizard.WizardButton.FinishButton).text())

    # -- sync: delivered to Kuala Lumpur's endpoint ---------------------------------------
    qtbot.waitUntil(lambda: window._wizard is None and window.places.currentWidget() is window.outbox,
                    timeout=10_000)
    active(qtbot, window)
    key(Qt.Key.Key_F5)

    def states(st):
        return [d["status"] for row in st.outbox() for d in row["deliveries"]]

    qtbot.waitUntil(lambda: wait_for(qtbot, session.db.run(states)) == ["delivered"], timeout=30_000)
    qtbot.waitUntil(lambda: len(window.outbox.delivery_texts()) == 1, timeout=10_000)
    no_clipping(qtbot, window, "outbox, delivered")
    assert [r["summary"] for r in kl_station.inbox()] and kl_station.inbox()[0]["code"] == "rsit:fraud/phishing"

    # -- Kuala Lumpur warns back; the officer acknowledges and forwards it to Manila -------
    kl_station.file_report({
        "type": "early-warning", "code": "rsit:availability/ddos", "severity": 3, "tlp": "TLP:GREEN",
        "scope": "bilateral", "countries": ["ID"], "observed_at": "2026-11-24T01:30:00Z",
        "summary": "DDoS on ministry portals from a botnet", "to": [us_at_kl.id]})
    assert Sync(kl_station).run_once().delivered
    inbox = window.inbox
    window.places.show_place("inbox")
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 1, timeout=20_000)
    inbox.table.setFocus()
    inbox.table.selectRow(0)
    qtbot.waitUntil(lambda: inbox.detail.message is not None, timeout=10_000)
    no_clipping(qtbot, window, "inbox, report open")
    alt(inbox.ack_button.text())
    ack = active(qtbot, dialog_of(qtbot, inbox, AcknowledgeDialog))
    no_clipping(qtbot, ack, "acknowledge")
    alt(label_for(ack.status).text())
    key(Qt.Key.Key_Down)
    alt(label_for(ack.note).text())
    QTest.keyClicks(QApplication.focusWidget(), "Seen; blocking the sources")
    assert ack.note.toPlainText() == "Seen; blocking the sources"
    tab_to(qtbot, ack.buttons.button(QDialogButtonBox.StandardButton.Ok))
    key(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not ack.isVisible(), timeout=10_000)
    active(qtbot, window)
    inbox.table.setFocus()
    alt(inbox.forward_button.text())
    forward = active(qtbot, dialog_of(qtbot, inbox, ForwardDialog))
    no_clipping(qtbot, forward, "forward")
    forward.peers.setFocus()
    key(Qt.Key.Key_Home)
    while "manila" not in forward.peers.currentItem().text():  # the arrows walk the list
        key(Qt.Key.Key_Down)
    key(Qt.Key.Key_Space)
    assert len(forward.chosen()) == 1
    tab_to(qtbot, forward.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok))
    key(Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not forward.isVisible(), timeout=10_000)

    def outbox_kinds(st):
        return sorted(row["type"] for row in st.outbox())

    qtbot.waitUntil(lambda: wait_for(qtbot, session.db.run(outbox_kinds)) == [
        "acknowledgement", "early-warning", "early-warning"], timeout=10_000)
    forwarded = wait_for(qtbot, session.db.run(lambda st: [r for r in st.outbox() if r["type"] == "early-warning"
                                                            and r["code"] == "rsit:availability/ddos"]))
    assert forwarded and forwarded[0]["deliveries"][0]["peer"] != us_at_kl.id

    # -- lock and unlock -----------------------------------------------------------------
    active(qtbot, window)
    key(Qt.Key.Key_L, modifier=Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: app.window is None and app.dialog is not None and app.dialog.isVisible(),
                    timeout=10_000)
    unlock = active(qtbot, app.dialog)
    no_clipping(qtbot, unlock, "unlock")
    QTest.keyClicks(unlock.passphrase, PASSPHRASE)
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.window is not None and app.window.isVisible(), timeout=20_000)
    window = app.window
    window.resize(*SCREEN)
    qtbot.waitUntil(lambda: window.inbox.model.rowCount() == 1, timeout=20_000)
    no_clipping(qtbot, window, "after unlock")
    assert wait_for(qtbot, app.session.db.run(lambda st: st.fingerprint)) == own_fingerprint

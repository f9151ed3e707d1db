"""The regional picture in the app: the inbox row says "seen by 2 countries", the details name what ties it and
which indicators are on a warning list, "Seen here too" sends a sighting, and the form's review names matches."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWizard
from test_report_wizard import fill_handling, fill_observations, open_wizard

from siaga.delivery.bundle import export_bundle, import_bundle
from siaga.gui.badge_delegate import CHIP_ROLE
from siaga.gui.inbox_model import STATUS
from siaga.gui.inbox_view import InboxView
from siaga.station import warning_lists

from helpers import link

NEXT = QWizard.WizardButton.NextButton


def _click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_inbox_row_the_details_and_seen_here_too(qtbot, network, open_session, draft):
    net = network(links=[("jakarta", "kl")], verified=[("jakarta", "kl")])
    jkt, kl = net.jakarta, net.kl
    kl_at_jkt, jkt_at_kl = net.peers[("jakarta", "kl")], net.peers[("kl", "jakarta")]
    msg = jkt.file_report(dict(draft, indicators=[{"type": "domain-name", "value": "login-kemlu.example"},
                                                  {"type": "ipv4-addr", "value": "8.8.8.8"}]))
    kl.file_report(dict(draft, indicators=[{"type": "domain-name", "value": "LOGIN-KEMLU[.]example"}]))
    assert import_bundle(kl, export_bundle(jkt, kl_at_jkt.id)[0]).new == 1

    view = InboxView(open_session(kl.home))
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10_000)
    index = view.model.index(0, STATUS)
    assert view.model.data(index) == "New"  # the badge; how many countries: a chip beside it
    assert view.model.data(index, CHIP_ROLE) == "2 countries"
    assert view.model.data(index, Qt.ItemDataRole.AccessibleTextRole) == "New · seen by 2 countries"
    assert "2 countries reported the same indicator" in view.model.data(view.model.index(0, STATUS),
                                                                         Qt.ItemDataRole.ToolTipRole)

    view.table.selectRow(0)
    qtbot.waitUntil(lambda: view.detail.message is not None, timeout=10_000)
    lines = dict(view.detail.lines())
    assert lines["Seen elsewhere"].startswith("Seen in 1 other report(s) from MY within 7 days")
    assert "login-kemlu.example" in lines["Seen elsewhere"]
    assert lines["Warning list"].startswith("8.8.8.8: Check this is really the attacker's: it is a public DNS")

    assert view.sight_button.isEnabled()
    _click(qtbot, view.sight_button)
    qtbot.waitUntil(lambda: getattr(view, "_sighting_dialog", None) is not None
                    and view._sighting_dialog.isVisible(), timeout=10_000)
    dialog = view._sighting_dialog
    assert dialog.list.count() == 2
    dialog.list.item(1).setCheckState(Qt.CheckState.Unchecked)  # only the domain was seen here
    dialog.count.setValue(3)
    dialog.accept()
    qtbot.waitUntil(lambda: "seen here too" in view.status.text(), timeout=10_000)

    # the author sees that one partner saw it, and which indicator
    assert import_bundle(jkt, export_bundle(kl, jkt_at_kl.id)[0]).new == 2  # KL's own report, and the sighting
    seen = jkt.sightings(msg[:12])
    assert [(s.count, s.country, s.indicators) for s in seen] == [
        (3, "MY", ({"type": "domain-name", "value": "login-kemlu.example"},))]


def test_the_review_says_which_reports_held_match(qtbot, make_station):
    jakarta = make_station("jakarta", country="ID")
    link(jakarta, make_station("kl", country="MY"))
    warning_lists.preload()
    wizard = open_wizard(qtbot, jakarta)
    asked = []

    def review_check(content, show):
        asked.append(content)
        show({"count": 2, "countries": ["MY", "SG"], "ties": [], "reports": [], "all_countries": []})

    wizard.review_check = review_check
    fill_observations(qtbot, wizard)
    _click(qtbot, wizard.button(NEXT))
    page = wizard.details_page
    QTest.keyClicks(page.summary, "Phishing site posing as the ministry login")
    QTest.keyClicks(page.indicators, "login-kemlu[.]example")
    _click(qtbot, wizard.button(NEXT))
    fill_handling(qtbot, wizard)
    _click(qtbot, wizard.button(NEXT))
    review = wizard.review_page
    assert wizard.currentPage() is review
    assert asked and asked[0]["indicators"] == [{"type": "domain-name", "value": "login-kemlu.example"}]
    assert review.seen.isVisible()
    assert review.seen.text() == "Seen in 2 other report(s) from MY, SG: this may be a shared threat."


def test_the_author_sees_in_the_outbox_how_many_partners_saw_a_report(qtbot, network, open_session, draft):
    from siaga.gui.outbox_model import SUMMARY
    from siaga.gui.outbox_view import OutboxView

    net = network(links=[("jakarta", "kl"), ("jakarta", "manila")])
    jkt, kl, manila = net.jakarta, net.kl, net.manila
    msg = jkt.file_report(dict(draft, scope="global", countries=[]))
    for name, station in (("kl", kl), ("manila", manila)):
        assert import_bundle(station, export_bundle(jkt, net.peers[("jakarta", name)].id)[0]).new == 1
        station.sight(msg[:12], count=2)
        assert import_bundle(jkt, export_bundle(station, net.peers[(name, "jakarta")].id)[0]).new == 1
    view = OutboxView(open_session(jkt.home))
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10_000)
    assert view.model.data(view.model.index(0, SUMMARY)) == f"{draft['summary']} · seen by 2 partner(s)"


def test_seen_here_too_of_a_whole_incident_and_its_author_sees_who_saw_it(qtbot, network, open_session, draft):
    from siaga.gui.main_window import MainWindow
    from siaga.gui.plain import PlainLabel

    from qt_helpers import on_screen

    net = network(links=[("jakarta", "kl")], verified=[("jakarta", "kl")])
    jkt, kl = net.jakarta, net.kl
    kl_at_jkt, jkt_at_kl = net.peers[("jakarta", "kl")], net.peers[("kl", "jakarta")]
    root = jkt.file_report(dict(draft, indicators=[{"type": "domain-name", "value": "login-kemlu.example"}]))
    update = jkt.file_report({"updates": root, "summary": "A second address serves the page",
                              "indicators": [{"type": "ipv4-addr", "value": "203.0.113.7"}]})
    assert import_bundle(kl, export_bundle(jkt, kl_at_jkt.id)[0]).new == 2

    view = InboxView(open_session(kl.home))
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=10_000)
    row = next(r for r in range(2) if view.model.row_id(r) == update)
    view.table.selectRow(row)
    qtbot.waitUntil(lambda: view.detail.message is not None, timeout=10_000)
    _click(qtbot, view.sight_button)
    qtbot.waitUntil(lambda: getattr(view, "_sighting_dialog", None) is not None
                    and view._sighting_dialog.isVisible(), timeout=10_000)
    dialog = view._sighting_dialog
    assert dialog.list.count() == 1 and not dialog.whole_incident.isHidden()
    assert dialog.whole_incident.text() == "About the &whole incident (2 reports: the first and its updates)"
    dialog.whole_incident.setChecked(True)  # the incident's indicators: the domain and the address
    assert sorted(dialog.list.item(i).text() for i in range(dialog.list.count())) == [
        "domain-name  login-kemlu.example", "ipv4-addr  203.0.113.7"]
    dialog.list.item(0).setCheckState(Qt.CheckState.Unchecked)
    dialog.accept()
    qtbot.waitUntil(lambda: "seen here too" in view.status.text(), timeout=10_000)

    assert import_bundle(jkt, export_bundle(kl, jkt_at_kl.id)[0]).new == 1
    [seen] = jkt.incident_sightings(root)
    assert seen.country == "MY" and len(seen.indicators) == 1
    jkt.close()
    window = on_screen(qtbot, MainWindow(open_session(jkt.home)))
    incidents = window.incidents
    window.tabs.setCurrentWidget(incidents)
    qtbot.waitUntil(lambda: incidents.table.rowCount() == 1, timeout=10_000)
    incidents.table.selectRow(0)
    incidents.open_selected()
    qtbot.waitUntil(lambda: getattr(incidents, "dialog", None) is not None, timeout=10_000)
    label = incidents.dialog.findChild(PlainLabel, "incidentSeenBy")
    assert label.text() == "Seen by 1 partner(s): they said they see it on their own networks too."

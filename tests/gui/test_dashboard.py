"""The dashboard: its figures match ``siaga stats --json``, the map filters the inbox, export writes PNG and PDF."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QPoint, Qt

from siaga.delivery.bundle import export_bundle, import_bundle
from siaga.gui.main_window import MainWindow

from helpers import PASSPHRASE, link
from qt_helpers import on_screen, save_through_file_dialog


@pytest.fixture
def desk(make_station, draft):
    """Jakarta: two reports received from KL (one about ASEAN), one filed itself; Canberra never wrote."""
    jkt = make_station("jakarta", country="ID")
    kl = make_station("kl", country="MY")
    canberra = make_station("canberra", country="AU")
    _, jkt_at_kl = link(jkt, kl)
    link(jkt, canberra)
    kl.file_report({**draft, "countries": ["ID", "MY"]})
    kl.file_report({**draft, "code": "rsit:fraud/phishing", "severity": 1, "countries": ["ASEAN"],
                    "summary": "Phishing pages copy the ministry's login"})
    import_bundle(jkt, export_bundle(kl, jkt_at_kl.id)[0])
    jkt.file_report({**draft, "scope": "bilateral", "countries": ["MY"]})
    for station in (jkt, kl, canberra):
        station.close()
    return jkt.home


def stats_json(home, *args):
    result = subprocess.run([sys.executable, "-m", "siaga", "stats", "--json", *args, "--home", str(home)],
                            capture_output=True, text=True, timeout=120,
                            env=dict(os.environ, SIAGA_PASSPHRASE=PASSPHRASE))
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def open_dashboard(qtbot, session):
    window = on_screen(qtbot, MainWindow(session))
    with qtbot.waitSignals([window.dashboard.figuresShown, window.dashboard.threatsShown], timeout=20_000):
        window.tabs.setCurrentWidget(window.dashboard)
    return window


def test_the_dashboard_shows_what_stats_prints(qtbot, open_session, desk):
    window = open_dashboard(qtbot, open_session(desk))
    view = window.dashboard
    cli = stats_json(desk)
    shown = view.figures.to_dict()
    for key in ("totals", "by_class", "by_severity", "by_country", "quiet_partners", "shared_threats", "overdue"):
        assert shown[key] == cli[key], key
    assert cli["totals"] == {"received": 2, "sent": 1, "open_incidents": 2}
    assert "Received 2 · Sent 1 · Open incidents 2" in view.totals.text()
    # what is drawn is what was counted
    assert sum(r for _, r, _ in view.timeline.steps) == 2 and sum(s for _, _, s in view.timeline.steps) == 1
    assert dict((label, (r, s)) for label, r, s in view.by_class.rows) == {
        "Malicious code": (1, 1), "Fraud": (1, 0)}
    assert view.by_country.rows[0] == ("MY Malaysia", 2, 1)
    # the map is shaded by open incidents plus shared threats: Jakarta's report and KL's share indicators
    assert cli["by_country"]["MY"] == {"received": 2, "sent": 1, "open": 2, "shared_threats": 1}
    assert view.map.weights["MY"] == 3 and view.map.weights["SG"] == 1 and "AU" not in view.map.weights
    assert "2 open incidents, 1 shared threats" in view.map.hover_text("MY") and "Malaysia" in view.map.hover_text("MY")
    assert [view.quiet.item(i).text() for i in range(view.quiet.count())] == ["canberra (AU): no message yet"]
    # the lists are the station's: the shared threat `stats --json` names, nothing overdue
    [threat] = cli["shared_threats"]
    assert threat["countries"] == ["ID", "MY"] and threat["reports"] == 3  # the draft's indicators, in all three
    assert view.threats.isEnabled() and view.threats.count() == 1
    assert view.threats.item(0).text() == f"{threat['key']}: ID, MY (3 reports)"
    assert not view.overdue.isEnabled() and view.overdue.item(0).text() == "Nothing overdue"

    # what arrives while it is shown is counted once, however many batches it came in
    shown_before = []
    view.figuresShown.connect(shown_before.append)
    for _ in range(5):
        view.session.changed("inbox")
    qtbot.waitUntil(lambda: len(shown_before) == 1, timeout=10_000)
    qtbot.wait(1300)
    assert len(shown_before) == 1

    # another period: counted again, by hour; its counts are drawn first, then its shared threats
    with qtbot.waitSignal(view.figuresShown, timeout=20_000):
        view.set_period("24h")
    if view.threats.item(0).text() == "Looking for shared threats...":
        assert "Shared threats …" in view.totals.text()
        qtbot.waitSignal(view.threatsShown, timeout=20_000).wait()
    # the reports' events were seen days ago (their observed_at): no shared threat in the last 24 hours
    assert view.threats.item(0).text() == "None found in this period" and view.figures.shared_threats == ()
    assert view.figures.period.bucket == "hour" and view.figures.received == 2
    assert stats_json(desk, "--period", "24h")["by_country"] == view.figures.to_dict()["by_country"]
    # custom dates that end before they begin are refused in words, and nothing is counted
    view.set_period("custom")
    qtbot.waitUntil(lambda: view.figures.period.bucket == "day", timeout=20_000)
    view.since.setDate(view.until.date().addDays(3))
    assert "starts after it ends" in view.status.text()


def test_a_click_on_the_map_shows_that_country_in_the_inbox(qtbot, open_session, desk):
    window = open_dashboard(qtbot, open_session(desk))
    view = window.dashboard
    for region in ("asean", "world"):
        view.region.setCurrentIndex(view.region.findData(region))
        assert view.map.country_at(view.map.point_of("MY")) == "MY"
        assert view.map.country_at(view.map.point_of("SG")) == "SG"  # a dot: too small for the outlines
    view.region.setCurrentIndex(view.region.findData("asean"))
    qtbot.mouseMove(view.map, view.map.point_of("MY").toPoint())
    qtbot.waitUntil(lambda: view.map.hovered == "MY", timeout=5_000)
    qtbot.mouseMove(view.map, view.map.rect().topRight() + QPoint(-2, 2))  # the sea, or a country with nothing
    qtbot.waitUntil(lambda: view.map.hovered != "MY", timeout=5_000)
    qtbot.mouseClick(view.map, Qt.MouseButton.LeftButton, pos=view.map.point_of("SG").toPoint())
    assert window.tabs.currentWidget() is window.inbox
    assert window.inbox.filters.country.code() == "SG"
    qtbot.waitUntil(lambda: not window.inbox.model.loading and window.inbox.model.rowCount() == 1, timeout=10_000)
    row = window.inbox.model.data(window.inbox.model.index(0, 0), Qt.ItemDataRole.UserRole)
    assert row["countries"] == ["ASEAN"]


def test_the_map_works_from_the_keyboard(qtbot, open_session, desk):
    window = open_dashboard(qtbot, open_session(desk))
    view = window.dashboard
    view.map.setFocus()
    qtbot.keyClick(view.map, Qt.Key.Key_Right)  # the country with most open incidents first (ties by code)
    assert view.map.hovered == "ID" and "Indonesia (ID): 2 open incidents" in view.map.accessibleDescription()
    qtbot.keyClick(view.map, Qt.Key.Key_Left)
    qtbot.keyClick(view.map, Qt.Key.Key_Left)
    assert view.map.hovered not in ("ID", "MY") and view.map.hovered in view.map.weights
    chosen = view.map.hovered
    qtbot.keyClick(view.map, Qt.Key.Key_Return)
    assert window.tabs.currentWidget() is window.inbox and window.inbox.filters.country.code() == chosen


def test_the_dashboard_exports_as_png_and_pdf(qtbot, open_session, desk, tmp_path):
    window = open_dashboard(qtbot, open_session(desk))
    view = window.dashboard
    view.export_to(tmp_path / "briefing.png")
    assert (tmp_path / "briefing.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    view.export()
    save_through_file_dialog(qtbot, view, tmp_path / "briefing.pdf", "Saved to briefing.pdf")
    assert (tmp_path / "briefing.pdf").read_bytes()[:5] == b"%PDF-"
    view.export_to(tmp_path / "no-such-folder" / "x.png")
    assert "Not saved" in view.status.text() and not (tmp_path / "no-such-folder").exists()

"""Regenerate the README's screenshots from the real desktop app (offscreen, no display needed).

Two stations in a temporary folder exchange a few reports on bundles; the
real windows are then opened and grabbed into ``docs/images/``:

    .venv/bin/python docs/make_screenshots.py [--lang en|id]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["SIAGA_KDF"] = "min"

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from siaga.delivery.bundle import export_bundle, import_bundle  # noqa: E402
from siaga.gui.i18n import install_language  # noqa: E402
from siaga.gui.main_window import MainWindow  # noqa: E402
from siaga.gui.report_wizard import ReportWizard  # noqa: E402
from siaga.gui.session import Session  # noqa: E402
from siaga.gui.worker import StationWorker  # noqa: E402
from siaga.station import Station  # noqa: E402
from siaga.station.report_form import ReportForm  # noqa: E402

OUT = Path(__file__).resolve().parent / "images"
PASSPHRASE = "screenshot passphrase"
REPORTS = [
    dict(type="early-warning", code="rsit:malicious-code/infected-system", severity=4, tlp="TLP:AMBER",
         scope="bilateral", countries=["MY"], observed_at="2026-11-24T01:30:00+07:00",
         summary="Ransomware on provincial government file servers",
         narrative="Files on three servers were renamed and a ransom note appeared.",
         indicators=[{"type": "ipv4-addr", "value": "203.0.113.7"},
                     {"type": "domain-name", "value": "update-check[.]example"}],
         sectors=["government"], observations=["ransom-note"]),
    dict(type="early-warning", code="rsit:fraud/phishing", severity=2, tlp="TLP:GREEN", scope="regional",
         countries=["ASEAN"], observed_at="2026-11-23T09:10:00+07:00",
         summary="Phishing e-mails posing as the customs office", sectors=["transport"]),
    dict(type="update", code="rsit:availability/ddos", severity=3, tlp="TLP:CLEAR", scope="regional",
         countries=["ID", "MY"], observed_at="2026-11-22T20:00:00+07:00",
         summary="DDoS on the national payment gateway has stopped", sectors=["finance"]),
]


def settle(app: QApplication, ms: int = 400) -> None:
    QTest.qWait(ms)
    app.processEvents()


def wait_until(app: QApplication, condition, what: str, seconds: float = 60) -> None:
    """Let the app work until ``condition()`` holds (its database work runs on a thread)."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise RuntimeError(f"gave up waiting for {what}")
        settle(app, 100)


def grab(widget: QWidget, name: str) -> Path:
    path = OUT / name
    widget.grab().save(str(path))
    print(f"wrote {path.relative_to(OUT.parent.parent)} ({widget.width()}x{widget.height()})")
    return path


def tick(view, search, text: str) -> None:
    search.clear()
    QTest.keyClicks(search, text)
    role = Qt.ItemDataRole.UserRole
    for i in range(view.topLevelItemCount()):
        group = view.topLevelItem(i)
        for j in range(group.childCount()):
            item = group.child(j)
            if not item.isHidden() and not group.isHidden():
                item.setCheckState(0, Qt.CheckState.Checked)
                return
    raise RuntimeError(f"no observation for {text!r} ({role})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", default="en", choices=["en", "id"])
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    install_language(app, args.lang)
    OUT.mkdir(exist_ok=True)
    suffix = "" if args.lang == "en" else f"-{args.lang}"
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        jkt = Station.create(root / "jakarta", PASSPHRASE, "ID duty desk", "National CSIRT", "ID")
        kl = Station.create(root / "kl", PASSPHRASE, "MY duty desk", "National Cyber Security Agency", "MY")
        sg = Station.create(root / "sg", PASSPHRASE, "SG duty desk", "Cyber Security Agency", "SG")
        kl_at_jkt = jkt.add_peer(kl.card_bytes(), url="https://siaga.kl.example")
        sg_at_jkt = jkt.add_peer(sg.card_bytes(), url="https://siaga.sg.example")
        jkt.set_trust(kl_at_jkt.id, "verified")
        jkt_at_kl = kl.add_peer(jkt.card_bytes())
        kl.set_trust(jkt_at_kl.id, "verified")
        sg_at_kl = kl.add_peer(sg.card_bytes())
        sg.add_peer(kl.card_bytes())
        for draft in REPORTS:
            jkt.file_report(dict(draft, to=[kl_at_jkt.id, sg_at_jkt.id] if draft["tlp"] != "TLP:AMBER"
                                 else [kl_at_jkt.id]))
        sg.file_report(dict(REPORTS[1], summary="Same phishing wave seen at two ministries",
                            to=[sg.peers()[0].id]))
        import_bundle(kl, export_bundle(jkt, kl_at_jkt.id)[0])
        import_bundle(kl, export_bundle(sg, sg.peers()[0].id)[0])
        import_bundle(jkt, export_bundle(kl, jkt_at_kl.id)[0])  # receipts back to Jakarta
        assert sg_at_kl
        kl.acknowledge(kl.store.inbox_ids()[0], "investigating", "Team on site")
        import_bundle(jkt, export_bundle(kl, jkt_at_kl.id)[0])

        sessions = []
        for station in (jkt, kl):
            keys, profile, home = station.keys, dict(station.profile), station.home
            station.close()
            sessions.append(Session(home, StationWorker(lambda home=home, keys=keys: Station(home, keys)), keys,
                                    profile, args.lang))
        sg.close()
        jkt_session, kl_session = sessions

        # the guided form, as an officer fills it
        window = MainWindow(jkt_session)
        window.station_unlocked()
        window.resize(1280, 720)  # the smallest screen the app is made for
        window.show()
        settle(app)
        with Station(jkt_session.home, jkt_session.keys) as station:
            form = ReportForm(station.books.current, station.info, station.peers())
        wizard = ReportWizard(form, args.lang)  # at its own size, the same on every page
        wizard.show()
        page = wizard.observe_page
        tick(page.tree, page.search, "ransom")
        tick(page.tree, page.search, "bad address" if args.lang == "en" else "alamat berbahaya")
        page.search.clear()
        settle(app)
        grab(wizard, f"report-form{suffix}.png")
        wizard.next()
        details = wizard.details_page
        QTest.keyClicks(details.summary, "Ransomware on provincial government file servers")
        QTest.keyClicks(details.indicators, "203.0.113.7")
        QTest.keyClick(details.indicators, Qt.Key.Key_Return)
        QTest.keyClicks(details.indicators, "sha256 abc")
        settle(app)
        grab(wizard, f"report-form-details{suffix}.png")
        wizard.close()

        # the outbox: per-recipient delivery, receipts and acknowledgements
        window.places.setCurrentWidget(window.outbox)
        settle(app, 800)
        grab(window, f"outbox{suffix}.png")
        window.close()

        # the liaison's inbox with a report open
        inbox_window = MainWindow(kl_session)
        inbox_window.station_unlocked()
        inbox_window.resize(1280, 720)  # the smallest screen the app is made for
        inbox_window.show()
        settle(app, 800)
        inbox = inbox_window.inbox
        wait_until(app, lambda: inbox.model.rowCount() == 4, "the inbox rows")
        inbox.table.selectRow(inbox.model.rowCount() - 1)
        wait_until(app, lambda: inbox.detail.message is not None, "the report to open")
        settle(app, 800)
        grab(inbox_window, f"inbox{suffix}.png")

        # the dashboard: the regional picture of the last 7 days
        inbox_window.places.setCurrentWidget(inbox_window.dashboard)
        wait_until(app, lambda: inbox_window.dashboard.figures is not None, "the dashboard figures")
        settle(app)
        grab(inbox_window, f"dashboard{suffix}.png")
        inbox_window.close()
        for session in sessions:
            session.close()


if __name__ == "__main__":
    main()

"""The inbox's "Filing N arrived reports…" line, on a real session whose station has arrivals waiting."""

from __future__ import annotations

from siaga.delivery import receiving
from siaga.delivery.receiving import accept
from siaga.gui.i18n import install_language
from siaga.gui.inbox_view import InboxView
from siaga.station import Station

from helpers import PASSPHRASE, link
from qt_helpers import clipped, on_screen


def _take_in(liaison, kl, kl_at_liaison, liaison_at_kl, draft, label):
    msgs = kl.file_reports([dict(draft, to=[liaison_at_kl.id], summary=f"{label} {i}")
                            for i in range(receiving.DEFER_FROM + 4)])
    envelopes = kl.outgoing.envelopes(msgs)
    assert accept(liaison, [envelopes[m] for m in msgs], kl_at_liaison, defer=True).arrived
    return msgs


def test_the_inbox_says_how_many_arrived_reports_wait_to_be_filed(qtbot, qapp, make_station, draft, open_session):
    liaison = make_station("liaison", country="ID")
    kl = make_station("kl", country="MY")
    kl_at_liaison, liaison_at_kl = link(liaison, kl)
    first = _take_in(liaison, kl, kl_at_liaison, liaison_at_kl, draft, "First")
    home = liaison.home
    liaison.close()

    for lang in ("en", "id"):
        assert install_language(qapp, lang)
        session = open_session(home, lang)
        view = InboxView(session)
        view.resize(1280, 720)
        on_screen(qtbot, view)
        # the view's first read files what waited: every report listed, no line
        qtbot.waitUntil(lambda: view.model.rowCount() >= len(first), timeout=10_000)
        assert not view.filing.isVisible()

        other = Station.open(home, PASSPHRASE)  # (as the endpoint does on its own connection)
        try:
            more = _take_in(other, kl, other.peer(kl_at_liaison.id), liaison_at_kl, draft, f"More {lang}")
            session.arrived.emit(len(more))
            qtbot.waitUntil(view.filing.isVisible, timeout=10_000)
            expected = {"en": f"Filing {len(more)} arrived reports…",
                        "id": f"Memasukkan {len(more)} laporan yang tiba ke kotak masuk…"}[lang]
            assert view.filing.text() == expected
            assert clipped(view) == []
            view.grab().save(str(home.parent / f"filing-{lang}.png"))
            filed = other.file_arrivals()  # the endpoint's filer files them and says so
        finally:
            other.close()
        session.received.emit(filed)
        session.changed("all")  # (as the app does when messages are received)
        qtbot.waitUntil(lambda: not view.filing.isVisible(), timeout=10_000)
        qtbot.waitUntil(lambda: view.model.rowCount() >= len(first) + len(more), timeout=10_000)
        view.close()
    install_language(qapp, "en")


def test_the_inbox_names_arrived_reports_that_could_not_be_filed(qtbot, qapp, make_station, draft, open_session,
                                                                 monkeypatch):
    from siaga.storage import store as store_mod

    liaison = make_station("liaison", country="ID")
    kl = make_station("kl", country="MY")
    kl_at_liaison, liaison_at_kl = link(liaison, kl)
    msgs = _take_in(liaison, kl, kl_at_liaison, liaison_at_kl, draft, "Report")
    real_terms = store_mod.report_terms
    monkeypatch.setattr(store_mod, "report_terms", lambda meta: (_ for _ in ()).throw(RuntimeError("unforeseen"))
                        if meta.get("summary") == "Report 3" else real_terms(meta))
    liaison.file_arrivals()
    monkeypatch.setattr(store_mod, "report_terms", real_terms)
    assert liaison.arrivals() == (0, 1) and liaison.store.count("inbox") == len(msgs) - 1
    home = liaison.home
    liaison.close()
    for lang, words in (("en", "1 arrived reports could not be filed"), ("id", "1 laporan yang tiba tidak dapat")):
        assert install_language(qapp, lang)
        session = open_session(home, lang)
        view = InboxView(session)
        view.resize(1280, 720)
        on_screen(qtbot, view)
        view.filing.refresh()
        qtbot.waitUntil(view.filing.isVisible, timeout=10_000)
        assert view.filing.text().startswith(words)
        assert clipped(view) == []
        view.grab().save(str(home.parent / f"held-{lang}.png"))
        view.close()
    install_language(qapp, "en")

import time

from test_app import start, unlock

from siaga.delivery.bundle import export_bundle, import_bundle
from siaga.gui.main_window import MainWindow

from helpers import PASSPHRASE, link


def test_stress(qtbot, make_station, draft, tmp_path, monkeypatch):
    jkt = make_station("jakarta")
    monkeypatch.setenv("SIAGA_KDF", "moderate")
    kl = make_station("kl", country="MY")
    kl_at_jkt, _ = link(jkt, kl)
    for n in range(3):
        jkt.file_report(dict(draft, summary=f"Report {n}"))
    import_bundle(kl, export_bundle(jkt, kl_at_jkt.id)[0])
    home = kl.home
    kl.close()
    app = start(qtbot, home)
    app.start_sync = True
    seen = []
    try:
        for i in range(8):
            unlock(qtbot, app, PASSPHRASE)
            qtbot.waitUntil(lambda: isinstance(app.window, MainWindow) and app.window.isVisible(), timeout=20_000)
            t = time.monotonic()
            try:
                qtbot.waitUntil(lambda: app.window.inbox.model.rowCount() == 3, timeout=5_000)
                seen.append(("ok", round(time.monotonic() - t, 2)))
            except Exception:
                seen.append(("EMPTY", app.window.inbox.model.rowCount(), app.window.inbox.status.text(),
                             app.window.inbox.model.loading, app.window.inbox.model._more))
            app.window.lock_action.trigger()
            qtbot.waitUntil(lambda: app.dialog is not None and app.dialog.isVisible())
    finally:
        app.shutdown()
    print(seen)
    assert all(s[0] == "ok" for s in seen), seen

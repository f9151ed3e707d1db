"""Every string the desktop app shows has a finished Indonesian translation.

The check itself lives in packaging/update_translations.py (run it with --check to
see the same list); see docs/DESKTOP.md, "Translations", to fix what it reports.
"""

import textwrap
import time


def test_every_ui_string_has_an_indonesian_translation(checker):
    started = time.monotonic()
    found = checker.problems("id")
    assert not found, "UI strings without a proper Indonesian translation " \
                      "(python packaging/update_translations.py, then translate):\n" + "\n".join(found)
    assert time.monotonic() - started < 5


def test_checker_reports_each_kind_of_problem(checker, tmp_path):
    source = tmp_path / "window.py"
    source.write_text(textwrap.dedent('''
        from PySide6.QtCore import QCoreApplication, QObject

        def tr(text):
            return QCoreApplication.translate("Loose", text)

        class Window(QObject):
            def show(self, n, peer):
                self.tr("Sync")
                self.tr("Sent to {peer}").format(peer=peer)
                self.tr("Inbox")
                self.tr(f"{n} reports")
                QCoreApplication.translate("Outbox", "Queued")

        HELP = tr("Help")
        '''), encoding="utf-8")
    ts = tmp_path / "siaga_id.ts"
    ts.write_text(textwrap.dedent('''\
        <?xml version="1.0" encoding="utf-8"?>
        <!DOCTYPE TS>
        <TS version="2.1" language="id_ID" sourcelanguage="en">
        <context><name>Window</name>
          <message><source>Sync</source><translation>Sinkronkan</translation></message>
          <message><source>Sent to {peer}</source><translation>Terkirim ke {mitra}</translation></message>
          <message><source>Inbox</source><translation type="unfinished">Kotak masuk</translation></message>
        </context>
        </TS>
        '''), encoding="utf-8")
    found = checker.problems("id", [source], ts)
    text = "\n".join(found)
    assert "Sync" not in text
    assert "Window: 'Sent to {peer}': placeholders ['peer'] in the source but ['mitra']" in text
    assert "Window: 'Inbox': no finished id translation" in text
    assert "Outbox: 'Queued': no finished id translation" in text
    assert "window.py:12: text passed to self.tr() is an f-string" in text
    assert "window.py:5: text passed to QCoreApplication.translate() is not a string literal" in text
    assert "<no context>: 'Help': tr() outside a class" in text
    assert len(found) == 7  # the f-string is also extracted (as "{n} reports") and untranslated

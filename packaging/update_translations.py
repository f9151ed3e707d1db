"""Keep the desktop app's translations in step with its source strings.

    python packaging/update_translations.py            # update every .ts, compile, count unfinished
    python packaging/update_translations.py --list     # ... and list each unfinished message
    python packaging/update_translations.py --check    # change nothing; list every problem, exit 1 if any

Updating runs pyside6-lupdate over desktop/siaga/gui/*.py into
resources/translations/siaga_<lang>.ts: new strings arrive unfinished, existing
translations are kept, strings no longer in the code are dropped. Then each .ts is compiled
to its .qm with lrelease (as a build does), so a source checkout shows the new translations.

The check (also run by tests/gui/test_translations_complete.py) fails on a source string
with no finished, non-empty translation, on a translation whose {placeholders} differ from
the source's, on text passed to tr()/translate() that is not a plain string literal
(an f-string or a computed string cannot be looked up), and on tr() outside a class.

Qt's own strings (standard buttons, the wizard's buttons, the file dialog, text fields'
context menus) are translated in resources/translations/qt_<lang>.ts, since Qt ships no
translation for Indonesian; it is compiled with the others and loaded as a second translator.
Its check takes the list of Qt's strings in QT_CONTEXTS from a translation Qt ships
(qtbase_de.qm, read here): each must have a finished translation in qt_<lang>.ts with the
same %1 placeholders and, where the source has one, an & shortcut.
"""

from __future__ import annotations

import argparse
import ast
import string
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import NamedTuple

from siaga.gui.i18n import compile_translation, qt_tool

ROOT = Path(__file__).resolve().parent.parent
GUI = ROOT / "desktop" / "siaga" / "gui"
TRANSLATIONS = ROOT / "resources" / "translations"
#: translation language -> Qt's locale name for it
LANGUAGES = {"id": "id_ID"}
SOURCE_LANGUAGE = "en"
QT_APPLICATIONS = {"QCoreApplication", "QGuiApplication", "QApplication"}


#: Qt's own contexts whose strings a Siaga user can meet (dialogs, buttons, menus of text fields)
QT_CONTEXTS = ("QPlatformTheme", "QGnomeTheme", "QDialogButtonBox", "QWizard", "QFileDialog", "QFileSystemModel",
               "QAbstractFileIconProvider", "QMessageBox", "QLineEdit", "QWidgetTextControl", "QAbstractSpinBox",
               "QDialog", "QWhatsThisAction", "QInputDialog", "QProgressDialog", "QComboBox", "QTabBar",
               "CloseButton", "QScrollBar", "QUnicodeControlCharacterMenu",
               # the print dialog (printing a report or a card for a briefing) and its page setup
               "QPrintDialog", "QPrintSettingsOutput", "QPageSetupWidget", "QPrintPropertiesWidget", "QPrintWidget",
               "QPrintPropertiesDialog", "QCupsJobWidget", "QCupsPrinterSupport", "QPageSize",
               "Print Device Input Slot", "Print Device Output Bin")
#: the translation Qt ships that lists Qt's strings (any language will do: only its sources are read)
QT_REFERENCE = "qtbase_de.qm"
_QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")


def gui_sources() -> list[Path]:
    return sorted(GUI.glob("*.py"))


def ts_file(lang: str) -> Path:
    return TRANSLATIONS / f"siaga_{lang}.ts"


def lupdate(ts: Path, locale: str, sources: list[Path]) -> None:
    """Merge the source strings into ``ts`` (created if missing), dropping vanished ones."""
    done = subprocess.run(
        [str(qt_tool("lupdate")), "-silent", "-no-obsolete", "-source-language", SOURCE_LANGUAGE,
         "-target-language", locale, *map(str, sources), "-ts", str(ts)],
        capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"lupdate failed: {done.stderr.strip() or done.stdout.strip()}")


class Message(NamedTuple):
    context: str
    source: str
    comment: str
    translations: tuple[str, ...]   # one, or one per plural form
    finished: bool

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.comment

    def describe(self) -> str:
        return f"{self.context or '<no context>'}: {self.source!r}"


def read_ts(path: Path) -> dict[tuple[str, str, str], Message]:
    messages = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for msg in context.iter("message"):
            translation = msg.find("translation")
            if translation is None:
                translation = ET.Element("translation", type="unfinished")
            forms = translation.findall("numerusform")
            texts = tuple(f.text or "" for f in forms) if forms else (translation.text or "",)
            kind = translation.get("type")
            message = Message(name, msg.findtext("source") or "", msg.findtext("comment") or "", texts,
                              kind not in ("unfinished", "vanished", "obsolete"))
            messages[message.key] = message
    return messages


def placeholders(text: str) -> set[str] | None:
    """The named {fields} of a format string; None when its braces do not parse."""
    try:
        return {field for _, field, _, _ in string.Formatter().parse(text) if field is not None}
    except ValueError:
        return None


def literal_problems(sources: list[Path]) -> list[str]:
    """tr()/translate() calls whose text is not a plain string literal."""
    found = []
    for path in sources:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            if (isinstance(func, ast.Attribute) and func.attr == "tr") or (isinstance(func, ast.Name) and func.id == "tr"):
                text = node.args[0] if node.args else None
            elif (isinstance(func, ast.Attribute) and func.attr == "translate"
                  and isinstance(func.value, ast.Name) and func.value.id in QT_APPLICATIONS):
                text = node.args[1] if len(node.args) > 1 else None
            else:
                continue
            if not (isinstance(text, ast.Constant) and isinstance(text.value, str)):
                if isinstance(text, ast.JoinedStr):
                    what = "an f-string; use a literal with {placeholders} and .format() after the call"
                else:
                    what = ("not a string literal, so lupdate cannot see it (a helper that wraps translate "
                            "hides every string passed to it; call tr/translate with the literal itself)")
                where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path
                found.append(f"{where}:{node.lineno}: text passed to "
                                f"{ast.unparse(func)}() is {what}")
    return found


def problems(lang: str, sources: list[Path] | None = None, ts: Path | None = None) -> list[str]:
    """Everything that keeps the interface from showing fully in ``lang`` (default: the gui
    sources against resources/translations/siaga_<lang>.ts)."""
    sources = gui_sources() if sources is None else sources
    ts = ts_file(lang) if ts is None else ts
    found = literal_problems(sources)
    with tempfile.TemporaryDirectory() as tmp:
        extracted = Path(tmp) / f"siaga_{lang}.ts"
        lupdate(extracted, LANGUAGES[lang], sources)
        wanted = read_ts(extracted)
    have = read_ts(ts) if ts.is_file() else {}
    for key, message in wanted.items():
        if not message.context:
            found.append(f"{message.describe()}: tr() outside a class; "
                         f"use QCoreApplication.translate(\"Context\", ...)")
            continue
        done = have.get(key)
        if done is None or not done.finished or not all(t.strip() for t in done.translations):
            found.append(f"{message.describe()}: no finished {lang} translation")
            continue
        expected = placeholders(message.source)
        for text in done.translations:
            got = placeholders(text)
            if got != expected:
                found.append(f"{message.describe()}: placeholders {sorted(expected or ())} in the source "
                             f"but {'unbalanced braces' if got is None else sorted(got)} in {text!r}")
    return found


def qt_ts_file(lang: str) -> Path:
    return TRANSLATIONS / f"qt_{lang}.ts"


def qm_sources(path: Path) -> set[tuple[str, str]]:
    """(context, source) of every message a compiled Qt translation holds (read from its message table)."""
    import struct
    data = path.read_bytes()
    if not data.startswith(_QM_MAGIC):
        raise ValueError(f"{path.name} is not a Qt translation")
    pos, messages = len(_QM_MAGIC), b""
    while pos + 5 <= len(data):
        tag, length = data[pos], struct.unpack(">I", data[pos + 1:pos + 5])[0]
        if tag == 0x69:  # the messages
            messages = data[pos + 5:pos + 5 + length]
        pos += 5 + length
    found, current, pos = set(), {}, 0
    while pos < len(messages):
        tag = messages[pos]
        pos += 1
        if tag == 1:  # end of a message
            if "source" in current:
                found.add((current.get("context", ""), current["source"]))
            current = {}
        elif tag == 5:  # obsolete marker, no payload
            continue
        else:
            length = struct.unpack(">I", messages[pos:pos + 4])[0]
            pos += 4
            length = 0 if length == 0xFFFFFFFF else length
            if tag in (6, 7):  # source text, context (UTF-8)
                current["source" if tag == 6 else "context"] = messages[pos:pos + length].decode("utf-8", "replace")
            pos += length
    return found


def qt_wanted(reference: Path | None = None) -> set[tuple[str, str]]:
    """Qt's strings in QT_CONTEXTS, from the translation Qt ships (the About Qt box's HTML left out)."""
    from PySide6.QtCore import QLibraryInfo
    reference = reference or Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / QT_REFERENCE
    return {(context, source) for context, source in qm_sources(reference)
            if context in QT_CONTEXTS and source and not source.startswith(("<h3>", "<p>"))}


def _percent_args(text: str) -> set[str]:
    import re
    return set(re.findall(r"%\d", text))


def _has_shortcut(text: str) -> bool:
    return "&" in text.replace("&&", "")


def qt_problems(lang: str, ts: Path | None = None, reference: Path | None = None) -> list[str]:
    """What keeps Qt's own buttons and dialogs from showing fully in ``lang`` (see the module's text)."""
    from PySide6.QtCore import QLibraryInfo
    ts = qt_ts_file(lang) if ts is None else ts
    if not ts.is_file():
        return [f"{ts.name} is missing: Qt's own buttons and dialogs would stay in English"]
    reference = reference or Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / QT_REFERENCE
    if not reference.is_file():
        return [f"{reference} (Qt's list of its own strings) is missing: install PySide6 with its translations"]
    have = {(m.context, m.source): m for m in read_ts(ts).values()}
    found = []
    for context, source in sorted(qt_wanted(reference)):
        done = have.get((context, source))
        where = f"{context}: {source!r}"
        if done is None or not done.finished or not all(t.strip() for t in done.translations):
            found.append(f"{where}: no finished {lang} translation in {ts.name}")
            continue
        text = done.translations[0]
        if _percent_args(text) != _percent_args(source):
            found.append(f"{where}: placeholders {sorted(_percent_args(source))} in the source but "
                         f"{sorted(_percent_args(text))} in {text!r}")
        if _has_shortcut(source) and not _has_shortcut(text):
            found.append(f"{where}: the source has an & shortcut; {text!r} has none")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", action="store_true", help="list every unfinished message after updating")
    parser.add_argument("--check", action="store_true", help="change nothing; report problems, exit 1 if any")
    args = parser.parse_args(argv)
    failed = False
    for lang, locale in LANGUAGES.items():
        qt_found = qt_problems(lang)
        if args.check:
            found = problems(lang)
            for line in found:
                print(line)
            print(f"{ts_file(lang).name}: {len(found)} problem(s)")
            for line in qt_found:
                print(line)
            print(f"{qt_ts_file(lang).name}: {len(qt_found)} problem(s)")
            failed = failed or bool(found) or bool(qt_found)
            continue
        if qt_ts_file(lang).is_file():
            compile_translation(qt_ts_file(lang), qt_ts_file(lang).with_suffix(".qm"))
        print(f"{qt_ts_file(lang).relative_to(ROOT)}: {len(qt_found)} problem(s) (Qt's own strings)")
        if args.list:
            for line in qt_found:
                print(f"  {line}")
        ts = ts_file(lang)
        lupdate(ts, locale, gui_sources())
        messages = read_ts(ts).values()
        unfinished = [m for m in messages if not m.finished or not all(t.strip() for t in m.translations)]
        qm = ts.with_suffix(".qm")
        compile_translation(ts, qm)
        print(f"{ts.relative_to(ROOT)}: {len(messages)} message(s), {len(unfinished)} unfinished; "
              f"compiled {qm.name}")
        if args.list:
            for message in unfinished:
                print(f"  {message.describe()}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

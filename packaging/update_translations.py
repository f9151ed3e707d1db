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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", action="store_true", help="list every unfinished message after updating")
    parser.add_argument("--check", action="store_true", help="change nothing; report problems, exit 1 if any")
    args = parser.parse_args(argv)
    failed = False
    for lang, locale in LANGUAGES.items():
        if args.check:
            found = problems(lang)
            for line in found:
                print(line)
            print(f"{ts_file(lang).name}: {len(found)} problem(s)")
            failed = failed or bool(found)
            continue
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

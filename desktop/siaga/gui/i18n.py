"""The interface language: Siaga's compiled Qt translations, swapped at run time.

The English source strings live in the code (``self.tr`` / ``QCoreApplication.translate``);
``resources/translations/siaga_<lang>.ts`` holds each translation and is compiled to
``siaga_<lang>.qm`` when the package is built or installed. Codebook labels are not
translated here: they come from the codebook in the chosen language.

Qt's own strings (the standard buttons Yes, No, Cancel, Close..., the wizard's Back, Next and
Finish, the file dialog, the context menus of text fields) come from Qt's translations where
Qt ships one for the language; Qt ships none for Indonesian, so Siaga keeps its own:
``resources/translations/qt_<lang>.ts`` (Qt's contexts: QPlatformTheme, QWizard, QFileDialog...),
compiled and loaded beside Siaga's as a second translator.
"""

from __future__ import annotations

import logging
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..base.languages import SOURCE_LANGUAGE
from ..base.resources import resource_path

log = logging.getLogger("siaga.gui.i18n")

# The translators currently installed, so a language switch can remove them first.
_installed: list[QTranslator] = []
# The language the interface is in now (codebook labels in messages follow it).
_language = SOURCE_LANGUAGE
# The locale Qt had before a language was chosen (put back for English).
_system_locale: "QLocale | None" = None


def current_language() -> str:
    """The language the interface is shown in ("en", "id")."""
    return _language


def qt_tool(name: str) -> Path:
    """A Qt Linguist command-line tool (``lrelease``, ``lupdate``) shipped inside PySide6."""
    return Path(PySide6.__file__).resolve().parent / name


def compile_translation(ts: Path, qm: Path) -> None:
    """Compile a Qt Linguist source file into the binary form a QTranslator loads."""
    import subprocess
    qm.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run([str(qt_tool("lrelease")), "-silent", str(ts), "-qm", str(qm)],
                   check=True, capture_output=True, text=True)


def translation_file(lang: str, name: str = "siaga") -> Path | None:
    """The compiled translation ``<name>_<lang>`` ("siaga": Siaga's strings; "qt": Qt's own), or None.

    An installed package carries ``<name>_<lang>.qm``. A source checkout that was never
    built may only have the ``.ts``: then it is compiled into the user's cache folder.
    """
    folder = resource_path("translations")
    qm = folder / f"{name}_{lang}.qm"
    if qm.is_file():
        return qm
    ts = folder / f"{name}_{lang}.ts"
    if not ts.is_file():
        return None
    import hashlib
    import subprocess

    import platformdirs  # only a checkout that was never built gets here
    # named by the source's content: a cache left by another checkout or version is never taken for this one
    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    cached = Path(platformdirs.user_cache_dir("siaga")) / "translations" / f"{qm.stem}-{digest}.qm"
    if not cached.is_file():
        log.warning("%s is not compiled (reinstall to build it); compiling it into %s", qm.name, cached.parent)
        try:
            compile_translation(ts, cached)
        except (OSError, subprocess.CalledProcessError) as exc:
            log.warning("could not compile %s: %s", ts.name, getattr(exc, "stderr", None) or exc)
            return None
    return cached


def install_language(app: QCoreApplication, lang: str) -> bool:
    """Show the interface in ``lang`` ("en", "id"); returns whether that language is now in effect.

    Any translators installed before are removed first, so switching back to English
    restores the source strings. Qt's own strings (standard buttons, dialogs) follow when
    Qt ships a translation for the language. Widgets re-read their texts on the
    ``LanguageChange`` event that installing or removing a translator sends.
    """
    global _language, _system_locale
    while _installed:
        app.removeTranslator(_installed.pop())
    _language = SOURCE_LANGUAGE
    if _system_locale is None:
        _system_locale = QLocale()
    QLocale.setDefault(_system_locale)  # dates and numbers as the desktop writes them, in English
    if lang == SOURCE_LANGUAGE:
        return True
    path = translation_file(lang)
    if path is None:
        log.warning("no translation for language %r; the interface stays in English", lang)
        return False
    own = QTranslator(app)
    if not own.load(str(path)):
        log.warning("could not load the translation %s; the interface stays in English", path)
        return False
    app.installTranslator(own)
    _installed.append(own)
    _language = lang
    # Qt's words that come from the locale (month and day names in calendars, dates in the file dialog)
    QLocale.setDefault(QLocale(lang))
    qtbase = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / f"qtbase_{lang}.qm"
    # Qt's own strings: Qt's translation if it ships one, then Siaga's (installed last, so it wins)
    for path in (qtbase if qtbase.is_file() else None, translation_file(lang, "qt")):
        if path is None:
            continue
        qt_own = QTranslator(app)
        if qt_own.load(str(path)):
            app.installTranslator(qt_own)
            _installed.append(qt_own)
        else:
            log.warning("could not load Qt's translation %s; Qt's buttons stay in English", path)
    return True

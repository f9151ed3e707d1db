"""Fonts for the scripts of Thai, Khmer, Lao and Burmese, loaded only when one is needed.

Most desktops have no font for these scripts, so the app carries Noto Sans for each
(``resources/fonts/``, SIL Open Font License; see SOURCES.md there). They are registered
with Qt the first time a report is to be read in one of these languages, or text in one
of these scripts is to be shown: an officer who reads only English or Indonesian pays
nothing for them at start. Once registered, a font is found by the platform's own fallback
(fontconfig on Linux); where that does not reach application fonts (its sample text still
misses glyphs), it is added to the application font's families, so every widget finds it.
Only then: a font of several families lays out mixed text in more pieces, which a PDF's
text layer shows as extra spaces around punctuation.

:func:`missing_glyphs` lays a text out as Qt will draw it and counts the characters drawn
as the empty "missing glyph" box; the smoke test of the packaged app uses it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtGui import QFont, QFontDatabase, QTextLayout
from PySide6.QtWidgets import QApplication

from ..base.resources import resource_path

log = logging.getLogger("siaga.gui.fonts")


@dataclass(frozen=True)
class ScriptFont:
    """The carried font of one script: its family name, files, and the Unicode blocks it covers."""

    script: str
    family: str
    files: tuple[str, ...]
    blocks: tuple[tuple[int, int], ...]
    #: a few words in the script, for the smoke test when no codebook text is at hand
    sample: str

    def covers(self, char: str) -> bool:
        point = ord(char)
        return any(low <= point <= high for low, high in self.blocks)


_FONTS = (
    ScriptFont("Thai", "Noto Sans Thai", ("NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf"),
               ((0x0E00, 0x0E7F),), "การแจ้งเตือนล่วงหน้า"),
    ScriptFont("Khmer", "Noto Sans Khmer", ("NotoSansKhmer-Regular.ttf", "NotoSansKhmer-Bold.ttf"),
               ((0x1780, 0x17FF), (0x19E0, 0x19FF)), "ការព្រមានជាមុន"),
    ScriptFont("Lao", "Noto Sans Lao", ("NotoSansLao-Regular.ttf", "NotoSansLao-Bold.ttf"),
               ((0x0E80, 0x0EFF),), "ການເຕືອນລ່ວງໜ້າ"),
    ScriptFont("Myanmar", "Noto Sans Myanmar", ("NotoSansMyanmar-Regular.ttf", "NotoSansMyanmar-Bold.ttf"),
               ((0x1000, 0x109F), (0xA9E0, 0xA9FF), (0xAA60, 0xAA7F)), "ကြိုတင်သတိပေးချက်"),
)
#: the script each language that needs a carried font is written in
SCRIPT_OF_LANGUAGE = {"th": "Thai", "km": "Khmer", "lo": "Lao", "my": "Myanmar"}
FONTS = {font.script: font for font in _FONTS}

_registered: set[str] = set()


def needs_font(lang: str | None) -> bool:
    """True for a language whose script most desktops cannot draw (th, km, lo, my)."""
    return lang in SCRIPT_OF_LANGUAGE


def registered() -> frozenset[str]:
    """The scripts whose fonts are registered in this run of the app."""
    return frozenset(_registered)


def _register(font: ScriptFont) -> bool:
    if font.script in _registered:
        return True
    families: set[str] = set()
    for name in font.files:
        path = resource_path("fonts", name)
        ident = QFontDatabase.addApplicationFont(str(path))
        if ident < 0:
            log.warning("the font %s could not be loaded; %s text may show empty boxes", path.name, font.script)
            continue
        families.update(QFontDatabase.applicationFontFamilies(ident))
    if font.family not in families:
        return False
    _registered.add(font.script)
    # fontconfig (Linux) falls back to application fonts by itself; where the platform's fallback
    # does not reach them, the family joins the application font's own list of families
    if QApplication.instance() is not None and missing_glyphs(font.sample):
        _add_fallback(font.family)
    log.info("font for %s registered", font.script)
    return True


def _add_fallback(family: str) -> None:
    """Put ``family`` after the application font's families, so every widget falls back to it."""
    app = QApplication.instance()
    if app is None:
        return
    app_font = app.font()
    families = list(app_font.families()) or [app_font.family()]
    if family not in families:
        app_font.setFamilies([*families, family])
        app.setFont(app_font)
    for first in families:
        if family.lower() not in (name.lower() for name in QFont.substitutes(first)):  # Qt keeps them lower-case
            QFont.insertSubstitution(first, family)


def ensure_for_language(lang: str | None) -> bool:
    """Register the font a language needs (once); False when it needs one that could not be loaded."""
    script = SCRIPT_OF_LANGUAGE.get(lang or "")
    return True if script is None else _register(FONTS[script])


def ensure_for_text(*texts: str) -> None:
    """Register the fonts of any carried script that appears in ``texts`` (a report's free text, say)."""
    wanted = {font.script for font in _FONTS if font.script not in _registered
              for text in texts if text for char in text if font.covers(char)}
    for script in sorted(wanted):
        _register(FONTS[script])


def missing_glyphs(text: str, font: QFont | None = None) -> list[str]:
    """The characters of ``text`` that Qt would draw as the missing-glyph box, with its fallbacks.

    The text is laid out as a label draws it; a glyph of index 0 is the font's ".notdef", the
    empty box. Spaces and line breaks are never counted.
    """
    app = QApplication.instance()
    layout = QTextLayout(text, font if font is not None else app.font())
    layout.beginLayout()
    while layout.createLine().isValid():
        pass
    layout.endLayout()
    if not any(run.glyphIndexes().count(0) for run in layout.glyphRuns()):
        return []
    # which characters: each on its own, as a run's glyphs need not map one to one onto characters
    return [char for char in dict.fromkeys(text) if not char.isspace() and _missing_one(char, layout.font())]


def _missing_one(char: str, font: QFont) -> bool:
    layout = QTextLayout(char, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return any(0 in run.glyphIndexes() for run in layout.glyphRuns())

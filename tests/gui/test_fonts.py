"""The carried fonts of Thai, Khmer, Lao and Burmese: registered only when needed, and then every glyph is drawn."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

from PySide6.QtWidgets import QLabel

from siaga.base.resources import resource_path
from siaga.gui import fonts

#: run in a fresh process: which fonts a process has registered is global to it
_FRESH = textwrap.dedent("""
    import json, sys
    from PySide6.QtWidgets import QApplication
    from siaga.gui import fonts
    app = QApplication([])
    out = {"at_start": sorted(fonts.registered())}
    out["missing_before"] = {s: len(fonts.missing_glyphs(f.sample)) for s, f in fonts.FONTS.items()}
    out["thai_ok"] = fonts.ensure_for_language("th")
    out["after_thai"] = sorted(fonts.registered())
    out["thai_missing_after"] = fonts.missing_glyphs(fonts.FONTS["Thai"].sample)
    out["app_font_kept"] = app.font().families()[-1] != "Noto Sans Thai"  # fontconfig found it alone
    fonts.ensure_for_text("ພາສາລາວ and English")
    out["after_lao_text"] = sorted(fonts.registered())
    # an inbox page whose summary is in Burmese: its font comes with the rows
    from siaga.gui.inbox_model import InboxModel
    from siaga.protocol import codebook
    row = {"id": "a" * 64, "received_at": 0, "type": "early-warning", "sender": "Yangon desk", "country": "MM",
           "summary": "ကြိုတင်သတိပေးချက်", "status": "new", "code": "rsit:other/other", "severity": 1,
           "tlp": "TLP:CLEAR", "countries": ["MM"], "trust": "verified"}
    model = InboxModel(lambda query, after, limit, on_page, on_error: on_page([row], None), codebook.current())
    model.setQuery(model.query())
    out["after_burmese_row"] = sorted(fonts.registered())
    print(json.dumps(out))
""")


def _fresh_process() -> dict:
    done = subprocess.run([sys.executable, "-c", _FRESH], capture_output=True, text=True, timeout=120,
                          stdin=subprocess.DEVNULL, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def test_fonts_are_registered_only_for_the_language_or_script_that_needs_them():
    seen = _fresh_process()
    assert seen["at_start"] == []
    assert seen["thai_ok"] is True
    assert seen["after_thai"] == ["Thai"]  # Khmer, Lao and Burmese stay unloaded
    assert seen["thai_missing_after"] == []
    assert seen["app_font_kept"] is True  # the platform's fallback draws it: the app font is left alone
    assert seen["after_lao_text"] == ["Lao", "Thai"]  # text in a script brings its font
    assert seen["after_burmese_row"] == ["Lao", "Myanmar", "Thai"]  # so does an inbox row written in it


def test_without_the_carried_fonts_this_machine_draws_empty_boxes():
    """The check is real: on a desktop with no font for these scripts, the samples are counted as missing."""
    seen = _fresh_process()
    system_has_them = [script for script, count in seen["missing_before"].items() if count == 0]
    # a machine with its own fonts for a script cannot show the difference for that script; the others must
    assert all(seen["missing_before"][s] > 0 for s in fonts.FONTS if s not in system_has_them)


def test_every_script_renders_with_no_missing_glyph_once_registered(qtbot):
    for lang in ("th", "km", "lo", "my"):
        assert fonts.ensure_for_language(lang)
    assert fonts.registered() == {"Thai", "Khmer", "Lao", "Myanmar"}
    for script, font in fonts.FONTS.items():
        label = QLabel(font.sample)
        qtbot.addWidget(label)
        assert fonts.missing_glyphs(label.text(), label.font()) == [], script
        bold = label.font()
        bold.setBold(True)
        assert fonts.missing_glyphs(font.sample, bold) == [], script
        assert not label.grab().toImage().isNull()


def test_where_the_platform_does_not_fall_back_the_family_joins_the_application_font():
    done = subprocess.run([sys.executable, "-c", textwrap.dedent("""
        from PySide6.QtGui import QFont
        from PySide6.QtWidgets import QApplication
        from siaga.gui import fonts
        app = QApplication([])
        first = app.font().families()[0]
        fonts._add_fallback("Noto Sans Khmer")
        print(app.font().families()[-1], "noto sans khmer" in [n.lower() for n in QFont.substitutes(first)])
    """)], capture_output=True, text=True, timeout=120, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.split()[-4:] == ["Noto", "Sans", "Khmer", "True"]


def test_languages_in_latin_script_need_no_font():
    assert [lang for lang in ("en", "id", "ms", "vi", "fil", "th", "km", "lo", "my") if fonts.needs_font(lang)] == \
        ["th", "km", "lo", "my"]
    assert fonts.ensure_for_language("vi") and fonts.ensure_for_language(None)


def test_missing_glyphs_names_the_characters_no_font_has(qtbot):
    # a private-use character: no font draws it
    assert fonts.missing_glyphs("ok \ue000") == ["\ue000"]
    assert fonts.missing_glyphs("Early warning 3") == []


def test_the_fonts_and_their_licence_are_carried():
    folder = resource_path("fonts")
    for font in fonts.FONTS.values():
        for name in font.files:
            assert (folder / name).read_bytes()[:4] == b"\x00\x01\x00\x00", name  # a TrueType file
    licence = (folder / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    sources = (folder / "SOURCES.md").read_text(encoding="utf-8")
    assert all(name in sources for font in fonts.FONTS.values() for name in font.files)


def test_every_codebook_text_in_thai_khmer_lao_and_burmese_is_drawn_with_no_missing_glyph(qtbot):
    """The carried fonts cover every character the codebook's language files use."""
    for lang in ("th", "km", "lo", "my"):
        path = resource_path("codebook", "languages", f"{lang}.json")
        assert fonts.ensure_for_language(lang)
        texts = json.loads(path.read_text(encoding="utf-8"))["texts"]
        drawn = {key: fonts.missing_glyphs(text) for key, fields in texts.items() for text in fields.values()}
        assert {key: missing for key, missing in drawn.items() if missing} == {}, lang

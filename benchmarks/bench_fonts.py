"""The carried script fonts: what they weigh, and what loading them lazily costs when a language needs them.

Each run is a fresh Python process (registered fonts stay for the life of a process): it
starts a QApplication, then times ``fonts.ensure_for_language`` for one of Thai, Khmer, Lao
or Burmese (reading the two font files and adding them as fallbacks), then the first layout
of a label's text in that script (Qt builds the font's shaping tables then), and checks that no
glyph is missing. The bytes on disk are those of ``resources/fonts``.

    .venv/bin/python benchmarks/bench_fonts.py [--runs 5] [--platform offscreen]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_CHILD = """
import json, sys, time
from PySide6.QtWidgets import QApplication, QLabel
from siaga.gui import fonts
app = QApplication([])
lang = sys.argv[1]
script = fonts.SCRIPT_OF_LANGUAGE[lang]
t0 = time.perf_counter()
ok = fonts.ensure_for_language(lang)
t1 = time.perf_counter()
label = QLabel(fonts.FONTS[script].sample)
missing = fonts.missing_glyphs(label.text(), label.font())
label.grab()
t2 = time.perf_counter()
print(json.dumps({"ok": ok, "register_ms": (t1 - t0) * 1000, "first_label_ms": (t2 - t1) * 1000,
                  "missing": missing}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--platform", default="offscreen")
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM=args.platform)
    folder = ROOT / "resources" / "fonts"
    sizes = {path.name: path.stat().st_size for path in sorted(folder.glob("*.ttf"))}
    print(f"fonts in resources/fonts: {len(sizes)} files, {sum(sizes.values()) / 1024:.0f} KiB")
    for name, size in sizes.items():
        print(f"  {name:32} {size / 1024:6.0f} KiB")
    print(f"\nlazy registration, fresh process each, median of {args.runs} (ms):")
    print(f"  {'language':8} {'register':>9} {'first label':>12}  glyphs")
    for lang in ("th", "km", "lo", "my"):
        runs = []
        for _ in range(args.runs):
            done = subprocess.run([sys.executable, "-c", _CHILD, lang], capture_output=True, text=True,
                                  timeout=120, env=env, check=True)
            runs.append(json.loads(done.stdout.splitlines()[-1]))
        register = statistics.median(r["register_ms"] for r in runs)
        first = statistics.median(r["first_label_ms"] for r in runs)
        glyphs = "all drawn" if all(r["ok"] and not r["missing"] for r in runs) else f"MISSING {runs[-1]['missing']}"
        print(f"  {lang:8} {register:9.1f} {first:12.1f}  {glyphs}")


if __name__ == "__main__":
    main()

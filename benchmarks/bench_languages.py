"""The codebook in every language: what the language files cost at load, and rendering a report in each language.

Loads the codebook set (the current file, its language files merged, the modules
already imported) in fresh processes, with the language files and without them (a copy of the resources with
an empty ``languages`` folder), and times one report rendered in each language
(codes, CLDR country names and dates) after a first rendering in that language.

    .venv/bin/python benchmarks/bench_languages.py [--runs 9] [--renders 2000]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOAD = ("import time; from siaga.protocol import codebook; from siaga.base.resources import resource_path; "
        "t = time.perf_counter(); b = codebook.CodebookSet(resource_path('codebook')).current; "
        "print(time.perf_counter() - t, len(b.languages))")
BABEL = "import time; t = time.perf_counter(); import babel.dates; print(time.perf_counter() - t)"


def load_times(runs: int, resources: Path | None) -> tuple[list[float], int]:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "desktop"))
    if resources is not None:
        env["SIAGA_RESOURCES"] = str(resources)
    times, count = [], 0
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", LOAD], capture_output=True, text=True, env=env, check=True)
        seconds, languages = out.stdout.split()
        times.append(float(seconds))
        count = int(languages)
    return times, count


def babel_import(runs: int) -> list[float]:
    """Importing babel (as base/cldr.py does on first use) in a fresh process."""
    return [float(subprocess.run([sys.executable, "-c", BABEL], capture_output=True, text=True, check=True).stdout)
            for _ in range(runs)]


def figures(times: list[float]) -> str:
    """Median and fastest, in ms: on a shared machine the fastest run is the one least disturbed."""
    return f"{statistics.median(times) * 1000:.1f} ms median, {min(times) * 1000:.1f} ms fastest of {len(times)}"


def render_times(count: int) -> dict[str, float]:
    sys.path.insert(0, str(ROOT / "desktop"))
    from siaga.protocol import codebook
    from siaga.protocol.message import StationInfo, build_report
    from siaga.protocol.render import report_lines

    book = codebook.current()
    now = datetime(2026, 11, 24, 3, 22, tzinfo=timezone.utc)
    content = build_report({"code": "rsit:malicious-code/infected-system", "severity": 3, "tlp": "TLP:AMBER",
                            "scope": "regional", "countries": ["ASEAN", "TH", "VN"], "lang": "th",
                            "observed_at": "2026-11-24T01:30:00Z", "summary": "Ransomware on file servers",
                            "observations": ["ransom-note"], "sectors": ["government"],
                            "impact": {"functional": "minimal-critical"}},
                           StationInfo(bytes(32), "TH duty desk", "ThaiCERT", "TH"), book, now=now)
    out = {}
    for lang in book.languages:
        report_lines(content, book, lang)  # CLDR's data for the language read once
        start = time.perf_counter()
        for _ in range(count):
            report_lines(content, book, lang)
        out[lang] = (time.perf_counter() - start) / count
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--renders", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        bare = Path(tmp) / "resources"
        shutil.copytree(ROOT / "resources" / "codebook", bare / "codebook",
                        ignore=shutil.ignore_patterns("languages"))
        (bare / "codebook" / "languages").mkdir()
        without, few = load_times(args.runs, bare)
        with_files, many = load_times(args.runs, None)
    print(f"codebook load, {few} languages (no language files): {figures(without)}")
    print(f"codebook load, {many} languages:                      {figures(with_files)}")
    print(f"import babel.dates:                                 {figures(babel_import(args.runs))}")
    for lang, seconds in render_times(args.renders).items():
        print(f"render one report in {lang:3}: {seconds * 1e6:7.1f} µs (mean of {args.renders})")


if __name__ == "__main__":
    main()

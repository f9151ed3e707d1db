#!/usr/bin/env bash
# Build the self-contained Siaga app for this platform (Linux here; docs/PACKAGING.md for Windows
# and macOS) into dist/siaga/: one folder that runs with no Python installed (dist/siaga/siaga).
#
#     bash packaging/build_app.sh
#
# Sets up .venv when missing (packaging/bootstrap.sh), installs the "package" extras
# (PyInstaller, Pillow), compiles the translations, runs PyInstaller on packaging/siaga.spec
# and prints the size of the folder. Then: bash packaging/smoke_test.sh
set -euo pipefail
cd "$(dirname "$0")/.."

[ -x .venv/bin/python ] || bash packaging/bootstrap.sh
# the build hook compiles the translations with the lrelease already in .venv (see bootstrap.sh)
SIAGA_LRELEASE="$(.venv/bin/python -c \
  'import pathlib, PySide6; print(pathlib.Path(PySide6.__file__).resolve().parent / "lrelease")')"
export SIAGA_LRELEASE
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[package]'

echo "build_app: compiling translations"
.venv/bin/python - <<'PY'
from pathlib import Path
from siaga.gui.i18n import compile_translation
for ts in sorted(Path("resources/translations").glob("*.ts")):
    compile_translation(ts, ts.with_suffix(".qm"))
    print(f"  {ts.with_suffix('.qm')}")
PY

echo "build_app: running PyInstaller (about a minute)"
.venv/bin/python -m PyInstaller --noconfirm --log-level WARN --workpath build/pyinstaller --distpath dist \
  packaging/siaga.spec

echo "build_app: built dist/siaga ($(du -sh dist/siaga | cut -f1)); run it as dist/siaga/siaga"

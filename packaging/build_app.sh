#!/usr/bin/env bash
# Build the self-contained Siaga app for this platform (Linux here; docs/PACKAGING.md for Windows
# and macOS) into dist/siaga/: one folder that runs with no Python installed (dist/siaga/siaga).
#
#     bash packaging/build_app.sh
#
# Sets up .venv when missing (packaging/bootstrap.sh), installs the "package" extras
# (PyInstaller, Pillow) into it, compiles the translations, runs PyInstaller on packaging/siaga.spec
# and prints the size of the folder. Then: bash packaging/smoke_test.sh
set -euo pipefail
cd "$(dirname "$0")/.."

[ -x .venv/bin/python ] || bash packaging/bootstrap.sh   # Siaga itself, installed editable
# the "package" extras of pyproject.toml, without reinstalling Siaga
mapfile -t tools < <(.venv/bin/python -c \
  'import tomllib; print(*tomllib.load(open("pyproject.toml", "rb"))["project"]["optional-dependencies"]["package"], sep="\n")')
.venv/bin/python -m pip install --quiet --disable-pip-version-check "${tools[@]}"

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

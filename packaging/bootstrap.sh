#!/usr/bin/env bash
# Prepare a checkout to run and test Siaga: the system libraries Qt needs and openssl
# (Debian/Ubuntu, installed only when missing), then a virtual environment in
# .venv with Siaga (editable) and its test tools. Safe to run again; no prompts.
set -euo pipefail
cd "$(dirname "$0")/.."

SYSTEM_PACKAGES="openssl libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3 libxkbcommon0
  libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0
  libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-xkb1 libx11-xcb1"

if command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  missing=()
  for pkg in $SYSTEM_PACKAGES; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    if [ "$(id -u)" != 0 ]; then sudo="sudo -n"; fi
    echo "bootstrap: installing system packages (Qt libraries, openssl): ${missing[*]}"
    if ! { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq \
        --no-install-recommends "${missing[@]}" >/dev/null; }; then
      echo "bootstrap: could not install ${missing[*]}; the desktop app may not start" >&2
    fi
  fi
fi

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip >/dev/null
# The build hook (packaging/hatch_build.py) compiles the translations with lrelease. Once
# PySide6 is in .venv its lrelease is used; on a fresh .venv the hook has PySide6-Essentials
# installed into the isolated build environment instead (a few seconds more).
if [ -z "${SIAGA_LRELEASE:-}" ] && lrelease="$(.venv/bin/python -c \
    'import pathlib, PySide6; print(pathlib.Path(PySide6.__file__).resolve().parent / "lrelease")' 2>/dev/null)"; then
  export SIAGA_LRELEASE="$lrelease"
fi
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[test]'

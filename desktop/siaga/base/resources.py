"""Where the data files (codebook, translations, icons) are.

An installed wheel carries them inside the package as ``siaga/resources``; a
source checkout keeps them in the top-level ``resources/`` folder; the
self-contained app built by PyInstaller (packaging/siaga.spec) unpacks them into
``siaga/resources`` under its bundle folder (``sys._MEIPASS``, beside the
executable in a one-folder build).
"""

from __future__ import annotations

import functools
import os
import sys
from pathlib import Path


def _candidates() -> list[Path]:
    here = Path(__file__).resolve().parent.parent  # the package folder (this module is in siaga/base)
    found = []
    if getattr(sys, "frozen", False):
        bundle = getattr(sys, "_MEIPASS", None) or Path(sys.executable).resolve().parent
        found.append(Path(bundle) / "siaga" / "resources")
    return [*found, here / "resources", here.parent.parent / "resources"]


@functools.cache
def resource_dir() -> Path:
    override = os.environ.get("SIAGA_RESOURCES")
    if override:
        return Path(override)
    for candidate in _candidates():
        if (candidate / "codebook").is_dir():
            return candidate
    raise FileNotFoundError("the Siaga resources folder (codebook, translations) is missing from this installation")


def resource_path(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)

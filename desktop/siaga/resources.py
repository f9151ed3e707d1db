"""Where the data files (codebook, translations, icons) are.

An installed wheel carries them inside the package as ``siaga/resources``; a
source checkout keeps them in the top-level ``resources/`` folder.
"""

from __future__ import annotations

import functools
import os
from pathlib import Path


@functools.cache
def resource_dir() -> Path:
    override = os.environ.get("SIAGA_RESOURCES")
    if override:
        return Path(override)
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent.parent / "resources"):
        if (candidate / "codebook").is_dir():
            return candidate
    raise FileNotFoundError("the Siaga resources folder (codebook, translations) is missing from this installation")


def resource_path(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)

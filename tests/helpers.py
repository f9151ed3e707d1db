"""Small helpers shared by tests (import as ``from helpers import ...``)."""

from __future__ import annotations

import json
from pathlib import Path

PASSPHRASE = "correct horse battery staple"


def link(a, b):
    """Make two stations peers of each other; return (peer of b at a, peer of a at b)."""
    return a.add_peer(b.card_bytes()), b.add_peer(a.card_bytes())


def write_json(path: Path, value) -> Path:
    path.write_text(json.dumps(value), encoding="utf-8")
    return path


def wait_for(qtbot, op, timeout=10_000):
    """Wait until a desktop worker operation has finished or failed; return its result (raise its error)."""
    qtbot.waitUntil(lambda: op.done, timeout=timeout)
    if op.error is not None:
        raise op.error
    return op.result

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


#: contact names in scripts outside Latin-1 (a printed page must not turn them into "?")
THAI_NAME = "Somchai สมชาย"
KHMER_NAME = "Sokha សុខា"


def pdf_pages(path: Path) -> list[str]:
    """The text of each page of a PDF, as a reader extracts it: ligatures as their letters (NFKC), each run of
    spaces, tabs and line ends as one space."""
    import unicodedata

    from pypdf import PdfReader
    return [" ".join(unicodedata.normalize("NFKC", page.extract_text()).split()) for page in PdfReader(path).pages]


def assert_names_printed(text: str, *names: str) -> None:
    """Each name ("Latin native") printed, never a "?" for a character; needs a Qt app.

    The fonts Siaga ships for the script are registered first, so a Thai name is read back whole. Qt's PDF maps a
    Khmer cluster drawn as one glyph (a consonant with its vowel) to no character, so of a Khmer
    name its first letter is read back. With no font, only the Latin part can be read back.
    """
    import unicodedata

    from PySide6.QtGui import QFontDatabase

    from siaga.gui import fonts
    fonts.ensure_for_text(*names)  # the fonts Siaga ships: the check is as strict whatever ran before
    systems = QFontDatabase.writingSystems()
    for name in names:
        latin, native = name.split(" ", 1)
        assert latin in text, (name, text)
        script = unicodedata.name(native[0]).split()[0]
        if script == "THAI" and QFontDatabase.WritingSystem.Thai in systems:
            assert name in text, (name, text)
        elif script == "KHMER" and QFontDatabase.WritingSystem.Khmer in systems:
            assert f"{latin} {native[0]}" in text, (name, text)
    assert "?" not in text, text


def late_partner(net, draft):
    """Jakarta's severity-4 report of three hours ago, to Kuala Lumpur and Manila: Kuala Lumpur acknowledged
    it in time, Manila not at all. Returns the report's id."""
    from datetime import timedelta

    from siaga.delivery.receiving import accept
    from siaga.protocol.message import build_ack, build_report, utc_now

    jkt, kl = net.jakarta, net.kl
    start = utc_now() - timedelta(hours=3)
    content = build_report(dict(draft, severity=4), jkt.info, jkt.books.current, now=start)
    root = jkt.queue_content(content, [jkt.peer(net.id("kl")), jkt.peer(net.id("manila"))])
    accept(kl, [jkt.outgoing.envelopes([root])[root]], net.peers[("kl", "jakarta")])
    ack = kl.queue_content(build_ack(root, "received", "", kl.info, kl.books.current, now=start + timedelta(hours=1)),
                           [kl.peer(net.id("jakarta", at="kl"))])
    accept(jkt, [kl.outgoing.envelopes([ack])[ack]], net.peers[("jakarta", "kl")])
    return root


def as_older_schema(db_file, version: int, *undo: str) -> None:
    """Make a closed store's file look as an older program left it: ``undo`` statements, then its version."""
    import sqlite3

    conn = sqlite3.connect(db_file)
    try:
        for statement in undo:
            conn.execute(statement)
        conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(version).encode()])
        conn.commit()
    finally:
        conn.close()

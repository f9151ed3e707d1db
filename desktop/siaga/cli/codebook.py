"""Commands on the codebook and code lines (no station needed)."""

from __future__ import annotations

import argparse
import logging
from typing import Any

from ..base.errors import InputError
from ..base.languages import LANGUAGES
from ..protocol import codebook as codebook_mod
from .common import print_json
from .reading import print_note, reader_language

log = logging.getLogger("siaga.cli")


def cmd_codebook_list(args: argparse.Namespace) -> int:
    book = codebook_mod.current()
    lang = reader_language(args)
    kinds = [args.kind] if args.kind else ["classifications", "severity", "tlp", "pap", "message_types",
                                          "scopes", "observations"]
    out = {}
    for kind in kinds:
        if kind != "classifications" and kind not in book.data:
            raise InputError(f"unknown list {kind!r}")
        out[kind] = [{"code": e.get("code", e.get("level")), "label": book.label(kind, e.get("code", e.get("level")),
                                                                                  lang)}
                     for e in book.entries(kind)]
    if args.json:
        print_json({"version": book.version, "hash": book.content_hash, **out})
        return 0
    print(f"Codebook {book.version} ({book.content_hash[:16]})")
    print_note(book, lang)
    for kind, rows in out.items():
        print(f"\n[{kind}]")
        for row in rows:
            print(f"  {row['code']!s:50} {row['label']}")
    return 0


def _find_entry(book: codebook_mod.Codebook, code: str) -> tuple[str, dict]:
    for kind in codebook_mod.KINDS:
        key: Any = code
        if kind == "severity":
            if not code.isdigit():
                continue
            key = int(code)
        if kind in ("tlp", "pap"):
            key = code.upper()
        if book.has(kind, key):
            return kind, book.entry(kind, key)
    raise InputError(f"no code {code!r} in codebook {book.version}")


def cmd_codebook_show(args: argparse.Namespace) -> int:
    book = codebook_mod.current()
    lang = reader_language(args)
    kind, entry = _find_entry(book, args.code)
    if kind == "countries":  # its names come from CLDR, in every language
        entry = {**entry, "label": {other: book.label(kind, entry["code"], other) for other in LANGUAGES}}
    if args.json:
        print_json({"kind": kind, **entry})
        return 0
    code = entry.get("code", entry.get("level"))
    print(f"{code}  [{kind}]")
    print(f"  {book.label(kind, code, lang)}")
    for key in ("description", "help"):
        if key in entry:
            print(f"  {book.text(kind, code, key, lang)}")
    print_note(book, lang)
    if kind == "observations":
        for sug in entry["suggests"]:
            print(f"  suggests {sug['code']} (weight {sug['weight']})")
    if kind == "groups":
        print("  members: " + ", ".join(entry["members"]))
    return 0


def cmd_codebook_suggest(args: argparse.Namespace) -> int:
    book = codebook_mod.current()
    lang = reader_language(args)
    ranked = book.suggest(args.observations)
    if args.json:
        print_json([{"code": s.code, "score": s.score, "reasons": list(s.reasons)} for s in ranked])
        return 0
    for i, s in enumerate(ranked, 1):
        reasons = " + ".join(book.label("observations", r, lang) for r in s.reasons)
        print(f"{i:2}. {s.code:48} {s.score:.2f}  {book.label('classifications', s.code, lang)}")
        print(f"    because: {reasons}")
    return 0

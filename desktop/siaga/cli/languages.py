"""The codebook's languages: each one's status and what its file lacks, and a file to fill for review."""

from __future__ import annotations

import argparse
import json

from ..base import cldr
from ..base.errors import InputError
from ..base.languages import LANGUAGES
from ..protocol import codebook as codebook_mod, codebook_languages
from .common import print_json


def cmd_codebook_languages(args: argparse.Namespace) -> int:
    """Every language reports are read in: its names (CLDR), its status, how many texts its file lacks."""
    book = codebook_mod.current()
    rows = [{"code": lang, "name": cldr.language_name(lang, "en"), "own_name": cldr.own_name(lang),
             "status": book.status(lang) or "missing", "missing": [m for m in book.missing(lang)
                                                                  if not m.startswith("+ ")],
             "extra": [m[2:] for m in book.missing(lang) if m.startswith("+ ")]} for lang in LANGUAGES]
    if args.json:
        print_json({"version": book.version, "hash": book.content_hash, "languages": rows})
        return 0
    print(f"Codebook {book.version} ({book.content_hash[:16]})")
    for row in rows:
        gaps = f"{len(row['missing'])} texts missing" if row["missing"] else "complete"
        extra = f", {len(row['extra'])} unknown keys" if row["extra"] else ""
        print(f"  {row['code']:4} {row['name'] + ' (' + row['own_name'] + ')':32} {row['status']:14} {gaps}{extra}")
        for key in row["missing"][:5] if args.missing else []:
            print(f"       missing {key}")
    return 0


def cmd_codebook_template(args: argparse.Namespace) -> int:
    """A language file to fill or review: its texts where it has them, the English text where it has none."""
    lang = args.language
    if lang not in LANGUAGES or lang in codebook_languages.INLINE:
        raise InputError(f"no language file for {lang!r}: one of "
                         f"{', '.join(c for c in LANGUAGES if c not in codebook_languages.INLINE)}")
    book = codebook_mod.current()
    template = codebook_languages.template(book.data, lang)
    own = book.language_files.get(lang)
    if own is not None:
        template["status"] = own.status
        for key, texts in template["texts"].items():
            texts.update({name: value for name, value in own.texts.get(key, {}).items() if name in texts})
    print(json.dumps(template, indent=1, ensure_ascii=False))
    return 0

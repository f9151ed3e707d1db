"""Code lines: write one (for one peer, with its tag), decode one, file one in the inbox."""

from __future__ import annotations

import argparse

from ..base.errors import CodeLineError
from ..protocol import codebook as codebook_mod, codeline
from .common import open_station, print_json, shown
from .reading import print_note, reader_language


def cmd_codeline_encode(args: argparse.Namespace) -> int:
    with open_station(args) as station:
        if args.peer:
            line = station.code_line_for(args.message_id, args.peer)
        else:
            opened = station.read_outbox(args.message_id)
            line = codeline.encode(opened.content, opened.msg_id, station.books.get(opened.content["codebook"]))
    print(line)
    return 0


def _tag_verdict(args: argparse.Namespace, line: str) -> dict:
    """Whether a tagged line's tag is valid for a known peer, and which (the station is opened for it)."""
    with open_station(args) as station:
        try:
            checked = station.check_code_line(line)
        except CodeLineError as exc:
            detail = exc.params.get("detail")
            return {"valid": False, "reason": getattr(detail, "code", exc.code), "detail": str(detail)}
        peer = checked.peer
        return {"valid": True, "peer": peer.id, "name": peer.card.name, "org": peer.card.org,
                "country": peer.card.country}


def cmd_codeline_decode(args: argparse.Namespace) -> int:
    books = codebook_mod.codebooks()
    fields = codeline.decode(args.line, books)
    verdict = _tag_verdict(args, args.line) if "tag" in fields else None
    if args.json:
        print_json({**fields, **({"tag_check": verdict} if verdict else {})})
        return 0
    book, lang = books.get(fields["codebook"]), reader_language(args)
    for name, value in codeline.render(fields, book, lang):
        print(f"{name:12} {shown(value)}")
    print_note(book, lang, width=13)
    if verdict is None:
        print(f"{'tag':12} none: anyone could have written this line")
    elif verdict["valid"]:
        print(f"{'tag':12} valid: from {shown(verdict['peer'])} ({shown(verdict['name'])}, "
              f"{shown(verdict['org'])}, {shown(verdict['country'])})")
    else:
        print(f"{'tag':12} NOT valid: {verdict['detail']}")
    return 0


def cmd_codeline_ingest(args: argparse.Namespace) -> int:
    with open_station(args) as station:
        row_id, checked, new = station.ingest_code_line(args.line)
    by = checked.peer.id if checked.peer else None
    if args.json:
        print_json({"id": row_id, "new": new, "authenticated_by": by})
        return 0
    mark = f"authenticated by {shown(by)}" if by else "NOT authenticated (no tag)"
    print(f"{row_id} {'filed' if new else 'already in the inbox'}: received as a code line, {mark}")
    return 0

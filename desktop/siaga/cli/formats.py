"""Commands that speak other tools' formats: export (STIX, MISP), import stix."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import Any, Callable

from ..base.errors import InputError
from ..base.fileio import atomic_write
from ..interop import exports
from ..interop.stix_import import MAX_STIX_BYTES, import_stix
from .common import open_station, print_json, read_input, shown

log = logging.getLogger("siaga.cli")


def _progress_bar(label: str) -> Callable[[int, int], None]:
    def show(done: int, total: int) -> None:
        if total and sys.stderr.isatty():
            filled = int(30 * done / total)
            end = "\n" if done >= total else ""
            print(f"\r{label} [{'#' * filled}{'.' * (30 - filled)}] {done}/{total}", end=end, file=sys.stderr,
                  flush=True)
    return show


def cmd_export(args: argparse.Namespace) -> int:
    if args.all and args.ids:
        raise InputError("give report ids or --all, not both")
    with open_station(args) as station:
        items = exports.collect(station, None if args.all else args.ids, _progress_bar("reading"))
        if args.format == "stix":
            document: Any = exports.stix_bundle(station, items)
        else:
            document = exports.misp_events(items, station)
    atomic_write(Path(args.out), (json.dumps(document, indent=1, ensure_ascii=False) + "\n").encode("utf-8"),
                 mode=0o600)
    print(f"{len(items)} report(s) written to {args.out} ({'STIX 2.1 bundle' if args.format == 'stix' else 'MISP events'})")
    return 0


def cmd_import_stix(args: argparse.Namespace) -> int:
    data = read_input(args.file, "STIX bundle", MAX_STIX_BYTES)
    with open_station(args) as station:
        found_new = import_stix(station, data, source=Path(args.file).name)
    found, new = found_new
    refused = getattr(found_new, "refused", [])
    if args.json:
        print_json({"incidents": found, "new": new, "refused": [str(r) for r in refused]})
    else:
        print(f"{found} incident(s) read, {new} new, {len(refused)} refused; shown as external (unsigned) reports")
        for reason in refused:
            print(f"siaga: refused: {shown(reason)}", file=sys.stderr)
    return 0

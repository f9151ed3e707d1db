"""Commands on the audit log: audit verify/list/export."""

from __future__ import annotations

import argparse
import logging
from pathlib import Path

from ..base.errors import InputError
from .common import open_station, print_json, shown

log = logging.getLogger("siaga.cli")


def _audit_line(entry: dict) -> str:
    details = []
    for key, value in entry.items():
        if key in ("seq", "at", "event", "hash"):
            continue
        if key in ("msg", "ref"):
            value = str(value)[:16]
        elif isinstance(value, list):
            value = ",".join(str(v)[:16] for v in value)
        details.append(f"{key}={value}")
    return f"{entry['seq']:>6}  {entry.get('at', '-'):20}  {entry['event']:16} {' '.join(details)}".rstrip()


def cmd_audit_verify(args: argparse.Namespace) -> int:
    with open_station(args) as station:
        verdict = station.verify_audit()
    if args.json:
        print_json(verdict.to_dict())
        return 0 if verdict.intact else 1
    verdict.check()
    print(f"The audit log is intact: {verdict.entries} {'entry' if verdict.entries == 1 else 'entries'},"
          " chained and signed.")
    return 0


def cmd_audit_list(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise InputError("--limit must be at least 1")
    with open_station(args) as station:
        entries = station.audit_entries(args.limit)
    if args.json:
        print_json(entries)
    elif not entries:
        print("The audit log is empty.")
    else:
        print("\n".join(shown(_audit_line(entry)) for entry in entries))
    return 0


def cmd_audit_export(args: argparse.Namespace) -> int:
    fmt = "csv" if args.csv else "json"
    with open_station(args) as station:
        count = station.export_audit(Path(args.out), fmt)
    print(f"{count} audit {'entry' if count == 1 else 'entries'} written to {args.out} ({fmt.upper()})")
    return 0

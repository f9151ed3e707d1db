"""Commands on what the officer did with received reports: inbox ack (one or several), inbox read."""

from __future__ import annotations

import argparse

from .common import open_station


def cmd_inbox_ack(args: argparse.Namespace) -> int:
    """Acknowledge each message named, all or none; print each acknowledgement's id, one a line."""
    with open_station(args) as station:
        done = station.acknowledge_all(args.message_ids, args.status, args.note or "")
    for _msg_id, ack_id in done:
        print(ack_id)
    return 0


def cmd_inbox_read(args: argparse.Namespace) -> int:
    """Mark messages read here (as opening them in the app does); print each one's full id."""
    with open_station(args) as station:
        ids = [station.resolve_inbox_id(ref) for ref in args.message_ids]  # all known before any is marked
        for msg_id in ids:
            station.mark_read(msg_id)
    for msg_id in ids:
        print(msg_id)
    return 0

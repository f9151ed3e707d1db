"""Commands on the directory of peers: peer add/add-taxii/list/verify, ping."""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys

from ..base.errors import InputError
from ..station.directory import VERIFIED
from .common import open_station, print_json, read_input, shown

log = logging.getLogger("siaga.cli")


def _is_picture(data: bytes) -> bool:
    """A photo or scan (read for its QR code) rather than a card file: PNG, JPEG, GIF, BMP, TIFF or WebP."""
    return data.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"BM", b"II*\x00", b"MM\x00*")) or (
        data[:4] == b"RIFF" and data[8:12] == b"WEBP")


def cmd_peer_add(args: argparse.Namespace) -> int:
    data = read_input(args.card, "contact card", 20 * 1024 * 1024)
    with open_station(args) as station:
        if _is_picture(data):
            peer = station.add_peer_from_picture(data, args.url, args.cert, args.via)
        else:
            peer = station.add_peer(data, args.url, args.cert, args.via)
        if args.json:
            print_json(peer.to_dict())
        else:
            print(peer.id)
            print(f"Added {shown(peer.card.name)} ({shown(peer.card.org)}, {shown(peer.card.country)}) as "
                  "unverified.", file=sys.stderr)
            print(f"Compare these digits with them, then run 'siaga peer verify {peer.id}':", file=sys.stderr)
            print(f"  {peer.card.fingerprint}", file=sys.stderr)
    return 0


def cmd_peer_add_taxii(args: argparse.Namespace) -> int:
    password = token = ""
    if args.user:
        password = os.environ.get("SIAGA_TAXII_PASSWORD") or ""
        if not password:
            if not sys.stdin or not sys.stdin.isatty():
                raise InputError("no TAXII password: set SIAGA_TAXII_PASSWORD or run in a terminal")
            password = getpass.getpass(f"TAXII password for {args.user}: ")
    else:
        token = os.environ.get("SIAGA_TAXII_TOKEN") or ""
    with open_station(args) as station:
        peer = station.add_taxii_peer(args.url, args.name, user=args.user or "", password=password, token=token,
                                      country=args.country or "", cert=args.cert)
    if args.json:
        print_json(peer.to_dict())
    else:
        print(peer.id)
        print(f"Added TAXII collection {shown(peer.card.name)} as unverified; reports reach it as STIX 2.1.",
              file=sys.stderr)
    return 0


def cmd_peer_list(args: argparse.Namespace) -> int:
    with open_station(args) as station:
        peers = [p.to_dict() for p in station.peers()]
    if args.json:
        print_json(peers)
    elif not peers:
        print("No peers yet: add one with 'siaga peer add CARD_FILE'.")
    else:
        for p in peers:
            print(f"{p['id']}  {p['trust']:10}  {shown(p['country'])}  {shown(p['name'])} ({shown(p['org'])})  "
                  f"{shown(p['url'] or '-')}")
    return 0


def cmd_peer_verify(args: argparse.Namespace) -> int:
    with open_station(args) as station:
        peer = station.set_trust(args.peer_id, VERIFIED)
    print(f"{peer.id} ({shown(peer.card.name)}) is now verified.")
    return 0


def cmd_ping(args: argparse.Namespace) -> int:
    with open_station(args) as station:
        print(station.ping(args.peer_id))
    return 0

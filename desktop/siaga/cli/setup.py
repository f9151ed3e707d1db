"""Commands that set up this station: init, station, passphrase, keys, card."""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys

from ..base.errors import AlreadyInitialised, InputError, NotInitialised
from ..station.facade import Station
from ..storage import keystore
from .common import ask_passphrase, home_of, open_station, print_json, shown, write_output

log = logging.getLogger("siaga.cli")


def cmd_init(args: argparse.Namespace) -> int:
    home = home_of(args)
    if keystore.exists(home):
        raise AlreadyInitialised(home=str(home))
    passphrase = ask_passphrase("New passphrase: ", confirm=True)
    if args.clock:
        from ..protocol.clocks import clockbook
        clockbook().get(args.clock)  # an unknown profile is refused before anything is created
    with Station.create(home, passphrase, args.name, args.org, args.country, args.url) as station:
        if args.clock:
            station.incidents.set_default_profile(args.clock)
        if args.json:
            print_json({"home": str(home), "fingerprint": station.fingerprint, **station.profile})
        else:
            print(f"Station created in {home}")
            print(f"Fingerprint: {station.fingerprint}")
            print("Read these digits to your counterparts so they can verify your contact card.")
    return 0


def cmd_station(args: argparse.Namespace) -> int:
    with open_station(args) as station:
        info = {"home": str(station.home), "fingerprint": station.fingerprint, **station.profile}
        if args.json:
            print_json(info)
        else:
            for key in ("name", "org", "country", "url", "fingerprint", "home"):
                print(f"{key:12} {shown(info[key])}")
    return 0


def cmd_passphrase(args: argparse.Namespace) -> int:
    home = home_of(args)
    old = ask_passphrase("Current passphrase: ")
    new = os.environ.get("SIAGA_NEW_PASSPHRASE")
    if new is None:
        if not sys.stdin.isatty():
            raise InputError("no new passphrase: set SIAGA_NEW_PASSPHRASE or run in a terminal")
        new = getpass.getpass("New passphrase: ")
        if getpass.getpass("Repeat new passphrase: ") != new:
            raise InputError("the two passphrases differ")
    keystore.check_passphrase_rules(new)
    if not keystore.exists(home):
        raise NotInitialised(home=str(home))
    with Station.open(home, old) as station:
        station.change_passphrase(old, new)
    print("Passphrase changed.")
    return 0


def cmd_keys_rotate(args: argparse.Namespace) -> int:
    passphrase = ask_passphrase()
    with open_station(args) as station:
        fingerprint = station.rotate_keys(passphrase)
        told = len(station.pending_statements())
    print(f"New keys. Fingerprint: {fingerprint}")
    print(f"{told} peer(s) will be told on the next sync (or bundle); restart 'siaga serve' if it runs.")
    return 0


def cmd_keys_revoke(args: argparse.Namespace) -> int:
    if not args.yes:
        raise InputError("revoking stops all traffic with this station for good: repeat with --yes")
    passphrase = ask_passphrase()
    with open_station(args) as station:
        station.revoke_keys(passphrase)
        told = len(station.pending_statements())
    print(f"Keys revoked. {told} peer(s) will be told on the next sync (or bundle); this station sends nothing else.")
    return 0


def _card_pdf(station) -> bytes:
    """The card's printable page typeset by Qt with no window (Qt loaded for ``--pdf`` only)."""
    from ..gui.headless import printing
    return printing().card_pdf(station.card_page())


def cmd_card_export(args: argparse.Namespace) -> int:
    with open_station(args) as station:
        if args.url:
            station.set_url(args.url)
        extras = [(getattr(args, "qr", None), station.card_qr_png, "QR code"),
                  (getattr(args, "pdf", None), lambda: _card_pdf(station), "Printable page")]
        if args.out or not any(path for path, _, _ in extras):  # with only --qr or --pdf, no card on the terminal
            write_output(args.out, station.card_bytes())
        if args.out and args.out != "-":
            print(f"Contact card written to {args.out}", file=sys.stderr)
        for path, make, what in extras:
            if path:
                write_output(path, make())
                print(f"{what} written to {path}", file=sys.stderr)
    return 0

"""peer preview: what a contact card (or a photo of its QR code) says, checked; nothing is saved."""

from __future__ import annotations

import argparse

from .common import open_station, print_json, read_input, shown


def cmd_peer_preview(args: argparse.Namespace) -> int:
    data = read_input(args.card, "contact card", 20 * 1024 * 1024)
    with open_station(args) as station:
        # a card file is JSON; anything else is read as a photo or scan of its QR code
        is_card = data.lstrip()[:1] == b"{"
        preview = station.preview_card(data) if is_card else station.preview_card_picture(data)
    if args.json:
        print_json(preview.to_dict())
        return 0
    print(f"Name          {shown(preview.name)}")
    print(f"Organisation  {shown(preview.org)}")
    print(f"Country       {shown(preview.country)}")
    print(f"Fingerprint   {preview.fingerprint}")
    if preview.url:
        print(f"Endpoint      {shown(preview.url)}")
    for contact in preview.contacts:
        reach = ", ".join(x for x in (contact.phone, contact.email) if x)
        print(shown(f"Person        {contact.role}: {contact.name}, {reach}"))
    if preview.known_as:
        print(f"Already a peer ({preview.known_as}): 'siaga peer add' refreshes it.")
    print("Nothing was saved. To add it: siaga peer add " + shown(args.card))
    return 0

"""Commands of the confidence-building record: card contacts, communication checks, the partner scorecard."""

from __future__ import annotations

import argparse
import calendar
import json
import time
from typing import TYPE_CHECKING

from ..base.errors import InputError, ValidationError
from ..protocol.contacts import normal_form
from .common import open_station, print_json, read_input, shown, write_output

if TYPE_CHECKING:
    from ..station.scorecard import Summary


def _overdue_hours(args: argparse.Namespace) -> float:
    if getattr(args, "overdue_hours", None) is not None:
        return args.overdue_hours
    from ..storage import preferences
    from .common import home_of
    return preferences.load(home_of(args)).check_overdue_hours


def _since(text: str | None) -> int | None:
    if not text:
        return None
    for fmt in ("%Y-%m-%d", "%Y-%m-%dT%H:%M:%SZ"):
        try:
            return calendar.timegm(time.strptime(text, fmt))
        except ValueError:
            continue
    raise ValidationError(f"expected a date such as 2026-01-31, not {text!r}", field="since")


def cmd_contacts_set(args: argparse.Namespace) -> int:
    data = read_input(args.source, "contacts file", 1024 * 1024)
    try:
        contacts = json.loads(data)
    except (ValueError, UnicodeDecodeError):
        raise InputError(f"contacts file {args.source!r} is not JSON (expected a list of contacts)") from None
    if isinstance(contacts, dict) and "contacts" in contacts:
        contacts = contacts["contacts"]
    with open_station(args) as station:
        checked = station.set_contacts(contacts)
    print(f"{len(checked)} contact(s) on the card; peers get the new card on the next sync or bundle.")
    return 0


def cmd_contacts_show(args: argparse.Namespace) -> int:
    with open_station(args) as station:
        contacts = normal_form(station.contacts)
    if args.json:
        print_json(contacts)
    elif not contacts:
        print("No contacts on the card: set them with 'siaga card contacts set --from contacts.json'.")
    for c in contacts if not args.json else []:
        when = "24/7" if c["always"] else " ".join(p for p in (c["hours"], c["tz"]) if p)
        print(f"{c['role']:11} {shown(c['name'])}  {shown(c['phone'] or '-')}  {shown(c['email'] or '-')}  "
              f"{shown(when or '-')}")
    return 0


def cmd_check_send(args: argparse.Namespace) -> int:
    with open_station(args) as station:
        print(station.send_check(args.peer_id))
    return 0


def cmd_check_answer(args: argparse.Namespace) -> int:
    with open_station(args) as station:
        print(station.answer_check(args.message_id, args.by))
    return 0


def cmd_check_list(args: argparse.Namespace) -> int:
    hours = _overdue_hours(args)
    with open_station(args) as station:
        sent = [c.to_dict() for c in station.sent_checks(overdue_hours=hours)]
        received = [c.to_dict() for c in station.received_checks()]
    if args.json:
        print_json({"sent": sent, "received": received, "overdue_hours": hours})
        return 0
    from ..station.scorecard import duration, stamp
    print("Checks sent (answered by a person at the partner's desk):" if sent else "No checks sent.")
    for c in sent:
        answer = (f"answered by {shown(c['answered_by'])} after {duration(c['answer_seconds'])}"
                  if c["answered_at"] else c["state"])
        print(f"  {c['id'][:12]}  {stamp(c['sent_at'])}  {shown(c['peer_name'])} ({c['peer']})  {answer}")
    print("Checks received:" if received else "No checks received.")
    for c in received:
        state = (f"answered by {shown(c['answered_by'])}" if c["answered_at"]
                 else f"waiting for you: siaga check answer {c['id'][:12]} --by NAME")
        print(f"  {c['id'][:12]}  {stamp(c['received_at'])}  {shown(c['peer_name'])} asks you to confirm you are"
              f" reachable: {state}")
    return 0


def typeset_pdf(summary: Summary) -> bytes:
    """The summary as a one-page PDF, typeset by Qt as the app does, with no window (:mod:`siaga.gui.headless`)."""
    from ..gui.headless import printing
    return printing().summary_pdf(summary)


def cmd_partners(args: argparse.Namespace) -> int:
    since = _since(args.since)
    if args.pdf and not args.peer:
        raise InputError("name the partner for the printable summary: --peer PEER_ID")
    hours = _overdue_hours(args)
    from ..station.scorecard import duration, printable_summary, share_text, stamp
    with open_station(args) as station:
        cards = station.scorecards(since, overdue_hours=hours)
        if args.peer:
            wanted = station.peer(args.peer).id
            cards = [c for c in cards if c.peer == wanted]
        name = station.profile["name"]
    if args.pdf:
        if len(cards) != 1:
            raise InputError("a TAXII collection has no scorecard")
        write_output(args.pdf, typeset_pdf(printable_summary(cards[0], name)))
        return 0
    if args.json:
        print_json([c.to_dict() for c in cards])
        return 0
    if not cards:
        print("No partners yet.")
    for c in cards:
        print(f"{c.peer}  {shown(c.name)} ({shown(c.country)})")
        print(f"  reports sent {c.reports_sent}, received {c.reports_received}, share {share_text(c)}")
        print(f"  acknowledged {c.acked}: median {duration(c.ack_median)}, p90 {duration(c.ack_p90)};"
              f" their reports reached us: median {duration(c.delivery_median)}, p90 {duration(c.delivery_p90)}")
        print(f"  checks sent {c.checks_sent}, answered {c.checks_answered}, overdue {c.checks_overdue},"
              f" median answer {duration(c.answer_median)}")
        print(f"  last heard {stamp(c.last_heard)}; fingerprint "
              + (f"verified {c.verified_at or ''}".rstrip() if c.verified else "not verified"))
    return 0

"""Commands on reports: report new, outbox list/show, inbox list/show/forward (ack and read: cli/inbox.py)."""

from __future__ import annotations

import argparse
import logging
import time

from ..base.encoding import load_json_text
from ..base.errors import InputError
from ..protocol import clocks
from ..protocol.render import identity, mismatch_text
from ..station.ack_clocks import KEY as ACK_KEY, overdue_peers
from ..storage.inbox_query import MAX_PAGE, InboxQuery
from .common import epoch_of, open_station, print_json, read_input, shown
from .correlation import filing_notes
from .reading import author_language, print_note, print_report, station_language

MAX_DRAFT_FILE = 64 * 1024 * 1024

log = logging.getLogger("siaga.cli")


def cmd_report_new(args: argparse.Namespace) -> int:
    data = read_input(args.source, "draft file", MAX_DRAFT_FILE)
    drafts = load_json_text(data, f"draft file {args.source!r}")  # duplicate keys, deep nesting: refused
    bulk = isinstance(drafts, list)
    if getattr(args, "updates", None):
        if bulk or not isinstance(drafts, dict):
            raise InputError("--updates takes one draft (a JSON object), not a list")
        drafts = {**drafts, "updates": args.updates}
    given = clock_options(args)
    if given:
        if not all(isinstance(d, dict) for d in (drafts if bulk else [drafts])):
            raise InputError("a draft is a JSON object")
        drafts = [{**d, **given} for d in drafts] if bulk else {**drafts, **given}
    drafts = author_language(args, drafts if bulk else [drafts])  # the language its free text is written in
    with open_station(args) as station:
        ids = station.file_reports(drafts)
        filing_notes(station, ids)
    if args.json:
        print_json(ids if bulk else ids[0])
    else:
        print("\n".join(ids))
    return 0


def clock_options(args: argparse.Namespace) -> dict:
    """The draft fields given by --clock, --detected and --ransom-paid (they win over the draft's own)."""
    fields = {"clock": getattr(args, "clock", None), "observed_at": getattr(args, "detected", None),
              "ransom_paid_at": getattr(args, "ransom_paid", None)}
    return {key: value for key, value in fields.items() if value}


def cmd_outbox_list(args: argparse.Namespace) -> int:
    with open_station(args) as station:
        rows = station.outbox()
        names = {p.id: p.card.name for p in station.peers()}
    if args.json:
        print_json(rows_for_json(rows))
    elif not rows:
        print("The outbox is empty.")
    else:
        for row in rows:
            states = ", ".join(f"{d['peer']}:{d['status']}{ack_mark(d)}" for d in row["deliveries"]) or "-"
            print(f"{row['id'][:16]}  {row['reported_at']}  {row['type']:22} {row['code'] or '-':45} "
                  f"S{row['severity']}  {row['tlp']:16} {states}")
            overdue = overdue_peers(row["deliveries"])
            if overdue:
                print(shown(f"{'':18}acknowledgement overdue: {', '.join(names.get(p, p) for p in overdue)}"))
    return 0


def rows_for_json(rows: list[dict]) -> list[dict]:
    """Outbox rows for --json, each with ``acks_overdue``: the recipients late to acknowledge it."""
    return [{**{k: v for k, v in row.items() if k != "content_key"}, "acks_overdue": overdue_peers(row["deliveries"])}
            for row in rows]


def ack_mark(delivery: dict) -> str:
    """A recipient's acknowledgement clock, in a few words after its delivery state."""
    due = delivery.get(ACK_KEY)
    if due is None:
        return ""
    if due["met_at"]:
        return " (acknowledged late)" if due["late"] else " (acknowledged)"
    return {clocks.OVERDUE: f" (acknowledgement OVERDUE since {due['at']})",
            clocks.DUE_SOON: f" (acknowledgement due by {due['at']}, within 2 h)"}.get(
        due["state"], f" (acknowledgement due by {due['at']})")


def cmd_outbox_show(args: argparse.Namespace) -> int:
    with open_station(args) as station:
        opened = station.read_outbox(args.message_id)
        row = next(r for r in station.outbox() if r["id"] == opened.msg_id)
        acks = station.acknowledgements(opened.msg_id)
        names = {p.id: p.card.name for p in station.peers()}
        book = station.books.get(opened.content["codebook"])
        lang = station_language(args, station)  # --lang, else the station's Reports in
    out = {"id": opened.msg_id, "content": opened.content,
           "deliveries": row["deliveries"], "acknowledgements": acks,
           "acks_overdue": overdue_peers(row["deliveries"])}
    if args.json:
        print_json(out)
        return 0
    print(f"Message   {opened.msg_id}")
    print_note(book, lang)
    print()
    print_report(opened.content, book, lang)  # as its recipients read it, in the reader's language
    print()
    for d in row["deliveries"]:
        extra = d.get("error", "") if d["status"] != "delivered" else time.strftime(
            "receipt %Y-%m-%d %H:%M:%S UTC", time.gmtime(d["receipt"]["received_at"]))
        print(shown(f"  to {d['peer']}: {d['status']} {extra}{ack_mark(d)}"))
    for ack in acks:
        print(shown(f"  acknowledged by {ack['name']} ({ack['peer']}): {ack['status']} at {ack['at']} {ack['note']}"))
    if out["acks_overdue"]:
        print(shown("Acknowledgement overdue: " + ", ".join(names.get(p, p) for p in out["acks_overdue"])))
    return 0


def cmd_inbox_list(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise InputError("--limit must be at least 1")
    query = InboxQuery(code=args.code, severity=args.severity, country=args.country, tlp=args.tlp,
                       status=args.status, since=epoch_of(args.since, "since"),
                       until=epoch_of(args.until, "until", end_of_day=True), text=args.search or "",
                       types=(args.type,) if args.type else (), unauthenticated=args.unauthenticated)
    with open_station(args) as station:
        rows, cursor = [], None
        while len(rows) < args.limit:
            page, cursor = station.inbox_page(query, cursor, min(MAX_PAGE, args.limit - len(rows)))
            rows += [row for row in page if row["unread"]] if getattr(args, "unread", False) else page
            if cursor is None:
                break
        names = {p.id: p.card.name for p in station.peers()}
        apart = not args.unauthenticated and bool(station.inbox_page(InboxQuery(types=(), unauthenticated=True),
                                                                     None, 1)[0])
        waiting, held = station.arrivals()  # (read after filing: what an endpoint takes in meanwhile)
    if args.json:
        print_json(rows)
        return 0
    if args.unauthenticated:
        print("Code lines received WITHOUT authentication (no tag): anyone could have written them."
              if rows else "No code line was received without authentication.")
    elif not rows:
        print("The inbox is empty." if query == InboxQuery(types=()) and not getattr(args, "unread", False)
              else "No message matches.")
    for row in rows:
        when = time.strftime("%Y-%m-%d %H:%M", time.gmtime(row["received_at"]))
        sender = names.get(row["author_peer"], row["sender"])
        severity = "-" if row["severity"] is None else row["severity"]
        line = (f"{row['id'][:16]}  {when}  {shown(sender[:24]):24} {shown(row['country'] or '-')}  "
                f"{shown(row['type']):15} {shown(row['code'] or '-'):42} S{severity}  {shown(row['tlp'] or '-'):16} "
                f"{shown(row['status'])}{'  unread' if row.get('unread') else ''}")
        if row.get("codeline"):
            line += ("  [code line, authenticated by " + shown(row["codeline_by"]) + "]" if row["codeline_by"]
                     else "  [code line, NOT authenticated]")
        if row.get("mismatch"):
            line += "  ! claims " + shown(", ".join(row["claimed"][key] or "-" for key in row["mismatch"]))
        print(line)
    if apart:
        print("Code lines received without authentication are kept apart: siaga inbox list --unauthenticated")
    if waiting:
        print(f"{waiting} more message(s) arrived and are being filed: list the inbox again in a moment.")
    if held:
        print(f"{held} message(s) arrived but could not be filed; they are kept and tried again when"
              " siaga serve or the app next starts. If this stays, send the log file to your support.")
    return 0


def cmd_inbox_show(args: argparse.Namespace) -> int:
    with open_station(args) as station:
        msg = station.read_inbox(args.message_id)
        station.mark_read(msg["id"])  # shown to the officer: read, as in the app
        book = station.books.get(msg["content"]["codebook"])
        lang = station_language(args, station)  # --lang, else the station's Reports in
    c = msg["content"]
    if args.json:
        labels = {"type": book.label("message_types", c["type"], lang)}
        if "code" in c:
            labels.update(code=book.label("classifications", c["code"], lang),
                          severity=book.label("severity", c["severity"], lang),
                          scope=book.label("scopes", c["scope"], lang))
        if "ack" in c:
            labels["ack_status"] = book.label("ack_status", c["ack"]["status"], lang)
        print_json({**msg, "labels": labels, "lang": lang})
        return 0
    author = msg["author"]
    badge = {"verified": "VERIFIED peer", "unverified": "signature valid, peer NOT verified",
             "unknown": "signature valid, author not in directory",
             "codeline": f"received as a code line, authenticated by {(msg.get('codeline') or {}).get('by')}",
             "codeline-unauthenticated": "received as a code line, NOT authenticated"}.get(msg["author_trust"],
                                                                                            msg["author_trust"])
    who = identity(c, author)  # the directory's names for a known key, not what the content claims
    origin = ", ".join(part for part in (who["org"], who["country"]) if part)
    print(f"Message   {msg['id']}")
    print(f"From      {shown(who['name'])}{f' ({shown(origin)})' if origin else ''}  [{shown(badge)}]")
    claims = mismatch_text(c, author)
    if claims:
        print(f"WARNING   {shown(claims)}")
    print_note(book, lang)
    print()
    print_report(c, book, lang, author)  # as the partner reads it: codes, countries and dates in --lang
    print()
    if c.get("in_reply_to") and c["type"] != "acknowledgement":
        held = msg.get("incident_known")
        note = "" if held else "  (earlier report not received yet)"
        print(f"Incident  {shown(c['in_reply_to'])}{note}")
    print(f"Status here: {shown(msg['status'])}")
    for reply in msg["replies"]:
        status = (reply.get("ack") or {}).get("status", "")
        status = book.label("ack_status", status, lang) if status and book.has("ack_status", status) else status
        print(shown(f"  reply {reply['id'][:12]} {reply['type']} {status}"))
    return 0


def cmd_inbox_forward(args: argparse.Namespace) -> int:
    with open_station(args) as station:
        msg_id = station.forward(args.message_id, args.to)
    print(msg_id)
    return 0

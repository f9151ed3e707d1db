"""Commands on reports: report new, outbox list/show, inbox list/show/ack/forward."""

from __future__ import annotations

import argparse
import logging
import time

from ..base.encoding import load_json_text
from ..base.errors import InputError
from ..protocol.render import identity, mismatch_text
from ..storage.inbox_query import MAX_PAGE, InboxQuery
from .common import epoch_of, lang_of, open_station, print_json, read_input, shown
from .correlation import filing_notes

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
    with open_station(args) as station:
        ids = station.file_reports(drafts if bulk else [drafts])
        filing_notes(station, ids)
    if args.json:
        print_json(ids if bulk else ids[0])
    else:
        print("\n".join(ids))
    return 0


def cmd_outbox_list(args: argparse.Namespace) -> int:
    with open_station(args) as station:
        rows = station.outbox()
    if args.json:
        print_json(rows_for_json(rows))
    elif not rows:
        print("The outbox is empty.")
    else:
        for row in rows:
            states = ", ".join(f"{d['peer']}:{d['status']}" for d in row["deliveries"]) or "-"
            print(f"{row['id'][:16]}  {row['reported_at']}  {row['type']:22} {row['code'] or '-':45} "
                  f"S{row['severity']}  {row['tlp']:16} {states}")
    return 0


def rows_for_json(rows: list[dict]) -> list[dict]:
    return [{k: v for k, v in row.items() if k != "content_key"} for row in rows]


def cmd_outbox_show(args: argparse.Namespace) -> int:
    with open_station(args) as station:
        opened = station.read_outbox(args.message_id)
        row = next(r for r in station.outbox() if r["id"] == opened.msg_id)
        acks = station.acknowledgements(opened.msg_id)
    out = {"id": opened.msg_id, "content": opened.content,
           "deliveries": row["deliveries"], "acknowledgements": acks}
    if args.json:
        print_json(out)
        return 0
    print(f"Message   {opened.msg_id}")
    print(f"Summary   {shown(opened.content.get('summary', opened.content['type']))}")
    for d in row["deliveries"]:
        extra = d.get("error", "") if d["status"] != "delivered" else time.strftime(
            "receipt %Y-%m-%d %H:%M:%S UTC", time.gmtime(d["receipt"]["received_at"]))
        print(shown(f"  to {d['peer']}: {d['status']} {extra}"))
    for ack in acks:
        print(shown(f"  acknowledged by {ack['name']} ({ack['peer']}): {ack['status']} at {ack['at']} {ack['note']}"))
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
            rows += page
            if cursor is None:
                break
        names = {p.id: p.card.name for p in station.peers()}
        apart = not args.unauthenticated and bool(station.inbox_page(InboxQuery(types=(), unauthenticated=True),
                                                                     None, 1)[0])
    if args.json:
        print_json(rows)
        return 0
    if args.unauthenticated:
        print("Code lines received WITHOUT authentication (no tag): anyone could have written them."
              if rows else "No code line was received without authentication.")
    elif not rows:
        print("The inbox is empty." if query == InboxQuery(types=()) else "No message matches.")
    for row in rows:
        when = time.strftime("%Y-%m-%d %H:%M", time.gmtime(row["received_at"]))
        sender = names.get(row["author_peer"], row["sender"])
        severity = "-" if row["severity"] is None else row["severity"]
        line = (f"{row['id'][:16]}  {when}  {shown(sender[:24]):24} {shown(row['country'] or '-')}  "
                f"{shown(row['type']):15} {shown(row['code'] or '-'):42} S{severity}  {shown(row['tlp'] or '-'):16} "
                f"{shown(row['status'])}")
        if row.get("codeline"):
            line += ("  [code line, authenticated by " + shown(row["codeline_by"]) + "]" if row["codeline_by"]
                     else "  [code line, NOT authenticated]")
        if row.get("mismatch"):
            line += "  ! claims " + shown(", ".join(row["claimed"][key] or "-" for key in row["mismatch"]))
        print(line)
    if apart:
        print("Code lines received without authentication are kept apart: siaga inbox list --unauthenticated")
    return 0


def cmd_inbox_show(args: argparse.Namespace) -> int:
    with open_station(args) as station:
        msg = station.read_inbox(args.message_id)
        book = station.books.get(msg["content"]["codebook"])
    lang = lang_of(args)
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
    print(f"Type      {shown(book.label('message_types', c['type'], lang))}")
    if "code" in c:
        print(f"Code      {shown(c['code'])}  {shown(book.label('classifications', c['code'], lang))}")
        print(f"Severity  {c['severity']}  {shown(book.label('severity', c['severity'], lang))}")
        print(f"Handling  {shown(c['tlp'])}  {shown(c['pap'])}")
        print(f"Scope     {shown(book.label('scopes', c['scope'], lang))}: {shown(', '.join(c['countries']) or '-')}")
        print(f"Observed  {shown(c['observed_at'])}   reported {shown(c['reported_at'])}")
        print(f"Summary   {shown(c['summary'])}")
        if c["narrative"]:
            print("\n" + shown(c["narrative"], multiline=True) + "\n")
        for ind in c["indicators"]:
            print(f"  {shown(ind['type']):12} {shown(ind['value'])}")
    if "ack" in c:
        print(f"Status    {shown(book.label('ack_status', c['ack']['status'], lang))}  "
              f"{shown(c['ack']['note'], multiline=True)}")
    if c.get("in_reply_to") and c["type"] != "acknowledgement":
        held = msg.get("incident_known")
        note = "" if held else "  (earlier report not received yet)"
        print(f"Incident  {shown(c['in_reply_to'])}{note}")
    print(f"Status here: {shown(msg['status'])}")
    for reply in msg["replies"]:
        print(shown(f"  reply {reply['id'][:12]} {reply['type']} {reply.get('ack', {}).get('status', '')}"))
    return 0


def cmd_inbox_ack(args: argparse.Namespace) -> int:
    with open_station(args) as station:
        ack_id = station.acknowledge(args.message_id, args.status, args.note or "")
    print(ack_id)
    return 0


def cmd_inbox_forward(args: argparse.Namespace) -> int:
    with open_station(args) as station:
        msg_id = station.forward(args.message_id, args.to)
    print(msg_id)
    return 0

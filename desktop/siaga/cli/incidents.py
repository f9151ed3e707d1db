"""Commands on incidents: incident list/show/close, and the station's reporting clock (settings)."""

from __future__ import annotations

import argparse

from ..base.encoding import load_json_text
from ..base.errors import InputError
from ..base.languages import interface_language
from ..protocol import clocks
from .common import lang_of, open_station, print_json, read_input, shown
from .reading import station_language
from .reports import MAX_DRAFT_FILE

#: the states in words, per language (the desktop app words them through Qt)
STATE_WORDS = {
    "en": {clocks.ON_TIME: "on time", clocks.DUE_SOON: "due within 2 h", clocks.OVERDUE: "OVERDUE",
           clocks.CLOSED: "closed"},
    "id": {clocks.ON_TIME: "tepat waktu", clocks.DUE_SOON: "jatuh tempo dalam 2 jam",
           clocks.OVERDUE: "TERLAMBAT", clocks.CLOSED: "ditutup"},
}
WORDS = {
    "en": {"waiting": "earlier report not received yet", "nothing": "nothing due", "due": "due",
           "by": "by", "from": "from", "you": "this station", "met": "done", "late": "late",
           "related": "related report from another station (not part of this incident)",
           "none": "No incidents."},
    "id": {"waiting": "laporan sebelumnya belum diterima", "nothing": "tidak ada yang jatuh tempo",
           "due": "jatuh tempo", "by": "paling lambat", "from": "dari", "you": "stasiun ini", "met": "selesai",
           "late": "terlambat", "related": "laporan terkait dari stasiun lain (bukan bagian insiden ini)",
           "none": "Tidak ada insiden."},
}


def _due_text(due: dict | None, lang: str, names: dict[str, str]) -> str:
    words = WORDS[lang]
    if not due:
        return words["nothing"]
    what = clocks.clockbook().due_label(due["what"], lang)
    who = due.get("who")
    if who:
        what += f" {words['from']} " + (words["you"] if who == "self" else names.get(who, who))
    return f"{what} {words['by']} {due['at']}"


def cmd_incident_list(args: argparse.Namespace) -> int:
    lang = interface_language(lang_of(args))  # its own words exist in the interface's languages
    with open_station(args) as station:
        rows, _ = station.incidents.page(open_only=args.open, overdue=args.overdue, limit=args.limit)
        names = {p.id: p.card.name for p in station.peers()}
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print(WORDS[lang]["none"])
        return 0
    for row in rows:
        state = STATE_WORDS[lang][row["state"]]
        root = row["root"][:12] + ("" if row["root_known"] else "?")
        print(shown(f"{root:13} {row['side']:3} S{row['severity']} {state:24} {row['reports']} rep. "
                    f"{row['summary'][:50]:50}  {_due_text(row['next_due'], lang, names)}"))
    return 0


def cmd_incident_show(args: argparse.Namespace) -> int:
    lang = interface_language(lang_of(args))  # its own words exist in the interface's languages
    words = WORDS[lang]
    with open_station(args) as station:
        detail = station.incidents.detail(_message(station, args.incident_id))
        seen_by = station.incident_seen_by(detail["root"])
        detail["seen_by_partners"] = seen_by  # partners that sent a sighting of any of its reports
        names = {p.id: p.card.name for p in station.peers()}
        book = station.books.current
        profile = clocks.clockbook().get(detail["profile"])
        labels = station_language(args, station)  # the codebook's words: --lang, else the station's Reports in
    if args.json:
        print_json(detail)
        return 0
    print(f"Incident  {detail['root']}" + ("" if detail["root_known"] else f"  ({words['waiting']})"))
    print(shown(f"State     {STATE_WORDS[lang][detail['state']]}   [{profile.text(lang)}]"))
    print(shown(f"Next      {_due_text(detail['next_due'], lang, names)}"))
    if seen_by:
        print(f"Seen by   {seen_by} partner(s) (siaga outbox sightings ID --incident)")
    for msg in detail["messages"]:
        author = words["you"] if msg["author"] == "self" else names.get(msg["author"], msg["author"])
        kind = book.label("message_types", msg["type"], labels)
        if msg["type"] == "acknowledgement":
            status = book.label("ack_status", msg["ack_status"], labels) if msg.get("ack_status") else ""
            print(shown(f"  {msg['reported_at']}  {kind:20} {author}: {status}  ({msg['in_reply_to'][:12]})"))
        else:
            print(shown(f"  {msg['reported_at']}  {kind:20} {author}  S{msg['severity']} {msg['summary']}"))
    for due in detail["dues"]:
        state = (words["late"] if due["late"] else words["met"]) if due["met_at"] else STATE_WORDS[lang][due["state"]]
        done = f" ({due['met_at']})" if due["met_at"] else ""
        print(shown(f"  [{state}] {_due_text(due, lang, names)}{done}"))
    for rel in detail["related_reports"]:
        print(shown(f"  {words['related']}: {rel['id'][:12]} {names.get(rel['author'], rel['author'])}"
                    f" {rel['summary']}"))
    return 0


def _message(station, ref: str) -> str:
    """A message of the incident, by id prefix, in the outbox or the inbox."""
    try:
        return station.resolve_outbox_id(ref)
    except InputError:
        return station.resolve_inbox_id(ref)


def cmd_incident_close(args: argparse.Namespace) -> int:
    if bool(args.source) == bool(args.summary):
        raise InputError("give the final report as --from FILE.json or --summary TEXT (one of the two)")
    if args.source:
        draft = load_json_text(read_input(args.source, "draft file", MAX_DRAFT_FILE), f"draft file {args.source!r}")
        if not isinstance(draft, dict):
            raise InputError("the final report's draft is one JSON object")
    else:
        draft = {"summary": args.summary}
    with open_station(args) as station:
        msg_id = station.file_report({**draft, "type": "final", "updates": args.incident_id})
    if args.json:
        print_json(msg_id)
    else:
        print(msg_id)
    return 0


def cmd_settings(args: argparse.Namespace) -> int:
    lang = interface_language(lang_of(args))  # its own words exist in the interface's languages
    book = clocks.clockbook()
    with open_station(args) as station:
        if args.clock:
            station.incidents.set_default_profile(args.clock)
        if getattr(args, "correlation_window", None) is not None:
            station.correlation.set_window_days(args.correlation_window)
        code = station.incidents.default_profile()
        window = station.correlation.window_days
        from . import reports_in  # the app's Reports in (loads CLDR's names only for this command)
        reading = reports_in.apply_and_describe(station, args)
    if args.json:
        print_json({"clock": code, "clocks": book.codes(), "correlation_window_days": window, **reading})
        return 0
    profile = book.get(code)
    print(shown(f"clock        {code}  ({profile.text(lang)})"))
    print(shown(f"             {profile.description.get(lang) or profile.description['en']}"))
    print(f"correlation  {window} days  (reports seen within {window} days of each other are linked)")
    print(shown(reports_in.line(reading)))
    return 0

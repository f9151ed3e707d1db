"""The ``siaga`` command: everything the desktop app does, headless.

Exit status: 0 success, 2 bad input (one line on stderr), 1 any other failure; 141 (quietly)
when the reader of the output goes away, as ``siaga inbox list | head -1`` does.
The passphrase comes from ``SIAGA_PASSPHRASE`` or an interactive prompt; the
station's folder from ``--home``, ``SIAGA_HOME`` or the platform's data folder.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
from typing import TYPE_CHECKING, Any

from .. import __version__
from ..base import logging_setup
from ..base.errors import SiagaError
from ..base.fileio import private_files
from ..base.languages import INTERFACE_LANGUAGES, LANGUAGES
from .common import shown

if TYPE_CHECKING:
    pass

log = logging.getLogger("siaga.cli")

# -- parser -----------------------------------------------------------------

class _Parser(argparse.ArgumentParser):
    """Usage mistakes are bad input like any other: one line on stderr, exit status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"siaga: {message} (see '{self.prog} --help')\n")


#: --lang of the commands that show one report (siaga settings --reports-in chooses the default)
READ_IN_HELP = "language of the report's labels (default: this station's Reports in if chosen, else en)"


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"expected a port number from 0 to 65535, not {text!r}")
    return port


def _processes(text: str) -> int:
    try:
        count = int(text)
    except ValueError:
        count = -1
    if not 0 <= count <= 16:
        raise argparse.ArgumentTypeError(f"expected a number of processes from 0 to 16, not {text!r}")
    return count


def _pause(text: str) -> float:
    try:
        seconds = float(text)
    except ValueError:
        seconds = -1.0
    if not 0 <= seconds <= 3600:
        raise argparse.ArgumentTypeError(f"expected seconds from 0 to 3600, not {text!r}")
    return seconds


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--home", default=argparse.SUPPRESS, metavar="DIR",
                        help="the station's folder (default: $SIAGA_HOME or the user data folder)")
    common.add_argument("--verbose", "-v", action="store_true", default=argparse.SUPPRESS,
                        help="log what happens to stderr")
    parser = _Parser(
        prog="siaga", parents=[common],
        description="Cross-border cyber-incident early warning: coded, signed, encrypted reports.")
    parser.add_argument("--version", action="store_true", help="print versions and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, func: str, help_text: str, parent: Any = sub, json_flag: bool = False,
                lang_flag: bool | tuple[str, ...] = False) -> argparse.ArgumentParser:
        p = parent.add_parser(name, parents=[common], help=help_text, description=help_text)
        p.set_defaults(func=func)
        if json_flag:
            p.add_argument("--json", action="store_true", help="machine-readable output")
        if lang_flag:
            p.add_argument("--lang", choices=LANGUAGES if lang_flag is True else lang_flag,
                           help="language of labels (default en)")
        return p

    p = command("init", "setup:cmd_init", "create this station's keys and database", json_flag=True)
    p.add_argument("--name", required=True, help="station name, e.g. 'ID-CSIRT duty desk'")
    p.add_argument("--org", required=True, help="organisation")
    p.add_argument("--country", required=True, help="ISO 3166-1 alpha-2 code, e.g. ID")
    p.add_argument("--url", help="this station's endpoint URL, for its contact card")
    p.add_argument("--clock", metavar="PROFILE", help="reporting clock profile: asean (default), nis2, circia, none")

    command("station", "setup:cmd_station", "show this station's profile and fingerprint", json_flag=True)
    command("passphrase", "setup:cmd_passphrase", "change the passphrase (new one from SIAGA_NEW_PASSPHRASE or a prompt)")

    keys = sub.add_parser("keys", help="rotate or revoke this station's keys").add_subparsers(
        dest="keys_command", metavar="ACTION", required=True)
    command("rotate", "setup:cmd_keys_rotate", "new keys, announced to every peer by a statement signed with the old ones",
            parent=keys)
    p = command("revoke", "setup:cmd_keys_revoke", "tell every peer to stop all traffic with this station's keys",
                parent=keys)
    p.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")

    card = sub.add_parser("card", help="contact cards").add_subparsers(dest="card_command", metavar="ACTION",
                                                                         required=True)
    p = command("export", "setup:cmd_card_export", "write this station's signed contact card", parent=card)
    p.add_argument("--out", help="file to write (default: standard output)")
    p.add_argument("--url", help="set this station's endpoint URL first")
    p.add_argument("--qr", metavar="PNG_FILE", help="also write the card as a QR code picture")
    p.add_argument("--pdf", metavar="PDF_FILE",
                   help="also write one printable page: the QR code and the fingerprint digits")
    contacts = card.add_parser("contacts", help="the people on this station's card").add_subparsers(
        dest="contacts_command", metavar="ACTION", required=True)
    p = command("set", "confidence:cmd_contacts_set", "put people on the card (peers get it on the next sync)",
                parent=contacts)
    p.add_argument("--from", dest="source", required=True, metavar="FILE",
                   help="JSON list of contacts ('-' for standard input)")
    command("show", "confidence:cmd_contacts_show", "show the people on the card", parent=contacts, json_flag=True)

    peer = sub.add_parser("peer", help="the directory of peers").add_subparsers(
        dest="peer_command", metavar="ACTION", required=True)
    p = command("add", "peers:cmd_peer_add", "add a peer from its contact card file, or a photo of its QR code",
                parent=peer, json_flag=True)
    p.add_argument("card", metavar="CARD_FILE",
                   help="contact card file, or a photo or scan of its QR code (PNG, JPEG); '-' for standard input")
    p.add_argument("--url", help="endpoint URL to use instead of the one on the card")
    p.add_argument("--cert", help="certificate file to pin for the peer's https:// endpoint")
    p.add_argument("--via", metavar="HUB_ID", help="reach this peer through a hub peer that relays for you")
    p = command("add-taxii", "peers:cmd_peer_add_taxii", "add a TAXII 2.1 collection as a peer (reports go to it as STIX)",
                parent=peer, json_flag=True)
    p.add_argument("url", metavar="COLLECTION_URL", help="the collection's URL (…/collections/ID/)")
    p.add_argument("--name", required=True, help="a name for it")
    p.add_argument("--user", help="HTTP Basic user (password from SIAGA_TAXII_PASSWORD or a prompt);"
                                  " without it, SIAGA_TAXII_TOKEN is sent as a bearer token if set")
    p.add_argument("--country", help="ISO 3166-1 alpha-2 code, so scope routing can choose it")
    p.add_argument("--cert", help="certificate file to pin for an https:// server")
    p = command("preview", "card_preview:cmd_peer_preview",
                "show what a contact card (or a photo of its QR code) says, checked; nothing is saved",
                parent=peer, json_flag=True)
    p.add_argument("card", metavar="CARD", help="the card file, a photo of its QR code, or - for stdin")
    command("list", "peers:cmd_peer_list", "list peers", parent=peer, json_flag=True)
    p = command("verify", "peers:cmd_peer_verify", "mark a peer verified after comparing fingerprint digits", parent=peer)
    p.add_argument("peer_id", metavar="PEER_ID")

    report = sub.add_parser("report", help="file reports").add_subparsers(
        dest="report_command", metavar="ACTION", required=True)
    p = command("new", "reports:cmd_report_new", "file a report (or a list of them) from a JSON draft", parent=report,
                json_flag=True)
    p.add_argument("--from", dest="source", required=True, metavar="FILE.json",
                   help="draft file: one object, or a list for bulk import ('-' for standard input)")
    p.add_argument("--updates", metavar="ID", help="file an update to this incident (any of its reports' ids);"
                                                  " fields the draft leaves out stay as in the latest report")
    p.add_argument("--lang", choices=LANGUAGES, help="the language the summary and narrative are written in"
                                                     " (default: the draft's 'lang', else the app's language)")
    p.add_argument("--clock", metavar="PROFILE", help="the reporting clock of this incident, instead of the"
                                                     " station's default: asean, nis2, circia or none")
    p.add_argument("--detected", metavar="TIME", help="when the incident was detected (its clocks count from then),"
                                                      " ISO 8601 with an offset, e.g. 2026-11-24T01:30+07:00")
    p.add_argument("--ransom-paid", metavar="TIME", help="when a ransom was paid (CIRCIA: a report within 24 h)")

    template = report.add_parser("template", help="templates for common incidents (phishing, ransomware...)"
                                 ).add_subparsers(dest="template_command", metavar="ACTION", required=True)
    command("list", "templates:cmd_template_list", "list the report templates and the indicators each expects",
            parent=template, json_flag=True, lang_flag=True)
    p = command("show", "templates:cmd_template_show", "print a template as a draft: edit it, then file it with"
                " 'siaga report new --from FILE'", parent=template, lang_flag=True)
    p.add_argument("name", metavar="NAME", help="the template, e.g. phishing (see 'siaga report template list')")
    p.add_argument("--country", action="append", metavar="CODE",
                   help="a country or group the report is for (repeat; default: global scope)")

    incident = sub.add_parser("incident", help="incidents: a first report and its updates").add_subparsers(
        dest="incident_command", metavar="ACTION", required=True)
    p = command("list", "incidents:cmd_incident_list", "list incidents, the most recently active first",
                parent=incident, json_flag=True, lang_flag=INTERFACE_LANGUAGES)
    p.add_argument("--open", action="store_true", help="only incidents without a final report")
    p.add_argument("--overdue", action="store_true", help="only open incidents whose next deadline has passed")
    p.add_argument("--limit", type=int, default=100)
    p = command("show", "incidents:cmd_incident_show", "show an incident's messages in order and what is due",
                parent=incident, json_flag=True)
    p.add_argument("--lang", choices=INTERFACE_LANGUAGES,
                   help="language of the command's words and the messages' labels (default en; the labels: this"
                        " station's Reports in when one was chosen)")
    p.add_argument("incident_id", metavar="ID", help="the id of any of its messages (a unique prefix is enough)")
    p = command("close", "incidents:cmd_incident_close", "file the final report of one of this station's incidents",
                parent=incident, json_flag=True)
    p.add_argument("incident_id", metavar="ID")
    p.add_argument("--from", dest="source", metavar="FILE.json", help="the final report's draft (changed fields)")
    p.add_argument("--summary", help="the final report's summary (everything else as in the latest report)")
    p = command("columns", "columns:cmd_columns", "show, hide or show again the columns of the app's tables",
                json_flag=True)
    p.add_argument("table", choices=("inbox", "outbox", "incidents"), help="the app's table")
    p.add_argument("--hide", metavar="COLUMN,...", help="hide these columns (the others as chosen before)")
    p.add_argument("--show", metavar="COLUMN,...", help="show these columns again")
    p.add_argument("--automatic", action="store_true",
                   help="forget the choice: the app hides the least useful columns when the screen is narrow")
    p = command("settings", "incidents:cmd_settings", "show or change this station's settings", json_flag=True,
                lang_flag=INTERFACE_LANGUAGES)
    p.add_argument("--clock", metavar="PROFILE", help="the default reporting clock: asean, nis2, circia or none")
    p.add_argument("--reports-in", metavar="LANG", choices=(*LANGUAGES, "interface"),
                   help="the language this station reads reports in (the app's Reports in): "
                        f"{', '.join(LANGUAGES)}, or 'interface' to follow the interface's")
    p.add_argument("--correlation-window", type=int, metavar="DAYS",
                   help="reports seen within this many days of each other are linked as one shared threat"
                        " (1 to 365; default 7): used by correlate, the inbox marks and the dashboard")

    outbox = sub.add_parser("outbox", help="messages this station sends").add_subparsers(
        dest="outbox_command", metavar="ACTION", required=True)
    command("list", "reports:cmd_outbox_list", "list the outbox with delivery states", parent=outbox, json_flag=True)
    p = command("show", "reports:cmd_outbox_show", "show one sent message with deliveries and acknowledgements",
                parent=outbox, json_flag=True)
    p.add_argument("--lang", choices=LANGUAGES, help=READ_IN_HELP)
    p.add_argument("message_id", metavar="ID")

    p = command("serve", "network:cmd_serve", "run this station's endpoint so peers can deliver to it")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=_port, default=8443, help="port (default 8443; 0 picks a free one)")
    p.add_argument("--port-file", metavar="FILE",
                   help="once listening, write the port number to FILE (with --port 0: the one picked)")
    p.add_argument("--open-processes", type=_processes, default=0, metavar="N",
                   help="open large batches in N worker processes (default 0: on threads; for a hub taking in"
                        " large backlogs on a machine with idle cores)")
    p.add_argument("--filing-pause", type=_pause, default=0.05, metavar="SECONDS",
                   help="large batches are receipted at once and filed in the inbox once taking in pauses this"
                        " long (default 0.05)")
    p = command("sync", "network:cmd_sync", "deliver the outbox to peers", json_flag=True)
    p.add_argument("--watch", action="store_true", help="keep going: sync whenever a connection is available")
    p.add_argument("--interval", type=float, default=60.0, help="with --watch: seconds between passes")

    inbox = sub.add_parser("inbox", help="messages this station received").add_subparsers(
        dest="inbox_command", metavar="ACTION", required=True)
    p = command("list", "reports:cmd_inbox_list", "list received messages, newest first", parent=inbox, json_flag=True)
    p.add_argument("--code", help="only this incident code")
    p.add_argument("--severity", type=int, choices=range(6), help="only this severity")
    p.add_argument("--tlp", help="only this TLP label")
    p.add_argument("--status", help="only this status (new, received, investigating, resolved, false-positive)")
    p.add_argument("--type", help="only this message type")
    p.add_argument("--country", help="only reports concerning this country (ISO 3166-1 alpha-2; groups count)")
    p.add_argument("--since", metavar="DATE", help="received on or after this ISO date (UTC) or date and time")
    p.add_argument("--until", metavar="DATE", help="received on or before this ISO date (UTC) or date and time")
    p.add_argument("--search", metavar="TEXT", help="only reports whose summary has all these words")
    p.add_argument("--unread", action="store_true", help="only messages not yet opened here")
    p.add_argument("--unauthenticated", action="store_true",
                   help="only the code lines received without a tag (kept apart from the ordinary list)")
    p.add_argument("--limit", type=int, default=100)
    p = command("show", "reports:cmd_inbox_show", "show one message, decrypted and verified", parent=inbox,
                json_flag=True)
    p.add_argument("--lang", choices=LANGUAGES, help=READ_IN_HELP)
    p.add_argument("message_id", metavar="ID")
    p = command("ack", "inbox:cmd_inbox_ack", "acknowledge messages to their senders (all or none)", parent=inbox)
    p.add_argument("message_ids", metavar="ID", nargs="+", help="one or more message ids (or unique prefixes)")
    p.add_argument("--status", required=True, choices=["received", "investigating", "resolved", "false-positive"])
    p.add_argument("--note", help="a short note for the sender")

    p = command("read", "inbox:cmd_inbox_read", "mark messages read here (the app shows unread ones in bold)",
                parent=inbox)
    p.add_argument("message_ids", metavar="ID", nargs="+", help="one or more message ids (or unique prefixes)")

    p = command("sight", "correlation:cmd_inbox_sight", "tell a report's author: we see this too (a signed sighting)",
                parent=inbox)
    p.add_argument("message_id", metavar="ID")
    p.add_argument("--indicator", action="append", metavar="VALUE",
                   help="an indicator of the report seen here (repeat; default: all of them)")
    p.add_argument("--count", type=int, default=1, help="how many times it was seen here (default 1)")
    p.add_argument("--first-seen", metavar="TIME", help="when first seen here (ISO 8601 with an offset; default now)")
    p.add_argument("--last-seen", metavar="TIME", help="when last seen here (default: the first time)")
    p.add_argument("--sector", action="append", metavar="CODE", help="a sector where it was seen (repeat)")
    p.add_argument("--incident", action="store_true",
                   help="a sighting of the whole incident the report belongs to (any of its reports' indicators)")
    p = command("sightings", "correlation:cmd_outbox_sightings", "show which partners saw one of this station's reports",
                parent=outbox, json_flag=True)
    p.add_argument("message_id", metavar="ID")
    p.add_argument("--incident", action="store_true",
                   help="the partners that saw any report of the incident the report belongs to")

    p = command("forward", "reports:cmd_inbox_forward", "pass a report on to other peers (as its TLP label allows)",
                parent=inbox)
    p.add_argument("message_id", metavar="ID")
    p.add_argument("--to", nargs="+", required=True, metavar="PEER_ID", help="the peers to forward it to")

    p = command("correlate", "correlation:cmd_correlate",
                "list shared threats: reports from two or more countries tied by an indicator or a code in a sector",
                json_flag=True)
    p.add_argument("--since", metavar="DATE", help="reports seen on or after this ISO date (default: 30 days ago)")
    p.add_argument("--window", type=int, metavar="DAYS",
                   help="reports within this many days of each other are grouped (default: the setting, 7)")
    p.add_argument("--set-window", type=int, metavar="DAYS", help="change the setting of the window first")

    p = command("ping", "peers:cmd_ping", "check that a peer's point of contact still answers")
    p.add_argument("peer_id", metavar="PEER_ID")

    check = sub.add_parser("check", help="communication checks, answered by a person").add_subparsers(
        dest="check_command", metavar="ACTION", required=True)
    p = command("send", "confidence:cmd_check_send", "ask a peer's desk to confirm, by a person, it is reachable",
                parent=check)
    p.add_argument("peer_id", metavar="PEER_ID")
    p = command("answer", "confidence:cmd_check_answer", "answer a check a peer sent", parent=check)
    p.add_argument("message_id", metavar="ID")
    p.add_argument("--by", required=True, metavar="NAME", help="who answers (your name)")
    p = command("list", "confidence:cmd_check_list", "checks sent and received", parent=check, json_flag=True)
    p.add_argument("--overdue-hours", type=float, metavar="H", help="unanswered this long is overdue (default: the"
                   " setting, 2)")
    p = command("partners", "confidence:cmd_partners", "the partner scorecard, from this station's own records",
                json_flag=True)
    p.add_argument("--since", metavar="DATE", help="count from this date (YYYY-MM-DD, UTC)")
    p.add_argument("--peer", metavar="PEER_ID", help="only this partner")
    p.add_argument("--pdf", metavar="FILE", help="write the partner's one-page summary as PDF (with --peer)")
    p.add_argument("--overdue-hours", type=float, metavar="H", help=argparse.SUPPRESS)

    export = sub.add_parser("export", help="export reports for other tools").add_subparsers(
        dest="export_command", metavar="FORMAT", required=True)
    for fmt, what in (("stix", "a STIX 2.1 bundle"), ("misp", "MISP event JSON")):
        p = command(fmt, "formats:cmd_export", f"write reports as {what}", parent=export)
        p.set_defaults(format=fmt)
        p.add_argument("ids", nargs="*", metavar="ID", help="reports to export (id prefixes)")
        p.add_argument("--all", action="store_true", help="every report in the outbox and inbox")
        p.add_argument("--out", required=True, help="file to write")
    imp = sub.add_parser("import", help="bring in reports from other tools").add_subparsers(
        dest="import_command", metavar="FORMAT", required=True)
    p = command("stix", "formats:cmd_import_stix", "read a STIX 2.1 bundle into the inbox as external reports", parent=imp,
                json_flag=True)
    p.add_argument("file", metavar="FILE")

    audit_cmd = sub.add_parser("audit", help="the tamper-evident log of this station's actions").add_subparsers(
        dest="audit_command", metavar="ACTION", required=True)
    command("verify", "audit:cmd_audit_verify", "check that no entry was edited, removed or reordered (exit 1 if one was)",
            parent=audit_cmd, json_flag=True)
    p = command("list", "audit:cmd_audit_list", "show the latest entries, oldest first", parent=audit_cmd, json_flag=True)
    p.add_argument("--limit", type=int, default=50, help="how many of the latest entries (default 50)")
    p = command("export", "audit:cmd_audit_export", "write every entry, decrypted, for after-action review", parent=audit_cmd)
    p.add_argument("--out", required=True, metavar="FILE", help="file to write")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="a JSON document with the verification result (default)")
    fmt.add_argument("--csv", action="store_true", help="one row per entry")

    bundle = sub.add_parser("bundle", help="carry messages on a file").add_subparsers(
        dest="bundle_command", metavar="ACTION", required=True)
    p = command("export", "network:cmd_bundle_export", "write everything waiting for a peer to a file", parent=bundle)
    p.add_argument("--peer", required=True, metavar="PEER_ID")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--days", type=int, default=30, help="the bundle expires after this many days (default 30)")
    p = command("import", "network:cmd_bundle_import", "take in a bundle from a peer", parent=bundle, json_flag=True)
    p.add_argument("file", metavar="FILE")

    cb = sub.add_parser("codebook", help="the protocol codes").add_subparsers(
        dest="codebook_command", metavar="ACTION", required=True)
    p = command("list", "codebook:cmd_codebook_list", "list codes with their labels", parent=cb, json_flag=True,
                lang_flag=True)
    p.add_argument("--kind", help="one list only (classifications, severity, tlp, pap, countries, groups, ...)")
    p = command("show", "codebook:cmd_codebook_show", "show one code", parent=cb, json_flag=True, lang_flag=True)
    p.add_argument("code", metavar="CODE")
    p = command("suggest", "codebook:cmd_codebook_suggest", "rank incident codes for observations", parent=cb,
                json_flag=True, lang_flag=True)
    p.add_argument("observations", nargs="+", metavar="OBS_CODE")
    p = command("languages", "languages:cmd_codebook_languages",
                "the languages reports are read in: reviewed or machine draft, and what each one lacks", parent=cb,
                json_flag=True)
    p.add_argument("--missing", action="store_true", help="also name the first texts each language lacks")
    p = command("template", "languages:cmd_codebook_template",
                "print a language's file to fill or review (English where a text is missing)", parent=cb)
    p.add_argument("language", metavar="LANG", help="ms, th, vi, fil, km, lo or my")

    cl = sub.add_parser("codeline", help="short code lines for phone, radio or SMS").add_subparsers(
        dest="codeline_command", metavar="ACTION", required=True)
    p = command("encode", "codelines:cmd_codeline_encode", "print the code line of an outbox message", parent=cl)
    p.add_argument("message_id", metavar="MESSAGE_ID", help="message id (a unique prefix is enough)")
    p.add_argument("--for", dest="peer", metavar="PEER_ID",
                   help="address the line to this peer: it carries a tag only that peer can check")
    p = command("decode", "codelines:cmd_codeline_decode",
                "decode a typed-in code line (and check its tag against the known peers)", parent=cl,
                json_flag=True, lang_flag=True)
    p.add_argument("line", metavar="LINE")
    p = command("ingest", "codelines:cmd_codeline_ingest", "check a code line's tag and file its report in the inbox",
                parent=cl, json_flag=True)
    p.add_argument("line", metavar="LINE")

    p = command("stats", "stats:cmd_stats", "count reports received and sent, open incidents and quiet partners"
                " (the dashboard's figures)", json_flag=True, lang_flag=True)
    p.add_argument("--since", metavar="DATE", help="from this date (YYYY-MM-DD, local time) or time (ISO 8601);"
                   " default: the last 7 days")
    p.add_argument("--until", metavar="DATE", help="up to this date (included) or time (default: now)")
    p.add_argument("--period", choices=("24h", "7d", "30d"), help="the last 24 hours, 7 or 30 days")
    p.add_argument("--by", choices=("hour", "day", "week"), help="step of the counts over time (default: by length)")

    p = command("gui", "app:cmd_gui", "start the desktop app (the default with no command)")
    p.add_argument("--smoke-test", action="store_true",
                   help="open the app on a throwaway station, unlock it and quit once it has painted "
                        "(checks an installation; works with QT_QPA_PLATFORM=offscreen)")
    return parser


def run_command(name: str, args: argparse.Namespace) -> int:
    """Run ``group:function``: the group's module (and what it needs) loads only now, for this command."""
    group, function = name.split(":")
    return getattr(importlib.import_module(f"{__package__}.{group}"), function)(args)


def _version_text() -> str:
    from ..protocol import codebook as codebook_mod
    book = codebook_mod.current()
    from ..station import warning_lists
    return f"siaga {__version__}\ncodebook {book.version} sha256:{book.content_hash}\n{warning_lists.version_text()}"


def no_core_dumps() -> None:
    """A crash must not write the unlocked keys and report plaintext from memory into a core file."""
    try:
        import resource
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):  # not on this platform, or not allowed: nothing to lower
        pass


def main(argv: list[str] | None = None) -> int:
    """Run one command (or the desktop app); every file and folder it creates is for the owner only."""
    with private_files():
        try:
            status = _main(argv)
            if sys.stdout is not None:  # none under a windowed launcher
                sys.stdout.flush()  # what is still buffered, while a closed pipe can still be caught
        except BrokenPipeError:
            log.debug("the output's reader went away; stopping quietly", exc_info=True)  # the trace: log file only
            return _reader_gone()
        return status


#: the exit status of a Unix tool whose reader went away (128 + SIGPIPE)
READER_GONE = 141


def _reader_gone() -> int:
    """The output's reader closed the pipe (``| head``): stop quietly, as Unix tools do, without a trace."""
    try:  # Python's own flush at exit would fail again on the closed pipe and print a warning
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout is not a file (an embedding caller): nothing to silence
        pass
    return READER_GONE


def _main(argv: list[str] | None) -> int:
    no_core_dumps()
    argv = sys.argv[1:] if argv is None else argv
    if argv:
        args = build_parser().parse_args(argv)
    else:  # the desktop app on the default home, as its menu entry starts it: no parser to build
        args = argparse.Namespace(command=None, version=False)
    logging_setup.configure(verbose=getattr(args, "verbose", False))
    log.info("siaga %s: %s", __version__, "version" if args.version else (args.command or "gui"))
    try:
        if args.version:
            print(_version_text())
            return 0
        return run_command(getattr(args, "func", None) or "app:cmd_gui", args)
    except SiagaError as exc:
        print(f"siaga: error: {shown(exc)}", file=sys.stderr)
        return exc.exit_code
    except BrokenPipeError:
        raise  # the reader went away: main() stops quietly
    except KeyboardInterrupt:
        print("siaga: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # last resort: one line for the user, the trace in the log
        log.debug("unexpected failure", exc_info=True)
        print(f"siaga: internal error: {type(exc).__name__}: {shown(exc)}", file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

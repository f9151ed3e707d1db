"""The ``siaga`` command: everything the desktop app does, headless.

Exit status: 0 success, 2 bad input (one line on stderr), 1 any other failure.
The passphrase comes from ``SIAGA_PASSPHRASE`` or an interactive prompt; the
station's folder from ``--home``, ``SIAGA_HOME`` or the platform's data folder.
"""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

import platformdirs

from . import __version__, logging_setup
from .errors import AlreadyInitialised, InputError, NotInitialised, SiagaError
from .fileio import atomic_write, private_files
from .languages import LANGUAGES
from .text_rules import printable, printable_json

if TYPE_CHECKING:
    from .station import Station

log = logging.getLogger("siaga.cli")

MAX_DRAFT_FILE = 64 * 1024 * 1024


# -- helpers ----------------------------------------------------------------

def default_home() -> Path:
    """``SIAGA_HOME``, or the platform's per-user data folder."""
    env = os.environ.get("SIAGA_HOME")
    return Path(env) if env else Path(platformdirs.user_data_dir("siaga", appauthor=False))


def _home(args: argparse.Namespace) -> Path:
    return Path(args.home).expanduser() if getattr(args, "home", None) else default_home()


def _passphrase(prompt: str = "Passphrase: ", confirm: bool = False) -> str:
    env = os.environ.get("SIAGA_PASSPHRASE")
    if env is not None:
        return env
    if not sys.stdin or not sys.stdin.isatty():
        raise InputError("no passphrase: set SIAGA_PASSPHRASE or run in a terminal")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat passphrase: ") != first:
        raise InputError("the two passphrases differ")
    return first


def _open(args: argparse.Namespace) -> Station:
    from . import keystore
    from .station import Station
    home = _home(args)
    if not keystore.exists(home):
        raise NotInitialised(home=str(home))
    return Station.open(home, _passphrase())


def _shown(value: Any, *, multiline: bool = False) -> str:
    """Text that came from a peer, a file or a user, safe to print on a terminal.

    Control and text-direction characters are written as escapes (``\\x1b``, ``\\u202e``), so
    a name or summary cannot move the cursor, recolour the screen or reorder a line. The core
    refuses such text where it comes in; this is the second line of defence for anything
    stored before that rule, or that reaches the output another way.
    """
    return printable(value, multiline=multiline)


def _print_json(value: Any) -> None:
    print(printable_json(json.dumps(value, indent=2, ensure_ascii=False, sort_keys=True)))


def _read_input(path: str, what: str, limit: int) -> bytes:
    try:
        if path == "-":
            data = sys.stdin.buffer.read(limit + 1)
        else:
            with open(path, "rb") as handle:
                data = handle.read(limit + 1)
    except OSError as exc:
        raise InputError(f"cannot read {what} {path!r}: {exc.strerror}") from None
    if len(data) > limit:
        raise InputError(f"{what} {path!r} is larger than {limit // (1024 * 1024)} MiB")
    return data


def _write_output(path: str | None, data: bytes) -> None:
    if not path or path == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        atomic_write(Path(path), data, mode=0o600)


def _lang(args: argparse.Namespace) -> str:
    return getattr(args, "lang", None) or os.environ.get("SIAGA_LANG", "en")


# -- commands ---------------------------------------------------------------

def cmd_init(args: argparse.Namespace) -> int:
    from . import keystore
    from .station import Station
    home = _home(args)
    if keystore.exists(home):
        raise AlreadyInitialised(home=str(home))
    passphrase = _passphrase("New passphrase: ", confirm=True)
    with Station.create(home, passphrase, args.name, args.org, args.country, args.url) as station:
        if args.json:
            _print_json({"home": str(home), "fingerprint": station.fingerprint, **station.profile})
        else:
            print(f"Station created in {home}")
            print(f"Fingerprint: {station.fingerprint}")
            print("Read these digits to your counterparts so they can verify your contact card.")
    return 0


def cmd_station(args: argparse.Namespace) -> int:
    with _open(args) as station:
        info = {"home": str(station.home), "fingerprint": station.fingerprint, **station.profile}
        if args.json:
            _print_json(info)
        else:
            for key in ("name", "org", "country", "url", "fingerprint", "home"):
                print(f"{key:12} {_shown(info[key])}")
    return 0


def cmd_passphrase(args: argparse.Namespace) -> int:
    from . import keystore
    from .station import Station
    home = _home(args)
    old = _passphrase("Current passphrase: ")
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
    passphrase = _passphrase()
    with _open(args) as station:
        fingerprint = station.rotate_keys(passphrase)
        told = len(station.pending_statements())
    print(f"New keys. Fingerprint: {fingerprint}")
    print(f"{told} peer(s) will be told on the next sync (or bundle); restart 'siaga serve' if it runs.")
    return 0


def cmd_keys_revoke(args: argparse.Namespace) -> int:
    if not args.yes:
        raise InputError("revoking stops all traffic with this station for good: repeat with --yes")
    passphrase = _passphrase()
    with _open(args) as station:
        station.revoke_keys(passphrase)
        told = len(station.pending_statements())
    print(f"Keys revoked. {told} peer(s) will be told on the next sync (or bundle); this station sends nothing else.")
    return 0


def cmd_card_export(args: argparse.Namespace) -> int:
    with _open(args) as station:
        if args.url:
            station.set_url(args.url)
        _write_output(args.out, station.card_bytes())
        if args.out and args.out != "-":
            print(f"Contact card written to {args.out}", file=sys.stderr)
    return 0


def cmd_peer_add(args: argparse.Namespace) -> int:
    data = _read_input(args.card, "contact card", 1024 * 1024)
    with _open(args) as station:
        peer = station.add_peer(data, args.url, args.cert, args.via)
        if args.json:
            _print_json(peer.to_dict())
        else:
            print(peer.id)
            print(f"Added {_shown(peer.card.name)} ({_shown(peer.card.org)}, {_shown(peer.card.country)}) as "
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
    with _open(args) as station:
        peer = station.add_taxii_peer(args.url, args.name, user=args.user or "", password=password, token=token,
                                      country=args.country or "", cert=args.cert)
    if args.json:
        _print_json(peer.to_dict())
    else:
        print(peer.id)
        print(f"Added TAXII collection {_shown(peer.card.name)} as unverified; reports reach it as STIX 2.1.",
              file=sys.stderr)
    return 0


def cmd_peer_list(args: argparse.Namespace) -> int:
    with _open(args) as station:
        peers = [p.to_dict() for p in station.peers()]
    if args.json:
        _print_json(peers)
    elif not peers:
        print("No peers yet: add one with 'siaga peer add CARD_FILE'.")
    else:
        for p in peers:
            print(f"{p['id']}  {p['trust']:10}  {_shown(p['country'])}  {_shown(p['name'])} ({_shown(p['org'])})  "
                  f"{_shown(p['url'] or '-')}")
    return 0


def cmd_peer_verify(args: argparse.Namespace) -> int:
    from .station import VERIFIED
    with _open(args) as station:
        peer = station.set_trust(args.peer_id, VERIFIED)
    print(f"{peer.id} ({_shown(peer.card.name)}) is now verified.")
    return 0


def cmd_report_new(args: argparse.Namespace) -> int:
    from .encoding import load_json_text
    data = _read_input(args.source, "draft file", MAX_DRAFT_FILE)
    drafts = load_json_text(data, f"draft file {args.source!r}")  # duplicate keys, deep nesting: refused
    bulk = isinstance(drafts, list)
    with _open(args) as station:
        ids = station.file_reports(drafts if bulk else [drafts])
    if args.json:
        _print_json(ids if bulk else ids[0])
    else:
        print("\n".join(ids))
    return 0


def cmd_outbox_list(args: argparse.Namespace) -> int:
    with _open(args) as station:
        rows = station.outbox()
    if args.json:
        _print_json(rows_for_json(rows))
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


def cmd_codebook_list(args: argparse.Namespace) -> int:
    from . import codebook as codebook_mod
    book = codebook_mod.current()
    lang = _lang(args)
    kinds = [args.kind] if args.kind else ["classifications", "severity", "tlp", "pap", "message_types",
                                          "scopes", "observations"]
    out = {}
    for kind in kinds:
        if kind != "classifications" and kind not in book.data:
            raise InputError(f"unknown list {kind!r}")
        out[kind] = [{"code": e.get("code", e.get("level")), "label": book.label(kind, e.get("code", e.get("level")),
                                                                                  lang)}
                     for e in book.entries(kind)]
    if args.json:
        _print_json({"version": book.version, "hash": book.content_hash, **out})
        return 0
    print(f"Codebook {book.version} ({book.content_hash[:16]})")
    for kind, rows in out.items():
        print(f"\n[{kind}]")
        for row in rows:
            print(f"  {row['code']!s:50} {row['label']}")
    return 0


def _find_entry(book: codebook_mod.Codebook, code: str) -> tuple[str, dict]:
    from . import codebook as codebook_mod
    for kind in codebook_mod.KINDS:
        key: Any = code
        if kind == "severity":
            if not code.isdigit():
                continue
            key = int(code)
        if kind in ("tlp", "pap"):
            key = code.upper()
        if book.has(kind, key):
            return kind, book.entry(kind, key)
    raise InputError(f"no code {code!r} in codebook {book.version}")


def cmd_codebook_show(args: argparse.Namespace) -> int:
    from . import codebook as codebook_mod
    book = codebook_mod.current()
    lang = _lang(args)
    kind, entry = _find_entry(book, args.code)
    if args.json:
        _print_json({"kind": kind, **entry})
        return 0
    code = entry.get("code", entry.get("level"))
    print(f"{code}  [{kind}]")
    print(f"  {book.label(kind, code, lang)}")
    for key in ("description", "help"):
        if key in entry:
            print(f"  {entry[key][lang if lang in entry[key] else 'en']}")
    if kind == "observations":
        for sug in entry["suggests"]:
            print(f"  suggests {sug['code']} (weight {sug['weight']})")
    if kind == "groups":
        print("  members: " + ", ".join(entry["members"]))
    return 0


def cmd_codebook_suggest(args: argparse.Namespace) -> int:
    from . import codebook as codebook_mod
    book = codebook_mod.current()
    lang = _lang(args)
    ranked = book.suggest(args.observations)
    if args.json:
        _print_json([{"code": s.code, "score": s.score, "reasons": list(s.reasons)} for s in ranked])
        return 0
    for i, s in enumerate(ranked, 1):
        reasons = " + ".join(book.label("observations", r, lang) for r in s.reasons)
        print(f"{i:2}. {s.code:48} {s.score:.2f}  {book.label('classifications', s.code, lang)}")
        print(f"    because: {reasons}")
    return 0


def cmd_codeline_encode(args: argparse.Namespace) -> int:
    from . import codeline
    with _open(args) as station:
        opened = station.read_outbox(args.message_id)
        line = codeline.encode(opened.content, opened.msg_id, station.books.get(opened.content["codebook"]))
    print(line)
    return 0


def cmd_codeline_decode(args: argparse.Namespace) -> int:
    from . import codebook as codebook_mod
    from . import codeline
    books = codebook_mod.codebooks()
    fields = codeline.decode(args.line, books)
    if args.json:
        _print_json(fields)
        return 0
    for name, value in codeline.render(fields, books.get(fields["codebook"]), _lang(args)):
        print(f"{name:12} {_shown(value)}")
    return 0


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        port = -1
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"expected a port number from 0 to 65535, not {text!r}")
    return port


def cmd_serve(args: argparse.Namespace) -> int:
    from .endpoint import Endpoint
    station = _open(args)
    keys, home = station.keys, station.home
    station.close()
    endpoint = Endpoint(home, keys, host=args.host, port=args.port)
    if args.port_file:  # for scripts that start it on --port 0: the port it got, once it listens
        try:
            atomic_write(Path(args.port_file), f"{endpoint.port}\n".encode(), mode=0o644)
        except SiagaError as exc:
            endpoint.stop()
            raise InputError(f"--port-file: {exc}") from None
    print(f"Siaga endpoint listening on {endpoint.url} (Ctrl+C to stop)", file=sys.stderr, flush=True)
    try:
        endpoint.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        endpoint.stop()
    return 0


def _summary_line(summary) -> str:
    return (f"{summary.delivered} delivered, {summary.failed} failed (will retry), {summary.given_up} given up, "
            f"{summary.waiting} waiting")


def cmd_sync(args: argparse.Namespace) -> int:
    import threading

    from .sync import Sync
    with _open(args) as station:
        engine = Sync(station)
        if not args.watch:
            summary = engine.run_once()
            if args.json:
                _print_json(summary.to_dict())
            else:
                print(_summary_line(summary))
                for ps in summary.peers:
                    line = f"  {ps.peer_id}  {ps.name}: {ps.delivered} delivered"
                    if ps.error:
                        line += f", {ps.failed + ps.given_up} not delivered: {ps.error}"
                    print(_shown(line))
            return 0
        stop = threading.Event()

        def progress(done: int, total: int) -> None:
            if total and sys.stderr.isatty():
                width = 30
                filled = int(width * done / total)
                print(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}", end="", file=sys.stderr,
                      flush=True)

        def on_pass(summary) -> None:
            stamp = time.strftime("%H:%M:%S")
            print(f"\r{stamp} {_summary_line(summary)}", file=sys.stderr, flush=True)

        def on_link(peer_id: str, up: bool) -> None:
            print(f"{time.strftime('%H:%M:%S')} peer {peer_id} {'reachable' if up else 'unreachable'}",
                  file=sys.stderr, flush=True)

        try:
            engine.watch(stop, interval=args.interval, on_pass=on_pass, on_link=on_link, progress=progress)
        except KeyboardInterrupt:
            stop.set()
    return 0


def _epoch(value: str | None, option: str, *, end_of_day: bool = False) -> int | None:
    """An ISO date (a whole UTC day: its start, or with ``end_of_day`` its last second) or date and time."""
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        raise InputError(f"--{option}: {value!r} is not an ISO date such as 2026-11-24"
                         " (or a date and time such as 2026-11-24T08:30:00+07:00)") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    if end_of_day and len(value.strip()) == 10:
        moment += timedelta(days=1, seconds=-1)
    return int(moment.timestamp())


def cmd_inbox_list(args: argparse.Namespace) -> int:
    from .inbox_query import MAX_PAGE, InboxQuery
    if args.limit < 1:
        raise InputError("--limit must be at least 1")
    query = InboxQuery(code=args.code, severity=args.severity, country=args.country, tlp=args.tlp,
                       status=args.status, since=_epoch(args.since, "since"),
                       until=_epoch(args.until, "until", end_of_day=True), text=args.search or "",
                       types=(args.type,) if args.type else ())
    with _open(args) as station:
        rows, cursor = [], None
        while len(rows) < args.limit:
            page, cursor = station.inbox_page(query, cursor, min(MAX_PAGE, args.limit - len(rows)))
            rows += page
            if cursor is None:
                break
        names = {p.id: p.card.name for p in station.peers()}
    if args.json:
        _print_json(rows)
        return 0
    if not rows:
        print("The inbox is empty." if query == InboxQuery(types=()) else "No message matches.")
    for row in rows:
        when = time.strftime("%Y-%m-%d %H:%M", time.gmtime(row["received_at"]))
        sender = names.get(row["author_peer"], row["sender"])
        severity = "-" if row["severity"] is None else row["severity"]
        line = (f"{row['id'][:16]}  {when}  {_shown(sender[:24]):24} {_shown(row['country'] or '-')}  "
                f"{_shown(row['type']):15} {_shown(row['code'] or '-'):42} S{severity}  {_shown(row['tlp'] or '-'):16} "
                f"{_shown(row['status'])}")
        if row.get("mismatch"):
            line += "  ! claims " + _shown(", ".join(row["claimed"][key] or "-" for key in row["mismatch"]))
        print(line)
    return 0


def cmd_inbox_show(args: argparse.Namespace) -> int:
    with _open(args) as station:
        msg = station.read_inbox(args.message_id)
        book = station.books.get(msg["content"]["codebook"])
    lang = _lang(args)
    c = msg["content"]
    if args.json:
        labels = {"type": book.label("message_types", c["type"], lang)}
        if "code" in c:
            labels.update(code=book.label("classifications", c["code"], lang),
                          severity=book.label("severity", c["severity"], lang),
                          scope=book.label("scopes", c["scope"], lang))
        if "ack" in c:
            labels["ack_status"] = book.label("ack_status", c["ack"]["status"], lang)
        _print_json({**msg, "labels": labels, "lang": lang})
        return 0
    from .render import identity, mismatch_text
    author = msg["author"]
    badge = {"verified": "VERIFIED peer", "unverified": "signature valid, peer NOT verified",
             "unknown": "signature valid, author not in directory"}.get(msg["author_trust"], msg["author_trust"])
    who = identity(c, author)  # the directory's names for a known key, not what the content claims
    origin = ", ".join(part for part in (who["org"], who["country"]) if part)
    print(f"Message   {msg['id']}")
    print(f"From      {_shown(who['name'])}{f' ({_shown(origin)})' if origin else ''}  [{_shown(badge)}]")
    claims = mismatch_text(c, author)
    if claims:
        print(f"WARNING   {_shown(claims)}")
    print(f"Type      {_shown(book.label('message_types', c['type'], lang))}")
    if "code" in c:
        print(f"Code      {_shown(c['code'])}  {_shown(book.label('classifications', c['code'], lang))}")
        print(f"Severity  {c['severity']}  {_shown(book.label('severity', c['severity'], lang))}")
        print(f"Handling  {_shown(c['tlp'])}  {_shown(c['pap'])}")
        print(f"Scope     {_shown(book.label('scopes', c['scope'], lang))}: {_shown(', '.join(c['countries']) or '-')}")
        print(f"Observed  {_shown(c['observed_at'])}   reported {_shown(c['reported_at'])}")
        print(f"Summary   {_shown(c['summary'])}")
        if c["narrative"]:
            print("\n" + _shown(c["narrative"], multiline=True) + "\n")
        for ind in c["indicators"]:
            print(f"  {_shown(ind['type']):12} {_shown(ind['value'])}")
    if "ack" in c:
        print(f"Status    {_shown(book.label('ack_status', c['ack']['status'], lang))}  "
              f"{_shown(c['ack']['note'], multiline=True)}")
    print(f"Status here: {_shown(msg['status'])}")
    for reply in msg["replies"]:
        print(_shown(f"  reply {reply['id'][:12]} {reply['type']} {reply.get('ack', {}).get('status', '')}"))
    return 0


def cmd_inbox_ack(args: argparse.Namespace) -> int:
    with _open(args) as station:
        ack_id = station.acknowledge(args.message_id, args.status, args.note or "")
    print(ack_id)
    return 0


def cmd_inbox_forward(args: argparse.Namespace) -> int:
    with _open(args) as station:
        msg_id = station.forward(args.message_id, args.to)
    print(msg_id)
    return 0


def cmd_outbox_show(args: argparse.Namespace) -> int:
    with _open(args) as station:
        opened = station.read_outbox(args.message_id)
        row = next(r for r in station.outbox() if r["id"] == opened.msg_id)
        acks = station.acknowledgements(opened.msg_id)
    out = {"id": opened.msg_id, "content": opened.content,
           "deliveries": row["deliveries"], "acknowledgements": acks}
    if args.json:
        _print_json(out)
        return 0
    print(f"Message   {opened.msg_id}")
    print(f"Summary   {_shown(opened.content.get('summary', opened.content['type']))}")
    for d in row["deliveries"]:
        extra = d.get("error", "") if d["status"] != "delivered" else time.strftime(
            "receipt %Y-%m-%d %H:%M:%S UTC", time.gmtime(d["receipt"]["received_at"]))
        print(_shown(f"  to {d['peer']}: {d['status']} {extra}"))
    for ack in acks:
        print(_shown(f"  acknowledged by {ack['name']} ({ack['peer']}): {ack['status']} at {ack['at']} {ack['note']}"))
    return 0


def _progress_bar(label: str) -> Callable[[int, int], None]:
    def show(done: int, total: int) -> None:
        if total and sys.stderr.isatty():
            filled = int(30 * done / total)
            end = "\n" if done >= total else ""
            print(f"\r{label} [{'#' * filled}{'.' * (30 - filled)}] {done}/{total}", end=end, file=sys.stderr,
                  flush=True)
    return show


def cmd_export(args: argparse.Namespace) -> int:
    from . import exports
    if args.all and args.ids:
        raise InputError("give report ids or --all, not both")
    with _open(args) as station:
        items = exports.collect(station, None if args.all else args.ids, _progress_bar("reading"))
        if args.format == "stix":
            document: Any = exports.stix_bundle(station, items)
        else:
            document = exports.misp_events(items)
    atomic_write(Path(args.out), (json.dumps(document, indent=1, ensure_ascii=False) + "\n").encode("utf-8"),
                 mode=0o600)
    print(f"{len(items)} report(s) written to {args.out} ({'STIX 2.1 bundle' if args.format == 'stix' else 'MISP events'})")
    return 0


def cmd_import_stix(args: argparse.Namespace) -> int:
    from .stix_import import MAX_STIX_BYTES
    data = _read_input(args.file, "STIX bundle", MAX_STIX_BYTES)
    with _open(args) as station:
        found_new = station.import_stix(data, source=Path(args.file).name)
    found, new = found_new
    refused = getattr(found_new, "refused", [])
    if args.json:
        _print_json({"incidents": found, "new": new, "refused": [str(r) for r in refused]})
    else:
        print(f"{found} incident(s) read, {new} new, {len(refused)} refused; shown as external (unsigned) reports")
        for reason in refused:
            print(f"siaga: refused: {_shown(reason)}", file=sys.stderr)
    return 0


def cmd_ping(args: argparse.Namespace) -> int:
    with _open(args) as station:
        print(station.ping(args.peer_id))
    return 0


def cmd_bundle_export(args: argparse.Namespace) -> int:
    from .bundle import export_bundle, waiting_for
    with _open(args) as station:
        data, count = export_bundle(station, args.peer, ttl=args.days * 24 * 3600)
        left = len(waiting_for(station, station.peer(args.peer).id)) - count
    atomic_write(Path(args.out), data, mode=0o600)
    print(f"{count} message(s) written to {args.out}" + (f"; {left} more wait for the next bundle" if left else ""))
    return 0


def cmd_bundle_import(args: argparse.Namespace) -> int:
    from .bundle import MAX_BUNDLE_BYTES, import_bundle
    data = _read_input(args.file, "bundle", MAX_BUNDLE_BYTES)
    with _open(args) as station:
        result = import_bundle(station, data)
    if args.json:
        _print_json(result.__dict__)
    elif result.revoked:
        print(f"{result.peer_id} revoked its keys: recorded; its {result.messages} message(s) were not taken in")
    else:
        print(f"{result.messages} message(s) from {result.peer_id}: {result.new} new; "
              f"{result.receipts_recorded} delivery receipt(s) recorded")
    return 0


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
    with _open(args) as station:
        verdict = station.verify_audit()
    if args.json:
        _print_json(verdict.to_dict())
        return 0 if verdict.intact else 1
    verdict.check()
    print(f"The audit log is intact: {verdict.entries} {'entry' if verdict.entries == 1 else 'entries'},"
          " chained and signed.")
    return 0


def cmd_audit_list(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise InputError("--limit must be at least 1")
    with _open(args) as station:
        entries = station.audit_entries(args.limit)
    if args.json:
        _print_json(entries)
    elif not entries:
        print("The audit log is empty.")
    else:
        print("\n".join(_shown(_audit_line(entry)) for entry in entries))
    return 0


def cmd_audit_export(args: argparse.Namespace) -> int:
    fmt = "csv" if args.csv else "json"
    with _open(args) as station:
        count = station.export_audit(Path(args.out), fmt)
    print(f"{count} audit {'entry' if count == 1 else 'entries'} written to {args.out} ({fmt.upper()})")
    return 0


def cmd_gui(args: argparse.Namespace) -> int:
    try:
        from .gui.app import run
    except ImportError as exc:
        raise SiagaError(f"the desktop app cannot start: {exc}") from None
    if getattr(args, "smoke_test", False):
        from .gui.smoke import smoke_test
        if not smoke_test():
            raise SiagaError("the desktop app did not open its main window")
        print("The desktop app opened, unlocked and painted its main window.")
        return 0
    return run(_home(args))


# -- parser -----------------------------------------------------------------

class _Parser(argparse.ArgumentParser):
    """Usage mistakes are bad input like any other: one line on stderr, exit status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"siaga: {message} (see '{self.prog} --help')\n")


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

    def command(name: str, func: Callable, help_text: str, parent: Any = sub, json_flag: bool = False,
                lang_flag: bool = False) -> argparse.ArgumentParser:
        p = parent.add_parser(name, parents=[common], help=help_text, description=help_text)
        p.set_defaults(func=func)
        if json_flag:
            p.add_argument("--json", action="store_true", help="machine-readable output")
        if lang_flag:
            p.add_argument("--lang", choices=LANGUAGES, help="language of labels (default en)")
        return p

    p = command("init", cmd_init, "create this station's keys and database", json_flag=True)
    p.add_argument("--name", required=True, help="station name, e.g. 'ID-CSIRT duty desk'")
    p.add_argument("--org", required=True, help="organisation")
    p.add_argument("--country", required=True, help="ISO 3166-1 alpha-2 code, e.g. ID")
    p.add_argument("--url", help="this station's endpoint URL, for its contact card")

    command("station", cmd_station, "show this station's profile and fingerprint", json_flag=True)
    command("passphrase", cmd_passphrase, "change the passphrase (new one from SIAGA_NEW_PASSPHRASE or a prompt)")

    keys = sub.add_parser("keys", help="rotate or revoke this station's keys").add_subparsers(
        dest="keys_command", metavar="ACTION", required=True)
    command("rotate", cmd_keys_rotate, "new keys, announced to every peer by a statement signed with the old ones",
            parent=keys)
    p = command("revoke", cmd_keys_revoke, "tell every peer to stop all traffic with this station's keys",
                parent=keys)
    p.add_argument("--yes", action="store_true", help="confirm: this cannot be undone")

    card = sub.add_parser("card", help="contact cards").add_subparsers(dest="card_command", metavar="ACTION",
                                                                         required=True)
    p = command("export", cmd_card_export, "write this station's signed contact card", parent=card)
    p.add_argument("--out", help="file to write (default: standard output)")
    p.add_argument("--url", help="set this station's endpoint URL first")

    peer = sub.add_parser("peer", help="the directory of peers").add_subparsers(
        dest="peer_command", metavar="ACTION", required=True)
    p = command("add", cmd_peer_add, "add a peer from its contact card file", parent=peer, json_flag=True)
    p.add_argument("card", metavar="CARD_FILE", help="contact card file ('-' for standard input)")
    p.add_argument("--url", help="endpoint URL to use instead of the one on the card")
    p.add_argument("--cert", help="certificate file to pin for the peer's https:// endpoint")
    p.add_argument("--via", metavar="HUB_ID", help="reach this peer through a hub peer that relays for you")
    p = command("add-taxii", cmd_peer_add_taxii, "add a TAXII 2.1 collection as a peer (reports go to it as STIX)",
                parent=peer, json_flag=True)
    p.add_argument("url", metavar="COLLECTION_URL", help="the collection's URL (…/collections/ID/)")
    p.add_argument("--name", required=True, help="a name for it")
    p.add_argument("--user", help="HTTP Basic user (password from SIAGA_TAXII_PASSWORD or a prompt);"
                                  " without it, SIAGA_TAXII_TOKEN is sent as a bearer token if set")
    p.add_argument("--country", help="ISO 3166-1 alpha-2 code, so scope routing can choose it")
    p.add_argument("--cert", help="certificate file to pin for an https:// server")
    command("list", cmd_peer_list, "list peers", parent=peer, json_flag=True)
    p = command("verify", cmd_peer_verify, "mark a peer verified after comparing fingerprint digits", parent=peer)
    p.add_argument("peer_id", metavar="PEER_ID")

    report = sub.add_parser("report", help="file reports").add_subparsers(
        dest="report_command", metavar="ACTION", required=True)
    p = command("new", cmd_report_new, "file a report (or a list of them) from a JSON draft", parent=report,
                json_flag=True)
    p.add_argument("--from", dest="source", required=True, metavar="FILE.json",
                   help="draft file: one object, or a list for bulk import ('-' for standard input)")

    outbox = sub.add_parser("outbox", help="messages this station sends").add_subparsers(
        dest="outbox_command", metavar="ACTION", required=True)
    command("list", cmd_outbox_list, "list the outbox with delivery states", parent=outbox, json_flag=True)
    p = command("show", cmd_outbox_show, "show one sent message with deliveries and acknowledgements",
                parent=outbox, json_flag=True)
    p.add_argument("message_id", metavar="ID")

    p = command("serve", cmd_serve, "run this station's endpoint so peers can deliver to it")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=_port, default=8443, help="port (default 8443; 0 picks a free one)")
    p.add_argument("--port-file", metavar="FILE",
                   help="once listening, write the port number to FILE (with --port 0: the one picked)")
    p = command("sync", cmd_sync, "deliver the outbox to peers", json_flag=True)
    p.add_argument("--watch", action="store_true", help="keep going: sync whenever a connection is available")
    p.add_argument("--interval", type=float, default=60.0, help="with --watch: seconds between passes")

    inbox = sub.add_parser("inbox", help="messages this station received").add_subparsers(
        dest="inbox_command", metavar="ACTION", required=True)
    p = command("list", cmd_inbox_list, "list received messages, newest first", parent=inbox, json_flag=True)
    p.add_argument("--code", help="only this incident code")
    p.add_argument("--severity", type=int, choices=range(6), help="only this severity")
    p.add_argument("--tlp", help="only this TLP label")
    p.add_argument("--status", help="only this status (new, received, investigating, resolved, false-positive)")
    p.add_argument("--type", help="only this message type")
    p.add_argument("--country", help="only reports concerning this country (ISO 3166-1 alpha-2; groups count)")
    p.add_argument("--since", metavar="DATE", help="received on or after this ISO date (UTC) or date and time")
    p.add_argument("--until", metavar="DATE", help="received on or before this ISO date (UTC) or date and time")
    p.add_argument("--search", metavar="TEXT", help="only reports whose summary has all these words")
    p.add_argument("--limit", type=int, default=100)
    p = command("show", cmd_inbox_show, "show one message, decrypted and verified", parent=inbox, json_flag=True,
                lang_flag=True)
    p.add_argument("message_id", metavar="ID")
    p = command("ack", cmd_inbox_ack, "acknowledge a message to its sender", parent=inbox)
    p.add_argument("message_id", metavar="ID")
    p.add_argument("--status", required=True, choices=["received", "investigating", "resolved", "false-positive"])
    p.add_argument("--note", help="a short note for the sender")

    p = command("forward", cmd_inbox_forward, "pass a report on to other peers (as its TLP label allows)",
                parent=inbox)
    p.add_argument("message_id", metavar="ID")
    p.add_argument("--to", nargs="+", required=True, metavar="PEER_ID", help="the peers to forward it to")

    p = command("ping", cmd_ping, "check that a peer's point of contact still answers")
    p.add_argument("peer_id", metavar="PEER_ID")

    export = sub.add_parser("export", help="export reports for other tools").add_subparsers(
        dest="export_command", metavar="FORMAT", required=True)
    for fmt, what in (("stix", "a STIX 2.1 bundle"), ("misp", "MISP event JSON")):
        p = command(fmt, cmd_export, f"write reports as {what}", parent=export)
        p.set_defaults(format=fmt)
        p.add_argument("ids", nargs="*", metavar="ID", help="reports to export (id prefixes)")
        p.add_argument("--all", action="store_true", help="every report in the outbox and inbox")
        p.add_argument("--out", required=True, help="file to write")
    imp = sub.add_parser("import", help="bring in reports from other tools").add_subparsers(
        dest="import_command", metavar="FORMAT", required=True)
    p = command("stix", cmd_import_stix, "read a STIX 2.1 bundle into the inbox as external reports", parent=imp,
                json_flag=True)
    p.add_argument("file", metavar="FILE")

    audit_cmd = sub.add_parser("audit", help="the tamper-evident log of this station's actions").add_subparsers(
        dest="audit_command", metavar="ACTION", required=True)
    command("verify", cmd_audit_verify, "check that no entry was edited, removed or reordered (exit 1 if one was)",
            parent=audit_cmd, json_flag=True)
    p = command("list", cmd_audit_list, "show the latest entries, oldest first", parent=audit_cmd, json_flag=True)
    p.add_argument("--limit", type=int, default=50, help="how many of the latest entries (default 50)")
    p = command("export", cmd_audit_export, "write every entry, decrypted, for after-action review", parent=audit_cmd)
    p.add_argument("--out", required=True, metavar="FILE", help="file to write")
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true", help="a JSON document with the verification result (default)")
    fmt.add_argument("--csv", action="store_true", help="one row per entry")

    bundle = sub.add_parser("bundle", help="carry messages on a file").add_subparsers(
        dest="bundle_command", metavar="ACTION", required=True)
    p = command("export", cmd_bundle_export, "write everything waiting for a peer to a file", parent=bundle)
    p.add_argument("--peer", required=True, metavar="PEER_ID")
    p.add_argument("--out", required=True, metavar="FILE")
    p.add_argument("--days", type=int, default=30, help="the bundle expires after this many days (default 30)")
    p = command("import", cmd_bundle_import, "take in a bundle from a peer", parent=bundle, json_flag=True)
    p.add_argument("file", metavar="FILE")

    cb = sub.add_parser("codebook", help="the protocol codes").add_subparsers(
        dest="codebook_command", metavar="ACTION", required=True)
    p = command("list", cmd_codebook_list, "list codes with their labels", parent=cb, json_flag=True,
                lang_flag=True)
    p.add_argument("--kind", help="one list only (classifications, severity, tlp, pap, countries, groups, ...)")
    p = command("show", cmd_codebook_show, "show one code", parent=cb, json_flag=True, lang_flag=True)
    p.add_argument("code", metavar="CODE")
    p = command("suggest", cmd_codebook_suggest, "rank incident codes for observations", parent=cb,
                json_flag=True, lang_flag=True)
    p.add_argument("observations", nargs="+", metavar="OBS_CODE")

    cl = sub.add_parser("codeline", help="short code lines for phone, radio or SMS").add_subparsers(
        dest="codeline_command", metavar="ACTION", required=True)
    p = command("encode", cmd_codeline_encode, "print the code line of an outbox message", parent=cl)
    p.add_argument("message_id", metavar="MESSAGE_ID", help="message id (a unique prefix is enough)")
    p = command("decode", cmd_codeline_decode, "decode a typed-in code line", parent=cl, json_flag=True,
                lang_flag=True)
    p.add_argument("line", metavar="LINE")

    p = command("gui", cmd_gui, "start the desktop app (the default with no command)")
    p.add_argument("--smoke-test", action="store_true",
                   help="open the app on a throwaway station, unlock it and quit once it has painted "
                        "(checks an installation; works with QT_QPA_PLATFORM=offscreen)")
    return parser


def _version_text() -> str:
    from . import codebook as codebook_mod
    book = codebook_mod.current()
    return f"siaga {__version__}\ncodebook {book.version} sha256:{book.content_hash}"


def _no_core_dumps() -> None:
    """A crash must not write the unlocked keys and report plaintext from memory into a core file."""
    try:
        import resource
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):  # not on this platform, or not allowed: nothing to lower
        pass


def main(argv: list[str] | None = None) -> int:
    """Run one command (or the desktop app); every file and folder it creates is for the owner only."""
    with private_files():
        return _main(argv)


def _main(argv: list[str] | None) -> int:
    _no_core_dumps()
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
        func = getattr(args, "func", None) or cmd_gui
        return func(args)
    except SiagaError as exc:
        print(f"siaga: error: {_shown(exc)}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("siaga: interrupted", file=sys.stderr)
        return 130
    except Exception as exc:  # last resort: one line for the user, the trace in the log
        log.debug("unexpected failure", exc_info=True)
        print(f"siaga: internal error: {type(exc).__name__}: {_shown(exc)}", file=sys.stderr)
        return 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

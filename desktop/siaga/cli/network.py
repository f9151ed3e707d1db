"""Commands that move messages: serve, sync, bundle export/import."""

from __future__ import annotations

import argparse
import logging
import sys
import threading
import time
from pathlib import Path

from ..base.errors import InputError, SiagaError
from ..base.fileio import atomic_write
from ..delivery import receiving
from ..delivery.bundle import MAX_BUNDLE_BYTES, export_bundle, import_bundle, waiting_for
from ..delivery.endpoint import Endpoint
from ..delivery.sync import Sync
from .arrivals import arrivals, print_arrivals
from .common import open_station, print_json, read_input, shown

log = logging.getLogger("siaga.cli")


def cmd_serve(args: argparse.Namespace) -> int:
    station = open_station(args)
    keys, home = station.keys, station.home
    station.close()
    endpoint = Endpoint(home, keys, host=args.host, port=args.port)
    endpoint.app.filer.pause = args.filing_pause
    receiving.use_processes(args.open_processes, keys.box_keys())
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

    with open_station(args) as station:
        engine = Sync(station)
        if not args.watch:
            summary = engine.run_once()
            if args.json:
                print_json(summary.to_dict())
            else:
                print(_summary_line(summary))
                for ps in summary.peers:
                    line = f"  {ps.peer_id}  {ps.name}: {ps.delivered} delivered"
                    if ps.error:
                        line += f", {ps.failed + ps.given_up} not delivered: {ps.error}"
                    print(shown(line))
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


def cmd_bundle_export(args: argparse.Namespace) -> int:
    with open_station(args) as station:
        data, count = export_bundle(station, args.peer, ttl=args.days * 24 * 3600)
        left = len(waiting_for(station, station.peer(args.peer).id)) - count
    atomic_write(Path(args.out), data, mode=0o600)
    print(f"{count} message(s) written to {args.out}" + (f"; {left} more wait for the next bundle" if left else ""))
    return 0


def cmd_bundle_import(args: argparse.Namespace) -> int:
    data = read_input(args.file, "bundle", MAX_BUNDLE_BYTES)
    with open_station(args) as station:
        result = import_bundle(station, data)
        found = arrivals(station, result.new_ids)  # what the app would announce: urgent reports, checks
    if args.json:
        print_json(dict(result.__dict__, **found.to_dict()))
    elif result.revoked:
        print(f"{result.peer_id} revoked its keys: recorded; its {result.messages} message(s) were not taken in")
    else:
        print(f"{result.messages} message(s) from {result.peer_id}: {result.new} new; "
              f"{result.receipts_recorded} delivery receipt(s) recorded")
        print_arrivals(found)
    return 0

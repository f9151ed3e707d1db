"""What every command shares: the station's folder, the passphrase, opening the station, reading and writing files."""

from __future__ import annotations

import argparse
import getpass
import json
import logging
import os
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs

from ..base.errors import InputError, NotInitialised
from ..base.fileio import atomic_write
from ..protocol.text_rules import printable, printable_json

if TYPE_CHECKING:
    from ..station.facade import Station

log = logging.getLogger("siaga.cli")


def default_home() -> Path:
    """``SIAGA_HOME``, or the platform's per-user data folder."""
    env = os.environ.get("SIAGA_HOME")
    return Path(env) if env else Path(platformdirs.user_data_dir("siaga", appauthor=False))


def home_of(args: argparse.Namespace) -> Path:
    return Path(args.home).expanduser() if getattr(args, "home", None) else default_home()


def ask_passphrase(prompt: str = "Passphrase: ", confirm: bool = False) -> str:
    env = os.environ.get("SIAGA_PASSPHRASE")
    if env is not None:
        return env
    if not sys.stdin or not sys.stdin.isatty():
        raise InputError("no passphrase: set SIAGA_PASSPHRASE or run in a terminal")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Repeat passphrase: ") != first:
        raise InputError("the two passphrases differ")
    return first


def open_station(args: argparse.Namespace) -> Station:
    from ..station.facade import Station  # loaded by the commands that open the station, not by the app's start
    from ..storage import keystore
    home = home_of(args)
    if not keystore.exists(home):
        raise NotInitialised(home=str(home))
    return Station.open(home, ask_passphrase())


def shown(value: Any, *, multiline: bool = False) -> str:
    """Text that came from a peer, a file or a user, safe to print on a terminal.

    Control and text-direction characters are written as escapes (``\\x1b``, ``\\u202e``), so
    a name or summary cannot move the cursor, recolour the screen or reorder a line. The core
    refuses such text where it comes in; this is the second line of defence for anything
    stored before that rule, or that reaches the output another way.
    """
    return printable(value, multiline=multiline)


def print_json(value: Any) -> None:
    print(printable_json(json.dumps(value, indent=2, ensure_ascii=False, sort_keys=True)))


def read_input(path: str, what: str, limit: int) -> bytes:
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


def write_output(path: str | None, data: bytes) -> None:
    if not path or path == "-":
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
    else:
        atomic_write(Path(path), data, mode=0o600)


def lang_of(args: argparse.Namespace) -> str:
    return getattr(args, "lang", None) or os.environ.get("SIAGA_LANG", "en")


def epoch_of(value: str | None, option: str, *, end_of_day: bool = False) -> int | None:
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

"""A lookup file of MISP's warning lists, so a check answers in a millisecond without reading them all.

The lists (about 65 MB of JSON in ``pymispwarninglists``) take seconds to read; a command
such as ``siaga report new`` cannot wait for that each time. They are read once into
this SQLite file in the user's cache folder, named by the package's version, and
looked up from it: exact values, domains with their parents, and address ranges (as
fixed-width hexadecimal, so that text order is numeric order). The file holds only the
public lists, nothing of the station's; it is written under a temporary name and moved
into place, so a half-built file is never used.
"""

from __future__ import annotations

import ipaddress
import json
import os
import sqlite3
from pathlib import Path
from typing import Iterable

FORMAT = 1


def _hex(value: int, version: int) -> str:
    return f"{value:0{8 if version == 4 else 32}x}"


def build(path: Path, lists: Iterable[tuple[str, str, list[str] | None, str, list]]) -> None:
    """Write the lookup file from (name, category, kinds or None, list type, entries) of each list."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    temp.unlink(missing_ok=True)
    conn = sqlite3.connect(str(temp))
    try:
        conn.execute("PRAGMA journal_mode=OFF")
        conn.execute("PRAGMA synchronous=OFF")
        conn.executescript(
            "CREATE TABLE lists (number INTEGER PRIMARY KEY, name TEXT, category TEXT, kinds TEXT);"
            "CREATE TABLE strings (v TEXT NOT NULL, list INTEGER NOT NULL, PRIMARY KEY (v, list)) WITHOUT ROWID;"
            "CREATE TABLE suffixes (v TEXT NOT NULL, list INTEGER NOT NULL, PRIMARY KEY (v, list)) WITHOUT ROWID;"
            "CREATE TABLE ranges (list INTEGER NOT NULL, ver INTEGER NOT NULL, start TEXT NOT NULL, stop TEXT NOT NULL,"
            " PRIMARY KEY (list, ver, start)) WITHOUT ROWID;"
            "CREATE TABLE patterns (kind TEXT NOT NULL, pattern TEXT NOT NULL, list INTEGER NOT NULL);"
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);")
        for number, (name, category, kinds, list_type, entries) in enumerate(lists):
            conn.execute("INSERT INTO lists VALUES (?, ?, ?, ?)",
                         [number, name, category, json.dumps(kinds) if kinds is not None else None])
            texts = [e.strip() for e in entries if isinstance(e, str) and e.strip()]
            if list_type == "cidr":
                spans: dict[int, list[tuple[int, int]]] = {4: [], 6: []}
                for text in texts:
                    try:
                        net = ipaddress.ip_network(text, strict=False)
                    except ValueError:
                        continue
                    spans[net.version].append((int(net.network_address), int(net.broadcast_address)))
                for version, found in spans.items():
                    merged: list[list[int]] = []
                    for start, stop in sorted(found):
                        if merged and start <= merged[-1][1] + 1:
                            merged[-1][1] = max(merged[-1][1], stop)
                        else:
                            merged.append([start, stop])
                    conn.executemany("INSERT INTO ranges VALUES (?, ?, ?, ?)",
                                     [(number, version, _hex(a, version), _hex(b, version)) for a, b in merged])
            elif list_type in ("string", "hostname"):
                exact = [t.lower() for t in texts if list_type == "string" and not t.startswith(".")]
                parents = [t.lower().strip(".") for t in texts if list_type == "hostname" or t.startswith(".")]
                conn.executemany("INSERT OR IGNORE INTO strings VALUES (?, ?)", [(v, number) for v in exact])
                conn.executemany("INSERT OR IGNORE INTO suffixes VALUES (?, ?)", [(v, number) for v in parents if v])
            elif list_type in ("substring", "regex"):
                conn.executemany("INSERT INTO patterns VALUES (?, ?, ?)", [(list_type, t, number) for t in texts])
        conn.execute("INSERT INTO meta VALUES ('format', ?)", [str(FORMAT)])
        conn.commit()
    finally:
        conn.close()
    os.replace(temp, path)


class Index:
    """An open lookup file (read only)."""

    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'format'").fetchone()
        if not row or row[0] != str(FORMAT):
            raise sqlite3.DatabaseError("not a warning list index of this format")
        self.lists = {n: (name, category, json.loads(kinds) if kinds else None)
                      for n, name, category, kinds in self.conn.execute("SELECT * FROM lists")}
        self.patterns = self.conn.execute("SELECT kind, pattern, list FROM patterns").fetchall()
        self.range_lists = {ver: [r[0] for r in self.conn.execute(
            "SELECT DISTINCT list FROM ranges WHERE ver = ?", [ver])] for ver in (4, 6)}

    def close(self) -> None:
        self.conn.close()

    def exact(self, values: list[str]) -> list[int]:
        return self._in("strings", values)

    def parents(self, names: list[str]) -> list[int]:
        return self._in("suffixes", names)

    def _in(self, table: str, values: list[str]) -> list[int]:
        if not values:
            return []
        marks = ",".join("?" * len(values))
        return [r[0] for r in self.conn.execute(f"SELECT DISTINCT list FROM {table} WHERE v IN ({marks})", values)]

    def in_ranges(self, version: int, low: int, high: int) -> list[int]:
        """The lists with a range holding the addresses ``low`` to ``high``."""
        lo, hi = _hex(low, version), _hex(high, version)
        found = []
        for number in self.range_lists[version]:
            row = self.conn.execute("SELECT stop FROM ranges WHERE list = ? AND ver = ? AND start <= ?"
                                    " ORDER BY start DESC LIMIT 1", [number, version, lo]).fetchone()
            if row and row[0] >= hi:
                found.append(number)
        return found

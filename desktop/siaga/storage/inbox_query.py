"""The inbox as a liaison reads it: pages of received messages, filtered and searched, at any size.

Nothing here reads plaintext from the database. Filters match blind indexes:
the inbox's own columns (code, severity, TLP, status, type) and the blind
*terms* of each message in ``inbox_terms`` (every country the report concerns,
as ``country:XX``, and every word of its summary, normalised by
:func:`search_words`). Each is an index ordered by (received_at, seq).

A page walks one of those indexes in received order, from the filter that
matches fewest messages (counted up to ``COUNT_CAPS[0]``; filters past that are
told apart by counting again up to ``COUNT_CAPS[1]``), and checks the other
filters on each candidate. A filter that matches nothing ends the query before
any row is read. Pages follow each other by keyset (received_at, seq of the
last row), never by OFFSET, so a page deep in a million messages costs what the
first one does, and rows arriving meanwhile neither repeat nor hide others.

Text search is whole words, all of them (AND), case- and accent-insensitive.
Scripts written without spaces between words (Thai, Chinese) are searched by
the whole run of letters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..base.errors import ValidationError
from ..protocol.message import REPORT_TYPES, is_urgent
from ..protocol.render import identity, mismatched
from .store import UNAUTHENTICATED_LINE, Store
from .terms import country_term, search_words

#: a position in the inbox: (received_at, seq) of the last row of a page
Cursor = tuple[int, int]

MAX_PAGE = 1000
MAX_WORDS = 16
MAX_TEXT = 1000
#: how far matches are counted to choose the index to walk: a quick count, then a wider one for a tie
COUNT_CAPS = (2_000, 50_000)

_COUNTRY = re.compile(r"^[A-Z0-9]{2,10}$")


@dataclass(frozen=True)
class InboxQuery:
    """What the liaison asked to see. Every field narrows the result; all must hold.

    ``types``: ``None`` means report types only (no acknowledgements or pings);
    an empty tuple means every type. ``since``/``until``: received time bounds in
    epoch seconds, both inclusive. ``text``: words that must all appear in the summary.
    ``unauthenticated``: the code lines received without a tag, which are kept apart: True
    lists only them, False (the ordinary list) everything else.
    """

    code: str | None = None
    severity: int | None = None
    country: str | None = None
    tlp: str | None = None
    status: str | None = None
    since: int | None = None
    until: int | None = None
    text: str = ""
    types: tuple[str, ...] | None = None
    descending: bool = True
    unauthenticated: bool = False

    def __post_init__(self) -> None:
        for name in ("code", "country", "tlp", "status"):
            value = getattr(self, name)
            if value is not None and (not isinstance(value, str) or not value.strip() or len(value) > 200):
                raise ValidationError("expected a non-empty code of at most 200 characters", field=name)
        if self.severity is not None and (type(self.severity) is not int or not 0 <= self.severity <= 5):
            raise ValidationError("expected a severity level from 0 to 5", field="severity")
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None and type(value) is not int:
                raise ValidationError("expected a time in epoch seconds", field=name)
        if not isinstance(self.text, str) or len(self.text) > MAX_TEXT:
            raise ValidationError(f"expected text of at most {MAX_TEXT} characters", field="text")
        if len(search_words(self.text)) > MAX_WORDS:
            raise ValidationError(f"search for at most {MAX_WORDS} words", field="text")
        if self.types is not None and (not isinstance(self.types, tuple)
                                       or not all(isinstance(t, str) and t for t in self.types)):
            raise ValidationError("expected a tuple of message types", field="types")
        if type(self.unauthenticated) is not bool:
            raise ValidationError("expected true or false", field="unauthenticated")
        if self.country is not None:
            object.__setattr__(self, "country", self.country.strip().upper())
            if not _COUNTRY.match(self.country):
                raise ValidationError(f"unknown country code {self.country!r}", field="country")
        if self.tlp is not None:
            object.__setattr__(self, "tlp", self.tlp.strip().upper())

    @property
    def words(self) -> list[str]:
        return search_words(self.text)

    @property
    def wanted_types(self) -> tuple[str, ...]:
        """The message types asked for; empty for every type."""
        return REPORT_TYPES if self.types is None else tuple(dict.fromkeys(self.types))


def _check_cursor(after: Any) -> Cursor | None:
    if after is None:
        return None
    try:
        received_at, seq = after
    except (TypeError, ValueError):
        raise ValidationError("expected (received_at, seq) from the previous page", field="after") from None
    if type(received_at) is not int or type(seq) is not int:
        raise ValidationError("expected (received_at, seq) from the previous page", field="after")
    return received_at, seq


class _Plan:
    """The SQL of one page: which index to walk and which checks to make on each candidate."""

    def __init__(self, store: Store, query: InboxQuery, after: Cursor | None) -> None:
        index = store.cipher.index
        self.store = store
        self.query = query
        self.after = after
        self.columns: list[tuple[str, bytes]] = []
        values = {"code": query.code, "severity": query.severity, "tlp": query.tlp, "status": query.status}
        for name, value in values.items():
            if value is not None:
                self.columns.append((f"{name}_ix", index(name, value)))
        # code lines without a tag: listed on their own, never in the ordinary list
        unauthenticated = index("sender", UNAUTHENTICATED_LINE)
        self.exclude: bytes | None = None
        if query.unauthenticated:
            self.columns.append(("sender_ix", unauthenticated))
        else:
            self.exclude = unauthenticated
        types = query.wanted_types
        self.type_in: list[bytes] = []
        if len(types) == 1:
            self.columns.append(("type_ix", index("type", types[0])))
        elif types:
            self.type_in = [index("type", t) for t in types]
        terms = ([country_term(query.country)] if query.country else []) + query.words
        self.terms = [store.term_index(term) for term in terms]

    def _reports_only_asked_of_other_types(self) -> bool:
        """A filter only reports can match, on types that are not reports: nothing, known without a walk.

        Only reports carry a code, a severity, a TLP label, countries or a summary (the
        message format allows them on no other type).
        """
        q = self.query
        types = q.wanted_types
        asks_report_fields = any(v is not None for v in (q.code, q.severity, q.tlp, q.country)) or bool(q.words)
        return asks_report_fields and bool(types) and not set(types) & set(REPORT_TYPES)

    def _range(self, alias: str) -> tuple[list[str], list[Any]]:
        clauses, params = [], []
        if self.query.since is not None:
            clauses.append(f"{alias}.received_at >= ?")
            params.append(self.query.since)
        if self.query.until is not None:
            clauses.append(f"{alias}.received_at <= ?")
            params.append(self.query.until)
        if self.after is not None:
            clauses.append(f"({alias}.received_at, {alias}.seq) {'<' if self.query.descending else '>'} (?, ?)")
            params.extend(self.after)
        return clauses, params

    def _count(self, candidate: tuple[str, Any], cap: int) -> int:
        kind, value = candidate
        table, column, value = ("inbox_terms", "term_ix", value) if kind == "term" else ("inbox", *value)
        clauses, params = self._range("c")
        where = " AND ".join([f"c.{column} = ?", *clauses])
        sql = f"SELECT COUNT(*) FROM (SELECT 1 FROM {table} AS c WHERE {where} LIMIT ?)"
        return self.store.db.execute(sql, [value, *params, cap]).fetchone()[0]

    def driver(self) -> tuple[str, Any] | None:
        """The filter to walk: ("term", ix), ("column", (name, ix)), ("empty", None) or None for all."""
        if self._reports_only_asked_of_other_types():
            return "empty", None
        candidates: list[tuple[str, Any]] = [("term", ix) for ix in self.terms]
        candidates += [("column", column) for column in self.columns]
        if not candidates:
            return None
        for cap in COUNT_CAPS:
            counts = [(self._count(candidate, cap), candidate) for candidate in candidates]
            least = min(count for count, _ in counts)
            if least == 0:
                return "empty", None
            candidates = [candidate for count, candidate in counts if count == least]
            if least < cap or len(candidates) == 1:
                break
        return candidates[0]

    def sql(self, driver: tuple[str, Any] | None, limit: int) -> tuple[str, list[Any]]:
        where: list[str] = []
        params: list[Any] = []
        columns, terms = list(self.columns), list(self.terms)
        if driver and driver[0] == "term":
            source, key = "inbox_terms AS d CROSS JOIN inbox AS i ON i.seq = d.seq", "d"
            where.append("d.term_ix = ?")
            params.append(driver[1])
            terms.remove(driver[1])
        elif driver and driver[0] == "column":
            name, ix = driver[1]
            source, key = f"inbox AS i INDEXED BY {_index_of(name)}", "i"
            where.append(f"i.{name} = ?")
            params.append(ix)
            columns.remove(driver[1])
        else:
            source, key = "inbox AS i INDEXED BY idx_inbox_received_at_seq", "i"
        clauses, range_params = self._range(key)
        where += clauses
        params += range_params
        for name, ix in columns:
            if key == "d":  # checked in the filter's own index, before the message's row is read
                where.append(f"EXISTS (SELECT 1 FROM inbox AS c INDEXED BY {_index_of(name)}"
                             f" WHERE c.{name} = ? AND c.received_at = d.received_at AND c.seq = d.seq)")
            else:
                where.append(f"i.{name} = ?")
            params.append(ix)
        if self.exclude is not None:
            where.append("i.sender_ix != ?")
            params.append(self.exclude)
        if self.type_in:
            where.append(f"i.type_ix IN ({','.join('?' * len(self.type_in))})")
            params += self.type_in
        for ix in terms:
            where.append(f"EXISTS (SELECT 1 FROM inbox_terms AS t WHERE t.term_ix = ?"
                         f" AND t.received_at = {key}.received_at AND t.seq = {key}.seq)")
            params.append(ix)
        order = "DESC" if self.query.descending else "ASC"
        sql = (f"SELECT i.id, i.received_at, i.seq, i.peer_id, i.secret FROM {source}"
               f" WHERE {' AND '.join(where) or '1'}"
               f" ORDER BY {key}.received_at {order}, {key}.seq {order} LIMIT ?")
        return sql, [*params, limit]


def _index_of(column: str) -> str:
    """The index that walks ``column``'s matches in received order."""
    if column == "sender_ix":  # the sender's index predates the (received_at, seq) ones: seq is sorted after
        return "idx_inbox_sender_ix_received_at"
    return f"idx_inbox_{column}_received_at_seq"


def explain(store: Store, query: InboxQuery, after: Cursor | None = None) -> list[str]:
    """SQLite's plan for the first (or next) page of ``query``: one line per step (for tests and tuning)."""
    plan = _Plan(store, query, _check_cursor(after))
    driver = plan.driver()
    if driver and driver[0] == "empty":
        return []
    sql, params = plan.sql(driver, MAX_PAGE)
    return [row[3] for row in store.db.execute("EXPLAIN QUERY PLAN " + sql, params)]


def is_unread(meta: dict) -> bool:
    """Whether a received message's record shows it was neither opened nor answered here yet (a local mark)."""
    return not meta.get("read_at") and meta.get("status", "new") == "new"


def _code_line_fields(meta: dict) -> dict:
    """A row received as a code line: by whom it was authenticated ("" for nobody), and its trust says so."""
    line = meta.get("codeline")
    if not isinstance(line, dict):
        return {"codeline": False}
    return {"codeline": True, "codeline_by": line.get("by", ""),
            "trust": "codeline" if line.get("by") else "codeline-unauthenticated"}


def _row(msg_id: str, received_at: int, meta: dict, trust_by_peer: dict[str, str],
         directory: dict[str, dict]) -> dict:
    external = bool(meta.get("external"))
    claimed = meta.get("station") or {}
    author_peer = meta.get("author_peer") or ""
    known = None if external else directory.get(author_peer)
    sender = identity({"station": claimed}, known)
    mismatch = mismatched(claimed, known)
    return {
        "id": msg_id, "received_at": received_at, "type": meta.get("type", ""),
        # the directory's name and country for a known author: a signer cannot list itself under another country
        "sender": sender["name"], "country": sender["country"], "author_peer": author_peer,
        "mismatch": mismatch, "claimed": {key: str(claimed.get(key) or "") for key in mismatch},
        "external": external, "trust": "external" if external else trust_by_peer.get(author_peer, "unknown"),
        **_code_line_fields(meta),
        "code": meta.get("code", ""), "severity": meta.get("severity"), "tlp": meta.get("tlp", ""),
        "pap": meta.get("pap", ""), "status": meta.get("status", "new"), "summary": meta.get("summary", ""),
        "countries": list(meta.get("countries") or []), "urgent": is_urgent(meta),
        "unread": is_unread(meta),
    }


def inbox_page(store: Store, query: InboxQuery, after: Any = None, limit: int = 200, *,
               trust_by_peer: dict[str, str], directory: dict[str, dict] | None = None,
               ) -> tuple[list[dict], Cursor | None]:
    """One page of the inbox in received order, and the cursor of the next page (None at the end).

    ``trust_by_peer``: each directory peer's trust (verified, unverified, revoked); an author
    not in it is "unknown", a STIX import "external". ``directory``: each peer's name, org and
    country; a row names its sender (``sender``, ``country``) as the directory does, and
    ``mismatch`` lists the fields the message itself claims differently (``claimed``).
    """
    if type(limit) is not int or not 1 <= limit <= MAX_PAGE:
        raise ValidationError(f"expected a page size from 1 to {MAX_PAGE}", field="limit")
    plan = _Plan(store, query, _check_cursor(after))
    driver = plan.driver()
    if driver and driver[0] == "empty":
        return [], None
    sql, params = plan.sql(driver, limit + 1)
    found = store.db.execute(sql, params).fetchall()
    rows = [_row(r[0], r[1], store.cipher.open(r[4]), trust_by_peer, directory or {}) for r in found[:limit]]
    more = len(found) > limit
    return rows, ((found[limit - 1][1], found[limit - 1][2]) if more else None)

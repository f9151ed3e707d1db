"""A message as its reader sees it: (heading, value) rows in one language.

Codes are shown with their codebook labels, so a report coded in Jakarta reads
the same in Kuala Lumpur whatever language each side works in. The headings are
part of the protocol's vocabulary, kept here in the codebook's languages.
"""

from __future__ import annotations

from .codebook import LANGUAGES, Codebook
from .message import ACK_TYPE, IMPACT_KINDS, REPORT_TYPES, SIGHTING_TYPE

HEADINGS: dict[str, dict[str, str]] = {
    "type": {"en": "Message type", "id": "Jenis pesan"},
    "station": {"en": "Reporting station", "id": "Stasiun pelapor"},
    "claims": {"en": "Identity mismatch", "id": "Identitas tidak cocok"},
    "reported_at": {"en": "Reported at (UTC)", "id": "Dilaporkan pada (UTC)"},
    "in_reply_to": {"en": "In reply to", "id": "Membalas"},
    "code": {"en": "Incident", "id": "Insiden"},
    "severity": {"en": "Severity", "id": "Tingkat keparahan"},
    "tlp": {"en": "Sharing (TLP)", "id": "Berbagi (TLP)"},
    "pap": {"en": "Permitted actions (PAP)", "id": "Tindakan yang diizinkan (PAP)"},
    "scope": {"en": "Scope", "id": "Cakupan"},
    "countries": {"en": "Countries", "id": "Negara"},
    "observed_at": {"en": "Observed at (UTC)", "id": "Diamati pada (UTC)"},
    "summary": {"en": "Summary", "id": "Ringkasan"},
    "observations": {"en": "What was observed", "id": "Yang diamati"},
    "sectors": {"en": "Sectors affected", "id": "Sektor terdampak"},
    "functional": {"en": "Functional impact", "id": "Dampak fungsional"},
    "information": {"en": "Information impact", "id": "Dampak informasi"},
    "recoverability": {"en": "Recoverability", "id": "Pemulihan"},
    "indicators": {"en": "Indicators", "id": "Indikator"},
    "narrative": {"en": "Narrative", "id": "Uraian"},
    "status": {"en": "Status", "id": "Status"},
    "note": {"en": "Note", "id": "Catatan"},
    "codebook": {"en": "Codebook", "id": "Buku kode"},
    "seen_count": {"en": "Times seen", "id": "Berapa kali terlihat"},
    "seen_from": {"en": "First seen (UTC)", "id": "Pertama terlihat (UTC)"},
    "seen_until": {"en": "Last seen (UTC)", "id": "Terakhir terlihat (UTC)"},
}


def _described(book: Codebook, kind: str, code: str, lang: str) -> str:
    entry = book.entry(kind, code)
    description = entry.get("description", {}).get(lang)
    label = book.label(kind, code, lang)
    return f"{label}: {description}" if description else label


def _place(book: Codebook, code: str, lang: str) -> str:
    for kind in ("groups", "countries"):
        if book.has(kind, code):
            return book.label(kind, code, lang)
    return code  # an external (STIX) report may name a place this codebook lacks


_IDENTITY_KEYS = ("name", "org", "country")
#: the sentence that flags a message whose content names another station than the directory does
_MISMATCH = {"en": "the message claims {claimed}; the directory says {directory}",
             "id": "pesan mengaku {claimed}; direktori mencatat {directory}"}


def identity(content: dict, author: dict | None) -> dict:
    """Who sent a message: the directory's name, org and country for a known author, else what the content says.

    ``author``: the author's directory record (``Peer.to_dict()``, as ``Station.read_inbox`` gives it),
    or None for an author not in the directory or an external report.
    """
    source = author if author else (content.get("station") or {})
    return {key: str(source.get(key) or "") for key in _IDENTITY_KEYS}


def mismatched(claimed: dict | None, author: dict | None) -> list[str]:
    """The fields (name, org, country) the content claims differently from the author's directory record.

    The signature proves which key signed; the names in the content are the author's own words,
    so where they differ the directory's are the ones to believe.
    """
    if not author or not isinstance(claimed, dict):
        return []
    return [key for key in _IDENTITY_KEYS
            if str(claimed.get(key) or "").strip() != str(author.get(key) or "").strip()]


def mismatch_text(content: dict, author: dict | None, lang: str = "en") -> str:
    """``the message claims CSIRT C, TH; the directory says CSIRT A, MY``, or "" when they agree."""
    claimed = content.get("station") or {}
    keys = mismatched(claimed, author)
    if not keys or author is None:  # (no author: nothing to differ from; mismatched says so too)
        return ""
    return _MISMATCH[lang if lang in _MISMATCH else "en"].format(
        claimed=", ".join(str(claimed.get(k) or "-") for k in keys),
        directory=", ".join(str(author.get(k) or "-") for k in keys))


def from_text(content: dict, author: dict | None, book: Codebook, lang: str = "en") -> str:
    """``Alpha desk, CSIRT A (Malaysia)``: the sender as the directory knows it (see :func:`identity`)."""
    who = identity(content, author)
    origin = ", ".join(part for part in (who["name"], who["org"]) if part)
    place = _place(book, who["country"], lang) if who["country"] else ""
    return f"{origin} ({place})" if place else origin  # an external source has no org or country


def report_lines(content: dict, book: Codebook, lang: str = "en",
                 author: dict | None = None) -> list[tuple[str, str]]:
    """Rows of (heading, value) for a message's content, in ``lang`` ("en" or "id").

    Empty optional fields are left out. ``book`` is the codebook the content
    names (``books.get(content["codebook"])``). ``author``: the author's directory
    record; the sender is then named as the directory knows it, and a row flags
    what the content claims differently (see :func:`mismatch_text`).
    """
    lang = lang if lang in LANGUAGES else "en"
    rows: list[tuple[str, str]] = []

    def add(key: str, value: str) -> None:
        if value:
            rows.append((HEADINGS[key][lang], value))

    kind = content["type"]
    add("type", book.label("message_types", kind, lang))
    if kind in REPORT_TYPES:
        code = content["code"]
        add("code", f"{book.label('classifications', code, lang)} ({code})")
        severity = content["severity"]
        add("severity", f"{severity} {book.label('severity', severity, lang)}")
        add("tlp", _described(book, "tlp", content["tlp"], lang))
        add("pap", _described(book, "pap", content["pap"], lang))
        add("scope", book.label("scopes", content["scope"], lang))
        add("countries", ", ".join(_place(book, c, lang) for c in content.get("countries", [])))
        add("observed_at", content["observed_at"])
        add("summary", content["summary"])
        add("observations", "\n".join(book.label("observations", c, lang)
                                      for c in content.get("observations", [])))
        add("sectors", ", ".join(book.label("sectors", c, lang) for c in content.get("sectors", [])))
        impact = content.get("impact", {})
        for key, impact_kind in IMPACT_KINDS.items():
            if impact.get(key):
                add(key, book.label(impact_kind, impact[key], lang))
        add("indicators", "\n".join(f"{i['type']} {i['value']}" for i in content.get("indicators", [])))
        add("narrative", content.get("narrative", ""))
    elif kind == ACK_TYPE:
        add("status", book.label("ack_status", content["ack"]["status"], lang))
        add("note", content["ack"]["note"])
    elif kind == SIGHTING_TYPE and isinstance(content.get("sighting"), dict):  # "we see this too"
        seen = content["sighting"]
        add("seen_count", str(seen.get("count", "")))
        add("seen_from", seen.get("first_seen", ""))
        add("seen_until", seen.get("last_seen", ""))
        add("indicators", "\n".join(f"{i['type']} {i['value']}" for i in seen.get("indicators", [])))
        add("sectors", ", ".join(book.label("sectors", c, lang) for c in seen.get("sectors", [])))
    add("station", from_text(content, author, book, lang))
    add("claims", mismatch_text(content, author, lang))
    add("reported_at", content["reported_at"])
    add("in_reply_to", content.get("in_reply_to", ""))
    add("codebook", book.version)
    return rows

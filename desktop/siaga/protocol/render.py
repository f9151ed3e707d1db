"""A message as its reader sees it: (heading, value) rows in one language.

Codes are shown with their codebook labels, so a report coded in Jakarta reads
the same in Kuala Lumpur whatever language each side works in. The headings are
part of the protocol's vocabulary, kept here in the codebook's languages.
"""

from __future__ import annotations

from .codebook import LANGUAGES, Codebook
from .message import ACK_TYPE, IMPACT_KINDS, REPORT_TYPES

HEADINGS: dict[str, dict[str, str]] = {
    "type": {"en": "Message type", "id": "Jenis pesan"},
    "station": {"en": "Reporting station", "id": "Stasiun pelapor"},
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


def report_lines(content: dict, book: Codebook, lang: str = "en") -> list[tuple[str, str]]:
    """Rows of (heading, value) for a message's content, in ``lang`` ("en" or "id").

    Empty optional fields are left out. ``book`` is the codebook the content
    names (``books.get(content["codebook"])``).
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
    station = content["station"]
    origin = ", ".join(part for part in (station["name"], station.get("org", "")) if part)
    place = _place(book, station.get("country", ""), lang)
    add("station", f"{origin} ({place})" if place else origin)  # an external source has no org or country
    add("reported_at", content["reported_at"])
    add("in_reply_to", content.get("in_reply_to", ""))
    add("codebook", book.version)
    return rows

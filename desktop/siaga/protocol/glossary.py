"""The glossary an officer reads from the Help menu (or with F1): the words of a report, in both languages.

Each topic has a title and a sentence of its own, in English and Indonesian; the
entries of the coded topics (TLP, PAP, severity, message types, incident codes,
scope, acknowledgements) come from the codebook, so the glossary always says what
the codebook in use says.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..base.languages import INTERFACE_LANGUAGES
from .codebook import Codebook

#: topic -> (codebook kind or "", {lang: title}, {lang: what the word means})
TOPICS: dict[str, tuple[str, dict[str, str], dict[str, str]]] = {
    "station": ("", {"en": "Station", "id": "Stasiun"}, {
        "en": "This computer's Siaga, with its own keys, for one office (a national contact point, a ministry,"
              " a regional desk). Stations exchange contact cards both ways before any report can flow.",
        "id": "Siaga di komputer ini, dengan kuncinya sendiri, untuk satu kantor (titik kontak nasional,"
              " kementerian, meja regional). Stasiun saling bertukar kartu kontak dua arah sebelum laporan"
              " dapat mengalir."}),
    "fingerprint": ("", {"en": "Fingerprint", "id": "Sidik jari"}, {
        "en": "Six groups of five digits that identify a station's keys. Read them to a partner over the"
              " phone, or compare them face to face, to be sure a contact card is really theirs.",
        "id": "Enam kelompok lima angka yang mengenali kunci sebuah stasiun. Bacakan kepada mitra melalui"
              " telepon, atau bandingkan langsung, untuk memastikan kartu kontak memang milik mereka."}),
    "tlp": ("tlp", {"en": "TLP (Traffic Light Protocol)", "id": "TLP (Traffic Light Protocol)"}, {
        "en": "Who the receivers may share a report with. The sender chooses it; everyone respects it.",
        "id": "Dengan siapa penerima boleh membagikan laporan. Pengirim memilihnya; semua pihak mematuhinya."}),
    "pap": ("pap", {"en": "PAP (Permissible Actions Protocol)", "id": "PAP (Permissible Actions Protocol)"}, {
        "en": "What the receivers may do with the indicators (for example, look them up or block them).",
        "id": "Apa yang boleh dilakukan penerima dengan indikator (misalnya, menelusurinya atau memblokirnya)."}),
    "severity": ("severity", {"en": "Severity", "id": "Tingkat keparahan"}, {
        "en": "How serious the incident is, from 0 (baseline) to 5 (emergency), on the scale of the US National"
              " Cyber Incident Scoring System.",
        "id": "Seberapa serius insiden, dari 0 (dasar) sampai 5 (darurat), menurut skala National Cyber"
              " Incident Scoring System Amerika Serikat."}),
    "message_types": ("message_types", {"en": "Message type", "id": "Jenis pesan"}, {
        "en": "Why the message is sent: a first warning, an update of an earlier report, a closing note...",
        "id": "Mengapa pesan dikirim: peringatan pertama, pembaruan laporan sebelumnya, catatan penutup..."}),
    "scope": ("scopes", {"en": "Scope", "id": "Cakupan"}, {
        "en": "Which countries the report is about and goes to.",
        "id": "Negara mana yang menjadi pokok laporan dan tujuannya."}),
    "ack_status": ("ack_status", {"en": "Acknowledgement", "id": "Tanggapan"}, {
        "en": "A receiver's answer to a report, saying where they stand with it.",
        "id": "Jawaban penerima atas laporan, yang menyatakan sejauh mana mereka menanganinya."}),
    "codeline": ("", {"en": "Code line", "id": "Baris kode"}, {
        "en": "A short line of letters and digits (it starts with SG1) that carries a report's codes over a"
              " phone, a radio or an SMS. Decode it from the Station menu.",
        "id": "Baris pendek huruf dan angka (diawali SG1) yang membawa kode laporan melalui telepon, radio"
              " atau SMS. Uraikan dari menu Stasiun."}),
    "classifications": ("classifications", {"en": "Incident codes (RSIT)", "id": "Kode insiden (RSIT)"}, {
        "en": "What kind of incident it is, in the Reference Security Incident Taxonomy that CSIRTs share.",
        "id": "Jenis insiden, menurut Reference Security Incident Taxonomy yang dipakai bersama oleh CSIRT."}),
}


@dataclass(frozen=True)
class Topic:
    key: str
    title: str
    meaning: str
    entries: tuple[tuple[str, str], ...]  # (term, what it means)


def _entries(book: Codebook, kind: str, lang: str) -> tuple[tuple[str, str], ...]:
    if not kind:
        return ()
    out: list[tuple[str, str]] = []
    for entry in book.entries(kind):
        code = entry.get("code", entry.get("level"))
        term = book.label(kind, code, lang)
        if kind == "severity":
            term = f"{code} {term}"
        elif kind == "classifications":
            term = f"{term} ({entry['short']})"
        description = entry.get("description", {})
        meaning = description.get(lang, description.get("en", "")) if isinstance(description, dict) else ""
        out.append((term, str(meaning or "")))
    return tuple(out)


def glossary(book: Codebook, lang: str = "en") -> list[Topic]:
    """Every topic, in ``lang`` (English for a language Siaga does not have)."""
    lang = lang if lang in INTERFACE_LANGUAGES else "en"
    return [Topic(key, titles[lang], meanings[lang], _entries(book, kind, lang))
            for key, (kind, titles, meanings) in TOPICS.items()]

"""This station's contact card as a QR code and as a printable page; a peer's card read from a photo of its QR code.

The page is for the diplomatic pouch: the QR code, the station's names and its
fingerprint digits, so the receiving officer can compare the digits over the phone
before marking the peer verified. It is worded in English and Indonesian. Here it is
plain data (:class:`CardPage`); the app typesets it on one A4 page
(:func:`siaga.gui.printing.card_pdf`), and so does ``siaga card export --pdf``.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..base import qr
from ..protocol import card_qr
from ..protocol.card import read_card
from .directory import Peer


def qr_text(station) -> str:
    return card_qr.qr_text(station.card_bytes())


def qr_png(station, scale: int = 8) -> bytes:
    return qr.png(qr_text(station), scale)


@dataclass(frozen=True)
class PageLine:
    """One line of the page (it wraps when too long): its text, its size in points, bold or not."""
    text: str
    size: int = 12
    bold: bool = False


@dataclass(frozen=True)
class CardPage:
    """The printable page: lines above the QR code, its modules (rows, True: dark, no quiet zone), lines below."""
    title: str
    above: tuple[PageLine, ...]
    modules: tuple[tuple[bool, ...], ...]
    below: tuple[PageLine, ...]


def pouch_page(station) -> CardPage:
    card = read_card(station.card_bytes())
    above = [PageLine("Siaga contact card / Kartu kontak Siaga", 18, bold=True),
             PageLine(card.name, 14, bold=True), PageLine(f"{card.org} ({card.country})", 12)]
    if card.url:
        above.append(PageLine(card.url, 10))
    below = [PageLine("Fingerprint digits / Angka sidik jari", 12, bold=True),
             PageLine(card.fingerprint, 20, bold=True),
             PageLine("Scan the code with Add peer, then read these digits to the sender over the phone.", 10),
             PageLine("Mark the peer verified only if every digit matches.", 10),
             PageLine("Pindai kode dengan Tambah rekan, lalu bacakan angka ini kepada pengirim lewat telepon.", 10),
             PageLine("Tandai rekan terverifikasi hanya jika semua angka cocok.", 10)]
    modules = tuple(tuple(row) for row in qr.matrix(qr_text(station)))
    return CardPage(f"Siaga contact card: {card.name}", tuple(above), modules, tuple(below))


def add_peer_from_picture(station, image: bytes, url: str | None = None, cert: str | None = None,
                          via: str | None = None) -> Peer:
    """Add a peer from a photo or scan of its card's QR code (checked like a card file)."""
    _, data = card_qr.read(qr.read_texts(image))  # checked here, then again with the codebook by the directory
    return station.add_peer(data, url, cert, via)

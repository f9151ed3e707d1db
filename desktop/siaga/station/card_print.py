"""This station's contact card as a QR code and as a one-page PDF; a peer's card read from a photo of its QR code.

The PDF is for the diplomatic pouch: the QR code, the station's names and its
fingerprint digits, so the receiving officer can compare the digits over the phone
before marking the peer verified. It is printed in English and Indonesian.
"""

from __future__ import annotations

from ..base import qr, qr_pdf as pdf
from ..protocol import card_qr
from ..protocol.card import read_card
from .directory import Peer


def qr_text(station) -> str:
    return card_qr.qr_text(station.card_bytes())


def qr_png(station, scale: int = 8) -> bytes:
    return qr.png(qr_text(station), scale)


def pouch_pdf(station) -> bytes:
    card = read_card(station.card_bytes())
    digits = card.fingerprint
    above = [pdf.Text("Siaga contact card / Kartu kontak Siaga", 18, bold=True),
             pdf.Text(card.name, 14, bold=True), pdf.Text(f"{card.org} ({card.country})", 12)]
    if card.url:
        above.append(pdf.Text(card.url, 10))
    below = [pdf.Text("Fingerprint digits / Angka sidik jari", 12, bold=True),
             pdf.Text(digits, 20, bold=True),
             pdf.Text("Scan the code with Add peer, then read these digits to the sender over the phone.", 10),
             pdf.Text("Mark the peer verified only if every digit matches.", 10),
             pdf.Text("Pindai kode dengan Tambah rekan, lalu bacakan angka ini kepada pengirim lewat telepon.", 10),
             pdf.Text("Tandai rekan terverifikasi hanya jika semua angka cocok.", 10)]
    return pdf.one_page(above, qr.matrix(qr_text(station)), below, title=f"Siaga contact card: {card.name}")


def add_peer_from_picture(station, image: bytes, url: str | None = None, cert: str | None = None,
                          via: str | None = None) -> Peer:
    """Add a peer from a photo or scan of its card's QR code (checked like a card file)."""
    _, data = card_qr.read(qr.read_texts(image))  # checked here, then again with the codebook by the directory
    return station.add_peer(data, url, cert, via)

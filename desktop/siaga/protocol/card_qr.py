"""A contact card as the text of a QR code, and back.

The text is ``SIAGA-CARD1:`` followed by the card file in canonical JSON (the same
signed document as ``card export`` writes, without its indentation). Reading it
checks the card like a card file (:func:`siaga.protocol.card.read_card`).
"""

from __future__ import annotations

from typing import Any

from ..base.encoding import canonical, parse_json
from ..base.errors import DecodeError, Reason
from .card import MAX_CARD_BYTES, Card, read_card

PREFIX = "SIAGA-CARD1:"


def qr_text(card_file: bytes) -> str:
    """The QR text of a card file (as ``Station.card_bytes`` gives it)."""
    doc: Any = parse_json(card_file, "contact card")
    return PREFIX + canonical(doc).decode("utf-8")


def card_file(text: str) -> bytes:
    """The card file in a QR text; a clear error for a foreign or damaged code."""
    if not isinstance(text, str) or not text.startswith(PREFIX):
        raise DecodeError(Reason("qr-foreign", "the QR code is not a Siaga contact card"), what="QR code")
    data = text[len(PREFIX):].encode("utf-8", "replace")
    if len(data) > MAX_CARD_BYTES:
        raise DecodeError(Reason("too-large", f"larger than {MAX_CARD_BYTES} bytes", size=f"{MAX_CARD_BYTES} B"),
                          what="QR code")
    return data


def read(texts: list[str], country_codes: set[str] | None = None) -> tuple[Card, bytes]:
    """The one Siaga card among the QR texts of a picture: (the checked card, its file)."""
    ours = [text for text in texts if isinstance(text, str) and text.startswith(PREFIX)]
    if not ours:
        raise DecodeError(Reason("qr-foreign", "the QR code is not a Siaga contact card"), what="QR code")
    data = card_file(ours[0])
    return read_card(data, country_codes), data

"""What a peer's contact card says, read and checked before anything is saved.

The officer sees the peer's name, organisation, country, fingerprint digits and
the people on its card, then chooses *Add* or *Cancel*. The card is checked as
adding it would check it (its signature, its fields, the codebook's countries);
this station's own card is refused; a card of a peer already in the directory is
shown as such (adding it again refreshes that peer). Nothing is written.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..base import qr
from ..base.errors import InputError
from ..protocol import card_qr
from ..protocol.card import read_card
from ..protocol.contacts import Contact, normal_form

if TYPE_CHECKING:
    from .facade import Station


@dataclass(frozen=True)
class CardPreview:
    """A checked card, not saved: who it names, and whether the directory already holds that peer."""

    name: str
    org: str
    country: str
    fingerprint: str
    url: str
    contacts: tuple[Contact, ...]
    known_as: str = ""  # the peer id when this peer is already in the directory

    def to_dict(self) -> dict:
        return {"name": self.name, "org": self.org, "country": self.country, "fingerprint": self.fingerprint,
                "url": self.url, "contacts": normal_form(self.contacts), "known_as": self.known_as}


def preview_card(station: "Station", data: bytes) -> CardPreview:
    """Read and check a card file's bytes; nothing is saved."""
    card = read_card(data, station.books.current.country_codes())
    if card.sign_pk == station.keys.sign_pk:
        raise InputError("that is this station's own card")
    known = station.directory.id_for_key(card.sign_pk) or ""
    return CardPreview(card.name, card.org, card.country, card.fingerprint, card.url or "", card.contacts, known)


def preview_card_picture(station: "Station", image: bytes) -> CardPreview:
    """Read a photo or scan of a card's QR code and check the card in it; nothing is saved."""
    _, data = card_qr.read(qr.read_texts(image))
    return preview_card(station, data)

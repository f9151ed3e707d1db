"""Handling rules: to whom a received report may be passed on, by its TLP 2.0 label.

TLP says how far a recipient may share what it was given (FIRST TLP 2.0):
RED stays with the named recipients, AMBER+STRICT inside the recipient's own
organisation, AMBER inside the organisation and its clients, GREEN within the
community, CLEAR anywhere. For a national point of contact, its clients are
the peers of its own country and its community is its directory of peers.
Sharing wider than the label allows needs the author's permission, which the
protocol does not carry: such a forward is refused, with the reason.
"""

from __future__ import annotations

from ..base.errors import InputError, Reason


class HandlingError(InputError):
    """A forward the report's handling label does not allow."""

    code = "handling"
    template = "{detail}"


def forward_refusal(tlp: str, station_country: str, peer) -> Reason | None:
    """Why a report labelled ``tlp`` may not go on to ``peer`` (None when it may)."""
    if peer.revoked:
        return Reason("peer-revoked", f"{peer.card.name}'s keys were revoked", peer=peer.card.name)
    if tlp == "TLP:RED":
        return Reason("tlp-red", "TLP:RED is for its named recipients only; it cannot be forwarded")
    if tlp == "TLP:AMBER+STRICT":
        return Reason("tlp-amber-strict", "TLP:AMBER+STRICT stays inside this organisation; it cannot be forwarded")
    if tlp == "TLP:AMBER" and peer.card.country != station_country:
        return Reason("tlp-amber-clients", f"TLP:AMBER may go only to this organisation's clients (peers in "
                      f"{station_country}); ask the author before sharing wider", country=station_country)
    if tlp not in ("TLP:AMBER", "TLP:GREEN", "TLP:CLEAR"):
        return Reason("tlp-unknown", f"unknown handling label {tlp!r}; not forwarded", tlp=tlp)
    return None

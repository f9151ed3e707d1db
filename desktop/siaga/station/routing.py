"""Who a message goes to: the named peers, or the peers its scope and TLP label reach.

One implementation, used by the station when it queues a message and by the
report form to show the officer the recipients before anything is signed. It
works on a list of peers given to it and reads nothing from disk.
"""

from __future__ import annotations

from typing import Any, Sequence

from ..base.errors import NoRecipients, Reason, ValidationError
from ..protocol.codebook import Codebook
from .directory import Peer, find_peer

__all__ = ["find_peer", "recipients_for"]


def recipients_for(book: Codebook, peers: Sequence[Peer], content: dict, to: Any = None) -> list[Peer]:
    """The peers a message goes to: those named in ``to``, or those its scope reaches.

    ``content`` needs ``tlp``, ``scope`` and ``countries`` (built content or a
    form's fields). TLP:RED and TLP:AMBER+STRICT go to verified peers only.
    Raises ValidationError for a bad ``to`` and NoRecipients when nobody is reached.
    """
    tlp = content.get("tlp")
    verified_only = bool(tlp and book.entry("tlp", tlp).get("verified_only"))
    if to:
        if not isinstance(to, list) or not all(isinstance(t, str) for t in to):
            raise ValidationError("expected a list of peer ids", field="to")
        chosen = list({p.id: p for p in (find_peer(peers, t) for t in to)}.values())
        revoked = [p.id for p in chosen if p.revoked]
        if revoked:
            raise ValidationError(Reason("peers-revoked", f"revoked peer(s): {', '.join(revoked)}",
                                         peers=", ".join(revoked)), field="to")
        if verified_only:
            unverified = [p.id for p in chosen if not p.verified]
            if unverified:
                raise ValidationError(Reason(
                    "verified-only", f"{tlp} goes only to verified peers; not verified: {', '.join(unverified)}",
                    tlp=tlp, peers=", ".join(unverified)), field="to")
        return chosen
    reached = [p for p in peers if not p.revoked]
    if content.get("scope") != "global":
        reach = book.expand_countries(content.get("countries", []))
        reached = [p for p in reached if p.card.country in reach]
    if verified_only:
        reached = [p for p in reached if p.verified]
    if not reached:
        where = "" if content.get("scope") == "global" else f" in {', '.join(content.get('countries', []))}"
        need = " verified" if verified_only else ""
        raise NoRecipients(Reason(
            "no-peer-verified" if verified_only else "no-peer",
            f"no{need} peer{where} for this {content.get('scope')} report;"
            " add a peer's contact card or name recipients with 'to'",
            scope=content.get("scope"), countries=", ".join(content.get("countries", []))))
    return reached

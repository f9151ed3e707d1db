"""Peers' key statements applied to the directory: a rotation moves a peer to its new keys,
a revocation stops all traffic with it. (This station's own rotation and revocation are
:meth:`Station.rotate_keys` and :meth:`Station.revoke_keys`.)

Statements arrive by ``POST /v1/keys`` or on a bundle and are applied automatically.
Applying one twice changes nothing.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from ..base.errors import DecodeError
from ..protocol.statements import CARD, GRACE, REVOKE, read_statement
from .directory import REVOKED, Peer

if TYPE_CHECKING:  # the facade imports this module; the type is for annotations only
    from .facade import Station


def apply_statement(station: Station, data: bytes, *, sender: bytes | None = None, now: int | None = None) -> Peer:
    """Apply a peer's statement to this station's directory; return the peer (updated).

    ``sender``: the key that delivered it (a request's signer), which must be the
    statement's old key: a peer can only rotate or revoke its own keys.
    """
    statement = read_statement(data, station.books.current.country_codes())
    now = int(time.time()) if now is None else now
    if sender is not None and sender != statement.old_pk:
        raise DecodeError("a station may only change its own keys", what="key statement")
    directory = station.directory
    peer_id = directory.id_for_key(statement.old_pk, now=now)
    record = directory.record(peer_id) if peer_id else None
    if peer_id is None or record is None:
        raise DecodeError("it is about a key this station does not know", what="key statement")
    if statement.kind == REVOKE:
        return directory.revoke(peer_id, now)
    if record.sign_pk != statement.old_pk:
        # already rotated past this key: nothing to do (a repeated statement)
        return record.peer(peer_id)
    if record.trust == REVOKED:
        raise DecodeError("the peer's keys were revoked", what="key statement")
    if statement.card is None:  # read_statement gives a rotation its card; this only tells the type checker
        raise DecodeError("a rotation without its new card", what="key statement")
    if statement.kind == CARD:
        return directory.refresh_card(peer_id, statement.card)
    return directory.rotate(peer_id, statement.old_pk, statement.card, now + GRACE)

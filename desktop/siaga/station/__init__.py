"""One station: the :class:`Station` facade, the one door the apps and the delivery code use,
and the services behind it (the directory of peers, the outbox, the inbox, keys), routing,
and the guided report form's logic.

May import: :mod:`siaga.storage`, :mod:`siaga.protocol` and :mod:`siaga.base`.
"""

from .directory import REVOKED, UNVERIFIED, VERIFIED, Peer
from .facade import MAX_BULK, Station

__all__ = ["MAX_BULK", "REVOKED", "UNVERIFIED", "VERIFIED", "Peer", "Station"]

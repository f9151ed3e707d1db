"""An unlocked station as the desktop app holds it: its database worker, sync worker and endpoint.

Views get a :class:`Session` and talk to the station only through
``session.db.run(job, done=..., failed=...)``. They refresh when the session
says the data changed (a report filed, a sync pass done, messages received).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from ..protocol import codebook
from ..storage.keystore import Keys
from .sync_worker import SyncWorker
from .worker import StationWorker

log = logging.getLogger("siaga.gui.session")


class Session(QObject):
    """Everything that lives while the station is unlocked."""

    #: what changed: "outbox", "inbox", "peers" (or "all")
    dataChanged = Signal(str)
    #: ids of messages that just arrived (from the endpoint or a bundle)
    received = Signal(list)
    #: the endpoint took in this many messages, to be filed in the inbox shortly (then ``received``)
    arrived = Signal(int)

    def __init__(self, home: Path, db: StationWorker, keys: Keys, profile: dict, lang: str = "en",
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.home = Path(home)
        self.db = db
        self.keys = keys
        self.profile = profile  # name, org, country, url (a snapshot taken at unlock)
        self.lang = lang
        self.books = codebook.codebooks()
        self.sync: SyncWorker | None = None
        self.endpoint: Any = None

    @property
    def book(self) -> codebook.Codebook:
        return self.books.current

    def changed(self, what: str = "all") -> None:
        self.dataChanged.emit(what)

    def close(self) -> None:
        """Stop syncing and serving, finish queued database work, close the station."""
        if self.sync is not None:
            self.sync.stop()
            self.sync = None
        if self.endpoint is not None:
            self.endpoint.stop()
            self.endpoint = None
        self.db.stop()

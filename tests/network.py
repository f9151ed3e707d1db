"""The network most tests run on: stations in Jakarta (ID), Kuala Lumpur (MY) and Manila (PH).

Tests get it from the ``network`` fixture (``tests/conftest.py``)::

    net = network(links=[("jakarta", "kl"), ("kl", "manila")], verified=[("jakarta", "kl")])
    net.jakarta.file_report(dict(draft, to=[net.id("kl")]))

The three stations always exist (in ``tmp_path/jakarta``, ``tmp_path/kl`` and
``tmp_path/manila``, named like their folders unless ``names`` says otherwise);
only the pairs in ``links`` know each other. ``verified`` lists (station, peer)
pairs where the station marked the peer verified. :meth:`Network.serve` starts a
``siaga serve`` process for stations that receive, and the servers stop with the
test.
"""

from __future__ import annotations

from typing import Iterable

from helpers import link
from netutil import Served

#: station key -> country
CITIES = {"jakarta": "ID", "kl": "MY", "manila": "PH"}
#: Jakarta reports to both others, who do not know each other
HUB_LINKS = (("jakarta", "kl"), ("jakarta", "manila"))
#: everyone knows everyone
MESH_LINKS = (("jakarta", "kl"), ("jakarta", "manila"), ("kl", "manila"))


class Network:
    def __init__(self, make_station, *, links: Iterable[tuple[str, str]] = HUB_LINKS,
                 verified: Iterable[tuple[str, str]] = (), names: dict[str, str] | None = None,
                 orgs: dict[str, str] | None = None) -> None:
        names, orgs = names or {}, orgs or {}
        self.stations = {key: make_station(names.get(key, key), country=country,
                                           **({"org": orgs[key]} if key in orgs else {}))
                         for key, country in CITIES.items()}
        self.peers: dict[tuple[str, str], object] = {}  # (station, of whom) -> Peer
        self.servers: dict[str, Served] = {}
        for a, b in links:
            self.link(a, b)
        for at, of in verified:
            self.stations[at].set_trust(self.id(of, at=at), "verified")

    @property
    def jakarta(self):
        return self.stations["jakarta"]

    @property
    def kl(self):
        return self.stations["kl"]

    @property
    def manila(self):
        return self.stations["manila"]

    def link(self, a: str, b: str):
        """Make two of the stations peers of each other; (peer of b at a, peer of a at b)."""
        b_at_a, a_at_b = link(self.stations[a], self.stations[b])
        self.peers[(a, b)], self.peers[(b, a)] = b_at_a, a_at_b
        return b_at_a, a_at_b

    def id(self, of: str, at: str = "jakarta") -> str:
        """The peer id that station ``at`` knows station ``of`` by."""
        return self.peers[(at, of)].id

    def serve(self, *keys: str, urls_at: Iterable[str] = ("jakarta",)) -> dict[str, Served]:
        """Start ``siaga serve`` for each station; the stations in ``urls_at`` record where it listens."""
        urls_at = tuple(urls_at)
        for key in keys:
            self.servers[key] = Served(self.stations[key].home).start()
            for at in urls_at:
                if (at, key) in self.peers:
                    self.stations[at].update_peer(self.id(key, at=at), url=self.servers[key].url)
        return self.servers

    def stop(self) -> None:
        for server in self.servers.values():
            server.stop()

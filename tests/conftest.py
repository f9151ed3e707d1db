"""Shared fixtures: isolated station homes, fast key derivation, offscreen Qt."""

from __future__ import annotations

import os

import pytest

from helpers import PASSPHRASE

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session", autouse=True)
def _collect_on_the_main_thread():
    """As the app does: cycles are collected on the main (Qt) thread, never on a worker or server thread."""
    from siaga.base import collector
    collector.take_over()
    yield
    collector.give_back()


@pytest.fixture(autouse=True)
def _collect_after_each_test():
    yield
    from siaga.base import collector
    collector.collect_due()


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch, tmp_path):
    """No test reads the user's real station or language settings."""
    for name in ("SIAGA_HOME", "SIAGA_PASSPHRASE", "SIAGA_NEW_PASSPHRASE", "SIAGA_LANG", "SIAGA_RESOURCES"):
        monkeypatch.delenv(name, raising=False)
    # Argon2id at full cost takes ~0.7 s per unlock; tests use the cheapest profile.
    monkeypatch.setenv("SIAGA_KDF", "min")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("SIAGA_LOG_DIR", str(tmp_path / "logs"))  # never the user's real log folder


@pytest.fixture
def make_station(tmp_path):
    """Create stations in temporary homes: make_station("jakarta", country="ID")."""
    from siaga.station import Station

    opened = []

    def factory(name="station", org="National CSIRT", country="ID", url=None, passphrase=PASSPHRASE):
        station = Station.create(tmp_path / name, passphrase, name, org, country, url)
        opened.append(station)
        return station

    yield factory
    for station in opened:
        station.close()


@pytest.fixture
def draft():
    """A typical report draft (as an officer's JSON file would hold it)."""
    return {
        "type": "early-warning",
        "code": "rsit:malicious-code/infected-system",
        "severity": 3,
        "tlp": "TLP:AMBER",
        "scope": "regional",
        "countries": ["ID", "MY"],
        "observed_at": "2026-11-24T01:30:00+07:00",
        "summary": "Ransomware on provincial government file servers",
        "narrative": "Files on three servers were renamed with a .lock extension and a ransom note "
                     "appeared. The servers talk to an address abroad every five minutes.",
        "indicators": [
            {"type": "ipv4-addr", "value": "203.0.113.7"},
            {"type": "domain-name", "value": "update-check[.]example"},
            {"type": "sha256", "value": "a" * 64},
        ],
    }



@pytest.fixture
def network(make_station):
    """network(links=..., verified=..., names=..., orgs=...): Jakarta, Kuala Lumpur and Manila (``tests/network.py``).

    Servers it started stop when the test ends.
    """
    from network import Network

    made = []

    def factory(**options):
        made.append(Network(make_station, **options))
        return made[-1]

    yield factory
    for net in made:
        net.stop()

"""The dashboard's counts over blind indexes (storage/figures.py), on a real station's store."""

import time

import pytest

from siaga.delivery.bundle import export_bundle, import_bundle
from siaga.storage import figures
from siaga.storage.inbox_query import InboxQuery

from helpers import link


def test_open_and_closed_reports_by_country(make_station, draft):
    jakarta = make_station("jakarta", country="ID")
    kl = make_station("kl", country="MY")
    to_jakarta, _ = link(kl, jakarta)
    for countries, severity in ((["ID", "MY"], 1), (["ASEAN"], 2), (["ID"], 3), (["ID", "MY"], 4), (["ID", "SG"], 5)):
        kl.file_report({**draft, "countries": countries, "severity": severity,
                        "scope": "bilateral" if len(countries) == 1 and countries != ["ASEAN"] else "regional"})
    import_bundle(jakarta, export_bundle(kl, to_jakarta.id)[0])
    for severity, status in ((2, "resolved"), (4, "false-positive"), (5, "investigating")):
        [row], _ = jakarta.inbox_page(InboxQuery(severity=severity))
        jakarta.acknowledge(row["id"], status)
    now = int(time.time())
    closed = ("resolved", "false-positive")
    counted = figures.count_countries(jakarta.store, ["ID", "MY", "SG", "AU"], now - 3600, now + 1, closed)
    assert counted == {"ID": (5, 3), "MY": (3, 1), "SG": (2, 1)}
    assert figures.count_countries(jakarta.store, ["ID", "SG"], now - 3600, now + 1) == {"ID": (5, 5), "SG": (2, 2)}
    assert figures.count_closed(jakarta.store, ("early-warning",), closed, now - 3600, now + 1) == 2
    assert figures.count_countries(jakarta.store, ["ID"], now - 7200, now - 3600, closed) == {}


def test_only_blind_indexed_columns_are_counted(make_station):
    with make_station("jakarta") as station, pytest.raises(ValueError):
        figures.count_column(station.store, "summary", ["ransomware"], 0, 1)

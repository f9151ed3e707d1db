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


def _hours_table(store):
    return sorted(store.db.execute("SELECT dim, hour, n FROM inbox_hours WHERE n != 0").fetchall())


def test_long_periods_read_the_hour_counts_and_give_the_same_numbers(make_station, draft, monkeypatch):
    from siaga.station.stats import Period
    from siaga.storage import hour_counts

    jakarta = make_station("jakarta", country="ID")
    kl = make_station("kl", country="MY")
    to_jakarta, _ = link(kl, jakarta)
    for countries, severity in ((["ID", "MY"], 1), (["ASEAN"], 2), (["ID"], 3), (["ID", "MY"], 4)):
        kl.file_report({**draft, "countries": countries, "severity": severity,
                        "scope": "bilateral" if countries == ["ID"] else "regional"})
    import_bundle(jakarta, export_bundle(kl, to_jakarta.id)[0])
    for severity, status in ((2, "resolved"), (4, "false-positive"), (1, "investigating")):
        [row], _ = jakarta.inbox_page(InboxQuery(severity=severity))
        jakarta.acknowledge(row["id"], status)
    [row], _ = jakarta.inbox_page(InboxQuery(severity=2))
    jakarta.acknowledge(row["id"], "investigating")  # reopened: out of the closed counts again
    now = int(time.time())
    offset = 7 * 3600
    periods = [Period.between(now - 30 * 86400, now + 5 * 86400, offset),  # now in the whole hours
               Period.between(now - 30 * 86400, now + 5, offset),  # now in the ragged end
               Period.between(now - 365 * 86400, now + 86400, offset),  # a year, by week
               Period.between(now - 3 * 86400, now + 86400, 5 * 3600 + 1800)]  # an offset of 5:30
    by_hours = [jakarta.figures(p, now).to_dict() for p in periods]
    assert figures.split(now - 30 * 86400, now + 5 * 86400)[1] is not None
    assert by_hours[0]["totals"] == {"received": 4, "sent": 0, "open_incidents": 3}
    assert by_hours[0]["by_country"]["MY"] == {"received": 3, "sent": 0, "open": 2, "shared_threats": 0}
    monkeypatch.setattr(figures, "MIN_HOURS", 10 ** 9)  # the indexes alone
    assert figures.split(now - 30 * 86400, now + 5 * 86400)[1] is None
    assert [jakarta.figures(p, now).to_dict() for p in periods] == by_hours
    # what was kept as messages came and statuses changed is what counting again from the indexes gives
    kept = _hours_table(jakarta.store)
    assert kept and all(len(dim) == 9 for dim, _, _ in kept)
    with jakarta.store.transaction():
        hour_counts.rebuild(jakarta.store.db, hour_counts.country_term_indexes(jakarta.store.cipher),
                            hour_counts.closed_indexes(jakarta.store.cipher))
    assert _hours_table(jakarta.store) == kept

"""The hidden columns of the app's tables: the station's own sealed setting, kept across unlocks."""

from __future__ import annotations

import pytest

from siaga.base.errors import UnknownCodeError, ValidationError
from siaga.station import Station
from siaga.station.table_columns import ALWAYS_SHOWN, TABLES, hideable
from siaga.storage.store import DB_FILE

from helpers import PASSPHRASE


def test_nothing_is_chosen_until_the_officer_chooses(make_station):
    station = make_station("jakarta", country="ID")
    for table in TABLES:
        assert station.columns.hidden(table) is None  # the app decides by the room it has
        assert "summary" not in hideable(table) and set(hideable(table)).isdisjoint(ALWAYS_SHOWN[table])


def test_a_choice_is_kept_across_unlocks_in_the_tables_order_and_sealed(make_station):
    station = make_station("jakarta", country="ID")
    assert station.columns.set_hidden("inbox", ["tlp", "country", "tlp"]) == ["country", "tlp"]
    assert station.columns.set_hidden("outbox", []) == []  # all shown, chosen
    assert station.columns.change("incidents", hide=["reports"]) == ["reports"]
    assert station.columns.change("incidents", hide=["started-by"], show=["reports"]) == ["started-by"]
    home = station.home
    station.close()
    assert b"started-by" not in (home / DB_FILE).read_bytes()  # sealed like the other settings
    with Station.open(home, PASSPHRASE) as again:
        assert again.columns.hidden("inbox") == ["country", "tlp"]
        assert again.columns.hidden("outbox") == []
        assert again.columns.hidden("incidents") == ["started-by"]
        assert again.columns.set_hidden("inbox", None) is None  # back to the app's choice
        assert again.columns.hidden("inbox") is None and again.columns.hidden("outbox") == []


@pytest.mark.parametrize("bad, code", [(["nonsense"], "unknown-column"), (["summary"], "column-always-shown"),
                                       (["country", "severity"], "column-always-shown")])
def test_a_column_that_cannot_be_hidden_is_refused_and_changes_nothing(make_station, bad, code):
    station = make_station("jakarta", country="ID")
    station.columns.set_hidden("inbox", ["code"])
    with pytest.raises(ValidationError) as refused:
        station.columns.set_hidden("inbox", bad)
    assert refused.value.params["detail"].code == code
    with pytest.raises(ValidationError):
        station.columns.change("inbox", show=bad)
    assert station.columns.hidden("inbox") == ["code"]


def test_an_unknown_table_is_refused(make_station):
    station = make_station("jakarta", country="ID")
    with pytest.raises(UnknownCodeError):
        station.columns.hidden("drafts")
    with pytest.raises(UnknownCodeError):
        station.columns.set_hidden("drafts", None)

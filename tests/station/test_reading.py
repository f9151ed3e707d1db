"""The language a station reads reports in: its own sealed setting, apart from the interface language."""

from __future__ import annotations

import pytest

from siaga.base.errors import UnknownCodeError
from siaga.base.languages import LANGUAGES
from siaga.station import Station

from helpers import PASSPHRASE


def test_reports_follow_the_interface_until_a_language_is_chosen(make_station):
    station = make_station("vientiane", country="LA")
    assert station.reading.chosen() is False
    assert station.reports_language() == "en"
    assert station.reports_language(default="id") == "id"


def test_every_reading_language_can_be_chosen_and_is_kept_across_unlocks(make_station, tmp_path):
    station = make_station("vientiane", country="LA")
    for lang in LANGUAGES:
        station.set_reports_language(lang)
        assert station.reports_language(default="id") == lang
    station.set_reports_language(LANGUAGES[-1])
    home = station.home
    station.close()
    with Station.open(home, PASSPHRASE) as again:
        assert again.reports_language() == LANGUAGES[-1]
        assert again.reading.chosen() is True
        again.set_reports_language(None)  # back to following the interface
        assert again.reports_language(default="id") == "id"


def test_an_unknown_language_is_refused_and_changes_nothing(make_station):
    station = make_station("vientiane", country="LA")
    station.set_reports_language("id")
    for bad in ("xx", "EN", "th-TH", 7, ["id"]):
        with pytest.raises(UnknownCodeError):
            station.set_reports_language(bad)
    assert station.reports_language() == "id"


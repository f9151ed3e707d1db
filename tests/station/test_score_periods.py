"""The scorecard's periods start at midnight UTC, so each equals ``siaga partners --since DATE``."""

import calendar

import pytest

from siaga.base.errors import ValidationError
from siaga.station.score_periods import PERIODS, date_start, period_since, since_date

NOW = calendar.timegm((2026, 3, 31, 15, 42, 7, 0, 0, 0))


def test_each_period_starts_at_midnight_utc_so_many_days_back():
    assert since_date(period_since("30d", now=NOW)) == "2026-03-01"
    assert since_date(period_since("90d", now=NOW)) == "2025-12-31"
    assert since_date(period_since("365d", now=NOW)) == "2025-03-31"
    assert period_since("all", now=NOW) is None and since_date(None) == ""
    assert period_since("custom", now=NOW, custom="2026-02-14") == date_start("2026-02-14")
    assert [key for key, _ in PERIODS] == ["30d", "90d", "365d", "all"]
    for key, days in PERIODS:
        since = period_since(key, now=NOW)
        assert since is None or (since % 86400 == 0 and since == date_start(since_date(since)))


@pytest.mark.parametrize("period, custom", [("week", None), ("custom", "31/01/2026"), ("custom", None)])
def test_an_unknown_period_or_a_bad_date_is_refused(period, custom):
    with pytest.raises(ValidationError):
        period_since(period, now=NOW, custom=custom)

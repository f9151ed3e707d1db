"""The guided form's reporting clock: another profile than the station's, and when a ransom was paid."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from siaga.base.errors import ValidationError
from siaga.station.report_form import ReportForm, report_draft

NOW = datetime(2026, 11, 30, 23, 40, tzinfo=timezone.utc)


@pytest.fixture
def form(network):
    net = network()
    jakarta = net.jakarta
    form = ReportForm(jakarta.books.current, jakarta.info, jakarta.peers(), lambda: NOW)
    form.toggle_observation("ransom-note", True)
    form.summary = "Ransomware on provincial government file servers"
    form.scope = "regional"
    form.toggle_country("MY", True)
    return form


def test_the_clock_and_the_ransom_payment_are_kept_beside_the_report_not_in_it(form):
    form.clock_profile = "circia"
    form.ransom_paid_at = NOW - timedelta(hours=5)
    assert form.errors("details") == []
    draft = form.to_draft()
    assert draft["clock"] == "circia" and draft["ransom_paid_at"] == "2026-11-30T18:40:00Z"
    assert form.local_fields() == {"clock": "circia", "ransom_paid_at": "2026-11-30T18:40:00Z"}
    assert form.build_review() == []
    assert "clock" not in form.content and "ransom_paid_at" not in form.content  # never sent
    again = ReportForm.from_draft(draft, form.book, form.author, form.peers, lambda: NOW)
    assert (again.clock_profile, again.ransom_paid_at) == ("circia", NOW - timedelta(hours=5))
    assert again.to_draft() == draft
    # the station's default: nothing kept
    form.clock_profile, form.ransom_paid_at = None, None
    assert form.local_fields() == {} and "clock" not in report_draft(form.to_draft())


def test_a_ransom_paid_in_the_future_holds_the_details_step(form):
    form.ransom_paid_at = NOW + timedelta(hours=1)
    [error] = form.errors("details")
    assert error.field == "ransom_paid_at" and error.message.code == "in-future"
    assert not form.can_advance("details")


def test_a_draft_naming_an_unknown_clock_is_refused_naming_the_field(form):
    with pytest.raises(ValidationError) as caught:
        ReportForm.from_draft(dict(form.to_draft(), clock="gdpr"), form.book, form.author, form.peers, lambda: NOW)
    assert caught.value.params["field"] == "clock" and "gdpr" in str(caught.value)

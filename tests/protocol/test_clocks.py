"""Reporting clocks under a fixed clock: every profile's deadlines, across midnight and a month's end."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from siaga.base.errors import CodebookError, UnknownCodeError
from siaga.protocol import clocks
from siaga.protocol.incident import SELF, Entry, build_thread

UTC = timezone.utc


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def report(msg_id, kind, reported, *, observed=None, severity=3, root="", side="out", author=SELF,
           recipients=("kl", "manila"), paid=None):
    return Entry(id=msg_id, type=kind, side=side, author=author, reported_at=at(reported),
                 in_reply_to=root, severity=severity, observed_at=at(observed) if observed else None,
                 recipients=recipients if side == "out" else (), ransom_paid_at=at(paid) if paid else None)


def ack(msg_id, ref, reported, who):
    return Entry(id=msg_id, type="acknowledgement", side="in", author=who, reported_at=at(reported), in_reply_to=ref)


@pytest.fixture(scope="module")
def book():
    return clocks.clockbook()


def test_every_profile_has_its_labels_in_both_languages(book):
    assert set(book.codes()) == {"none", "nis2", "circia", "asean"}
    for code in book.codes():
        profile = book.get(code)
        assert profile.text("en") and profile.text("id") and profile.text("en") != profile.text("id")
    assert book.due_label("final", "id") == "laporan akhir"
    with pytest.raises(UnknownCodeError):
        book.get("gdpr")


def test_a_malformed_profile_file_names_the_bad_entry():
    with pytest.raises(CodebookError, match=r"profiles\[0\].reports\[0\]"):
        clocks.ClockBook({"format": 1, "due": {k: {"label": {"en": k, "id": k}} for k in clocks.DUE_KINDS},
                          "events": {k: {"label": {"en": k, "id": k}} for k in clocks.EVENTS},
                          "profiles": [{"code": "x", "label": {"en": "x", "id": "x"},
                                        "description": {"en": "x", "id": "x"},
                                        "reports": [{"due": "final", "after": "never", "hours": 1}]}]})


def test_nis2_crossing_midnight(book):
    """Detected 22:30, first report 23:50: the 24 h and 72 h clocks run from detection, past midnight."""
    first = report("r", "early-warning", "2026-11-24T23:50:00", observed="2026-11-24T22:30:00")
    thread = build_thread("r", [first], book.get("nis2"))
    reports = {d.what: d for d in thread.dues if d.what != "ack"}
    assert reports["early-warning"].at == at("2026-11-25T22:30:00") and reports["early-warning"].met
    assert reports["update"].at == at("2026-11-27T22:30:00") and not reports["update"].met
    assert "final" not in reports  # the final report's month starts with the notification
    # acknowledgements of severity 3: 24 h after the report, from each partner
    acks = [d for d in thread.dues if d.what == "ack"]
    assert [(d.who, d.at) for d in acks] == [("kl", at("2026-11-25T23:50:00")), ("manila", at("2026-11-25T23:50:00"))]
    assert thread.next.what == "ack"
    assert thread.state(at("2026-11-25T21:00:00")) == clocks.ON_TIME
    assert thread.state(at("2026-11-25T22:00:00")) == clocks.DUE_SOON
    assert thread.state(at("2026-11-26T00:00:00")) == clocks.OVERDUE


def test_nis2_final_report_a_month_after_the_notification_across_a_month_end(book):
    entries = [report("r", "early-warning", "2027-01-30T09:00:00", observed="2027-01-30T08:00:00", severity=2),
               report("u", "update", "2027-01-31T10:15:00", root="r", severity=2)]
    thread = build_thread("r", entries, book.get("nis2"))
    final = next(d for d in thread.dues if d.what == "final")
    assert final.at == at("2027-02-28T10:15:00")  # 31 January + one month: the last day of February
    assert thread.next is final  # severity 2 needs no acknowledgement under NIS2
    assert thread.state(at("2027-02-28T08:30:00")) == clocks.DUE_SOON
    closed = build_thread("r", entries + [report("f", "final", "2027-03-01T00:10:00", root="r")], book.get("nis2"))
    assert closed.state(at("2027-03-05T00:00:00")) == clocks.CLOSED
    assert next(d for d in closed.dues if d.what == "final").late


def test_circia_ransom_payment_starts_a_24_hour_clock(book):
    first = report("r", "early-warning", "2026-12-31T20:00:00", observed="2026-12-31T06:00:00", severity=1)
    plain = build_thread("r", [first], book.get("circia"))
    assert [(d.what, d.at) for d in plain.dues] == [("early-warning", at("2027-01-03T06:00:00"))]
    assert plain.next is None and plain.state(at("2027-06-01T00:00:00")) == clocks.ON_TIME
    paid = report("u", "update", "2027-01-01T01:00:00", root="r", severity=1, paid="2026-12-31T23:30:00")
    thread = build_thread("r", [first, paid], book.get("circia"))
    ransom = next(d for d in thread.dues if d.what == "update")
    assert ransom.at == at("2027-01-01T23:30:00") and ransom.met and not ransom.late


def test_asean_default_and_a_late_acknowledgement(book):
    first = report("r", "early-warning", "2026-11-30T23:00:00", observed="2026-11-30T21:00:00", severity=5)
    entries = [first, ack("a1", "r", "2026-11-30T23:40:00", "kl"), ack("a2", "r", "2026-12-01T02:30:00", "manila")]
    thread = build_thread("r", entries, book.get("asean"))
    acks = {d.who: d for d in thread.dues if d.what == "ack"}
    assert acks["kl"].at == at("2026-12-01T01:00:00") and not acks["kl"].late
    assert acks["manila"].late and acks["manila"].state(at("2026-12-02T00:00:00")) == clocks.OVERDUE
    reports = {d.what: d.at for d in thread.dues if d.what != "ack"}
    assert reports == {"early-warning": at("2026-12-01T21:00:00"), "update": at("2026-12-03T23:00:00"),
                       "final": at("2026-12-30T23:00:00")}
    assert thread.next.what == "update"


def test_no_profile_times_nothing(book):
    first = report("r", "early-warning", "2026-11-30T23:00:00", severity=5)
    thread = build_thread("r", [first], book.get("none"))
    assert thread.dues == [] and thread.state(at("2030-01-01T00:00:00")) == clocks.ON_TIME


def test_a_received_report_asks_this_station_to_acknowledge(book):
    first = report("r", "early-warning", "2026-11-30T10:00:00", severity=4, side="in", author="jkt")
    thread = build_thread("r", [first], book.get("asean"))
    assert [(d.who, d.at) for d in thread.dues if d.what == "ack"] == [(SELF, at("2026-11-30T12:00:00"))]
    answered = build_thread("r", [first, Entry(id="a", type="acknowledgement", side="out", author=SELF,
                                                reported_at=at("2026-11-30T10:30:00"), in_reply_to="r")],
                            book.get("asean"))
    assert all(d.met for d in answered.dues if d.what == "ack")


@pytest.mark.parametrize(("start", "months", "expected"), [
    ("2026-01-31T12:00:00", 1, "2026-02-28T12:00:00"),
    ("2028-01-31T12:00:00", 1, "2028-02-29T12:00:00"),
    ("2026-12-15T23:59:00", 1, "2027-01-15T23:59:00"),
    ("2026-11-30T00:00:00", 3, "2027-02-28T00:00:00"),
])
def test_calendar_months(start, months, expected):
    assert clocks.add_months(at(start), months) == at(expected)
    assert clocks.Rule("final", "first-report", months=months).deadline(at(start)) == at(expected)
    assert clocks.Rule("update", "detection", hours=25).deadline(at(start)) == at(start) + timedelta(hours=25)

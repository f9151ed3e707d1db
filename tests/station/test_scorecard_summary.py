"""The printable summary of a scorecard is plain data: which lines are headings, the text as the peer wrote it."""

from siaga.station.scorecard import Scorecard, printable_summary

from helpers import KHMER_NAME, THAI_NAME


def test_the_summary_says_what_is_a_heading_and_keeps_names_as_written():
    card = Scorecard("p1", "KL desk <b>", "MyCERT", "MY", None, 86400, reports_sent=3, reports_received=1,
                     checks_sent=2, checks_answered=1, contacts=[
                         {"role": "technical", "name": THAI_NAME, "phone": "+66 2 000 0000", "email": "",
                          "hours": "", "tz": "", "always": True},
                         {"role": "management", "name": KHMER_NAME, "phone": "", "email": "desk@example.kh",
                          "hours": "09:00-17:00", "tz": "Asia/Phnom_Penh", "always": False}])
    summary = printable_summary(card, "ID duty desk")
    assert (summary.title, summary.document_title) == ("Partner scorecard", "Partner scorecard: KL desk <b>")
    assert [line.text for line in summary.lines if line.heading] == ["Reports", "Communication checks", "Contact"]
    texts = [line.text for line in summary.lines]
    assert texts[0] == "KL desk <b> (MyCERT, MY) as recorded by ID duty desk"
    assert "Sent to the partner: 3    Received from the partner: 1" in texts and "Share (ours:theirs): 75:25" in texts
    assert texts[-2:] == [f"Technical: {THAI_NAME}  +66 2 000 0000  24/7",
                          f"Management: {KHMER_NAME}  desk@example.kh  09:00-17:00 Asia/Phnom_Penh"]
    assert summary.note == "Figures from this station's own outbox, inbox and audit log."

"""A partner's summary typeset by Qt: one A4 page whatever its length, every text literal, in the app's language."""

import pytest

from siaga.gui.i18n import install_language
from siaga.gui.partners import PartnerDetails
from siaga.gui.printing import summary_pdf
from siaga.station.scorecard import Scorecard, Summary, SummaryLine

from helpers import pdf_pages

MARKUP = "<b>Desk</b> &amp; <a href='https://evil.example/'>friends</a>"


@pytest.fixture
def app(qapp):
    yield qapp
    install_language(qapp, "en")


def test_a_long_summary_stays_on_one_page_and_markup_is_printed_as_text(qapp, tmp_path):
    lines = [SummaryLine("Heading", True)] + [SummaryLine(f"Line {i}: {MARKUP} " + "words " * 30) for i in range(60)]
    (tmp_path / "long.pdf").write_bytes(summary_pdf(Summary("Partner scorecard", "Partner scorecard: x", tuple(lines),
                                                            "Closing note")))
    [page] = pdf_pages(tmp_path / "long.pdf")
    assert page.startswith("Partner scorecard Heading Line 0: <b>Desk</b> &amp; <a href='https://evil.example/'>")
    assert "Line 1:" in page  # the type got smaller, not the page cut to the first line


def test_the_summary_is_printed_in_the_interface_language(app, tmp_path):
    assert install_language(app, "id")
    details = PartnerDetails()
    details.show_card(Scorecard("p1", MARKUP, "MyCERT", "MY", None, 0, reports_sent=3, reports_received=2,
                                contacts=[{"role": "technical", "name": "Aminah Yusof", "phone": "+60 3 8800 7999",
                                           "email": "", "hours": "", "tz": "", "always": True}]))
    (tmp_path / "id.pdf").write_bytes(summary_pdf(details.summary("Meja Jakarta")))
    [page] = pdf_pages(tmp_path / "id.pdf")
    assert page.startswith("Kartu skor mitra Sebagaimana dicatat oleh Meja Jakarta")
    assert "Laporan dikirim: 3, diterima: 2" in page and MARKUP in page and "Aminah Yusof, +60 3 8800 7999" in page

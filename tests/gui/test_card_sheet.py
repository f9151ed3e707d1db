"""The contact card's printable page typeset by Qt: one A4 page, the names and digits as text, a QR code that reads."""

from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QIODevice, QRectF
from PySide6.QtGui import QImage, QPainter

from siaga.base import qr
from siaga.gui.card_sheet import paint_card_page
from siaga.gui.printing import card_pdf
from siaga.protocol import card_qr
from siaga.station.card_print import CardPage

from helpers import THAI_NAME, assert_names_printed, pdf_pages


def picture_of(page: CardPage, width=1000) -> bytes:
    """The page painted as the PDF is, into a picture of A4's inner area (174 x 261 mm), as PNG."""
    image = QImage(width, round(width * 261 / 174), QImage.Format.Format_Grayscale8)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    try:
        paint_card_page(painter, QRectF(0, 0, image.width(), image.height()), page)
    finally:
        painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def test_the_page_has_the_names_the_digits_and_a_code_that_reads(qapp, make_station, tmp_path):
    station = make_station(THAI_NAME, org="BSSN (ID)", country="ID")
    page = station.card_page()
    (tmp_path / "card.pdf").write_bytes(card_pdf(page))
    reader = PdfReader(tmp_path / "card.pdf")
    [sheet] = reader.pages
    assert (round(float(sheet.mediabox.width)), round(float(sheet.mediabox.height))) == (595, 842)  # A4
    [text] = pdf_pages(tmp_path / "card.pdf")
    digits = station.fingerprint
    assert len(digits.replace(" ", "")) == 30 and digits in text
    assert "BSSN (ID) (ID)" in text and "Fingerprint digits / Angka sidik jari" in text and "Pindai kode" in text
    assert_names_printed(text, THAI_NAME)

    card, _ = card_qr.read(qr.read_texts(picture_of(page)))
    assert card.fingerprint == digits and card.name == THAI_NAME


def test_the_longest_names_a_card_allows_still_fit_one_page_with_a_code_that_reads(qapp, make_station, tmp_path):
    name = ("Direktorat Operasi Keamanan Siber " * 6)[:200].strip()  # a card's names are at most 200 characters
    org = ("Badan Siber dan Sandi Negara, Pusat Operasi " * 5)[:200].strip()
    station = make_station(name, org=org, country="ID", url="https://" + "desk." * 30 + "example:8443")
    page = station.card_page()
    (tmp_path / "long.pdf").write_bytes(card_pdf(page))
    [text] = pdf_pages(tmp_path / "long.pdf")  # one page
    assert text.endswith(page.below[-1].text) and station.fingerprint in text  # nothing cut off at the bottom
    card, _ = card_qr.read(qr.read_texts(picture_of(page)))
    assert card.name == name and card.fingerprint == station.fingerprint

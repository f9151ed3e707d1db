"""Contact cards by QR code: made, printed on one page, read back from a photo."""

import io

import pytest
import segno
from PIL import Image, ImageDraw, ImageFilter

from siaga.base.errors import DecodeError
from siaga.protocol import card_qr


def photo_of(png: bytes, *, angle=7, size=900, quality=60, blank=None) -> bytes:
    """What a phone makes of a printed code: smaller, turned, blurred, on a grey table, saved as JPEG."""
    code = Image.open(io.BytesIO(png)).convert("L")
    if blank:
        ImageDraw.Draw(code).rectangle(blank(code.width), fill=255)
    code = code.resize((size // 2, size // 2)).rotate(angle, expand=True, fillcolor=255)
    table = Image.new("L", (size, size), 140)
    table.paste(code, ((size - code.width) // 2, (size - code.height) // 2))
    out = io.BytesIO()
    table.filter(ImageFilter.GaussianBlur(0.8)).save(out, "JPEG", quality=quality)
    return out.getvalue()


def test_a_photo_of_the_qr_code_adds_the_peer(make_station):
    jakarta, kl = make_station("jakarta", country="ID"), make_station("kl", country="MY")
    peer = kl.add_peer_from_picture(photo_of(jakarta.card_qr_png()))
    assert peer.card.fingerprint == jakarta.fingerprint and peer.trust == "unverified"


def test_the_printed_page_holds_the_code_and_the_digits(make_station):
    jakarta = make_station("jakarta", country="ID")
    page = jakarta.card_pdf()
    assert page.startswith(b"%PDF-1.4") and page.rstrip().endswith(b"%%EOF") and b"/Count 1" in page
    assert jakarta.fingerprint.encode() in page and b"jakarta" in page


def test_a_damaged_foreign_or_missing_code_is_a_clear_error(make_station):
    jakarta, kl = make_station("jakarta", country="ID"), make_station("kl", country="MY")
    cases = [
        (photo_of(jakarta.card_qr_png(), blank=lambda w: (w * 0.1, w * 0.1, w * 0.55, w * 0.55)), "qr-none"),
        (photo_of(_png(segno.make("https://example.org/not-a-card", error="m"))), "qr-foreign"),
        (b"\x89PNG\r\n\x1a\n not really a picture", "image-unreadable"),
        (_png_blank(), "qr-none"),
    ]
    for picture, code in cases:
        with pytest.raises(DecodeError) as info:
            kl.add_peer_from_picture(picture)
        assert info.value.params["detail"].code == code
    assert kl.peers() == []


def test_a_qr_text_with_an_altered_card_is_refused(make_station):
    text = card_qr.qr_text(make_station("jakarta", country="ID").card_bytes())
    assert card_qr.read([text])[0].name == "jakarta"
    with pytest.raises(DecodeError) as info:
        card_qr.read([text.replace("jakarta", "jakartA")])
    assert info.value.params["detail"].code == "forged"


def _png(code) -> bytes:
    out = io.BytesIO()
    code.save(out, kind="png", scale=8)
    return out.getvalue()


def _png_blank() -> bytes:
    out = io.BytesIO()
    Image.new("L", (200, 200), 255).save(out, "PNG")
    return out.getvalue()

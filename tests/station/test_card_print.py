"""Contact cards by QR code: made, printed on one page, read back from a photo."""

import io

import pytest
import segno
from PIL import Image, ImageDraw, ImageFilter

from siaga.base import qr as qr_read
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
    jakarta = make_station("jakarta", country="ID", url="https://jkt.example:8443/")
    page = jakarta.card_page()  # plain data: the app and the command line typeset it
    above, below = [line.text for line in page.above], [line.text for line in page.below]
    assert page.title == "Siaga contact card: jakarta"
    assert above[1:] == ["jakarta", "National CSIRT (ID)", "https://jkt.example:8443"]
    assert jakarta.fingerprint in below and len(jakarta.fingerprint.replace(" ", "")) == 30
    assert any("Pindai kode" in line for line in below) and any("Scan the code" in line for line in below)
    assert len(page.modules) == len(page.modules[0]) >= 21  # a square QR code, without its quiet zone
    peer, _ = card_qr.read(qr_read.read_texts(_png_of(page.modules)))
    assert peer.fingerprint == jakarta.fingerprint and peer.name == "jakarta"


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


def _png_of(modules, cell=6, quiet=4) -> bytes:
    """The modules drawn as a picture, with their quiet zone."""
    side = (len(modules) + 2 * quiet) * cell
    picture = Image.new("L", (side, side), 255)
    draw = ImageDraw.Draw(picture)
    for r, row in enumerate(modules):
        for c, dark in enumerate(row):
            if dark:
                x, y = (c + quiet) * cell, (r + quiet) * cell
                draw.rectangle((x, y, x + cell - 1, y + cell - 1), fill=0)
    out = io.BytesIO()
    picture.save(out, "PNG")
    return out.getvalue()


def _png_blank() -> bytes:
    out = io.BytesIO()
    Image.new("L", (200, 200), 255).save(out, "PNG")
    return out.getvalue()

"""QR codes: made with segno, read from a photo or scan with zxing-cpp (the picture opened by Pillow).

Knows nothing of what the text means; ``protocol.card_qr`` gives contact cards their QR text.
The three libraries are imported when a code is first made or read, not when the station
opens: the app's first window needs none of them.
"""

from __future__ import annotations

import io
import warnings
from typing import TYPE_CHECKING

from .errors import DecodeError, Reason

#: a photo larger than this many pixels is refused before it is decoded (a decompression bomb)
MAX_PIXELS = 40_000_000

if TYPE_CHECKING:
    import segno


def make(text: str) -> segno.QRCode:
    """The QR code of ``text`` (error correction level M: a smudged print still reads)."""
    import segno
    return segno.make(text, error="m", micro=False)


def png(text: str, scale: int = 8) -> bytes:
    out = io.BytesIO()
    make(text).save(out, kind="png", scale=scale, border=4)
    return out.getvalue()


def matrix(text: str) -> list[list[bool]]:
    """The modules of ``text``'s QR code, row by row (True: dark), without the quiet zone."""
    return [[bool(cell) for cell in row] for row in make(text).matrix]


def read_texts(image: bytes) -> list[str]:
    """The texts of every QR code in a picture (PNG, JPEG...): a clear error if it is no picture or has none."""
    import zxingcpp
    from PIL import Image, UnidentifiedImageError
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(image)) as opened:
                if opened.width * opened.height > MAX_PIXELS:
                    raise DecodeError(Reason("too-large", "the picture is too large", size=f"{MAX_PIXELS} pixels"),
                                      what="picture")
                grey = opened.convert("L")
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError,
            Image.DecompressionBombWarning, SyntaxError):
        raise DecodeError(Reason("image-unreadable", "not a picture this program can open (use PNG or JPEG)"),
                          what="picture") from None
    found = zxingcpp.read_barcodes(grey, formats=zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode))
    texts = [result.text for result in found if result.valid]
    if not texts:
        raise DecodeError(Reason("qr-none", "no QR code was found in the picture; take a sharper, closer photo"),
                          what="picture")
    return texts

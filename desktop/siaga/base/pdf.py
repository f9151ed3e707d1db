"""A one-page PDF of lines of text, written without any library (PDF 1.4, the standard Helvetica fonts).

Enough for a printable summary: a title, headings and lines, on one A4 page, in the
built-in Helvetica and Helvetica-Bold (WinAnsi encoding). A character outside that
encoding is printed as ``?``; lines past the foot of the page are left off (the
caller keeps to one page).
"""

from __future__ import annotations

from dataclasses import dataclass

A4 = (595, 842)  # points
MARGIN = 56


@dataclass(frozen=True)
class Line:
    text: str
    size: int = 10
    bold: bool = False
    gap: int = 0  # extra points above the line


def _escape(text: str) -> bytes:
    raw = text.encode("cp1252", errors="replace")
    out = bytearray()
    for byte in raw:
        if byte in b"()\\":
            out += b"\\" + bytes([byte])
        elif byte < 32:
            out += b"?"
        else:
            out.append(byte)
    return bytes(out)


def one_page(lines: list[Line], title: str = "") -> bytes:
    """The PDF file's bytes."""
    width, height = A4
    y = height - MARGIN
    stream = bytearray()
    for line in lines:
        y -= line.size + 4 + line.gap
        if y < MARGIN:
            break
        font = b"/F2" if line.bold else b"/F1"
        stream += b"BT " + font + b" %d Tf %d %d Td (" % (line.size, MARGIN, y) + _escape(line.text) + b") Tj ET\n"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>" % (width, height),
        b"<< /Length %d >>\nstream\n" % len(stream) + bytes(stream) + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Title (" + _escape(title) + b") /Producer (Siaga) >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, len(objects), xref)
    return bytes(out)

"""A one-page PDF with lines of text and one square picture of black modules (a QR code).

Written by hand (PDF 1.4, one A4 page, the standard Helvetica font): no dependency,
and vector modules that print sharp at any size. Text outside Windows-1252 is shown
as ``?`` (the standard fonts have no other characters).
"""

from __future__ import annotations

from dataclasses import dataclass

A4 = (595, 842)


@dataclass(frozen=True)
class Text:
    line: str
    size: int = 12
    bold: bool = False


def _literal(text: str) -> bytes:
    raw = text.encode("cp1252", "replace")
    return b"(" + raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def one_page(above: list[Text], modules: list[list[bool]], below: list[Text], *, title: str = "") -> bytes:
    """The PDF bytes: ``above`` lines, the module square centred, then ``below`` lines."""
    width, height = A4
    margin = 56
    ops: list[bytes] = []
    y: float = height - margin

    def write(lines: list[Text]) -> None:
        nonlocal y
        for item in lines:
            y -= item.size * 1.4
            font = b"/F2" if item.bold else b"/F1"
            ops.append(b"BT %s %d Tf %d %.1f Td %s Tj ET" % (font, item.size, margin, y, _literal(item.line)))

    write(above)
    if modules:
        side = min(width - 2 * margin, 300)
        cell = side / (len(modules) + 8)  # a quiet zone of four modules on each side
        left = (width - side) / 2
        top = y - 16
        ops.append(b"0 g")
        for r, row in enumerate(modules):
            for c, dark in enumerate(row):
                if dark:
                    ops.append(b"%.3f %.3f %.3f %.3f re" % (left + (c + 4) * cell, top - (r + 5) * cell, cell, cell))
        ops.append(b"f")
        y = top - side - 16
    write(below)
    stream = b"\n".join(ops)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>" % (width, height),
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Title %s /Producer (Siaga) >>" % _literal(title),
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, len(objects), xref)
    return bytes(out)

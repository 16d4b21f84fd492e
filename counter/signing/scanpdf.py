"""Scans as PDFs: a PDF is kept as it is; JPEG, PNG and TIFF images become PDF pages without
recompression (img2pdf embeds JPEG data as it is and PNG/TIFF pixels losslessly), several images
of one document become one PDF, pages in the order given."""

from __future__ import annotations

import io
from dataclasses import dataclass

from counter.errors import UserError
from counter.messages import msg

MAX_PAGES = 100  # one document of a dossier; a thicker scan is split by document
PDF, JPEG, PNG, TIFF = "application/pdf", "image/jpeg", "image/png", "image/tiff"
KINDS = ((b"%PDF", PDF), (b"\xff\xd8\xff", JPEG), (b"\x89PNG\r\n\x1a\n", PNG), (b"II*\x00", TIFF), (b"MM\x00*", TIFF))


def sniff(head: bytes) -> str | None:
    return next((mime for magic, mime in KINDS if head.startswith(magic)), None)


@dataclass(frozen=True)
class Part:
    name: str
    data: bytes
    mime: str


def _too_many(name: str, pages: int) -> UserError:
    return UserError(msg("Bản quét {name} có {pages} trang, quá giới hạn {limit} trang cho một tệp: quét tách theo "
                         "từng thành phần hồ sơ rồi đính kèm từng tệp.", name=name, pages=pages, limit=MAX_PAGES))


def pdf_pages(data: bytes, name: str = "") -> int:
    """The number of pages, or a plain message when the PDF cannot be read."""
    import pypdfium2 as pdfium  # lazy: pdfium (heavy), only to read a PDF

    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise UserError(msg("Tệp {name} không phải PDF đọc được (hỏng hoặc bị cắt): quét lại.", name=name)) from exc
    try:
        return len(doc)
    finally:
        doc.close()


def image_pages(data: bytes, name: str = "") -> int:
    """Checks that an image really is one (and complete); returns its number of frames."""
    from PIL import Image, UnidentifiedImageError  # lazy: Pillow (heavy), only for images

    try:
        with Image.open(io.BytesIO(data)) as image:
            frames = getattr(image, "n_frames", 1)
            image.verify()
        with Image.open(io.BytesIO(data)) as image:
            image.load()  # verify() does not decode the pixels: a cut file shows here
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise UserError(msg("Tệp {name} không phải ảnh đọc được (hỏng, bị cắt hoặc sai định dạng): quét lại rồi "
                            "đính kèm lại.", name=name)) from exc
    return frames


def page_count(part: Part) -> int:
    pages = pdf_pages(part.data, part.name) if part.mime == PDF else image_pages(part.data, part.name)
    if pages == 0:
        raise UserError(msg("Tệp {name} không có trang nào.", name=part.name))
    return pages


def check(parts: list[Part]) -> int:
    """The total number of pages, after checking every part; a plain message otherwise."""
    if not parts:
        raise UserError(msg("Chưa chọn tệp bản quét nào."))
    if len(parts) > 1 and any(p.mime == PDF for p in parts):
        raise UserError(msg("Chỉ ghép được nhiều ảnh thành một tài liệu; tệp PDF đính kèm riêng từng tệp."))
    total = sum(page_count(p) for p in parts)
    if total > MAX_PAGES:
        raise _too_many(parts[0].name if len(parts) == 1 else msg("gồm {count} ảnh", count=len(parts)), total)
    return total


def to_pdf(parts: list[Part]) -> bytes:
    """One PDF for one document: a PDF as it is, images losslessly, pages in order."""
    check(parts)
    if parts[0].mime == PDF:
        return parts[0].data
    import img2pdf  # lazy: img2pdf, only for scans

    images = [_without_alpha(p) for p in parts]
    try:
        return img2pdf.convert(images, rotation=img2pdf.Rotation.ifvalid)
    except Exception as exc:  # img2pdf raises its own and PIL's errors for odd images
        raise UserError(msg("Không chuyển được ảnh {name} sang PDF ({error}): quét lại dạng JPEG hoặc PNG.",
                            name=parts[0].name, error=str(exc))) from exc


def _without_alpha(part: Part) -> bytes:
    """img2pdf refuses transparency (PDF pages have none): such an image is laid on white, as
    PNG, which keeps every visible pixel."""
    if part.mime != PNG:
        return part.data
    from PIL import Image  # lazy: Pillow (heavy), only for images

    with Image.open(io.BytesIO(part.data)) as image:
        if image.mode not in ("RGBA", "LA", "PA") and "transparency" not in image.info:
            return part.data
        flat = Image.new("RGB", image.size, (255, 255, 255))
        rgba = image.convert("RGBA")
        flat.paste(rgba, mask=rgba.getchannel("A"))
        out = io.BytesIO()
        flat.save(out, "PNG", dpi=image.info.get("dpi", (96, 96)))
        return out.getvalue()

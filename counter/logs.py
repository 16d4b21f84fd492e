"""Logging without personal data: ID numbers, phone numbers, e-mail addresses and the names in
sync payloads are masked before a record is written anywhere."""

from __future__ import annotations

import logging
import re

_PATTERNS = [
    (re.compile(r"(?<!\d)(\d{3})\d{3,6}(\d{3})(?!\d)"), r"\1***\2"),  # 9–12 digit ID numbers and phones
    (re.compile(r"([A-Za-z0-9._%+\-])[A-Za-z0-9._%+\-]*@([A-Za-z0-9.\-]+)"), r"\1***@\2"),
    (re.compile(r'("(?:ChuHoSo|HoTen|NguoiNopThay|NguoiDaiDien|applicant_name|full_name)"\s*:\s*")[^"]*(")'),
     r"\1***\2"),
]


def mask(text: str) -> str:
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


class MaskingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        record.msg, record.args = mask(message), ()
        if record.exc_text:
            record.exc_text = mask(record.exc_text)
        return True


def setup(level: int = logging.WARNING) -> None:
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    for handler in logging.getLogger().handlers:
        if not any(isinstance(f, MaskingFilter) for f in handler.filters):
            handler.addFilter(MaskingFilter())

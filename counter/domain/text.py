"""Vietnamese text: NFC normalisation on input, diacritic folding for search."""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def nfc(value: str | None) -> str:
    """NFC-normalise and trim; collapse runs of whitespace to one space."""
    if value is None:
        return ""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", value)).strip()


def nfc_multiline(value: str | None) -> str:
    """NFC-normalise a free text, keeping its line breaks."""
    if value is None:
        return ""
    lines = (_SPACES.sub(" ", line).strip() for line in unicodedata.normalize("NFC", value).splitlines())
    return "\n".join(lines).strip()


_FOLD_EXTRA = str.maketrans({"đ": "d", "Đ": "d"})


def fold(value: str | None) -> str:
    """Lower-case text without diacritics: "Nguyễn Văn Đạt" -> "nguyen van dat".

    Used for diacritics-insensitive search; đ is a letter of its own in Unicode (it does not
    decompose), so it is mapped by hand.
    """
    if not value:
        return ""
    decomposed = unicodedata.normalize("NFD", value.translate(_FOLD_EXTRA))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped.lower()).strip()


_WORD = re.compile(r"[0-9a-z]+")


def fold_words(value: str | None) -> list[str]:
    """Folded alphanumeric words, for building search queries."""
    return _WORD.findall(fold(value))

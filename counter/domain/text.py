"""Vietnamese text: NFC normalisation on input, diacritic folding for search."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from counter.messages import msg

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


_FOLD_EXTRA = str.maketrans({"đ": "d", "Đ": "d"})  # vi-only: letters folded for search, not a text


def fold(value: str | None) -> str:
    """Lower-case text without diacritics: "Nguyễn Văn Đạt" -> "nguyen van dat".

    Used for diacritics-insensitive search; đ is a letter of its own in Unicode (it does not
    decompose), so it is mapped by hand.
    """
    if not value:
        return ""
    decomposed = unicodedata.normalize("NFD", value.translate(_FOLD_EXTRA))
    # combining marks go, and so do format characters (zero-width space and joiners, soft hyphen,
    # direction marks, BOM): invisible, they would split a word or make two equal names differ
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch) and unicodedata.category(ch) != "Cf")
    return _SPACES.sub(" ", stripped.lower()).strip()


_WORD = re.compile(r"[0-9a-z]+")


def fold_words(value: str | None) -> list[str]:
    """Folded alphanumeric words, for building search queries."""
    return _WORD.findall(fold(value))


def listed(items: Iterable[str], *, semicolons: bool = False) -> str:
    """Names joined with ", " (or "; ") as one text ("" for none); a :class:`counter.messages.Text`
    among them is still translated by the interface."""
    names = list(items)
    joined = names[-1] if names else ""
    for name in reversed(names[:-1]):
        joined = (msg("{first}; {rest}", first=name, rest=joined) if semicolons
                  else msg("{first}, {rest}", first=name, rest=joined))
    return joined


# -- numbers typed by hand or by a scanner --------------------------------------------------------

#: every dash a keyboard, a word processor or a phone may produce (hyphen, non-breaking hyphen,
#: figure dash, en dash, em dash, minus sign, small and full-width hyphen-minus …)
DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
_DASH_TABLE = {ord(ch): "-" for ch in DASHES}


def ascii_number(value: str | None) -> str:
    """A number as typed, with every Unicode decimal digit (full-width ０–９, Arabic-Indic …) made
    ASCII, every dash made '-', every kind of space removed; letters are kept (then refused by the
    check that follows). NFKC first, so full-width letters and '＋' become plain ones too."""
    if not value:
        return ""
    text = unicodedata.normalize("NFKC", value).translate(_DASH_TABLE)
    out = []
    for ch in text:
        if ch.isspace() or unicodedata.category(ch) in ("Zs", "Cf"):
            continue
        digit = unicodedata.decimal(ch, None)
        out.append(str(digit) if digit is not None else ch)
    return "".join(out)


_CASED_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def print_name(name: str | None) -> str:
    """A person's or organisation's name as printed: stored as typed, but a name typed entirely in
    capitals ("NGUYỄN VĂN AN") is printed in Vietnamese title case ("Nguyễn Văn An"). A name with
    any lower-case letter is printed as typed (the officer chose its capitals)."""
    value = nfc(name)
    letters = [ch for ch in value if ch.isalpha()]
    if not letters or any(ch.islower() for ch in letters) or not any(ch.isupper() for ch in letters):
        return value
    return _CASED_WORD.sub(lambda m: m.group(0)[:1] + m.group(0)[1:].lower(), value)

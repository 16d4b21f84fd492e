"""Texts the core hands to the officer — validation and refusal messages, status and timeline
entries, errors — written once, in Vietnamese, as translatable templates.

``msg("Số giấy tờ phải có {count} chữ số", count=12)`` is a :class:`Text`: a ``str`` holding the
Vietnamese sentence (so logs, the command line, printed forms and every existing comparison see
Vietnamese, the default), which also remembers its template and values. The interface shows it
through ``counter.ui.labels.shown``, which translates the *template* with Qt (context
``"Messages"``) and then fills in the values — translating values that are themselves ``Text`` —,
so a sentence is translated whole, never as concatenated fragments.

lupdate cannot read calls of a core function: scripts/update_translations.sh lists every
``msg("literal")`` of counter/ (:func:`catalogue`) for it, as ``QT_TRANSLATE_NOOP("Messages", …)``.
Core code has no Qt: this module imports nothing but the standard library.
"""

from __future__ import annotations

import ast
import functools
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

CONTEXT = "Messages"


class Text(str):
    """A Vietnamese sentence that remembers how it was made (``template``, ``values``)."""

    __slots__ = ("template", "values")
    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, values: dict[str, Any] | None = None) -> Text:
        values = dict(values or {})
        self = super().__new__(cls, template.format(**values) if values else template)
        self.template = template
        self.values = values
        return self

    def __reduce__(self):  # crosses process boundaries (the scan process) whole
        return (Text, (self.template, self.values))

    def __repr__(self) -> str:
        return f"msg({self.template!r}{''.join(f', {k}={v!r}' for k, v in self.values.items())})"

    def render(self, translate) -> str:
        """The sentence with ``translate(template)`` and each value rendered the same way."""
        values = {k: v.render(translate) if isinstance(v, Text) else (translate(v) or v) if isinstance(v, str) and v
                  else v for k, v in self.values.items()}
        template = translate(self.template) or self.template
        try:
            return template.format(**values) if values else template
        except (KeyError, IndexError, ValueError):  # a translation that names a wrong field
            return self.template.format(**values) if values else self.template


def msg(template: str, /, **values: Any) -> Text:
    """A translatable sentence. ``template`` must be a literal (lupdate reads it from the source);
    values fill its ``{name}`` fields."""
    return Text(template, values)


#: what a template must have of its own to be recognised in a stored text: a word of four
#: letters or more ("{first}, {rest}" or "tệp {name}" would match too much)
_OWN_WORD = re.compile(r"\w{4,}")


@functools.lru_cache(maxsize=4)
def _patterns(templates: tuple[str, ...]) -> list[tuple[str, int, str, re.Pattern]]:
    found = []
    for template in templates:
        parts = [p for p in re.split(r"(\{\w+\})", template) if p]
        own = "".join(p for p in parts if not re.fullmatch(r"\{\w+\}", p))
        if not _OWN_WORD.search(own) or len(parts) < 2:
            continue
        literal = len(own)
        head = "" if re.fullmatch(r"\{\w+\}", parts[0]) else parts[0]
        pattern = "".join(f"(?P<{p[1:-1]}>.+?)" if re.fullmatch(r"\{\w+\}", p) else re.escape(p) for p in parts)
        try:
            found.append((template, literal, head, re.compile(pattern, re.S)))
        except re.error:  # a field named twice
            continue
    return sorted(found, key=lambda f: -f[1])


@functools.lru_cache(maxsize=4096)
def recognise(text: str, templates: tuple[str, ...]) -> Text | None:
    """The :class:`Text` a sentence stored as plain text was made from (the database keeps a
    timeline reason, a postal note, an online dossier's notice as written), among ``templates``
    (the core's templates with fields: resources/i18n/templates.json), or None. The template with
    the most words of its own wins."""
    for template, _, head, pattern in _patterns(templates):
        if text.startswith(head):
            found = pattern.fullmatch(text)
            if found:
                return Text(template, found.groupdict())
    return None


def read_back(text: str, translate, templates: tuple[str, ...]) -> str:
    """A plain text read back from the database in the language of ``translate``: as a template
    without fields, else as the stored sentence it was made from (:func:`recognise`), else as it is
    (data)."""
    translated = translate(text)
    if translated and translated != text:
        return translated
    again = recognise(text, templates)
    return again.render(translate) if again is not None else text


def with_fields(templates: Iterator[str] | list[str]) -> list[str]:
    """The templates that have fields, once each, sorted (what templates.json lists)."""
    return sorted({t for t in templates if re.search(r"\{\w+\}", t)})


def text_of(exc: BaseException) -> str:
    """What an exception says, keeping its :class:`Text` (``str(exc)`` would make it plain)."""
    if exc.args and isinstance(exc.args[0], Text) and len(exc.args) == 1:
        return exc.args[0]
    return str(exc)


# --- the catalogue for lupdate and the tests --------------------------------------------------

ROOT = Path(__file__).resolve().parent
#: folders whose Vietnamese is not shown by the interface: printed forms (Vietnamese by law),
#: the provincial reference server, the demo data, the database migrations
NOT_SHOWN = ("documents", "sync/hub", "store/migrations")


def _calls(tree: ast.AST) -> Iterator[ast.Call]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "msg":
            yield node


def catalogue(root: Path = ROOT) -> list[tuple[str, str]]:
    """Every ``msg("literal", …)`` template under ``root`` with where it is (``path:line``)."""
    found: list[tuple[str, str]] = []
    for path in sorted(root.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for call in _calls(tree):
            first = call.args[0] if call.args else None
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.append((first.value, f"{path.relative_to(root.parent).as_posix()}:{call.lineno}"))
    return found


def not_literal(root: Path = ROOT) -> list[str]:
    """``msg(…)`` calls whose template is not a literal (lupdate could not list them)."""
    bad = []
    for path in sorted(root.rglob("*.py")):
        for call in _calls(ast.parse(path.read_text(encoding="utf-8"))):
            first = call.args[0] if call.args else None
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                bad.append(f"{path.relative_to(root.parent).as_posix()}:{call.lineno}")
    return bad

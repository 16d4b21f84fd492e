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
import re
from collections.abc import Callable, Iterator
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
        values = {k: v.render(translate) if isinstance(v, Text) else v for k, v in self.values.items()}
        template = translate(self.template) or self.template
        try:
            return template.format(**values) if values else template
        except (KeyError, IndexError, ValueError):  # a translation that names a wrong field
            return self.template.format(**values) if values else self.template


def msg(template: str, /, **values: Any) -> Text:
    """A translatable sentence. ``template`` must be a literal (lupdate reads it from the source);
    values fill its ``{name}`` fields."""
    return Text(template, values)


#: templates of sentences kept in the database as written (:func:`stored`)
_STORED: dict[str, re.Pattern] = {}


def stored(template: Text) -> Callable[..., Text]:
    """A sentence the core stores as written (a note on a postal event): ``template`` is a
    ``msg("…")`` with its fields unfilled; the result makes the sentence from values. Read back
    from the database it is plain text, which :func:`recognise` turns into a :class:`Text` again,
    so the interface still shows it in its language."""
    pattern = "".join(f"(?P<{part[1:-1]}>.+?)" if re.fullmatch(r"\{\w+\}", part) else re.escape(part)
                      for part in re.split(r"(\{\w+\})", template.template) if part)
    _STORED[template.template] = re.compile(pattern, re.S)
    return lambda **values: Text(template.template, values)


def recognise(text: str) -> Text | None:
    """The :class:`Text` a stored sentence was made from (:func:`stored`), or None."""
    for template, pattern in _STORED.items():
        found = pattern.fullmatch(text)
        if found:
            return Text(template, found.groupdict())
    return None


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

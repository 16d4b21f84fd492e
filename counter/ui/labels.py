"""Texts the interface shows from tables of the core and the UI: status names, channels, return
methods, form, queue and postal-state names, roles, report measures… They are Vietnamese in the
code and reach the screen through :func:`tr_label`, in the translation context "Labels".

lupdate cannot see a text passed in a variable, so counter.ui.label_list.all_labels lists them all and
scripts/update_translations.sh hands that list to lupdate (as ``QT_TRANSLATE_NOOP`` lines), so
they are in resources/i18n/counter_en.ts like every ``tr("…")`` string.

Sentences of the core (refusals, validation, timeline entries, errors) are
:class:`counter.messages.Text` and reach the screen through :func:`shown`, in the context
"Messages".
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from counter import messages, paths

CONTEXT = "Labels"


def tr_label(text: str) -> str:
    if isinstance(text, messages.Text):  # a table written with msg(): context "Messages"
        return text.render(_message)
    if not text:
        return text
    translated = QCoreApplication.translate(CONTEXT, text)
    if translated != text:
        return translated
    # a sentence of the core stored as plain text (a timeline entry, a note on a postal event)
    return messages.read_back(text, _message, paths.message_templates())


def fill(template: str, *values: object) -> str:
    """``template`` with %1, %2… replaced by ``values`` in one pass, as Qt's QString.arg does: a
    value that itself holds "%2" (a database URL with %2F, a path) is left as it is."""
    def value(found: re.Match) -> str:
        n = int(found.group(1))
        return str(values[n - 1]) if 0 < n <= len(values) else found.group(0)

    return re.sub(r"%(\d)", value, template)


def _message(template: str) -> str:
    return QCoreApplication.translate(messages.CONTEXT, template)


def shown(text: str) -> str:
    """A text of the core as the interface shows it: a :class:`counter.messages.Text` translated
    whole (template, then its values), a label from a table through :func:`tr_label`. A plain text
    that is not a label may be one of the core's sentences stored as it was written (a status
    reason, a postal note, read back from the database): a template without fields, or a sentence
    the core stored with its values (``counter.messages.recognise``), is translated as one."""
    return tr_label(text)


def shown_error(exc: BaseException) -> str:
    """What an error of the core says, in the interface's language."""
    return shown(messages.text_of(exc))

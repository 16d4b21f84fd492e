"""Texts the interface shows from tables of the core and the UI: status names, channels, return
methods, form, queue and postal-state names, roles, report measures… They are Vietnamese in the
code and reach the screen through :func:`tr_label`, in the translation context "Labels".

lupdate cannot see a text passed in a variable, so counter.ui.label_list.all_labels lists them all and
scripts/update_translations.sh hands that list to lupdate (as ``QT_TRANSLATE_NOOP`` lines), so
they are in resources/i18n/counter_en.ts like every ``tr("…")`` string.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "Labels"


def tr_label(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text) if text else text

"""Texts the interface shows from tables of the core and the UI: status names, channels, return
methods, form, queue and postal-state names, roles, report measures… They are Vietnamese in the
code and reach the screen through :func:`tr_label`, in the translation context "Labels".

lupdate cannot see a text passed in a variable, so :func:`all_labels` lists them all and
scripts/update_translations.sh hands that list to lupdate (as ``QT_TRANSLATE_NOOP`` lines), so
they are in resources/i18n/counter_en.ts like every ``tr("…")`` string.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "Labels"


def tr_label(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text) if text else text


def all_labels() -> list[str]:
    from counter import settings as registry
    from counter.domain.status import STATUS_LABELS, Channel, ReturnMethod
    from counter.services import postal, queues, reports
    from counter.services.office import ROLES
    from counter.signing.pades import STATE_LABELS as SIGNATURE_STATES
    from counter.ui import dashboard, dossier_list, dossier_view, settings, sync_status

    texts: list[str] = [*STATUS_LABELS.values(), *(c.label for c in Channel), *(r.label for r in ReturnMethod),
                        *dossier_view.FORM_LABELS.values(), *postal.STATE_LABELS.values(),
                        *(label for _, label in postal.QUEUES), *(label for _, label in queues.QUEUES),
                        *ROLES.values(), *reports.MEASURE_LABELS.values(),
                        *(label for label, _ in reports.DIMENSIONS.values()),
                        *dashboard.PRESETS, *dashboard.SHORT.values(), *(label for _, label, _ in dashboard.TIMELINESS),
                        *dossier_list.DossierTableModel.HEADERS, *settings.WEEKDAYS,
                        *(label for _, label in settings.LEVELS), *sync_status.EVENT_KINDS.values(),
                        *sync_status.UPDATE_KINDS.values(), *sync_status.SOURCES.values(), *SIGNATURE_STATES.values(),
                        *registry.LABELS]
    return list(dict.fromkeys(texts))

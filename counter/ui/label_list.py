"""Every data-defined label (status names, form names, queue names…) in one list, for lupdate
(scripts/update_translations.sh) and the i18n test. Apart from counter.ui.labels, so that the
screens it reads import tr_label without importing each other."""

from __future__ import annotations

from counter.messages import Text
from counter.domain.status import STATUS_LABELS, Channel, ReturnMethod
from counter.services import postal, queues, reports
from counter.services.office import ROLES
from counter.signing.pades import STATE_LABELS as SIGNATURE_STATES
from counter.ui import dashboard, dossier_list, dossier_view, settings, sync_status


def all_labels(*, with_messages: bool = False) -> list[str]:
    """The tables' labels; those written with ``msg()`` (context "Messages") only when asked, as
    they reach lupdate as msg() templates."""
    texts: list[str] = [*STATUS_LABELS.values(), *(c.label for c in Channel), *(r.label for r in ReturnMethod),
                        *dossier_view.FORM_LABELS.values(), *postal.STATE_LABELS.values(),
                        *(label for _, label in postal.QUEUES), *(label for _, label in queues.QUEUES),
                        *ROLES.values(), *reports.MEASURE_LABELS.values(),
                        *(label for label, _ in reports.DIMENSIONS.values()),
                        *dashboard.PRESETS, *dashboard.SHORT.values(), *(label for _, label, _ in dashboard.TIMELINESS),
                        *dossier_list.DossierTableModel.HEADERS, *settings.WEEKDAYS,
                        *(label for _, label in settings.LEVELS), *sync_status.EVENT_KINDS.values(),
                        *sync_status.UPDATE_KINDS.values(), *sync_status.SOURCES.values(), *SIGNATURE_STATES.values()]
    return list(dict.fromkeys(t for t in texts if with_messages or not isinstance(t, Text)))

"""Form 07 — Sổ theo dõi hồ sơ for a period, as PDF or CSV."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from counter import clock
from counter.documents.forms import BOOK_COLUMNS, BookData, render_book
from counter.services.errors import ValidationFailed
from counter.services.forms import applicant_printed, letterhead
from counter.domain.text import print_name
from counter.messages import msg
from counter.services.office import get_office
from counter.store.models import Dossier

MAX_DAYS = 366


def _when(moment: datetime | None) -> str:
    return f"{moment:%H:%M %d/%m/%Y}" if moment else ""


def book_rows(db, start: date, end: date) -> list[tuple[str, ...]]:
    if end < start:
        raise ValidationFailed({"to": msg("Ngày kết thúc phải sau ngày bắt đầu.")})
    if (end - start).days > MAX_DAYS:
        raise ValidationFailed({"to": msg("Sổ theo dõi in tối đa một năm mỗi lần.")})
    rows = []
    with db.read() as session:
        query = (select(Dossier)
                 .where(Dossier.received_at >= datetime.combine(start, datetime.min.time()),
                        Dossier.received_at < datetime.combine(end + timedelta(days=1), datetime.min.time()))
                 .order_by(Dossier.received_at, Dossier.id)
                 .options(selectinload(Dossier.handovers)))
        for i, d in enumerate(session.scalars(query), 1):
            forwarded = next((h for h in d.handovers if h.kind in ("forward", "transfer")), None)
            result = next((h for h in d.handovers if h.kind == "result"), None)
            notes = "; ".join(x for x in (d.closed_reason, d.notes) if x)
            rows.append((
                str(i), d.code, d.procedure_name, str(d.sets), applicant_printed(d), f"{d.address}; {d.phone}",
                d.deciding_agency_name + (f" — {d.department}" if d.department else ""),
                _when(d.received_at), _when(d.due_at),
                (f"{forwarded.to_party}, {_when(forwarded.at)}" if forwarded else ""),
                _when(result.at if result else d.finished_at), _when(d.returned_at),
                print_name(d.returned_to_name), notes,
            ))
    return rows


def book_pdf(db, start: date, end: date) -> bytes:
    rows = book_rows(db, start, end)
    with db.read() as session:
        head = letterhead(get_office(session))
    return render_book(BookData(head, start, end, tuple(rows), clock.now()))


def book_csv(db, start: date, end: date) -> bytes:
    """UTF-8 with a byte-order mark, so spreadsheet programs show Vietnamese correctly."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(BOOK_COLUMNS)
    writer.writerows(book_rows(db, start, end))
    return ("\ufeff" + out.getvalue()).encode("utf-8")

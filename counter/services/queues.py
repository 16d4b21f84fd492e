"""The work queues at the counter: what must move today, what is due soon, what is late, what
is ready to hand back, and what waits for a supplement."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select

from counter import clock, settings
from counter.domain.lifecycle import CLOCK_RUNNING
from counter.domain.status import Status
from counter.messages import msg
from counter.services.dossiers import _ROW_COLUMNS, DossierRow
from counter.services.office import get_office, office_calendar
from counter.services.signing import has_unsigned, unsigned_count
from counter.store.models import Dossier

QUEUES = (
    ("forward", msg("Chuyển xử lý hôm nay")),
    ("due_soon", msg("Sắp đến hạn")),
    ("overdue", msg("Quá hạn")),
    ("ready", msg("Có kết quả, chờ trả")),
    ("supplement", msg("Chờ bổ sung")),
    ("unsigned", msg("Bản quét chưa ký số")),
)


@dataclass(frozen=True)
class QueueRow:
    row: DossierRow
    note: str
    urgent: bool


@dataclass(frozen=True)
class Queue:
    key: str
    label: str
    count: int
    rows: list[QueueRow]


def _rows(session, query, limit):
    return [DossierRow(*r) for r in session.execute(query.limit(limit))]


def _rows_with(session, column, cond, order, limit):
    """Rows with one more column (returned beside each row)."""
    query = select(*_ROW_COLUMNS, column).where(*cond).order_by(order).limit(limit)
    return [(DossierRow(*r[:-1]), r[-1]) for r in session.execute(query)]


def queues(db, *, limit: int = 500) -> dict[str, Queue]:
    now = clock.now()
    running = [int(s) for s in CLOCK_RUNNING]
    with db.read() as session:
        office = get_office(session)
        cal = office_calendar(office)
        soon_minutes = float(settings.get(office, settings.DUE_SOON_HOURS)) * 60
        end_of_day = datetime.combine(now.date(), datetime.max.time())
        result: dict[str, Queue] = {}

        cond = (Dossier.status == Status.ACCEPTED, Dossier.forwarded_at.is_(None), Dossier.forward_due_at <= end_of_day)
        count = session.scalar(select(func.count()).select_from(Dossier).where(*cond))
        rows = _rows_with(session, Dossier.forward_due_at, cond, Dossier.forward_due_at, limit)
        result["forward"] = Queue("forward", QUEUES[0][1], count, [
            QueueRow(r, msg("Trễ hạn chuyển — hạn {due}", due=f"{due:%H:%M %d/%m}") if due < now
                     else msg("Chuyển trước {due}", due=f"{due:%H:%M %d/%m}"), due < now)
            for r, due in rows])

        # due soon: a calendar-bounded candidate set, then the exact working-time test
        horizon = now + timedelta(days=14)
        cond = (Dossier.status.in_(running), Dossier.due_at >= now, Dossier.due_at <= horizon)
        soon = []
        for r in _rows(session, select(*_ROW_COLUMNS).where(*cond).order_by(Dossier.due_at), 20_000):
            left = cal.working_minutes_between(now, r.due_at)
            if left > soon_minutes:
                break
            soon.append(QueueRow(r, msg("Còn {hours} giờ làm việc", hours=f"{left / 60:.1f}".replace(".", ",")), left <= 120))
        result["due_soon"] = Queue("due_soon", QUEUES[1][1], len(soon), soon[:limit])

        cond = (Dossier.status.in_(running), Dossier.due_at < now)
        count = session.scalar(select(func.count()).select_from(Dossier).where(*cond))
        rows = _rows(session, select(*_ROW_COLUMNS).where(*cond).order_by(Dossier.due_at), limit)
        result["overdue"] = Queue("overdue", QUEUES[2][1], count, [
            QueueRow(r, msg("Trễ {days} ngày làm việc",
                            days=f"{cal.working_minutes_between(r.due_at, now) / cal.day_minutes:.1f}".replace(".", ",")),
                     True) for r in rows])

        cond = (Dossier.status == Status.PROCESSED,)
        count = session.scalar(select(func.count()).select_from(Dossier).where(*cond))
        rows = _rows(session, select(*_ROW_COLUMNS).where(*cond).order_by(Dossier.due_at), limit)
        result["ready"] = Queue("ready", QUEUES[3][1], count, [
            QueueRow(r, msg("Trả qua bưu chính") if r.return_method == 1 else msg("Trả tại quầy"), False) for r in rows])

        cond = (Dossier.status == Status.SUPPLEMENT_REQUESTED,)
        count = session.scalar(select(func.count()).select_from(Dossier).where(*cond))
        rows = _rows_with(session, Dossier.supplement_deadline, cond, Dossier.supplement_deadline, limit)
        result["supplement"] = Queue("supplement", QUEUES[4][1], count, [
            QueueRow(r, msg("Hạn bổ sung {day}", day=f"{deadline:%d/%m/%Y}") if deadline else "", bool(deadline and deadline <= now.date()))
            for r, deadline in rows])

        cond = (has_unsigned(),)
        count = session.scalar(select(func.count()).select_from(Dossier).where(*cond))
        rows = _rows_with(session, Dossier.id, cond, Dossier.received_at, limit)
        counts = unsigned_count(session, [dossier_id for _, dossier_id in rows])
        result["unsigned"] = Queue("unsigned", QUEUES[5][1], count, [
            QueueRow(r, msg("{count} bản quét chưa ký", count=counts.get(dossier_id, 0)), r.status == Status.ACCEPTED)
            for r, dossier_id in rows])
    return result

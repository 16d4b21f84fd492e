"""What supervisors read: the intake summary of a day, a week, a month or any period, broken down
by procedure, deciding agency, officer, channel and return method; the early / on-time / late
shares among finished dossiers; the open overdue dossiers; and the indicators of QĐ 766/QĐ-TTg
that a counter can compute from its own data, each with its formula."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import case, func, select

from counter import clock
from counter.domain.lifecycle import CLOCK_RUNNING
from counter.domain.status import Channel, ReturnMethod, Status
from counter.messages import msg
from counter.services import online as online_service
from counter.services.errors import UserError
from counter.services.office import get_office, office_calendar
from counter.store.models import Dossier, Officer, OnlineDossier, Supplement

MEASURES = ("received", "accepted", "supplement", "refused", "returned", "fees", "early", "on_time", "late")
#: received … fees count the dossiers received in the period; early / on time / late count the
#: dossiers whose result came in the period, whenever they were received.
MEASURE_LABELS = {
    "received": msg("Tiếp nhận"), "accepted": msg("Đủ điều kiện giải quyết"), "supplement": msg("Yêu cầu bổ sung"),
    "refused": msg("Từ chối"), "returned": msg("Đã trả kết quả"), "fees": msg("Phí, lệ phí (đồng)"),
    "early": msg("Trước hạn"), "on_time": msg("Đúng hạn"), "late": msg("Quá hạn"),
}
DIMENSIONS = {
    "procedure": (msg("Theo thủ tục"), Dossier.procedure_code),
    "agency": (msg("Theo cơ quan giải quyết"), Dossier.deciding_agency_code),
    "officer": (msg("Theo cán bộ tiếp nhận"), Dossier.officer_id),
    "channel": (msg("Theo kênh nộp"), Dossier.channel),
    "return_method": (msg("Theo hình thức nhận kết quả"), Dossier.return_method),
}
INDICATORS = {
    "on_time_rate": (msg("Tỷ lệ giải quyết đúng hạn"),
                     msg("(trước hạn + đúng hạn) ÷ số hồ sơ đã có kết quả trong kỳ")),
    "digitised": (msg("Tỷ lệ số hóa hồ sơ"),
                  msg("số hồ sơ tiếp nhận trong kỳ có bản sao điện tử đã ký số ÷ số hồ sơ tiếp nhận")),
    "postal": (msg("Tỷ lệ dùng bưu chính công ích"),
               msg("số hồ sơ nộp qua bưu chính hoặc nhận kết quả qua bưu chính ÷ số hồ sơ tiếp nhận")),
    "online_assisted": (msg("Tỷ lệ nộp trực tuyến có hỗ trợ"),
                        msg("số hồ sơ nộp trực tuyến có hỗ trợ tại quầy ÷ số hồ sơ tiếp nhận")),
    "online": (msg("Tỷ lệ hồ sơ trực tuyến"),
               msg("số hồ sơ nộp trên Cổng Dịch vụ công nhận trong kỳ ÷ (số hồ sơ đó + số hồ sơ nộp tại quầy, "
                   "bưu chính)")),
    "online_payment": (msg("Tỷ lệ thanh toán trực tuyến"),
                       msg("số hồ sơ trực tuyến đã nộp phí, lệ phí trực tuyến ÷ số hồ sơ trực tuyến nhận trong kỳ")),
    "satisfaction": (msg("Mức độ hài lòng"),
                     msg("số lượt đánh giá hài lòng hoặc rất hài lòng (4–5) ÷ số lượt đánh giá")),
}


@dataclass(frozen=True)
class ReportFilter:
    start: date
    end: date  # inclusive
    agency_code: str | None = None
    procedure_code: str | None = None
    officer_id: int | None = None

    def conditions(self) -> list:
        lo = datetime.combine(self.start, datetime.min.time())
        hi = datetime.combine(self.end + timedelta(days=1), datetime.min.time())
        conds = [Dossier.received_at >= lo, Dossier.received_at < hi]
        if self.agency_code:
            conds.append(Dossier.deciding_agency_code == self.agency_code)
        if self.procedure_code:
            conds.append(Dossier.procedure_code == self.procedure_code)
        if self.officer_id:
            conds.append(Dossier.officer_id == self.officer_id)
        return conds

    def finished_conditions(self) -> list:
        """Finished dossiers are counted in the period they finished in."""
        lo = datetime.combine(self.start, datetime.min.time())
        hi = datetime.combine(self.end + timedelta(days=1), datetime.min.time())
        conds = [Dossier.finished_at >= lo, Dossier.finished_at < hi]
        return conds + self.conditions()[2:]


@dataclass
class Row:
    key: str
    label: str
    values: dict[str, int]


@dataclass
class Indicator:
    key: str
    label: str
    formula: str
    numerator: int
    denominator: int

    @property
    def value(self) -> float | None:
        return None if not self.denominator else 100.0 * self.numerator / self.denominator


@dataclass
class OverdueRow:
    code: str
    applicant: str
    procedure: str
    agency: str
    due_at: datetime
    late_days: float


@dataclass
class Summary:
    filter: ReportFilter
    as_of: datetime
    totals: dict[str, int]
    by: dict[str, list[Row]]
    per_day: list[tuple[date, int]]
    statuses: list[tuple[int, int]]
    indicators: list[Indicator]
    overdue: list[OverdueRow]
    overdue_count: int
    due_soon: list[OverdueRow] = field(default_factory=list)
    online: object = None  # counter.services.online.OnlineCounts: received, checked on time, checked late


def _measures(f: ReportFilter):
    """The SQL for each measure over dossiers received in the period (finished ones in the period
    they finished)."""
    has_supplement = select(Supplement.id).where(Supplement.dossier_id == Dossier.id).exists()
    return {
        "received": func.count(),
        "accepted": func.sum(case((Dossier.accepted_at.is_not(None), 1), else_=0)),
        "supplement": func.sum(case((has_supplement, 1), else_=0)),
        "refused": func.sum(case((Dossier.status == Status.REFUSED, 1), else_=0)),
        "returned": func.sum(case((Dossier.status == Status.RETURNED, 1), else_=0)),
        "fees": func.sum(case((Dossier.accepted_at.is_not(None), Dossier.fee_total), else_=0)),
    }


def _timeliness_counts(session, f: ReportFilter, key=None) -> dict:
    cols = [Dossier.timeliness, func.count()]
    if key is not None:
        cols.insert(0, key)
    query = select(*cols).where(*f.finished_conditions(), Dossier.timeliness != "").group_by(
        *([key] if key is not None else []), Dossier.timeliness)
    out: dict = {}
    for row in session.execute(query):
        if key is None:
            out[row[0]] = row[1]
        else:
            out.setdefault(row[0], {})[row[1]] = row[2]
    return out


def _labels(session, dimension: str, keys, conds) -> dict:
    """Names for the keys, read from the period's own dossiers (their snapshot of the catalogue)."""
    if dimension == "procedure":
        return dict(session.execute(select(Dossier.procedure_code, func.max(Dossier.procedure_name))
                                    .where(*conds).group_by(Dossier.procedure_code)).all())
    if dimension == "agency":
        return dict(session.execute(select(Dossier.deciding_agency_code, func.max(Dossier.deciding_agency_name))
                                    .where(*conds).group_by(Dossier.deciding_agency_code)).all())
    if dimension == "officer":
        names = dict(session.execute(select(Officer.id, Officer.full_name)).all())
        return {k: names.get(k, msg("(không rõ)")) for k in keys}
    if dimension == "channel":
        return {k: Channel(k).label for k in keys}
    return {k: ReturnMethod(k).label for k in keys}


def summary(db, f: ReportFilter, *, dimensions=tuple(DIMENSIONS), overdue_limit: int = 200) -> Summary:
    as_of = clock.now()  # open overdue dossiers: the backlog as the report is made
    with db.read() as session:
        measures = _measures(f)
        conds = f.conditions()
        totals_row = session.execute(select(*measures.values()).where(*conds)).one()
        totals = {k: int(v or 0) for k, v in zip(measures, totals_row)}
        t = _timeliness_counts(session, f)
        totals.update(early=t.get("early", 0), on_time=t.get("on_time", 0), late=t.get("late", 0))
        by = {}
        for dimension in dimensions:
            _, column = DIMENSIONS[dimension]
            rows = session.execute(select(column, *measures.values()).where(*conds).group_by(column)).all()
            tl = _timeliness_counts(session, f, column)
            keys = {r[0] for r in rows} | set(tl)
            labels = _labels(session, dimension, keys, conds)
            if dimension in ("procedure", "agency") and set(keys) - set(labels):
                label_conds = [*f.finished_conditions()]
                labels = {**_labels(session, dimension, keys, label_conds), **labels}
            table = []
            for key in keys:
                base = next((r for r in rows if r[0] == key), None)
                values = {k: int((base[i + 1] if base else 0) or 0) for i, k in enumerate(measures)}
                values.update({m: tl.get(key, {}).get(m, 0) for m in ("early", "on_time", "late")})
                table.append(Row("" if key is None else str(key), labels.get(key, str(key)), values))
            table.sort(key=lambda r: (-r.values["received"], r.label))
            by[dimension] = table
        day = func.date(Dossier.received_at)
        per_day = [(date.fromisoformat(d) if isinstance(d, str) else d, n)
                   for d, n in session.execute(select(day, func.count()).where(*conds).group_by(day).order_by(day))]
        statuses = [(int(s), n) for s, n in session.execute(
            select(Dossier.status, func.count()).where(*conds).group_by(Dossier.status).order_by(Dossier.status))]

        online_counts = online_service.counts(session, f.start, f.end, as_of)
        indicators = _indicators(session, f, totals, online_counts)
        cal = office_calendar(get_office(session))
        overdue_conds = [Dossier.status.in_([int(s) for s in CLOCK_RUNNING]), Dossier.due_at < as_of,
                         *f.conditions()[2:]]
        overdue_count = session.scalar(select(func.count()).select_from(Dossier).where(*overdue_conds))
        overdue = [OverdueRow(code, applicant, proc, agency, due,
                              cal.working_minutes_between(due, as_of) / cal.day_minutes)
                   for code, applicant, proc, agency, due in session.execute(
                       select(Dossier.code, Dossier.applicant_name, Dossier.procedure_name, Dossier.deciding_agency_name,
                              Dossier.due_at).where(*overdue_conds).order_by(Dossier.due_at).limit(overdue_limit))]
    return Summary(f, as_of, totals, by, per_day, statuses, indicators, overdue, overdue_count, online=online_counts)


def _indicators(session, f: ReportFilter, totals: dict, online_counts=None) -> list[Indicator]:
    conds = f.conditions()
    received = totals["received"]
    finished = totals["early"] + totals["on_time"] + totals["late"]
    digitised = session.scalar(select(func.count()).select_from(Dossier).where(*conds, Dossier.digitised_at.is_not(None)))
    postal = session.scalar(select(func.count()).select_from(Dossier).where(
        *conds, (Dossier.channel == Channel.POSTAL) | (Dossier.return_method == ReturnMethod.POST)))
    online = session.scalar(select(func.count()).select_from(Dossier).where(*conds, Dossier.channel == Channel.ONLINE))
    rated, satisfied = session.execute(select(func.count(Dossier.satisfaction),
                                              func.sum(case((Dossier.satisfaction >= 4, 1), else_=0)))
                                       .where(*conds)).one()
    values = {"on_time_rate": (totals["early"] + totals["on_time"], finished), "digitised": (digitised, received),
              "postal": (postal, received), "online_assisted": (online, received),
              "satisfaction": (int(satisfied or 0), int(rated or 0))}
    # online service (DOMAIN §9): dossiers filed on the portal against all dossiers that reached the
    # office; those accepted from the portal are counted once (as online), not again as received

    portal = online_counts.received if online_counts else 0
    from_portal = session.scalar(select(func.count()).select_from(Dossier).where(
        *conds, Dossier.code.in_(select(OnlineDossier.dossier_code).where(OnlineDossier.dossier_code != ""))))
    paid = online_counts.paid_online if online_counts else 0
    values["online"] = (portal, portal + received - from_portal)
    values["online_payment"] = (paid, portal)
    return [Indicator(k, INDICATORS[k][0], INDICATORS[k][1], *values[k]) for k in INDICATORS]


def day_filter(day: date) -> ReportFilter:
    return ReportFilter(day, day)



# -- documents and exports ---------------------------------------------------------------------

def period_label(f: ReportFilter) -> str:
    """The period as the printed and exported reports head it."""
    if f.start == f.end:
        return f"Ngày {f.start:%d/%m/%Y}"  # vi-only: printed report
    return f"Từ ngày {f.start:%d/%m/%Y} đến ngày {f.end:%d/%m/%Y}"  # vi-only: printed report


def report_pdf(db, f: ReportFilter, *, daily: bool = False) -> bytes:
    from counter.documents.report import render_report  # lazy: reportlab (heavy), only to draw a PDF
    from counter.services.forms import letterhead  # lazy: reportlab (heavy), only to draw a PDF

    data = summary(db, f)
    with db.read() as session:
        head = letterhead(get_office(session))
    title = ("BÁO CÁO TỔNG HỢP TIẾP NHẬN HỒ SƠ TRONG NGÀY" if daily  # vi-only: printed report
             else "BÁO CÁO TỔNG HỢP TIẾP NHẬN VÀ GIẢI QUYẾT HỒ SƠ")  # vi-only: printed report
    return render_report(data, head, title, period_label(f), MEASURE_LABELS,
                         {k: v[0] for k, v in DIMENSIONS.items()})


#: the tables of the exported report (CSV titles, spreadsheet sheet names)
TABLES = {"totals": "Tổng hợp", **{k: v[0] for k, v in DIMENSIONS.items()},  # vi-only: exported report
          "per_day": "Theo ngày", "indicators": "Chỉ số", "overdue": "Hồ sơ quá hạn"}  # vi-only: exported report


def table(data: Summary, name: str) -> tuple[list[str], list[list]]:
    """One table of the exported report as a header and rows (numbers stay numbers)."""
    labels = [MEASURE_LABELS[m] for m in MEASURES]
    if name == "totals":
        return labels, [[data.totals[m] for m in MEASURES]]
    if name in DIMENSIONS:
        return [DIMENSIONS[name][0].replace("Theo ", "").capitalize(), *labels], \
            [[r.label, *[r.values[m] for m in MEASURES]] for r in data.by.get(name, [])]
    if name == "per_day":
        return ["Ngày", "Số hồ sơ tiếp nhận"], [  # vi-only: exported report
            [d.isoformat(), n] for d, n in data.per_day]
    if name == "indicators":
        return ["Chỉ số", "Giá trị (%)", "Tử số", "Mẫu số", "Cách tính"], [  # vi-only: exported report
            [i.label, None if i.value is None else round(i.value, 2), i.numerator, i.denominator, i.formula]
            for i in data.indicators]
    if name == "overdue":
        return ["Mã hồ sơ", "Người nộp", "Thủ tục", "Cơ quan giải quyết",  # vi-only: exported report
                "Hẹn trả", "Trễ (ngày làm việc)"], [  # vi-only: exported report
            [o.code, o.applicant, o.procedure, o.agency, o.due_at.isoformat(sep=" "), round(o.late_days, 2)]
            for o in data.overdue]
    raise KeyError(name)


def export_csv(data: Summary, names=None) -> bytes:
    """Every table (or the named ones), each under its title, in one UTF-8 CSV with a BOM."""
    out = io.StringIO()
    writer = csv.writer(out)
    for name in names or TABLES:
        header, rows = table(data, name)
        if names is None or len(names) > 1:
            writer.writerow([TABLES[name]])
        writer.writerow(header)
        writer.writerows(rows)
        writer.writerow([])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def export_xlsx(data: Summary) -> bytes:
    """Every table on its own sheet."""
    from openpyxl import Workbook  # lazy: openpyxl (heavy), only for a spreadsheet
    from openpyxl.styles import Font  # lazy: openpyxl (heavy), only for a spreadsheet

    book = Workbook()
    book.remove(book.active)
    for name, title in TABLES.items():
        sheet = book.create_sheet(title[:31])
        header, rows = table(data, name)
        sheet.append([period_label(data.filter)])
        sheet.append(header)
        for cell in sheet[2]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append(row)
        sheet.column_dimensions["A"].width = 48 if name != "totals" else 14
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def officer_id(db, username: str) -> int:
    """The officer a report is narrowed to, by user name."""
    with db.read() as session:
        found = session.scalar(select(Officer.id).where(Officer.username == username))
    if found is None:
        raise UserError(msg("Không có cán bộ '{username}'.", username=username))
    return found


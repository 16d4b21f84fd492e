"""The supervisors' intake summary as a printable PDF with its charts (reportlab graphics): intake
per day, status breakdown, early / on-time / late; then every table, the indicators with their
formulas, and the open overdue dossiers."""

from __future__ import annotations

import io

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from counter.documents.common import GRID, SANS, SERIF, Letterhead, official_header, register_fonts, styles, t
from counter.domain.status import Status

PALETTE = [colors.HexColor(c) for c in ("#1565c0", "#6a1b9a", "#ef6c00", "#2e7d32", "#1b5e20", "#b3261e", "#616161",
                                        "#00838f", "#ad1457", "#5d4037")]
TIMELINESS_COLOURS = {"early": colors.HexColor("#2e7d32"), "on_time": colors.HexColor("#1565c0"),
                      "late": colors.HexColor("#b3261e")}


def _fmt(n) -> str:
    return f"{n:,}".replace(",", ".")


def per_day_chart(per_day, width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 10, "Số hồ sơ tiếp nhận theo ngày", fontName=SANS, fontSize=9))
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 30, 28, width - 40, height - 48
    chart.data = [[n for _, n in per_day] or [0]]
    chart.categoryAxis.categoryNames = [f"{d:%d/%m}" for d, _ in per_day] or [""]
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = 6 if len(per_day) > 12 else 8
    chart.categoryAxis.labels.angle = 45 if len(per_day) > 12 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(per_day) > 12 else "n"
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor = PALETTE[0]
    drawing.add(chart)
    return drawing


def pie_chart(title: str, items: list[tuple[str, int, colors.Color]], width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 10, title, fontName=SANS, fontSize=9))
    items = [i for i in items if i[1]]
    if not items:
        drawing.add(String(0, height / 2, "Không có số liệu", fontName=SANS, fontSize=8))
        return drawing
    pie = Pie()
    size = min(height - 30, width * 0.45)
    pie.x, pie.y, pie.width, pie.height = 5, (height - 20 - size) / 2, size, size
    pie.data = [n for _, n, _ in items]
    pie.labels = None
    pie.slices.strokeWidth = 0.5
    for i, (_, _, colour) in enumerate(items):
        pie.slices[i].fillColor = colour
    drawing.add(pie)
    total = sum(n for _, n, _ in items)
    y = height - 28
    for label, n, colour in items:
        drawing.add(Rect(size + 14, y, 7, 7, fillColor=colour, strokeColor=None))
        share = f"{100 * n / total:.1f}".replace(".", ",")
        drawing.add(String(size + 25, y, f"{label}: {_fmt(n)} ({share}%)", fontName=SANS, fontSize=7))
        y -= 11
    return drawing


def render_report(summary, head: Letterhead, title: str, period_label: str, measure_labels: dict,
                  dimension_labels: dict) -> bytes:
    register_fonts()
    s = styles(SERIF, 9)
    width = landscape(A4)[0] - 24 * mm
    story: list = [official_header(head, "", summary.as_of, width), Spacer(1, 3 * mm),
                   Paragraph(t(title), styles(SERIF, 12)["title"]), Paragraph(t(period_label), s["center_italic"]),
                   Spacer(1, 3 * mm)]
    totals = summary.totals
    keys = list(measure_labels)
    head_row = [Paragraph(t(measure_labels[k]), s["cell_center"]) for k in keys]
    story.append(_table([head_row, [Paragraph(_fmt(totals[k]), s["cell_center"]) for k in keys]], [width / len(keys)] * len(keys)))
    story.append(Spacer(1, 3 * mm))
    chart_h = 62 * mm
    statuses = [(Status(st).label, n, PALETTE[i % len(PALETTE)]) for i, (st, n) in enumerate(summary.statuses)]
    timeliness = [("Trước hạn", totals["early"], TIMELINESS_COLOURS["early"]),
                  ("Đúng hạn", totals["on_time"], TIMELINESS_COLOURS["on_time"]),
                  ("Quá hạn", totals["late"], TIMELINESS_COLOURS["late"])]
    charts = Table([[per_day_chart(summary.per_day, width * 0.42, chart_h),
                     pie_chart("Trạng thái hồ sơ tiếp nhận trong kỳ", statuses, width * 0.3, chart_h),
                     pie_chart("Kết quả giải quyết: trước hạn / đúng hạn / quá hạn", timeliness, width * 0.28, chart_h)]],
                   colWidths=[width * 0.42, width * 0.3, width * 0.28])
    story.append(charts)
    story.append(Spacer(1, 3 * mm))
    o = getattr(summary, "online", None)
    if o is not None:
        story.append(Paragraph(f"<b>Hồ sơ trực tuyến</b> (kiểm tra trong 8 giờ làm việc): nhận {_fmt(o.received)} · "
                               f"kiểm tra đúng hạn {_fmt(o.on_time)} · kiểm tra trễ hạn {_fmt(o.late)} · đang chờ "
                               f"{_fmt(o.waiting)} (quá hạn {_fmt(o.overdue)})", s["body"]))
        story.append(Spacer(1, 2 * mm))
    story.append(Paragraph("<b>Chỉ số đánh giá</b> (theo QĐ 766/QĐ-TTg, tính từ dữ liệu của quầy)", s["body"]))
    rows = [[Paragraph("Chỉ số", s["cell_center"]), Paragraph("Giá trị", s["cell_center"]),
             Paragraph("Tử số / mẫu số", s["cell_center"]), Paragraph("Cách tính", s["cell_center"])]]
    for ind in summary.indicators:
        value = "—" if ind.value is None else f"{ind.value:.1f}%".replace(".", ",")
        rows.append([Paragraph(t(ind.label), s["cell"]), Paragraph(value, s["cell_center"]),
                     Paragraph(f"{_fmt(ind.numerator)} / {_fmt(ind.denominator)}", s["cell_center"]),
                     Paragraph(t(ind.formula), s["cell"])])
    story.append(_table(rows, [60 * mm, 25 * mm, 35 * mm, width - 120 * mm]))
    for dimension, table_rows in summary.by.items():
        story.append(PageBreak() if dimension == "procedure" else Spacer(1, 4 * mm))
        story.append(Paragraph(f"<b>{t(dimension_labels[dimension])}</b>", s["body"]))
        header = [Paragraph("", s["cell"])] + [Paragraph(t(measure_labels[k]), s["cell_center"]) for k in keys]
        body = [[Paragraph(t(r.label), s["cell"])] + [Paragraph(_fmt(r.values[k]), s["cell_center"]) for k in keys]
                for r in table_rows]
        first = 70 * mm
        story.append(_table([header, *body], [first] + [(width - first) / len(keys)] * len(keys), long=True))
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph(f"<b>Hồ sơ đang quá hạn</b> (chưa có kết quả, tính đến {summary.as_of:%H:%M %d/%m/%Y}): "
                           f"{_fmt(summary.overdue_count)} hồ sơ", s["body"]))
    if summary.overdue:
        rows = [[Paragraph(h, s["cell_center"]) for h in ("Mã hồ sơ", "Người nộp", "Thủ tục", "Cơ quan giải quyết",
                                                           "Hẹn trả", "Trễ (ngày làm việc)")]]
        for o in summary.overdue:
            rows.append([Paragraph(t(o.code), s["cell"]), Paragraph(t(o.applicant), s["cell"]),
                         Paragraph(t(o.procedure), s["cell"]), Paragraph(t(o.agency), s["cell"]),
                         Paragraph(f"{o.due_at:%H:%M %d/%m/%Y}", s["cell_center"]),
                         Paragraph(f"{o.late_days:.1f}".replace(".", ","), s["cell_center"])])
        story.append(_table(rows, [48 * mm, 40 * mm, width - 196 * mm, 50 * mm, 30 * mm, 28 * mm], long=True))
        if summary.overdue_count > len(summary.overdue):
            story.append(Paragraph(f"… và {_fmt(summary.overdue_count - len(summary.overdue))} hồ sơ khác.", s["italic"]))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm, topMargin=10 * mm,
                      bottomMargin=10 * mm, title=title, author=head.office_name, creator="Counter").build(story)
    return buffer.getvalue()


def _table(rows, widths, long: bool = False):
    table = (LongTable if long else Table)(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, GRID), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.93, 0.93, 0.93)),
                               ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return table


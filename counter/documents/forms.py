"""The other printed forms of the counter (Thông tư 03/2025/TT-VPCP, Phụ lục I, as used in
practice): 02 supplement request, 03 refusal, transfer slip, 04 apology and new date, 05 stop or
withdrawal notice, 06 control sheet, hand-over list, return confirmation, 07 tracking book.

Each ``render_*`` takes plain data and returns PDF bytes."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from datetime import date, datetime

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, LongTable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from counter.documents.common import (
    GRID,
    SERIF,
    Applicant,
    Letterhead,
    long_time,
    official_header,
    register_fonts,
    signature_block,
    styles,
    t,
)
from counter.documents.receipt import _Barcode

WIDTH = A4[0] - 36 * mm
TIMELINESS = {"early": "Trước hạn", "on_time": "Đúng hạn", "late": "Quá hạn", "": ""}


@dataclass(frozen=True)
class DossierSummary(Applicant):
    code: str
    procedure_code: str
    procedure_name: str
    received_at: datetime
    due_at: datetime
    deciding_agency: str
    department: str
    sets: int = 1
    duration_label: str = ""


def _build(story: list, title: str, author: str, *, pagesize=A4, margin: float = 18 * mm) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=pagesize, leftMargin=margin, rightMargin=margin, topMargin=14 * mm,
                            bottomMargin=14 * mm, title=title, author=author, creator="Counter")
    doc.build(story)
    return buffer.getvalue()


def _grid(rows, widths, header_rows=1, repeat=True, long=False):
    table = (LongTable if long else Table)(rows, colWidths=widths, repeatRows=header_rows if repeat else 0)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, GRID), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("BACKGROUND", (0, 0), (-1, header_rows - 1), colors.Color(0.93, 0.93, 0.93))]))
    return table


def _head(head: Letterhead, number: str, at: datetime, title: str, code: str | None, s, subtitle: str = ""):
    story = [official_header(head, number, at, WIDTH), Spacer(1, 4 * mm), Paragraph(t(title), s["title"])]
    if subtitle:
        story.append(Paragraph(t(subtitle), s["center_italic"]))
    if code:
        story.append(Paragraph(f"Mã hồ sơ: <b>{t(code)}</b>", s["center"]))
        barcode = Table([[_Barcode(code, 90 * mm, 11 * mm)]], colWidths=[WIDTH])
        barcode.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER")]))
        story.append(barcode)
    story.append(Spacer(1, 3 * mm))
    return story


def _paper(d, at: datetime, title: str, s, body: list, signers, name: str, subtitle: str = "") -> bytes:
    """The frame every form shares: the heading (with the dossier's code and barcode on a dossier's form), the
    body, then the signatures (none when ``signers`` is empty). The PDF is titled ``name`` and the code (or the
    form's number)."""
    code = d.dossier.code if isinstance(d, _DossierForm) else None
    story = _head(d.head, d.number, at, title, code, s, subtitle) + body
    if signers:
        story += [Spacer(1, 4 * mm), signature_block(WIDTH, signers, s)]
    return _build(story, f"{name} {code or d.number}", d.head.office_name)


def _applicant_and(d: _DossierForm, title: str, officer_name: str) -> list[tuple[str, str]]:
    """The signatures of a form the applicant signs on the left and an officer on the right."""
    return [("NGƯỜI NỘP HỒ SƠ", d.dossier.applicant_name), (title, officer_name)]


def _lines(s, *lines: str) -> list:
    return [Paragraph(line, s["body"]) for line in lines]


def _header(c, *labels: str) -> list:
    return [Paragraph(label, c) for label in labels]


def _who(d: DossierSummary, s) -> list:
    lines = []
    if d.applicant_kind == "organisation":
        lines.append(f"Tên tổ chức: <b>{t(d.applicant_name)}</b> — Mã số thuế: {t(d.id_number)}")
        lines.append(f"Người đại diện: {t(d.representative)}")
    else:
        lines.append(f"Ông/Bà: <b>{t(d.applicant_name)}</b> — {t(d.id_label)}: {t(d.id_number)}")
    lines.append(f"Nội dung yêu cầu giải quyết: {t(d.procedure_name)} (mã thủ tục {t(d.procedure_code)})")
    return [Paragraph(line, s["body"]) for line in lines + d.contact_lines()]


@dataclass(frozen=True)
class _DossierForm:
    """What every form about one dossier starts with: who issues it, its number and the dossier."""

    head: Letterhead
    number: str
    dossier: DossierSummary


# -- 02 supplement request ------------------------------------------------------------------


@dataclass(frozen=True)
class SupplementData(_DossierForm):
    requested_at: datetime
    items: tuple[dict, ...]  # name, originals, certified_copies, photocopies, reason
    reason: str
    deadline: date
    contact: str
    officer_name: str


def render_supplement(d: SupplementData) -> bytes:
    s = styles(SERIF, 11)
    c = s["cell_center"]
    rows = [_header(c, "TT", "Thành phần hồ sơ / nội dung cần bổ sung", "Bản chính", "Bản chứng thực", "Bản photo",
                    "Lý do")]
    for i, item in enumerate(d.items, 1):
        rows.append([Paragraph(str(i), c), Paragraph(t(item["name"]), s["cell"]),
                     Paragraph(str(item.get("originals") or ""), c), Paragraph(str(item.get("certified_copies") or ""), c),
                     Paragraph(str(item.get("photocopies") or ""), c), Paragraph(t(item.get("reason", "")), s["cell"])])
    body = [*_lines(s, f"{t(d.head.unit_name.capitalize())} — {t(d.head.office_name)} đã tiếp nhận hồ sơ của:"),
            *_who(d.dossier, s), *_lines(s, "Yêu cầu bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:"),
            _grid(rows, [10 * mm, 70 * mm, 17 * mm, 20 * mm, 17 * mm, WIDTH - 134 * mm]), Spacer(1, 2 * mm)]
    if d.reason:
        body += _lines(s, f"Lý do: {t(d.reason)}")
    body += _lines(s, f"Đề nghị ông/bà bổ sung đầy đủ một lần trước ngày <b>{d.deadline:%d/%m/%Y}</b>. Quá thời hạn "
                      "này hồ sơ sẽ bị đóng theo quy định; khi bổ sung đầy đủ, thời hạn giải quyết được tính lại từ đầu "
                      "và ông/bà nhận giấy hẹn mới với cùng mã hồ sơ.",
                   f"Trong quá trình hoàn thiện hồ sơ, nếu có vướng mắc, ông/bà liên hệ {t(d.contact)} để được "
                   "hướng dẫn.")
    return _paper(d, d.requested_at, "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", s, body,
                  _applicant_and(d, "NGƯỜI HƯỚNG DẪN", d.officer_name), "Phiếu yêu cầu bổ sung")


# -- 03 refusal -----------------------------------------------------------------------------


@dataclass(frozen=True)
class RefusalData(_DossierForm):
    at: datetime
    reason: str
    officer_name: str


def render_refusal(d: RefusalData) -> bytes:
    s = styles(SERIF, 11)
    body = [*_lines(s, f"{t(d.head.unit_name.capitalize())} — {t(d.head.office_name)} tiếp nhận hồ sơ của:"),
            *_who(d.dossier, s), Spacer(1, 2 * mm),
            *_lines(s, "Sau khi xem xét, đối chiếu thành phần hồ sơ, "
                       f"{t(d.head.unit_name.lower())} thông báo không tiếp nhận, giải quyết hồ sơ này với lý do cụ "
                       "thể như sau:",
                    f"<b>{t(d.reason)}</b>", "Xin thông báo để ông/bà được biết và thực hiện.")]
    return _paper(d, d.at, "PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ", s, body,
                  _applicant_and(d, "NGƯỜI TIẾP NHẬN HỒ SƠ", d.officer_name), "Phiếu từ chối")


# -- transfer slip --------------------------------------------------------------------------


@dataclass(frozen=True)
class TransferData(_DossierForm):
    at: datetime
    steps: tuple[tuple[str, str, str, datetime | None], ...]  # agency, department, task, due
    officer_name: str


def render_transfer(d: TransferData) -> bytes:
    s = styles(SERIF, 11)
    c = s["cell_center"]
    rows = [_header(c, "TT", "Cơ quan, đơn vị", "Nhiệm vụ", "Thời hạn")]
    for i, (agency, department, task, due) in enumerate(d.steps, 1):
        rows.append([Paragraph(str(i), c), Paragraph(t(agency) + (f"<br/>{t(department)}" if department else ""), s["cell"]),
                     Paragraph(t(task), s["cell"]), Paragraph(f"{due:%H:%M %d/%m/%Y}" if due else "", c)])
    body = [*_who(d.dossier, s),
            *_lines(s, f"Thời gian tiếp nhận: {t(long_time(d.dossier.received_at))}",
                    f"Thời hạn trả kết quả: <b>{t(long_time(d.dossier.due_at))}</b>",
                    "Hồ sơ được chuyển đến các cơ quan sau để phối hợp giải quyết:"),
            _grid(rows, [10 * mm, 62 * mm, WIDTH - 110 * mm, 38 * mm])]
    return _paper(d, d.at, "PHIẾU CHUYỂN XỬ LÝ HỒ SƠ", s, body,
                  [("NGƯỜI CHUYỂN", d.officer_name), ("NGƯỜI NHẬN", "")], "Phiếu chuyển xử lý")


# -- 06 control sheet -----------------------------------------------------------------------


@dataclass(frozen=True)
class ControlRow:
    from_party: str
    to_party: str
    at: datetime
    giver: str
    receiver: str
    timeliness: str
    note: str


@dataclass(frozen=True)
class ControlData(_DossierForm):
    rows: tuple[ControlRow, ...]
    printed_at: datetime


def render_control(d: ControlData) -> bytes:
    s = styles(SERIF, 10.5)
    body = _lines(
        s,
        f"Mã hồ sơ: <b>{t(d.dossier.code)}</b>",
        f"Tên người nộp/tổ chức: {t(d.dossier.applicant_name)} — Địa chỉ: {t(d.dossier.address)} — "
        f"Số điện thoại: {t(d.dossier.phone)}",
        f"Thủ tục: {t(d.dossier.procedure_name)}",
        f"Cơ quan (bộ phận) giải quyết hồ sơ: {t(d.dossier.deciding_agency)}"
        + (f" — {t(d.dossier.department)}" if d.dossier.department else ""),
        f"Thời gian nhận hồ sơ: {t(long_time(d.dossier.received_at))}",
        f"Thời gian trả kết quả giải quyết hồ sơ: {t(long_time(d.dossier.due_at))}",
    )
    body.append(Spacer(1, 2 * mm))
    c = s["cell_center"]
    rows = [_header(c, "TÊN CƠ QUAN", "THỜI GIAN GIAO, NHẬN HỒ SƠ", "KẾT QUẢ GIẢI QUYẾT HỒ SƠ (Trước hạn/đúng hạn/quá hạn)",
                    "GHI CHÚ")]
    for i, row in enumerate(d.rows, 1):
        rows.append([
            Paragraph(f"{i}. Giao: {t(row.from_party)}<br/>Nhận: {t(row.to_party)}", s["cell"]),
            Paragraph(f"{t(long_time(row.at))}<br/><br/>Người giao: {t(row.giver)}<br/><br/>Người nhận: "
                      f"{t(row.receiver)}", s["cell"]),
            Paragraph(t(TIMELINESS.get(row.timeliness, row.timeliness)), c),
            Paragraph(t(row.note), s["cell"]),
        ])
    if not d.rows:
        rows.append([Paragraph("1. Giao: Bộ phận Một cửa<br/>Nhận: ", s["cell"]),
                     Paragraph("…giờ…phút, ngày…/…/…<br/><br/>Người giao:<br/><br/>Người nhận:", s["cell"]),
                     Paragraph("", c), Paragraph("", c)])
    body.append(_grid(rows, [50 * mm, 62 * mm, 32 * mm, WIDTH - 144 * mm], long=True))
    return _paper(d, d.printed_at, "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", s, body, [],
                  "Phiếu kiểm soát")


# -- 04 apology and new date ----------------------------------------------------------------


@dataclass(frozen=True)
class ExtensionData(_DossierForm):
    at: datetime
    previous_due: datetime
    new_due: datetime
    reason: str
    signer_title: str = "THỦ TRƯỞNG CƠ QUAN"


def render_extension(d: ExtensionData) -> bytes:
    s = styles(SERIF, 11)
    body = [*_lines(s, f"Kính gửi: <b>{t(d.dossier.applicant_name)}</b>",
                    f"Địa chỉ: {t(d.dossier.address)} — Số điện thoại: {t(d.dossier.phone)}"),
            Spacer(1, 2 * mm),
            *_lines(s, f"Ngày {d.dossier.received_at:%d/%m/%Y}, {t(d.head.unit_name.lower())} — {t(d.head.office_name)} "
                       f"tiếp nhận giải quyết hồ sơ của ông/bà về việc <b>{t(d.dossier.procedure_name)}</b>, mã hồ sơ "
                       f"{t(d.dossier.code)}; thời hạn trả kết quả là {t(long_time(d.previous_due))}.",
                    "Tuy nhiên, đến nay cơ quan giải quyết chưa thể trả kết quả giải quyết hồ sơ cho ông/bà "
                    f"đúng hẹn. Lý do: {t(d.reason)}",
                    "Sự chậm trễ này đã gây phiền hà, tốn kém chi phí, công sức của ông/bà. Chúng tôi thành thật "
                    "xin lỗi ông/bà và xin hẹn trả kết quả giải quyết hồ sơ vào lúc:"),
            Paragraph(f"<b>{t(long_time(d.new_due))}</b>", s["center"]),
            *_lines(s, "Thời hạn giải quyết hồ sơ chỉ được điều chỉnh một lần. Xin trân trọng cảm ơn.")]
    return _paper(d, d.at, "VĂN BẢN XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", s, body,
                  [("", ""), (d.signer_title, d.dossier.deciding_agency)], "Văn bản xin lỗi",
                  "(đề nghị gia hạn thời gian giải quyết hồ sơ)")


# -- 05 stop / withdrawal notice ------------------------------------------------------------


@dataclass(frozen=True)
class StopData(_DossierForm):
    at: datetime
    reason: str
    withdrawn: bool
    officer_name: str


def render_stop(d: StopData) -> bytes:
    if d.withdrawn:
        stopped = ("Căn cứ đề nghị rút hồ sơ của ông/bà, cơ quan thông báo dừng giải quyết hồ sơ nêu trên "
                   f"kể từ {t(long_time(d.at))}.")
    else:
        stopped = f"Cơ quan thông báo dừng giải quyết hồ sơ nêu trên kể từ {t(long_time(d.at))}."
    s = styles(SERIF, 11)
    body = [*_lines(s, f"Kính gửi: <b>{t(d.dossier.applicant_name)}</b>"), *_who(d.dossier, s)[1:],
            *_lines(s, f"Hồ sơ tiếp nhận lúc {t(long_time(d.dossier.received_at))}, hẹn trả "
                       f"{t(long_time(d.dossier.due_at))}."),
            Spacer(1, 2 * mm),
            *_lines(s, stopped, f"Lý do: <b>{t(d.reason)}</b>",
                    "Giấy tờ đã nộp (nếu có) được trả lại cho ông/bà tại Bộ phận Một cửa.")]
    return _paper(d, d.at, "THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ", s, body,
                  _applicant_and(d, "NGƯỜI THÔNG BÁO", d.officer_name),
                  "Thông báo dừng giải quyết",
                  "(theo đề nghị rút hồ sơ của người nộp)" if d.withdrawn else "")


# -- hand-over list --------------------------------------------------------------------------


@dataclass(frozen=True)
class HandoverRow:
    code: str
    procedure_name: str
    applicant_name: str
    sets: int
    documents: int
    due_at: datetime


@dataclass(frozen=True)
class HandoverListData:
    head: Letterhead
    number: str
    at: datetime
    from_party: str
    to_party: str
    giver: str
    receiver: str
    rows: tuple[HandoverRow, ...]
    title: str = "DANH SÁCH BÀN GIAO HỒ SƠ"


def render_handover_list(d: HandoverListData) -> bytes:
    s = styles(SERIF, 10.5)
    c = s["cell_center"]
    rows = [_header(c, "TT", "Mã hồ sơ", "Thủ tục / người nộp", "Số bộ", "Số giấy tờ", "Hẹn trả")]
    for i, row in enumerate(d.rows, 1):
        rows.append([Paragraph(str(i), c), _Barcode(row.code, 54 * mm, 9 * mm),
                     Paragraph(f"{t(row.procedure_name)}<br/><i>{t(row.applicant_name)}</i>", s["cell"]),
                     Paragraph(str(row.sets), c), Paragraph(str(row.documents), c),
                     Paragraph(f"{row.due_at:%H:%M %d/%m/%Y}", c)])
    rows.append([Paragraph("", c), Paragraph("<b>Cộng</b>", c), Paragraph(f"<b>{len(d.rows)} hồ sơ</b>", s["cell"]),
                 Paragraph(f"<b>{sum(r.sets for r in d.rows)}</b>", c),
                 Paragraph(f"<b>{sum(r.documents for r in d.rows)}</b>", c), Paragraph("", c)])
    body = [*_lines(s, f"Bên giao: <b>{t(d.from_party)}</b> — {t(d.giver)}",
                    f"Bên nhận: <b>{t(d.to_party)}</b>" + (f" — {t(d.receiver)}" if d.receiver else ""),
                    f"Thời gian bàn giao: {t(long_time(d.at))}"),
            Spacer(1, 2 * mm),
            _grid(rows, [10 * mm, 57 * mm, WIDTH - 120 * mm, 12 * mm, 15 * mm, 26 * mm], long=True)]
    return _paper(d, d.at, d.title, s, body, [("BÊN GIAO", d.giver), ("BÊN NHẬN", d.receiver)],
                  "Danh sách bàn giao")


# -- return confirmation ---------------------------------------------------------------------


@dataclass(frozen=True)
class ReturnData(_DossierForm):
    returned_at: datetime
    result_code: str
    collector_name: str
    collector_id: str
    authorisation: str
    officer_name: str
    timeliness: str
    result_note: str = ""  # what the deciding agency gave, as recorded with the result


def render_return(d: ReturnData) -> bytes:
    s = styles(SERIF, 11)
    when = f"Hẹn trả: {t(long_time(d.dossier.due_at))}"
    if TIMELINESS.get(d.timeliness):
        when += f" — Giải quyết: {t(TIMELINESS[d.timeliness])}"
    lines = [f"Mã kết quả: <b>{t(d.result_code)}</b>",
             f"Kết quả giải quyết: <b>{t(d.result_note or 'Đã có kết quả, mã ' + d.result_code)}</b>", when,
             f"Thời gian trả kết quả: <b>{t(long_time(d.returned_at))}</b>",
             f"Người nhận kết quả: <b>{t(d.collector_name)}</b> — Số giấy tờ: {t(d.collector_id)}"]
    if d.authorisation:
        lines.append(f"Giấy ủy quyền: {t(d.authorisation)}")
    return _paper(d, d.returned_at, "PHIẾU XÁC NHẬN TRẢ KẾT QUẢ GIẢI QUYẾT HỒ SƠ", s,
                  [*_who(d.dossier, s), *_lines(s, *lines)],
                  [("NGƯỜI NHẬN KẾT QUẢ", d.collector_name), ("NGƯỜI TRẢ KẾT QUẢ", d.officer_name)],
                  "Xác nhận trả kết quả")


# -- 07 tracking book ------------------------------------------------------------------------

# The columns of the official template (Sổ theo dõi hồ sơ, the tracking-book form of Thông tư
# 01/2018/TT-VPCP kept for NĐ 118/2025): returning the result to the applicant has two columns, the
# date and the applicant's signature (ký nhận).
RETURN_HEADER = "Trả kết quả cho cá nhân, tổ chức"
BOOK_HEADERS = ("TT", "Mã hồ sơ", "Tên thủ tục hành chính", "Số lượng hồ sơ (bộ)", "Tên cá nhân, tổ chức",
                "Địa chỉ, số điện thoại", "Cơ quan chủ trì giải quyết", "Nhận hồ sơ (ngày, tháng, năm)",
                "Hẹn trả kết quả (ngày, tháng, năm)", "Chuyển hồ sơ đến cơ quan giải quyết (ngày, tháng, năm)",
                "Nhận kết quả từ cơ quan giải quyết (ngày, tháng, năm)", "Ngày, tháng, năm", "Ký nhận", "Ghi chú")
BOOK_COLUMNS = tuple(f"{RETURN_HEADER}: {h}" if i in (11, 12) else h for i, h in enumerate(BOOK_HEADERS))
SIGNATURE = 12  # the applicant signs here on paper; the CSV holds the name of who received the result


@dataclass(frozen=True)
class BookData:
    head: Letterhead
    start: date
    end: date
    rows: tuple[tuple[str, ...], ...]  # one string per BOOK_COLUMNS
    printed_at: datetime
    extra: dict = field(default_factory=dict)


def render_book(d: BookData) -> bytes:
    s = styles(SERIF, 7.5)
    width = landscape(A4)[0] - 20 * mm
    story = [official_header(d.head, f"{d.start:%Y}", d.printed_at, width), Spacer(1, 3 * mm),
             Paragraph("SỔ THEO DÕI HỒ SƠ", styles(SERIF, 11)["title"]),
             Paragraph(f"Từ ngày {d.start:%d/%m/%Y} đến ngày {d.end:%d/%m/%Y} — {len(d.rows)} hồ sơ", s["center_italic"]),
             Spacer(1, 2 * mm)]
    c = s["cell_center"]
    widths = [7, 36, 30, 9, 22, 26, 24, 15, 15, 21, 15, 17, 18]
    widths = [w * mm for w in widths] + [width - sum(widths) * mm]
    top = [Paragraph(t(h), c) for h in BOOK_HEADERS]
    top[11], top[12] = Paragraph(t(RETURN_HEADER), c), Paragraph("", c)
    sub = [Paragraph("", c)] * len(BOOK_HEADERS)
    sub[11], sub[12] = Paragraph(t(BOOK_HEADERS[11]), c), Paragraph(t(BOOK_HEADERS[12]), c)
    rows = [top, sub, [Paragraph(f"({i})", c) for i in range(1, len(BOOK_HEADERS) + 1)]]
    for row in d.rows:
        cells = [Paragraph(t(value), s["cell"]) for value in row]
        returned, collector = row[11], row[SIGNATURE]
        cells[11] = Paragraph(t(returned) + (f"<br/><i>{t(collector)}</i>" if collector else ""), s["cell"])
        cells[SIGNATURE] = Paragraph("", s["cell"])  # the applicant's signature, on paper
        rows.append(cells)
    table = _grid(rows, widths, header_rows=3, long=True)
    spans = [("SPAN", (col, 0), (col, 1)) for col in range(len(BOOK_HEADERS)) if col not in (11, 12)]
    table.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                               ("SPAN", (11, 0), (12, 0)), *spans,
                               ("BACKGROUND", (0, 0), (-1, 2), colors.Color(0.93, 0.93, 0.93))]))
    story.append(table)
    story.append(Spacer(1, 4 * mm))
    story.append(KeepTogether([Paragraph(f"Sổ in lúc {t(long_time(d.printed_at))}", s["italic"])]))
    return _build(story, f"Sổ theo dõi hồ sơ {d.start:%d/%m/%Y}–{d.end:%d/%m/%Y}", d.head.office_name,
                  pagesize=landscape(A4), margin=10 * mm)


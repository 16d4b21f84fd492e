"""What is printed or exported: receipts, forms, hand-over lists, the book, postal labels and lists,
reports."""

from __future__ import annotations

import io
import json

from counter.cli.common import database, parse_day, say, shown, write_output
from counter.messages import msg
from counter.services import postal, reports
from counter.services.accounts import command_line_actor
from counter.services.errors import UserError


def cmd_receipt(args) -> int:
    from counter.services.forms import receipt_pdf, record_receipt_print  # lazy: reportlab (heavy), only to draw a PDF

    with database(args, lock=False) as db:
        pdf = receipt_pdf(db, args.code, args.layout)
        write_output(args.output, pdf)
        record_receipt_print(db, args.code, args.layout, command_line_actor(db, args.officer))
    say(msg("Đã ghi {path}", path=args.output))
    return 0


def cmd_form(args) -> int:
    from counter.services.forms import form_pdf  # lazy: reportlab (heavy), only to draw a PDF

    with database(args, lock=False) as db:
        pdf = form_pdf(db, args.kind, args.code)
    write_output(args.output, pdf)
    say(msg("Đã ghi {path}", path=args.output))
    return 0


def cmd_handover(args) -> int:
    from counter.services.forms import handover_list_pdf  # lazy: reportlab (heavy), only to draw a PDF

    with database(args, lock=False) as db:
        pdf = handover_list_pdf(db, args.number)
    write_output(args.output, pdf)
    say(msg("Đã ghi {path}", path=args.output))
    return 0


def cmd_book(args) -> int:
    from counter.services.book import book_csv, book_pdf  # lazy: reportlab (heavy), only to draw a PDF

    start, end = parse_day(args.start, "--from"), parse_day(args.end, "--to")
    suffix = args.output.suffix.lower()
    if suffix not in (".pdf", ".csv"):
        raise UserError(msg("Tệp ra phải có đuôi .pdf hoặc .csv."))
    with database(args, lock=False) as db:
        data = book_pdf(db, start, end) if suffix == ".pdf" else book_csv(db, start, end)
    write_output(args.output, data)
    say(msg("Đã ghi {path}", path=args.output))
    return 0


def cmd_postal(args) -> int:
    if args.postal_command == "list":
        with database(args, lock=False) as db:
            groups = {key: [r.__dict__ for r in postal.queue(db, key)] for key, _ in postal.QUEUES}
        if args.json:
            print(json.dumps(groups, ensure_ascii=False, indent=2, default=str))
        else:
            for key, label in postal.QUEUES:
                say(msg("{label}: {count}", label=label, count=len(groups[key])))
                for r in groups[key]:
                    say(msg("  {number:<32} {state:<26} {receiver} — {note}", number=r["number"],
                            state=postal.STATE_LABELS[r["state"]], receiver=r["receiver"], note=shown(r["note"])))
        return 0
    if args.postal_command == "label":
        with database(args, lock=False) as db:
            pdf = postal.label_pdf(db, postal.resolve_number(db, args.number))
        write_output(args.output, pdf)
        say(msg("Đã ghi {path}", path=args.output))
        return 0
    day = parse_day(args.date, "--date")
    with database(args, lock=True) as db:
        numbers, made = postal.handover_lists(db, day, command_line_actor(db, args.officer), postman=args.postman)
        if made:
            say(msg("Đã lập danh sách bàn giao {number} gồm {count} bưu gửi.", number=numbers[0], count=made))
        pdfs = [postal.handover_list_pdf(db, n) for n in numbers]
    write_output(args.output, _merge_pdfs(pdfs))
    say(msg("Đã ghi {path}", path=args.output))
    return 0


def _merge_pdfs(pdfs: list[bytes]) -> bytes:
    if len(pdfs) == 1:
        return pdfs[0]

    import pypdfium2 as pdfium  # lazy: pdfium (heavy), only to read a PDF

    merged = pdfium.PdfDocument.new()
    for data in pdfs:
        merged.import_pages(pdfium.PdfDocument(data))
    out = io.BytesIO()
    merged.save(out)
    return out.getvalue()


def cmd_report(args) -> int:
    if args.report_command == "daily":
        start = end = parse_day(args.date, "--date")
    else:
        start, end = parse_day(args.start, "--from"), parse_day(args.end, "--to")
        if end < start:
            raise UserError(msg("--to phải sau hoặc bằng --from."))
    suffix = args.output.suffix.lower()
    if suffix not in (".pdf", ".csv", ".xlsx"):
        raise UserError(msg("Tệp ra phải có đuôi .pdf, .csv hoặc .xlsx."))
    with database(args, lock=False) as db:
        officer_id = reports.officer_id(db, args.report_officer) if args.report_officer else None
        f = reports.ReportFilter(start, end, args.agency, args.procedure, officer_id)
        if suffix == ".pdf":
            data = reports.report_pdf(db, f, daily=args.report_command == "daily")
        else:
            summary = reports.summary(db, f)
            data = reports.export_csv(summary) if suffix == ".csv" else reports.export_xlsx(summary)
    write_output(args.output, data)
    say(msg("Đã ghi {path}", path=args.output))
    return 0

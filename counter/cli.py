"""The ``counter`` command. Plain ``counter`` opens the window; sub-commands work headless.

Exit status: 0 success, 1 a problem the user can fix (message on stderr), 2 bad usage, 3 an
unexpected error (a bug: the details are in the log file), 141 the reader of the output went away
(``counter list | head``).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from counter import __version__, environment


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="counter", description="Counter — Bộ phận Một cửa, tiếp nhận và trả kết quả hồ sơ.")
    p.add_argument("--db", metavar="PATH_OR_URL", help="cơ sở dữ liệu (tệp SQLite hoặc URL); mặc định COUNTER_DB "
                   "hoặc tệp trong thư mục dữ liệu người dùng")
    p.add_argument("--officer", metavar="USERNAME", help="cán bộ thực hiện (tên đăng nhập)")
    p.add_argument("--version", action="version", version=f"counter {__version__}")
    p.add_argument("-v", "--verbose", action="store_true", help="ghi nhật ký chi tiết")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    s = sub.add_parser("init", help="tạo hoặc nâng cấp cơ sở dữ liệu, nạp cơ quan mẫu và danh mục thủ tục")
    s.add_argument("--office", type=Path, help="tệp thiết lập cơ quan (counter-office/1)")
    s.add_argument("--catalogue", type=Path, help="tệp danh mục thủ tục (counter-catalogue/1)")
    s.add_argument("--slot", type=int, metavar="K", help="chọn số quầy K (1–9) cho máy này, khi đã kiểm tra không máy "
                   "nào khác của cơ quan dùng số đó (mặc định: chờ máy chủ tỉnh cấp ở lần kết nối đầu)")
    s.add_argument("--create-folders", action="store_true",
                   help="tạo thư mục chứa cơ sở dữ liệu nếu chưa có (mặc định: báo lỗi, để tránh gõ nhầm đường dẫn)")

    s = sub.add_parser("slot", help="số quầy của máy này: để hai máy của một cơ quan không bao giờ cấp trùng mã hồ sơ")
    slot_sub = s.add_subparsers(dest="slot_command", metavar="SLOT_COMMAND", required=True)
    slot_sub.add_parser("show", help="số quầy hiện tại và tình trạng")
    h = slot_sub.add_parser("choose", help="chọn số quầy bằng tay (khi chưa kết nối được máy chủ tỉnh)")
    h.add_argument("number", type=int, metavar="K")
    h.add_argument("--confirm", action="store_true", required=True,
                   help="xác nhận đã kiểm tra: không máy nào khác của cơ quan dùng số này")
    h = slot_sub.add_parser("claim", help="nhận (hoặc xác nhận) số quầy từ máy chủ tỉnh")
    h.add_argument("--release", action="store_true", help="bỏ số đang dùng (bị trùng) để nhận số khác")
    h.add_argument("--server", metavar="URL")
    h.add_argument("--token")

    s = sub.add_parser("catalogue", help="nhập một danh mục thủ tục mới hơn")
    s.add_argument("file", type=Path)

    s = sub.add_parser("demo-data", help="tạo hồ sơ mẫu giống thật trên các ngày làm việc đã qua")
    s.add_argument("--dossiers", type=int, required=True, metavar="N")
    s.add_argument("--seed", type=int, default=1, metavar="S")
    s.add_argument("--days", type=int, metavar="D", help="số ngày làm việc trải hồ sơ (mặc định tự chọn)")
    s.add_argument("--queue", action="store_true", help="đưa hồ sơ mẫu vào hàng chờ đồng bộ (như chưa từng gửi lên tỉnh)")
    s.add_argument("--no-showcase", action="store_true", help="không tạo các hồ sơ trình diễn mọi bước và mọi phiếu")

    s = sub.add_parser("list", help="liệt kê hồ sơ mới nhất")
    s.add_argument("--json", action="store_true", help="in JSON")
    s.add_argument("--search", default="", help="tìm theo mã, tên, số định danh hoặc điện thoại")
    s.add_argument("--status", type=int, action="append", default=[], help="lọc theo mã trạng thái (1–10)")
    s.add_argument("--limit", type=int, default=50)

    s = sub.add_parser("receipt", help="in giấy tiếp nhận hồ sơ và hẹn trả kết quả ra PDF")
    s.add_argument("code")
    s.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    s.add_argument("--layout", choices=["a4", "80mm"], default="a4")

    from counter.documents.kinds import FORM_KINDS

    s = sub.add_parser("form", help="in một phiếu của hồ sơ ra PDF (" + ", ".join(FORM_KINDS) + ")")
    s.add_argument("kind", choices=FORM_KINDS, metavar="KIND")
    s.add_argument("code")
    s.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")

    s = sub.add_parser("handover", help="in danh sách bàn giao hồ sơ ra PDF")
    s.add_argument("number", help="số danh sách, ví dụ BG-20261123-01")
    s.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")

    s = sub.add_parser("book", help="sổ theo dõi hồ sơ (mẫu 07) trong một khoảng thời gian, PDF hoặc CSV")
    s.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD")
    s.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD")
    s.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf|FILE.csv")

    sub.add_parser("sweep", help="đóng các hồ sơ quá hạn bổ sung (chạy tự động khi mở ứng dụng)")

    s = sub.add_parser("sync", help="đồng bộ với hệ thống tỉnh")
    s.add_argument("--once", action="store_true", required=True, help="đồng bộ một lượt rồi thoát")
    s.add_argument("--server", metavar="URL", help="địa chỉ máy chủ tỉnh (mặc định theo Thiết lập hoặc COUNTER_SYNC_URL)")
    s.add_argument("--token", help="mã truy cập của quầy (mặc định COUNTER_SYNC_TOKEN hoặc Thiết lập)")
    s.add_argument("--ca-bundle", metavar="PEM", help="tệp chứng chỉ gốc để xác thực TLS của máy chủ tỉnh")

    s = sub.add_parser("outbox", help="các thay đổi đang chờ gửi lên tỉnh")
    s.add_argument("--json", action="store_true")
    s.add_argument("--all", action="store_true", help="kể cả sự kiện đã gửi")
    s.add_argument("--requeue", type=int, metavar="ID", help="gửi lại một sự kiện cần xử lý (sau khi đã sửa hồ sơ)")

    s = sub.add_parser("postal", help="bưu chính công ích: bưu gửi kết quả, bàn giao bưu tá, nhãn địa chỉ")
    postal_sub = s.add_subparsers(dest="postal_command", metavar="POSTAL_COMMAND", required=True)
    h = postal_sub.add_parser("handover", help="danh sách bàn giao bưu gửi cho bưu tá trong một ngày (PDF)")
    h.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    h.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    h.add_argument("--postman", default="", help="họ tên bưu tá (khi lập danh sách mới cho hôm nay)")
    h = postal_sub.add_parser("label", help="nhãn địa chỉ của một bưu gửi (PDF 100×150 mm)")
    h.add_argument("number", help="số đơn hàng hoặc mã hồ sơ")
    h.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    h = postal_sub.add_parser("list", help="các bưu gửi theo nhóm")
    h.add_argument("--json", action="store_true")

    s = sub.add_parser("report", help="báo cáo tổng hợp cho lãnh đạo (PDF, CSV, XLSX)")
    report_sub = s.add_subparsers(dest="report_command", metavar="REPORT", required=True)
    r = report_sub.add_parser("daily", help="báo cáo tiếp nhận trong một ngày")
    r.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    r = report_sub.add_parser("period", help="báo cáo một tuần, một tháng hoặc một khoảng bất kỳ")
    r.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD")
    r.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD")
    for r in report_sub.choices.values():
        r.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf|FILE.csv|FILE.xlsx")
        r.add_argument("--agency", help="chỉ một cơ quan giải quyết (mã định danh)")
        r.add_argument("--procedure", help="chỉ một thủ tục (mã)")
        r.add_argument("--officer", dest="report_officer", help="chỉ một cán bộ tiếp nhận (tên đăng nhập)")

    s = sub.add_parser("backup", help="sao lưu cơ sở dữ liệu (qua API sao lưu trực tuyến của SQLite)")
    s.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    s.add_argument("--passphrase-env", metavar="VAR", help="mã hóa bằng cụm mật khẩu lấy từ biến môi trường VAR")
    s = sub.add_parser("restore", help="khôi phục từ một bản sao lưu (kiểm tra trước, giữ lại cơ sở dữ liệu hiện tại)")
    s.add_argument("file", type=Path)
    s.add_argument("--passphrase-env", metavar="VAR", help="cụm mật khẩu của bản sao lưu mã hóa, từ biến môi trường VAR")
    s.add_argument("--into", metavar="URL", help="PostgreSQL: khôi phục vào cơ sở dữ liệu mới, trống này (không ghi đè "
                                                 "cơ sở dữ liệu đang dùng)")
    s.add_argument("--other-office", action="store_true", help="cho phép khôi phục bản sao lưu của một cơ quan khác")
    sub.add_parser("check", help="kiểm tra toàn vẹn cơ sở dữ liệu và nhật ký kiểm toán")
    s = sub.add_parser("audit", help="nhật ký kiểm toán")
    s.add_argument("audit_command", choices=["verify"], help="verify: kiểm tra chuỗi băm")

    from counter.cli_signing import add_parsers as add_signing_parsers
    from counter.sync.hub.cli import add_parser as add_hub_parser

    add_signing_parsers(sub)
    add_hub_parser(sub)
    return p


def _actor(db, username: str | None):
    from sqlalchemy import select

    from counter.services.audit import Actor
    from counter.store.models import Officer

    with db.read() as session:
        if username:
            officer = session.scalar(select(Officer).where(Officer.username == username, Officer.active.is_(True)))
            if officer is None:
                raise SystemExit(f"counter: không có cán bộ '{username}' đang hoạt động.")
            return Actor(officer.id, officer.full_name, officer.role)
        # Without --officer a command acts as the machine's administrator, recorded as such.
        return Actor(None, "Hệ thống (dòng lệnh)", "system")


def _open(args, *, lock: bool):
    from counter.services.setup import ensure_initialised
    from counter.store.db import open_database

    _quick_check(args)
    db = open_database(args.db, lock=lock, read_only_ok=True)  # a read-only file: look-ups work, writing says why
    ensure_initialised(db)
    return db


def _quick_check(args) -> None:
    """SQLite's quick check before any command reads from or writes into the file: a damaged one is
    refused with what to do, before anything is written."""
    from counter.services.errors import UserError
    from counter.services.safekeeping import check_file, newest_backup
    from counter.store.db import resolve_url, sqlite_path

    path = sqlite_path(resolve_url(args.db))
    if path is None or not path.exists() or path.stat().st_size == 0:
        return
    verdict = check_file(path, quick=True)
    if verdict != "ok":
        found = newest_backup(path)
        raise UserError(f"Cơ sở dữ liệu {path} bị hỏng ({verdict[:300]}): lệnh không chạy, không có gì được ghi vào tệp. "
                        "Sao chép tệp hỏng sang nơi khác để giữ lại, rồi khôi phục bản sao lưu gần nhất: "
                        + (f'counter restore "{found}"' if found else "counter restore TỆP_SAO_LƯU")
                        + " (chạy 'counter check' để xem chi tiết).")


def cmd_init(args) -> int:
    from counter.services.setup import ensure_initialised
    from counter.store.db import open_database

    db = open_database(args.db, lock=True, create_folders=args.create_folders)
    try:
        result = ensure_initialised(db, office_file=args.office, catalogue_file=args.catalogue)
        print(f"Cơ sở dữ liệu: {db.display_url}")
        print("Đã tạo thông tin cơ quan." if result.office_created else "Thông tin cơ quan đã có sẵn.")
        print(result.catalogue.message)
        from counter.services import slots

        if args.slot is not None:
            slots.choose(db, args.slot, _actor(db, args.officer), confirmed=True)
        with db.read() as session:
            print(slots.state(session).describe())
        for warning in result.warnings:
            print(f"counter: {warning}", file=sys.stderr)
    finally:
        db.close()
    return 0


def cmd_slot(args) -> int:
    from counter.services import slots

    db = _open(args, lock=True)
    try:
        actor = _actor(db, args.officer)
        if args.slot_command == "choose":
            state = slots.choose(db, args.number, actor, confirmed=args.confirm)
        elif args.slot_command == "claim":
            from counter.sync.engine import claim_now, sync_config

            config = sync_config(db, args.server, args.token)
            if config is None:
                print("counter: chưa thiết lập máy chủ tỉnh (--server/--token hoặc Thiết lập → Đồng bộ).", file=sys.stderr)
                return 1
            if args.release:
                slots.release(db, actor)
            state = claim_now(db, config)
        else:
            with db.read() as session:
                state = slots.state(session)
        print(state.describe())
        return 0 if state.usable else 1
    finally:
        db.close()


def cmd_catalogue(args) -> int:
    from counter.services import catalogue as cat

    from counter.services.accounts import require

    db = _open(args, lock=True)
    try:
        require(_actor(db, args.officer), "catalogue.import")
        data = cat.load_catalogue(args.file)
        with db.write() as session:
            result = cat.import_catalogue(session, data)
        print(result.message)
    finally:
        db.close()
    return 0


def cmd_demo(args) -> int:
    from counter.services.demo import generate

    db = _open(args, lock=True)
    try:
        def progress(done, total):
            if sys.stderr.isatty():
                print(f"\r{done:,}/{total:,} hồ sơ", end="", file=sys.stderr, flush=True)

        result = generate(db, args.dossiers, seed=args.seed, days=args.days, progress=progress, queue=args.queue)
        if sys.stderr.isatty():
            print(file=sys.stderr)
        if not args.no_showcase:
            from counter.services.demo import showcase

            made = showcase(db, seed=args.seed, queue=args.queue)
            print(f"Đã tạo {len(made)} hồ sơ trình diễn qua đủ các bước (bổ sung, gia hạn, dừng, rút, từ chối, "
                  "bàn giao, bưu chính).")
            from counter.services.online import demo_waiting

            waiting = demo_waiting(db)
            print(f"Đã tạo {len(waiting)} hồ sơ trực tuyến chờ tiếp nhận (có tệp PDF và ảnh).")
        print(f"Đã tạo {result.dossiers:,} hồ sơ mẫu từ {result.first_day:%d/%m/%Y} đến {result.last_day:%d/%m/%Y}."
              .replace(",", "."))
    finally:
        db.close()
    return 0


def cmd_list(args) -> int:
    from counter.services.dossiers import DossierFilter, list_dossiers

    db = _open(args, lock=False)
    try:
        with db.read() as session:
            rows = list_dossiers(session, DossierFilter(statuses=tuple(args.status), query=args.search), limit=args.limit)
    finally:
        db.close()
    if args.json:
        print(json.dumps([
            {"code": r.code, "procedure_code": r.procedure_code, "procedure_name": r.procedure_name,
             "applicant": r.applicant_name, "id_number": r.id_number, "phone": r.phone, "status": r.status,
             "status_label": r.status_label, "received_at": r.received_at.isoformat(), "due_at": r.due_at.isoformat()}
            for r in rows], ensure_ascii=False, indent=2))
        return 0
    for r in rows:
        print(f"{r.code}  {r.received_at:%d/%m/%Y %H:%M}  hẹn {r.due_at:%d/%m/%Y %H:%M}  {r.status_label:<18}  "
              f"{r.applicant_name}  —  {r.procedure_name[:60]}")
    if not rows:
        print("Không có hồ sơ nào.")
    return 0


def cmd_receipt(args) -> int:
    from counter.services.forms import receipt_pdf, record_receipt_print

    db = _open(args, lock=False)
    try:
        pdf = receipt_pdf(db, args.code, args.layout)
        _write_output(args.output, pdf)
        record_receipt_print(db, args.code, args.layout, _actor(db, args.officer))
    finally:
        db.close()
    print(f"Đã ghi {args.output}")
    return 0


def cmd_form(args) -> int:
    from counter.services.forms import form_pdf

    db = _open(args, lock=False)
    try:
        pdf = form_pdf(db, args.kind, args.code)
    finally:
        db.close()
    _write_output(args.output, pdf)
    print(f"Đã ghi {args.output}")
    return 0


def cmd_handover(args) -> int:
    from counter.services.forms import handover_list_pdf

    db = _open(args, lock=False)
    try:
        pdf = handover_list_pdf(db, args.number)
    finally:
        db.close()
    _write_output(args.output, pdf)
    print(f"Đã ghi {args.output}")
    return 0


def _day(value: str, flag: str):
    from datetime import date

    from counter.services.errors import UserError

    try:
        return date.fromisoformat(value)
    except ValueError:
        raise UserError(f"{flag} cần ngày dạng YYYY-MM-DD, ví dụ 2026-11-01 (đang là '{value}').") from None


def cmd_book(args) -> int:
    from counter.services.book import book_csv, book_pdf
    from counter.services.errors import UserError

    start, end = _day(args.start, "--from"), _day(args.end, "--to")
    suffix = args.output.suffix.lower()
    if suffix not in (".pdf", ".csv"):
        raise UserError("Tệp ra phải có đuôi .pdf hoặc .csv.")
    db = _open(args, lock=False)
    try:
        data = book_pdf(db, start, end) if suffix == ".pdf" else book_csv(db, start, end)
    finally:
        db.close()
    _write_output(args.output, data)
    print(f"Đã ghi {args.output}")
    return 0


def cmd_sweep(args) -> int:
    from counter.services.lifecycle import close_expired_supplements

    db = _open(args, lock=True)
    try:
        closed = close_expired_supplements(db)
    finally:
        db.close()
    print(f"Đã đóng {len(closed)} hồ sơ quá hạn bổ sung." + ("" if not closed else " " + ", ".join(closed)))
    return 0


def cmd_sync(args) -> int:
    from counter.sync.engine import sync_config, sync_once

    db = _open(args, lock=False)
    try:
        config = sync_config(db, args.server, args.token, args.ca_bundle)
        if config is None:
            print("counter: chưa có địa chỉ máy chủ tỉnh hoặc mã truy cập: dùng --server và --token, biến môi trường "
                  "COUNTER_SYNC_URL/COUNTER_SYNC_TOKEN, hoặc Thiết lập → Đồng bộ.", file=sys.stderr)
            return 1
        result = sync_once(db, config)
        from counter.services.postal import postal_config, postal_once

        postal_cfg = postal_config(db)
        postal_result = postal_once(db, postal_cfg) if postal_cfg else None
    finally:
        db.close()
    if result.busy:
        print(result.busy)
    print(f"Đã gửi {result.sent} sự kiện; nhận {result.applied} cập nhật từ tỉnh; {result.conflicts} xung đột; "
          f"{result.rejected} sự kiện bị từ chối.")
    if postal_result is not None:
        print(f"Bưu chính: tạo {postal_result.created} đơn, {postal_result.updated} cập nhật hành trình, "
              f"{postal_result.failed} đơn bị từ chối.")
        for error in postal_result.errors:
            print(f"counter: bưu chính chưa xong: {error}", file=sys.stderr)
        if not postal_result.ok:
            return 1
    for error in result.errors:
        print(f"counter: đồng bộ chưa xong: {error}", file=sys.stderr)
    if result.rejected:
        print("counter: có sự kiện bị máy chủ tỉnh từ chối: xem 'counter outbox', sửa hồ sơ rồi gửi lại.", file=sys.stderr)
    return 0 if result.ok else 1


def cmd_outbox(args) -> int:
    from sqlalchemy import select

    from counter.store.models import OutboxEvent
    from counter.sync import outbox

    db = _open(args, lock=False)
    try:
        if args.requeue is not None:
            with db.write() as session:
                event = outbox.requeue(session, args.requeue)
                print(f"Đã đưa sự kiện {event.id} ({event.dossier_code}) trở lại hàng chờ gửi.")
            return 0
        with db.read() as session:
            stats = outbox.stats(session)
            query = select(OutboxEvent).order_by(OutboxEvent.id)
            if not args.all:
                query = query.where(OutboxEvent.state != outbox.SENT)
            rows = [{"id": e.id, "idempotency_key": e.idempotency_key, "type": e.kind, "MaHoSo": e.dossier_code,
                     "seq": e.seq, "state": e.state, "created_at": e.created_at.isoformat(), "attempts": e.attempts,
                     "last_error": e.last_error} for e in session.scalars(query)]
    finally:
        db.close()
    if args.json:
        print(json.dumps({"pending": stats.pending, "attention": stats.attention, "sent": stats.sent,
                          "last_success": stats.last_success.isoformat() if stats.last_success else None,
                          "events": rows}, ensure_ascii=False, indent=2))
        return 0
    last = f"{stats.last_success:%H:%M %d/%m/%Y}" if stats.last_success else "chưa có"
    print(f"Chờ gửi: {stats.pending} · Cần xử lý: {stats.attention} · Đã gửi: {stats.sent} · Đồng bộ thành công lần cuối: {last}")
    for r in rows:
        error = f"  — {r['last_error']}" if r["last_error"] else ""
        print(f"{r['id']:>6}  {r['state']:<9} {r['type']:<17} {r['MaHoSo']} #{r['seq']}{error}")
    return 0


def cmd_postal(args) -> int:
    from counter.services import postal

    if args.postal_command == "list":
        db = _open(args, lock=False)
        try:
            groups = {key: [r.__dict__ for r in postal.queue(db, key)] for key, _ in postal.QUEUES}
        finally:
            db.close()
        if args.json:
            print(json.dumps(groups, ensure_ascii=False, indent=2, default=str))
        else:
            for key, label in postal.QUEUES:
                print(f"{label}: {len(groups[key])}")
                for r in groups[key]:
                    print(f"  {r['number']:<32} {postal.STATE_LABELS[r['state']]:<26} {r['receiver']} — {r['note']}")
        return 0
    if args.postal_command == "label":
        db = _open(args, lock=False)
        try:
            pdf = postal.label_pdf(db, postal.resolve_number(db, args.number))
        finally:
            db.close()
        _write_output(args.output, pdf)
        print(f"Đã ghi {args.output}")
        return 0
    day = _day(args.date, "--date")
    db = _open(args, lock=True)
    try:
        from counter import clock

        numbers = postal.batches_on(db, day)
        if not numbers and day == clock.now().date():
            ready = [r.id for r in postal.queue(db, "hand_over") if r.state == "created"]
            if ready:
                numbers = [postal.handover_to_postman(db, ready, _actor(db, args.officer),
                                                      postman=args.postman or "Bưu tá")]
                print(f"Đã lập danh sách bàn giao {numbers[0]} gồm {len(ready)} bưu gửi.")
        if not numbers:
            from counter.services.errors import UserError

            raise UserError(f"Ngày {day:%d/%m/%Y} không có bưu gửi nào bàn giao cho bưu tá.")
        pdfs = [postal.handover_list_pdf(db, n) for n in numbers]
    finally:
        db.close()
    _write_output(args.output, _merge_pdfs(pdfs))
    print(f"Đã ghi {args.output}")
    return 0


def _merge_pdfs(pdfs: list[bytes]) -> bytes:
    if len(pdfs) == 1:
        return pdfs[0]
    import io

    import pypdfium2 as pdfium

    merged = pdfium.PdfDocument.new()
    for data in pdfs:
        merged.import_pages(pdfium.PdfDocument(data))
    out = io.BytesIO()
    merged.save(out)
    return out.getvalue()


def cmd_report(args) -> int:
    from sqlalchemy import select

    from counter.services import reports
    from counter.services.errors import UserError
    from counter.store.models import Officer

    if args.report_command == "daily":
        start = end = _day(args.date, "--date")
    else:
        start, end = _day(args.start, "--from"), _day(args.end, "--to")
        if end < start:
            raise UserError("--to phải sau hoặc bằng --from.")
    suffix = args.output.suffix.lower()
    if suffix not in (".pdf", ".csv", ".xlsx"):
        raise UserError("Tệp ra phải có đuôi .pdf, .csv hoặc .xlsx.")
    db = _open(args, lock=False)
    try:
        officer_id = None
        if args.report_officer:
            with db.read() as session:
                officer_id = session.scalar(select(Officer.id).where(Officer.username == args.report_officer))
            if officer_id is None:
                raise UserError(f"Không có cán bộ '{args.report_officer}'.")
        f = reports.ReportFilter(start, end, args.agency, args.procedure, officer_id)
        if suffix == ".pdf":
            data = reports.report_pdf(db, f, daily=args.report_command == "daily")
        else:
            summary = reports.summary(db, f)
            data = reports.export_csv(summary) if suffix == ".csv" else reports.export_xlsx(summary)
    finally:
        db.close()
    _write_output(args.output, data)
    print(f"Đã ghi {args.output}")
    return 0


def _passphrase(args) -> str | None:
    from counter.services.errors import UserError

    if not args.passphrase_env:
        return None
    value = environment.named_by_user(args.passphrase_env)
    if not value:
        raise UserError(f"Biến môi trường {args.passphrase_env} chưa có cụm mật khẩu.")
    return value


def _db_path(args) -> Path:
    from counter.services.errors import UserError
    from counter.store.db import resolve_url, sqlite_path

    path = sqlite_path(resolve_url(args.db))
    if path is None:
        raise UserError("Khôi phục bằng lệnh này dành cho cơ sở dữ liệu SQLite. Với PostgreSQL, khôi phục bản sao lưu "
                        "(tệp của 'counter backup' hoặc pg_dump) vào một cơ sở dữ liệu mới bằng pg_restore, rồi trỏ các "
                        "quầy sang đó: xem docs/postgresql.md.")
    return path


def cmd_backup(args) -> int:
    from counter.services import audit
    from counter.services.safekeeping import backup

    db = _open(args, lock=False)
    try:
        if db.is_sqlite:
            target = backup(db.path, args.output, _passphrase(args))
        else:
            from counter.services.safekeeping import backup_postgres

            target = backup_postgres(db.url, args.output, _passphrase(args))
        with db.write() as session:
            audit.record(session, _actor(db, args.officer), "database.backup", "database", str(target))
    finally:
        db.close()
    print(f"Đã sao lưu vào {target}" + (" (đã mã hóa)" if args.passphrase_env else ""))
    return 0


def cmd_restore(args) -> int:
    from counter.store.db import acquire_lock, resolve_url, sqlite_path
    from counter.services.safekeeping import restore

    if args.into or sqlite_path(resolve_url(args.db)) is None:
        return _restore_postgres(args)
    path = _db_path(args)
    lock = acquire_lock(path)  # nobody may have the database open while it is replaced
    try:
        kept = restore(path, args.file, _passphrase(args), other_office=args.other_office)
    finally:
        lock.release()
    print(f"Đã khôi phục từ {args.file}. Cơ sở dữ liệu trước đó được giữ tại {kept}.")
    db = _open(args, lock=False)  # upgrade the restored copy if it is older, and record the restore
    try:
        from counter.services import audit

        with db.write() as session:
            audit.record(session, _actor(db, args.officer), "database.restore", "database", str(args.file), None,
                         {"kept": str(kept)})
    finally:
        db.close()
    return 0


def _restore_postgres(args) -> int:
    """PostgreSQL: a dump goes into a new, empty database (``--into``); the database in use is
    never touched. The restored one is checked (schema, audit chain); then point counters at it."""
    from counter.services.errors import UserError
    from counter.services.safekeeping import restore_postgres

    if not args.into or not args.into.startswith("postgresql"):
        raise UserError("Với PostgreSQL, khôi phục vào một cơ sở dữ liệu mới, trống: 'counter restore TỆP --into "
                        "postgresql+psycopg://…/ten_moi' (tạo trước bằng createdb). Cơ sở dữ liệu đang dùng không bị ghi đè.")
    restore_postgres(args.file, args.into, _passphrase(args))
    args.db = args.into
    db = _open(args, lock=False)  # upgrades an older dump to the current schema
    try:
        from counter.services import audit

        result = audit.verify(db)
        with db.write() as session:
            audit.record(session, _actor(db, args.officer), "database.restore", "database", str(args.file), None,
                         {"into": db.display_url})
    finally:
        db.close()
    print(f"Đã khôi phục {args.file} vào {args.into.split('@')[-1]}. Nhật ký kiểm toán: {result.entries} mục, "
          + ("nguyên vẹn." if result.ok else result.problem))
    print("Khi đã kiểm tra xong, trỏ các quầy sang cơ sở dữ liệu này (COUNTER_DB hoặc --db).")
    return 0 if result.ok else 1


def cmd_check(args) -> int:
    from counter.services.safekeeping import check_file, count_records

    from counter.store.db import resolve_url, sqlite_path

    path = sqlite_path(resolve_url(args.db))
    if path is not None:
        verdict = check_file(path)
        print(f"Toàn vẹn cơ sở dữ liệu: {'tốt' if verdict == 'ok' else verdict}")
    else:
        verdict = "ok"  # PostgreSQL checks its own pages (data checksums); the chain below is ours
        print("Cơ sở dữ liệu PostgreSQL: máy chủ tự kiểm tra trang dữ liệu; kiểm tra chuỗi nhật ký của Counter.")
    db = _open(args, lock=False)
    try:
        result = _verify_audit(db)
        try:
            counted, problems = count_records(db)
        except Exception as exc:  # a damaged table: said, not a traceback
            counted, problems = [], [f"Không đếm được hồ sơ và lịch sử: {type(exc).__name__} (cơ sở dữ liệu có thể hỏng)."]
    finally:
        db.close()
    print(f"Nhật ký kiểm toán: {result.entries} mục, " + ("chuỗi băm nguyên vẹn." if result.ok else result.problem))
    if result.ok and result.evidence:
        print(f"Bằng chứng bên ngoài: {result.evidence}")
    for line in counted + problems:
        print(line)
    return 0 if verdict == "ok" and result.ok and not problems else 1


def _verify_audit(db):
    """The chain checked here and, when the province can be reached, against the heads it kept."""
    from counter.services import audit
    from counter.sync.engine import province_heads, sync_config

    try:
        config = sync_config(db)
    except Exception:
        config = None
    return audit.verify(db, province_heads(db, config))


def cmd_audit(args) -> int:
    db = _open(args, lock=False)
    try:
        result = _verify_audit(db)
    finally:
        db.close()
    if result.ok:
        print(f"Nhật ký kiểm toán nguyên vẹn: {result.entries} mục, chuỗi băm khớp từ đầu đến cuối.")
        print(f"Bằng chứng bên ngoài: {result.evidence}")
        return 0
    print(f"counter: nhật ký kiểm toán bị can thiệp. {result.problem}", file=sys.stderr)
    return 1


def cmd_hub(args) -> int:
    try:
        from counter.sync.hub.cli import run

        return run(args)
    except ModuleNotFoundError as exc:
        if (exc.name or "").split(".")[0] not in ("fastapi", "uvicorn", "starlette"):
            raise
        from counter.services.errors import UserError

        raise UserError("Máy chủ tỉnh tham chiếu cần các gói bổ sung chưa cài trên máy này: "
                        "pip install \"counter[hub]\". Phần mềm ở quầy không cần chúng.") from None


def _signing_command(name: str):
    def run(args) -> int:
        from counter import cli_signing

        db = _open(args, lock=False)
        try:
            if name == "verify":
                return cli_signing.cmd_verify(args, db)
            actor = _actor(db, args.officer)
            return (cli_signing.cmd_sign if name == "sign" else cli_signing.cmd_signing)(args, db, actor)
        finally:
            db.close()

    return run


def _write_output(path: Path, data: bytes) -> None:
    from counter.files import write_atomic

    write_atomic(path, data)


COMMANDS = {"init": cmd_init, "slot": cmd_slot, "catalogue": cmd_catalogue, "demo-data": cmd_demo, "list": cmd_list,
            "receipt": cmd_receipt, "form": cmd_form, "handover": cmd_handover, "book": cmd_book, "sweep": cmd_sweep,
            "sync": cmd_sync, "outbox": cmd_outbox, "hub": cmd_hub, "postal": cmd_postal, "report": cmd_report,
            "backup": cmd_backup, "restore": cmd_restore, "check": cmd_check, "audit": cmd_audit,
            "verify": _signing_command("verify"), "sign": _signing_command("sign"), "signing": _signing_command("signing")}


def main(argv: list[str] | None = None) -> int:
    import gc

    gc.disable()  # no collections while thousands of module objects load; back on once started
    from counter import console

    console.setup_streams()
    try:
        status = _main(argv)
        sys.stdout.flush()
        return status
    except BrokenPipeError:
        return console.quiet_broken_pipe()
    finally:
        gc.enable()


def gui_main() -> int:
    """``counter-gui`` (gui-scripts: no console window on Windows): the same as ``counter``."""
    return main()


def _main(argv: list[str] | None) -> int:
    args = _parser().parse_args(argv)
    from counter import logs

    state = logs.setup(logging.INFO if args.verbose else logging.WARNING)
    if state.problem and args.command is not None:
        print(f"counter: {state.problem}", file=sys.stderr)
    if args.command is not None:
        import gc

        gc.enable()
    else:  # the window: the collector comes back on once the first window is painted
        from counter.ui.app import run

        return run(args)
    from counter.services.errors import os_reason, user_errors
    from counter.store.db import DatabaseError

    try:
        return COMMANDS[args.command](args)
    except (*user_errors(), DatabaseError) as exc:
        print(f"counter: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        raise
    except OSError as exc:
        logging.getLogger("counter.cli").warning("file error in %s: %r", args.command, exc)
        print(f"counter: lỗi đọc/ghi tệp {exc.filename or ''}: {os_reason(exc)}.", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("counter: đã dừng theo yêu cầu.", file=sys.stderr)
        return 130
    except Exception as exc:
        logging.getLogger("counter.cli").exception("unexpected error in 'counter %s'", args.command,
                                                   extra=logs.FILE_ONLY)
        if args.verbose:
            raise
        where = f" Chi tiết đã ghi vào nhật ký {state.file}; gửi tệp đó cho người hỗ trợ." if state.file else ""
        print(f"counter: lỗi ngoài dự kiến trong Counter ({type(exc).__name__}).{where} Dữ liệu đã lưu không bị "
              "ảnh hưởng.", file=sys.stderr)
        return 3


if __name__ == "__main__":
    raise SystemExit(main())

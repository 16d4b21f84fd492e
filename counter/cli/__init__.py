"""The ``counter`` command. Plain ``counter`` opens the window; sub-commands work headless.

Exit status: 0 success, 1 a problem the user can fix (message on stderr), 2 bad usage, 3 an
unexpected error (a bug: the details are in the log file), 141 the reader of the output went away
(``counter list | head``).
"""

from __future__ import annotations

import argparse
import gc
import logging
import sys
from pathlib import Path

from counter import __version__, console, logs
from counter.cli.backups import cmd_audit, cmd_backup, cmd_check, cmd_restore
from counter.cli.common import database, fail, shown
from counter.cli.network import cmd_hub, cmd_outbox, cmd_sync
from counter.cli.office import cmd_catalogue, cmd_demo, cmd_init, cmd_list, cmd_slot, cmd_sweep
from counter.cli.printed import cmd_book, cmd_form, cmd_handover, cmd_postal, cmd_receipt, cmd_report
from counter.cli import signing as cli_signing
from counter.cli.signing import add_parsers as add_signing_parsers
from counter.documents.kinds import FORM_KINDS
from counter.messages import msg, text_of
from counter.services.accounts import command_line_actor
from counter.services.errors import UserError, os_reason
from counter.sync.hub.cli import add_parser as add_hub_parser


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="counter", description=shown(msg("Counter — Bộ phận Một cửa, tiếp nhận và trả kết quả hồ sơ.")))
    p.add_argument("--db", metavar="PATH_OR_URL", help=shown(msg("cơ sở dữ liệu (tệp SQLite hoặc URL); mặc định COUNTER_DB "
                   "hoặc tệp trong thư mục dữ liệu người dùng")))
    p.add_argument("--officer", metavar="USERNAME", help=shown(msg("cán bộ thực hiện (tên đăng nhập)")))
    p.add_argument("--version", action="version", version=f"counter {__version__}")
    p.add_argument("-v", "--verbose", action="store_true", help=shown(msg("ghi nhật ký chi tiết")))
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    s = sub.add_parser("init", help=shown(msg("tạo hoặc nâng cấp cơ sở dữ liệu, nạp cơ quan mẫu và danh mục thủ tục")))
    s.add_argument("--office", type=Path, help=shown(msg("tệp thiết lập cơ quan (counter-office/1)")))
    s.add_argument("--catalogue", type=Path, help=shown(msg("tệp danh mục thủ tục (counter-catalogue/1)")))
    s.add_argument("--slot", type=int, metavar="K", help=shown(msg("chọn số quầy K (1–9) cho máy này, khi đã kiểm tra không máy "
                   "nào khác của cơ quan dùng số đó (mặc định: chờ máy chủ tỉnh cấp ở lần kết nối đầu)")))
    s.add_argument("--create-folders", action="store_true",
                   help=shown(msg("tạo thư mục chứa cơ sở dữ liệu nếu chưa có (mặc định: báo lỗi, để tránh gõ nhầm đường dẫn)")))

    s = sub.add_parser("slot", help=shown(msg("số quầy của máy này: để hai máy của một cơ quan không bao giờ cấp trùng mã hồ sơ")))
    slot_sub = s.add_subparsers(dest="slot_command", metavar="SLOT_COMMAND", required=True)
    slot_sub.add_parser("show", help=shown(msg("số quầy hiện tại và tình trạng")))
    h = slot_sub.add_parser("choose", help=shown(msg("chọn số quầy bằng tay (khi chưa kết nối được máy chủ tỉnh)")))
    h.add_argument("number", type=int, metavar="K")
    h.add_argument("--confirm", action="store_true", required=True,
                   help=shown(msg("xác nhận đã kiểm tra: không máy nào khác của cơ quan dùng số này")))
    h = slot_sub.add_parser("claim", help=shown(msg("nhận (hoặc xác nhận) số quầy từ máy chủ tỉnh")))
    h.add_argument("--release", action="store_true", help=shown(msg("bỏ số đang dùng (bị trùng) để nhận số khác")))
    h.add_argument("--server", metavar="URL")
    h.add_argument("--token")

    s = sub.add_parser("catalogue", help=shown(msg("nhập một danh mục thủ tục mới hơn")))
    s.add_argument("file", type=Path)

    s = sub.add_parser("demo-data", help=shown(msg("tạo hồ sơ mẫu giống thật trên các ngày làm việc đã qua")))
    s.add_argument("--dossiers", type=int, required=True, metavar="N")
    s.add_argument("--seed", type=int, default=1, metavar="S")
    s.add_argument("--days", type=int, metavar="D", help=shown(msg("số ngày làm việc trải hồ sơ (mặc định tự chọn)")))
    s.add_argument("--queue", action="store_true", help=shown(msg("đưa hồ sơ mẫu vào hàng chờ đồng bộ (như chưa từng gửi lên tỉnh)")))
    s.add_argument("--no-showcase", action="store_true", help=shown(msg("không tạo các hồ sơ trình diễn mọi bước và mọi phiếu")))

    s = sub.add_parser("list", help=shown(msg("liệt kê hồ sơ mới nhất")))
    s.add_argument("--json", action="store_true", help=shown(msg("in JSON")))
    s.add_argument("--search", default="", help=shown(msg("tìm theo mã, tên, số định danh hoặc điện thoại")))
    s.add_argument("--status", type=int, action="append", default=[], help=shown(msg("lọc theo mã trạng thái (1–10)")))
    s.add_argument("--limit", type=int, default=50)

    s = sub.add_parser("receipt", help=shown(msg("in giấy tiếp nhận hồ sơ và hẹn trả kết quả ra PDF")))
    s.add_argument("code")
    s.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    s.add_argument("--layout", choices=["a4", "80mm"], default="a4")

    s = sub.add_parser("form", help=shown(msg("in một phiếu của hồ sơ ra PDF ({kinds})", kinds=", ".join(FORM_KINDS))))
    s.add_argument("kind", choices=FORM_KINDS, metavar="KIND")
    s.add_argument("code")
    s.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")

    s = sub.add_parser("handover", help=shown(msg("in danh sách bàn giao hồ sơ ra PDF")))
    s.add_argument("number", help=shown(msg("số danh sách, ví dụ BG-20261123-01")))
    s.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")

    s = sub.add_parser("book", help=shown(msg("sổ theo dõi hồ sơ (mẫu 07) trong một khoảng thời gian, PDF hoặc CSV")))
    s.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD")
    s.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD")
    s.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf|FILE.csv")

    sub.add_parser("sweep", help=shown(msg("đóng các hồ sơ quá hạn bổ sung (chạy tự động khi mở ứng dụng)")))

    s = sub.add_parser("sync", help=shown(msg("đồng bộ với hệ thống tỉnh")))
    s.add_argument("--once", action="store_true", required=True, help=shown(msg("đồng bộ một lượt rồi thoát")))
    s.add_argument("--server", metavar="URL", help=shown(msg("địa chỉ máy chủ tỉnh (mặc định theo Thiết lập hoặc COUNTER_SYNC_URL)")))
    s.add_argument("--token", help=shown(msg("mã truy cập của quầy (mặc định COUNTER_SYNC_TOKEN hoặc Thiết lập)")))
    s.add_argument("--ca-bundle", metavar="PEM", help=shown(msg("tệp chứng chỉ gốc để xác thực TLS của máy chủ tỉnh")))

    s = sub.add_parser("outbox", help=shown(msg("các thay đổi đang chờ gửi lên tỉnh")))
    s.add_argument("--json", action="store_true")
    s.add_argument("--all", action="store_true", help=shown(msg("kể cả sự kiện đã gửi")))
    s.add_argument("--requeue", type=int, metavar="ID", help=shown(msg("gửi lại một sự kiện cần xử lý (sau khi đã sửa hồ sơ)")))

    s = sub.add_parser("postal", help=shown(msg("bưu chính công ích: bưu gửi kết quả, bàn giao bưu tá, nhãn địa chỉ")))
    postal_sub = s.add_subparsers(dest="postal_command", metavar="POSTAL_COMMAND", required=True)
    h = postal_sub.add_parser("handover", help=shown(msg("danh sách bàn giao bưu gửi cho bưu tá trong một ngày (PDF)")))
    h.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    h.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    h.add_argument("--postman", default="", help=shown(msg("họ tên bưu tá (khi lập danh sách mới cho hôm nay)")))
    h = postal_sub.add_parser("label", help=shown(msg("nhãn địa chỉ của một bưu gửi (PDF 100×150 mm)")))
    h.add_argument("number", help=shown(msg("số đơn hàng hoặc mã hồ sơ")))
    h.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf")
    h = postal_sub.add_parser("list", help=shown(msg("các bưu gửi theo nhóm")))
    h.add_argument("--json", action="store_true")

    s = sub.add_parser("report", help=shown(msg("báo cáo tổng hợp cho lãnh đạo (PDF, CSV, XLSX)")))
    report_sub = s.add_subparsers(dest="report_command", metavar="REPORT", required=True)
    r = report_sub.add_parser("daily", help=shown(msg("báo cáo tiếp nhận trong một ngày")))
    r.add_argument("--date", required=True, metavar="YYYY-MM-DD")
    r = report_sub.add_parser("period", help=shown(msg("báo cáo một tuần, một tháng hoặc một khoảng bất kỳ")))
    r.add_argument("--from", dest="start", required=True, metavar="YYYY-MM-DD")
    r.add_argument("--to", dest="end", required=True, metavar="YYYY-MM-DD")
    for r in report_sub.choices.values():
        r.add_argument("-o", "--output", type=Path, required=True, metavar="FILE.pdf|FILE.csv|FILE.xlsx")
        r.add_argument("--agency", help=shown(msg("chỉ một cơ quan giải quyết (mã định danh)")))
        r.add_argument("--procedure", help=shown(msg("chỉ một thủ tục (mã)")))
        r.add_argument("--officer", dest="report_officer", help=shown(msg("chỉ một cán bộ tiếp nhận (tên đăng nhập)")))

    s = sub.add_parser("backup", help=shown(msg("sao lưu cơ sở dữ liệu (qua API sao lưu trực tuyến của SQLite)")))
    s.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    s.add_argument("--passphrase-env", metavar="VAR", help=shown(msg("mã hóa bằng cụm mật khẩu lấy từ biến môi trường VAR")))
    s = sub.add_parser("restore", help=shown(msg("khôi phục từ một bản sao lưu (kiểm tra trước, giữ lại cơ sở dữ liệu hiện tại)")))
    s.add_argument("file", type=Path)
    s.add_argument("--passphrase-env", metavar="VAR", help=shown(msg("cụm mật khẩu của bản sao lưu mã hóa, từ biến môi trường VAR")))
    s.add_argument("--into", metavar="URL", help=shown(msg("PostgreSQL: khôi phục vào cơ sở dữ liệu mới, trống này (không ghi đè "
                                                 "cơ sở dữ liệu đang dùng)")))
    s.add_argument("--other-office", action="store_true", help=shown(msg("cho phép khôi phục bản sao lưu của một cơ quan khác")))
    sub.add_parser("check", help=shown(msg("kiểm tra toàn vẹn cơ sở dữ liệu và nhật ký kiểm toán")))
    s = sub.add_parser("audit", help=shown(msg("nhật ký kiểm toán")))
    s.add_argument("audit_command", choices=["verify"], help=shown(msg("verify: kiểm tra chuỗi băm")))

    add_signing_parsers(sub)
    add_hub_parser(sub, help=shown(msg("máy chủ tỉnh tham chiếu (đồng bộ, cập nhật kết quả của phòng ban)")))
    return p


def _signing_command(name: str):
    def run(args) -> int:
        with database(args, lock=False) as db:
            if name == "verify":
                return cli_signing.cmd_verify(args, db)
            actor = command_line_actor(db, args.officer)
            return (cli_signing.cmd_sign if name == "sign" else cli_signing.cmd_signing)(args, db, actor)

    return run


COMMANDS = {"init": cmd_init, "slot": cmd_slot, "catalogue": cmd_catalogue, "demo-data": cmd_demo, "list": cmd_list,
            "receipt": cmd_receipt, "form": cmd_form, "handover": cmd_handover, "book": cmd_book, "sweep": cmd_sweep,
            "sync": cmd_sync, "outbox": cmd_outbox, "hub": cmd_hub, "postal": cmd_postal, "report": cmd_report,
            "backup": cmd_backup, "restore": cmd_restore, "check": cmd_check, "audit": cmd_audit,
            "verify": _signing_command("verify"), "sign": _signing_command("sign"), "signing": _signing_command("signing")}


def main(argv: list[str] | None = None) -> int:
    gc.disable()  # no collections while thousands of module objects load; back on once started

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

    state = logs.setup(logging.INFO if args.verbose else logging.WARNING)
    if state.problem and args.command is not None:
        fail(state.problem)
    if args.command is not None:
        gc.enable()
    else:  # the window: the collector comes back on once the first window is painted
        from counter.ui.app import run  # lazy: Qt (heavy), only for the window

        return run(args)

    try:
        return COMMANDS[args.command](args)
    except UserError as exc:
        fail(text_of(exc))
        return 1
    except BrokenPipeError:
        raise
    except OSError as exc:
        logging.getLogger("counter.cli").warning("file error in %s: %r", args.command, exc)
        fail(msg("lỗi đọc/ghi tệp {name}: {reason}.", name=exc.filename or "", reason=os_reason(exc)))
        return 1
    except KeyboardInterrupt:
        fail(msg("đã dừng theo yêu cầu."))
        return 130
    except Exception as exc:
        logging.getLogger("counter.cli").exception("unexpected error in 'counter %s'", args.command,
                                                   extra=logs.FILE_ONLY)
        if args.verbose:
            raise
        what = type(exc).__name__
        if state.file:
            fail(msg("lỗi ngoài dự kiến trong Counter ({what}). Chi tiết đã ghi vào nhật ký {file}; gửi tệp đó cho người "
                     "hỗ trợ. Dữ liệu đã lưu không bị ảnh hưởng.", what=what, file=state.file))
        else:
            fail(msg("lỗi ngoài dự kiến trong Counter ({what}). Dữ liệu đã lưu không bị ảnh hưởng.", what=what))
        return 3


if __name__ == "__main__":
    raise SystemExit(main())

"""``counter hub …``: run the reference provincial server and act as a trainer at the province."""

from __future__ import annotations

import argparse
import json
import mimetypes
import socket
import sys
from datetime import datetime
from pathlib import Path

from sqlalchemy import func, select

from counter import paths
from counter.clock import OFFICE_TZ
from counter.services.catalogue import bundled_catalogue, load_catalogue
from counter.services.online_demo import demo_submission
from counter.sync import wire
from counter.sync.hub.models import Client, Event, HubDossier

DEFAULT_TOKEN_NOTE = "mã truy cập"


def default_db() -> str:
    return str(paths.data_dir() / "hub.sqlite3")


def add_parser(sub, help: str = "máy chủ tỉnh tham chiếu (đồng bộ, cập nhật kết quả của phòng ban)") -> None:
    """``counter hub …`` (its options stay Vietnamese; ``help`` is its line in ``counter --help``)."""
    p = sub.add_parser("hub", help=help)
    p.add_argument("--db", dest="hub_db", metavar="PATH", help="cơ sở dữ liệu của máy chủ tỉnh (mặc định hub.sqlite3 "
                   "trong thư mục dữ liệu)")
    hub_sub = p.add_subparsers(dest="hub_command", metavar="HUB_COMMAND")
    serve = hub_sub.add_parser("serve", help="chạy máy chủ (mặc định khi không ghi lệnh con)")
    for target in (p, serve):
        # given before "serve" or after it, an option counts: serve's own defaults must not
        # overwrite what was given to "hub" (argparse sets a subcommand's defaults last)
        def default(value, target=target):
            return argparse.SUPPRESS if target is serve else value

        target.add_argument("--host", default=default("127.0.0.1"))
        target.add_argument("--port", type=int, default=default(8765), help="0: chọn cổng trống")
        target.add_argument("--token", action="append", default=default([]), metavar="AGENCY=TOKEN",
                            help="cho phép một quầy đồng bộ: mã cơ quan=mã truy cập (có thể lặp lại)")
        target.add_argument("--cert", type=Path, default=default(None), help="chứng chỉ TLS (PEM) để chạy HTTPS")
        target.add_argument("--key", type=Path, default=default(None), help="khóa riêng TLS (PEM)")
        target.add_argument("--max-attachment-bytes", type=int, default=default(None))
        target.add_argument("--postal-key", action="append", default=default([]), metavar="CUSTOMER=KEY",
                            help="khóa API bưu chính cho một khách hàng (mã khách hàng=khóa)")
    d = hub_sub.add_parser("dossiers", help="liệt kê hồ sơ máy chủ tỉnh đang giữ")
    d.add_argument("--json", action="store_true")
    d.add_argument("--db", dest="hub_db_sub", metavar="PATH")
    t = hub_sub.add_parser("token", help="cấp mã truy cập cho một quầy")
    t.add_argument("--agency", required=True)
    t.add_argument("--name", default="")
    t.add_argument("--db", dest="hub_db_sub", metavar="PATH")
    u = hub_sub.add_parser("post", help="phòng ban cập nhật hồ sơ: tiến độ, quyết định, kết quả hoặc hạn mới")
    u.add_argument("code")
    u.add_argument("--kind", choices=["status", "progress", "result", "due"], required=True)
    u.add_argument("--status", type=int, help="TrangThaiHoSo mới (ví dụ 9: đã có kết quả, 3: từ chối)")
    u.add_argument("--note", default="", help="nội dung xử lý")
    u.add_argument("--by", default="Phòng chuyên môn", help="người xử lý")
    u.add_argument("--due", help="hạn mới, ISO 8601 có múi giờ, ví dụ 2026-12-15T16:00:00+07:00")
    u.add_argument("--result-code", default="")
    u.add_argument("--file", type=Path, action="append", default=[], metavar="PDF",
                   help="văn bản kết quả đã ký số gửi kèm (có thể lặp lại)")
    u.add_argument("--db", dest="hub_db_sub", metavar="PATH")
    c = hub_sub.add_parser("calendar", help="công bố ngày nghỉ, ngày làm bù cho các quầy")
    c.add_argument("--day-off", action="append", default=[], metavar="YYYY-MM-DD")
    c.add_argument("--workday", action="append", default=[], metavar="YYYY-MM-DD")
    c.add_argument("--note", default="")
    c.add_argument("--db", dest="hub_db_sub", metavar="PATH")
    pt = hub_sub.add_parser("postal", help="bưu tá cập nhật hành trình một đơn hàng")
    pt.add_argument("number", help="số đơn hàng (mã hồ sơ)")
    pt.add_argument("--state", required=True, choices=["collected", "in_transit", "delivered", "returned"])
    pt.add_argument("--note", default="")
    pt.add_argument("--customer", help="mã khách hàng (khi hai khách hàng dùng cùng số đơn)")
    pt.add_argument("--db", dest="hub_db_sub", metavar="PATH")
    sb = hub_sub.add_parser("submit", help="Cổng Dịch vụ công: nộp một hồ sơ trực tuyến (hoặc bổ sung) cho cơ quan")
    sb.add_argument("--agency", default="000.01.34.H49", help="mã cơ quan có thẩm quyền")
    sb.add_argument("--procedure", default="1.001193", help="mã thủ tục (MaTTHC)")
    sb.add_argument("--procedure-name", default="")
    sb.add_argument("--name", default="", help="họ tên người nộp")
    sb.add_argument("--id-number", default="")
    sb.add_argument("--phone", default="")
    sb.add_argument("--email", default="")
    sb.add_argument("--address", default="")
    sb.add_argument("--at", help="thời điểm nộp, ISO 8601 có múi giờ (mặc định: bây giờ)")
    sb.add_argument("--file", type=Path, action="append", default=[], metavar="PATH", help="tệp đính kèm (có thể lặp lại)")
    sb.add_argument("--supplement-of", metavar="MA_TRUC_TUYEN", help="bổ sung cho hồ sơ trực tuyến này")
    sb.add_argument("--demo", type=int, default=0, metavar="N", help="N hồ sơ mẫu với tệp PDF và ảnh như thật")
    sb.add_argument("--db", dest="hub_db_sub", metavar="PATH")
    nt = hub_sub.add_parser("notifications", help="thông báo đã gửi người nộp hồ sơ trực tuyến")
    nt.add_argument("--json", action="store_true")
    nt.add_argument("--db", dest="hub_db_sub", metavar="PATH")
    k = hub_sub.add_parser("catalogue", help="công bố một danh mục thủ tục mới hơn")
    k.add_argument("file", type=Path)
    k.add_argument("--db", dest="hub_db_sub", metavar="PATH")


def _hub(args, **kwargs):
    from counter.sync.hub.app import Hub  # lazy: FastAPI (the hub extra), only for the hub

    db = getattr(args, "hub_db_sub", None) or args.hub_db or default_db()
    return Hub(db, **kwargs)


def _say(text: str, code: int = 0) -> int:
    """Print what a command did (or, on standard error, why it did nothing) and give its exit code."""
    print(text, file=sys.stderr if code else sys.stdout)
    return code


def _listing(args, rows: list[dict], line, total: str) -> int:
    """Print ``rows`` as JSON (``--json``), or one ``line(row)`` a row and then the ``total``."""
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for r in rows:
            print(line(r))
        print(total)
    return 0


def run(args) -> int:
    command = args.hub_command or "serve"
    return {"serve": serve, "dossiers": dossiers, "token": token, "post": post, "calendar": calendar,
            "catalogue": catalogue, "postal": postal_track,
            "submit": submit_online, "notifications": online_notifications}[command](args)


def serve(args) -> int:
    import uvicorn  # lazy: uvicorn (the hub extra), only for the hub

    from counter.sync.hub.app import (  # lazy: FastAPI (the hub extra), only for the hub
        DEFAULT_MAX_ATTACHMENT,
        create_app,
    )

    hub = _hub(args, max_attachment_bytes=args.max_attachment_bytes or DEFAULT_MAX_ATTACHMENT)
    hub.publish_catalogue(load_catalogue(bundled_catalogue()))
    tokens = []
    for item in args.token:
        agency, _, value = item.partition("=")
        if not value:
            return _say("counter hub: --token cần dạng MÃ_CƠ_QUAN=MÃ_TRUY_CẬP", 2)
        hub.add_client(agency, f"quầy {agency}", value)
        tokens.append((agency, None))  # the operator's own: never echoed

    with hub.read_session() as session:
        has_clients = session.scalar(select(func.count()).select_from(Client))
    if not has_clients:
        tokens.append(("000.01.34.H49", hub.add_client("000.01.34.H49", "quầy mẫu")))
    from counter.sync.hub.postal import add_key  # lazy: FastAPI (the hub extra), only for the hub

    postal_keys = []
    for item in args.postal_key:
        customer, _, value = item.partition("=")
        if not value:
            return _say("counter hub: --postal-key cần dạng MÃ_KHÁCH_HÀNG=KHÓA", 2)
        add_key(hub, customer, value)
        postal_keys.append(customer)
    app = create_app(hub)
    sock = socket.socket(socket.AF_INET6 if ":" in args.host else socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((args.host, args.port))
    except OSError as exc:
        return _say(f"counter hub: không mở được cổng {args.host}:{args.port}: {exc.strerror}", 1)
    sock.listen(128)  # accept connections from now on, even before uvicorn's loop has started
    port = sock.getsockname()[1]
    scheme = "https" if args.cert else "http"
    print(f"Máy chủ tỉnh Counter đang chạy tại {scheme}://{args.host}:{port} (dữ liệu: {hub.url})", flush=True)
    # Tokens and keys are never printed: only a token made just now is shown, this once (it is kept
    # at the hub as a hash and cannot be shown again; 'counter hub token' makes another).
    for agency, value in tokens:
        if value is None:
            print(f"  quầy {agency}: {DEFAULT_TOKEN_NOTE} đã nạp (không in ra)", flush=True)
        else:
            print(f"  quầy {agency}: {DEFAULT_TOKEN_NOTE} mới tạo, chỉ hiện một lần này: {value}", flush=True)
    for customer in postal_keys:
        print(f"  bưu chính, khách hàng {customer}: khóa API đã nạp (không in ra), tại "
              f"{scheme}://{args.host}:{port}/postal/v1", flush=True)
    config = uvicorn.Config(app, log_level="warning", ssl_certfile=str(args.cert) if args.cert else None,
                            ssl_keyfile=str(args.key) if args.key else None, timeout_keep_alive=30)
    uvicorn.Server(config).run(sockets=[sock])
    return 0


def dossiers(args) -> int:
    hub = _hub(args)
    with hub.read_session() as session:
        counts = dict(session.execute(select(Event.dossier_code, func.count()).group_by(Event.dossier_code)).all())
        rows = [{"MaHoSo": d.code, "TrangThaiHoSo": d.status, "NgayHenTra": d.due_at, "ChuHoSo": d.data.get("ChuHoSo"),
                 "TenTTHC": d.data.get("TenTTHC"), "events": counts.get(d.code, 0), "last_seq": d.last_seq}
                for d in session.scalars(select(HubDossier).order_by(HubDossier.code))]
    return _listing(args, rows, lambda r: f"{r['MaHoSo']}  trạng thái {r['TrangThaiHoSo']:>2}  {r['events']} sự kiện  {r['ChuHoSo']} — {r['TenTTHC']}",
                    f"{len(rows)} hồ sơ")


def token(args) -> int:
    value = _hub(args).add_client(args.agency, args.name)
    print(value)
    return 0


def post(args) -> int:
    data = {"NguoiXuLy": args.by, "NoiDungXuLy": args.note, "ThoiDiemXuLy": datetime.now(OFFICE_TZ).replace(
        microsecond=0).isoformat()}
    if args.status is not None:
        data["TrangThai"] = args.status
    hub = _hub(args)
    if args.kind == "result":
        data.setdefault("TrangThai", 9)
        data["MaKetQua"] = args.result_code or f"{args.code}-KQ1"
        try:
            data["TepKetQua"] = [hub.publish_result_file(f.name, f.read_bytes()) for f in args.file]
        except OSError as exc:
            return _say(f"counter hub: không đọc được tệp kết quả: {exc}", 1)
    if args.kind == "due":
        if not args.due:
            return _say("counter hub post: --kind due cần --due", 2)
        data["NgayHenTra"] = args.due
    try:
        update_id = hub.post_update(args.code, args.kind, data)
    except (LookupError, ValueError) as exc:
        return _say(f"counter hub: {exc}", 1)
    return _say(f"Đã ghi cập nhật số {update_id} cho hồ sơ {args.code}.")


def calendar(args) -> int:
    try:
        version = _hub(args).publish_calendar(args.day_off, args.workday, args.note)
    except ValueError as exc:
        return _say(f"counter hub: {exc}", 2)
    return _say(f"Đã công bố lịch làm việc phiên bản {version}.")


def postal_track(args) -> int:
    from counter.sync.hub.postal import track  # lazy: FastAPI (the hub extra), only for the hub

    try:
        event_id = track(_hub(args), args.number, args.state, args.note, customer=args.customer)
    except (LookupError, ValueError) as exc:
        return _say(f"counter hub: {exc}", 1)
    return _say(f"Đã ghi hành trình số {event_id} cho đơn {args.number}.")


def catalogue(args) -> int:
    document = load_catalogue(args.file)
    published = _hub(args).publish_catalogue(document)
    print(f"Đã công bố danh mục {document['version']}." if published else f"Danh mục {document['version']} đã có.")
    return 0


def submit_online(args) -> int:
    from pydantic import ValidationError  # lazy: pydantic, only to check what the province sends

    from counter.sync.hub import online  # lazy: FastAPI (the hub extra), only for the hub

    hub = _hub(args)
    at = datetime.fromisoformat(args.at) if args.at else datetime.now(OFFICE_TZ).replace(microsecond=0)
    if at.tzinfo is None:
        at = at.replace(tzinfo=OFFICE_TZ)
    try:
        if args.demo:
            for i in range(args.demo):
                made = demo_submission(args.agency, i, at)
                print(online.submit(hub, made["body"], made["files"])["MaHoSoTrucTuyen"])
            return 0
        files = []
        for path in args.file:
            files.append((path.name, mimetypes.guess_type(path.name)[0] or "application/octet-stream", path.read_bytes()))
        body = {"MaCoQuan": args.agency, "MaTTHC": args.procedure, "TenTTHC": args.procedure_name,
                "ChuHoSo": {"HoTen": args.name or "Người nộp", "SoGiayTo": args.id_number, "SoDienThoai": args.phone,
                            "Email": args.email, "DiaChi": args.address},
                "ThoiDiemNop": at.isoformat(), "supplement_of": args.supplement_of}
        out = online.submit(hub, body, files)
    except OSError as exc:
        return _say(f"counter hub submit: không đọc được tệp: {exc}", 1)
    except ValidationError as exc:
        return _say(f"counter hub submit: {wire.reason(exc)}", 2)
    except (LookupError, ValueError) as exc:
        return _say(f"counter hub submit: {exc}", 1)
    return _say(f"{out['MaHoSoTrucTuyen']} (lần nộp {out['round']})")


def online_notifications(args) -> int:
    from counter.sync.hub import online  # lazy: FastAPI (the hub extra), only for the hub

    rows = online.notifications(_hub(args))
    return _listing(args, rows, lambda r: f"{r['created_at']}  {r['MaHoSoTrucTuyen']}  {r['kind']}  → {r['recipient']}: {r['text']}",
                    f"{len(rows)} thông báo")

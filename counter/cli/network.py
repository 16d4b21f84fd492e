"""The province and the operator: a sync round, the outbox, the reference hub."""

from __future__ import annotations

import json
import sys

from counter.cli.common import database
from counter.services import outbox
from counter.services.errors import UserError
from counter.sync.engine import sync_config, sync_once
from counter.sync.hub.cli import run
from counter.sync.postal import postal_config, postal_once


def cmd_sync(args) -> int:
    with database(args, lock=False) as db:
        config = sync_config(db, args.server, args.token, args.ca_bundle)
        if config is None:
            print("counter: chưa có địa chỉ máy chủ tỉnh hoặc mã truy cập: dùng --server và --token, biến môi trường "
                  "COUNTER_SYNC_URL/COUNTER_SYNC_TOKEN, hoặc Thiết lập → Đồng bộ.", file=sys.stderr)
            return 1
        result = sync_once(db, config)

        postal_cfg = postal_config(db)
        postal_result = postal_once(db, postal_cfg) if postal_cfg else None
    if result.busy:
        print(result.busy)
    print(f"Đã gửi {result.sent} sự kiện; nhận {result.applied} cập nhật từ tỉnh và {result.online} hồ sơ trực tuyến; "
          f"{result.conflicts} xung đột; {result.rejected} sự kiện bị từ chối.")
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
    with database(args, lock=False) as db:
        if args.requeue is not None:
            event = outbox.requeue_event(db, args.requeue)
            print(f"Đã đưa sự kiện {event.id} ({event.dossier_code}) trở lại hàng chờ gửi.")
            return 0
        stats, rows = outbox.overview(db, include_sent=args.all)
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


def cmd_hub(args) -> int:
    try:
        return run(args)
    except ModuleNotFoundError as exc:
        if (exc.name or "").split(".")[0] not in ("fastapi", "uvicorn", "starlette"):
            raise

        raise UserError("Máy chủ tỉnh tham chiếu cần các gói bổ sung chưa cài trên máy này: "
                        "pip install \"counter[hub]\". Phần mềm ở quầy không cần chúng.") from None

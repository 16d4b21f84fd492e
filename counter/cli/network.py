"""The province and the operator: a sync round, the outbox, the reference hub."""

from __future__ import annotations

import json

from counter.cli.common import database, fail, say, shown
from counter.messages import msg
from counter.services import outbox
from counter.services.errors import UserError
from counter.sync.engine import sync_config, sync_once
from counter.sync.hub.cli import run
from counter.sync.postal import postal_config, postal_once


def cmd_sync(args) -> int:
    with database(args, lock=False) as db:
        config = sync_config(db, args.server, args.token, args.ca_bundle)
        if config is None:
            fail(msg("chưa có địa chỉ máy chủ tỉnh hoặc mã truy cập: dùng --server và --token, biến môi trường "
                     "COUNTER_SYNC_URL/COUNTER_SYNC_TOKEN, hoặc Thiết lập → Đồng bộ."))
            return 1
        result = sync_once(db, config)

        postal_cfg = postal_config(db)
        postal_result = postal_once(db, postal_cfg) if postal_cfg else None
    if result.busy:
        say(result.busy)
    say(msg("Đã gửi {sent} sự kiện; nhận {applied} cập nhật từ tỉnh và {online} hồ sơ trực tuyến; {conflicts} xung đột; "
            "{rejected} sự kiện bị từ chối.", sent=result.sent, applied=result.applied, online=result.online,
            conflicts=result.conflicts, rejected=result.rejected))
    if postal_result is not None:
        say(msg("Bưu chính: tạo {created} đơn, {updated} cập nhật hành trình, {failed} đơn bị từ chối.",
                created=postal_result.created, updated=postal_result.updated, failed=postal_result.failed))
        for error in postal_result.errors:
            fail(msg("bưu chính chưa xong: {error}", error=error))
        if not postal_result.ok:
            return 1
    for error in result.errors:
        fail(msg("đồng bộ chưa xong: {error}", error=error))
    if result.rejected:
        fail(msg("có sự kiện bị máy chủ tỉnh từ chối: xem 'counter outbox', sửa hồ sơ rồi gửi lại."))
    return 0 if result.ok else 1


def cmd_outbox(args) -> int:
    with database(args, lock=False) as db:
        if args.requeue is not None:
            event = outbox.requeue_event(db, args.requeue)
            say(msg("Đã đưa sự kiện {id} ({code}) trở lại hàng chờ gửi.", id=event.id, code=event.dossier_code))
            return 0
        stats, rows = outbox.overview(db, include_sent=args.all)
    if args.json:
        print(json.dumps({"pending": stats.pending, "attention": stats.attention, "sent": stats.sent,
                          "last_success": stats.last_success.isoformat() if stats.last_success else None,
                          "events": rows}, ensure_ascii=False, indent=2))
        return 0
    last = f"{stats.last_success:%H:%M %d/%m/%Y}" if stats.last_success else msg("chưa có")
    say(msg("Chờ gửi: {pending} · Cần xử lý: {attention} · Đã gửi: {sent} · Đồng bộ thành công lần cuối: {last}",
            pending=stats.pending, attention=stats.attention, sent=stats.sent, last=last))
    for r in rows:
        error = f"  — {shown(r['last_error'])}" if r["last_error"] else ""
        print(f"{r['id']:>6}  {r['state']:<9} {r['type']:<17} {r['MaHoSo']} #{r['seq']}{error}")
    return 0


def cmd_hub(args) -> int:
    try:
        return run(args)
    except ModuleNotFoundError as exc:
        if (exc.name or "").split(".")[0] not in ("fastapi", "uvicorn", "starlette"):
            raise

        raise UserError(msg("Máy chủ tỉnh tham chiếu cần các gói bổ sung chưa cài trên máy này: "
                            "pip install \"counter[hub]\". Phần mềm ở quầy không cần chúng.")) from None

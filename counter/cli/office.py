"""The office's own data: set-up (init), the counter number (slot), the catalogue, demo data, the
dossier list and the daily sweep."""

from __future__ import annotations

import json
import sys
from contextlib import closing

from counter.cli.common import database, fail, say, shown
from counter.messages import msg
from counter.services import catalogue as cat
from counter.services import slots
from counter.services.accounts import command_line_actor, require
from counter.services.demo import generate, showcase
from counter.services.dossiers import DossierFilter, search
from counter.services.lifecycle import close_expired_supplements
from counter.services.online import demo_waiting
from counter.services.setup import ensure_initialised
from counter.store.db import open_database
from counter.sync.engine import claim_now, sync_config


def cmd_init(args) -> int:
    with closing(open_database(args.db, lock=True, create_folders=args.create_folders)) as db:
        result = ensure_initialised(db, office_file=args.office, catalogue_file=args.catalogue)
        say(msg("Cơ sở dữ liệu: {url}", url=db.display_url))
        say(msg("Đã tạo thông tin cơ quan.") if result.office_created else msg("Thông tin cơ quan đã có sẵn."))
        say(result.catalogue.message)

        if args.slot is not None:
            slots.choose(db, args.slot, command_line_actor(db, args.officer), confirmed=True)
        say(slots.current(db).describe())
        for warning in result.warnings:
            fail(warning)
    return 0


def cmd_slot(args) -> int:
    with database(args, lock=True) as db:
        actor = command_line_actor(db, args.officer)
        if args.slot_command == "choose":
            state = slots.choose(db, args.number, actor, confirmed=args.confirm)
        elif args.slot_command == "claim":
            config = sync_config(db, args.server, args.token)
            if config is None:
                fail(msg("chưa thiết lập máy chủ tỉnh (--server/--token hoặc Thiết lập → Đồng bộ)."))
                return 1
            if args.release:
                slots.release(db, actor)
            state = claim_now(db, config)
        else:
            state = slots.current(db)
        say(state.describe())
        return 0 if state.usable else 1


def cmd_catalogue(args) -> int:
    with database(args, lock=True) as db:
        require(command_line_actor(db, args.officer), "catalogue.import")
        result = cat.import_file(db, args.file)
        say(result.message)
    return 0


def cmd_demo(args) -> int:
    with database(args, lock=True) as db:
        def progress(done, total):
            if sys.stderr.isatty():
                print("\r" + shown(msg("{done}/{total} hồ sơ", done=f"{done:,}", total=f"{total:,}")), end="", file=sys.stderr,
                      flush=True)

        result = generate(db, args.dossiers, seed=args.seed, days=args.days, progress=progress, queue=args.queue)
        if sys.stderr.isatty():
            print(file=sys.stderr)
        if not args.no_showcase:
            made = showcase(db, seed=args.seed, queue=args.queue)
            say(msg("Đã tạo {count} hồ sơ trình diễn qua đủ các bước (bổ sung, gia hạn, dừng, rút, từ chối, bàn giao, "
                    "bưu chính).", count=len(made)))

            waiting = demo_waiting(db)
            say(msg("Đã tạo {count} hồ sơ trực tuyến chờ tiếp nhận (có tệp PDF và ảnh).", count=len(waiting)))
        say(msg("Đã tạo {count} hồ sơ mẫu từ {first} đến {last}.", count=f"{result.dossiers:,}".replace(",", "."),
                first=f"{result.first_day:%d/%m/%Y}", last=f"{result.last_day:%d/%m/%Y}"))
    return 0


def cmd_list(args) -> int:
    with database(args, lock=False) as db:
        rows = search(db, DossierFilter(statuses=tuple(args.status), query=args.search), limit=args.limit)
    if args.json:
        print(json.dumps([
            {"code": r.code, "procedure_code": r.procedure_code, "procedure_name": r.procedure_name,
             "applicant": r.applicant_name, "id_number": r.id_number, "phone": r.phone, "status": r.status,
             "status_label": r.status_label, "received_at": r.received_at.isoformat(), "due_at": r.due_at.isoformat()}
            for r in rows], ensure_ascii=False, indent=2))
        return 0
    for r in rows:
        say(msg("{code}  {received}  hẹn {due}  {status:<18}  {applicant}  —  {procedure}", code=r.code,
                received=f"{r.received_at:%d/%m/%Y %H:%M}", due=f"{r.due_at:%d/%m/%Y %H:%M}",
                status=r.status_label, applicant=r.applicant_name, procedure=r.procedure_name[:60]))
    if not rows:
        say(msg("Không có hồ sơ nào."))
    return 0


def cmd_sweep(args) -> int:
    with database(args, lock=True) as db:
        closed = close_expired_supplements(db)
    if closed:
        say(msg("Đã đóng {count} hồ sơ quá hạn bổ sung. {codes}", count=len(closed), codes=", ".join(closed)))
    else:
        say(msg("Đã đóng {count} hồ sơ quá hạn bổ sung.", count=0))
    return 0

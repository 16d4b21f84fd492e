"""Keeping the data safe: backup, restore, the integrity check and the audit chain."""

from __future__ import annotations

from counter.cli.common import database, db_path, fail, passphrase, say
from counter.messages import msg
from counter.services import audit
from counter.services.accounts import command_line_actor
from counter.services.errors import UserError
from counter.services.safekeeping import backup, backup_postgres, check_file, count_records, restore, restore_postgres
from counter.store.db import acquire_lock, resolve_url, sqlite_path
from counter.sync.engine import province_heads, sync_config


def cmd_backup(args) -> int:
    with database(args, lock=False) as db:
        if db.is_sqlite:
            target = backup(db.path, args.output, passphrase(args))
        else:
            target = backup_postgres(db.url, args.output, passphrase(args))
        audit.record_alone(db, command_line_actor(db, args.officer), "database.backup", "database", str(target))
    say(msg("Đã sao lưu vào {path} (đã mã hóa)", path=target) if args.passphrase_env
        else msg("Đã sao lưu vào {path}", path=target))
    return 0


def cmd_restore(args) -> int:
    if args.into or sqlite_path(resolve_url(args.db)) is None:
        return _restore_postgres(args)
    path = db_path(args)
    lock = acquire_lock(path)  # nobody may have the database open while it is replaced
    try:
        kept = restore(path, args.file, passphrase(args), other_office=args.other_office)
    finally:
        lock.release()
    say(msg("Đã khôi phục từ {path}. Cơ sở dữ liệu trước đó được giữ tại {kept}.", path=args.file, kept=kept))
    with database(args, lock=False) as db:  # upgrade the restored copy if it is older, and record the restore
        audit.record_alone(db, command_line_actor(db, args.officer), "database.restore", "database", str(args.file),
                           None, {"kept": str(kept)})
    return 0


def _restore_postgres(args) -> int:
    """PostgreSQL: a dump goes into a new, empty database (``--into``); the database in use is
    never touched. The restored one is checked (schema, audit chain); then point counters at it."""
    if not args.into or not args.into.startswith("postgresql"):
        raise UserError(msg("Với PostgreSQL, khôi phục vào một cơ sở dữ liệu mới, trống: 'counter restore TỆP --into "
                            "postgresql+psycopg://…/ten_moi' (tạo trước bằng createdb). Cơ sở dữ liệu đang dùng không bị "
                            "ghi đè."))
    restore_postgres(args.file, args.into, passphrase(args))
    args.db = args.into
    with database(args, lock=False) as db:  # upgrades an older dump to the current schema
        result = audit.verify(db)
        audit.record_alone(db, command_line_actor(db, args.officer), "database.restore", "database", str(args.file),
                           None, {"into": db.display_url})
    say(msg("Đã khôi phục {path} vào {into}. Nhật ký kiểm toán: {entries} mục, {state}", path=args.file,
            into=args.into.split("@")[-1], entries=result.entries,
            state=msg("nguyên vẹn.") if result.ok else result.problem))
    say(msg("Khi đã kiểm tra xong, trỏ các quầy sang cơ sở dữ liệu này (COUNTER_DB hoặc --db)."))
    return 0 if result.ok else 1


def cmd_check(args) -> int:
    path = sqlite_path(resolve_url(args.db))
    if path is not None:
        verdict = check_file(path)
        say(msg("Toàn vẹn cơ sở dữ liệu: {verdict}", verdict=msg("tốt") if verdict == "ok" else verdict))
    else:
        verdict = "ok"  # PostgreSQL checks its own pages (data checksums); the chain below is ours
        say(msg("Cơ sở dữ liệu PostgreSQL: máy chủ tự kiểm tra trang dữ liệu; kiểm tra chuỗi nhật ký của Counter."))
    with database(args, lock=False) as db:
        result = _verify_audit(db)
        try:
            counted, problems = count_records(db)
        except Exception as exc:  # a damaged table: said, not a traceback
            counted, problems = [], [msg("Không đếm được hồ sơ và lịch sử: {what} (cơ sở dữ liệu có thể hỏng).",
                                          what=type(exc).__name__)]
    say(msg("Nhật ký kiểm toán: {entries} mục, {state}", entries=result.entries,
            state=msg("chuỗi băm nguyên vẹn.") if result.ok else result.problem))
    if result.ok and result.evidence:
        say(msg("Bằng chứng bên ngoài: {evidence}", evidence=result.evidence))
    for line in counted + problems:
        say(line)
    return 0 if verdict == "ok" and result.ok and not problems else 1


def _verify_audit(db):
    """The chain checked here and, when the province can be reached, against the heads it kept."""
    try:
        config = sync_config(db)
    except Exception:
        config = None
    return audit.verify(db, province_heads(db, config))


def cmd_audit(args) -> int:
    with database(args, lock=False) as db:
        result = _verify_audit(db)
    if result.ok:
        say(msg("Nhật ký kiểm toán nguyên vẹn: {entries} mục, chuỗi băm khớp từ đầu đến cuối.", entries=result.entries))
        say(msg("Bằng chứng bên ngoài: {evidence}", evidence=result.evidence))
        return 0
    fail(msg("nhật ký kiểm toán bị can thiệp. {problem}", problem=result.problem))
    return 1

"""One counter's process for tests/test_shared_database.py. It opens the shared database, waits
for a common start time (so that all processes really overlap), does its work and prints what
happened as one JSON line.

    python tests/shared_worker.py URL START_AT MODE ARG…

MODE intake N          accept N dossiers                     → {"codes": [...]}
MODE forward CODE N    forward one dossier N times            → {"done": N}
MODE step CODE VERSION ACTION
                       one step on a dossier as seen at VERSION → {"done": 1} or {"refused": message}
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main(argv: list[str]) -> int:
    url, start_at, mode, *args = argv
    from sqlalchemy import select

    from counter.services import intake, lifecycle
    from counter.services.audit import Actor
    from counter.services.dossiers import as_seen
    from counter.services.errors import UserError
    from counter.store.db import open_database
    from counter.store.models import Officer
    from helpers import complete_draft

    db = open_database(url, migrate_schema=False)
    with db.read() as session:
        o = session.scalar(select(Officer).where(Officer.username == "lan.nt"))
        actor = Actor(o.id, o.full_name, o.role)
    draft = complete_draft(db) if mode == "intake" else None
    time.sleep(max(0.0, float(start_at) - time.time()))
    out: dict = {}
    if mode == "intake":
        out["codes"] = [intake.receive(db, draft, actor).code for _ in range(int(args[0]))]
    elif mode == "forward":
        code, n = args[0], int(args[1])
        for i in range(n):
            lifecycle.forward(db, code, actor, to_party="Phòng Tư pháp", receiver=f"Người nhận {i}")
        out["done"] = n
    elif mode == "step":
        code, version, action = args[0], int(args[1]), args[2]
        steps = {
            "forward": lambda: lifecycle.forward(db, code, actor, to_party="Phòng Tư pháp", receiver="Lê Văn Tám"),
            "refuse": lambda: lifecycle.refuse(db, code, actor, "Hồ sơ không đủ điều kiện"),
            "withdraw": lambda: lifecycle.withdraw(db, code, actor, "Công dân xin rút"),
            "stop": lambda: lifecycle.stop(db, code, actor, "Dừng theo đề nghị"),
            "payment": lambda: lifecycle.request_payment(db, code, actor),
        }
        try:
            with as_seen(code, version):
                steps[action]()
            out["done"] = 1
        except UserError as exc:
            out["refused"] = str(exc)
    db.close()
    print(json.dumps(out, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

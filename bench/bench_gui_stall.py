"""Issue 13: the window never freezes during an officer's session.

A scripted officer session — intake, accept, print to PDF, open a dossier, search — runs in the
real main window while a 5 ms timer measures the event loop: the longest gap between two ticks,
minus the 5 ms period, is the longest stall the officer could feel. Run twice: with the postal
server and the sync server hanging (they accept and never answer) and a 50 MB scan importing,
and with the network fine (no servers configured).

Target: the longest stall ≤ 50 ms in both.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_gui_stall.py
"""

from __future__ import annotations

import os
import random
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_tmp = tempfile.mkdtemp(prefix="counter-stall-")
os.environ["XDG_CONFIG_HOME"] = _tmp
os.environ["COUNTER_DATA_DIR"] = _tmp
os.environ["COUNTER_LOG_DIR"] = os.path.join(_tmp, "log")

from common import Report  # noqa: E402
from test_responsive import HangingServer as Hanging  # noqa: E402 (accepts, never answers)

TARGET_MS = 50.0
PERIOD_MS = 5


def big_scan(path: Path, megabytes: int = 50) -> None:
    """A JPEG of about ``megabytes`` MB (noise does not compress)."""
    from PIL import Image

    side = 2400
    while True:
        image = Image.frombytes("RGB", (side, side), random.randbytes(side * side * 3))
        image.save(path, quality=100)
        if path.stat().st_size >= megabytes * 1_000_000 or side > 9000:
            return
        side = int(side * (megabytes * 1_000_000 / path.stat().st_size) ** 0.5) + 64


def session(hanging: bool) -> dict[str, float]:
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication

    from counter import clock
    from counter.services import forms, intake, slots
    from counter.services.audit import SYSTEM
    from counter.services.office import get_office
    from counter.services.setup import ensure_initialised
    from counter.store.db import open_database
    from counter.ui import ops, output, printing
    from counter.ui.app import create_app, settle_memory
    from counter.ui.main_window import MainWindow
    from helpers import complete_draft

    app = QApplication.instance() or create_app()
    ops.set_inline(False)
    clock.use(clock.FixedClock(datetime(2026, 11, 23, 9, 40)))
    root = Path(tempfile.mkdtemp(dir=_tmp))
    db = open_database(str(root / "counter.sqlite3"), lock=True)
    ensure_initialised(db)
    slots.choose(db, 1, SYSTEM, confirmed=True)
    servers = []
    scans = root / "scans"
    scans.mkdir()
    for key in ("COUNTER_POSTAL_URL", "COUNTER_POSTAL_KEY", "COUNTER_SYNC_URL", "COUNTER_SYNC_TOKEN"):
        os.environ.pop(key, None)
    actor = None
    if hanging:
        postal_server, sync_server = Hanging(), Hanging()
        servers = [postal_server, sync_server]
        os.environ.update(COUNTER_POSTAL_URL=postal_server.url, COUNTER_POSTAL_KEY="k",
                          COUNTER_SYNC_URL=sync_server.url, COUNTER_SYNC_TOKEN="t", COUNTER_SYNC_TIMEOUT="60")
        with db.write() as s:
            office = get_office(s)
            office.settings = {**(office.settings or {}), "scan_folder": str(scans)}
    window = MainWindow(db, sync=hanging)
    window.show()
    settle_memory()  # as counter.ui.app does once the window is up
    actor = window.current_actor()
    earlier = intake.receive(db, complete_draft(db), actor).code
    if hanging:
        big_scan(scans / f"{earlier}.jpg")
        old = time.time() - 60
        os.utime(scans / f"{earlier}.jpg", (old, old))

    gaps: list[float] = []
    clock_ = QElapsedTimer()
    clock_.start()
    last = [clock_.elapsed()]

    phase = ["start"]
    worst_at: dict[str, float] = {}

    def tick():
        now = clock_.elapsed()
        gaps.append(now - last[0])
        worst_at[phase[0]] = max(worst_at.get(phase[0], 0), now - last[0] - PERIOD_MS)
        last[0] = now

    timer = QTimer()
    timer.setInterval(PERIOD_MS)
    timer.timeout.connect(tick)
    timer.start()

    def settle(ms: int) -> None:
        end = time.perf_counter() + ms / 1000
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.001)

    def until(cond, ms: int = 30000) -> None:
        end = time.perf_counter() + ms / 1000
        while not cond() and time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.001)

    r = ops.runner()
    settle(200)
    until(lambda: not r.is_running("warmup"))  # started with the window (counter.ui.warmup), as the officer signs in
    phase[0] = "session"
    settle(50)
    if hanging:
        window._in_background(window.import_scans)  # the 50 MB scan, as the folder watcher starts it
        window.sync_status.sync_now()
    page = window.intake
    phase[0] = "intake"
    page.load_draft(complete_draft(db, name="Lê Thị Hoa"), "1.001193")  # intake
    settle(50)
    phase[0] = "accept"
    page.accept_dossier()  # accept
    until(lambda: page.last_code is not None)
    settle(50)
    pdf_path = root / "receipt.pdf"
    printer_done = []

    def to_pdf(rendered) -> None:  # print to PDF: Qt's PDF printer, as "Microsoft Print to PDF" would
        pdf, pages = rendered
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(pdf_path))
        printing.configure_printer(printer, pdf, "Hồ sơ " + page.last_code)
        # as output.print_document does once the printer is chosen: painted off the GUI thread
        ops.Op(window, lambda: printing.paint_pdf(printer, pdf, pages), key="bench.paint") \
            .success(lambda _none: printer_done.append(True)).run()

    code = page.last_code

    def render():  # what output.print_document does off the GUI thread
        pdf = forms.form_pdf(db, "receipt", code, "a4")
        return pdf, printing.render_pages(pdf, printing.PRINT_DPI)

    phase[0] = "print to PDF"
    output._render(window, "pdf", render, to_pdf, key="bench.pdf", problem_title="")
    until(lambda: printer_done)
    settle(50)
    phase[0] = "open dossier"
    dialog = window.open_dossier(earlier)  # open a dossier
    settle(100)
    dialog.close()
    phase[0] = "search"
    window.tabs.setCurrentWidget(window.list_page)  # search
    window.list_page.search.setText(code.split("-", 1)[1])
    window.list_page.apply_filter()
    settle(300)
    phase[0] = "scan import"
    if hanging:
        until(lambda: not r.is_running("timer.import_scans"), 60000)
    settle(100)
    timer.stop()
    worst = max(gaps) - PERIOD_MS if gaps else 0.0
    imported = not any(scans.glob("*.jpg"))
    window.sync_status.stop()
    for s in servers:
        s.close()
    r.wait(60000)
    window.close()
    db.close()
    return {"worst": worst, "ticks": len(gaps), "imported": imported, "by_step": worst_at}


def main() -> int:
    report = Report("Issue 13 — the longest GUI stall during an officer's session (5 ms timer)")
    hung = session(hanging=True)
    report.add("postal + sync hanging, 50 MB scan importing", hung["worst"], "ms", TARGET_MS,
               note=f"{hung['ticks']} ticks, scan imported: {hung['imported']}")
    fine = session(hanging=False)
    report.add("network fine", fine["worst"], "ms", TARGET_MS, note=f"{fine['ticks']} ticks")
    for name, figures in (("hanging", hung), ("fine", fine)):
        print(f"  worst stall by step ({name}): " + ", ".join(f"{k} {v:.0f} ms" for k, v in figures["by_step"].items()))
    return 0 if report.print() else 1


if __name__ == "__main__":
    sys.exit(main())

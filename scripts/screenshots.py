"""Regenerate the README screenshots: the intake screen, the dossier list, settings, the receipt,
and signed copies (every signature state, a signed scan, the PIN dialog).

    .venv/bin/python scripts/screenshots.py [OUTPUT_DIR]     (default docs/screenshots)
    .venv/bin/python scripts/screenshots.py [OUTPUT_DIR] --signing-only   (only the signed copies)
    .venv/bin/python scripts/screenshots.py [OUTPUT_DIR] --online-only    (only the online dossiers)
    .venv/bin/python scripts/screenshots.py [OUTPUT_DIR] installation     (only the installation shots)

``installation`` makes the About dialog, the crash dialog, the printers, the print preview and the
offer of an unfinished intake, on a 1366×768 screen.

Runs offscreen on a throw-away database with demo data and a fixed office clock.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

_tmp = tempfile.mkdtemp(prefix="counter-shots-")
if "officer-day" in sys.argv:  # the counters' screen: 1366×768
    _screen = Path(_tmp) / "screen.json"
    _screen.write_text('{"screens": [{"name": "counter", "x": 0, "y": 0, "width": 1366, "height": 768, '
                       '"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}')
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen}"
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["XDG_CONFIG_HOME"] = _tmp
os.environ["COUNTER_DATA_DIR"] = _tmp
os.environ["COUNTER_LOG_DIR"] = os.path.join(_tmp, "log")

import pypdfium2 as pdfium  # noqa: E402
from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from counter import clock  # noqa: E402
from counter.services import forms  # noqa: E402
from counter.services.demo import generate  # noqa: E402
from counter.services.setup import ensure_initialised  # noqa: E402
from counter.store.db import open_database  # noqa: E402
from counter.ui import ops  # noqa: E402
from counter.ui.app import create_app  # noqa: E402

ops.set_inline(True)  # each screen shows what its action did at once (as in the test suite)


def type_text(widget, text: str) -> None:
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def pdf_png(pdf: bytes, target: Path, dpi: int = 110) -> None:
    doc = pdfium.PdfDocument(pdf)
    doc[0].render(scale=dpi / 72).to_pil().save(target)
    doc.close()


sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))


def _draft(db):
    from helpers import complete_draft

    return complete_draft(db, "2.000488")


def installation_shots(out: Path) -> None:
    """About, the crash dialog, the printers, the print preview and the offer of an unfinished
    intake, each as the officer sees it on the counters' 1366×768 screen."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from counter import logs
    from counter.services import drafts, intake
    from counter.services.audit import Actor
    from counter.ui import crash, printing
    from counter.ui.about import AboutDialog
    from counter.ui.main_window import MainWindow
    from counter.ui.printers import PrintersDialog

    logs.setup()
    app = create_app()
    clock.use(clock.FixedClock(datetime(2026, 11, 23, 9, 40)))
    db = open_database(str(Path(_tmp) / "install.sqlite3"), lock=True)
    ensure_initialised(db)
    from counter.services import slots
    from counter.services.audit import SYSTEM

    slots.choose(db, 1, SYSTEM, confirmed=True)
    window = MainWindow(db, sync=False)
    window.show()
    app.processEvents()
    window.grab().save(str(out / "main-window-toolbar.png"))
    about = AboutDialog(db, window)
    about.show()
    app.processEvents()
    about.grab().save(str(out / "about.png"))
    about.close()
    printers = PrintersDialog(window)
    printers.show()
    app.processEvents()
    printers.grab().save(str(out / "printers.png"))
    printers.close()
    try:
        raise KeyError("ví dụ: một lỗi trong chương trình")
    except KeyError as exc:
        dialog = crash.CrashDialog(crash.details(type(exc), exc, exc.__traceback__), True, window)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(out / "crash-dialog.png"))
    dialog.close()
    code = intake.receive(db, _draft(db), Actor(2, "Nguyễn Thị Lan")).code
    from counter.services import forms

    preview = printing.preview_pdf(window, forms.receipt_pdf(db, code, "a4"), "Giấy tiếp nhận hồ sơ " + code)
    preview.show()
    app.processEvents()
    preview.grab().save(str(out / "print-preview.png"))
    preview.close()
    drafts.save(db.url, _draft(db), "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam")

    def shoot():
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(50, shoot)
            return
        box.grab().save(str(out / "draft-offer.png"))
        box.button(QMessageBox.StandardButton.No).click()

    QTimer.singleShot(50, shoot)
    window.offer_saved_draft()
    window.close()
    db.close()


def officer_day_shots(out: Path) -> None:
    """Issue 13 at the counters' 1366×768 screen (1366×705 usable, 673 px under the title bar):
    the intake with every error and the postal block (its buttons in the footer), the dossier
    window of the longest procedure name, the dashboard, the print preview, the postal queue
    without the operator's connection, an unknown scan, the first administrator's messages."""
    from PySide6.QtWidgets import QApplication

    from counter.services import catalogue as cat
    from counter.services import forms, intake, lifecycle, slots
    from counter.services.audit import SYSTEM
    from counter.ui import printing
    from counter.ui.main_window import MainWindow
    from counter.ui.signin import FirstAdminDialog
    from helpers import complete_draft, postal_draft

    app = create_app()
    clock.use(clock.FixedClock(datetime(2026, 11, 23, 9, 40)))
    db = open_database(str(Path(_tmp) / "day.sqlite3"), lock=True)
    ensure_initialised(db)
    first = FirstAdminDialog(db)
    first.show()
    type_text(first.full_name, "Trần Thị Bích")
    type_text(first.password, "ngan")
    type_text(first.confirm, "khac")
    first._ok()
    app.processEvents()
    first.grab().save(str(out / "first-admin.png"))
    first.close()
    slots.choose(db, 1, SYSTEM, confirmed=True)
    generate(db, 300, seed=3)
    window = MainWindow(db, sync=False)
    window.resize(1366, 673)
    window.show()
    page = window.intake
    page.focus_search()
    QTest.keyClicks(page.search, "ly lich tu phap")
    QTest.keyClick(page.search, Qt.Key.Key_Return)
    page.ret_post.setChecked(True)
    page.accept_dossier()
    app.processEvents()
    window.grab().save(str(out / "intake-errors-1366.png"))
    officer = window.current_actor()
    with db.read() as session:
        longest = max(cat.current_procedures(session), key=lambda p: len(p.name)).code
    code = intake.receive(db, complete_draft(db, longest), officer).code
    dialog = window.open_dossier(code)
    app.processEvents()
    dialog.grab().save(str(out / "dossier-1366.png"))
    dialog.close()
    window.tabs.setCurrentWidget(window.dashboard)
    app.processEvents()
    window.grab().save(str(out / "dashboard-1366.png"))
    for _ in range(2):
        posted = intake.receive(db, postal_draft(db), officer).code
        lifecycle.forward(db, posted, officer)
        lifecycle.record_result(db, posted, officer)
    window.bus.dossiers_changed.emit()
    window.tabs.setCurrentWidget(window.postal)
    window.postal.refresh()
    window.postal.table.selectRow(0)
    app.processEvents()
    window.grab().save(str(out / "postal-offline-1366.png"))
    window.tabs.setCurrentWidget(window.list_page)
    window.look_up("000.01.34.H49-261123-0999")
    app.processEvents()
    window.grab().save(str(out / "unknown-scan-1366.png"))
    preview = printing.preview_pdf(window, forms.receipt_pdf(db, code, "a4"), "Giấy tiếp nhận " + code)
    preview.show()
    app.processEvents()
    preview.grab().save(str(out / "print-preview.png"))
    preview.close()
    QApplication.processEvents()


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    out = Path(args[0] if args else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    if sys.argv[2:] == ["installation"]:
        installation_shots(out)
        print(f"installation screenshots written to {out}/")
        return 0
    if sys.argv[2:] == ["officer-day"]:
        officer_day_shots(out)
        print(f"officer-day screenshots written to {out}/")
        return 0
    app = create_app()
    if "--signing-only" in sys.argv:
        signing_shots(app, out)
        return 0
    if "--online-only" in sys.argv:
        online_shots(app, out)
        return 0
    from counter.ui.main_window import MainWindow
    from counter.ui.settings import SettingsDialog

    clock.use(clock.FixedClock(datetime(2026, 11, 23, 9, 40)))
    db = open_database(str(Path(_tmp) / "shots.sqlite3"), lock=True)
    ensure_initialised(db)
    from counter.services import slots
    from counter.services.audit import SYSTEM
    from counter.services.demo import showcase

    slots.choose(db, 1, SYSTEM, confirmed=True)
    generate(db, 400, seed=11)
    showcase(db, seed=11)
    window = MainWindow(db)
    window.resize(1360, 860)
    window.show()
    page = window.intake
    page.focus_search()
    QTest.keyClicks(page.search, "ly lich tu phap")
    QTest.keyClick(page.search, Qt.Key.Key_Return)
    page._tick_required()
    type_text(page.name, "Nguyễn Thị Hồng Nhung")
    type_text(page.id_number, "080190001234")
    type_text(page.birth_date, "12/03/1990")
    type_text(page.phone, "0912 345 678")
    type_text(page.email, "nhung.nth@example.vn")
    type_text(page.address, "Ấp Bình Hòa, xã Tân Trụ, tỉnh Tây Ninh")
    page.ret_post.setChecked(True)
    page.delivery_commune.setCurrentIndex(page.delivery_commune.findData("28087"))
    type_text(page.notes, "Công dân đề nghị gửi kết quả về nhà.")
    page.fee_section.rows["PHI3"]["count"].setText("3")
    app.processEvents()
    window.grab().save(str(out / "intake.png"))
    small = MainWindow(db)  # the office's screen: 1366×768, about 1366×705 usable
    small.resize(1366, 705)
    small.show()
    small.intake.focus_search()
    QTest.keyClicks(small.intake.search, "chung thuc ban sao tu ban chinh")
    QTest.keyClick(small.intake.search, Qt.Key.Key_Return)
    type_text(small.intake.fee_section.rows["PHI"]["count"], "5")
    small.intake.fee_section.rows["PHI"]["copies"].setText("3")
    app.processEvents()
    small.grab().save(str(out / "intake-fees-1366.png"))
    small.close()

    page.accept_dossier()
    app.processEvents()
    window.grab().save(str(out / "intake-accepted.png"))
    code = page.last_code

    window.tabs.setCurrentIndex(1)
    app.processEvents()
    window.grab().save(str(out / "list.png"))

    dialog = window.open_dossier(code)
    dialog.resize(860, 670)
    app.processEvents()
    dialog.grab().save(str(out / "dossier.png"))
    dialog.close()

    settings = SettingsDialog(db, window.current_actor, window.bus, window)
    settings.show()
    app.processEvents()
    settings.grab().save(str(out / "settings.png"))
    settings.tabs.setCurrentIndex(1)
    app.processEvents()
    settings.grab().save(str(out / "settings-calendar.png"))
    settings.close()

    pdf_png(forms.receipt_pdf(db, code, "a4"), out / "receipt-a4.png")
    pdf_png(forms.receipt_pdf(db, code, "80mm"), out / "receipt-80mm.png", dpi=150)

    # the life cycle: a dossier that went through supplement, routing, result and return
    from counter.services import intake, lifecycle
    from counter.services.book import book_pdf
    from counter.services.audit import Actor

    actor = Actor(2, "Nguyễn Thị Lan")
    second = forms_code = code
    clock.use(clock.FixedClock(datetime(2026, 11, 23, 10, 30)))
    lifecycle.request_supplement(db, second, actor, [
        lifecycle.MissingItem("Bản chụp CCCD còn rõ nét", "Bản đã nộp bị mờ số định danh", photocopies=1)],
        reason="Hồ sơ chưa hợp lệ")
    clock.use(clock.FixedClock(datetime(2026, 11, 25, 8, 15)))
    lifecycle.complete_supplement(db, second, actor)
    lifecycle.set_route(db, second, actor, [
        lifecycle.Step("000.00.18.H49", "Phòng Hồ sơ nghiệp vụ", "Tra cứu, xác minh lý lịch", days=5),
        lifecycle.Step("000.00.15.H49", "Phòng Hành chính tư pháp", "Cấp Phiếu lý lịch tư pháp")])
    lifecycle.forward(db, second, actor, receiver="Trần Văn Bảo")
    clock.use(clock.FixedClock(datetime(2026, 12, 3, 9, 30)))
    lifecycle.record_result(db, second, actor, giver="Trần Văn Bảo", note="Phiếu lý lịch tư pháp số 1234/LLTP")
    window.bus.dossiers_changed.emit()
    dialog = window.open_dossier(second)
    dialog.resize(1180, 760)
    app.processEvents()
    dialog.grab().save(str(out / "dossier-lifecycle.png"))
    dialog.close()
    window.tabs.setCurrentWidget(window.queues)
    window.queues.refresh()
    window.queues.list.setCurrentRow(2)
    app.processEvents()
    window.grab().save(str(out / "queues.png"))

    forms_dir = out / "forms"
    forms_dir.mkdir(exist_ok=True)
    for kind in ("supplement", "transfer", "control"):
        pdf_png(forms.form_pdf(db, kind, forms_code), forms_dir / f"{kind}.png", dpi=80)
    clock.use(clock.FixedClock(datetime(2026, 12, 3, 10, 0)))
    lifecycle.return_result(db, second, actor, collector="applicant", id_number="080190001234")
    pdf_png(forms.form_pdf(db, "return", second), forms_dir / "return.png", dpi=80)
    other = intake.receive(db, _draft(db), actor).code
    lifecycle.forward(db, other, actor)
    lifecycle.extend(db, other, actor, datetime(2026, 12, 21, 16, 0), "Chờ kết quả xác minh từ cơ quan khác")
    pdf_png(forms.form_pdf(db, "extension", other), forms_dir / "extension.png", dpi=80)
    third = intake.receive(db, _draft(db), actor).code
    lifecycle.refuse(db, third, actor, "Người yêu cầu không thuộc đối tượng được cấp")
    pdf_png(forms.form_pdf(db, "refusal", third), forms_dir / "refusal.png", dpi=80)
    fourth = intake.receive(db, _draft(db), actor).code
    lifecycle.withdraw(db, fourth, actor, "Công dân có đơn xin rút hồ sơ")
    pdf_png(forms.form_pdf(db, "stop", fourth), forms_dir / "stop.png", dpi=80)
    batch = [intake.receive(db, _draft(db), actor).code for _ in range(3)]
    number = lifecycle.handover_batch(db, batch, actor, to_party="Công an tỉnh Tây Ninh", receiver="Đỗ Thị Hạnh")
    pdf_png(forms.handover_list_pdf(db, number), forms_dir / "handover-list.png", dpi=80)
    pdf_png(book_pdf(db, datetime(2026, 11, 23).date(), datetime(2026, 12, 3).date()), forms_dir / "book.png", dpi=80)

    # sync: a live reference hub, one record the province refuses
    from conftest import RunningHub
    from sqlalchemy import select, text

    from counter.store.models import Office, OutboxEvent
    from counter.sync.engine import SyncConfig, sync_once
    from counter.ui.sync_status import AttentionDialog

    hub = RunningHub(Path(_tmp) / "hub.sqlite3")
    try:
        with db.write() as session:
            office = session.get(Office, 1)
            office.settings = {**(office.settings or {}), "sync_url": hub.url, "sync_token": hub.token}
            legacy = session.scalar(select(OutboxEvent).where(OutboxEvent.dossier_code == third))
            legacy.payload = {**legacy.payload, "SoDienThoai": "0272.38"}
            session.execute(text("UPDATE dossier SET phone = '0272.38' WHERE code = :c"), {"c": third})
        sync_once(db, SyncConfig(hub.url, hub.token))
        intake.receive(db, _draft(db), actor)  # one more, waiting
        window.sync_status.allowed = False  # a still picture: no worker
        from counter.sync.worker import read_state

        window.sync_status.show_state(read_state(db, configured=True, online=True))
        window.tabs.setCurrentIndex(1)
        window.bus.dossiers_changed.disconnect(window.sync_status.wake)
        window.bus.dossiers_changed.emit()
        app.processEvents()
        window.grab().save(str(out / "sync-status.png"))
        attention = AttentionDialog(db, window.sync_status)
        attention.show()
        app.processEvents()
        attention.grab().save(str(out / "sync-attention.png"))
        attention.close()

        # post: two results going home, one handed to the postman and on its way
        from counter.services import postal
        from counter.sync import postal as postal_client
        from counter.sync.hub.postal import track
        from helpers import postal_draft

        with db.write() as session:
            office = session.get(Office, 1)
            office.settings = {**office.settings, "postal_url": hub.url, "postal_key": hub.postal_key}
        parcels = []
        for name in ("Trần Thị Bích Ngọc", "Lê Văn Tám", "Phạm Minh Châu"):
            code = intake.receive(db, postal_draft(db, name=name), actor).code
            lifecycle.forward(db, code, actor)
            lifecycle.record_result(db, code, actor)
            parcels.append(code)
        config = postal_client.postal_config(db)
        postal_client.postal_once(db, config)
        first = postal.queue(db, "hand_over")[0]
        batch = postal.handover_to_postman(db, [first.id], actor, postman="Lê Văn Bưu")
        track(hub.hub(), first.number, "collected")
        track(hub.hub(), first.number, "in_transit", "Đến bưu cục Tân Trụ")
        postal_client.postal_once(db, config)
        window.tabs.setCurrentWidget(window.postal)
        window.postal.refresh()
        app.processEvents()
        window.grab().save(str(out / "postal-queue.png"))
        pdf_png(postal.label_pdf(db, parcels[1]), forms_dir / "postal-label.png", dpi=110)
        pdf_png(postal.handover_list_pdf(db, batch), forms_dir / "postal-handover.png", dpi=80)
    finally:
        hub.stop()
    # signing in
    from counter.services import accounts as acc
    from counter.ui.signin import SignInDialog

    if acc.needs_first_admin(db):
        acc.create_first_admin(db, "quantri", "Quản trị hệ thống", "mat-khau-quan-tri")
    sign_in = SignInDialog(db, "UBND xã Tân Trụ")
    sign_in.username.setText("lan.nt")
    sign_in.show()
    app.processEvents()
    sign_in.grab().save(str(out / "sign-in.png"))
    sign_in.close()

    # two counters on one database: a step from an outdated view is refused, nothing written
    from counter.services.dossiers import as_seen
    from counter.ui.actions import reason_dialog

    race = intake.receive(db, _draft(db), actor).code
    with db.read() as session:
        from counter.services.dossiers import get_dossier

        seen_version = get_dossier(session, race).version
    lifecycle.forward(db, race, actor, receiver="Lê Văn Tám")  # at another counter
    step = reason_dialog(None, "Từ chối giải quyết hồ sơ (mẫu 03)", "Lý do từ chối *", "Từ chối",
                         lambda r: lifecycle.refuse(db, race, actor, r))
    step.reason.setPlainText("Không đủ điều kiện")
    step.show()
    with as_seen(race, seen_version):
        step._ok()
    app.processEvents()
    step.grab().save(str(out / "dossier-changed-meanwhile.png"))
    step.close()

    # the supervisors' dashboard over the demo data
    from PySide6.QtCore import QDate

    board = window.dashboard
    board.start.setDate(QDate(2026, 11, 1))
    board.end.setDate(QDate(2026, 12, 3))
    board.refresh()
    window.tabs.setCurrentWidget(board)
    window.resize(1500, 1000)
    app.processEvents()
    window.grab().save(str(out / "dashboard.png"))
    from counter.services import reports

    pdf_png(reports.report_pdf(db, board.current_filter()), forms_dir / "report.png", dpi=70)
    window.close()
    signing_shots(app, out)
    db.close()
    print(f"screenshots written to {out}/")
    return 0


def online_shots(app, out: Path) -> None:
    """The online queue, one dossier under review, and one with a file that is not what it says."""
    from counter.services import online
    from counter.services.attachments import store_bytes
    from counter.services.audit import SYSTEM
    from counter.services import slots
    from counter.store.models import OnlineDossier, OnlineFile
    from counter.services.online_demo import declaration_pdf, id_card_png
    from counter.ui.main_window import MainWindow
    from counter.ui.online import ReviewDialog

    clock.use(clock.FixedClock(datetime(2026, 11, 23, 9, 40)))
    db = open_database(str(Path(_tmp) / "online-shots.sqlite3"), lock=True)
    ensure_initialised(db)
    slots.choose(db, 1, SYSTEM, confirmed=True)
    generate(db, 60, seed=3)
    codes = online.demo_waiting(db)
    bad = [("To-khai.pdf", "application/pdf", id_card_png("Đỗ Thanh Tâm", "080193002211", "05/05/1993")),
           ("Giay-xac-nhan.pdf", "application/pdf", declaration_pdf("Giấy xác nhận", "Đỗ Thanh Tâm", ["Nội dung"]))]
    with db.write() as session:
        office = online.get_office(session)
        at = datetime(2026, 11, 23, 8, 10)
        row = OnlineDossier(code="DVC-261123-90011", procedure_code="1.004873",
                            procedure_name="Thủ tục cấp Giấy xác nhận tình trạng hôn nhân",
                            applicant={"HoTen": "Đỗ Thanh Tâm", "SoGiayTo": "080193002211", "NgaySinh": "05/05/1993",
                                       "SoDienThoai": "0903112233", "Email": "", "DiaChi": "Ấp Bình Lợi, xã Tân Trụ"},
                            submitted_at=at, deadline_at=online.deadline(office, at, 8), check_hours=8, round=1,
                            state="waiting", taken_by="", outcome={}, dossier_code="", notice="", rev=0, received_at=at,
                            paid_online=False)
        for name, mime, data in bad:
            sha, size, _ = store_bytes(db, data)
            real, problem = online.check_file(data, mime)
            row.files.append(OnlineFile(round=1, name=name, declared_mime=mime, mime=real, size=size, sha256=sha,
                                        kind="online", fetched=True, problem=problem))
        session.add(row)
    window = MainWindow(db, sync=False)
    window.show()
    window.resize(1366, 705)  # the office's screen: 1366×768, about 1366×705 usable
    window.tabs.setCurrentWidget(window.online)
    window.online.refresh()
    app.processEvents()
    window.grab().save(str(out / "online-queue.png"))
    dialog = ReviewDialog(db, window.current_actor(), codes[0], window)
    dialog.resize(1366, 705)
    dialog.show()
    for i in range(min(2, dialog.checklist.count())):
        dialog.checklist.item(i).setCheckState(Qt.CheckState.Checked)
    app.processEvents()
    dialog.grab().save(str(out / "online-review.png"))
    dialog.close()
    dialog = ReviewDialog(db, window.current_actor(), "DVC-261123-90011", window)
    dialog.resize(1366, 705)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(out / "online-bad-file.png"))
    dialog.close()
    window.close()
    db.close()
    print(f"online screenshots written to {out}/")


def signing_shots(app, out: Path) -> None:
    """Signed copies at 1366×768: every signature state in one dossier, a signed scan in the viewer,
    the PIN dialog, the settings tab and the queue of unsigned scans. A test CA (tests/pki.py) with
    its OCSP responder, and the reference hub's test TSA, run on 127.0.0.1 meanwhile."""
    import io
    from datetime import timedelta, timezone

    from PIL import Image, ImageDraw, ImageFont

    from conftest import RunningHub
    from counter import paths
    from counter.services import attachments, intake, signing
    from counter.services.audit import Actor
    from counter.signing import machine, pades
    from counter.signing.keys import open_pkcs12
    from counter.ui.signing import PinDialog, SignedViewer
    from pki import PIN, CAServer, validity

    from counter.ui.main_window import MainWindow

    real = datetime.now(clock.OFFICE_TZ).replace(tzinfo=None, microsecond=0)
    clock.use(clock.FixedClock(real - timedelta(hours=2)))
    db = open_database(str(Path(_tmp) / "signing.sqlite3"), lock=True)  # its own office, at today's time
    ensure_initialised(db)
    from counter.services import slots
    from counter.services.audit import SYSTEM

    slots.choose(db, 1, SYSTEM, confirmed=True)
    window = MainWindow(db)
    window.resize(1366, 705)
    window.show()
    actor = Actor(2, "Nguyễn Thị Lan")
    server = CAServer()
    hub = RunningHub(Path(_tmp) / "hub-signing.sqlite3")
    try:
        lan = server.issue("Nguyễn Thị Lan", **validity())
        bao = server.issue("Trần Văn Bảo", **validity())
        utc = datetime.now(timezone.utc)
        old = server.issue("Lê Văn Cũ", not_before=utc - timedelta(days=300), not_after=utc - timedelta(hours=1))
        lost = server.issue("Phạm Thị Mất", **validity())
        server.ca.revoke(lost, utc - timedelta(days=1))
        folder = Path(_tmp) / "Chữ ký số"
        folder.mkdir(exist_ok=True)
        files = {k: server.ca.p12(o, folder / f"{k}.p12") for k, o in
                 (("lan", lan), ("bao", bao), ("old", old), ("lost", lost))}
        signing.add_trust_roots(db, actor, server.ca.pem)
        import requests

        signing.add_trust_roots(db, actor, requests.get(f"{hub.url}/api/v1/tsa/root.pem", timeout=5).content)
        signing.save_office_settings(db, actor, tsa_url=f"{hub.url}/api/v1/tsa", grace_hours=0, sign_on_attach=True)
        machine.save(key_source="pkcs12", pkcs12_path=str(files["lan"]))
        code = intake.receive(db, _draft(db), actor).code
        font = ImageFont.truetype(str(paths.resource("fonts", "DejaVuSans.ttf")), 28)

        def page(title: str, shade: int = 252) -> bytes:
            image = Image.new("L", (1240, 1754), shade)  # A4 at 150 dpi, as a scanner makes it
            draw = ImageDraw.Draw(image)
            draw.text((120, 140), title, font=font, fill=20)
            for y in range(260, 1500, 60):
                draw.line((120, y, 1120, y), fill=170, width=3)
            out_ = io.BytesIO()
            image.save(out_, "PNG", dpi=(150, 150))
            return out_.getvalue()

        def add(name: str, title: str, position: int | None) -> int:
            path = Path(_tmp) / name
            path.write_bytes(page(title))
            return attachments.attach(db, code, actor, path, document_position=position).id

        def sign(which: str, ids: list[int]) -> None:
            key = open_pkcs12(files[which], PIN)
            signing.sign_attachments(db, code, actor, key, ids=ids)

        form = add("to-khai.png", "TỜ KHAI YÊU CẦU CẤP PHIẾU LÝ LỊCH TƯ PHÁP", 0)
        sign("lan", [form])
        clock.use(clock.FixedClock(real))
        signing.upgrade_pending(db)  # online: the hub's test TSA, B-LT
        clock.use(clock.FixedClock(real - timedelta(hours=2)))
        id_card = add("cccd.png", "BẢN CHỤP CĂN CƯỚC CÔNG DÂN", 1)
        sign("lan", [id_card])
        expired = add("giay-uy-quyen.png", "GIẤY ỦY QUYỀN", None)
        sign("old", [expired])
        revoked = add("so-ho-khau.png", "XÁC NHẬN THÔNG TIN CƯ TRÚ", None)
        sign("lost", [revoked])
        with db.write() as session:  # this one waits for its timestamp (offline)
            from counter.store.models import SignatureJob

            session.query(SignatureJob).filter(SignatureJob.state == "pending").update({"state": "attention"})
        birth = add("giay-khai-sinh.png", "GIẤY KHAI SINH (BẢN SAO)", None)
        sign("lan", [birth])
        from helpers import paint_over
        from counter.store.models import Attachment

        with db.read() as session:  # someone edits the signed copy on disk afterwards
            stored = attachments.stored_path(db, session.get(Attachment, birth).signed_sha256)
        stored.write_bytes(paint_over(stored.read_bytes()))
        add("anh-the.png", "ẢNH 4x6", None)  # not signed yet
        result = pades.sign_pdf(_scan_pdf(page),
                                open_pkcs12(files["bao"], PIN), pades.Stamp(code, clock.aware(clock.now())))
        broken = bytearray(result)
        broken[bytes(broken).index(b"stream") + 200] ^= 0x01
        with db.write() as session:
            from counter.services.dossiers import get_dossier

            signing.store_result_file(session, db, get_dossier(session, code), "phieu-ly-lich-tu-phap.pdf",
                                      bytes(broken), clock.now())
        clock.use(clock.FixedClock(real))
        signing.verify_dossier(db, code, online=True)
        window.bus.dossiers_changed.emit()
        dialog = window.open_dossier(code)
        dialog.resize(1366, 705)
        dialog.scans.setCurrentRow(0)
        app.processEvents()
        dialog.grab().save(str(out / "signature-states.png"))
        check = signing.verify_attachment(db, form)
        with db.read() as session:
            from counter.store.models import Attachment

            data = signing.signed_bytes(db, session.get(Attachment, form).signed_sha256)
        viewer = SignedViewer("to-khai.png", data, check, dialog)
        viewer.resize(1000, 705)
        viewer.show()
        app.processEvents()
        viewer.show_signature_block()
        app.processEvents()
        viewer.grab().save(str(out / "signed-scan.png"))
        viewer.close()
        pin = PinDialog(db, dialog)
        pin.pin.setText("sai")
        pin.unlock()
        pin.show()
        app.processEvents()
        pin.grab().save(str(out / "signing-pin.png"))
        pin.close()
        dialog.close()
        settings = SettingsDialog_(db, window)
        settings.tabs.setCurrentIndex(settings.tabs.count() - 1)
        settings.show()
        app.processEvents()
        settings.grab().save(str(out / "settings-signing.png"))
        settings.close()
        window.tabs.setCurrentWidget(window.queues)
        window.queues.refresh()
        window.queues.list.setCurrentRow(5)
        app.processEvents()
        window.grab().save(str(out / "queue-unsigned.png"))
    finally:
        hub.stop()
        server.close()
        window.close()
        db.close()


def _scan_pdf(page) -> bytes:
    import img2pdf

    return img2pdf.convert([page("PHIẾU LÝ LỊCH TƯ PHÁP SỐ 1234/LLTP")])


def SettingsDialog_(db, window):  # noqa: N802
    from counter.ui.settings import SettingsDialog

    return SettingsDialog(db, window.current_actor, window.bus, window)


if __name__ == "__main__":
    raise SystemExit(main())

"""The online queue and the review window, driven as an officer does (pytest-qt), against the real
hub: the queue sorted and coloured by the time left, the files in the viewer with page and zoom,
the checklist, and the three outcomes through their dialogs."""

from datetime import datetime

from PySide6.QtCore import Qt
from sqlalchemy import select

from counter import clock
from counter.store.models import Dossier
from counter.sync.engine import sync_once
from counter.sync.hub import online as hub_online
from counter.services.online_demo import demo_submission, id_card_png
from counter.ui.online import OnlinePage, NotCompetentDialog, SupplementDialog
from qt_helpers import type_text, when_modal
from test_fit_1366 import fits

AGENCY = "000.01.34.H49"


def seed(hub, db, sync_config, times=("2026-11-23T08:00:00+07:00", "2026-11-19T10:00:00+07:00",
                                       "2026-11-23T08:30:00+07:00")):
    codes = []
    for i, at in enumerate(times):
        made = demo_submission(AGENCY, i, datetime.fromisoformat(at))
        made["body"]["ThoiDiemNop"] = at
        codes.append(hub_online.submit(hub.hub(), made["body"], made["files"])["MaHoSoTrucTuyen"])
    assert sync_once(db, sync_config).ok
    return codes


def page(qtbot, db, officer, sync_config):
    p = OnlinePage(db, officer, None, client_factory=sync_config.client)
    qtbot.addWidget(p)
    p.resize(1366, 705)
    return p


def test_queue_sorted_and_coloured_then_accept_from_the_viewer(qtbot, db, hub, sync_config, officer):
    late, *_ = codes = seed(hub, db, sync_config)
    p = page(qtbot, db, officer, sync_config)
    assert "Hồ sơ trực tuyến chờ tiếp nhận: 3 hồ sơ, 1 quá hạn" in p.title.text()
    order = [p.table.item(i, 1).text() for i in range(p.table.rowCount())]
    assert order == [codes[1], codes[0], codes[2]]  # the least time left first
    assert p.table.item(0, 0).text().startswith("Quá hạn") and p.rows[0].urgency == "red"
    assert p.rows[1].urgency == "green" and p.table.item(1, 0).background().color().name() == "#e3f2e5"
    p.table.selectRow(1)
    dialog = p.open_selected()
    qtbot.addWidget(dialog)
    fits(dialog, "online dossier under review")
    texts = [dialog.info.itemAt(i, dialog.info.ItemRole.FieldRole).widget().text() for i in range(dialog.info.rowCount())]
    assert "Trần Thị Mỹ Linh" in texts and "080192004512" in texts
    assert dialog.files.count() == 3 and dialog.view.pixmap() is not None and not dialog.view.pixmap().isNull()
    first_width = dialog.view.pixmap().width()
    dialog.zoom.setCurrentIndex(dialog.zoom.findData(150))
    assert dialog.view.pixmap().width() > first_width * 1.8
    dialog.files.setCurrentRow(2)  # the two-page PDF
    assert dialog.page.maximum() == 2
    dialog.page.setValue(2)
    assert not dialog.view.pixmap().isNull()
    dialog.files.setCurrentRow(1)  # the photo of the identity card
    assert not dialog.view.pixmap().isNull()
    assert dialog.checklist.count() > 0
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert "còn thiếu" in dialog.notice.text()  # nothing ticked yet
    for i in range(dialog.checklist.count()):
        dialog.checklist.item(i).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(dialog.accept_button, Qt.MouseButton.LeftButton)
    assert "đã được tiếp nhận với mã" in p.message.text()
    from counter.services import online
    from counter.ui.actions import ReturnDialog

    with db.read() as session:
        d = session.scalar(select(Dossier).where(Dossier.channel == 2))
        originals = online.paper_originals(d)
    assert originals and all("bản chính" in o for o in originals)
    # at the result's hand-out, the dialog says a paper original is needed
    handout = ReturnDialog(d.applicant_name, lambda *a: None, p, originals=originals)
    qtbot.addWidget(handout)
    assert "phải xuất trình bản chính" in handout.paper_note.text()
    assert p.table.rowCount() == 2
    assert sync_once(db, sync_config).ok
    assert [n["kind"] for n in hub_online.notifications(hub.hub())] == ["accept"]


def test_supplement_and_return_dialogs(qtbot, db, hub, sync_config, officer):
    codes = seed(hub, db, sync_config)
    p = page(qtbot, db, officer, sync_config)
    p.table.selectRow(0)
    dialog = p.open_selected()
    qtbot.addWidget(dialog)

    def fill(box):
        fits(box, "online supplement request")
        assert box.items()  # the unticked required documents are suggested
        box.text.setPlainText("")
        box._check()
        assert "ít nhất một" in box.error.text()
        type_text(box.text, "Ảnh Giấy chứng sinh rõ nét")
        box._check()

    when_modal(fill, SupplementDialog)
    box = dialog.do_supplement()
    qtbot.waitUntil(lambda: not box.isVisible())
    qtbot.waitUntil(lambda: "yêu cầu bổ sung" in p.message.text())
    p.table.selectRow(0)
    dialog = p.open_selected()
    qtbot.addWidget(dialog)

    def name(box):
        fits(box, "online return as not competent")
        box._check()
        assert "cơ quan có thẩm quyền" in box.error.text()
        type_text(box.agency, "Sở Tư pháp tỉnh Tây Ninh")
        box._check()

    when_modal(name, NotCompetentDialog)
    box = dialog.do_return()
    qtbot.waitUntil(lambda: not box.isVisible())
    assert sync_once(db, sync_config).ok
    notes = hub_online.notifications(hub.hub())
    assert [n["kind"] for n in notes] == ["supplement", "return"]
    assert "Ảnh Giấy chứng sinh rõ nét" in notes[0]["text"] and "Sở Tư pháp tỉnh Tây Ninh" in notes[1]["text"]
    assert p.table.rowCount() == 1 and codes


def test_a_bad_file_is_shown_as_such_and_accept_is_refused(office_clock, qtbot, db, hub, sync_config, officer):
    hub_online.submit(hub.hub(), {"MaCoQuan": AGENCY, "MaTTHC": "1.001193", "ChuHoSo": {"HoTen": "Võ Minh Khang"},
                                  "ThoiDiemNop": "2026-11-23T08:00:00+07:00"},
                      [("To-khai.pdf", "application/pdf", id_card_png("A", "1", "1")),
                       ("Hong.pdf", "application/pdf", b"%PDF-1.7\ngarbage")])
    assert sync_once(db, sync_config).ok
    office_clock.set(datetime(2026, 11, 23, 9, 0))
    p = page(qtbot, db, officer, sync_config)
    dialog = p.open_selected()
    qtbot.addWidget(dialog)
    assert "khai là PDF nhưng nội dung là PNG" in dialog.notice.text() and "PDF hỏng" in dialog.notice.text()
    assert not dialog.accept_button.isEnabled() and dialog.supplement_button.isEnabled()
    assert "Không hiển thị tệp" in dialog.view.text()
    assert dialog.files.item(0).text().startswith("⚠")


def test_the_main_window_has_the_online_tab(qtbot, db, hub, sync_config):
    from counter.ui.main_window import MainWindow

    seed(hub, db, sync_config, times=("2026-11-23T08:00:00+07:00",))
    window = MainWindow(db, sync=False)
    qtbot.addWidget(window)
    index = window.tabs.indexOf(window.online)
    assert window.tabs.tabText(index).endswith("· 1")


def test_a_hanging_province_never_freezes_the_review_window(qtbot, threaded_ops, db, hub, sync_config, officer):
    """The claim and the files go over the network on a worker thread: while the province's server
    accepts and never answers, the window keeps answering, and when it gives up the officer is told."""
    from PySide6.QtCore import QTimer

    from counter.sync.engine import SyncConfig
    from counter.ui.online import ReviewDialog
    from test_responsive import HangingServer

    code = seed(hub, db, sync_config, times=("2026-11-23T08:00:00+07:00",))[0]
    hanging = HangingServer()
    try:
        slow = SyncConfig(hanging.url, "khoa-thu", timeout=(2.0, 3.0))
        dialog = ReviewDialog(db, officer, code, client_factory=slow.client)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: bool(hanging.connections), timeout=5000)
        assert threaded_ops.is_running(f"online.open.{code}")
        assert dialog.notice.text() == dialog.opening and not dialog.accept_button.isEnabled()
        ticks = []
        QTimer.singleShot(0, lambda: ticks.append(True))
        qtbot.waitUntil(lambda: bool(ticks), timeout=2000)  # the event loop runs while the call hangs
        assert "Trần Thị Mỹ Linh" in [dialog.info.itemAt(i, dialog.info.ItemRole.FieldRole).widget().text()
                                      for i in range(dialog.info.rowCount())]  # what is here shows at once
        qtbot.waitUntil(lambda: dialog.notice.text() != dialog.opening, timeout=15000)
        assert "Chưa tải được tệp" in dialog.notice.text()
        assert dialog.supplement_button.isEnabled()  # claimed here; the files can come later
    finally:
        hanging.close()

"""The dossier list (lazy model, filters, search) and the settings screen."""

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from counter.domain.status import Status
from counter.services.demo import generate
from counter.store.models import Agency, Dossier, Office, Officer
from counter.ui.bus import Bus
from counter.ui.dossier_list import PAGE
from counter.ui.main_window import MainWindow
from counter.ui.settings import SettingsDialog
from qt_helpers import press, type_text


@pytest.fixture
def window(qtbot, db):
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.show()
    return w


def test_list_fetches_lazily_and_filters(qtbot, db):
    generate(db, 1000, seed=3)
    w = MainWindow(db)
    qtbot.addWidget(w)
    page = w.list_page
    model = page.model
    assert model.total == 1000 and model.rowCount() == PAGE  # only the first ids are fetched
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 1000 and not model.canFetchMore()
    model.index(999, 0).data()
    assert model.cached_rows() <= model.CACHED_PAGES * PAGE
    assert page.count.text() == "1.000 hồ sơ"
    received = [r.received_at for r in model.rows]
    assert received == sorted(received, reverse=True)

    page.status.setCurrentIndex(page.status.findData(int(Status.RETURNED)))
    with db.read() as session:
        returned = session.scalar(select(func.count()).where(Dossier.status == Status.RETURNED))
    assert model.total == returned and all(r.status == Status.RETURNED for r in model.rows)

    page.status.setCurrentIndex(0)
    with db.read() as session:
        name, code = session.execute(select(Dossier.applicant_name, Dossier.code)
                                     .where(Dossier.applicant_kind == "person").limit(1)).one()
    from counter.domain.text import fold

    type_text(page.search, fold(name))  # without diacritics
    qtbot.waitUntil(lambda: code in [r.code for r in model.rows], timeout=3000)
    page.search.clear()
    type_text(page.search, code)
    press(page.search, Qt.Key.Key_Return)
    assert [r.code for r in model.rows] == [code]


def test_settings_edit_the_office_and_keep_bad_input(qtbot, db):
    officer = _actor(db)
    dialog = SettingsDialog(db, lambda: officer, Bus(), None)
    qtbot.addWidget(dialog)
    dialog.office_name.setText("UBND xã Nhựt Tảo")
    dialog.agency_code.setText("000.02.34.H49")
    dialog.hours[5].setText("07:30-11:30")  # Saturday mornings
    dialog.days_off.setPlainText("30/12/2026")
    dialog.save_office()
    with db.read() as session:
        office = session.get(Office, 1)
        assert office.name == "UBND xã Nhựt Tảo" and office.agency_code == "000.02.34.H49"
        assert office.calendar["office_hours"]["5"] == [["07:30", "11:30"]]
        assert office.calendar["days_off"] == ["2026-12-30"]
        assert session.get(Agency, "000.02.34.H49").name == "UBND xã Nhựt Tảo"

    dialog.agency_code.setText("H49")
    dialog.hours[0].setText("7h-11h")
    dialog.save_office()
    assert "QCVN 102:2016" in dialog.fields["agency_code"].message.text()
    assert "07:00-11:30" in dialog.fields["hours_0"].message.text()
    assert dialog.agency_code.text() == "H49"  # what was typed stays
    with db.read() as session:
        assert session.get(Office, 1).agency_code == "000.02.34.H49"  # nothing half-saved


def test_settings_add_an_officer(qtbot, db):
    officer = _actor(db)
    dialog = SettingsDialog(db, lambda: officer, Bus(), None)
    qtbot.addWidget(dialog)
    dialog._new_officer()
    dialog.o_username.setText("thu.ntm")
    type_text(dialog.o_full_name, "Ngô Thị Minh Thư")
    dialog.save_officer()
    with db.read() as session:
        assert session.scalar(select(Officer.full_name).where(Officer.username == "thu.ntm")) == "Ngô Thị Minh Thư"
    dialog._new_officer()
    dialog.o_username.setText("thu.ntm")
    dialog.o_full_name.setText("Người Khác")
    dialog.save_officer()
    assert "đã có người dùng" in dialog.fields["o_username"].message.text()


def test_settings_screen_changes_reach_the_intake_screen(qtbot, window, db):
    dialog = SettingsDialog(db, window.current_actor, window.bus, window)
    qtbot.addWidget(dialog)
    assert "Số quầy 1, do quản trị chọn" in dialog.slot_state.text()
    dialog.counter_no.setText("12")
    dialog.slot_confirm.setChecked(True)
    dialog.choose_slot()
    assert "từ 1 đến 9" in dialog.fields["counter_no"].message.text()
    dialog.counter_no.setText("2")
    dialog.slot_confirm.setChecked(False)
    dialog.choose_slot()
    assert "Xác nhận đã kiểm tra" in dialog.fields["counter_no"].message.text()
    dialog.slot_confirm.setChecked(True)
    dialog.choose_slot()
    assert "Quầy 2" in window.db_label.text() and "Số quầy 2" in dialog.slot_state.text()


def _actor(db):
    from counter.services.audit import Actor

    with db.read() as session:
        o = session.scalar(select(Officer).where(Officer.role == "admin"))
        return Actor(o.id, o.full_name, o.role)


def test_idle_lock_minutes_are_set_in_the_settings(qtbot, db):
    from counter.services.accounts import lock_minutes

    dialog = SettingsDialog(db, lambda: _actor(db), Bus(), None)
    qtbot.addWidget(dialog)
    assert dialog.lock_minutes.text() == "10"
    dialog.lock_minutes.setText("0")
    dialog.save_office()
    assert "1 đến 240 phút" in dialog.fields["lock_minutes"].message.text() and lock_minutes(db) == 10
    dialog.lock_minutes.setText("5")
    dialog.save_office()
    assert dialog.fields["lock_minutes"].message.text() == "" and lock_minutes(db) == 5


def test_settings_save_the_departments_of_an_agency(qtbot, db):
    """Through counter.ui.ops like every write of the dialog; the list keeps its place."""
    officer = _actor(db)
    dialog = SettingsDialog(db, lambda: officer, Bus(), None)
    qtbot.addWidget(dialog)
    assert dialog.agency_list.count() > 0
    dialog.agency_list.setCurrentRow(0)
    code = dialog.agency_list.currentItem().data(Qt.ItemDataRole.UserRole)
    dialog.departments.setPlainText("Phòng Tư pháp\nPhòng Tài nguyên và Môi trường")
    dialog.save_departments()
    assert "Đã lưu danh sách phòng ban." in dialog.status.text()
    assert dialog.agency_list.currentRow() == 0
    with db.read() as session:
        assert sorted(d.name for d in session.get(Agency, code).departments) == [
            "Phòng Tài nguyên và Môi trường", "Phòng Tư pháp"]

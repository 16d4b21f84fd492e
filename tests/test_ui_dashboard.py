"""The supervisors' dashboard: its numbers, and the dossiers behind each number."""

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, QPoint, Qt

from counter import clock
from counter.services import reports
from counter.services.demo import generate
from counter.ui.main_window import MainWindow


@pytest.fixture
def window(office_clock, qtbot, db):
    generate(db, 900, seed=8, days=40)
    office_clock.set(datetime(2026, 11, 23, 16, 0))
    w = MainWindow(db)
    qtbot.addWidget(w)
    w.resize(1400, 900)
    w.show()
    board = w.dashboard
    board.start.setDate(QDate(2026, 11, 1))
    board.end.setDate(QDate(2026, 11, 23))
    board.refresh()
    w.tabs.setCurrentWidget(board)
    yield w
    w.sync_status.stop()


def test_numbers_and_the_dossiers_behind_them(qtbot, window, db):
    board = window.dashboard
    s = reports.summary(db, reports.ReportFilter(date(2026, 11, 1), date(2026, 11, 23)))
    assert board.tile_buttons["received"].text().startswith(f"{s.totals['received']:,}".replace(",", "."))
    assert board.tile_buttons["overdue"].text().startswith(str(s.overdue_count))
    assert board.indicators.rowCount() == 7 and "÷" in board.indicators.item(0, 3).text()  # with the two online ones

    board.tile_buttons["overdue"].click()
    assert window.tabs.currentWidget() is window.list_page
    assert window.list_page.model.total == s.overdue_count > 0
    assert "Đang quá hạn" in window.list_page.external.text()

    window.tabs.setCurrentWidget(board)
    table = board.dimension_tables["procedure"]
    top = s.by["procedure"][0]
    assert table.item(0, 0).text() == top.label
    table.cellDoubleClicked.emit(0, 1)
    assert window.list_page.model.total == top.values["received"]

    window.tabs.setCurrentWidget(board)
    board.time_bar.clicked.emit("late")
    assert window.list_page.model.total == s.totals["late"]

    window.tabs.setCurrentWidget(board)
    day, count = s.per_day[-1]
    board.per_day.clicked.emit(day)
    assert window.list_page.model.total == count
    window.list_page.clear_external.click()
    assert not window.list_page.external.isVisible()


def test_filters_and_exports(qtbot, window, db, tmp_path):
    board = window.dashboard
    top_agency = board.summary.by["agency"][0]
    board.agency.setCurrentIndex(board.agency.findData(top_agency.key))
    board.refresh()
    assert board.summary.totals["received"] == top_agency.values["received"]
    assert board.export("csv", str(tmp_path / "t.csv")).read_text(encoding="utf-8-sig").startswith("Thủ tục,")
    assert board.export("xlsx", str(tmp_path / "t.xlsx")).stat().st_size > 3000
    assert board.export("pdf", str(tmp_path / "t.pdf")).read_bytes().startswith(b"%PDF")
    board.preset.setCurrentIndex(0)  # today
    assert board.start.date().toPython() == date(2026, 11, 23)


def test_every_status_of_the_share_legend_is_in_view(qtbot):
    """Ten statuses make five legend rows: the chart asks for the height they need (the dashboard
    scrolls), so no status is cut off at the bottom."""
    from PySide6.QtGui import QColor

    from counter.ui.charts import ShareBar

    bar = ShareBar("Trạng thái")
    qtbot.addWidget(bar)
    bar.set_items([(i, f"Trạng thái {i}", i, QColor("blue")) for i in range(1, 11)])
    bar.resize(500, bar.minimumHeight())
    bar.grab()  # paints, recording where each legend entry is
    legend = [rect for rect, _ in bar._hits[10:]]
    assert len(legend) == 10 and max(r.bottom() for r in legend) <= bar.height()
    bar.set_items([(1, "Trước hạn", 5, QColor("green"))])
    assert bar.minimumHeight() == 120

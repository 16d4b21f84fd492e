"""The print preview of every printable document, opened through the window's own preview
actions, in a process of its own (a segmentation fault — the old preview's way of failing —
then fails the test instead of killing the suite). Run by tests/test_print_preview.py:

    python tests/preview_worker.py DB_URL DOCUMENTS_JSON

DOCUMENTS_JSON lists what the test prepared: {"receipt": CODE, "forms": {KIND: CODE, …},
"handover": NUMBER, "postal_label": NUMBER, "postal_handover": NUMBER, "book": [FROM, TO],
"report": DAY, "deleted": CODE}. Each preview is opened modally, paged through (every page
painted) and closed; one JSON line per document tells its title, pages and window size.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def main(argv: list[str]) -> int:
    url, documents = argv[0], json.loads(argv[1])
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from counter.services import forms, postal, reports
    from counter.services.book import book_pdf
    from counter.store.db import open_database
    from counter.ui import printing
    from counter.ui.app import create_app
    from counter.ui.main_window import MainWindow

    app = create_app()
    from counter.ui import ops

    ops.set_inline(True)  # each preview opens within its action (the suite's synchronous ops)
    db = open_database(url, migrate_schema=False)
    window = MainWindow(db, sync=False)
    window.show()
    results = []

    def drive(label: str) -> None:
        """Runs inside the modal preview's event loop: page through, then close."""
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QMessageBox):  # the document could not be made: what the officer reads
            results.append({"label": label, "message": dialog.text(), "title": dialog.windowTitle()})
            dialog.accept()
            return
        preview = dialog.preview_widget()
        pages = preview.pageCount()
        for page in range(1, pages + 1):
            preview.setCurrentPage(page)
            app.processEvents()
            preview.grab()  # paint it: this is where the freed printer used to be touched
        frame = dialog.frameGeometry()
        results.append({"label": label, "title": dialog.windowTitle(), "pages": pages,
                        "size": [dialog.width(), dialog.height()], "frame": [frame.width(), frame.height()],
                        "screen": [dialog.screen().availableGeometry().width(),
                                   dialog.screen().availableGeometry().height()]})
        dialog.close()

    def open_preview(label: str, action) -> None:
        QTimer.singleShot(300, lambda: drive(label))
        action()
        app.processEvents()

    page = window.intake
    page.last_code, page.last_kind = documents["receipt"], "receipt"
    open_preview("receipt-a4", lambda: page.preview_receipt("a4"))
    open_preview("receipt-80mm", lambda: page.preview_receipt("80mm"))
    for kind, code in documents["forms"].items():
        dialog = window.open_dossier(code)
        open_preview(f"form-{kind}", lambda d=dialog, k=kind: d.preview_form(k))
        dialog.close()

    def document(label: str, title: str, render) -> None:
        def show() -> None:
            preview = printing.preview_document(window, title, render)
            if preview is not None:
                preview.exec()

        open_preview(label, show)

    start, end = (date.fromisoformat(d) for d in documents["book"])
    document("book", "Sổ theo dõi hồ sơ", lambda: book_pdf(db, start, end))
    document("handover", "Danh sách bàn giao", lambda: forms.handover_list_pdf(db, documents["handover"]))
    document("postal-label", "Nhãn bưu gửi", lambda: postal.label_pdf(db, documents["postal_label"]))
    document("postal-handover", "Danh sách bàn giao bưu gửi",
             lambda: postal.handover_list_pdf(db, documents["postal_handover"]))
    day = date.fromisoformat(documents["report"])
    document("report-daily", "Báo cáo ngày", lambda: reports.report_pdf(db, reports.ReportFilter(day, day), daily=True))

    # a dossier that disappeared after its window was opened (restored from an older backup)
    deleted = window.open_dossier(documents["deleted"])
    print(json.dumps({"ready_to_delete": documents["deleted"]}), flush=True)
    sys.stdin.readline()  # the test removes it now
    open_preview("deleted", lambda: deleted.preview_form("receipt"))
    results.append({"label": "deleted-dialog-still-open", "visible": deleted.isVisible()})
    deleted.close()
    for result in results:
        print(json.dumps(result, ensure_ascii=False), flush=True)
    window.close()
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

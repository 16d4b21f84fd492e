"""Started by bench_million.py: open the main window on a big database, scroll the dossier list
from the first row to the last as a view would (fetchMore, then the visible rows), and print the
resident memory at the end."""

import resource
import sys

from counter.services.setup import ensure_initialised
from counter.store.db import open_database
from counter.ui.app import create_app, settle_memory


def main() -> None:
    app = create_app()
    from counter.ui.main_window import MainWindow

    db = open_database(sys.argv[1], lock=True)
    ensure_initialised(db)
    window = MainWindow(db, sync=False)
    window.show()
    settle_memory()
    page = window.list_page
    window.tabs.setCurrentWidget(page)
    model, view = page.model, page.table
    app.processEvents()
    while model.canFetchMore():
        model.fetchMore()
        last = model.rowCount() - 1
        view.scrollTo(model.index(last, 0))
        for row in range(max(0, last - 30), last + 1):  # what a screen of rows shows
            model.index(row, 0).data()
    app.processEvents()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"rows={model.rowCount()} cached={model.cached_rows()} rss_mb={rss:.1f}", flush=True)
    db.close()


main()

"""What the first print or the first big scan of the day would otherwise pay for, paid at start-up
off the GUI thread.

The first receipt printed in a session loads reportlab, registers five DejaVu faces (parsed in
Python, about 0.1 s) and loads PDFium; the first scan from the scanner's folder starts the scan
process (counter.services.scanjob). Done at the moment the officer clicks "Tiếp nhận", that work
held the window for 130–160 ms (bench/bench_gui_stall.py). Started with the window instead, it is
done while the officer signs in and looks at the screen; nothing waits for it, and a failure here
only means the first print pays as before (it is logged, never shown).
"""

from __future__ import annotations

import gc
import logging

from counter.ui.ops import Op

log = logging.getLogger(__name__)

KEY = "warmup"
PAUSE = 0.03  # seconds between two pieces of work


def _warm(db, start_scan_process: bool) -> None:
    try:
        _load(db, start_scan_process)
    except Exception as exc:  # the first print or scan then pays as before; never a crash
        log.info("warm-up: %s: %s", type(exc).__name__, exc)


def _load(db, start_scan_process: bool) -> None:
    from counter.documents import common  # lazy: importing reportlab and every form is the work itself
    from counter.services import forms  # lazy: as above, off the GUI thread
    from counter.ui import printing  # lazy: PDFium, as above

    common.register_fonts(pause=PAUSE)  # one face at a time, the window's thread running in between
    pdf = forms.newest_receipt(db)
    if pdf is not None:
        printing.render_pages(pdf, 36)  # loads PDFium and its fonts; the resolution does not matter
    if start_scan_process:
        from counter.services import scanjob  # lazy: multiprocessing is loaded only when scans come in

        scanjob.start()
    gc.freeze()  # what was loaded stays: out of the collector's sight, as at start-up (counter.ui.app)


_warmed: set[str] = set()  # what this process has loaded already: it stays loaded


def start(parent, db, *, scan_folder: bool) -> bool:
    """Warm up in the background, once per process; ``scan_folder``: the office watches a
    scanner's folder, so the scan process is started now too."""
    wanted = {"print"} | ({"scans"} if scan_folder else set())
    if wanted <= _warmed:
        return False
    _warmed.update(wanted)
    return Op(parent, lambda: _warm(db, scan_folder), key=KEY).run()

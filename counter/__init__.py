"""Counter — the one-stop counter desktop application.

The core (domain, store, services, documents, sync) imports without Qt; only ``counter.ui``
needs PySide6.
"""

import time as _time

__version__ = "0.1.0"

STARTED = _time.perf_counter()  # when Counter began to load (start-up time in the log)

"""Counter — the one-stop counter desktop application.

The core (domain, store, services, documents, sync) imports without Qt; only ``counter.ui``
needs PySide6.
"""

__version__ = "0.1.0"

"""The frozen app's entry point (both executables of the bundle: Counter, the window, and
counter-cli, the console commands). The same as the ``counter`` command."""

import multiprocessing
import sys

from counter.cli import main

if __name__ == "__main__":
    multiprocessing.freeze_support()  # a big scan is handled in a spawned process (counter.services.scanjob)
    sys.exit(main())

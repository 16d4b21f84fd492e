"""The frozen app's entry point (both executables of the bundle: Counter, the window, and
counter-cli, the console commands). The same as the ``counter`` command."""

import sys

from counter.cli import main

if __name__ == "__main__":
    sys.exit(main())

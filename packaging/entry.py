"""Entry point of the packaged app (packaging/siaga.spec): the ``siaga`` command, the desktop app without one."""

import sys

from siaga.cli import main

if __name__ == "__main__":
    sys.exit(main())

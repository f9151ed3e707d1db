"""The ``siaga`` command: everything the desktop app does, headless.

May import: anything. Each command loads the modules it needs only when it runs,
so that ``siaga --help`` and the app's start stay quick.
"""

from .main import main

__all__ = ["main"]

"""The desktop app (Qt): shows what the core computes and asks for what it needs. No logic of its own.

May import: anything below it; it calls the station's services (on the worker thread), never the store.
"""

# The Qt-free modules that the app needs before its first window load here, ahead of PySide6:
# once PySide6 is loaded, its import hook reads the source of every module imported after it.
from ..storage import keystore, preferences  # noqa: F401

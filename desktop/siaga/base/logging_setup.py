"""Where the program's log goes: stderr as always, and a rotating file in the platform's log folder.

The file is ``siaga.log`` in ``SIAGA_LOG_DIR`` or ``platformdirs.user_log_dir("siaga")``
(``~/.local/state/siaga/log`` on Linux, ``%LOCALAPPDATA%\\siaga\\Logs`` on Windows,
``~/Library/Logs/siaga`` on macOS), 1 MB a file with five older ones kept. It records
Siaga's own messages down to debug level (the trace of an unexpected failure is there,
not on the user's screen) and other libraries' warnings. stderr shows warnings, or
everything from info up with ``--verbose``.

A log folder that cannot be written never stops the program: one warning on stderr and
it carries on without the file. What is logged names ids, counts and states, never
passphrases, keys or report contents. Still, the folder is the owner's only (0700) and
so are the files (0600); an older folder or file open to others is made private, and
the log says so.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import platformdirs

from .fileio import private_file, private_folder

LOG_FILE = "siaga.log"
MAX_BYTES = 1024 * 1024
BACKUP_COUNT = 5
STDERR_FORMAT = "%(name)s: %(levelname)s: %(message)s"
FILE_FORMAT = "%(asctime)s %(process)d %(name)s: %(levelname)s: %(message)s"

# the file handler this module installed, replaced when configure() runs again
_file_handler: logging.Handler | None = None


def log_dir() -> Path:
    """``SIAGA_LOG_DIR``, or the platform's per-user log folder."""
    env = os.environ.get("SIAGA_LOG_DIR")
    return Path(env) if env else Path(platformdirs.user_log_dir("siaga", appauthor=False))


def _warn(text: str) -> None:
    if sys.stderr is not None:
        print(f"siaga: warning: {text}", file=sys.stderr)


class _LogFile(logging.FileHandler):
    """A log file of at most ``max_bytes``, the older ones kept as ``siaga.log.1`` (the newest) to ``.5``.

    It rotates as the standard library's ``RotatingFileHandler`` does; that module is not loaded (it
    brings the socket and pickle modules, about 5 ms before the app's first window). Once the file cannot
    be written (disk full, folder gone), it says so once and drops out. Each file it starts (the first,
    and the next at each rotation) is created 0600.
    """

    def __init__(self, path: Path, max_bytes: int, backup_count: int) -> None:
        super().__init__(path, mode="a", encoding="utf-8")
        self.max_bytes = max_bytes
        self.backup_count = backup_count

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full(record):
                self._rotate()
            super().emit(record)
        except Exception:  # noqa: BLE001 - as logging does: the handler says so (handleError), never the caller
            self.handleError(record)

    def _full(self, record: logging.LogRecord) -> bool:
        """Whether ``record`` would take the file past its size (a file still empty takes it anyway)."""
        if self.stream is None:
            self.stream = self._open()
        position = self.stream.tell()
        return bool(position) and position + len(self.format(record)) + 1 >= self.max_bytes

    def _rotate(self) -> None:
        """siaga.log.4 becomes .5 (the oldest goes), ..., siaga.log becomes .1, and a new siaga.log is started."""
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        base = self.baseFilename
        for n in range(self.backup_count - 1, 0, -1):
            if os.path.exists(f"{base}.{n}"):
                os.replace(f"{base}.{n}", f"{base}.{n + 1}")
        if self.backup_count:
            os.replace(base, f"{base}.1")
        self.stream = self._open()

    def _open(self):
        return open(self.baseFilename, self.mode, encoding=self.encoding, errors=self.errors,
                    opener=lambda path, flags: os.open(path, flags, 0o600))

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        global _file_handler
        logging.getLogger().removeHandler(self)
        if _file_handler is self:
            _file_handler = None
        _warn(f"the log file {self.baseFilename} cannot be written any more ({sys.exc_info()[1]}); "
              "carrying on without it")


def configure(verbose: bool = False) -> Path | None:
    """Send the log to stderr and to the log file; returns the file, or None when it cannot be written."""
    global _file_handler
    stderr_level = logging.INFO if verbose else logging.WARNING
    if sys.stderr is not None:  # a windowed program on Windows has no stderr
        console = logging.StreamHandler(sys.stderr)
        console.setLevel(stderr_level)
        logging.basicConfig(level=stderr_level, format=STDERR_FORMAT, handlers=[console])
    root = logging.getLogger()
    if _file_handler is not None:
        root.removeHandler(_file_handler)
        _file_handler.close()
        _file_handler = None
    folder = log_dir()
    try:
        opened = [f"the log folder {folder}"] if private_folder(folder) else []
        opened += [f"the log file {p}" for p in sorted(folder.glob(LOG_FILE + "*")) if private_file(p, create=False)]
        handler = _LogFile(folder / LOG_FILE, MAX_BYTES, BACKUP_COUNT)
    except OSError as exc:
        _warn(f"no log file in {folder} ({exc.strerror or exc}); carrying on without it")
        return None
    handler.setLevel(logging.DEBUG)
    handler.setFormatter(logging.Formatter(FILE_FORMAT))
    root.addHandler(handler)
    logging.getLogger("siaga").setLevel(logging.DEBUG)
    _file_handler = handler
    for what in opened:
        logging.getLogger("siaga.logging").info("%s was open to other users; it is now readable by its owner only",
                                                what)
    return Path(handler.baseFilename)

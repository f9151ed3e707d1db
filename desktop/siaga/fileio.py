"""Durable file writes (a crash leaves either the old file or the new one, never half), for the owner only.

Everything Siaga creates is readable by its owner only: folders 0700, files 0600. The
program sets the umask to 077 at start (:func:`private_files`), and the places that
create its files also give them these modes themselves (:func:`private_folder`,
:func:`private_file`), so a library, a test or another entry point that did not set
the umask gets the same result.
"""

from __future__ import annotations

import errno
import logging
import os
import stat
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from .errors import StorageError

log = logging.getLogger("siaga.files")

#: the umask Siaga runs under: no access at all for the group and others
PRIVATE_UMASK = 0o077
_private = 0  # how many private_files() blocks are open in this process


@contextmanager
def private_files() -> Iterator[None]:
    """Run the block with umask 077: every file and folder created in it is for the owner only.

    Explicit modes given to :func:`atomic_write` lose their group and other bits too, as
    a umask takes them from ``open``'s. The previous umask comes back afterwards.
    """
    global _private
    old = os.umask(PRIVATE_UMASK)
    _private += 1
    try:
        yield
    finally:
        _private -= 1
        os.umask(old)


def _tighten(path: Path) -> bool:
    """Take group and other access away from ``path`` if this user owns it; True if it had any."""
    if os.name != "posix":  # Windows keeps access in ACLs; a per-user folder is private already
        return False
    try:
        info = os.stat(path)
        if not info.st_mode & 0o077 or info.st_uid != os.geteuid():
            return False
        os.chmod(path, stat.S_IMODE(info.st_mode) & ~0o077)
    except FileNotFoundError:
        return False
    except OSError as exc:  # a read-only disk: reading it must still work
        log.warning("%s is open to other users and cannot be made private (%s)", path, exc.strerror or exc)
        return False
    return True


def private_folder(path: Path) -> bool:
    """Create the folder 0700 (with its parents), or make an existing one private; True if it was open.

    A folder this user does not own is left as it is (it may be shared on purpose).
    OSError if it cannot be created.
    """
    path = Path(path)
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return _tighten(path)


def private_file(path: Path, create: bool = True) -> bool:
    """Create an empty file 0600 if there is none (with ``create``), or make an existing one private.

    True if it was open to others. OSError if it cannot be created.
    """
    path = Path(path)
    if create:
        try:
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            return False
        except FileExistsError:
            pass
    return _tighten(path)


def explain_os_error(exc: OSError) -> str:
    """Why a file operation failed, in words."""
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        return "the folder cannot be written (read-only or no permission)"
    return exc.strerror or str(exc)


def explain_database_error(exc: Exception, path: Path) -> str:
    """Why a database operation failed, in words: a full disk or a read-only folder first, else SQLite's own."""
    folder = Path(path).parent
    try:
        stats = os.statvfs(folder)
    except OSError:
        stats = None
    name = getattr(exc, "sqlite_errorname", "")
    if name == "SQLITE_FULL" or (stats is not None and stats.f_bavail == 0):
        return "the disk is full"
    if name.startswith("SQLITE_READONLY") or (stats is not None and stats.f_flag & os.ST_RDONLY):
        return "the folder cannot be written (read-only or no permission)"
    return str(exc)


def atomic_write(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Write ``data`` to a temporary file beside ``path``, fsync it, then replace ``path``.

    The file gets ``mode``, less the group and other bits while :func:`private_files` is in force.
    """
    if _private:
        mode &= ~PRIVATE_UMASK
    path = Path(path)
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, mode)
        os.replace(tmp_name, path)
        tmp_name = None
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError as exc:
        raise StorageError(explain_os_error(exc), path=str(path)) from None
    finally:
        if tmp_name is not None:
            try:
                os.unlink(tmp_name)
            except OSError:
                pass


def read_bytes(path: Path) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise StorageError(explain_os_error(exc), path=str(path)) from None

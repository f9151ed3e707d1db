"""Durable file writes: a crash leaves either the old file or the new one, never half."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path

from .errors import StorageError


def _explain(exc: OSError) -> str:
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
    """Write ``data`` to a temporary file beside ``path``, fsync it, then replace ``path``."""
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
        raise StorageError(_explain(exc), path=str(path)) from None
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
        raise StorageError(_explain(exc), path=str(path)) from None

"""Locks between processes: one writer per journal, one team import at a time.

A lock is a small hidden file (0600) beside what it guards, locked by the operating system:
``fcntl.flock`` on Linux and macOS, ``msvcrt.locking`` on Windows. The lock goes with the
process: a process that is killed holds nothing, so no lock is ever left "stuck".
The holder removes the lock file when it is done: on Linux and macOS while still holding
it (a waiting process then finds it locked a file that is gone, and tries again); on
Windows after closing it, which fails, harmlessly, while another process has it open.
A lock file left by a killed process is empty, never listed, and reused.

Imported only by the commands that write: start-up never pays for it.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Iterator
from pathlib import Path

LOCK_MARK = ".lock"
_WINDOWS_RETRY = 0.05  # seconds between tries while waiting on Windows (no blocking call)


class Busy(Exception):
    """The lock is held by another process."""


def lock_path(path: Path) -> Path:
    """The lock file guarding ``path``: ``.<name>.lock`` in the same folder."""
    return path.with_name(f".{path.name}{LOCK_MARK}")


@contextlib.contextmanager
def held(path: Path, *, wait: bool) -> Iterator[None]:
    """Hold the lock guarding ``path`` for the ``with`` block.

    ``wait=False`` raises ``Busy`` at once if another process holds it; ``wait=True`` waits
    for it. An ``OSError`` opening the lock file propagates (the caller names the folder).
    """
    where = lock_path(path)
    flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOFOLLOW", 0)
    while True:
        fd = os.open(where, flags, 0o600)
        try:
            _lock(fd, wait)
        except BaseException:
            os.close(fd)
            raise
        if _still_there(fd, where):
            break
        os.close(fd)  # its holder removed it before we got it: lock the new one
    try:
        yield
    finally:
        _release(fd, where)


def _still_there(fd: int, where: Path) -> bool:
    """Whether the file locked through ``fd`` is still the one named ``where``."""
    if sys.platform == "win32":
        return True  # an open file cannot be removed on Windows
    try:
        named = os.stat(where)
    except FileNotFoundError:
        return False
    mine = os.fstat(fd)
    return (named.st_dev, named.st_ino) == (mine.st_dev, mine.st_ino)


def _release(fd: int, where: Path) -> None:
    if sys.platform == "win32":
        _unlock(fd)
        os.close(fd)
        with contextlib.suppress(OSError):  # another process has it open: it stays
            where.unlink()
        return
    with contextlib.suppress(OSError):
        where.unlink()  # while still holding it, so no one else can hold a removed one
    os.close(fd)  # closing releases the lock


if sys.platform == "win32":
    import msvcrt

    def _lock(fd: int, wait: bool) -> None:
        while True:
            try:
                os.lseek(fd, 0, os.SEEK_SET)
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
                return
            except OSError:
                if not wait:
                    raise Busy() from None
                time.sleep(_WINDOWS_RETRY)  # Windows has no blocking lock without a timeout

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int, wait: bool) -> None:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
        except BlockingIOError:
            raise Busy() from None

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)

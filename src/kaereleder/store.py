"""The journal folder: the only module that writes files.

Every write is atomic and durable: a temp file (0600) in the same folder, flush, fsync,
``os.replace``, fsync of the folder. A failed write leaves the previous file byte for byte
and no temp file behind; temp files left by a killed process are removed on the next start.
The folder is 0700 and every file 0600, whatever the umask.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from kaereleder import journal
from kaereleder import messages as msg
from kaereleder.errors import JournalError

ENV_HOME = "KAERELEDER_HOME"
TEMP_MARK = ".tmp-"
FOLDER_MODE = 0o700
FILE_MODE = 0o600


def default_home() -> Path:
    """``KAERELEDER_HOME``, or the platform's user data folder."""
    override = os.environ.get(ENV_HOME)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("kaereleder", appauthor=False))


class Entry(NamedTuple):
    """A journal file on disk: loaded, or the error that loading it gave."""

    path: Path
    journal: journal.Journal | None
    error: JournalError | None


class Store:
    def __init__(self, home: Path) -> None:
        self.home = home

    # --- the folder ---------------------------------------------------------------------

    def prepare(self) -> None:
        """Create the folder (0700) and remove temp files left by a killed process."""
        try:
            self.home.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
            os.chmod(self.home, FOLDER_MODE)
        except OSError as exc:
            raise JournalError(msg.home_unusable(self.home, exc)) from None
        for stale in self.home.glob(f".*{TEMP_MARK}*"):
            with contextlib.suppress(OSError):
                stale.unlink()

    def paths(self) -> list[Path]:
        """Journal files, by name (oldest first: names start with the start time)."""
        if not self.home.is_dir():
            return []
        return sorted(p for p in self.home.glob("*.yaml") if not p.name.startswith("."))

    # --- reading ------------------------------------------------------------------------

    def read(self, path: Path) -> journal.Journal:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise JournalError(msg.journal_unreadable(path, exc)) from None
        return journal.parse(text, path)

    def entries(self) -> Iterator[Entry]:
        for path in self.paths():
            try:
                yield Entry(path, self.read(path), None)
            except JournalError as exc:
                yield Entry(path, None, exc)

    def latest(self, status: str, publication: str | None = None) -> Entry | None:
        """The newest readable journal with ``status`` (and ``publication``)."""
        for path in reversed(self.paths()):
            if publication and f"-{publication}-" not in path.name:
                continue
            try:
                data = self.read(path)
            except JournalError:
                continue
            if data["status"] == status and publication in (None, data["publication"]):
                return Entry(path, data, None)
        return None

    # --- writing ------------------------------------------------------------------------

    def path_of(self, data: journal.Journal) -> Path:
        return self.home / journal.filename(data)

    def save(self, data: journal.Journal) -> Path:
        """Write ``data`` atomically and durably; the previous version survives any failure."""
        text = journal.dump(data)
        path = self.path_of(data)
        self.write_atomic(path, text.encode("utf-8"))
        return path

    def write_atomic(self, path: Path, payload: bytes) -> None:
        temp = path.with_name(f".{path.name}{TEMP_MARK}{secrets.token_hex(4)}")
        try:
            fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
            try:
                os.fchmod(fd, FILE_MODE)  # whatever the umask
                view = memoryview(payload)
                while view:
                    view = view[os.write(fd, view) :]
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(temp, path)
        except OSError as exc:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise JournalError(msg.save_failed(path, exc)) from None
        _fsync_folder(path.parent)


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every file system can sync a folder
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def new_token() -> str:
    return secrets.token_hex(3)

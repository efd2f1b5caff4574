"""The journal folder: the only module that writes files.

Every write is atomic and durable: a temp file (0600) in the same folder, flush, fsync,
``os.replace`` (tried again for a moment if another program holds the file), fsync of the
folder. A failed write leaves the previous file byte for byte and no temp file behind; temp
files left by a killed process are removed on a later start, once they are older than
``STALE_AFTER`` (see ``_remove_stale_temps``). The folder, and any parent folder the tool
creates for it, is 0700 and every file 0600, whatever the umask, where the platform has such
modes (on Windows the user's profile folder is private already).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import NamedTuple, TypedDict

from kaereleder import domain, journal
from kaereleder import messages as msg
from kaereleder.errors import JournalError, KaerelederError, NotFoundError

ENV_HOME = "KAERELEDER_HOME"
TEMP_MARK = ".tmp-"
_OUR_TEMP = re.compile(r"^\..+\.(yaml|json)\.tmp-[0-9a-f]{6}$")
FOLDER_MODE = 0o700
FILE_MODE = 0o600
SHARED_MODE = 0o666  # less the umask: a document meant for others
TEAM_FOLDER = "team"
# A temp file is written, synced and renamed within milliseconds (seconds on a slow network
# drive). One untouched for this long has no save behind it any more: it is removed.
STALE_AFTER = 10 * 60


def default_home() -> Path:
    """``KAERELEDER_HOME``, or the platform's user data folder."""
    override = os.environ.get(ENV_HOME)
    if override:
        return Path(override).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir("kaereleder", appauthor=False))


def at(home: Path | None) -> Store:
    """The journal folder ``--home`` names, else the default one."""
    return Store(home or default_home())


class Entry(NamedTuple):
    """A journal file on disk and its contents."""

    path: Path
    journal: journal.Journal


class Listed(NamedTuple):
    """A journal file as listed: its summary (``journal.summary``), or its error message."""

    folder: Path
    name: str  # the file's name
    summary: journal.Summary | None
    error: str | None

    @property
    def path(self) -> Path:
        """Made when asked for: making 10,000 paths took longer than listing 10,000 rows."""
        return self.folder / self.name

    @property
    def stem(self) -> str:
        """The file's name without ``.yaml``: the journal's id as the user sees it."""
        return self.name.removesuffix(".yaml")


class _Record(TypedDict, total=False):
    """One journal file in the listing index: its size and modification time, and its
    summary or error message."""

    stamp: list[int]
    summary: journal.Summary
    error: str


INDEX = ".index.json"
# Words for a journal counted back from the newest, as ``-1``, ``-2`` …
RELATIVE_IDS = {"latest": "-1", "seneste": "-1", "forrige": "-2"}
# The index holds about 500 bytes a journal: 10,000 journals make 5 MB. It is the tool's own
# file, so it may be bigger than the files a user hands it (``validate.MAX_BYTES``).
INDEX_MAX_BYTES = 256 * 1024 * 1024
INDEX_VERSION = 1


class Store:
    def __init__(self, home: Path) -> None:
        self.home = home

    # --- the folder ---------------------------------------------------------------------

    def prepare(self) -> None:
        """Create the folder (0700) and remove temp files left by a killed process."""
        _private_folder(self.home)

    def paths(self) -> list[Path]:
        """Journal files, by name (oldest first: names start with the start time)."""
        if not self.home.is_dir():
            return []
        return sorted(p for p in self.home.glob("*.yaml") if not p.name.startswith("."))

    # --- reading ------------------------------------------------------------------------

    def read(self, path: Path) -> journal.Journal:
        from kaereleder.validate import read_text

        return journal.parse(read_text(path, JournalError).text, path)

    def latest(self, status: str, publication: str | None = None) -> Entry | None:
        """The newest readable journal with ``status`` (and ``publication``)."""
        for listed in reversed(self.listing()):
            info = listed.summary
            if info is None or info["status"] != status:
                continue
            if publication not in (None, info["publication"]):
                continue
            try:
                return Entry(listed.path, self.read(listed.path))
            except JournalError:
                continue
        return None

    # --- the listing index ----------------------------------------------------------------

    def listing(self) -> list[Listed]:
        """Every journal file, oldest first, with its summary or error.

        Reading 1,000 journals whole takes seconds, so summaries are kept in a cache,
        ``.index.json`` (0600), keyed by each file's size and modification time: a file that
        changed (or was edited by hand) is read and validated again.
        """
        if not self.home.is_dir():
            return []
        cached = self._read_index()
        fresh: dict[str, _Record] = {}
        with os.scandir(self.home) as found:  # names and stats without Path objects: fast
            files = sorted(
                (entry.name, entry)
                for entry in found
                if entry.name.endswith(".yaml") and not entry.name.startswith(".")
            )
        for name, entry in files:
            try:
                info = entry.stat()
            except OSError:
                continue
            record = cached.get(name)
            stamp = [info.st_size, info.st_mtime_ns]
            if record is None or record.get("stamp") != stamp:
                record = {"stamp": stamp, **self._summarise(self.home / name)}
            fresh[name] = record
        if fresh != cached:
            self._write_index(fresh)
        return [
            Listed(self.home, name, record.get("summary"), record.get("error"))
            for name, record in fresh.items()
        ]

    def _summarise(self, path: Path) -> _Record:
        try:
            return {"summary": journal.summary(self.read(path))}
        except JournalError as exc:
            return {"error": exc.message}

    def _read_index(self) -> dict[str, _Record]:
        from kaereleder.validate import read_text

        try:
            text = read_text(self.home / INDEX, JournalError, INDEX_MAX_BYTES).text
        except JournalError:
            return {}  # a cache: missing or broken means read everything again
        import json  # not before: no index (a new folder) needs no json at reflect's start

        try:
            data = json.loads(text)
        except ValueError:
            return {}
        if not isinstance(data, dict) or data.get("version") != INDEX_VERSION:
            return {}
        entries = data.get("entries")
        return entries if isinstance(entries, dict) else {}

    def _write_index(self, entries: dict[str, _Record]) -> None:
        import json

        payload = json.dumps({"version": INDEX_VERSION, "entries": entries}, ensure_ascii=False)
        with contextlib.suppress(JournalError):  # a cache: not writing it loses nothing
            self.write_atomic(self.home / INDEX, payload.encode("utf-8"))

    def find(self, ref: str) -> Listed:
        """A journal by id, unique id prefix, ``latest``/``seneste``, ``forrige`` (the one
        before), or ``-1`` (newest), ``-2`` …"""
        listed = self.listing()
        if not listed:
            raise NotFoundError(msg.no_journals(self.home))
        newest_first = listed[::-1]
        relative = RELATIVE_IDS.get(ref.lower(), ref)
        if relative.startswith("-") and relative[1:].isdigit():
            back = int(relative[1:])
            if 1 <= back <= len(listed):
                return newest_first[back - 1]
            raise NotFoundError(msg.not_that_many_journals(ref, len(listed)))
        matches = [item for item in newest_first if item.stem.startswith(ref)]
        exact = [item for item in matches if item.stem == ref]
        if exact or len(matches) == 1:
            return (exact or matches)[0]
        if matches:
            raise NotFoundError(msg.ambiguous_journal(ref, [m.stem for m in matches]))
        raise NotFoundError(msg.no_such_journal(ref))

    def owns(self, path: Path) -> bool:
        """Whether ``path`` is a file the tool reads or keeps in the folder: a ``.yaml`` file
        (a journal, or a survey in ``team/``) or a hidden one (index, temp, lock files)."""
        name = path.name
        if not (name.lower().endswith(".yaml") or name.startswith(".")):
            return False
        where = path.absolute().parent.resolve()
        with contextlib.suppress(OSError):
            home = self.home.absolute().resolve()
            return where in (home, home / TEAM_FOLDER)
        return False

    def delete(self, path: Path) -> None:
        """Remove the journal ``path`` for good, and its summary from the listing index."""
        try:
            path.unlink()
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise JournalError(msg.delete_failed(path, exc)) from None
        _fsync_folder(self.home)
        self.listing()  # the index no longer holds what the reflection said

    # --- team surveys: counts only, in a subfolder that ``paths()`` never lists ----------

    def team_folder(self) -> Path:
        return self.home / TEAM_FOLDER

    def survey_paths(self) -> list[Path]:
        """The team surveys' files, by name."""
        folder = self.team_folder()
        if not folder.is_dir():
            return []
        return sorted(p for p in folder.glob("*.yaml") if not p.name.startswith("."))

    @contextlib.contextmanager
    def team_import(self) -> Iterator[None]:
        """Hold the team folder's import lock (waiting for it): imports one at a time, so
        two imports of one round cannot both pass the checks before either has saved."""
        from kaereleder import locks

        self.prepare()
        _private_folder(self.team_folder())
        stack = contextlib.ExitStack()
        try:
            stack.enter_context(locks.held(self.team_folder() / "import", wait=True))
        except OSError as exc:
            raise JournalError(msg.home_unusable(self.team_folder(), exc)) from None
        with stack:
            yield

    def save_survey(self, name: str, text: str) -> Path:
        """Write the survey ``name`` atomically (0600 in a 0700 folder); replaces one."""
        self.prepare()
        _private_folder(self.team_folder())
        path = self.team_folder() / f"{name}.yaml"
        self.write_atomic(path, text.encode("utf-8"), msg.survey_save_failed)
        return path

    # --- writing ------------------------------------------------------------------------

    def path_of(self, data: journal.Journal) -> Path:
        return self.home / journal.filename(data)

    def save(
        self,
        data: journal.Journal,
        path: Path | None = None,
        failed: Callable[[Path, OSError], str] = msg.save_failed,
    ) -> Path:
        """Write ``data`` atomically and durably to ``path`` (default: its id's file, for a
        new journal; a resumed one is saved where it was read from). The previous version
        survives any failure."""
        return self.save_text(path or self.path_of(data), journal.dump(data), failed)

    def save_text(
        self, path: Path, text: str, failed: Callable[[Path, OSError], str] = msg.save_failed
    ) -> Path:
        """Write a journal's text (``journal.dump``): what may be tried again if it fails."""
        if not self.home.is_dir():
            self.prepare()
        self.write_atomic(path, text.encode("utf-8"), failed)
        return path

    def write_atomic(
        self,
        path: Path,
        payload: bytes,
        failed: Callable[[Path, OSError], str] = msg.save_failed,
        mode: int | None = FILE_MODE,
    ) -> None:
        """``mode`` whatever the umask; None: the usual permissions (0666 less the umask)."""
        temp = path.with_name(f".{path.name}{TEMP_MARK}{new_token()}")
        try:
            fd = os.open(temp, _WRITE_FLAGS, SHARED_MODE if mode is None else mode)
            try:
                if mode is not None:
                    _owner_only(fd, mode)
                view = memoryview(payload)
                while view:
                    view = view[os.write(fd, view) :]
                os.fsync(fd)
            finally:
                os.close(fd)
            _replace(temp, path)
        except OSError as exc:
            with contextlib.suppress(OSError):
                temp.unlink()
            raise JournalError(failed(path, exc)) from None
        _fsync_folder(path.parent)


# O_BINARY: on Windows a file opened without it is in text mode, and every "\n" written
# would become "\r\n".
_WRITE_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
# Pauses between tries of ``os.replace`` that failed with PermissionError (about 1 s in all).
REPLACE_PAUSES = (0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.4)


def _owner_only(fd: int, mode: int = FILE_MODE) -> None:
    """``mode`` (0600) whatever the umask, where the platform has owner-only modes.

    Windows has no ``os.fchmod`` before Python 3.13 (and no such modes): there the file is
    private because the user's own profile folder is.
    """
    fchmod = getattr(os, "fchmod", None)
    if fchmod is not None:
        fchmod(fd, mode)


def _replace(temp: Path, path: Path) -> None:
    """``os.replace``, tried again for a moment when Windows refuses it.

    On Windows a file that OneDrive, an antivirus program or an editor has open cannot be
    replaced until it lets go, usually within a fraction of a second: ``os.replace`` fails
    with a PermissionError that carries a Windows error code. If the file stays held, the
    error says it is busy (EBUSY). Elsewhere a PermissionError is a real lack of access.
    """
    import time

    for pause in (*REPLACE_PAUSES, None):
        try:
            os.replace(temp, path)
            return
        except PermissionError as exc:
            if getattr(exc, "winerror", None) is None:
                raise
            if pause is None:
                raise OSError(errno.EBUSY, os.strerror(errno.EBUSY), str(path)) from None
            time.sleep(pause)


def write_private(path: Path, text: str) -> None:
    """Write a document outside the journal folder (an export) atomically, mode 0600:
    it holds private thoughts. A folder that does not exist is not created."""
    if not path.parent.is_dir():
        raise NotFoundError(msg.export_no_folder(path.parent))
    Store(path.parent).write_atomic(path, text.encode("utf-8"), msg.export_failed)


def write_document(path: Path, text: str, private: bool) -> None:
    """Write a document outside the journal folder atomically: an export of a reflection
    (``private``: 0600, in folders it creates 0700), or one meant for others, a meeting guide
    (the usual permissions). A folder that does not exist is created."""
    folder = path.parent
    if not folder.is_dir():
        try:
            if private:
                _make_folders(folder)
            else:
                folder.mkdir(parents=True)
        except FileExistsError:
            if not folder.is_dir():
                raise JournalError(msg.output_under_a_file(folder)) from None
        except OSError as exc:
            raise JournalError(msg.folder_failed(folder, exc)) from None
    Store(folder).write_atomic(
        path, text.encode("utf-8"), msg.export_failed, FILE_MODE if private else None
    )


def _private_folder(folder: Path) -> None:
    """Create ``folder`` (0700, whatever the umask) and remove our stale temp files in it.

    A folder that exists already (``--home ~/Dokumenter``) keeps its mode: the files in it
    are 0600 all the same, and the tool does not change what it did not make.
    """
    try:
        _make_folders(folder)
    except FileExistsError:
        if not folder.is_dir():
            raise JournalError(msg.home_not_a_folder(folder)) from None
    except OSError as exc:
        raise JournalError(msg.home_unusable(folder, exc)) from None
    _remove_stale_temps(folder)


def _make_folders(folder: Path) -> None:
    """Create ``folder`` and the parents it lacks, each 0700 whatever the umask (pathlib
    would make the parents 0777 under umask 000). Raises FileExistsError if it exists."""
    missing: list[Path] = []
    here = folder
    while not here.exists() and here != here.parent:
        missing.append(here)
        here = here.parent
    if not missing:
        raise FileExistsError(folder)
    for new in reversed(missing):
        try:
            new.mkdir(mode=FOLDER_MODE)
        except FileExistsError:  # another process made it a moment ago
            if new == folder or not new.is_dir():
                raise
            continue
        os.chmod(new, FOLDER_MODE)


def _remove_stale_temps(folder: Path) -> None:
    """Remove temp files that no save can still be writing: ours and older than STALE_AFTER.

    Age, not the writer's process id, decides: it is portable (Windows has no cheap, safe
    "is this process alive" and reuses ids) and never races with a save in progress, which
    renames its temp file within seconds. On Windows a temp file still open cannot be
    removed at all.
    """
    import time

    oldest = time.time() - STALE_AFTER
    for stale in folder.glob(f".*{TEMP_MARK}*"):
        if not _OUR_TEMP.match(stale.name):  # only what write_atomic leaves, never others'
            continue
        with contextlib.suppress(OSError):
            if stale.lstat().st_mtime < oldest:
                stale.unlink()


def _fsync_folder(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not every file system can sync a folder
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def new_token() -> str:
    import secrets  # imported here: it pulls in hmac and more at every start otherwise

    return secrets.token_hex(3)


# --- the two journals `journal diff` compares --------------------------------------------


class _ListedOnce(Store):
    """The store with its listing taken once: ``find`` twice then costs no more stats."""

    def __init__(self, journals: Store) -> None:
        super().__init__(journals.home)
        self._listed = journals.listing()

    def listing(self) -> list[Listed]:
        return self._listed


def pick_pair(journals: Store, old: str | None, new: str | None) -> tuple[Listed, Listed]:
    """The two journals ``journal diff`` compares, as listed; only the listing index is read.

    None and None: the two latest complete on one publication; ``old`` alone: it and the
    newest complete after it on its publication; both: those two (one publication).
    """
    journals = _ListedOnce(journals)
    listed = journals.listing()
    if not listed:
        raise NotFoundError(msg.no_journals(journals.home))
    if old is None:
        return _latest_pair(listed)
    first = journals.find(old)
    publication = _publication(first)
    if new is None:
        newer = [
            item
            for item in _complete(listed, publication)
            if item.path != first.path and item.path.name > first.path.name
        ]
        if not newer:
            raise NotFoundError(msg.diff_nothing_newer(first.path.stem))
        return first, newer[0]
    second = journals.find(new)
    if second.path == first.path:
        raise KaerelederError(msg.diff_same_journal(first.path.stem))
    other = _publication(second)
    if other != publication:
        names = (first.path.stem, publication, second.path.stem, other)
        raise KaerelederError(msg.diff_other_publications(*names))
    return first, second


def _publication(item: Listed) -> str:
    if item.summary is None:
        raise JournalError(item.error or str(item.path))
    return item.summary["publication"]


def _complete(listed: Sequence[Listed], publication: str | None = None) -> list[Listed]:
    """Complete journals, newest first."""
    return [
        item
        for item in reversed(listed)
        if item.summary is not None
        and item.summary["status"] == domain.COMPLETE
        and publication in (None, item.summary["publication"])
    ]


def _latest_pair(listed: Sequence[Listed]) -> tuple[Listed, Listed]:
    seen: dict[str, Listed] = {}
    for item in _complete(listed):
        name = _publication(item)
        if name in seen:
            return item, seen[name]
        seen[name] = item
    raise NotFoundError(msg.diff_too_few())

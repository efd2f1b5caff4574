"""The journal folder: atomic, durable, private writes; broken files never rewritten."""

from __future__ import annotations

import errno
import os
import stat
import time
from collections.abc import Iterator
from datetime import datetime, timezone
from pathlib import Path

import pytest

from kaereleder import domain, store, validate
from kaereleder import journal as jf
from kaereleder.errors import JournalError
from platform_support import OWNER_ONLY_MODES

STARTED = datetime(2026, 11, 22, 9, 30, tzinfo=timezone.utc)


@pytest.fixture
def permissive_umask() -> Iterator[None]:
    old = os.umask(0)
    yield
    os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


owner_only_modes = pytest.mark.skipif(
    not OWNER_ONLY_MODES, reason="Windows has no owner-only modes; the profile folder is private"
)


def files(home: Path) -> list[str]:
    """The journals in ``home``, without the listing index (a cache)."""
    return sorted(name for name in os.listdir(home) if name != store.INDEX)


def a_journal(token: str = "abc123", answer: str = "første svar") -> jf.Journal:
    data = jf.new("leder", 1, STARTED, token)
    data["overall"] = {"irrelevant": answer}
    return data


@owner_only_modes
def test_folder_0700_and_files_0600_whatever_the_umask(
    tmp_path: Path, permissive_umask: None
) -> None:
    home = tmp_path / "journaler"
    journals = store.Store(home)
    journals.prepare()
    path = journals.save(a_journal())
    assert mode(home) == 0o700
    assert mode(path) == 0o600
    journals.listing()  # writes the listing index
    assert mode(home / store.INDEX) == 0o600
    assert files(home) == [path.name]


@owner_only_modes
def test_a_folder_the_user_chose_keeps_its_mode_and_the_files_are_private(
    tmp_path: Path, permissive_umask: None
) -> None:
    chosen = tmp_path / "Dokumenter"
    chosen.mkdir(mode=0o755)
    os.chmod(chosen, 0o755)
    path = store.Store(chosen).save(a_journal())
    assert mode(chosen) == 0o755
    assert mode(path) == 0o600


def test_save_then_read_back(tmp_path: Path) -> None:
    journals = store.Store(tmp_path)
    data = a_journal(answer="linje 1\nlinje 2\n")
    path = journals.save(data)
    assert path == tmp_path / "20261122-093000-leder-abc123.yaml"
    assert journals.read(path) == data


def fail_with(monkeypatch: pytest.MonkeyPatch, name: str, code: int) -> None:
    def fail(*args: object, **kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(store.os, name, fail)


@pytest.mark.parametrize(
    ("call", "code", "reason"),
    [
        ("write", errno.ENOSPC, "disken er fuld"),
        ("fsync", errno.EIO, "disken svarer ikke (input/output-fejl)"),
        ("replace", errno.EACCES, "ingen adgang"),
    ],
)
def test_a_failing_write_keeps_the_previous_file_and_leaves_no_temp_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, call: str, code: int, reason: str
) -> None:
    journals = store.Store(tmp_path)
    path = journals.save(a_journal(answer="det gamle svar"))
    before = path.read_bytes()
    fail_with(monkeypatch, call, code)
    with pytest.raises(JournalError) as info:
        journals.save(a_journal(answer="det nye svar"))
    assert info.value.message == (
        f"Kunne ikke gemme refleksionen {path} ({reason}). Det seneste svar er ikke gemt; "
        "alt, du svarede før, er gemt uændret."
    )
    assert path.read_bytes() == before
    assert files(tmp_path) == [path.name]
    assert not [name for name in os.listdir(tmp_path) if store.TEMP_MARK in name]


def test_temp_files_left_by_a_killed_save_are_removed_on_the_next_start(tmp_path: Path) -> None:
    journals = store.Store(tmp_path)
    path = journals.save(a_journal())
    stale = tmp_path / f".{path.name}{store.TEMP_MARK}deadbe"
    stale.write_text("privat tekst fra en afbrudt gemning", encoding="utf-8")
    long_ago = time.time() - store.STALE_AFTER - 1
    os.utime(stale, (long_ago, long_ago))  # no save is still writing it
    others = tmp_path / ".vim.tmp-swap"
    others.write_text("not ours", encoding="utf-8")
    os.utime(others, (long_ago, long_ago))
    journals.prepare()
    assert files(tmp_path) == sorted([path.name, others.name])
    assert not stale.exists()


def test_a_start_never_removes_the_temp_file_of_a_save_in_progress(tmp_path: Path) -> None:
    journals = store.Store(tmp_path)
    path = journals.save(a_journal())
    live = tmp_path / f".{path.name}{store.TEMP_MARK}c0ffee"
    live.write_text("en anden proces er ved at gemme", encoding="utf-8")
    journals.prepare()
    store.Store(tmp_path).prepare()
    assert live.read_text(encoding="utf-8") == "en anden proces er ved at gemme"


@owner_only_modes
def test_parent_folders_the_tool_creates_are_private_under_umask_000(tmp_path: Path) -> None:
    before = stat.S_IMODE(tmp_path.stat().st_mode)
    old = os.umask(0)
    try:
        store.Store(tmp_path / "a" / "b" / "journaler").prepare()
    finally:
        os.umask(old)
    for folder in (tmp_path / "a", tmp_path / "a" / "b", tmp_path / "a" / "b" / "journaler"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    assert stat.S_IMODE(tmp_path.stat().st_mode) == before  # not made by the tool: untouched


def test_two_sessions_started_the_same_second_get_separate_files(tmp_path: Path) -> None:
    journals = store.Store(tmp_path)
    first = journals.save(a_journal(store.new_token()))
    second = journals.save(a_journal(store.new_token()))
    assert first != second
    assert len(journals.paths()) == 2


def test_a_broken_journal_is_listed_as_an_error_and_never_rewritten(tmp_path: Path) -> None:
    journals = store.Store(tmp_path)
    good_data = a_journal()
    good = journals.save(good_data)
    bad = tmp_path / "20261122-100000-leder-ffffff.yaml"
    bad.write_text("schema: 1\nid: [\n", encoding="utf-8")
    before = bad.read_bytes()
    listed = journals.listing()
    assert [item.path for item in listed] == [good, bad]
    assert listed[0].summary is not None and listed[0].error is None
    assert listed[1].summary is None and listed[1].error is not None
    assert listed[1].error.startswith(f"{bad}, linje 3, kolonne 1: ugyldig YAML")
    journals.prepare()
    assert journals.latest(domain.DRAFT) == (good, good_data)
    assert bad.read_bytes() == before


def test_latest_by_status_and_publication(tmp_path: Path) -> None:
    journals = store.Store(tmp_path)
    done = a_journal("000001")
    done["status"] = domain.COMPLETE
    journals.save(done)
    draft = a_journal("000002")
    journals.save(draft)
    assert journals.latest(domain.COMPLETE, "leder") is not None
    assert journals.latest(domain.COMPLETE, "chef") is None
    entry = journals.latest(domain.DRAFT)
    assert entry is not None and entry.journal == draft


def test_default_home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("KAERELEDER_HOME", str(tmp_path / "x"))
    assert store.default_home() == tmp_path / "x"
    monkeypatch.delenv("KAERELEDER_HOME")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert store.default_home() == tmp_path / "data" / "kaereleder"


def test_unusable_home(tmp_path: Path) -> None:
    blocker = tmp_path / "fil"
    blocker.write_text("", encoding="utf-8")
    with pytest.raises(JournalError) as info:
        store.Store(blocker / "journaler").prepare()
    assert info.value.message.startswith(
        f"Mappen til dine refleksioner, {blocker / 'journaler'}, kan ikke bruges"
    )


def test_listing_is_cached_and_notices_changed_files(tmp_path: Path) -> None:
    journals = store.Store(tmp_path)
    path = journals.save(a_journal())
    [listed] = journals.listing()
    assert listed.summary is not None and listed.summary["status"] == "draft"
    assert listed.summary["ratings"] == {}
    text = path.read_text(encoding="utf-8").replace("status: draft", "status: complete")
    path.write_text(text, encoding="utf-8")
    [listed] = journals.listing()
    assert listed.summary is not None and listed.summary["status"] == "complete"
    path.write_text(text + "bad: [\n", encoding="utf-8")
    [listed] = journals.listing()
    assert listed.summary is None
    assert listed.error is not None and listed.error.startswith(f"{path}, linje ")


def test_an_index_bigger_than_a_journal_may_be_is_still_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """10,000 journals make an index of 5 MB: more than the limit for a file a user hands
    the tool, which must not make every listing read every journal again."""
    journals = store.Store(tmp_path)
    for token in ("aaaaaa", "bbbbbb", "cccccc"):
        journals.save(a_journal(token))
    journals.listing()
    index = (tmp_path / store.INDEX).stat().st_size
    monkeypatch.setattr(validate, "MAX_BYTES", index // 2)  # the index is "too big"
    read: list[Path] = []
    monkeypatch.setattr(store.Store, "read", lambda self, path: read.append(path))
    assert len(journals.listing()) == 3
    assert read == []  # every summary came from the index


def test_a_broken_index_is_rebuilt(tmp_path: Path) -> None:
    journals = store.Store(tmp_path)
    journals.save(a_journal())
    (tmp_path / store.INDEX).write_text("{not json", encoding="utf-8")
    [listed] = journals.listing()
    assert listed.summary is not None
    assert (tmp_path / store.INDEX).read_text(encoding="utf-8").startswith('{"version": 2')


def test_delete_removes_the_journal_and_the_index_follows(tmp_path: Path) -> None:
    journals = store.Store(tmp_path)
    kept = journals.save(a_journal("000001"))
    gone = journals.save(a_journal("000002"))
    assert [item.path for item in journals.listing()] == [kept, gone]
    journals.delete(gone)
    assert not gone.exists()
    assert [item.path for item in journals.listing()] == [kept]
    assert gone.name not in (tmp_path / store.INDEX).read_text(encoding="utf-8")
    entry = journals.latest(domain.DRAFT)
    assert entry is not None and entry.path == kept


def test_a_delete_that_fails_says_so_and_keeps_the_journal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    journals = store.Store(tmp_path)
    path = journals.save(a_journal())

    def refuse(self: Path, missing_ok: bool = False) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(Path, "unlink", refuse)
    with pytest.raises(JournalError) as info:
        journals.delete(path)
    assert info.value.message == (
        f"Kunne ikke slette refleksionen {path} (ingen adgang). Den er uændret."
    )
    monkeypatch.undo()
    assert path.exists()

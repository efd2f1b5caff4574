"""``reflection.reflect`` over a real journal folder: text typed is text kept."""

from __future__ import annotations

import errno
import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from kaereleder import domain, store
from kaereleder import journal as jf
from kaereleder.errors import Interrupted, JournalError
from kaereleder.reflect import reflection as reflection
from kaereleder.reflect import texts as reflect_txt
from test_session import ANSWERS, FakeAsker

START = datetime(2026, 11, 22, 10, 0, tzinfo=timezone.utc)
AT = "expectations.e4.strengths.text"


def clock() -> datetime:
    return START


def only_journal(home: Path) -> tuple[Path, jf.Journal]:
    [path] = store.Store(home).paths()
    return path, jf.parse(path.read_text(encoding="utf-8"), path)


def test_bytes_a_terminal_sent_that_are_not_utf8_are_kept_visibly(
    tmp_path: Path, leder: object
) -> None:
    typed = "Gl\udce6de, \udcf8l og \udce5 \udc81 \ud800."  # æ ø å as Latin-1, and junk
    asker = FakeAsker({**ANSWERS, AT: typed})
    reflection.reflect(store.Store(tmp_path), asker, publication="leder", clock=clock)
    _, data = only_journal(tmp_path)
    assert data["status"] == domain.COMPLETE
    assert data["expectations"]["e4"]["strengths"]["text"] == "Glæde, øl og å \ufffd \ufffd."


def test_ctrl_c_keeps_undecodable_partial_text(tmp_path: Path) -> None:
    asker = FakeAsker(ANSWERS, stop_at=AT, partial="Halvt skrevet: \udce6\udcf8\udce5")
    with pytest.raises(Interrupted) as info:
        reflection.reflect(store.Store(tmp_path), asker, publication="leder", clock=clock)
    path, draft = only_journal(tmp_path)
    assert info.value.exit_code == 130
    assert info.value.message == reflect_txt.interrupted_saved(path)
    assert draft["partial"] == {"at": AT, "text": "Halvt skrevet: æøå"}


class Disk:
    """``os.write`` in the store failing with ``code`` while ``full`` is set."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, code: int = errno.ENOSPC) -> None:
        self.full = False
        self.failures = 0
        real = os.write

        def write(fd: int, data: bytes) -> int:
            if self.full:
                self.failures += 1
                raise OSError(code, os.strerror(code))
            return real(fd, data)

        monkeypatch.setattr(store.os, "write", write)


class FillsDisk(FakeAsker):
    """Answers as FakeAsker; the disk fills as ``at`` is answered, and frees on 'retry'."""

    def __init__(self, disk: Disk, at: str, retry: list[str]) -> None:
        super().__init__({**ANSWERS, AT: "Jeg lytter"})
        self.disk, self.at, self.retry = disk, at, retry
        self.before: bytes | None = None
        self.folder: Path | None = None

    def text(self, key: str, question: str, default: str = "") -> str:
        if key == self.at:
            assert self.folder is not None
            self.before = only_journal(self.folder)[0].read_bytes()
            self.disk.full = True
        return super().text(key, question, default)

    def choose_one(self, key: str, question: str, choices: object) -> str:
        if key != "save-retry":
            return super().choose_one(key, question, choices)  # type: ignore[arg-type]
        self.log.append(key)
        answer = self.retry.pop(0)
        if answer == "retry" and not self.retry:
            self.disk.full = False  # the leader freed some space
        return answer


@pytest.mark.parametrize("code", [errno.ENOSPC, errno.EROFS, errno.EACCES])
def test_a_failed_save_keeps_the_answer_and_saves_it_on_retry(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    disk = Disk(monkeypatch, code)
    asker = FillsDisk(disk, AT, ["retry", "retry"])
    asker.folder = tmp_path
    reflection.reflect(
        store.Store(tmp_path), asker, publication="leder", clock=clock, retry_saves=True
    )
    assert asker.log.count("save-retry") == 2
    notes = [line for line in asker.log if line.startswith("note ")]
    assert notes[0].startswith("note Kunne ikke gemme refleksionen ")
    assert "Dit svar er ikke tabt: det er husket, så længe programmet kører." in notes[0]
    _, data = only_journal(tmp_path)
    assert data["status"] == domain.COMPLETE
    assert data["expectations"]["e4"]["strengths"]["text"] == "Jeg lytter"
    assert not [p for p in tmp_path.iterdir() if store.TEMP_MARK in p.name]


def test_stopping_after_a_failed_save_leaves_the_draft_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    disk = Disk(monkeypatch)
    asker = FillsDisk(disk, AT, ["stop"])
    asker.folder = tmp_path
    with pytest.raises(JournalError) as info:
        reflection.reflect(
            store.Store(tmp_path), asker, publication="leder", clock=clock, retry_saves=True
        )
    path, draft = only_journal(tmp_path)
    assert info.value.message == (
        f"Kunne ikke gemme refleksionen {path} (disken er fuld). Det seneste svar er ikke gemt; "
        "alt, du svarede før, er gemt uændret."
    )
    assert path.read_bytes() == asker.before
    assert draft["status"] == domain.DRAFT


def test_the_first_failed_save_says_that_nothing_is_saved_yet(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Disk(monkeypatch).full = True
    journals = store.Store(tmp_path)
    with pytest.raises(JournalError) as info:
        reflection.reflect(journals, FakeAsker(ANSWERS), publication="leder", clock=clock)
    assert "gemt uændret" not in info.value.message
    assert info.value.message.startswith("Kunne ikke gemme refleksionen ")
    assert info.value.message.endswith(
        " (disken er fuld). Svaret er ikke gemt, og intet er gemt endnu."
    )
    assert journals.paths() == []


def test_reflections_started_in_the_same_second_are_listed_in_start_order(
    tmp_path: Path,
) -> None:
    journals = store.Store(tmp_path)
    ids = []
    for n in range(16):  # all within 10:00:00, 60 ms apart
        moment = START + timedelta(microseconds=60_000 * n)
        outcome = reflection.reflect(
            journals,
            FakeAsker(ANSWERS),
            publication="leder",
            numbers=(4,),
            clock=lambda m=moment: m,
        )
        ids.append(outcome.journal["id"])
    assert {i.split("-")[1] for i in ids} == {"100000"}
    assert [item.path.stem for item in journals.listing()] == ids

"""What differs on Windows, simulated here where that is honest, and awkward paths.

- ``os.fchmod`` is missing on Windows before Python 3.13;
- ``os.replace`` fails with a PermissionError carrying a Windows error code while OneDrive,
  an antivirus program or an editor holds the file;
- leaders' folders have spaces and æøå (``C:\\Users\\Søren Ølgaard\\OneDrive - …``);
- Notepad saves files with CRLF line ends and a UTF-8 byte order mark.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kaereleder import domain, store
from kaereleder import journal as jf
from kaereleder.cli import app
from kaereleder.errors import JournalError
from test_reflect_cli import ANSWERS
from test_team import write_forms

STARTED = datetime(2026, 11, 22, 9, 30, tzinfo=timezone.utc)
ERROR_SHARING_VIOLATION = 32
BUSY = (
    "filen er optaget af et andet program, fx OneDrive, et antivirusprogram eller en "
    "editor; luk det, og prøv igen"
)


class WindowsPermissionError(PermissionError):
    """What ``os.replace`` raises on Windows while another program has the file open."""

    winerror = ERROR_SHARING_VIOLATION

    def __init__(self) -> None:
        super().__init__(13, "Processen kan ikke få adgang til filen")


def a_journal(answer: str) -> jf.Journal:
    data = jf.new("leder", 1, STARTED, "abc123")
    data["overall"] = {"irrelevant": answer}
    return data


def temp_files(folder: Path) -> list[str]:
    return [name for name in os.listdir(folder) if store.TEMP_MARK in name]


@pytest.fixture
def replace_refused(monkeypatch: pytest.MonkeyPatch) -> Callable[[int | None], list[Path]]:
    """``os.replace`` refused as on Windows ``times`` times (None: always), then done.

    Returns the list of targets it was called with, one per try."""
    real = os.replace
    monkeypatch.setattr(store, "REPLACE_PAUSES", (0.0,) * len(store.REPLACE_PAUSES))

    def install(times: int | None) -> list[Path]:
        tries: list[Path] = []

        def replace(src: Path, dst: Path) -> None:
            tries.append(Path(dst))
            if times is None or len(tries) <= times:
                raise WindowsPermissionError()
            real(src, dst)

        monkeypatch.setattr(store.os, "replace", replace)
        return tries

    return install


def reflect_with_answers(runner: CliRunner, home: Path, folder: Path) -> tuple[int, str, str]:
    folder.mkdir(parents=True, exist_ok=True)
    answers = folder / "mine svar.yaml"
    answers.write_text(ANSWERS, encoding="utf-8")
    result = runner.invoke(app, ["reflect", "--home", str(home), "--answers", str(answers)])
    return result.exit_code, result.stdout, result.stderr


# --- no os.fchmod (Windows, Python 3.10–3.12) ------------------------------------------------


def test_a_reflection_is_saved_where_os_has_no_fchmod(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delattr(os, "fchmod", raising=False)
    home = tmp_path / "journaler"
    code, out, err = reflect_with_answers(runner, home, tmp_path)
    assert (code, err) == (0, "")
    [path] = store.Store(home).paths()
    assert jf.parse(path.read_text(encoding="utf-8"), path)["status"] == domain.COMPLETE
    assert f"Refleksionen er gemt i {path}" in out
    assert temp_files(home) == []


def test_the_bytes_on_disk_are_exactly_the_journal(tmp_path: Path) -> None:
    """No newline translation (on Windows a file opened without O_BINARY gets CRLF)."""
    data = a_journal("linje 1\nlinje 2\n")
    path = store.Store(tmp_path).save(data)
    assert path.read_bytes() == jf.dump(data).encode("utf-8")


# --- os.replace refused for a moment, or for good ------------------------------------------


def test_a_file_held_for_a_moment_is_saved_after_a_few_tries(
    tmp_path: Path, replace_refused: Callable[[int | None], list[Path]]
) -> None:
    journals = store.Store(tmp_path)
    path = journals.save(a_journal("det gamle svar"))
    tries = replace_refused(3)
    assert journals.save(a_journal("det nye svar")) == path
    assert tries == [path] * 4
    assert journals.read(path)["overall"] == {"irrelevant": "det nye svar"}
    assert temp_files(tmp_path) == []


def test_a_file_held_for_good_gives_one_danish_line_and_keeps_the_previous_file(
    tmp_path: Path, replace_refused: Callable[[int | None], list[Path]]
) -> None:
    journals = store.Store(tmp_path)
    path = journals.save(a_journal("det gamle svar"))
    before = path.read_bytes()
    tries = replace_refused(None)
    with pytest.raises(JournalError) as info:
        journals.save(a_journal("det nye svar"))
    assert info.value.message == (
        f"Kunne ikke gemme refleksionen {path} ({BUSY}). Det seneste svar er ikke gemt; "
        "alt, du svarede før, er gemt uændret."
    )
    assert len(tries) == len(store.REPLACE_PAUSES) + 1
    assert path.read_bytes() == before
    assert temp_files(tmp_path) == []


def test_a_held_export_file_through_the_command_line(
    runner: CliRunner, tmp_path: Path, replace_refused: Callable[[int | None], list[Path]]
) -> None:
    home = tmp_path / "journaler"
    assert reflect_with_answers(runner, home, tmp_path)[0] == 0
    target = tmp_path / "samtale.html"
    target.write_text("den gamle udgave", encoding="utf-8")
    replace_refused(None)
    result = runner.invoke(
        app, ["journal", "export", "latest", "--home", str(home), "-o", str(target)]
    )
    assert result.exit_code == 1
    assert result.stderr == f"Fejl: Kunne ikke skrive {target} ({BUSY}). Intet er skrevet.\n"
    assert target.read_text(encoding="utf-8") == "den gamle udgave"
    assert temp_files(tmp_path) == []


def test_a_reflection_whose_file_stays_held_stops_with_one_line(
    runner: CliRunner, tmp_path: Path, replace_refused: Callable[[int | None], list[Path]]
) -> None:
    home = tmp_path / "journaler"
    replace_refused(None)
    code, out, err = reflect_with_answers(runner, home, tmp_path)
    assert code == 1
    path = home / err.split(os.sep)[-1].split(" ")[0]  # the journal named in the line
    assert err == (
        f"Fejl: Kunne ikke gemme refleksionen {path} ({BUSY}). Svaret er ikke gemt, og intet "
        "er gemt endnu.\n"  # issue 11's wording: this first save failed, so nothing is saved
    )
    assert re.fullmatch(r"\d{8}-\d{6}-leder-[0-9a-f]{6}\.yaml", path.name)
    assert store.Store(home).paths() == []
    assert temp_files(home) == []


def test_a_permission_error_that_is_not_windows_is_not_tried_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    tries: list[str] = []

    def replace(src: Path, dst: Path) -> None:
        tries.append(str(dst))
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(store.os, "replace", replace)
    with pytest.raises(JournalError, match=r"\(ingen adgang\)"):
        store.Store(tmp_path).save(a_journal("svar"))
    assert len(tries) == 1


# --- a leader's folders: spaces and æøå ---------------------------------------------------


def test_folders_with_spaces_and_danish_letters(runner: CliRunner, tmp_path: Path) -> None:
    profile = tmp_path / "Users" / "Søren Ølgaard" / "OneDrive - Aarhus Kommune"
    home = profile / "Dokumenter" / "kaereleder æøå"
    code, out, err = reflect_with_answers(runner, home, profile / "Skrivebord")
    assert (code, err) == (0, "")
    [path] = store.Store(home).paths()
    assert f"Refleksionen er gemt i {path}\n" in out

    result = runner.invoke(app, ["journal", "path", "--home", str(home)])
    assert result.stdout == f"{home}\n"
    result = runner.invoke(app, ["journal", "list", "--home", str(home)])
    assert (result.exit_code, result.stderr) == (0, "")
    assert path.stem in result.stdout

    target = profile / "Til min chef – Åse.html"
    args = ["journal", "export", "latest", "--home", str(home), "--format", "html"]
    result = runner.invoke(app, [*args, "-o", str(target)])
    assert result.exit_code == 0
    assert result.stderr == f"Refleksionen er skrevet til {target} (kun læsbar for dig).\n"
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


# --- files saved by Notepad: CRLF and a byte order mark -----------------------------------


def as_notepad(text: str) -> bytes:
    return b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8")


def test_a_journal_saved_by_notepad_loads_unchanged(runner: CliRunner, tmp_path: Path) -> None:
    journals = store.Store(tmp_path)
    data = a_journal("linje 1\nlinje 2\n")
    path = journals.save(data)
    path.write_bytes(as_notepad(path.read_text(encoding="utf-8")))
    assert journals.read(path) == data
    result = runner.invoke(app, ["journal", "list", "--home", str(tmp_path)])
    assert (result.exit_code, result.stderr) == (0, "")
    assert "Fejl" not in result.stdout and path.stem in result.stdout
    result = runner.invoke(app, ["journal", "show", path.stem, "--home", str(tmp_path)])
    assert (result.exit_code, result.stderr) == (0, "")
    assert "  linje 1\n  linje 2\n" in result.stdout


def test_an_answers_file_saved_by_notepad(runner: CliRunner, tmp_path: Path) -> None:
    answers = tmp_path / "svar.yaml"
    answers.write_bytes(as_notepad(ANSWERS))
    home = tmp_path / "journaler"
    result = runner.invoke(app, ["reflect", "--home", str(home), "--answers", str(answers)])
    assert (result.exit_code, result.stderr) == (0, "")
    [path] = store.Store(home).paths()
    assert store.Store(home).read(path)["overall"]["missing"] == "Humor.\nOg kaffe.\n"


def test_team_forms_saved_by_notepad(runner: CliRunner, tmp_path: Path) -> None:
    files = write_forms(tmp_path / "svar", 8)
    for name in files:
        form = Path(name)
        form.write_bytes(as_notepad(form.read_text(encoding="utf-8")))
    args = ["team", "import", *files, "--name", "efteraar", "--home", str(tmp_path / "j")]
    result = runner.invoke(app, args)
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout.startswith("8 skemaer om »Kære leder!« er indlæst")


# --- output redirected on Windows: the ANSI code page ---------------------------------------


@pytest.mark.parametrize("args", [["show", "3"], ["vejledning"], ["list"]])
def test_redirected_output_in_a_code_page_without_the_characters_is_utf8(
    tmp_path: Path, args: list[str]
) -> None:
    """Windows writes redirected output in cp1252, which has no »─«, »→« or »●«."""
    env = {**os.environ, "PYTHONIOENCODING": "cp1252", "KAERELEDER_HOME": str(tmp_path)}
    plain = subprocess.run(
        [sys.executable, "-m", "kaereleder", *args],
        capture_output=True, cwd=tmp_path, check=True,
        env={**env, "PYTHONIOENCODING": "utf-8"},
    ).stdout  # fmt: skip
    result = subprocess.run(
        [sys.executable, "-m", "kaereleder", *args], capture_output=True, cwd=tmp_path, env=env
    )
    assert (result.returncode, result.stderr) == (0, b"")
    assert result.stdout == plain


def test_an_error_line_redirected_in_cp1252_is_utf8(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONIOENCODING": "cp1252"}
    result = subprocess.run(
        [sys.executable, "-m", "kaereleder", "show", "9"], capture_output=True, env=env
    )
    assert result.returncode == 1
    assert result.stderr.decode("utf-8") == (
        "Fejl: Kære leder! har ingen forventning nummer 9. Der er 7 forventninger, nummer 1–7.\n"
    )

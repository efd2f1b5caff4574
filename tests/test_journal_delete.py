"""`kaereleder journal delete ID`: confirmed in a terminal, `--yes` for scripts, refused
without a terminal, and never while a `reflect` has the draft open."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pexpect
import pytest
from typer.testing import CliRunner

from factories import CET
from kaereleder import domain, store
from kaereleder import journal as jf
from kaereleder.cli import app

TIMEOUT = 15
DRAFT_ID = "20261120-081500-leder-bbbccc"
DONE_ID = "20261001-090000-leder-aaaaaa"


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "journaler"
    done = jf.new("leder", 1, datetime(2026, 10, 1, 9, 0, tzinfo=CET), "aaaaaa")
    done.update(status=domain.COMPLETE, finished="2026-10-01T09:40:00+01:00")
    done["overall"] = {"irrelevant": "Et privat svar"}
    store.Store(folder).save(done)
    draft = jf.new("leder", 1, datetime(2026, 11, 20, 8, 15, tzinfo=CET), "bbbccc")
    store.Store(folder).save(draft)
    return folder


def run(runner: CliRunner, home: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["journal", "delete", *args, "--home", str(home)])
    return result.exit_code, result.stdout, result.stderr


def names(home: Path) -> list[str]:
    return sorted(p.name for p in home.iterdir())


def test_yes_deletes_without_asking_and_the_listing_follows(runner: CliRunner, home: Path) -> None:
    assert runner.invoke(app, ["journal", "list", "--home", str(home)]).exit_code == 0
    assert "Et privat svar" not in (home / store.INDEX).read_text(encoding="utf-8")
    assert DONE_ID in (home / store.INDEX).read_text(encoding="utf-8")
    assert run(runner, home, DONE_ID, "--yes") == (
        0,
        "",
        "Refleksionen fra 2026-10-01 09:00 (færdig, Kære leder!) er slettet.\n",
    )
    assert names(home) == [store.INDEX, f"{DRAFT_ID}.yaml"]
    index = json.loads((home / store.INDEX).read_text(encoding="utf-8"))
    assert list(index["entries"]) == [f"{DRAFT_ID}.yaml"]  # its summary is gone too
    listed = runner.invoke(app, ["journal", "list", "--home", str(home)]).stdout
    assert DRAFT_ID in listed and DONE_ID not in listed


@pytest.mark.parametrize("ref", ["seneste", "-1", "20261120"])
def test_ids_as_everywhere(runner: CliRunner, home: Path, ref: str) -> None:
    code, _, err = run(runner, home, ref, "-y")
    assert (code, err) == (
        0,
        "Refleksionen fra 2026-11-20 08:15 (kladde, Kære leder!) er slettet.\n",
    )
    assert not (home / f"{DRAFT_ID}.yaml").exists()
    assert (home / f"{DONE_ID}.yaml").exists()


def test_without_a_terminal_and_without_yes_nothing_is_deleted(
    runner: CliRunner, home: Path
) -> None:
    before = names(home)
    assert run(runner, home, "forrige") == (
        1,
        "",
        "Fejl: Sletning skal bekræftes i en terminal. Intet er slettet. "
        "Uden at spørge: kaereleder journal delete forrige --yes\n",
    )
    assert names(home) == before


def test_unknown_id(runner: CliRunner, home: Path) -> None:
    code, _, err = run(runner, home, "1999", "--yes")
    assert (code, err) == (
        1,
        "Fejl: Ingen refleksion har id '1999'. Se dine refleksioner med: "
        "kaereleder journal list\n",
    )
    assert [n for n in names(home) if n.endswith(".yaml")] == [
        f"{DONE_ID}.yaml",
        f"{DRAFT_ID}.yaml",
    ]


def test_a_broken_journal_can_be_deleted(runner: CliRunner, home: Path) -> None:
    bad = home / "20261115-120000-leder-dddddd.yaml"
    bad.write_text("schema: [\n", encoding="utf-8")
    code, _, err = run(runner, home, "20261115", "--yes")
    assert (code, err) == (
        0,
        "Refleksionen 20261115-120000-leder-dddddd (kan ikke læses) er slettet.\n",
    )
    assert not bad.exists()


HOLD_LOCK = """
import sys
from pathlib import Path
from kaereleder import locks
with locks.held(Path(sys.argv[1]), wait=False):
    print("holding", flush=True)
    sys.stdin.readline()
"""


def test_a_draft_open_in_a_running_reflect_is_not_deleted(runner: CliRunner, home: Path) -> None:
    """The journal lock of a running `reflect` (issue 11) keeps the draft."""
    draft = home / f"{DRAFT_ID}.yaml"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(draft)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        encoding="utf-8",
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline() == "holding\n"
        assert run(runner, home, DRAFT_ID, "--yes") == (
            1,
            "",
            f"Fejl: Refleksionen {DRAFT_ID} er åben i en kaereleder reflect lige nu. "
            "Afslut den dér, og prøv igen. Intet er slettet.\n",
        )
        assert draft.exists()
    finally:
        holder.communicate("\n", timeout=TIMEOUT)
    assert run(runner, home, DRAFT_ID, "--yes")[0] == 0  # once it is closed
    assert not draft.exists()


# --- in a real terminal ---------------------------------------------------------------------


def spawn(home: Path, *args: str) -> pexpect.spawn:
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    env.update(KAERELEDER_HOME=str(home), PROMPT_TOOLKIT_NO_CPR="1", TERM="xterm", NO_COLOR="1")
    return pexpect.spawn(
        sys.executable,
        ["-m", "kaereleder", "journal", "delete", *args],
        env=env,
        encoding="utf-8",
        dimensions=(40, 100),
        timeout=TIMEOUT,
    )


QUESTION = re.escape("Vil du slette refleksionen fra 2026-11-20 08:15 (kladde, Kære leder!)?")


@pytest.mark.parametrize(
    ("keys", "said", "kept"),
    [
        ("\r", "Intet er slettet.", True),  # Enter alone: »Nej, behold den«
        ("\x1b[B\r", "er slettet.", False),  # down to »Ja, slet den«, Enter
        ("\x03", "Afbrudt. Intet er slettet.", True),  # Ctrl-C
    ],
)
def test_the_confirmation_in_a_terminal(home: Path, keys: str, said: str, kept: bool) -> None:
    child = spawn(home, "seneste")
    try:
        child.expect(QUESTION)
        child.expect_exact("Ja, slet den")  # drawn once the prompt reads keys
        child.send(keys)
        child.expect_exact(said)
        child.expect(pexpect.EOF)
    finally:
        child.close(force=True)
    assert child.exitstatus == (130 if keys == "\x03" else 0)
    assert (home / f"{DRAFT_ID}.yaml").exists() == kept
    assert (home / f"{DONE_ID}.yaml").exists()

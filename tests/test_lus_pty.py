"""`journal export --lus` in a real terminal: the checklist, ticked by keys, decides the pack."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from kaereleder import store
from platform_support import assert_mode
from test_lus import DILEMMA, FURTHER, STRENGTH, a_reflection

pytestmark = pytest.mark.pty
if sys.platform == "win32":
    pytest.skip("needs a POSIX pseudo-terminal (pty); Windows has none", allow_module_level=True)
pexpect = pytest.importorskip("pexpect", reason="the pty tests drive the terminal with pexpect")

DOWN = "\x1b[B"
PROMPT_ON = "\x1b[?2004h"  # the checklist reads keys (bracketed paste on)


def spawn(home: Path, *args: str) -> pexpect.spawn:
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    env.update(PROMPT_TOOLKIT_NO_CPR="1", TERM="xterm", NO_COLOR="1")
    command = ["-m", "kaereleder", "journal", "export", "seneste", "--lus", *args]
    child = pexpect.spawn(
        sys.executable, [*command, "--home", str(home)], env=env, encoding="utf-8", timeout=15
    )
    child.expect_exact("Det afkrydsede kommer med i pakken")
    child.expect_exact(PROMPT_ON)
    return child


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "journaler"
    store.Store(folder).save(a_reflection())
    return folder


def test_the_leader_ticks_a_dilemma_and_leaves_out_the_plan(home: Path, tmp_path: Path) -> None:
    target = tmp_path / "lus.md"
    child = spawn(home, "-o", str(target))
    child.send(DOWN * 3 + " " + DOWN * 4 + " " + "\r")
    child.expect_exact("Pakken til samtalen er skrevet til")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    pack = target.read_text(encoding="utf-8")
    assert DILEMMA.replace("<", "\\<") in pack and FURTHER.replace("*", "\\*") in pack
    assert "Min udviklingsplan" not in pack and STRENGTH not in pack
    assert_mode(target, 0o600)


def test_ctrl_c_writes_nothing(home: Path, tmp_path: Path) -> None:
    target = tmp_path / "lus.md"
    child = spawn(home, "-o", str(target))
    child.send("\x03")
    child.expect_exact("Afbrudt. Intet er skrevet.")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert not target.exists()


def test_nothing_ticked_nothing_written(home: Path, tmp_path: Path) -> None:
    target = tmp_path / "lus.md"
    child = spawn(home, "-o", str(target))
    child.send(" " + (DOWN + " ") * 3 + "\r")  # the four parts ticked: all unticked
    child.expect_exact("Du valgte intet, så der er intet skrevet.")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert not target.exists()

"""The README's examples are what the commands print (as sqlite-utils checks its docs).

Every ```text block that starts with ``$ kaereleder …`` is an example: its lines must
appear in the command's real output, in order; a line ``…`` stands for any lines. The
examples of commands that read the publications only are run here; those that need a
user's journals or surveys (journal, team, reflect) show data that the README describes.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kaereleder.cli import app

README = Path(__file__).resolve().parents[1] / "README.md"
RUN = ("show", "list", "dialog", "--version")
BLOCK = re.compile(r"^```text\n(\$ kaereleder [^\n]*)\n(.*?)^```$", re.MULTILINE | re.DOTALL)


def examples() -> list[tuple[list[str], list[str]]]:
    found = []
    for match in BLOCK.finditer(README.read_text(encoding="utf-8")):
        args = shlex.split(match[1])[2:]
        lines = match[2].rstrip("\n").split("\n")
        # a block may hold more commands: the example is the first one's output
        lines = lines[: next((i for i, line in enumerate(lines) if line.startswith("$ ")), None)]
        found.append((args, lines))
    return found


RUNNABLE = [(args, lines) for args, lines in examples() if args and args[0] in RUN]


def test_the_readme_has_examples_to_check() -> None:
    assert len(RUNNABLE) >= 3


def appears_in_order(expected: list[str], actual: list[str]) -> bool:
    """Each run of lines between ``…`` lines is consecutive in ``actual``, runs in order."""
    runs: list[list[str]] = [[]]
    for line in expected:
        if line == "…":
            runs.append([])
        else:
            runs[-1].append(line)
    at = 0
    for i, run in enumerate(runs):
        if not run:
            continue
        anchored = i == 0  # without a leading …, the example starts where the output does
        starts = [at] if anchored else range(at, len(actual) - len(run) + 1)
        hit = next((s for s in starts if actual[s : s + len(run)] == run), None)
        if hit is None:
            return False
        at = hit + len(run)
    return True


@pytest.mark.parametrize(
    "args, expected", [pytest.param(a, e, id=" ".join(a)) for a, e in RUNNABLE]
)
def test_a_readme_example_is_what_the_command_prints(
    runner: CliRunner, args: list[str], expected: list[str]
) -> None:
    result = runner.invoke(app, args)
    actual = (result.stdout + result.stderr).rstrip("\n").split("\n")
    assert appears_in_order(expected, actual), "\n".join(actual[:60])


def test_a_changed_example_is_caught() -> None:
    assert appears_in_order(["a", "…", "c"], ["a", "b", "c"])
    assert not appears_in_order(["a", "…", "d"], ["a", "b", "c"])
    assert not appears_in_order(["b"], ["a", "b"])  # an example starts at the output's start
    assert appears_in_order(["…", "b"], ["a", "b"])

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator

import pytest
from typer.testing import CliRunner

from kaereleder import content

# Deterministic terminal output: fixed width, no colour.
PLAIN = {"COLUMNS": "80", "NO_COLOR": "1", "TERM": "dumb", "FORCE_COLOR": None}


@pytest.fixture(autouse=True)
def _plain_terminal(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    for key, value in PLAIN.items():
        if value is None:
            monkeypatch.delenv(key, raising=False)
        else:
            monkeypatch.setenv(key, value)
    yield


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="session")
def leder() -> content.Publication:
    return content.load("leder")


@pytest.fixture(scope="session")
def chef() -> content.Publication:
    return content.load("chef")


def _loaded_modules(*commands: list[str]) -> set[str]:
    """The modules a fresh Python process has loaded after running ``commands``."""
    code = (
        "import contextlib, io, json, sys\n"
        "from kaereleder.cli import app\n"
        f"for args in {commands!r}:\n"
        "    with contextlib.redirect_stdout(io.StringIO()):\n"
        "        app(args, standalone_mode=False)\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    env = {**os.environ, "NO_COLOR": "1"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, encoding="utf-8", env=env, check=True
    ).stdout
    return set(json.loads(out.splitlines()[-1]))


def imported_with(module: str) -> list[str]:
    """The project's modules (and yaml, rich) a fresh Python has loaded after importing
    ``module`` alone: what a light module must not drag in."""
    code = (
        f"import json, sys, {module}\n"
        "print(json.dumps(sorted(m for m in sys.modules\n"
        "                        if m.startswith('kaereleder.') or m in ('yaml', 'rich'))))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, encoding="utf-8", check=True
    ).stdout
    return list(json.loads(out))


@pytest.fixture
def loaded_modules() -> Callable[..., set[str]]:
    """Which modules a command loads: start-up stays fast only if heavy ones stay out."""
    return _loaded_modules

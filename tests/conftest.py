from __future__ import annotations

from collections.abc import Iterator

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

"""Many kaereleder processes in one folder at once: every answer of every one is on disk.

Each test starts all its processes before waiting for any (no sleeps), then counts what is
on disk. Locks serialise what must not overlap: one writer per journal, one team import.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import yaml

from factories import CET
from kaereleder import domain, store
from kaereleder import journal as jf
from kaereleder.reflect import texts as reflect_txt
from kaereleder.team import texts as team_txt
from test_reflect_cli import ANSWERS
from test_team import write_forms


def start(home: Path, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "KAERELEDER_HOME": str(home)}
    return subprocess.Popen(
        [sys.executable, "-m", "kaereleder", *args],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        encoding="utf-8",
    )


def finish(processes: list[subprocess.Popen[str]]) -> list[tuple[int, str]]:
    """Each process's exit code and stderr, once all have ended."""
    results = []
    for process in processes:
        _, err = process.communicate(timeout=120)
        results.append((process.returncode, err))
    return results


def journals_in(home: Path) -> list[Path]:
    assert not [p.name for p in home.iterdir() if store.TEMP_MARK in p.name]
    return sorted(p for p in home.glob("*.yaml") if not p.name.startswith("."))


def test_24_reflections_team_imports_and_listings_at_once_all_succeed(tmp_path: Path) -> None:
    home = tmp_path / "j"
    answers = tmp_path / "svar.yaml"
    answers.write_text(ANSWERS, encoding="utf-8")
    imports = [
        write_forms(tmp_path / f"runde-{n}", 5, form_id=f"20261122-00000{n}") for n in range(4)
    ]
    processes = [start(home, "reflect", "--answers", str(answers)) for _ in range(24)]
    processes += [
        start(home, "team", "import", *files, "--name", f"runde-{n}")
        for n, files in enumerate(imports)
    ]
    processes += [start(home, "journal", "list") for _ in range(4)]  # each writes the index
    results = finish(processes)
    assert [code for code, _ in results] == [0] * 32, [err for code, err in results if code]
    files = journals_in(home)
    assert len(files) == 24
    for path in files:
        data = jf.parse(path.read_text(encoding="utf-8"), path)
        assert data["status"] == domain.COMPLETE
        assert data["expectations"]["e4"]["next-step"] == "Tale med Mette 12:30"
    assert len({jf.parse(p.read_text(encoding="utf-8"), p)["id"] for p in files}) == 24
    surveys = sorted(p.name for p in (home / "team").glob("*.yaml"))
    assert surveys == [f"runde-{n}.yaml" for n in range(4)]


def a_draft(home: Path) -> Path:
    data = jf.new("leder", 1, datetime(2026, 11, 22, 9, 30, tzinfo=CET), "abc123")
    data["chosen"] = ["e4", "e6"]
    data["expectations"] = {"e4": {domain.RATING: "delvis-enig"}}
    return store.Store(home).save(data)


def test_resumed_at_once_by_many_exactly_one_writes_and_the_others_are_told(
    tmp_path: Path,
) -> None:
    home = tmp_path / "j"
    draft = a_draft(home)
    processes = []
    for n in range(8):
        answers = tmp_path / f"svar-{n}.yaml"
        answers.write_text(
            f"expectations:\n  4:\n    next-step: Svar fra nummer {n}\n"
            f"  6:\n    next-step: Også fra nummer {n}\n",
            encoding="utf-8",
        )
        processes.append(start(home, "reflect", "--resume", "--answers", str(answers)))
    results = finish(processes)
    winners = [n for n, (code, _) in enumerate(results) if code == 0]
    assert len(winners) == 1, results
    told = {
        "Fejl: " + reflect_txt.draft_open_elsewhere(draft) + "\n",
        "Fejl: " + reflect_txt.no_draft(home, None) + "\n",
    }
    for n, (code, err) in enumerate(results):
        if n != winners[0]:
            assert (code, err in told) == (1, True), err
    [path] = journals_in(home)
    data = jf.parse(path.read_text(encoding="utf-8"), path)
    assert data["status"] == domain.COMPLETE
    assert data["expectations"]["e4"][domain.RATING] == "delvis-enig"  # the draft's answer kept
    assert data["expectations"]["e4"][domain.NEXT_STEP] == f"Svar fra nummer {winners[0]}"
    assert data["expectations"]["e6"][domain.NEXT_STEP] == f"Også fra nummer {winners[0]}"


def test_one_round_imported_at_once_under_one_name_is_saved_once(tmp_path: Path) -> None:
    home = tmp_path / "j"
    files = write_forms(tmp_path / "svar", 8)
    results = finish([start(home, "team", "import", *files, "--name", "foraar") for _ in range(6)])
    assert sorted(code for code, _ in results) == [0] + [1] * 5, results
    for code, err in results:
        if code:
            assert err == "Fejl: " + team_txt.team_exists("foraar") + "\n"


def test_two_replacements_at_once_keep_the_replace_rule(tmp_path: Path) -> None:
    """10 and 11 forms replacing at once: one of them only, as one after the other would."""
    home = tmp_path / "j"
    files = write_forms(tmp_path / "svar", 11)
    replace = ("--name", "foraar", "--replace")
    for _ in range(3):
        results = finish(
            [
                start(home, "team", "import", *files[:10], *replace),
                start(home, "team", "import", *files, *replace),
            ]
        )
        assert sorted(code for code, _ in results) == [0, 1], results
        saved = yaml.safe_load((home / "team" / "foraar.yaml").read_text(encoding="utf-8"))
        winner = 10 if results[0][0] == 0 else 11
        assert saved["answers"] == winner
        (home / "team" / "foraar.yaml").unlink()

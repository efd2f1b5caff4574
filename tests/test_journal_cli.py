"""`kaereleder journal path | list | show`: exact output, ids, broken files."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factories import CET, saved
from kaereleder import journal as jf
from kaereleder import store
from kaereleder.cli import app


def save(home: Path, when: datetime, token: str, **fields: object) -> Path:
    return saved(home, when, token, **fields)


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "journaler"
    save(
        folder,
        datetime(2026, 10, 1, 9, 0, tzinfo=CET),
        "aaaaaa",
        overall={"irrelevant": "Ingen", "most-important": ["e1", "e3"]},
        chosen=["e3", "e5"],
        expectations={
            "e3": {
                "rating": "delvis-uenig",
                "strengths": {"statements": ["e3.involves.1", "e3.gone.9"], "text": "Jeg lytter"},
                "next-step": "Holde møde\nhver uge\n",
            },
            "e5": {"rating": "ved-ikke"},
        },
    )
    save(
        folder,
        datetime(2026, 11, 2, 10, 30, tzinfo=CET),
        "bbbbbb",
        publication="chef",
        chosen=["w2"],
        expectations={"w2": {"rating": "helt-enig"}},
    )
    draft = jf.new("leder", 1, datetime(2026, 11, 20, 8, 15, tzinfo=CET), "bbbccc")
    store.Store(folder).save(draft)
    return folder


def run(runner: CliRunner, home: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["journal", *args, "--home", str(home)])
    return result.exit_code, result.stdout, result.stderr


def test_path(runner: CliRunner, home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert run(runner, home, "path") == (0, f"{home}\n", "")
    monkeypatch.setenv("KAERELEDER_HOME", "/srv/mine")
    assert runner.invoke(app, ["journal", "path"]).stdout == "/srv/mine\n"


def test_list(runner: CliRunner, home: Path) -> None:
    code, out, err = run(runner, home, "list")
    assert (code, err) == (0, "")
    assert out.splitlines()[:4] == [
        "Id                            Startet           Publ.  Status  1 2 3 4 5 6 7",
        "20261120-081500-leder-bbbccc  2026-11-20 08:15  leder  kladde",
        "20261102-103000-chef-bbbbbb   2026-11-02 10:30  chef   færdig    5",
        "20261001-090000-leder-aaaaaa  2026-10-01 09:00  leder  færdig      2   ?",
    ]
    assert out.splitlines()[5].startswith("Kolonnerne 1–7 er forventningerne (ønskerne)")


def test_list_json(runner: CliRunner, home: Path) -> None:
    code, out, _ = run(runner, home, "list", "--json")
    rows = json.loads(out)
    assert [r["id"] for r in rows] == [
        "20261120-081500-leder-bbbccc",
        "20261102-103000-chef-bbbbbb",
        "20261001-090000-leder-aaaaaa",
    ]
    assert rows[2]["ratings"] == {"e3": "delvis-uenig", "e5": "ved-ikke"}
    assert rows[2]["chosen"] == ["e3", "e5"]
    assert rows[2]["path"] == str(home / "20261001-090000-leder-aaaaaa.yaml")


def test_a_broken_journal_is_listed_as_an_error_and_the_rest_still_shows(
    runner: CliRunner, home: Path
) -> None:
    bad = home / "20261115-120000-leder-dddddd.yaml"
    bad.write_text("schema: 1\nid: [oops\n", encoding="utf-8")
    code, out, _ = run(runner, home, "list")
    assert code == 0
    lines = out.splitlines()
    assert len([line for line in lines if line.startswith("2026")]) == 4
    assert lines[2] == (
        "20261115-120000-leder-dddddd  FEJL: linje 3, kolonne 1: ugyldig YAML: en liste i"
    )
    rows = json.loads(run(runner, home, "list", "--json")[1])
    assert rows[1] == {"path": str(bad), "error": rows[1]["error"]}
    assert rows[1]["error"].startswith(f"{bad}, linje 3")


def test_a_journal_edited_without_finished_lists_shows_and_exports(
    runner: CliRunner, home: Path
) -> None:
    # `finished:` may be left out of a file edited by hand: it reads as a draft not finished.
    edited = home / "20261115-120000-leder-dddddd.yaml"
    edited.write_text(
        "schema: 1\nid: 20261115-120000-leder-dddddd\npublication: leder\n"
        "content_version: 1\nstatus: draft\nstarted: '2026-11-15T12:00:00+01:00'\n"
        "expectations:\n  e2:\n    rating: helt-enig\n",
        encoding="utf-8",
    )
    code, out, err = run(runner, home, "list")
    assert (code, err) == (0, "")
    row = "20261115-120000-leder-dddddd  2026-11-15 12:00  leder  kladde    5"
    assert out.splitlines()[2] == row
    rows = json.loads(run(runner, home, "list", "--json")[1])
    assert rows[1]["finished"] is None and rows[1]["ratings"] == {"e2": "helt-enig"}
    code, out, _ = run(runner, home, "show", "20261115-120000")
    assert code == 0 and "Helt enig" in out
    code, out, _ = run(runner, home, "export", "20261115-120000")
    assert code == 0 and "- Afsluttet: –" in out


def test_no_journals(runner: CliRunner, tmp_path: Path) -> None:
    code, out, err = run(runner, tmp_path / "tom", "list")
    assert (code, out) == (0, "")
    assert err == (
        f"Der er ingen refleksioner i {tmp_path / 'tom'} endnu. "
        "Start en refleksion med: kaereleder reflect\n"
    )


def test_show_by_prefix_latest_and_minus(runner: CliRunner, home: Path) -> None:
    by_prefix = run(runner, home, "show", "20261001")
    assert by_prefix[0] == 0
    assert run(runner, home, "show", "-3") == by_prefix
    out = by_prefix[1]
    lines = out.splitlines()
    assert lines[:2] == [
        "Kære leder!  ·  2026-10-01 09:00  ·  færdig",
        "20261001-090000-leder-aaaaaa",
    ]
    assert "? Hvor enig er du i udsagnet »Jeg lever op til denne forventning«?" in lines
    assert "  Delvis uenig" in lines
    assert (
        "  • Delegerer opgaver og ansvar i forventning om, at vi alle gør vores bedste." in lines
    )
    assert "  • e3.gone.9 (findes ikke længere i indholdet)" in lines
    assert "  Jeg lytter" in lines
    step = lines.index("? Næste skridt: Hvilket konkret skridt vil du tage?")
    assert lines[step + 1 : step + 3] == ["  Holde møde", "  hver uge"]
    assert "  1. Du er tydelig om rammerne for vores arbejde" in lines
    latest = run(runner, home, "show", "latest")[1]
    assert latest.splitlines()[0] == "Kære leder!  ·  2026-11-20 08:15  ·  kladde"


@pytest.mark.parametrize(
    ("word", "same_as"),
    [("seneste", "-1"), ("Seneste", "-1"), ("SENESTE", "latest"), ("forrige", "-2")],
)
def test_show_seneste_and_forrige(runner: CliRunner, home: Path, word: str, same_as: str) -> None:
    shown = run(runner, home, "show", word)
    assert shown == run(runner, home, "show", same_as)
    started = {"-1": "2026-11-20 08:15", "latest": "2026-11-20 08:15", "-2": "2026-11-02 10:30"}
    assert started[same_as] in shown[1].splitlines()[0]


def test_forrige_with_one_journal(runner: CliRunner, tmp_path: Path) -> None:
    save(tmp_path, datetime(2026, 10, 1, 9, 0, tzinfo=CET), "aaaaaa")
    assert run(runner, tmp_path, "show", "forrige") == (
        1,
        "",
        "Fejl: Der er kun én refleksion, så 'forrige' findes ikke. Brug -1 eller seneste.\n",
    )


@pytest.mark.parametrize(
    ("ref", "message"),
    [
        ("2026", "'2026' passer på 3 refleksioner: 20261120-081500-leder-bbbccc, "
         "20261102-103000-chef-bbbbbb, 20261001-090000-leder-aaaaaa. Skriv mere af id'et."),
        ("1999", "Ingen refleksion har id '1999'. Se dine refleksioner med: "
                 "kaereleder journal list"),
        ("-4", "Der er kun 3 refleksioner, så '-4' findes ikke. Brug -1 til -3."),
    ],
)  # fmt: skip
def test_show_unknown_or_ambiguous(runner: CliRunner, home: Path, ref: str, message: str) -> None:
    assert run(runner, home, "show", ref) == (1, "", f"Fejl: {message}\n")


def test_show_a_broken_journal_names_file_and_line(runner: CliRunner, home: Path) -> None:
    bad = home / "20261115-120000-leder-dddddd.yaml"
    bad.write_text("schema: 1\nschema: 1\n", encoding="utf-8")
    code, _, err = run(runner, home, "show", "20261115")
    assert code == 1
    assert err == f"Fejl: {bad}, linje 2: nøglen 'schema' står to gange (linje 1 og 2)\n"
    assert bad.read_text(encoding="utf-8") == "schema: 1\nschema: 1\n"

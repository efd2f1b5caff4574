"""The plan in every `journal export`: the review of the last plan and the plan made."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from typer.testing import CliRunner

from factories import CET, reflection
from kaereleder import journal as jf
from kaereleder import store
from kaereleder.cli import app
from kaereleder.content import Publication
from kaereleder.journals import export as export
from test_export import a_journal, folded, text_of

PLAN = {
    "goals": {
        "g1": {
            "from": "e4",
            "goal": "Ugentlige <møder> & *korte*",
            "actions": "Et kvarter hver mandag\n# med hele teamet",
            "involved": ["medarbejderne", "chef"],
            "follow-up": "2027-03-02",
        },
        "g2": {"from": "own", "goal": "Sparring med en kollega", "involved": []},
    },
    "steps": {"chef": "2026-12-06", "dialog": "2026-12-20", "reflect": "2027-05-23"},
    "done": {
        "chef": {"day": "2026-12-05", "note": "Godt møde"},
        "g1": {"day": "2027-01-10", "note": ""},
    },
}
REVIEW = {
    "plan": "20260601-093000-leder-aaaaaa",
    "goals": {"g1": {"status": "done", "text": "Det gik godt"}, "g2": {"status": "", "text": ""}},
}
PLAN_TEXTS = [
    "Min udviklingsplan",
    "Mål 1: Ugentlige <møder> & *korte*",
    "Ud fra mit næste skridt på 4. Du hjælper os med at få problemer løst",
    "Det vil jeg gøre: Et kvarter hver mandag\n# med hele teamet",
    "Hvem er med: Medarbejderne, Din chef",
    "Opfølgning: 2. marts 2027",
    "Klaret 10. januar 2027",
    "Mål 2: Sparring med en kollega",
    "Mit eget mål",
    "De næste skridt med datoer",
    "Tal refleksionen igennem med din egen chef: 6. december 2026 – "
    "klaret 5. december 2026: Godt møde",
    "Dialog med dem, du leder (kaereleder dialog): 20. december 2026",
    "En ny refleksion (kaereleder reflect): 23. maj 2027",
    "Sådan gik min sidste plan",
    "Planen fra refleksionen",
    "20260601-093000-leder-aaaaaa",
    "Mål 1",
    "Nået\nDet gik godt",
]


def with_plan(**fields: object) -> jf.Journal:
    data = a_journal()
    data.update({"schema": 2, "review": REVIEW, "plan": PLAN, **fields})  # type: ignore[typeddict-item]
    return data


def saved(tmp_path: Path, data: jf.Journal) -> Path:
    folder = tmp_path / "journaler"
    store.Store(folder).save(data)
    return folder


def test_markdown_shows_the_review_first_and_the_plan_last(
    runner: CliRunner, tmp_path: Path
) -> None:
    home = saved(tmp_path, with_plan())
    result = runner.invoke(app, ["journal", "export", "seneste", "--home", str(home)])
    assert (result.exit_code, result.stderr) == (0, "")
    out = result.stdout
    shown = text_of(MarkdownIt("commonmark").render(out))
    for text in PLAN_TEXTS:
        assert folded(text) in shown, text
    assert MarkdownIt("commonmark").render(out).count("<h1>") == 1  # "# med hele" stays text
    assert out.index("## Sådan gik min sidste plan") < out.index("## Forventningerne som helhed")
    assert out.index("## 6. Du viser omsorg") < out.index("## Min udviklingsplan")
    assert "**Mål 2**\n\n*(sprunget over)*" in out  # a review question skipped


def test_html_shows_the_plan_escaped(runner: CliRunner, tmp_path: Path) -> None:
    home = saved(tmp_path, with_plan())
    result = runner.invoke(
        app, ["journal", "export", "seneste", "--format", "html", "--home", str(home)]
    )
    assert result.exit_code == 0
    assert "Mål 1: Ugentlige &lt;møder&gt; &amp; *korte*" in result.stdout
    shown = text_of(result.stdout)
    for text in PLAN_TEXTS:
        assert folded(text) in shown, text


def test_a_skipped_plan_says_so(leder: Publication) -> None:
    data = with_plan(plan={"goals": {"g1": {"from": ""}}})
    del data["review"]
    out = export.markdown(leder, data)
    skipped = "**Udviklingsmål**\n\n*(ingen plan denne gang – sprunget over)*\n"
    assert out.endswith(f"## Min udviklingsplan\n\n{skipped}")
    assert "Sådan gik" not in out


@pytest.mark.parametrize("kind", ["markdown", "html"])
def test_a_reflection_without_a_plan_has_no_plan_part(leder: Publication, kind: str) -> None:
    out = export.render(kind, leder, a_journal())
    assert "udviklingsplan" not in out and "Sådan gik min sidste plan" not in out


def test_a_carried_goal_and_a_removed_expectation(leder: Publication) -> None:
    plan = {
        "goals": {
            "g1": {"from": "carried.g2", "goal": "Videre"},
            "g2": {"from": "e99", "goal": "X"},
        }
    }
    out = export.markdown(leder, with_plan(plan=plan))
    assert "> Videreført fra min sidste plan (mål 2)" in out
    assert "> Ud fra mit næste skridt på e99" in out


def test_the_review_names_the_goals_of_the_plan_it_looks_back_on(
    runner: CliRunner, tmp_path: Path
) -> None:
    earlier = reflection(
        datetime(2026, 6, 1, 9, 30, tzinfo=CET),
        "aaaaaa",
        version=2,
        plan={"goals": {"g1": {"from": "own", "goal": "Mere sparring med <kolleger>"}}},
    )
    home = saved(tmp_path, earlier)
    store.Store(home).save(with_plan())
    assert REVIEW["plan"] == earlier["id"]
    result = runner.invoke(app, ["journal", "export", "seneste", "--home", str(home)])
    assert result.exit_code == 0
    assert "**Mål 1: Mere sparring med \\<kolleger>**\n\n> Nået\\\n> Det gik godt" in result.stdout
    assert "**Mål 2**\n\n*(sprunget over)*" in result.stdout  # no such goal in that plan
    html = runner.invoke(
        app, ["journal", "export", "seneste", "--lus", "--format", "html", "--home", str(home)]
    )
    assert "Mål 1: Mere sparring" not in html.stdout  # the review: not chosen by default

"""`kaereleder journal export`: every answer survives into the Markdown and the HTML."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from datetime import datetime
from html import escape, unescape
from pathlib import Path

import pytest
from markdown_it import MarkdownIt  # a dependency of rich: a real CommonMark parser
from typer.testing import CliRunner

from factories import CET
from kaereleder import domain, store
from kaereleder import journal as jf
from kaereleder.cli import app
from kaereleder.content import Publication
from kaereleder.journals import export as export
from platform_support import assert_mode

TRICKY = "Jeg lytter <script>alert('x')</script> & *stjerne* – æøå ÆØÅ\n# ikke en overskrift\n"
ANSWERS = {
    "irrelevant": "Ingen",
    "missing": "Humor.\nTid til at tale sammen.\n",
    "follow-up": "Det gik godt\n\nmen ikke hver uge",
    "strengths": TRICKY,
    "interplay": "- ikke en liste\n1. heller ikke\n3) eller dette\n> ej heller citat",
    "own-expectations": "At de siger til \\ i tide_",
    "take-further": "[link](http://x) `kode` <b>fed</b>",
    "next-step": "Holde ugentlige møder\nmed teamet",
}


def a_journal() -> jf.Journal:
    data = jf.new("leder", 1, datetime(2026, 11, 22, 9, 30, tzinfo=CET), "abc123")
    data.update(
        status=domain.COMPLETE,
        finished="2026-11-22T10:12:41+01:00",
        overall={
            "irrelevant": ANSWERS["irrelevant"],
            "missing": ANSWERS["missing"],
            "most-important": ["e1", "e3"],
            "hardest": [],
        },
        chosen=["e4", "e6"],
        expectations={
            "e4": {
                "follow-up": ANSWERS["follow-up"],
                "rating": "delvis-enig",
                "strengths": {
                    "statements": ["e4.involves.1", "e4.experienced.2"],
                    "text": ANSWERS["strengths"],
                },
                "improve": {"statements": [], "text": ""},
                "interplay": ANSWERS["interplay"],
                "dilemmas": "",
                "own-expectations": ANSWERS["own-expectations"],
                "take-further": ANSWERS["take-further"],
                "dialogue": "",
                "next-step": ANSWERS["next-step"],
            },
            "e6": {"rating": "ved-ikke"},  # a draft-like stop: the rest not asked
        },
    )
    return data


@pytest.fixture
def home(tmp_path: Path) -> Path:
    folder = tmp_path / "journaler"
    store.Store(folder).save(a_journal())
    return folder


def run(runner: CliRunner, home: Path, *args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["journal", "export", *args, "--home", str(home)])
    return result.exit_code, result.stdout, result.stderr


def text_of(html: str) -> str:
    """What a reader sees: tags dropped, line breaks kept, blank lines folded."""
    text = unescape(re.sub(r"<[^>]+>", "", re.sub(r"<br\s*/?>\n?", "\n", html)))
    return folded(text)


def folded(text: str) -> str:
    return re.sub(r"\n\s*\n", "\n", text.strip("\n"))


def expected_texts(leder: Publication) -> list[str]:
    e4 = leder.by_id("e4")
    assert e4 is not None
    statements = {s.id: s.text for s in e4.positive_statements}
    return [
        *ANSWERS.values(),
        "Delvis enig",
        "Ved ikke",
        statements["e4.involves.1"],
        statements["e4.experienced.2"],
        "1. Du er tydelig om rammerne for vores arbejde\n3. Du viser tillid og bakker os op",
        "4. Du hjælper os med at få problemer løst",
        "6. Du viser omsorg for dem, der har det svært i en periode",
        leder.source.citation,
        *(q.text for q in leder.reflection.deeper),
        *(q.text for q in leder.reflection.overall),
        "Hvor enig er du i udsagnet »Jeg lever op til denne forventning«?",
        "Næste skridt: Hvilket konkret skridt vil du tage?",
        "Hvordan gik det?",
        "2026-11-22 09:30",
        "2026-11-22 10:12",
    ]


@pytest.mark.parametrize(
    "answer", ["~~ikke overstreget~~", "| ikke | en tabel |\n| --- | --- |\n| a | b |"]
)
def test_an_answer_with_strikethrough_or_table_marks_stays_text(
    runner: CliRunner, tmp_path: Path, answer: str
) -> None:
    data = a_journal()
    data["expectations"]["e4"]["dilemmas"] = answer
    folder = tmp_path / "journaler"
    store.Store(folder).save(data)
    code, out, err = run(runner, folder, "latest")
    assert (code, err) == (0, "")
    rendered = MarkdownIt("commonmark").enable(["strikethrough", "table"]).render(out)
    assert "<s>" not in rendered and "<table>" not in rendered
    assert folded(answer) in text_of(rendered)


def test_markdown_round_trip(runner: CliRunner, home: Path, leder: Publication) -> None:
    code, out, err = run(runner, home, "latest")
    assert (code, err) == (0, "")
    assert out.startswith("# Min refleksion over Kære leder!\n")
    rendered = MarkdownIt("commonmark").render(out)
    assert "<script>" not in rendered and "<b>" not in rendered and "<a " not in rendered
    assert "<ol" not in rendered and "<h1>ikke" not in rendered  # answers stay text
    seen = text_of(rendered)
    for text in expected_texts(leder):
        assert folded(text) in seen, text
    assert seen.count("(sprunget over)") == 4  # hardest, improve, dilemmas, dialogue
    assert seen.count("(ikke besvaret endnu)") == 9  # e6: 7 questions, next step (twice)
    assert "\\<script>alert('x')\\</script> & \\*stjerne\\*" in out


def test_html_round_trip(runner: CliRunner, home: Path, leder: Publication) -> None:
    code, out, err = run(runner, home, "latest", "--format", "html")
    assert (code, err) == (0, "")
    assert out.startswith('<!DOCTYPE html>\n<html lang="da">\n<head>\n<meta charset="utf-8">')
    assert "@media print" in out
    assert not re.search(r"(src|href)=|<link|<script|@import|url\(", out)  # self-contained
    for text in expected_texts(leder):
        assert escape(text.rstrip("\n")) in out, text  # line breaks kept as they are
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; *stjerne* – æøå" in out
    seen = text_of(out)
    for text in expected_texts(leder):
        assert folded(text) in seen, text


def test_pure_functions_agree_with_the_command(leder: Publication) -> None:
    data = a_journal()
    assert export.render("html", leder, data) == export.html(leder, data)
    assert export.render("markdown", leder, data) == export.markdown(leder, data)


@pytest.fixture
def permissive_umask() -> Iterator[None]:
    old = os.umask(0)
    yield
    os.umask(old)


def test_output_file_is_private(
    runner: CliRunner, home: Path, tmp_path: Path, permissive_umask: None
) -> None:
    target = tmp_path / "til-coach.html"
    code, out, err = run(runner, home, "-1", "--format", "html", "-o", str(target))
    assert (code, out) == (0, "")
    assert err == f"Refleksionen er skrevet til {target} (kun læsbar for dig).\n"
    assert_mode(target, 0o600)
    assert target.read_text(encoding="utf-8") == run(runner, home, "-1", "--format", "html")[1]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp file


def test_relative_output_in_the_current_folder(
    runner: CliRunner, home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run(runner, home, "20261122", "-o", "refleksion.md")
    assert code == 0
    assert (
        err == f"Refleksionen er skrevet til {tmp_path / 'refleksion.md'} (kun læsbar for dig).\n"
    )
    assert (tmp_path / "refleksion.md").read_text(encoding="utf-8").startswith("# Min refleksion")


def test_missing_folder_is_created_private(
    runner: CliRunner, home: Path, tmp_path: Path, permissive_umask: None
) -> None:
    target = tmp_path / "til-coach" / "2026" / "x.md"
    code, out, err = run(runner, home, "latest", "-o", str(target))
    assert (code, out, err) == (
        0,
        "",
        f"Refleksionen er skrevet til {target} (kun læsbar for dig).\n",
    )
    assert target.read_text(encoding="utf-8") == run(runner, home, "latest")[1]
    assert_mode(target, 0o600)
    for folder in (target.parent, target.parent.parent):
        assert_mode(folder, 0o700)


def test_output_under_a_file_is_one_line(runner: CliRunner, home: Path, tmp_path: Path) -> None:
    (tmp_path / "fil").write_text("x", encoding="utf-8")
    target = tmp_path / "fil" / "x.md"
    code, out, err = run(runner, home, "latest", "-o", str(target))
    assert (code, out, err) == (
        1,
        "",
        f"Fejl: {target.parent} er en fil, ikke en mappe. Intet er skrevet; "
        "vælg en anden sti med -o.\n",
    )


@pytest.mark.parametrize(
    ("name", "form"),
    [("x.html", "html"), ("X.HTM", "html"), ("x.md", "markdown"), ("x.txt", "markdown")],
)
def test_format_from_the_extension(
    runner: CliRunner, home: Path, tmp_path: Path, name: str, form: str
) -> None:
    target = tmp_path / name
    code, _, _ = run(runner, home, "latest", "-o", str(target))
    assert code == 0
    assert target.read_text(encoding="utf-8") == run(runner, home, "latest", "--format", form)[1]
    if form == "html":
        assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


def test_format_given_wins_over_no_extension(
    runner: CliRunner, home: Path, tmp_path: Path
) -> None:
    target = tmp_path / "til-coach"
    assert run(runner, home, "latest", "--format", "html", "-o", str(target))[0] == 0
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--format", "markdown", "-o", "x.html"],
            "--format markdown passer ikke til filen x.html, der efter endelsen er HTML. "
            "Udelad --format, eller giv filen en endelse, der passer.",
        ),
        (
            ["--format", "html", "-o", "x.md"],
            "--format html passer ikke til filen x.md, der efter endelsen er Markdown. "
            "Udelad --format, eller giv filen en endelse, der passer.",
        ),
        (
            ["-o", "x.json"],
            "Kan ikke skrive JSON, som endelsen i x.json lover. Brug .html (en side, der kan "
            "udskrives – også som PDF fra browseren) eller .md (Markdown).",
        ),
        (
            ["-o", "samtale.pdf"],  # never Markdown in a file that opens as a PDF
            "Kan ikke skrive PDF, som endelsen i samtale.pdf lover. Brug .html (en side, der kan "
            "udskrives – også som PDF fra browseren) eller .md (Markdown).",
        ),
        (
            ["-o", "samtale.docx"],
            "Kan ikke skrive et Word-dokument, som endelsen i samtale.docx lover. Brug .html "
            "(en side, der kan udskrives – også som PDF fra browseren) eller .md (Markdown).",
        ),
    ],
)
def test_format_and_extension_that_disagree(
    runner: CliRunner,
    home: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    args: list[str],
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    assert run(runner, home, "latest", *args) == (2, "", f"Fejl: {message}\n")
    assert not (tmp_path / args[-1]).exists()


@pytest.mark.parametrize(("ref", "token"), [("seneste", "abc123"), ("Seneste", "abc123")])
def test_seneste_is_latest(runner: CliRunner, home: Path, ref: str, token: str) -> None:
    assert run(runner, home, ref) == run(runner, home, "latest")


def test_unknown_id(runner: CliRunner, home: Path) -> None:
    assert run(runner, home, "zzz") == (
        1,
        "",
        "Fejl: Ingen refleksion har id 'zzz'. Se dine refleksioner med: kaereleder journal list\n",
    )


def test_unknown_format(runner: CliRunner, home: Path) -> None:
    code, out, err = run(runner, home, "latest", "--format", "pdf")
    assert (code, out) == (2, "")
    assert err == "Fejl: Ukendt format 'pdf'. Vælg markdown eller html.\n"


@pytest.mark.parametrize("name", ["20261122-093000-leder-abc123.yaml", "ny.yaml", ".index.json"])
def test_export_into_the_journal_folder_never_replaces_or_creates_a_journal(
    runner: CliRunner, home: Path, name: str
) -> None:
    before = {p.name: p.read_bytes() for p in home.iterdir()}
    target = home / name
    code, out, err = run(runner, home, "latest", "-o", str(target))
    assert (code, out) == (1, "")
    assert err == (
        f"Fejl: {target} ligger i mappen med dine refleksioner, hvor den ville blive læst som "
        "en refleksion eller erstatte en. Skriv til en anden mappe eller et andet navn, "
        "fx -o refleksion.md.\n"
    )
    assert {p.name: p.read_bytes() for p in home.iterdir()} == before


def test_export_into_the_journal_folder_by_another_path_is_refused(
    runner: CliRunner, home: Path, tmp_path: Path
) -> None:
    (tmp_path / "genvej").symlink_to(home)
    code, _, _ = run(runner, home, "latest", "-o", str(tmp_path / "genvej" / "x.yaml"))
    assert code == 1
    assert not (home / "x.yaml").exists()

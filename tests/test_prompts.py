"""The questionary adapter, in-process through prompt_toolkit's pipe input."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.input.base import PipeInput
from prompt_toolkit.output import DummyOutput

from kaereleder.reflect.prompts import PromptAsker
from kaereleder.reflect.session import Choice, Interrupt

SUBMIT = "\r"  # Enter saves the answer
CTRL_J = "\n"  # a new line in the answer, in every terminal
ALT_ENTER = "\x1b\r"  # Esc then Enter: a new line too
DOWN = "\x1b[B"
CHOICES = [Choice("e1", "1. Første"), Choice("e2", "2. Anden"), Choice("e3", "3. Tredje")]


@pytest.fixture
def pipe() -> Iterator[PipeInput]:
    with create_pipe_input() as pipe_input:
        yield pipe_input


def asker(pipe: PipeInput) -> PromptAsker:
    return PromptAsker(input=pipe, output=DummyOutput())


def test_multi_line_text(pipe: PipeInput) -> None:
    pipe.send_text("linje 1" + CTRL_J + "linje 2" + ALT_ENTER + "æøå 🙂" + SUBMIT)
    assert asker(pipe).text("k", "Spørgsmål?") == "linje 1\nlinje 2\næøå 🙂"


@pytest.mark.parametrize(
    "enter", ["\x1b[27;2;13~", "\x1b[27;5;13~", "\x1b[27;6;13~", "\x1b\n"], ids=repr
)
def test_shift_and_ctrl_enter_give_a_new_line_where_the_terminal_tells(
    pipe: PipeInput, enter: str
) -> None:
    pipe.send_text("a" + enter + "b" + SUBMIT)
    assert asker(pipe).text("k", "Spørgsmål?") == "a\nb"


def test_enter_saves_and_the_next_answer_is_its_own(pipe: PipeInput) -> None:
    ask = asker(pipe)
    pipe.send_text("første" + SUBMIT)
    assert ask.text("k1", "Første?") == "første"
    pipe.send_text("næste" + SUBMIT)
    assert ask.text("k2", "Andet?") == "næste"


def test_pasted_lines_stay_in_one_answer(pipe: PipeInput) -> None:
    """Lines read at once (a terminal without bracketed paste) are one answer."""
    pipe.send_text("a\rb\rc\r" + SUBMIT)
    assert asker(pipe).text("k1", "Første?") == "a\nb\nc"


def test_a_bracketed_paste_stays_in_one_answer(pipe: PipeInput) -> None:
    pipe.send_text("\x1b[200~a\rb\r\nc\r\x1b[201~")
    pipe.send_text(SUBMIT)
    assert asker(pipe).text("k1", "Første?") == "a\nb\nc"


def test_an_empty_answer_skips(pipe: PipeInput) -> None:
    pipe.send_text(SUBMIT)
    assert asker(pipe).text("k", "Spørgsmål?") == ""


def test_blank_lines_only_skip_too(pipe: PipeInput) -> None:
    pipe.send_text(CTRL_J + CTRL_J + SUBMIT)
    assert asker(pipe).text("k", "Spørgsmål?") == ""


def test_a_default_is_offered_and_can_be_extended(pipe: PipeInput) -> None:
    pipe.send_text(" og mere" + SUBMIT)
    assert asker(pipe).text("k", "Spørgsmål?", default="halvt") == "halvt og mere"


def test_ctrl_c_raises_with_the_text_typed(pipe: PipeInput) -> None:
    pipe.send_text("halvt skrevet\x03")
    with pytest.raises(Interrupt) as info:
        asker(pipe).text("k", "Spørgsmål?")
    assert info.value.partial == "halvt skrevet"


def test_choose_many(pipe: PipeInput, capsys: pytest.CaptureFixture[str]) -> None:
    pipe.send_text(" " + DOWN + DOWN + " \r")
    assert asker(pipe).choose_many("k", "Vælg", CHOICES, []) == ["e1", "e3"]
    assert capsys.readouterr().out == (
        "\n"
        "? Vælg\n"
        "  Piletaster flytter · mellemrum vælger · Enter går videre\n"
        "  → 1. Første\n"
        "  → 3. Tredje\n"
    )


def test_choose_many_preselected(pipe: PipeInput, capsys: pytest.CaptureFixture[str]) -> None:
    pipe.send_text("\r")
    assert asker(pipe).choose_many("k", "Vælg", CHOICES, ["e2"]) == ["e2"]
    pipe.send_text(DOWN + " \r")
    assert asker(pipe).choose_many("k", "Vælg", CHOICES, ["e2"]) == []
    assert capsys.readouterr().out.splitlines()[-1] == "  → ingen valgt"


def test_choose_one(pipe: PipeInput, capsys: pytest.CaptureFixture[str]) -> None:
    pipe.send_text(DOWN + DOWN + "\r")
    assert asker(pipe).choose_one("k", "Hvor enig?", CHOICES) == "e3"
    assert capsys.readouterr().out.splitlines()[-3:] == [
        "? Hvor enig?",
        "  Piletaster flytter · Enter vælger",
        "  → 3. Tredje",
    ]


@pytest.mark.parametrize(
    ("keys", "picked"),
    [
        ("\r", "e1"),  # Enter takes the first
        ("j" + "j", "e3"),
        ("jjk", "e2"),
        ("\x0e" + "\x0e" + "\x10", "e2"),  # Ctrl-N, Ctrl-N, Ctrl-P
        ("\x1b[A", "e3"),  # up from the first: the last
        ("xyz 1", "e1"),  # letters, space and digits choose nothing
    ],
)
def test_choose_one_keys(pipe: PipeInput, keys: str, picked: str) -> None:
    pipe.send_text(keys + "\r")
    assert asker(pipe).choose_one("k", "Hvor enig?", CHOICES) == picked


def test_the_full_keys_hint_comes_with_the_first_text_question(
    pipe: PipeInput, capsys: pytest.CaptureFixture[str]
) -> None:
    ask = asker(pipe)
    pipe.send_text("a" + SUBMIT)
    ask.text("k1", "Første?")
    pipe.send_text("b" + SUBMIT)
    ask.text("k2", "Andet?")
    out = capsys.readouterr().out
    words = " ".join(out.split())
    assert (
        "tryk Enter for at gemme det. Vil du skrive på en ny linje i svaret, så tryk Ctrl+J."
        in words
    )
    assert words.count("Ctrl+X og derefter Ctrl+E åbner") == 1
    assert out.splitlines()[-1] == (
        "  Enter gemmer svaret · Ctrl+J giver en ny linje · tomt svar springer over"
    )


def test_long_choices_wrap_under_their_first_word() -> None:
    from kaereleder.reflect import prompts as prompts

    assert prompts._wrap("kort", 40, 5) == "kort"
    statement = "Bakker op om de beslutninger, vi selv træffer – men også hjælper os med at lære"
    assert prompts._wrap(statement, 40, 5) == (
        "Bakker op om de beslutninger, vi\n"
        "     selv træffer – men også hjælper os\n"
        "     med at lære"
    )


def test_ctrl_c_in_a_choice(pipe: PipeInput) -> None:
    pipe.send_text("\x03")
    with pytest.raises(Interrupt) as info:
        asker(pipe).choose_one("k", "Hvor enig?", CHOICES)
    assert info.value.partial == ""


def test_a_signal_between_prompts_stops_at_the_next_prompt(pipe: PipeInput) -> None:
    """SIGTERM while an answer is saved: the save finishes, the next prompt stops."""
    import signal

    from kaereleder.reflect import prompts as prompts

    with prompts.interrupts():
        prompts._stop(signal.SIGTERM, None)  # as if it came between two prompts
        with pytest.raises(Interrupt) as info:
            asker(pipe).text("k", "Spørgsmål?")
    assert info.value.partial == ""
    pipe.send_text("svar" + SUBMIT)
    assert asker(pipe).text("k", "Spørgsmål?") == "svar"  # the next reflection is not stopped


@pytest.mark.parametrize(
    ("env", "platform", "found", "expected"),
    [
        ({"VISUAL": "code --wait", "EDITOR": "vim"}, "linux", {"nano"}, "code --wait"),
        ({"EDITOR": "emacs"}, "linux", {"nano"}, "emacs"),
        ({}, "linux", {"nano", "vi"}, "/usr/bin/nano"),
        ({}, "darwin", {"pico", "vi"}, "/usr/bin/pico"),
        ({}, "win32", set(), "notepad"),
        ({}, "linux", {"vi", "editor"}, ""),  # never vi: none then
    ],
)
def test_ctrl_x_ctrl_e_opens_an_editor_a_beginner_can_use(
    monkeypatch: pytest.MonkeyPatch,
    env: dict[str, str],
    platform: str,
    found: set[str],
    expected: str,
) -> None:
    from kaereleder.reflect import textkeys as textkeys

    for name in ("VISUAL", "EDITOR"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(textkeys.sys, "platform", platform)
    monkeypatch.setattr(
        textkeys.shutil, "which", lambda name: f"/usr/bin/{name}" if name in found else None
    )
    assert textkeys.editor() == expected


def test_an_enter_with_more_input_waiting_is_a_new_line() -> None:
    """A long paste comes in several reads: an Enter at the end of one is not the answer."""
    import os

    from kaereleder.reflect import textkeys as textkeys

    read, write = os.pipe()
    try:

        class Source:
            def fileno(self) -> int:
                return read

        assert not textkeys.input_pending(Source())
        os.write(write, b"linje 2")
        assert textkeys.input_pending(Source())
        assert not textkeys.input_pending(object())  # not a terminal: no answer held back
    finally:
        os.close(read)
        os.close(write)


def _questions() -> list[str]:
    """Every question kaereleder asks and every hint under one, and text that is not plain."""
    from kaereleder import content
    from kaereleder.reflect import texts as txt

    asked = [
        txt.CHOOSE_PUBLICATION,
        txt.SELECT_HINT,
        txt.CHECKBOX_HINT,
        txt.TEXT_HINT,
        txt.TEXT_HINT_FIRST,
        txt.ELABORATE,
        txt.DRAFT_QUESTION,
        txt.SAVE_RETRY_QUESTION,
    ]
    for name in content.PUBLICATIONS:
        reflection = content.load(name).reflection
        steps = [*reflection.overall, *reflection.deeper]
        steps += [question for step in reflection.steps for question in step.questions]
        asked += [question.text for question in steps]
    odd = ["a  b", " indrykket", "mellemrum ", "tab\there", "ny\nlinje", "bred 漢字", "\x1b[2J"]
    return [*asked, *odd, "x" * 60, "æøå – «»", "e\u0301", "blødt\u00adtegn", ""]


@pytest.mark.parametrize("columns", [12, 30, 46, 47, 48, 49, 60, 80, 120])
def test_a_question_written_without_rich_is_what_rich_writes(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], columns: int
) -> None:
    """The first prompt comes before rich is imported (``plainlines``): wherever it writes a
    question itself, rich would have written the very same, styles included."""
    from kaereleder import render
    from kaereleder.reflect import plainlines

    monkeypatch.setenv("COLUMNS", str(columns))
    monkeypatch.setenv("FORCE_COLOR", "1")  # styles are written, as on a terminal
    monkeypatch.setenv("TERM", "xterm")
    questions = _questions()
    written = 0
    for question in questions:
        for hint in (questions[1], question):
            for follow_on in (False, True):
                plain = plainlines.question(question, hint, follow_on)
                if plain is None:
                    continue
                render.console(reading=True).print(render.question(question, hint, follow_on))
                assert plain == capsys.readouterr().out, (question, hint, follow_on)
                written += 1
    assert written > 0 if columns >= 49 else written < len(questions)


def test_the_first_question_is_written_without_rich_where_it_fits(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from kaereleder.reflect import plainlines
    from kaereleder.reflect import texts as txt

    monkeypatch.setenv("COLUMNS", "80")
    first = plainlines.question(txt.CHOOSE_PUBLICATION, txt.SELECT_HINT)
    assert first == f"\n? {txt.CHOOSE_PUBLICATION}\n  {txt.SELECT_HINT}\n"
    monkeypatch.setenv("COLUMNS", "40")
    assert plainlines.question(txt.CHOOSE_PUBLICATION, txt.SELECT_HINT) is None  # rich wraps
    assert plainlines.question("bred 漢字", txt.SELECT_HINT) is None  # two cells a character


def test_the_first_prompt_does_not_import_rich() -> None:
    """``kaereleder reflect`` shows its first prompt before importing rich (start-up time)."""
    import os
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from questionary.question import Question\n"
        "from prompt_toolkit.input import create_pipe_input\n"
        "from prompt_toolkit.output import DummyOutput\n"
        "from kaereleder.reflect import prompts, reflection\n"
        "loaded = []\n"
        "ask = Question.unsafe_ask\n"
        "def asking(self, *args, **kwargs):\n"
        "    loaded.append(sorted(n for n in sys.modules if n.split('.')[0] == 'rich'))\n"
        "    return ask(self, *args, **kwargs)\n"
        "Question.unsafe_ask = asking\n"
        "with create_pipe_input() as pipe:\n"
        "    pipe.send_text('\\r')\n"
        "    asker = prompts.PromptAsker(input=pipe, output=DummyOutput())\n"
        "    print(reflection.choose_publication(asker))\n"
        "print(loaded)\n"
    )
    env = {**os.environ, "COLUMNS": "80"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8", env=env
    )
    assert (done.returncode, done.stdout.splitlines()[-2:], done.stderr) == (
        0,
        ["leder", "[[]]"],
        "",
    )


@pytest.mark.parametrize("columns", [20, 40, 64, 66, 80])
def test_a_choice_that_surely_fits_is_what_the_wrap_to_the_terminal_gives(
    monkeypatch: pytest.MonkeyPatch, columns: int
) -> None:
    from kaereleder import content, render
    from kaereleder.reflect import prompts as prompts
    from kaereleder.reflect import texts as txt

    monkeypatch.setenv("COLUMNS", str(columns))
    labels = [txt.publication_label(content.load(name)) for name in content.PUBLICATIONS]
    labels += [
        item.text for e in content.load("leder").expectations for item in e.positive_statements
    ]
    labels += ["kort", " indrykket", "a  b", "tab\there", ""]
    width = render.console(reading=True).width
    for indent in (prompts._POINTER_INDENT, prompts._BOX_INDENT):
        for label in labels:
            assert PromptAsker()._wrap(label, indent) == prompts._wrap(label, width, indent)

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

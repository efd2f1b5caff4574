"""The questionary adapter, in-process through prompt_toolkit's pipe input."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.input.base import PipeInput
from prompt_toolkit.output import DummyOutput

from kaereleder.prompts import PromptAsker
from kaereleder.session import Choice, Interrupt

SUBMIT = "\x1b\r"  # Esc then Enter
DOWN = "\x1b[B"
CHOICES = [Choice("e1", "1. Første"), Choice("e2", "2. Anden"), Choice("e3", "3. Tredje")]


@pytest.fixture
def pipe() -> Iterator[PipeInput]:
    with create_pipe_input() as pipe_input:
        yield pipe_input


def asker(pipe: PipeInput) -> PromptAsker:
    return PromptAsker(input=pipe, output=DummyOutput())


def test_multi_line_text(pipe: PipeInput) -> None:
    pipe.send_text("linje 1\rlinje 2 æøå 🙂" + SUBMIT)
    assert asker(pipe).text("k", "Spørgsmål?") == "linje 1\nlinje 2 æøå 🙂"


def test_pasted_lines_stay_in_one_answer(pipe: PipeInput) -> None:
    pipe.send_text("a\rb\rc\r" + SUBMIT + "næste" + SUBMIT)
    ask = asker(pipe)
    assert ask.text("k1", "Første?") == "a\nb\nc"
    assert ask.text("k2", "Andet?") == "næste"


def test_an_empty_answer_skips(pipe: PipeInput) -> None:
    pipe.send_text("\r\r" + SUBMIT)
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
    assert capsys.readouterr().out == "? Vælg 1. Første; 3. Tredje\n"


def test_choose_many_preselected(pipe: PipeInput, capsys: pytest.CaptureFixture[str]) -> None:
    pipe.send_text("\r")
    assert asker(pipe).choose_many("k", "Vælg", CHOICES, ["e2"]) == ["e2"]
    pipe.send_text(DOWN + " \r")
    assert asker(pipe).choose_many("k", "Vælg", CHOICES, ["e2"]) == []
    assert capsys.readouterr().out.splitlines()[-1] == "? Vælg ingen valgt"


def test_choose_one(pipe: PipeInput) -> None:
    pipe.send_text(DOWN + DOWN + "\r")
    assert asker(pipe).choose_one("k", "Hvor enig?", CHOICES) == "e3"


def test_ctrl_c_in_a_choice(pipe: PipeInput) -> None:
    pipe.send_text("\x03")
    with pytest.raises(Interrupt) as info:
        asker(pipe).choose_one("k", "Hvor enig?", CHOICES)
    assert info.value.partial == ""

"""The questionary implementation of ``session.Asker``: the only module importing questionary.

Free text is a multi-line prompt: Enter adds a line (so pasting several lines never answers
the next question), Esc then Enter (or Alt+Enter) submits, Ctrl-X Ctrl-E opens ``$EDITOR``.
Ctrl-C, and a closed terminal or SIGTERM (see ``interrupts``), raise ``session.Interrupt``
carrying the text typed so far.
"""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator, Sequence
from typing import Any

import questionary
from prompt_toolkit.application.current import get_app_or_none

from kaereleder import messages as msg
from kaereleder import render
from kaereleder.content import Expectation, Publication
from kaereleder.session import Choice, Interrupt

_STYLE = questionary.Style([("instruction", "italic"), ("answer", "bold")])


class PromptAsker:
    """Asks in the terminal. ``input``/``output`` are for tests (prompt_toolkit pipes)."""

    def __init__(self, input: Any = None, output: Any = None) -> None:
        self.io: dict[str, Any] = {}
        if input is not None:
            self.io["input"] = input
        if output is not None:
            self.io["output"] = output
        self.console = render.console()

    def _ask(self, question: questionary.Question) -> Any:
        try:
            return question.unsafe_ask()
        except (KeyboardInterrupt, EOFError) as stop:
            buffer = question.application.current_buffer
            partial = buffer.text if buffer is not None else ""
            raise Interrupt(partial) from stop

    def text(self, key: str, question: str, default: str = "") -> str:
        answer: str = self._ask(
            questionary.text(
                question,
                default=default,
                multiline=True,
                instruction=msg.TEXT_INSTRUCTION,
                qmark="?",
                style=_STYLE,
                enable_open_in_editor=True,
                **self.io,
            )
        )
        return answer.strip("\n") if answer.strip() else ""

    def choose_many(
        self, key: str, question: str, choices: Sequence[Choice], preselected: Sequence[str]
    ) -> list[str]:
        picked: list[str] = self._ask(
            questionary.checkbox(
                question,
                choices=[
                    questionary.Choice(c.label, value=c.value, checked=c.value in preselected)
                    for c in choices
                ],
                instruction=msg.CHECKBOX_INSTRUCTION,
                style=_STYLE,
                erase_when_done=True,
                **self.io,
            )
        )
        labels = [c.label for c in choices if c.value in picked]
        self.console.print(render.answered(question, labels))
        return picked

    def choose_one(self, key: str, question: str, choices: Sequence[Choice]) -> str:
        picked: str = self._ask(
            questionary.select(
                question,
                choices=[questionary.Choice(c.label, value=c.value) for c in choices],
                instruction=msg.SELECT_INSTRUCTION,
                style=_STYLE,
                **self.io,
            )
        )
        return picked

    def show_expectation(self, publication: Publication, expectation: Expectation) -> None:
        self.console.print(render.compact(publication, expectation))

    def show_reply(self, publication: Publication, expectation: Expectation, part: str) -> None:
        self.console.print(render.reply_context(publication, expectation, part))

    def show_note(self, text: str) -> None:
        self.console.print(render.note(text))


def _stop(signum: int, frame: object) -> None:
    """SIGHUP/SIGTERM: end the running prompt as Ctrl-C does, or raise between prompts."""
    app = get_app_or_none()
    if app is not None and app.is_running and app.loop is not None:
        app.loop.call_soon_threadsafe(lambda: app.is_done or app.exit(exception=Interrupt()))
        return
    raise Interrupt()


@contextlib.contextmanager
def interrupts() -> Iterator[None]:
    """Turn a closed terminal (SIGHUP) and SIGTERM into ``Interrupt`` while reflecting."""
    kinds = [signal.SIGTERM, *([signal.SIGHUP] if hasattr(signal, "SIGHUP") else [])]
    previous = {kind: signal.signal(kind, _stop) for kind in kinds}
    try:
        yield
    finally:
        for kind, handler in previous.items():
            signal.signal(kind, handler)

"""The questionary implementation of ``session.Asker``: the only module importing questionary.

Free text: Enter saves the answer, Ctrl+J (and Alt+Enter, Ctrl+Enter, Shift+Enter where the
terminal tells them apart) gives a new line, a paste stays in one answer, Ctrl-X Ctrl-E opens
an editor (see ``textkeys``).
Ctrl-C, and a closed terminal or SIGTERM (see ``interrupts``), raise ``session.Interrupt``
carrying the text typed so far.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import signal
import sys
from collections.abc import Iterator, Sequence
from typing import Any

import questionary
from prompt_toolkit.application.current import get_app_or_none

from kaereleder.content import Expectation, Publication
from kaereleder.reflect import plainlines, textkeys
from kaereleder.reflect import texts as txt
from kaereleder.reflect.session import Choice, Interrupt

_STYLE = questionary.Style([("instruction", "italic"), ("answer", "bold")])


class PromptAsker:
    """Asks in the terminal. ``input``/``output`` are for tests (prompt_toolkit pipes)."""

    def __init__(self, input: Any = None, output: Any = None) -> None:
        self.io: dict[str, Any] = {}
        if input is not None:
            self.io["input"] = input
        if output is not None:
            self.io["output"] = output
        self.hinted = False  # the full keys hint is shown at the first text question only

    @property
    def console(self) -> Any:
        """The terminal as it is now (a window resized mid-reflection is followed)."""
        from kaereleder import render  # not before the first prompt (``plainlines``)

        return render.console(reading=True)

    def _ask(self, question: questionary.Question) -> Any:
        if _pending:  # a signal came while the last answer was saved
            raise Interrupt()
        app = question.application

        def stop_if_pending() -> None:  # a signal during the prompt's start-up
            if _pending:
                app.exit(exception=Interrupt())

        app.pre_run_callables.append(stop_if_pending)
        try:
            return question.unsafe_ask()
        except (KeyboardInterrupt, EOFError) as stop:
            raise Interrupt(_typed(question)) from stop
        except OSError as exc:
            # The terminal was closed while the prompt was drawn (EIO): stop as Ctrl-C does,
            # so the text typed is saved and the exit code is 130.
            if not _detach_hung_up() and exc.errno != errno.EIO:
                raise
            raise Interrupt(_typed(question)) from exc

    def _question(self, question: str, hint: str, follow_on: bool = False) -> None:
        """The question, wrapped to the terminal, and how to answer it, above the prompt."""
        plain = plainlines.question(question, hint, follow_on)
        if plain is not None:  # surely one line each: rich not needed
            sys.stdout.write(plain)
            sys.stdout.flush()
            return
        from kaereleder import render

        self.console.print(render.question(question, hint, follow_on))

    def text(self, key: str, question: str, default: str = "") -> str:
        hint = txt.TEXT_HINT if self.hinted else txt.TEXT_HINT_FIRST
        self._question(question, hint, follow_on=question == txt.ELABORATE)
        self.hinted = True
        answer: str = self._ask(
            questionary.text(
                "",
                default=default,
                multiline=True,
                instruction="",
                qmark=">",
                style=_STYLE,
                enable_open_in_editor=False,  # textkeys: never vi by default
                bottom_toolbar=txt.TEXT_TOOLBAR,  # the keys, at the foot of the window
                key_bindings=textkeys.bindings(),
                **self.io,
            )
        )
        return answer.strip("\n") if answer.strip() else ""

    def choose_many(
        self, key: str, question: str, choices: Sequence[Choice], preselected: Sequence[str]
    ) -> list[str]:
        self._question(question, txt.CHECKBOX_HINT)
        picked: list[str] = self._ask(
            questionary.checkbox(
                "",
                choices=[
                    questionary.Choice(
                        self._wrap(c.label, _BOX_INDENT),
                        value=c.value,
                        checked=c.value in preselected,
                    )
                    for c in choices
                ],
                qmark="",
                instruction="",
                style=_STYLE,
                erase_when_done=True,
                **self.io,
            )
        )
        from kaereleder import render

        self.console.print(render.answer([c.label for c in choices if c.value in picked]))
        return picked

    def choose_one(self, key: str, question: str, choices: Sequence[Choice]) -> str:
        self._question(question, txt.SELECT_HINT)
        labels = [(self._wrap(c.label, _POINTER_INDENT), c.value) for c in choices]
        picked: str = self._ask(_select(labels, self.io))
        from kaereleder import render

        self.console.print(render.answer([c.label for c in choices if c.value == picked]))
        return picked

    def show_expectation(self, publication: Publication, expectation: Expectation) -> None:
        from kaereleder import render

        self.console.print(render.compact(publication, expectation))

    def show_reply(self, publication: Publication, expectation: Expectation, part: str) -> None:
        from kaereleder import render

        self.console.print(render.reply_context(publication, expectation, part))

    def show_note(self, text: str) -> None:
        from kaereleder import render

        self.console.print(render.note(text))

    def show_start(self, publication: Publication, numbers: Sequence[int]) -> None:
        from kaereleder import render

        self.console.print(render.start(publication, numbers))

    def _wrap(self, label: str, indent: int) -> str:
        room = max(plainlines.width_at_least() - indent - 1, _LEAST_ROOM)
        if label.isprintable() and label == label.strip() and len(label) <= room:
            return label  # surely one line: rich is not asked for the exact width
        return _wrap(label, self.console.width, indent)


# Before a choice's text: questionary's pointer (" » "), in a checklist and its box ("○ ").
_POINTER_INDENT = 3
_BOX_INDENT = 5
_LEAST_ROOM = 20  # a choice is wrapped to no fewer columns, however narrow the terminal


def _wrap(label: str, width: int, indent: int) -> str:
    """A choice wrapped at words to the terminal, its lines under its first word
    (questionary does not wrap, and cuts what is wider than the terminal)."""
    import textwrap

    room = max(width - indent - 1, _LEAST_ROOM)
    lines = textwrap.wrap(label, room, break_on_hyphens=False) or [label]
    return ("\n" + " " * indent).join(lines)


def _select(labels: Sequence[tuple[str, str]], io: dict[str, Any]) -> questionary.Question:
    """One choice of ``labels`` (label, value), as ``questionary.select`` with no question
    line asks it: the same list, pointer, style and keys (arrows, j/k, Ctrl-N/P; Enter picks;
    Ctrl-C stops), without the two prompt sessions select builds only to borrow their layout
    (about 15 ms, most of what ``reflect`` takes to its first prompt beyond the imports)."""
    from prompt_toolkit.application import Application
    from prompt_toolkit.filters import is_done
    from prompt_toolkit.key_binding import KeyBindings, KeyPressEvent
    from prompt_toolkit.keys import Keys
    from prompt_toolkit.layout import ConditionalContainer, HSplit, Layout, Window
    from prompt_toolkit.layout.controls import FormattedTextControl
    from questionary.prompts.common import InquirerControl
    from questionary.styles import merge_styles_default

    listed = InquirerControl(
        [questionary.Choice(label, value=value) for label, value in labels],
        use_indicator=False,
    )
    keys = KeyBindings()

    @keys.add(Keys.ControlC, eager=True)
    @keys.add(Keys.ControlQ, eager=True)
    def _stop(event: KeyPressEvent) -> None:
        event.app.exit(exception=KeyboardInterrupt, style="class:aborting")

    def down(event: KeyPressEvent) -> None:
        listed.select_next()

    def up(event: KeyPressEvent) -> None:
        listed.select_previous()

    for key in (Keys.Down, "j", Keys.ControlN):
        keys.add(key, eager=True)(down)
    for key in (Keys.Up, "k", Keys.ControlP):
        keys.add(key, eager=True)(up)

    @keys.add(Keys.ControlM, eager=True)
    def _pick(event: KeyPressEvent) -> None:
        listed.is_answered = True
        event.app.exit(result=listed.get_pointed_at().value)

    @keys.add(Keys.Any)
    def _nothing_else(event: KeyPressEvent) -> None:
        """No text is typed into a choice."""

    # The line select draws above the list: no question mark, no question, no instruction.
    line = Window(FormattedTextControl([("", "   ")]), dont_extend_height=True)
    shown = ConditionalContainer(Window(listed, always_hide_cursor=True), filter=~is_done)
    layout = Layout(HSplit([line, shown]))
    application: Application[str] = Application(
        layout=layout,
        key_bindings=keys,
        style=merge_styles_default([_STYLE]),
        erase_when_done=True,
        **io,
    )
    return questionary.Question(application)


def _typed(question: questionary.Question) -> str:
    buffer = question.application.current_buffer
    return buffer.text if buffer is not None else ""


def _detach_hung_up() -> bool:
    """Point stdout and stderr at the null device where they write to a closed terminal.

    Writing there fails (EIO): the prompt's last redraw and the "Afbrudt" line would raise
    before the draft is saved and the exit code set. True if the terminal was closed.
    """
    gone = False
    for stream in (sys.stdout, sys.stderr):
        try:
            fd = stream.fileno()
            os.write(fd, b"")  # even an empty write fails on a closed terminal
        except (AttributeError, ValueError, io.UnsupportedOperation):
            continue  # not a real file (tests)
        except OSError:
            null = os.open(os.devnull, os.O_WRONLY)
            try:
                os.dup2(null, fd)
            finally:
                os.close(null)
            gone = True
    return gone


# SIGHUP/SIGTERM that came between two prompts, while an answer was being saved.
_pending: list[int] = []


def _stop(signum: int, frame: object) -> None:
    """SIGHUP/SIGTERM: end the running prompt as Ctrl-C does.

    Between prompts the signal waits for the next prompt, so that the answer just given is
    saved whole first; the next prompt then stops at once (``PromptAsker._ask``).
    """
    _detach_hung_up()
    app = get_app_or_none()
    if app is not None and app.is_running and app.loop is not None:
        app.loop.call_soon_threadsafe(lambda: app.is_done or app.exit(exception=Interrupt()))
        return
    _pending.append(signum)


@contextlib.contextmanager
def interrupts() -> Iterator[None]:
    """Turn a closed terminal (SIGHUP) and SIGTERM into ``Interrupt`` while reflecting."""
    kinds = [signal.SIGTERM, *([signal.SIGHUP] if hasattr(signal, "SIGHUP") else [])]
    _pending.clear()
    previous = {kind: signal.signal(kind, _stop) for kind in kinds}
    try:
        yield
    finally:
        for kind, handler in previous.items():
            signal.signal(kind, handler)
        _pending.clear()

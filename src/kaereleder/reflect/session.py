"""The reflection flow as plain logic over an ``Asker``: no questionary, no rich.

The flow follows "Et oplæg til refleksion og dialog": the expectations as a whole, the
choice of expectations to go deeper into, then for each a self-rating, the seven questions
and a next step. Every answer goes into the journal (a plain dict) and is saved at once.
A question whose key is already in the journal is not asked again, so a resumed draft
continues at the first unanswered question.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, NamedTuple, Protocol

from kaereleder import domain
from kaereleder import journal as jf
from kaereleder import messages as msg
from kaereleder.content import Expectation, Publication, Question
from kaereleder.reflect import texts as txt

# Lone surrogates: what prompt_toolkit makes of bytes a terminal sends that are not UTF-8
# (U+DC80–U+DCFF for byte 0x80–0xFF, Python's "surrogateescape"). YAML cannot hold them.
_ESCAPED_BYTES = re.compile("[\udc80-\udcff]+")
_SURROGATE = re.compile("[\ud800-\udfff]")


def keep_typed(text: str) -> str:
    """Text as typed, with bytes that were not UTF-8 decoded as Windows-1252.

    A terminal that is not UTF-8 in Denmark is Latin-1 or Windows-1252 (older Windows
    consoles, PuTTY and SSH set up so): there æ is the byte 0xE6, which UTF-8 cannot decode.
    Windows-1252, a superset of Latin-1's letters, gives the æøå the leader typed back; a byte
    it does not define, and any other lone surrogate, becomes U+FFFD (�), visible. Nothing
    typed is dropped, and the result can always be saved.
    """
    if not _SURROGATE.search(text):
        return text
    text = _ESCAPED_BYTES.sub(
        lambda run: bytes(ord(c) - 0xDC00 for c in run.group()).decode("cp1252", "replace"),
        text,
    )
    return _SURROGATE.sub("\ufffd", text)


class Choice(NamedTuple):
    value: str
    label: str


class Interrupt(KeyboardInterrupt):
    """Ctrl-C, a closed terminal or SIGTERM at a prompt; ``partial`` is the text typed."""

    def __init__(self, partial: str = "") -> None:
        super().__init__()
        self.partial = partial


class Asker(Protocol):
    """Asks one question at a time. ``key`` is where the answer goes in the journal.

    An empty answer skips a question. Stopping raises ``KeyboardInterrupt`` (or
    ``Interrupt`` with the text typed so far).
    """

    def text(self, key: str, question: str, default: str = "") -> str: ...

    def choose_many(
        self, key: str, question: str, choices: Sequence[Choice], preselected: Sequence[str]
    ) -> list[str]: ...

    def choose_one(self, key: str, question: str, choices: Sequence[Choice]) -> str: ...

    def show_expectation(self, publication: Publication, expectation: Expectation) -> None: ...

    def show_reply(
        self, publication: Publication, expectation: Expectation, part: str
    ) -> None: ...

    def show_note(self, text: str) -> None: ...

    def show_start(self, publication: Publication, numbers: Sequence[int]) -> None:
        """Before the first question: what the reflection is, how long it takes, that
        stopping is safe, and the list of expectations; ``numbers``: those chosen with
        ``-e`` (none: the whole reflection)."""
        ...


class Session:
    def __init__(
        self,
        publication: Publication,
        journal: jf.Journal,
        asker: Asker,
        save: Callable[[jf.Journal], object],
        now: Callable[[], datetime],
        earlier: jf.Journal | None = None,
    ) -> None:
        self.pub = publication
        self.journal = journal
        self.asker = asker
        self.save = save
        self.now = now
        self.earlier = earlier

    # --- the flow -----------------------------------------------------------------------

    def run(self, numbers: Sequence[int] = ()) -> jf.Journal:
        """Ask every question not yet answered; ``numbers`` (``-e``) skips the overview."""
        from kaereleder.reflect import planning

        try:
            if not self.answered():
                self.asker.show_start(self.pub, numbers)
            if numbers:
                chosen = [self.pub.expectation(n).id for n in numbers]
                self.ask(("chosen",), lambda k: chosen)
            planning.review(self)  # first of the questions, with -e too
            if numbers or ("chosen" in self.journal and "overall" not in self.journal):
                pass  # -e, or a resumed draft that was started with -e: it has no overview
            else:
                self._overall()
                self._choose()
            for expectation_id in self.journal["chosen"]:
                expectation = self.pub.by_id(expectation_id)
                if expectation is not None:
                    self._expectation(expectation)
            planning.plan(self)
        except Interrupt as stop:
            if stop.partial.strip():
                self.journal["partial"] = {"at": self._asking, "text": keep_typed(stop.partial)}
                self.save(self.journal)
            raise
        self.journal["status"] = domain.COMPLETE
        self.journal["finished"] = self.now().isoformat(timespec="seconds")
        self.save(self.journal)
        return self.journal

    def _overall(self) -> None:
        titles = [Choice(e.id, e.label) for e in self.pub.expectations]
        for question in self.pub.reflection.overall:
            key = ("overall", question.id)
            if question.kind == "choose":
                self.ask_many(key, question.text, titles, [])
            else:
                self.ask_text(key, question.text)

    def _choose(self) -> None:
        choices = [Choice(e.id, e.label) for e in self.pub.expectations]
        hardest = self.journal.get("overall", {}).get("hardest") or []
        question = txt.choose_deeper(self.pub, bool(hardest))

        def choose(key: str) -> list[str]:
            picked = self.asker.choose_many(key, question, choices, hardest)
            if not picked:  # one Enter too many should not end the reflection: ask once more
                self.asker.show_note(txt.none_chosen(self.pub))
                picked = self.asker.choose_many(key, question, choices, [])
            return picked

        self.ask(("chosen",), choose)

    def _expectation(self, expectation: Expectation) -> None:
        from kaereleder.reflect import planning

        base = ("expectations", expectation.id)
        answers = self.journal.setdefault("expectations", {}).get(expectation.id, {})
        if domain.NEXT_STEP in answers:
            return  # done
        self.asker.show_expectation(self.pub, expectation)
        last_step = self._earlier_next_step(expectation.id)
        if last_step and not planning.reviewed_as_goal(self, expectation.id):
            if domain.FOLLOW_UP not in answers:
                self.asker.show_note(txt.last_next_step(self.earlier, last_step))
            self.ask_text((*base, domain.FOLLOW_UP), msg.FOLLOW_UP_QUESTION)
        ratings = [Choice(value, label) for value, label in msg.RATING_LABELS.items()]
        ratings.append(Choice("", txt.SKIP_CHOICE))
        rating_question = msg.rating_question(self.pub)
        self.ask(
            (*base, domain.RATING), lambda k: self.asker.choose_one(k, rating_question, ratings)
        )
        for question in self.pub.reflection.deeper:
            self._question(expectation, question)
        self.ask_text((*base, domain.NEXT_STEP), msg.NEXT_STEP_QUESTION)

    def _question(self, expectation: Expectation, question: Question) -> None:
        key = ("expectations", expectation.id, question.id)
        if question.context and not self.has(key):
            self.asker.show_reply(self.pub, expectation, question.id)
        if question.statements is None:
            self.ask_text(key, question.text)
            return
        # One question on screen: the publication's words over the checklist, then the
        # free text below it (txt.ELABORATE), not asked a second time.
        choices = [Choice(s.id, s.text) for s in expectation.positive_statements]
        picked = (*key, domain.STATEMENTS)
        if self.has(picked) and not self.has((*key, domain.TEXT)):
            # Resumed between the checklist and its free text: the question and what was
            # chosen, again, so that »Uddyb gerne« says what it is about.
            node: Any = self.journal["expectations"][expectation.id][question.id]
            chosen = set(node.get(domain.STATEMENTS) or ())
            texts = [c.label for c in choices if c.value in chosen]
            self.asker.show_note(txt.resumed_statements(question.text, texts))
        self.ask_many(picked, question.text, choices, [])
        self.ask_text((*key, domain.TEXT), txt.ELABORATE)

    def _earlier_next_step(self, expectation_id: str) -> str:
        if not self.earlier:
            return ""
        answers = self.earlier.get("expectations", {}).get(expectation_id, {})
        step = answers.get(domain.NEXT_STEP, "")
        return step if isinstance(step, str) else ""

    # --- answers ------------------------------------------------------------------------

    _asking = ""

    def answered(self) -> bool:
        keys = ("review", "overall", "chosen", "expectations", "plan")
        return any(key in self.journal for key in keys)

    def has(self, key: tuple[str, ...]) -> bool:
        node: Any = self.journal
        for part in key:
            if not isinstance(node, dict) or part not in node:
                return False
            node = node[part]
        return True

    def typed_before(self, key: str) -> str:
        """The text typed at question ``key`` when the reflection was stopped there."""
        partial = self.journal.get("partial", {})
        return str(partial.get("text", "")) if partial.get("at") == key else ""

    def ask_text(self, key: tuple[str, ...], question: str, default: str = "") -> None:
        """Ask a free-text question; ``default`` is offered unless text typed before is."""
        given = self.typed_before(".".join(key)) or default
        self.ask(key, lambda k: self.asker.text(k, question, given))

    def ask_many(
        self,
        key: tuple[str, ...],
        question: str,
        choices: Sequence[Choice],
        preselected: Sequence[str],
    ) -> None:
        self.ask(key, lambda k: self.asker.choose_many(k, question, choices, preselected))

    def ask(self, key: tuple[str, ...], ask: Callable[[str], object]) -> None:
        if self.has(key):
            return
        self._asking = ".".join(key)
        self._set(key, ask(self._asking))

    def _set(self, key: tuple[str, ...], value: object) -> None:
        if isinstance(value, str):
            value = keep_typed(value)
        node: Any = self.journal
        for part in key[:-1]:
            node = node.setdefault(part, {})
        node[key[-1]] = value
        if self.journal.get("partial", {}).get("at") == ".".join(key):
            del self.journal["partial"]
        self.save(self.journal)

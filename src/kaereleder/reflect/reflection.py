"""Start or resume a reflection: wires content, the journal store, the flow and an asker."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from kaereleder import content, domain, locks, store
from kaereleder import journal as jf
from kaereleder import messages as msg
from kaereleder.errors import Interrupted, JournalError, KaerelederError, NotFoundError
from kaereleder.reflect import texts as txt
from kaereleder.reflect.session import Asker, Choice, Session


class Outcome(NamedTuple):
    publication: content.Publication
    journal: jf.Journal
    path: Path


def now() -> datetime:
    """The local time with its time zone."""
    return datetime.now().astimezone()


def choose_publication(asker: Asker) -> str:
    choices = [
        Choice(name, txt.publication_label(content.load(name))) for name in content.PUBLICATIONS
    ]
    return asker.choose_one("publication", txt.CHOOSE_PUBLICATION, choices)


def reflect(
    journals: store.Store,
    asker: Asker,
    *,
    publication: str | None = None,
    numbers: Sequence[int] = (),
    resume: bool = False,
    clock: Callable[[], datetime] = now,
    guard: Callable[[], contextlib.AbstractContextManager[None]] = contextlib.nullcontext,
    retry_saves: bool = False,
    warn: Callable[[str], object] = lambda text: None,
    offer_draft: bool = False,
) -> Outcome:
    """Run a new reflection, or resume the latest draft, saving after every answer.

    ``guard`` wraps the questions (the terminal adapter turns SIGHUP and SIGTERM into an
    interrupt there). An interrupt raises ``Interrupted`` saying where the draft is. The
    journal is locked while it is open: a second ``--resume`` of it is refused. A resumed
    draft is saved to the file it was read from. ``retry_saves``: a save that fails asks
    whether to try again (the answer is kept in memory meanwhile) instead of stopping.
    ``warn`` tells of a draft whose file name is not its id (a copy). ``offer_draft``: with
    an unfinished draft (and no ``numbers``), first ask whether to continue it (the default),
    start a new reflection, or delete the draft.
    """
    entry = None
    if resume:
        entry = journals.latest(domain.DRAFT, publication)
        if entry is None:
            broken = [item.error for item in journals.listing() if item.error]
            raise NotFoundError(txt.no_draft(journals.home, publication, broken))
    elif offer_draft and not numbers:
        entry = journals.latest(domain.DRAFT, publication)
        if entry is not None and not _continue_draft(journals, asker, entry, guard):
            entry = None
    if entry is not None:
        pub = content.load(entry.journal["publication"])
        journals.prepare()
        try:
            with _open(entry.path):
                data = _still_a_draft(journals, entry.path)
                if entry.path.name != jf.filename(data):
                    warn(txt.journal_name_differs(entry.path, data["id"]))
                asker.show_note(txt.resuming(data.get("started")))
                return _run(journals, asker, pub, data, entry.path, clock, guard, retry_saves)
        except locks.Busy:
            raise KaerelederError(txt.draft_open_elsewhere(entry.path)) from None
    if publication is None and numbers:
        _check_somewhere(numbers)  # -e 9 fails before the publication is asked for
    if publication is None:
        with guard():
            try:
                publication = choose_publication(asker)
            except KeyboardInterrupt:
                raise Interrupted(txt.INTERRUPTED_NOTHING_SAVED) from None
    pub = content.load(content.check_name(publication))
    for number in numbers:
        pub.expectation(number)  # an unknown number fails before anything is written
    journals.prepare()  # only now: stopping at the first question leaves nothing behind
    while True:
        data = jf.new(pub.id, pub.content_version, *_id_parts(clock()))
        path = journals.path_of(data)
        with contextlib.suppress(locks.Busy), _open(path):
            if not path.exists():  # a token drawn twice in one moment: draw again
                return _run(journals, asker, pub, data, path, clock, guard, retry_saves, numbers)


def _check_somewhere(numbers: Sequence[int]) -> None:
    """Each number is an expectation (a wish) in at least one publication."""
    pubs = [content.load(name) for name in content.PUBLICATIONS]
    for number in numbers:
        if not any(1 <= number <= len(pub.expectations) for pub in pubs):
            raise NotFoundError(txt.no_such_expectation_anywhere(number, pubs))


def _continue_draft(
    journals: store.Store,
    asker: Asker,
    entry: store.Entry,
    guard: Callable[[], contextlib.AbstractContextManager[None]],
) -> bool:
    """Offer the unfinished draft: True to continue it; a new reflection otherwise (after
    deleting the draft, if asked to and confirmed)."""
    draft = entry.journal
    title = msg.PUBLICATION_TITLES.get(draft["publication"], draft["publication"])
    answers = _count_answers(draft)
    choices = [
        Choice("continue", txt.DRAFT_CONTINUE),
        Choice("new", txt.DRAFT_NEW),
        Choice("delete", txt.DRAFT_DELETE),
    ]
    confirm = [Choice("keep", txt.DRAFT_KEEP), Choice("delete", txt.DRAFT_DELETE_YES)]
    with guard():
        try:
            asker.show_note(txt.draft_offer(title, draft.get("started"), answers))
            while True:
                wanted = asker.choose_one("draft", txt.DRAFT_QUESTION, choices)
                if wanted != "delete":
                    return wanted == "continue"
                question = txt.draft_delete_question(draft.get("started"), answers)
                if asker.choose_one("draft-delete", question, confirm) == "delete":
                    break
        except KeyboardInterrupt:
            raise Interrupted(txt.INTERRUPTED_DRAFT_UNTOUCHED) from None
    try:
        with _open(entry.path):
            _still_a_draft(journals, entry.path)  # not finished elsewhere in the meantime
            journals.delete(entry.path)
    except locks.Busy:
        raise KaerelederError(txt.draft_open_elsewhere(entry.path)) from None
    asker.show_note(txt.DRAFT_DELETED)
    return False


def _count_answers(data: jf.Journal) -> int:
    """How many questions a journal holds an answer to (a skipped one counts: it was seen)."""

    def count(node: object) -> int:
        if isinstance(node, dict):
            if set(node) == {domain.STATEMENTS, domain.TEXT}:
                return 2
            return sum(count(value) for value in node.values())
        return 1

    plan = data.get("plan") or {}
    parts = [
        (data.get("review") or {}).get("goals"),
        data.get("overall"),
        data.get("expectations"),
        plan.get("goals"),
    ]
    chosen = "chosen" in data and "overall" in data  # not an answer when given with -e
    return sum(count(part) for part in parts if part) + chosen + ("steps" in plan)


def _id_parts(started: datetime) -> tuple[datetime, str]:
    """The start time and a token that sorts reflections started in the same second in
    start order: three hex digits of the fraction of the second, three random ones."""
    import secrets

    return started, f"{started.microsecond * 4096 // 1_000_000:03x}{secrets.randbits(12):03x}"


@contextlib.contextmanager
def _open(path: Path) -> Iterator[None]:
    """Hold the journal ``path``'s lock: one writer per journal (``locks.Busy`` if not)."""
    stack = contextlib.ExitStack()
    try:
        stack.enter_context(locks.held(path, wait=False))
    except OSError as exc:  # the folder cannot be written to at all
        raise JournalError(txt.journal_lock_failed(path, exc)) from None
    with stack:
        yield


def _still_a_draft(journals: store.Store, path: Path) -> jf.Journal:
    """The draft as it is now, read under its lock: another process may have finished it
    since it was found."""
    data = journals.read(path)
    if data["status"] != domain.DRAFT:
        raise KaerelederError(txt.draft_open_elsewhere(path))
    return data


def _run(
    journals: store.Store,
    asker: Asker,
    pub: content.Publication,
    data: jf.Journal,
    path: Path,
    clock: Callable[[], datetime],
    guard: Callable[[], contextlib.AbstractContextManager[None]],
    retry_saves: bool,
    numbers: Sequence[int] = (),
) -> Outcome:
    """Ask and save to ``path``; a new journal (``numbers`` given or not) has no file yet."""
    last = journals.latest(domain.COMPLETE, pub.id)
    earlier = last.journal if last else None
    state = {"saved": path.exists()}

    def failed(where: Path, exc: OSError) -> str:
        if state["saved"]:
            return msg.save_failed(where, exc)
        return txt.save_failed_first(where, exc)

    def save(journal: jf.Journal) -> None:
        text = jf.dump(journal)  # text that cannot be saved is not worth a retry
        while True:
            try:
                journals.save_text(path, text, failed)
            except JournalError as exc:
                if not (retry_saves and _retry(asker, exc.message)):
                    raise
                continue
            state["saved"] = True
            return

    data["schema"] = jf.SCHEMA  # a draft of an older format is saved in this one
    session = Session(pub, data, asker, save=save, now=clock, earlier=earlier)
    try:
        with guard():
            session.run(numbers)
    except KeyboardInterrupt:
        if state["saved"]:
            raise Interrupted(txt.interrupted_saved(path)) from None
        raise Interrupted(txt.INTERRUPTED_NOTHING_SAVED) from None
    return Outcome(pub, data, path)


def _retry(asker: Asker, problem: str) -> bool:
    """A save failed: say so, keep the answer, and ask whether to try again."""
    asker.show_note(txt.save_retry_note(problem))
    choices = [Choice("retry", txt.SAVE_RETRY), Choice("stop", txt.SAVE_STOP)]
    return asker.choose_one("save-retry", txt.SAVE_RETRY_QUESTION, choices) == "retry"


# --- the command: `kaereleder reflect` ----------------------------------------------------


def run(
    publication: str | None,
    numbers: Sequence[int],
    resume: bool,
    answers: Path | None,
    home: Path | None,
) -> None:
    """``kaereleder reflect`` with its options as given: from an answers file, or question
    by question in the terminal; then the summary. Both starts call this (``cli``, ``quick``)."""
    if publication is not None:
        publication = content.check_name(publication)
    journals = store.at(home)
    if answers is not None:
        from kaereleder.reflect import answers as answers_file

        name = publication or answers_file.publication_of(answers)
        if resume and name is None:
            draft = journals.latest(domain.DRAFT)
            name = draft.journal["publication"] if draft else None
        name = name or "leder"
        asker = answers_file.load(answers, content.load(name), now().date())
        outcome = reflect(
            journals,
            asker,
            publication=publication if resume else name,
            numbers=numbers,
            resume=resume,
            warn=_warn,
        )
    else:
        if not (sys.stdin.isatty() and sys.stdout.isatty()):  # answering needs to see it
            raise KaerelederError(txt.NEEDS_TERMINAL)
        from kaereleder.reflect import prompts as prompts

        outcome = reflect(
            journals,
            prompts.PromptAsker(),
            publication=publication,
            numbers=numbers,
            resume=resume,
            guard=prompts.interrupts,
            retry_saves=True,
            warn=_warn,
            offer_draft=not resume,
        )
    from kaereleder import render  # not before the first prompt: see ``reflect.plainlines``

    out = render.console(reading=True)
    out.print(render.summary(outcome.publication, outcome.journal))
    out.print(render.saved(str(outcome.path)), soft_wrap=True)  # never wrapped: copyable
    if answers is None:  # a person, not a script: how to take it to a coach or the chef
        out.print(render.para(txt.EXPORT_HINT))
        out.print("  " + txt.EXPORT_COMMAND, soft_wrap=True)  # never wrapped: copyable


def _warn(text: str) -> None:
    from kaereleder.visible import one_line  # it names a file

    sys.stderr.write(one_line(text) + "\n")

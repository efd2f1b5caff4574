"""Start or resume a reflection: wires content, the journal store, the flow and an asker."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import NamedTuple

from kaereleder import content, store
from kaereleder import journal as jf
from kaereleder import messages as msg
from kaereleder.errors import Interrupted, NotFoundError
from kaereleder.session import Asker, Choice, Session


class Outcome(NamedTuple):
    publication: content.Publication
    journal: jf.Journal
    path: Path


def now() -> datetime:
    """The local time with its time zone."""
    return datetime.now().astimezone()


def choose_publication(asker: Asker) -> str:
    choices = [
        Choice(name, msg.publication_label(content.load(name))) for name in content.PUBLICATIONS
    ]
    return asker.choose_one("publication", msg.CHOOSE_PUBLICATION, choices)


def reflect(
    journals: store.Store,
    asker: Asker,
    *,
    publication: str | None = None,
    numbers: Sequence[int] = (),
    resume: bool = False,
    clock: Callable[[], datetime] = now,
    guard: Callable[[], contextlib.AbstractContextManager[None]] = contextlib.nullcontext,
) -> Outcome:
    """Run a new reflection, or resume the latest draft, saving after every answer.

    ``guard`` wraps the questions (the terminal adapter turns SIGHUP and SIGTERM into an
    interrupt there). An interrupt raises ``Interrupted`` saying where the draft is.
    """
    if resume:
        entry = journals.latest(jf.DRAFT, publication)
        if entry is None:
            broken = [item.error for item in journals.listing() if item.error]
            raise NotFoundError(msg.no_draft(journals.home, publication, broken))
        data = entry.journal
        pub = content.load(data["publication"])
        numbers = ()
    else:
        if publication is None:
            with guard():
                try:
                    publication = choose_publication(asker)
                except KeyboardInterrupt:
                    raise Interrupted(msg.INTERRUPTED_NOTHING_SAVED) from None
        pub = content.load(content.check_name(publication))
        for number in numbers:
            pub.expectation(number)  # an unknown number fails before anything is written
        data = jf.new(pub.id, pub.content_version, clock(), store.new_token())
    last = journals.latest(jf.COMPLETE, pub.id)
    earlier = last.journal if last else None
    saved: list[Path] = []

    def save(journal: jf.Journal) -> None:
        path = journals.save(journal)
        if not saved:
            saved.append(path)

    if resume:
        saved.append(journals.path_of(data))
    journals.prepare()  # only now: stopping at the first question leaves nothing behind
    session = Session(pub, data, asker, save=save, now=clock, earlier=earlier)
    try:
        with guard():
            session.run(numbers)
    except KeyboardInterrupt:
        if saved:
            raise Interrupted(msg.interrupted_saved(saved[0])) from None
        raise Interrupted(msg.INTERRUPTED_NOTHING_SAVED) from None
    return Outcome(pub, data, journals.path_of(data))

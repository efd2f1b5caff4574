"""The current plan: found in the journal folder, and an item of it marked done or reopened.

The current plan is the plan of the newest complete reflection (of one publication, if
asked), the one the next ``reflect`` reviews; a reflection whose plan was skipped has none.
``kaereleder plan done N`` rewrites that reflection's file atomically
under its journal lock, so a reflection open in a running ``reflect`` is never written over.
Plain logic: no printing, no prompting, no clock (the day is passed in).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import NamedTuple

from kaereleder import content, domain, journal, locks, store
from kaereleder.errors import JournalError, KaerelederError, NotFoundError
from kaereleder.plans import cli_texts as txt
from kaereleder.plans import model as plans

# Pauses between tries of the journal's lock (about 1 s in all): another `plan done` lets go
# within milliseconds; a `reflect` that has the reflection open holds it for as long as it
# runs, and is named at once after them.
LOCK_PAUSES = (0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.4)


class Current(NamedTuple):
    """The reflection whose plan is current, where it is, and its plan's numbered items."""

    path: Path
    journal: journal.Journal
    items: list[plans.Item]


def find(journals: store.Store, publication: str | None = None) -> Current | None:
    """The current plan: that of the newest complete reflection of a publication, the one the
    next ``reflect`` reviews (the newest of both publications, if none is asked for). None if
    that reflection has no plan (it was skipped there, or none was ever made).

    A broken file newer than the plan stops it with the file's own error line: it may be the
    reflection whose plan is current, and an older plan must not be shown or marked instead.
    """
    seen: set[str] = set()  # publications whose newest complete reflection has no plan
    for listed in reversed(journals.listing()):
        info = listed.summary
        if info is None:
            raise JournalError(txt.newer_broken(listed.error or ""))
        if info["status"] != domain.COMPLETE or info["publication"] in seen:
            continue
        if publication not in (None, info["publication"]):
            continue
        data = journals.read(listed.path)
        plan = data.get("plan")
        if plan is not None and plans.has_plan(plan):
            return Current(listed.path, data, plans.items(plan))
        seen.add(info["publication"])
        if publication is not None or len(seen) == len(content.PUBLICATIONS):
            return None
    return None


def required(journals: store.Store, publication: str | None = None) -> Current:
    """The current plan, or one Danish line on how to make one."""
    found = find(journals, publication)
    if found is None:
        raise NotFoundError(no_plan(journals, publication))
    return found


def no_plan(journals: store.Store, publication: str | None) -> str:
    """Why there is no current plan, and how to make one."""
    reflected = journals.latest(domain.COMPLETE, publication) is not None
    return txt.no_plan(publication, reflected)


def item(current: Current, number: int) -> plans.Item:
    """Item ``number`` of the plan, or one Danish line naming the numbers there are."""
    for candidate in current.items:
        if candidate.number == number:
            return candidate
    raise NotFoundError(txt.no_such_item(number, len(current.items)))


class Marked(NamedTuple):
    """What ``mark`` did: the item as it was before, and as it is now."""

    before: plans.Item
    after: plans.Item


def mark(
    journals: store.Store,
    number: int,
    today: date,
    note: str | None,
    publication: str | None = None,
    ask: Callable[[plans.Item], str] | None = None,
) -> Marked:
    """Mark item ``number`` of the current plan done ``today`` with ``note``.

    Without a ``note``, ``ask`` (if given) asks for one, while the journal's lock is held:
    no ``reflect`` can open it meanwhile, so the note typed is never refused. An item done
    already keeps its day and is not asked about; a ``note`` given replaces its note.
    """

    def change(plan: plans.Plan, chosen: plans.Item) -> None:
        if chosen.done is None:
            typed = note if note is not None or ask is None else ask(chosen)
            plans.mark_done(plan, chosen, today, typed or "")
        elif note is not None:
            plan["done"][chosen.key] = {"day": chosen.done["day"], "note": note}

    return _rewrite(journals, number, publication, change)


def reopen(journals: store.Store, number: int, publication: str | None = None) -> Marked:
    """Item ``number`` of the current plan no longer done (``kaereleder plan undo N``)."""

    def change(plan: plans.Plan, chosen: plans.Item) -> None:
        done = plan.get("done", {})
        done.pop(chosen.key, None)
        if not done:
            plan.pop("done", None)

    return _rewrite(journals, number, publication, change)


def _rewrite(
    journals: store.Store,
    number: int,
    publication: str | None,
    change: Callable[[plans.Plan, plans.Item], None],
) -> Marked:
    """Find the current plan, then, holding its journal's lock, read it again, ``change``
    item ``number`` and save the file atomically (0600). Nothing else in it changes."""
    found = required(journals, publication)
    item(found, number)  # an unknown number is named before any lock is taken
    try:
        with contextlib.ExitStack() as stack:
            _lock(stack, found.path)
            data = journals.read(found.path)  # as it is now, under the lock
            plan = data.get("plan")
            if data["status"] != domain.COMPLETE or plan is None or not plans.has_plan(plan):
                raise KaerelederError(txt.plan_changed(found.path))
            before = item(Current(found.path, data, plans.items(plan)), number)
            change(plan, before)
            after = item(Current(found.path, data, plans.items(plan)), number)
            if after != before:
                journals.save(data, found.path, txt.mark_failed)
    except locks.Busy:
        raise KaerelederError(txt.open_elsewhere(found.path)) from None
    except OSError as exc:  # the lock file cannot be made: the folder cannot be written
        raise JournalError(txt.mark_failed(found.path, exc)) from None
    return Marked(before, after)


def _lock(stack: contextlib.ExitStack, path: Path) -> None:
    """Hold the journal ``path``'s lock in ``stack``, trying for a moment (``locks.Busy``)."""
    import time

    for pause in (*LOCK_PAUSES, None):
        try:
            stack.enter_context(locks.held(path, wait=False))
            return
        except locks.Busy:
            if pause is None:
                raise
            time.sleep(pause)

"""Removing a reflection (``kaereleder journal delete``): found by id, confirmed, and
removed under its journal lock, so a draft open in a running ``reflect`` is never deleted.

Plain logic: the confirmation is a callable the command line passes in.
"""

from __future__ import annotations

from collections.abc import Callable

from kaereleder import locks, store
from kaereleder import messages as msg
from kaereleder.errors import JournalError, KaerelederError
from kaereleder.journals import texts as txt


def delete(
    journals: store.Store, ref: str, confirm: Callable[[store.Listed], bool]
) -> store.Listed | None:
    """Delete the journal ``ref`` names if ``confirm`` agrees: the one deleted, or None.

    The journal's lock is held from before the question until it is gone: a ``reflect``
    that has it open makes this fail at once, and none can open it meanwhile.
    """
    found = journals.find(ref)
    try:
        with locks.held(found.path, wait=False):
            if not found.path.is_file():  # removed by another process a moment ago
                raise KaerelederError(msg.no_such_journal(ref))
            if not confirm(found):
                return None
            journals.delete(found.path)
    except locks.Busy:
        raise KaerelederError(txt.delete_open_elsewhere(found.path)) from None
    except OSError as exc:  # the lock file cannot be made: the folder cannot be written
        raise JournalError(msg.delete_failed(found.path, exc)) from None
    return found

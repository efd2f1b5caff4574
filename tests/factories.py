"""What many tests make: a fixed clock and saved reflections (the clock is passed in)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

from kaereleder import domain, store
from kaereleder import journal as jf

CET = timezone(timedelta(hours=1))  # Danish winter time: the tests' clock


def reflection(
    when: datetime,
    token: str,
    *,
    publication: str = "leder",
    status: str = domain.COMPLETE,
    version: int = 1,
    minutes: int = 40,
    **fields: object,
) -> jf.Journal:
    """A reflection started ``when``; complete ones finished ``minutes`` later."""
    data = jf.new(publication, version, when, token)
    data["status"] = status
    if status == domain.COMPLETE:
        data["finished"] = (when + timedelta(minutes=minutes)).isoformat(timespec="seconds")
    data.update(fields)
    return data


def saved(home: Path, when: datetime, token: str, **options: object) -> Path:
    """``reflection(...)`` saved in the journal folder ``home``; its path."""
    return store.Store(home).save(reflection(when, token, **options))  # type: ignore[arg-type]

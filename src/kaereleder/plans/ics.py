"""The current plan as an iCalendar file (``kaereleder plan --ics``), for Outlook, Google
Calendar and Apple Calendar.

One all-day event per dated item (a goal's follow-up, each step): ``DTSTART;VALUE=DATE`` the
day, ``DTEND`` the next day (RFC 5545 3.6.1), free time (``TRANSP:TRANSPARENT``): a
reminder, not a meeting that blocks the day. Importing the file again updates the events
rather than adding new ones: each UID is made of the reflection's id and the item's key
(``20261202-093000-leder-4f9a2c-g1@kaereleder``), the same in every export. A calendar
applies an event it has already only if it is a newer revision: a higher ``SEQUENCE``
(Google Calendar ignores an update that has not; Outlook and Apple Calendar compare it
too). Nothing in the journal counts revisions, so the sequence is the whole minutes from
the reflection's start to the export: every later export is newer than the one before,
whatever changed in between (an item done, undone, a new note, ``--details``), and the same
export twice is the same file. ``DTSTAMP`` is the time of the export, as RFC 5545 asks of a
published calendar (``METHOD:PUBLISH``).

Calendars are often shared with a secretary, so by default an event says only
»kaereleder: opfølgning« and the goal's own short words (or the step's label), and its
description nothing the leader wrote; ``details`` adds what they will do, who is involved
and the note on how it went, and marks the event private (``CLASS:PRIVATE``: Outlook hides
a private event's text from those the calendar is shared with).

An event not done has a reminder at 9 in the morning the day before (``TRIGGER:-PT15H`` from
the day's start): time to prepare a talk with the chef. Google Calendar ignores reminders
in an imported file and uses the calendar's own.

The file is built by the ``icalendar`` library (CRLF line ends, lines folded at 75 octets,
text escaped), imported only by this command.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import TYPE_CHECKING

from kaereleder import __version__
from kaereleder.plans import cli_texts as txt
from kaereleder.plans import model as plans
from kaereleder.plans import texts as words
from kaereleder.plans.current import Current
from kaereleder.visible import one_line

if TYPE_CHECKING:  # imported only when a calendar is written
    import icalendar

PRODID = f"-//kaereleder//kaereleder {__version__}//DA"
UID_DOMAIN = "kaereleder"
REMINDER = timedelta(hours=-15)  # 9:00 the day before an all-day event


def uid(reflection_id: str, key: str) -> str:
    """The event's UID: the same for the same item in every export."""
    return f"{reflection_id}-{key}@{UID_DOMAIN}"


def calendar(current: Current, stamp: datetime, details: bool = False) -> bytes:
    """The iCalendar file of ``current``'s dated items. ``stamp``: the time of the export."""
    import icalendar

    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", txt.ICS_CALENDAR_NAME)
    stamp = stamp.astimezone(timezone.utc)
    sequence = revision(current.journal["started"], stamp)
    for item in current.items:
        if item.due is not None:
            cal.add_component(_event(current, item, stamp, sequence, details))
    return bytes(cal.to_ical())


def revision(started: str, stamp: datetime) -> int:
    """The events' ``SEQUENCE``: whole minutes from the reflection's start to the export."""
    return max(0, int((stamp - datetime.fromisoformat(started)).total_seconds() // 60))


def _event(
    current: Current, item: plans.Item, stamp: datetime, sequence: int, details: bool
) -> icalendar.Event:
    import icalendar

    event = icalendar.Event()
    event.add("uid", uid(current.journal["id"], item.key))
    event.add("dtstamp", stamp)
    assert item.due is not None
    event.add("dtstart", item.due)
    event.add("dtend", item.due + timedelta(days=1))
    event.add("sequence", sequence)
    title = words.item_title(item)
    if item.goal is not None and not details:  # a shared calendar: a goal's first words
        title = words.short_title(title)
    event.add("summary", _clean(txt.ics_summary(title, item.done is not None)))
    event.add("description", _clean(_description(current, item, details)))
    event.add("transp", "TRANSPARENT")
    event.add("class", "PRIVATE" if details else "PUBLIC")
    event.add("categories", [txt.ICS_CATEGORY])
    if item.done is None:
        alarm = icalendar.Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", _clean(title))
        alarm.add("trigger", REMINDER)
        event.add_component(alarm)
    return event


def _description(current: Current, item: plans.Item, details: bool) -> str:
    lines = [txt.ics_from(_day(current.journal["started"]))]
    if details and item.goal is not None:
        actions = item.goal.get(plans.ACTIONS, "").strip()
        involved = [words.WHO_LABELS.get(who, who) for who in item.goal.get(plans.INVOLVED, [])]
        if actions:
            lines.append(txt.ics_actions(actions))
        if involved:
            lines.append(txt.ics_involved(involved))
    if item.done is not None:
        done_on = plans.iso_day(item.done["day"])
        lines.append(txt.ics_done(done_on, item.done["note"] if details else ""))
    lines.append(txt.ics_how_to(item.number))
    return "\n".join(lines)


def _day(started: str) -> date:
    return datetime.fromisoformat(started).date()


def _clean(text: str) -> str:
    """No control character from an answer in the file; line breaks kept (escaped as \\n)."""
    return "\n".join(one_line(line) for line in text.splitlines())

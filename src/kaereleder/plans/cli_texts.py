"""The Danish strings of ``kaereleder plan`` (the plan shown, ``plan done N``, ``--ics``).

The words every plan feature shares (steps, who, what is due, dates) are in ``texts``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from kaereleder.messages import os_reason
from kaereleder.plans.texts import day

# --- help ---------------------------------------------------------------------------------

PLAN_HELP = (
    "Vis din udviklingsplan: målene og trinene fra din seneste færdige refleksion med en "
    "plan, med det, der er forfaldent, først markeret. --ics skriver planen som en "
    "kalenderfil til Outlook, Google Kalender eller Apple Kalender."
)
SHORT_HELP = {
    "done": "Markér punkt N i planen som klaret i dag, med en kort note.",
    "undo": "Fjern markeringen af punkt N som klaret.",
}
DONE_HELP = (
    "Markér punkt N i planen som klaret i dag, med en kort note om, hvordan det gik. Uden "
    "--note spørges der efter noten (Enter springer over). Er punktet klaret allerede, "
    "beholdes dagen, og en ny --note erstatter den gamle."
)
UNDO_HELP = "Fjern markeringen af punkt N som klaret (fx hvis du markerede det forkerte nummer)."
NUMBER_HELP = "Punktets nummer, som kaereleder plan viser det, fx 2."
NOTE_HELP = "En kort note om, hvordan det gik."
ICS_HELP = "Skriv planen som en kalenderfil (.ics) i stedet for at vise den."
OUTPUT_HELP = (
    "Kalenderfilen, der skrives (kun læsbar for dig; navnet ender på .ics); standard: "
    "kaereleder-plan.ics i den mappe, du står i. - skriver filen til skærmen. Giver også "
    "--ics."
)
DETAILS_HELP = (
    "Tag det med i kalenderen, du selv har skrevet (hvad du vil gøre, hvem der er med, "
    "noter); hændelserne markeres private. Uden --details står der kun målets korte ord "
    "og »kaereleder: opfølgning«. Giver også --ics."
)
DEFAULT_ICS = "kaereleder-plan.ics"

# --- the plan shown -----------------------------------------------------------------------


def heading(started: date, title: str) -> str:
    return f"Din udviklingsplan fra refleksionen {day(started)} ({title})"


GOALS_HEADING = "Mål"
STEPS_HEADING = "Trin"
ACTIONS = "Det vil du gøre"
INVOLVED = "Sammen med"
FOLLOW_UP = "Opfølgning"
OVERDUE_MARK = "!"


def due(when: date | None, label: str) -> str:
    return f"{day(when)} · {label}" if when is not None else label


def done(on: date | None, note: str) -> str:
    text = "klaret" + (f" {day(on)}" if on is not None else "")
    return f"{text}: {note}" if note else text


def overview(today: date, counts: dict[str, int], labels: dict[str, str]) -> str:
    """»I dag, 2. december 2026: 1 overskredet, 1 i dag.« from the items in each state."""
    parts = [f"{count} {labels[state]}" for state, count in counts.items() if count]
    return f"I dag, {day(today)}: {', '.join(parts)}." if parts else ""


def how_to_mark(first_open: int | None) -> list[str]:
    if first_open is None:
        return ["Alt i planen er klaret. Lav en ny plan med en ny refleksion: kaereleder reflect"]
    return [
        f'Markér et punkt som klaret: kaereleder plan done {first_open} --note "Godt møde"',
        "Læg planen i din kalender: kaereleder plan --ics",
    ]


def other_plan(title: str, publication: str) -> str:
    return f"Du har også en udviklingsplan fra »{title}«. Se den: kaereleder plan -p {publication}"


def no_plan(publication: str | None, reflected: bool) -> str:
    """No current plan: none made yet, or skipped in the newest reflection (``reflected``)."""
    which = f" -p {publication}" if publication else ""
    on = f" på{which}" if which else ""
    if reflected:
        first = f"Din seneste færdige refleksion{on} har ingen udviklingsplan."
    else:
        first = f"Du har ingen færdig refleksion{on} med en udviklingsplan endnu."
    return f"{first} Lav en: kaereleder reflect{which}, og læg en plan til sidst."


def newer_broken(problem: str) -> str:
    return (
        f"{problem}. Planen vises ikke, før filen er rettet: den kan være din seneste "
        "refleksion med planen."
    )


# --- plan done N --------------------------------------------------------------------------


def note_question(number: int, title: str) -> str:
    return f"Punkt {number}: {' '.join(title.split())}. Hvordan gik det? En kort note til planen."


NOTE_INTERRUPTED = "Stoppet. Intet er markeret."


def no_such_item(number: int, count: int) -> str:
    numbers = "nummer 1" if count == 1 else f"nummer 1–{count}"
    return f"Planen har intet punkt nummer {number}. Den har {count} punkter, {numbers}."


def marked(number: int, title: str, on: date) -> str:
    return f"Punkt {number} er markeret som klaret {day(on)}: {title}"


def already_done(number: int, on: date | None) -> str:
    when = f" {day(on)}" if on is not None else ""
    return (
        f"Punkt {number} er klaret allerede{when}. Ny note: kaereleder plan done {number} "
        '--note "…"; fjern markeringen: kaereleder plan undo ' + str(number)
    )


def note_updated(number: int) -> str:
    return f"Noten til punkt {number} er opdateret."


def reopened(number: int, title: str) -> str:
    return f"Punkt {number} er ikke længere markeret som klaret: {title}"


def not_done(number: int) -> str:
    return f"Punkt {number} er ikke markeret som klaret. Intet er ændret."


def open_elsewhere(path: Path) -> str:
    return (
        f"Refleksionen {path.stem} er åben i en kaereleder reflect lige nu. Afslut den dér, "
        "og prøv igen. Intet er markeret."
    )


def plan_changed(path: Path) -> str:
    return f"Planen i {path.stem} er ændret imens. Se den igen med kaereleder plan."


def mark_failed(path: Path, exc: OSError) -> str:
    return f"Kunne ikke gemme {path} ({os_reason(exc)}). Intet er markeret; filen er uændret."


# --- plan --ics ---------------------------------------------------------------------------

ICS_CALENDAR_NAME = "kaereleder: udviklingsplan"
ICS_CATEGORY = "kaereleder"


def ics_summary(title: str, is_done: bool) -> str:
    text = f"kaereleder: opfølgning – {' '.join(title.split())}"
    return f"{text} (klaret)" if is_done else text


def ics_from(started: date) -> str:
    return f"Fra din udviklingsplan (refleksionen {day(started)})."


def ics_actions(actions: str) -> str:
    return f"Det vil du gøre: {actions}"


def ics_involved(who: Sequence[str]) -> str:
    return f"{INVOLVED}: {involved(who)}"


def involved(who: Sequence[str]) -> str:
    """»medarbejderne, din chef«: the labels as a list in a sentence."""
    return ", ".join(label[:1].lower() + label[1:] for label in who)


def ics_done(on: date | None, note: str) -> str:
    text = done(on, note)
    return text[:1].upper() + text[1:] + ("" if text.endswith((".", "!", "?")) else ".")


def ics_how_to(number: int) -> str:
    return f"Se planen: kaereleder plan. Markér det klaret: kaereleder plan done {number}"


def ics_written(path: Path, count: int, undated: Sequence[int] = ()) -> str:
    events = "1 aftale" if count == 1 else f"{count} aftaler"
    left = ""
    if undated:
        numbers = " og ".join(str(n) for n in undated)
        left = f" Punkt {numbers} har ingen dato og er ikke med."
    return (
        f"Kalenderfilen er skrevet til {path} ({events}, kun læsbar for dig). Åbn eller "
        f"importér den i din kalender; importeres den igen, opdateres aftalerne.{left}"
    )


def ics_with_command(name: str) -> str:
    return f"--ics, -o og --details hører til kaereleder plan alene, ikke til plan {name}."


def ics_nothing_dated() -> str:
    return "Planen har ingen punkter med en dato, så der er intet at lægge i kalenderen."


def ics_not_ics(path: Path) -> str:
    return (
        f"Kalenderfilens navn skal ende på .ics, så kalenderen og Windows kender den, "
        f"fx -o {path.stem or 'plan'}.ics."
    )


def ics_into_journals(path: Path) -> str:
    return (
        f"{path} ligger i mappen med dine refleksioner. Skriv kalenderfilen et andet sted, "
        "fx -o plan.ics."
    )

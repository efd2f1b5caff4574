"""The Danish strings of the reflection (prompts, flow, answers files)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kaereleder.messages import no_item, os_reason, short, when

if TYPE_CHECKING:
    from kaereleder.content import Publication
    from kaereleder.journal import Journal


def no_such_expectation_anywhere(number: int, publications: Sequence[Publication]) -> str:
    counts = ", og ".join(
        f"{p.source.title} har {len(p.expectations)} {p.terms.items} (1–{len(p.expectations)})"
        for p in publications
    )
    return f"Der er ingen forventning eller ønske nummer {number}. {counts}."


def save_failed_first(path: Path, exc: OSError) -> str:
    return (
        f"Kunne ikke gemme refleksionen {path} ({os_reason(exc)}). Svaret er ikke gemt, og "
        "intet er gemt endnu."
    )


def save_retry_note(problem: str) -> str:
    return (
        f"{problem} Dit svar er ikke tabt: det er husket, så længe programmet kører. Frigør "
        "plads, eller ret mappens rettigheder, og prøv igen."
    )


SAVE_RETRY_QUESTION = "Vil du prøve at gemme igen?"
SAVE_RETRY = "Prøv igen"
SAVE_STOP = "Stop (det seneste svar gemmes ikke)"


def draft_open_elsewhere(path: Path) -> str:
    return (
        f"Kladden {path} er åben i en anden kaereleder reflect lige nu. Fortsæt der, eller "
        "afslut den først."
    )


def journal_lock_failed(path: Path, exc: OSError) -> str:
    return (
        f"Kunne ikke åbne refleksionen {path} til at skrive i ({os_reason(exc)}). Intet er ændret."
    )


def journal_name_differs(path: Path, journal_id: object) -> str:
    return (
        f"Bemærk: filen {path.name} har id'et {journal_id} (en kopi?). Den gemmes fortsat i "
        f"{path.name} og overskriver ingen anden refleksion."
    )


def choose_deeper(publication: Publication, preselected: bool = False) -> str:
    text = f"Vælg de {publication.terms.items}, du vil tænke grundigere over"
    return text + (" (dem, du fandt sværest, er valgt på forhånd)" if preselected else "")


# "at least one": Danish "én"/"ét" follows the noun's gender (en forventning, et ønske).
_ONE = {"leder": "én", "chef": "ét"}


def none_chosen(publication: Publication) -> str:
    return (
        f"Du valgte {no_item(publication)} at gå i dybden med. Vælg mindst "
        f"{_ONE.get(publication.id, 'én')} med mellemrum, og tryk så Enter. Vælger du "
        f"{no_item(publication).split()[0]} igen, slutter refleksionen her."
    )


# Below a question about the positive statements: its free-text part, not a new question.
ELABORATE = "Uddyb gerne med dine egne ord"


def last_next_step(earlier: Journal | None, step: str) -> str:
    started = when(earlier["started"]) if earlier else ""
    return f"Sidste gang ({started}) satte du dig dette næste skridt: {step}"


# --- answers files ------------------------------------------------------------------------

ANSWERS_UNKNOWN_KEY = (
    "ukendt nøgle; brug publication, review, overall, chosen, expectations og plan"
)


def answers_other_publication(name: str, expected: str) -> str:
    return f"svarene er til '{name}', men refleksionen er over '{expected}'"


def answers_no_expectation(publication: Publication, ref: object) -> str:
    count = len(publication.expectations)
    name, named = publication.source.title, short(ref)
    return f"{name} har {no_item(publication)} '{named}'; brug et nummer 1–{count}"


def answers_unknown_question(known: Iterable[str]) -> str:
    return "ukendt spørgsmål; kendte er: " + ", ".join(known)


def answers_unknown_statement(known: Iterable[str]) -> str:
    return "ukendt udsagn; denne forventnings positive udsagn er: " + ", ".join(known)


def answers_unknown_choice(key: str, unknown: list[str]) -> str:
    return f"{key}: ukendte valg: {short(', '.join(unknown))}"


TEXT_HINT_FIRST = (
    "Skriv dit svar, og tryk Enter for at gemme det. Vil du skrive på en ny linje i svaret, "
    "så tryk Ctrl+J. Et tomt svar springer spørgsmålet over. Ctrl+X og derefter Ctrl+E åbner "
    "en teksteditor. Ctrl+C stopper – alt, du har svaret, er gemt."
)
TEXT_HINT = "Enter gemmer svaret · Ctrl+J giver en ny linje · tomt svar springer over"
# Shown at the foot of the window while an answer is typed (where the terminal reports its
# size, as nearly all do); at most 78 characters.
TEXT_TOOLBAR = " Enter gemmer svaret · Ctrl+J ny linje · Ctrl+X Ctrl+E editor · Ctrl+C stop "
NO_EDITOR = "Der er ingen teksteditor at åbne. Skriv svaret her, eller sæt miljøvariablen EDITOR."
CHECKBOX_HINT = "Piletaster flytter · mellemrum vælger · Enter går videre"
SELECT_HINT = "Piletaster flytter · Enter vælger"
SKIP_CHOICE = "Spring over"


EXPORT_HINT = (
    "Vil du vise refleksionen til en coach eller din chef? Lav en side, du kan printe, med:"
)
EXPORT_COMMAND = "kaereleder journal export seneste -o refleksion.html"


def draft_offer(title: str, started: object, answers: int) -> str:
    count = "1 svar" if answers == 1 else f"{answers} svar"
    return (
        f"Du har en refleksion over {title}, som du ikke er blevet færdig med: startet "
        f"{when(started)}, {count} gemt."
    )


def resuming(started: object) -> str:
    return (
        f"Du fortsætter refleksionen fra {when(started)} ved det første spørgsmål, du ikke har "
        "svaret på."
    )


DRAFT_QUESTION = "Hvad vil du?"
DRAFT_CONTINUE = "Fortsætte, hvor jeg slap"
DRAFT_NEW = "Starte en ny refleksion (kladden bliver liggende)"
DRAFT_DELETE = "Slette kladden og starte en ny refleksion"


def draft_delete_question(started: object, answers: int) -> str:
    return f"Vil du slette kladden fra {when(started)} med {answers} svar? Det kan ikke fortrydes."


DRAFT_KEEP = "Nej, behold kladden"
DRAFT_DELETE_YES = "Ja, slet kladden"
DRAFT_DELETED = "Kladden er slettet."
INTERRUPTED_DRAFT_UNTOUCHED = "Afbrudt. Intet er ændret; din kladde ligger, hvor den lå."
CHOOSE_PUBLICATION = "Hvilken publikation vil du reflektere over?"


def publication_label(publication: Publication) -> str:
    return f"{publication.source.title} – {publication.terms.summary}"


NEEDS_TERMINAL = (
    "kaereleder reflect skal bruges i en terminal, hvor du kan svare. "
    "Uden terminal: brug --answers FIL."
)
INTERRUPTED_NOTHING_SAVED = "Afbrudt. Du havde ikke svaret på noget endnu, så intet er gemt."


def interrupted_saved(path: Path) -> str:
    return (
        f"Afbrudt. Dine svar er gemt i kladden {path}. "
        "Fortsæt, hvor du slap, med: kaereleder reflect --resume"
    )


def no_draft(home: Path, publication: str | None, broken: Sequence[str] = ()) -> str:
    which = f" over '{publication}'" if publication else ""
    text = f"Der er ingen kladde{which} at fortsætte i {home}."
    if broken:
        others = f" (og {len(broken) - 1} til)" if len(broken) > 1 else ""
        text += (
            f" En refleksion kan ikke læses{others}: {broken[0]}. Ret den i en teksteditor og "
            "prøv igen, eller"
        )
        return text + " start en ny refleksion med: kaereleder reflect"
    return text + " Start en ny refleksion med: kaereleder reflect"


def resumed_statements(question: str, chosen: Sequence[str]) -> str:
    """A statement question met again after a pause: what it asked and what was chosen."""
    picked = "\n".join(f"  → {text}" for text in chosen) or "  → (ingen valgt)"
    return f"{question}\n{picked}"

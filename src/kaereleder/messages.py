"""Every user-facing Danish string, in one place."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kaereleder.content import Publication

# --- help texts -------------------------------------------------------------------------

APP_HELP = (
    "Refleksion over din ledelse med Væksthus for Ledelses publikationer "
    "»Kære leder!« (2019) og »Kære chef! Kære ledere!« (2016)."
)
VERSION_HELP = "Vis versionen og afslut."
HELP_HELP = "Vis denne hjælp og afslut."
LIST_HELP = "Vis forventningerne (ønskerne) i publikationerne med nummer og titel."
SHOW_HELP = "Vis en hel forventning (et helt ønske) med begge sider, som i publikationen."
NUMBER_HELP = "Nummeret på forventningen (ønsket), fx 3."
PUBLICATION_HELP = "Publikationen: leder (Kære leder!) eller chef (Kære chef! Kære ledere!)."
LIST_PUBLICATION_HELP = PUBLICATION_HELP + " Uden -p vises begge."

HELP_MARKERS = {"[required]": "[påkrævet]", "[default: ": "[standard: "}

HELP_HEADINGS = {
    "Usage: ": "Brug: ",
    "Options": "Tilvalg",
    "Arguments": "Argumenter",
    "Commands": "Kommandoer",
}

# --- labels -----------------------------------------------------------------------------

SOURCE_LABEL = "Kilde"
ITEM_OF = "{item} {number} af {count}"


def reply_label(publication: Publication) -> str:
    speaker = publication.expectations[0].reply.speaker
    return f"{speaker.capitalize()}s svar"


def list_heading(publication: Publication) -> str:
    count = len(publication.expectations)
    return f"{publication.source.title} ({publication.id}) – {count} {publication.terms.items}"


# --- errors -----------------------------------------------------------------------------

ERROR_PREFIX = "Fejl: "


def no_such_expectation(publication: Publication, number: int) -> str:
    count = len(publication.expectations)
    return (
        f"{publication.source.title} har ingen {publication.terms.item} nummer {number}. "
        f"Der er {count} {publication.terms.items}, nummer 1–{count}."
    )


def no_such_publication(name: str) -> str:
    return (
        f"Ukendt publikation '{name}'. Vælg leder (Kære leder!) eller chef "
        "(Kære chef! Kære ledere!)."
    )


def content_unreadable(path: Path, exc: Exception) -> str:
    return f"Indholdsfilen {path} kan ikke læses: {exc}. Installer kaereleder igen."


def usage_error(message: str, command: str) -> str:
    return f"{message}. Se '{command} --help'."


USAGE_MESSAGES = {
    "No such option": "Ukendt tilvalg",
    "No such command": "Ukendt kommando",
    "Missing argument": "Mangler argumentet",
    "Missing option": "Mangler tilvalget",
    "Missing parameter": "Mangler",
    "Invalid value for": "Ugyldig værdi for",
    "Invalid value": "Ugyldig værdi",
    "Got unexpected extra argument": "Uventet ekstra argument",
    "Got unexpected extra arguments": "Uventede ekstra argumenter",
    "requires an argument": "kræver en værdi",
    "is not a valid integer": "er ikke et heltal",
    "Option": "Tilvalget",
    "does not take a value": "tager ingen værdi",
}


def translate_usage(message: str) -> str:
    """Danish for the command-line parser's usage messages (best effort, longest first)."""
    for english in sorted(USAGE_MESSAGES, key=len, reverse=True):
        message = message.replace(english, USAGE_MESSAGES[english])
    return message

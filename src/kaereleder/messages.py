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


# --- journals -----------------------------------------------------------------------------

JOURNAL_SCHEMA = "kun journalformat {schema} kan læses"
JOURNAL_BAD_ID = "et journal-id har formen ÅÅÅÅMMDD-TTMMSS-leder-abc123"
JOURNAL_BAD_TIME = "skal være et tidspunkt med tidszone, fx 2026-11-22T09:30:00+01:00"
JOURNAL_UNKNOWN_KEY = "ukendt nøgle; kun 'statements' og 'text' er tilladt her"


def journal_bad_rating(ratings: tuple[str, ...]) -> str:
    return "skal være en af: " + ", ".join(ratings)


def journal_not_text(value: object) -> str:
    from kaereleder.validate import type_name

    return f"skal være tekst, ikke {type_name(value)}"


def journal_not_representable(name: str) -> str:
    return f"{name}: svaret kan ikke gemmes, så det læses præcist tilbage. Intet er ændret."


def journal_unreadable(path: Path, exc: OSError | UnicodeDecodeError) -> str:
    reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
    return f"{path}: kan ikke læses ({reason})"


def save_failed(path: Path, exc: OSError) -> str:
    import errno

    if exc.errno == errno.ENOSPC:
        reason = "disken er fuld"
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        reason = "ingen adgang til at skrive"
    else:
        reason = exc.strerror or str(exc)
    return (
        f"Kunne ikke gemme journalen {path} ({reason}). Det seneste svar er ikke gemt; "
        "alt, du svarede før, er gemt uændret."
    )


def home_unusable(path: Path, exc: OSError) -> str:
    return f"Journalmappen {path} kan ikke bruges ({exc.strerror or exc})."


# --- the reflection -----------------------------------------------------------------------

RATING_LABELS = {
    "helt-uenig": "Helt uenig",
    "delvis-uenig": "Delvis uenig",
    "hverken-enig-eller-uenig": "Hverken enig eller uenig",
    "delvis-enig": "Delvis enig",
    "helt-enig": "Helt enig",
    "ved-ikke": "Ved ikke",
}
SKIPPED = "(sprunget over)"
FOLLOW_UP_QUESTION = "Hvordan gik det?"
NEXT_STEP_QUESTION = "Næste skridt: Hvilket konkret skridt vil du tage?"
_RATING_STATEMENT = {"leder": "denne forventning", "chef": "dette ønske"}


def rating_question(publication: Publication) -> str:
    return f"Hvor enig er du i udsagnet »Jeg lever op til {_RATING_STATEMENT[publication.id]}«?"


def choose_deeper(publication: Publication) -> str:
    return (
        f"Vælg de {publication.terms.items}, du vil tænke grundigere over "
        "(mellemrum vælger, Enter går videre)"
    )


def statements_question(kind: str) -> str:
    if kind == "recognised":
        return "Hvilke af de positive udsagn kan du genkende i din egen ledelse?"
    return "Hvilke af de positive udsagn har du svært ved at leve op til?"


def last_next_step(earlier: dict[str, object], step: str) -> str:
    when = str(earlier.get("started", ""))[:10]
    return f"Sidste gang ({when}) satte du dig dette næste skridt: {step}"


# --- answers files ------------------------------------------------------------------------

ANSWERS_UNKNOWN_KEY = "ukendt nøgle; brug publication, overall, chosen og expectations"


def answers_other_publication(name: str, expected: str) -> str:
    return f"svarene er til '{name}', men refleksionen er over '{expected}'"


def answers_no_expectation(publication: Publication, ref: object) -> str:
    count = len(publication.expectations)
    return (
        f"{publication.source.title} har ingen {publication.terms.item} '{ref}'; "
        f"brug et nummer 1–{count}"
    )


def answers_unknown_question(known: object) -> str:
    return "ukendt spørgsmål; kendte er: " + ", ".join(str(k) for k in known)  # type: ignore[attr-defined]


def answers_unknown_choice(key: str, unknown: list[str]) -> str:
    return f"{key}: ukendte valg: {', '.join(unknown)}"


TEXT_HINT_FIRST = (
    "Skriv dit svar. Enter giver en ny linje; Esc og derefter Enter gemmer svaret. "
    "Et tomt svar springer spørgsmålet over. Ctrl-X Ctrl-E åbner din editor. "
    "Ctrl-C stopper – alt, du har svaret, er gemt."
)
TEXT_HINT = "Esc og derefter Enter gemmer · tomt svar springer over · Ctrl-C stopper"
CHECKBOX_HINT = "Piletaster flytter · mellemrum vælger · Enter går videre"
SELECT_HINT = "Piletaster flytter · Enter vælger"
SKIP_CHOICE = "Spring over"
NONE_CHOSEN = "ingen valgt"
SUMMARY_TITLE = "Din refleksion"
RATING_SHORT = "Din vurdering"
NEXT_STEP_SHORT = "Næste skridt"


def saved_at(path: str) -> str:
    return f"Refleksionen er gemt i {path}"


REFLECT_HELP = (
    "Reflekter over forventningerne, én ad gangen, med publikationens spørgsmål. "
    "Hvert svar gemmes med det samme i din journal."
)
EXPECTATION_OPTION_HELP = (
    "Gå direkte til forventning (ønske) nummer N; kan gives flere gange. "
    "Spørgsmålene om forventningerne som helhed springes over."
)
RESUME_HELP = "Fortsæt den seneste kladde ved første ubesvarede spørgsmål."
ANSWERS_HELP = "Tag svarene fra en YAML-fil i stedet for at spørge (se docs/journal-format.md)."
HOME_HELP = "Journalmappen (standard: KAERELEDER_HOME eller din brugers datamappe)."
CHOOSE_PUBLICATION = "Hvilken publikation vil du reflektere over?"
PUBLICATION_LABELS = {
    "leder": "Kære leder! – medarbejdernes syv forventninger til deres leder",
    "chef": "Kære chef! Kære ledere! – ledernes seks ønsker til deres chef",
}
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


def no_draft(home: Path, publication: str | None) -> str:
    which = f" over '{publication}'" if publication else ""
    return (
        f"Der er ingen kladde{which} at fortsætte i {home}. "
        "Start en ny refleksion med: kaereleder reflect"
    )


# --- journal commands ---------------------------------------------------------------------

JOURNAL_HELP = "Dine refleksioner over tid: vis, sammenlign og eksporter dem."
JOURNAL_PATH_HELP = "Vis mappen, hvor dine journaler ligger."
JOURNAL_LIST_HELP = "Vis dine refleksioner, nyeste først, med vurderingerne i kort form."
JOURNAL_SHOW_HELP = "Vis én refleksion med spørgsmålenes tekst."
JOURNAL_ID_HELP = (
    "Journalens id, en entydig begyndelse af det, latest (den nyeste), "
    "-1 (den nyeste), -2 (den næstnyeste) …"
)
JSON_HELP = "Skriv data som JSON (til scripts)."
STATUS_LABELS = {"draft": "kladde", "complete": "færdig"}
RATING_CODES = {
    "helt-uenig": "1",
    "delvis-uenig": "2",
    "hverken-enig-eller-uenig": "3",
    "delvis-enig": "4",
    "helt-enig": "5",
    "ved-ikke": "?",
    "": "–",
}
RATING_LEGEND = (
    "Vurdering af »Jeg lever op til …«: 1 Helt uenig · 2 Delvis uenig · "
    "3 Hverken enig eller uenig · 4 Delvis enig · 5 Helt enig · ? Ved ikke · – sprunget over"
)
LIST_COLUMNS = ("Id", "Startet", "Publ.", "Status", "Vurderinger")
NO_RATINGS = "ingen endnu"
BROKEN = "FEJL"
OVERALL_TITLE = "Forventningerne som helhed"
STATEMENT_GONE = "findes ikke længere i indholdet"
UNANSWERED = "(ikke besvaret endnu)"
CHOSEN_STATEMENTS = "Valgte udsagn"
CONTENT_VERSION_NOTE = (
    "Journalen blev skrevet med indholdsversion {old}; indholdet er nu version {new}."
)


def no_journals(home: Path) -> str:
    return f"Der er ingen journaler i {home} endnu. Start en refleksion med: kaereleder reflect"


def no_such_journal(ref: str) -> str:
    return f"Ingen journal har id '{ref}'. Se dine journaler med: kaereleder journal list"


def ambiguous_journal(ref: str, ids: list[str]) -> str:
    shown = ", ".join(ids[:5]) + (" …" if len(ids) > 5 else "")
    return f"'{ref}' passer på {len(ids)} journaler: {shown}. Skriv mere af id'et."


def not_that_many_journals(ref: str, count: int) -> str:
    return f"Der er kun {count} journaler, så '{ref}' findes ikke. Brug -1 til -{count}."


def journal_header(title: str, started: str, status: str) -> str:
    return f"{title}  ·  {started[:16].replace('T', ' ')}  ·  {STATUS_LABELS.get(status, status)}"


# --- journal diff -------------------------------------------------------------------------


# --- journal trend and export -------------------------------------------------------------

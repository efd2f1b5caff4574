"""Every user-facing Danish string, in one place."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from kaereleder.domain import THRESHOLD

if TYPE_CHECKING:
    from kaereleder.content import Publication

# --- help texts -------------------------------------------------------------------------

APP_HELP = (
    "Refleksion over din ledelse med Væksthus for Ledelses publikationer "
    "»Kære leder!« (2019) og »Kære chef! Kære ledere!« (2016)."
)
GUIDE_HELP = (
    "Vis brugervejledningen; med et emne i stedet beskrivelsen af et filformat: format "
    "(refleksionerne og svarfilen til --answers) eller team (spørgeskemaet og undersøgelsen)."
)
GUIDE_TOPIC_HELP = "Emnet: format eller team. Uden emne: brugervejledningen."
PAGER_KEYS = "(Mellemrum og piletaster blader. Tryk q for at lukke vejledningen.)"


def no_such_topic(topic: str, topics: Sequence[str]) -> str:
    return (
        f"Vejledningen har intet emne '{topic}'. Vælg {' eller '.join(topics)}, "
        "eller skriv intet emne for at få brugervejledningen."
    )


def guide_unreadable(path: Path, exc: OSError | UnicodeDecodeError) -> str:
    return f"Vejledningen {path} kan ikke læses ({os_reason(exc)}). Installer kaereleder igen."


# `kaereleder` alone: the first screen.
FIRST_SCREEN_INTRO = (
    "kaereleder: refleksion over din ledelse med Væksthus for Ledelses publikationer "
    "»Kære leder!« (2019) og »Kære chef! Kære ledere!« (2016)."
)
FIRST_SCREEN_START = "Start med: kaereleder reflect"
FIRST_SCREEN_COMMANDS_HEADING = "Kommandoer:"
FIRST_SCREEN_COMMANDS = {
    "reflect": "Reflekter spørgsmål for spørgsmål; hvert svar gemmes straks.",
    "list": "Vis forventningerne (ønskerne) med nummer og titel.",
    "show N": "Vis forventning (ønske) N med begge sider, som i publikationen.",
    "dialog": "Lav en mødeguide til dialogen med dine medarbejdere.",
    "om": "Læs publikationens forord, og hvordan den blev til.",
    "journal": "Dine refleksioner over tid: vis, sammenlign og eksporter dem.",
    "team": "Et anonymt spørgeskema til teamet og dets syn ved siden af dit.",
    "vejledning": "Vis brugervejledningen og filformaterne.",
}


def first_screen_end(home: str) -> list[str]:
    return [
        f"Dine refleksioner gemmes i: {home}",
        "Brugervejledningen: kaereleder vejledning",
        "Hjælp til en kommando: kaereleder KOMMANDO --help",
    ]


VERSION_HELP = "Vis versionen og afslut."
HELP_HELP = "Vis denne hjælp og afslut."
LIST_HELP = "Vis forventningerne (ønskerne) i publikationerne med nummer og titel."
SHOW_HELP = "Vis en hel forventning (et helt ønske) med begge sider, som i publikationen."
NUMBER_HELP = "Nummeret på forventningen (ønsket), fx 3."
ABOUT_HELP = (
    "Vis publikationens forord, og hvordan undersøgelsen (projektet) er gennemført, "
    "som det står i publikationen."
)
ABOUT_TITLE = "Om publikationen"
PUBLICATION_HELP = "Publikationen: leder (Kære leder!) eller chef (Kære chef! Kære ledere!)."
LIST_PUBLICATION_HELP = PUBLICATION_HELP + " Uden -p vises begge."

USAGE_WORDS = {
    "[OPTIONS]": "[TILVALG]",
    "[COMMAND] [ARGS]...": "KOMMANDO [ARGUMENTER]...",  # `kaereleder` alone: the first screen
    "COMMAND [ARGS]...": "KOMMANDO [ARGUMENTER]...",
}
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


def no_item(publication: Publication) -> str:
    return f"{publication.terms.none} {publication.terms.item}"


def no_such_expectation(publication: Publication, number: int) -> str:
    count = len(publication.expectations)
    return (
        f"{publication.source.title} har {no_item(publication)} nummer {number}. "
        f"Der er {count} {publication.terms.items}, nummer 1–{count}."
    )


# Numbers people may write as a word: `kaereleder show tre`.
NUMBER_WORDS = {
    **dict.fromkeys(("en", "én", "et", "ét", "een", "eet"), 1),
    "to": 2,
    "tre": 3,
    "fire": 4,
    "fem": 5,
    "seks": 6,
    "syv": 7,
    "otte": 8,
    "ni": 9,
    "ti": 10,
}


def not_a_number(typed: str) -> str:
    return f"'{typed}' er ikke et nummer. Skriv nummeret med tal, fx 'kaereleder show 3'."


def no_such_expectation_anywhere(number: int, publications: Sequence[Publication]) -> str:
    counts = ", og ".join(
        f"{p.source.title} har {len(p.expectations)} {p.terms.items} (1–{len(p.expectations)})"
        for p in publications
    )
    return f"Der er ingen forventning eller ønske nummer {number}. {counts}."


def no_such_publication(name: str) -> str:
    return (
        f"Ukendt publikation '{name}'. Vælg leder (Kære leder!) eller chef "
        "(Kære chef! Kære ledere!)."
    )


def content_unreadable(path: Path, exc: OSError | UnicodeDecodeError) -> str:
    return f"Indholdsfilen {path} kan ikke læses ({os_reason(exc)}). Installer kaereleder igen."


def usage_error(message: str, command: str) -> str:
    end = "" if message.endswith(("?", ".")) else "."
    return f"{message}{end} Se '{command} --help'."


def unexpected(kind: str) -> str:
    return (
        f"Der skete en uventet fejl i kaereleder ({kind}). Alt, du har gemt, er uberørt. "
        "Fortæl gerne udviklerne om det; KAERELEDER_DEBUG=1 viser detaljerne."
    )


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


# Danish words people type for a command, by group ("" is the top): »Mente du …?«
COMMAND_WORDS: dict[str, dict[str, str]] = {
    "": {
        "vis": "show",
        "forord": "om",
        "liste": "list",
        "oversigt": "list",
        "reflekter": "reflect",
        "reflektér": "reflect",
        "refleksion": "reflect",
        "start": "reflect",
        "fortsæt": "reflect --resume",
        "refleksioner": "journal list",
        "sammenlign": "journal diff",
        "eksporter": "journal export",
        "eksportér": "journal export",
        "slet": "journal delete",
        "udvikling": "journal trend",
        "hjælp": "--help",
        "hjaelp": "--help",
        "help": "--help",
        "version": "--version",
    },
    "journal": {
        "vis": "show",
        "liste": "list",
        "oversigt": "list",
        "slet": "delete",
        "fjern": "delete",
        "sammenlign": "diff",
        "forskel": "diff",
        "eksporter": "export",
        "eksportér": "export",
        "udvikling": "trend",
        "mappe": "path",
        "sti": "path",
        "hjælp": "--help",
        "hjaelp": "--help",
        "help": "--help",
    },
}


def did_you_mean(typed: str, command: str) -> str:
    """Parsed by ``translate_usage`` like the parser's own suggestions."""
    return f"No such command {typed!r}. Did you mean '{command}'?"


def translate_usage(message: str) -> str:
    """Danish for the command-line parser's usage messages (best effort, longest first)."""
    import re

    guesses = re.findall(r"Did you mean '?([^'?]+)'?\?", message)
    message = re.sub(r"\s*\(?Did you mean [^?]*\?\)?", "", message)
    message = re.sub(r"\s*\(Possible options: [^)]*\)", "", message).strip().rstrip(".")
    for english in sorted(USAGE_MESSAGES, key=len, reverse=True):
        message = message.replace(english, USAGE_MESSAGES[english])
    if guesses:
        message += f". Mente du '{guesses[0]}'?"
    return message


def at_words(text: str) -> str:
    """``text`` for the terminal, broken between words, not where the terminal's edge falls."""
    import shutil
    import textwrap

    width = shutil.get_terminal_size().columns - 1
    return textwrap.fill(text, width, break_long_words=False, break_on_hyphens=False)


# --- YAML problems (PyYAML's words, in Danish; matched by their beginning) -------------------

YAML_PROBLEMS = {
    "did not find expected ',' or ']'": (
        "en liste i [ ] er ikke lukket, eller der mangler et komma"
    ),
    "did not find expected ',' or '}'": (
        "en samling i { } er ikke lukket, eller der mangler et komma"
    ),
    "found character that cannot start any token": (
        "et tegn, der ikke kan stå her (fx et tabulatortegn, @ eller `); sæt teksten i "
        "anførselstegn"
    ),
    "mapping values are not allowed here": (
        "et kolon (:) står, hvor det ikke er tilladt; sæt teksten i anførselstegn"
    ),
    "could not find expected ':'": "der mangler et kolon (:) efter nøglen",
    "did not find expected key": "forventede en nøgle her; tjek indrykningen",
    "did not find expected '-' indicator": "forventede et '-' her; tjek indrykningen",
    "expected <block end>": "indrykningen passer ikke med linjerne før",
    "found unexpected end of stream": "filen slutter midt i en værdi; mangler et anførselstegn?",
    "found unknown escape character": "ukendt tegn efter \\ i en tekst i anførselstegn",
    "found a tab character": "et tabulatortegn i indrykningen; brug mellemrum",
    "expected a single document": "filen må kun indeholde ét dokument (ingen ---)",
    "found undefined alias": "ankre og aliasser (& og *) er ikke tilladt",
}


def yaml_problem(problem: str) -> str:
    for english, danish in YAML_PROBLEMS.items():
        if problem.startswith(english):
            return danish
    return problem


# --- journals -----------------------------------------------------------------------------

JOURNAL_FILE_HEADER = (
    "# kaereleder-journal: din egen refleksion. Privat: kun du kan læse filen.\n"
    "# Du må gerne rette i den. Formatet vises med: kaereleder vejledning format\n"
)
JOURNAL_SCHEMA = "kun journalformat {schema} kan læses"
JOURNAL_BAD_ID = "et journal-id har formen ÅÅÅÅMMDD-TTMMSS-leder-abc123"
JOURNAL_BAD_TIME = "skal være et tidspunkt med tidszone, fx 2026-11-22T09:30:00+01:00"
JOURNAL_UNKNOWN_KEY = "ukendt nøgle; kun 'statements' og 'text' er tilladt her"


def journal_bad_rating(ratings: tuple[str, ...]) -> str:
    return "skal være en af: " + ", ".join(ratings)


SHORT = 80  # characters of a value quoted in an error line


def short(value: object) -> str:
    """A value from a file as an error line quotes it: cut after ``SHORT`` characters with »…«
    (a form may hold 50 MB in one value)."""
    text = str(value)
    return text if len(text) <= SHORT else text[: SHORT - 1] + "…"


# --- what a content file, journal or form must hold (validate, yamlio, content) -------------

TYPE_NAMES: dict[type, str] = {
    str: "tekst",
    int: "et heltal",
    float: "et decimaltal",
    bool: "ja/nej (true/false)",
    list: "en liste",
    dict: "en samling af nøgler",
}


def type_name(value: object) -> str:
    if value is None:
        return "tom"
    for kind, name in TYPE_NAMES.items():
        if type(value) is kind:
            return name
    return type(value).__name__


def place(source: str, line: int = 0, column: int = 0) -> str:
    """Where in a file: "leder.yaml, linje 3, kolonne 7" (line and column when known)."""
    where = f"{source}, linje {line}" if line else source
    return f"{where}, kolonne {column}" if line and column else where


def missing(key: str) -> str:
    return f"'{key}' mangler"


def must_be(kind: type, value: object) -> str:
    return f"skal være {TYPE_NAMES[kind]}, ikke {type_name(value)}"


MUST_NOT_BE_EMPTY = "må ikke være tom"


def not_one_of(value: object, named: str) -> str:
    return f"'{short(value)}' er ikke en af: {named}"


def yaml_invalid(problem: str) -> str:
    return f"ugyldig YAML: {problem}"


def yaml_bad_character(code: int) -> str:
    return f"ugyldig YAML: tegnet U+{code:04X} må ikke stå i filen"


YAML_NO_ALIASES = "ankre og aliasser (& og *) er ikke tilladt"
YAML_KEY_NOT_SCALAR = "en nøgle skal være en enkel værdi"
YAML_NO_MERGE = "fletning med << er ikke tilladt"
YAML_KEY_NOT_TEXT = "en nøgle skal være tekst"


def yaml_duplicate_key(key: object, first: int, second: int) -> str:
    return f"nøglen '{short(key)}' står to gange (linje {first} og {second})"


def yaml_tag_refused(tag: object) -> str:
    return f"mærket {short(tag)} er ikke tilladt"


def yaml_bad_value(problem: object) -> str:
    return f"ugyldig værdi: {short(problem)}"


def content_id_taken(value: str, where: str) -> str:
    return f"id '{value}' bruges også i {where}"


def content_format_unknown(known: int) -> str:
    return f"kun format {known} kan læses"


CONTENT_NO_EXPECTATIONS = "skal have mindst én"
CONTENT_NO_ITEMS = "skal have mindst ét punkt"


def content_number_expected(number: int) -> str:
    return f"skal være {number}"


def journal_not_list(value: object) -> str:
    return f"skal være en liste, ikke {type_name(value)}"


def journal_key_not_text(key: object) -> str:
    return f"nøglen {short(repr(key))} skal være tekst (et id)"


def journal_not_text(value: object) -> str:
    return f"skal være tekst, ikke {type_name(value)}"


def journal_not_representable(name: str) -> str:
    return f"{name}: svaret kan ikke gemmes, så det læses præcist tilbage. Intet er ændret."


_OS_REASONS = {
    "ENOENT": "filen eller mappen findes ikke",
    "ENOTDIR": "en del af stien er ikke en mappe",
    "EISDIR": "det er en mappe, ikke en fil",
    "EACCES": "ingen adgang",
    "EPERM": "ingen adgang",
    "EROFS": "disken kan kun læses",
    "ENOSPC": "disken er fuld",
    "EDQUOT": "din diskkvote er brugt op",
    "EEXIST": "der ligger allerede en fil med det navn",
    "ENAMETOOLONG": "navnet er for langt",
    "EIO": "disken svarer ikke (input/output-fejl)",
    "EBUSY": (
        "filen er optaget af et andet program, fx OneDrive, et antivirusprogram eller en "
        "editor; luk det, og prøv igen"
    ),
}


def os_reason(exc: OSError | UnicodeDecodeError) -> str:
    """Why a file could not be read or written, in Danish."""
    import errno

    if isinstance(exc, UnicodeDecodeError):
        return "filen er ikke UTF-8-tekst"
    name = errno.errorcode.get(exc.errno or 0, "")
    return _OS_REASONS.get(name) or exc.strerror or str(exc)


def journal_unreadable(path: Path, exc: OSError | UnicodeDecodeError) -> str:
    return f"{path}: kan ikke læses ({os_reason(exc)})"


def not_a_regular_file(path: Path) -> str:
    return f"{path}: er ikke en almindelig fil (men fx en enhed eller et rør) og læses ikke"


def file_too_big(path: Path, limit: int) -> str:
    size = f"{limit // 1024} KiB"
    return f"{path}: er større end {size} og læses ikke (en refleksion fylder omkring 20 KiB)"


def save_failed(path: Path, exc: OSError) -> str:
    return (
        f"Kunne ikke gemme refleksionen {path} ({os_reason(exc)}). Det seneste svar er ikke "
        "gemt; alt, du svarede før, er gemt uændret."
    )


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


def home_not_a_folder(path: Path) -> str:
    return f"Journalmappen {path} kan ikke bruges: der ligger en fil med det navn."


def home_unusable(path: Path, exc: OSError) -> str:
    return f"Journalmappen {path} kan ikke bruges ({os_reason(exc)})."


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


def start_how(publication: Publication, numbers: Sequence[int]) -> str:
    """How the reflection goes and about how long it takes (``numbers``: ``-e`` given)."""
    if numbers:
        listed = " og ".join(
            filter(None, [", ".join(str(n) for n in numbers[:-1]), str(numbers[-1])])
        )
        return (
            f"Du går direkte i dybden med {publication.terms.item} {listed}: en vurdering, "
            f"publikationens spørgsmål og et næste skridt. Det tager omkring "
            f"{10 * len(numbers)}–{15 * len(numbers)} minutter."
        )
    return (
        f"Først et par spørgsmål om {publication.terms.the_items} som helhed; derefter går du i "
        "dybden med dem, du vælger: en vurdering, publikationens spørgsmål og et næste skridt. "
        "Det tager omkring 30–60 minutter."
    )


START_SAFE = (
    "Hvert svar gemmes, så snart du har givet det. Du kan trygt stoppe med Ctrl+C eller lukke "
    "vinduet: næste gang du skriver kaereleder reflect, kan du fortsætte, hvor du slap."
)


def rating_question(publication: Publication) -> str:
    return f"Hvor enig er du i udsagnet »Jeg lever op til {publication.terms.this_item}«?"


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


def last_next_step(earlier: dict[str, object], step: str) -> str:
    when = str(earlier.get("started", ""))[:10]
    return f"Sidste gang ({when}) satte du dig dette næste skridt: {step}"


# --- answers files ------------------------------------------------------------------------

ANSWERS_UNKNOWN_KEY = "ukendt nøgle; brug publication, overall, chosen og expectations"


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
NONE_CHOSEN = "ingen valgt"
SUMMARY_TITLE = "Din refleksion"
RATING_SHORT = "Din vurdering"
NEXT_STEP_SHORT = "Næste skridt"


def saved_at(path: str) -> str:
    return f"Refleksionen er gemt i {path}"


EXPORT_HINT = (
    "Vil du vise refleksionen til en coach eller din chef? Lav en side, du kan printe, med:"
)
EXPORT_COMMAND = "kaereleder journal export latest --format html -o refleksion.html"

_MONTHS = (
    "januar", "februar", "marts", "april", "maj", "juni",
    "juli", "august", "september", "oktober", "november", "december",
)  # fmt: skip


def when(started: object) -> str:
    """A journal's start as a person says it: »2. december 2026 kl. 09.30«."""
    text = str(started)
    try:
        year, month, day = int(text[:4]), int(text[5:7]), int(text[8:10])
        return f"{day}. {_MONTHS[month - 1]} {year} kl. {text[11:13]}.{text[14:16]}"
    except (ValueError, IndexError):
        return text


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


def delete_failed(path: Path, exc: OSError) -> str:
    return f"Kunne ikke slette refleksionen {path} ({os_reason(exc)}). Den er uændret."


REFLECT_HELP = (
    "Reflekter over forventningerne, én ad gangen, med publikationens spørgsmål. "
    "Hvert svar gemmes med det samme. Har du en ufærdig kladde, tilbydes den først."
)
EXPECTATION_OPTION_HELP = (
    "Gå direkte til forventning (ønske) nummer N; kan gives flere gange. "
    "Spørgsmålene om forventningerne som helhed springes over."
)
RESUME_HELP = "Fortsæt den seneste kladde ved første ubesvarede spørgsmål."
ANSWERS_HELP = (
    "Tag svarene fra en YAML-fil i stedet for at spørge. Formatet vises med: "
    "kaereleder vejledning format"
)
HOME_HELP = "Mappen med dine refleksioner (standard: KAERELEDER_HOME eller din brugers datamappe)."
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


# --- journal commands ---------------------------------------------------------------------

JOURNAL_HELP = "Dine refleksioner over tid: vis, sammenlign og eksporter dem."
JOURNAL_PATH_HELP = "Vis mappen, hvor dine journaler ligger."
JOURNAL_LIST_HELP = "Vis dine refleksioner, nyeste først, med vurderingerne i kort form."
JOURNAL_SHOW_HELP = "Vis én refleksion med spørgsmålenes tekst."
JOURNAL_ID_HELP = (
    "Refleksionens id, en entydig begyndelse af det, seneste eller latest (den nyeste), "
    "forrige (den næstnyeste), -1 (den nyeste), -2 (den næstnyeste) …"
)
JSON_HELP = "Skriv data som JSON (til scripts)."
JOURNAL_DELETE_HELP = (
    "Slet én refleksion for altid, efter en bekræftelse, der viser dens dato og status."
)
DELETE_YES_HELP = "Slet uden at spørge (til scripts)."
DELETE_KEEP = "Nej, behold den"
DELETE_CONFIRM = "Ja, slet den"
DELETE_KEPT = "Intet er slettet."
DELETE_INTERRUPTED = "Afbrudt. Intet er slettet."


def _journal_named(summary: dict[str, object] | None, journal_id: str) -> str:
    if summary is None:
        return f"{journal_id} (kan ikke læses)"
    started = str(summary["started"])[:16].replace("T", " ")
    status = STATUS_LABELS.get(str(summary["status"]), str(summary["status"]))
    title = PUBLICATION_TITLES.get(str(summary["publication"]), str(summary["publication"]))
    return f"fra {started} ({status}, {title})"


def delete_question(summary: dict[str, object] | None, journal_id: str) -> str:
    return (
        f"Vil du slette refleksionen {_journal_named(summary, journal_id)}? "
        "Den kan ikke gendannes."
    )


def deleted(summary: dict[str, object] | None, journal_id: str) -> str:
    return f"Refleksionen {_journal_named(summary, journal_id)} er slettet."


def delete_needs_terminal(ref: str) -> str:
    return (
        "Sletning skal bekræftes i en terminal. Intet er slettet. "
        f"Uden at spørge: kaereleder journal delete {ref} --yes"
    )


def delete_open_elsewhere(path: Path) -> str:
    return (
        f"Refleksionen {path.stem} er åben i en kaereleder reflect lige nu. Afslut den dér, "
        "og prøv igen. Intet er slettet."
    )


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
    "Kolonnerne 1–7 er forventningerne (ønskerne), og tallet din vurdering af »Jeg lever op "
    "til …«: 1 Helt uenig · 2 Delvis uenig · 3 Hverken enig eller uenig · 4 Delvis enig · "
    "5 Helt enig · ? Ved ikke · – sprunget over. Tom: ikke med i refleksionen."
)
LIST_COLUMNS = ("Id", "Startet", "Publ.", "Status", "Vurderinger")
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
    if count == 1:
        return f"Der er kun én journal, så '{ref}' findes ikke. Brug -1 eller seneste."
    return f"Der er kun {count} journaler, så '{ref}' findes ikke. Brug -1 til -{count}."


def journal_header(title: str, started: str, status: str) -> str:
    return f"{title}  ·  {started[:16].replace('T', ' ')}  ·  {STATUS_LABELS.get(status, status)}"


# --- journal diff -------------------------------------------------------------------------

JOURNAL_DIFF_HELP = (
    "Sammenlign to refleksioner over samme publikation: hvad har ændret sig? Uden id'er de "
    "to seneste færdige; med ét id den og den nyeste færdige."
)
DIFF_OLD_HELP = (
    "Refleksionen før: id, en entydig begyndelse af det, seneste, forrige, latest, "
    "-1 (den nyeste), -2 … "
    "(standard: den næstseneste færdige)."
)
DIFF_NEW_HELP = "Refleksionen nu (standard: den nyeste færdige over samme publikation)."
DIFF_ALL_HELP = "Vis også de uændrede svar."
DIFF_FORMAT_HELP = "Formatet: text (standard), markdown eller json."
DIFF_FORMATS = ("text", "markdown", "json")
PUBLICATION_TITLES = {"leder": "Kære leder!", "chef": "Kære chef! Kære ledere!"}


def diff_bad_format(name: str) -> str:
    return f"Ukendt format '{name}'. Vælg text, markdown eller json."


def diff_too_few() -> str:
    return (
        "Der er ikke to færdige refleksioner over samme publikation at sammenligne. "
        "Angiv to id'er, eller se dine journaler med: kaereleder journal list"
    )


def diff_nothing_newer(ref: str) -> str:
    return (
        f"Der er ingen nyere færdig refleksion over samme publikation end {ref}. "
        f"Angiv den anden med: kaereleder journal diff {ref} ID"
    )


def diff_same_journal(ref: str) -> str:
    return f"Begge id'er er refleksionen {ref}. Angiv to forskellige."


def diff_other_publications(old: str, old_pub: str, new: str, new_pub: str) -> str:
    titles = PUBLICATION_TITLES
    return (
        f"{old} er over »{titles.get(old_pub, old_pub)}«, og {new} over "
        f"»{titles.get(new_pub, new_pub)}«. Kun refleksioner over samme publikation kan "
        "sammenlignes."
    )


DIFF_BEFORE = "før"
DIFF_NOW = "nu"
DIFF_BEFORE_LABEL = "Før:"  # a rewritten answer, shown whole: before above now
DIFF_NOW_LABEL = "Nu:"


def diff_title(title: str) -> str:
    return f"{title}  ·  to refleksioner sammenlignet"


def diff_side(label: str, started: str, status: str, journal_id: str) -> str:
    when = started[:16].replace("T", " ")
    status = STATUS_LABELS.get(status, status)
    return f"{label.capitalize() + ':':5}{when}  ·  {status}  ·  {journal_id}"


def diff_summary(answers: int, changed: int, up: int, down: int, same: int) -> str:
    return (
        f"{changed} af {answers} svar er ændret. "
        f"Din vurdering: {up} op, {down} ned, {same} uændret."
    )


def diff_only(publication: Publication, count: int, label: str) -> str:
    terms = publication.terms
    what = f"1 {terms.item} er" if count == 1 else f"{count} {terms.items} er"
    return f"{what} kun med i refleksionen {label}."


DIFF_WARNINGS = {
    "draft": "Refleksionen {label} er en kladde; spørgsmål, den ikke er nået til endnu, er ikke "
    "med i sammenligningen.",
    "content": "Refleksionen {label} blev skrevet med indholdsversion {old}; indholdet er nu "
    "version {new}. Udsagn, der ikke længere findes, vises med deres id.",
    "reversed": "Refleksionen før er startet efter refleksionen nu.",
}
DIFF_WARNING_PREFIX = "Bemærk: "
DIFF_LEGEND = ("Ordændringer:", "fjernet", "tilføjet")
DIRECTION_LABELS = {"up": "op", "down": "ned", "same": "uændret"}
NOT_ANSWERED = "(ikke besvaret)"
DIFF_RATING = "Din vurdering"
DIFF_LAST_STEP = "Dit næste skridt før:"
DIFF_ONLY_IN = "Kun med i refleksionen {label}."
DIFF_NOT_ASKED = "(ikke besvaret {label})"
CHOICES_ADDED = {
    "recognised": "Genkender du nu, ikke før:",
    "hard": "Finder du svært nu, ikke før:",
    "expectations": "Valgt nu, ikke før:",
}
CHOICES_REMOVED = {
    "recognised": "Genkendte du før, ikke nu:",
    "hard": "Fandt du svært før, ikke nu:",
    "expectations": "Valgt før, ikke nu:",
}
CHOICES_ALL = {
    "recognised": "Genkender du:",
    "hard": "Finder du svært:",
    "expectations": "Valgt:",
}
DIFF_UNCHANGED_TITLE = "Uændrede svar"


def diff_collapsed(count: int) -> str:
    if count == 1:
        return "1 uændret svar (--all viser det)."
    return f"{count} uændrede svar (--all viser dem)."


def diff_one_sided(count: int, label: str) -> str:
    return f"{count} svar, kun {label} (--all viser dem)."


def diff_unreached(count: int) -> str:
    questions = "1 spørgsmål" if count == 1 else f"{count} spørgsmål"
    return f"{questions}, som kladden ikke er nået til endnu, er ikke med."


def diff_gone(item_id: str) -> str:
    return f"{item_id} ({STATEMENT_GONE})"


# --- journal trend and export -------------------------------------------------------------

JOURNAL_TREND_HELP = (
    "Vis din vurdering af hver forventning (hvert ønske) i alle færdige refleksioner "
    "som et kompakt diagram over tid."
)
JOURNAL_EXPORT_HELP = (
    "Eksporter én refleksion som et dokument til en samtale med din coach, din chef "
    "eller til lederudviklingssamtalen."
)
EXPORT_FORMATS = ("markdown", "html")
EXPORT_FORMAT_HELP = (
    "Formatet: markdown eller html (én fil, der kan udskrives). Standard: efter endelsen "
    "i -o FIL (.html, .htm eller .md), ellers markdown."
)
EXPORT_OUTPUT_HELP = (
    "Skriv dokumentet til FIL (kun læsbar for dig) i stedet for at vise det; "
    "en mappe, der mangler, oprettes."
)
SHARED_OUTPUT_HELP = (
    "Skriv dokumentet til FIL i stedet for at vise det; en mappe, der mangler, oprettes."
)
TREND_NOT_A_GRADE = (
    "Din egen vurdering over tid – et udgangspunkt for udvikling, ikke en karakter."
)
TREND_LEGEND = (
    "Din vurdering af »Jeg lever op til …«: 1 Helt uenig · 2 Delvis uenig · "
    "3 Hverken enig eller uenig · 4 Delvis enig · 5 Helt enig · ? Ved ikke · "
    "– sprunget over · tomt felt: ikke med den gang."
)


def trend_title(publication: Publication) -> str:
    statement = publication.terms.this_item
    return f"{publication.source.title}  ·  »Jeg lever op til {statement}« over tid"


def trend_shown(shown: int, total: int) -> str:
    return (
        f"Viser de seneste {shown} af {total} refleksioner. Alle: kaereleder journal trend --json"
    )


def trend_drafts(count: int) -> str:
    drafts = "1 kladde er" if count == 1 else f"{count} kladder er"
    return f"{drafts} ikke med. Gør en kladde færdig med: kaereleder reflect --resume"


def no_trend(publication: Publication, home: Path) -> str:
    return (
        f"Der er ingen færdige refleksioner over {publication.source.title} i {home} endnu. "
        f"Start en med: kaereleder reflect -p {publication.id}"
    )


def unknown_format(name: str) -> str:
    return f"Ukendt format '{name}'. Vælg markdown eller html."


FORMAT_NAMES = {"markdown": "Markdown", "html": "HTML", "json": "JSON"}


def format_mismatch(path: Path, form: str, named: str) -> str:
    return (
        f"--format {form} passer ikke til filen {path.name}, der efter endelsen er "
        f"{FORMAT_NAMES[named]}. Udelad --format, eller giv filen en endelse, der passer."
    )


def format_not_offered(path: Path, named: str) -> str:
    return (
        f"Kan ikke skrive {FORMAT_NAMES[named]}, som endelsen i {path.name} lover. "
        "Brug .html (en side, der kan udskrives) eller .md (Markdown)."
    )


def folder_failed(folder: Path, exc: OSError) -> str:
    return f"Kunne ikke oprette mappen {folder} ({os_reason(exc)}). Intet er skrevet."


def output_under_a_file(folder: Path) -> str:
    return f"{folder} er en fil, ikke en mappe. Intet er skrevet; vælg en anden sti med -o."


def export_no_folder(folder: Path) -> str:
    return f"Mappen {folder} findes ikke. Opret den først, eller vælg en anden fil med -o."


def export_failed(path: Path, exc: OSError) -> str:
    return f"Kunne ikke skrive {path} ({os_reason(exc)}). Intet er skrevet."


def export_into_journals(path: Path) -> str:
    return (
        f"{path} ligger i journalmappen, hvor den ville blive læst som en refleksion eller "
        "erstatte en. Skriv til en anden mappe eller et andet navn, fx -o refleksion.md."
    )


def exported_to(path: Path) -> str:
    return f"Refleksionen er skrevet til {path} (kun læsbar for dig)."


def export_title(publication: Publication) -> str:
    return f"Min refleksion over {publication.source.title}"


EXPORT_INTRO = (
    "Egne refleksioner som oplæg til en udviklende samtale med en coach, min chef eller "
    "til lederudviklingssamtalen – ikke en bedømmelse."
)
EXPORT_STARTED = "Startet"
EXPORT_FINISHED = "Afsluttet"
EXPORT_STATUS = "Status"
EXPORT_ID = "Journal"
EXPORT_OVERVIEW = "Overblik"
EXPORT_RATING = "Egen vurdering"


# --- dialog -------------------------------------------------------------------------------

DIALOG_HELP = (
    "Lav en mødeguide til dialogen med medarbejderne (lederne) efter publikationens "
    "»Oplæg til dialog«: rammesætning, helhedsbilledet, de valgte forventninger (ønsker) med "
    "de fire spørgsmål, forslag til mødeplaner på 60 og 90 minutter og et ark til deltagerne."
)
DIALOG_EXPECTATION_HELP = (
    "Tag forventning (ønske) nummer N med; kan gives flere gange. Standard: alle."
)
DIALOG_QUESTIONS = "Spørgsmål til dialogen:"
DIALOG_THINK_ABOUT = "Spørgsmål at tænke over"
PLANS_TITLE = "Forslag til mødeplan"
PLANS_OWN = (
    "Forslaget er kaereleders eget og står ikke i publikationen. Tilpas tider og form til jer."
)
PLAN_FRAMING = (
    "Velkommen og rammesætning",
    "Du fortæller om formålet med dialogen, hvordan den skal foregå, og hvordan der bliver "
    "fulgt op. Sig gerne, at det er en fælles samtale om samarbejdet – ikke en bedømmelse "
    "af nogen.",
)
PLAN_PLENUM = (
    "Helhedsbilledet i plenum",
    "Grupperne fremlægger kort. Lyt og spørg nysgerrigt ind, før du selv forklarer.",
)
PLAN_EXPECTATION = (
    "De fire spørgsmål i plenum eller i mindre grupper, med en kort fælles opsamling."
)


def dialog_title(publication: Publication) -> str:
    return f"Mødeguide: {publication.source.title}"


def dialog_intro(publication: Publication) -> str:
    terms = publication.terms
    return (
        f"Til dig som {terms.leader}: oplægget til dialog med {terms.audience}, de valgte "
        f"{terms.items} med spørgsmålene til dialogen, to forslag til en mødeplan og et ark, "
        f"som {terms.audience} kan læse før mødet."
    )


def dialog_adapted(publication: Publication, note: str) -> str:
    return f"Bemærk: Dette oplæg til dialog er ikke trykt i »{publication.source.title}«. {note}"


def dialog_chosen(publication: Publication) -> str:
    return f"De valgte {publication.terms.items}"


def plan_groups(step: str) -> tuple[str, str]:
    return ("Helhedsbilledet i mindre grupper", f"Grupper på 3–4 drøfter spørgsmålene i »{step}«.")


def plan_summary(publication: Publication) -> tuple[str, str]:
    return (
        f"{publication.terms.leader_genitive.capitalize()} opsamling og opfølgning",
        "Du giver dit bud på, hvordan I kommer godt videre: hvad I er enige om, hvad du selv "
        "tager med, og hvornår og hvordan I følger op.",
    )


def plan_title(minutes: int) -> str:
    return f"Mødeplan på {minutes} minutter"


def plan_minutes(minutes: int) -> str:
    return f"{minutes} min"


def _numbers(numbers: list[int]) -> str:
    words = [str(n) for n in numbers]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " og " + words[-1]


def plan_left_out(
    publication: Publication, minutes: int, taken: list[int], rest: list[int]
) -> str:
    items = publication.terms.items
    return (
        f"Der er ikke god tid til alle {len(taken) + len(rest)} valgte {items} på {minutes} "
        f"minutter, så planen tager nummer {_numbers(taken)}. Tag nummer {_numbers(rest)} på et "
        f"senere møde, eller vælg selv, hvilke I tager: kaereleder dialog -e N."
    )


HANDOUT_TITLE = "Før mødet: gensidige forventninger til god ledelse"


def handout_intro(publication: Publication) -> tuple[str, ...]:
    source, terms = publication.source, publication.terms
    return (
        f"På mødet taler vi sammen om gensidige forventninger til god ledelse hos os. "
        f"Udgangspunktet er »{source.title}« ({source.publisher}, {source.year}), hvor "
        f"{terms.audience_short} fortæller, hvad de forventer af deres {terms.leader}.",
        "Det er en fælles samtale om samarbejdet og om, hvad vi hver især kan bidrage med "
        "– ikke en bedømmelse af nogen.",
        f"Læs {terms.the_items} nedenfor, og tænk over spørgsmålene. Noterne er dine egne: "
        "du skal ikke skrive dit navn på noget eller aflevere noget.",
    )


def dialog_written(path: Path) -> str:
    return f"Mødeguiden er skrevet til {path}."


# --- team ---------------------------------------------------------------------------------

TEAM_HELP = (
    "Dit teams syn på din ledelse: lav et anonymt spørgeskema, indlæs de udfyldte "
    "skemaer og se dem ved siden af din egen refleksion."
)
TEAM_FORM_HELP = (
    "Lav spørgeskemaet til medarbejderne (til lederne, med -p chef): en webside, der "
    "udfyldes i browseren eller udskrives, og det samme skema som YAML-fil. Uden navne."
)
TEAM_OUTPUT_HELP = (
    "Mappen, skemaet skrives i; den oprettes, hvis den ikke findes (standard: den aktuelle mappe)."
)
TEAM_IMPORT_HELP = (
    "Indlæs udfyldte spørgeskemaer som en undersøgelse i din journalmappe. Kun antallene "
    "gemmes, aldrig de enkelte skemaer. Et skema med fejl springes over. Lad helst en "
    "anden end lederen samle skemaerne ind og indlæse dem."
)
TEAM_FILES_HELP = "De udfyldte skemaer (YAML-filer)."
TEAM_NAME_HELP = "Undersøgelsens navn, fx efteraar-2026 (bogstaver, tal, - og _)."
TEAM_REPLACE_HELP = (
    "Erstat en undersøgelse med samme navn. Viser den et resultat, skal antallet af svar "
    f"være det samme eller ændret med mindst {THRESHOLD}."
)
TEAM_COMPARE_HELP = (
    "Se din egen refleksion ved siden af teamets syn: vurderinger, udsagn og steder at "
    "tale om. Standard: den nyeste undersøgelse og din nyeste færdige refleksion over "
    "samme publikation."
)
TEAM_SURVEY_HELP = "Undersøgelsens navn (standard: den senest indlæste)."
TEAM_JOURNAL_HELP = "Refleksionen at sammenligne med: id, en entydig begyndelse af det, -1, -2 …"
TEAM_FORM_FILE = "spoergeskema"
TEAM_ANSWER_FILE = "svar"


def team_statement(publication: Publication) -> str:
    """The team's rating statement: »Min leder lever op til denne forventning«."""
    return f"Min {publication.terms.leader} lever op til {publication.terms.this_item}"


def team_form_title(publication: Publication) -> str:
    title = PUBLICATION_TITLES[publication.id]
    return f"Spørgeskema til {publication.terms.audience} om »{title}«"


def team_form_intro(publication: Publication) -> list[str]:
    terms, source = publication.terms, publication.source
    count = len(publication.expectations)
    return [
        f"Din {terms.leader} vil gerne høre, hvordan du oplever ledelsen, ud fra de {count} "
        f"{terms.items} i »{PUBLICATION_TITLES[publication.id]}« "
        f"({source.publisher}, {source.year}). Dine svar er et udgangspunkt for dialog og "
        "udvikling – ikke en karakter.",
        "Skemaet er anonymt: skriv ikke dit navn eller andet, der kan vise, hvem du er. "
        "Skemaerne lægges sammen med programmet kaereleder, der kun gemmer, hvor mange der "
        "har svaret hvad – aldrig det enkelte skema. Et resultat vises først, når mindst fem "
        f"har svaret, og det gælder også hver af {terms.the_items} – som i den "
        "fællesoffentlige ledelsesevaluering.",
        "Den, der tager imod de udfyldte skemaer, kan læse hvert enkelt. Derfor er det bedst, "
        f"at en anden end din {terms.leader} samler dem ind og lægger dem sammen, fx en "
        "tillidsrepræsentant, en MED-repræsentant eller en kollega – eller at din "
        f"{terms.leader} lægger dem sammen uden at åbne dem. Spørg, hvis du er i tvivl om, "
        "hvordan I har aftalt det.",
    ]


TEAM_FORM_HOW = "Sådan udfylder du skemaet:"


def team_form_steps(publication: Publication) -> list[str]:
    values = ", ".join(RATING_LABELS).replace(", ved-ikke", " eller ved-ikke")
    return [
        f"1. Skriv efter hvert »vurdering:«, hvor enig du er i udsagnet "
        f"»{team_statement(publication)}«: {values}.",
        "2. Under »genkender:« står de positive udsagn. Skriv x efter kolon ved hvert "
        f"udsagn, du genkender i din {publication.terms.leader}s måde at lede på. Lad de "
        "andre stå tomme.",
        "3. Vil du ikke svare på noget, så lad det stå tomt.",
        "4. Linjer, der begynder med #, er forklaringer. Ret ikke i resten; skriv kun dine "
        "svar efter kolon.",
        "5. Gem filen som ren tekst, og aflever den, som I har aftalt: helst til den, der "
        f"samler skemaerne ind, og ikke til din {publication.terms.leader} selv.",
    ]


TEAM_FORM_EXAMPLE = "Et udfyldt svar kan se sådan ud:"


def team_form_example(publication: Publication) -> list[str]:
    item = publication.expectations[0]
    first, second = item.positive_statements[:2]
    return [
        "#     vurdering: delvis-enig",
        "#     genkender:",
        f"#       {first.id}: x",
        f"#       {second.id}:",
    ]


TEAM_FORM_KEEP = "Ret ikke i de næste fire linjer: de fortæller, hvilket skema det er."


def team_form_rating(publication: Publication) -> str:
    return (
        f"»{team_statement(publication)}«. Skriv efter vurdering: helt-uenig, delvis-uenig, "
        "hverken-enig-eller-uenig, delvis-enig, helt-enig eller ved-ikke"
    )


def team_form_recognise(publication: Publication, paper: bool = False) -> str:
    how = "Sæt kryds ved dem." if paper else "Skriv x efter kolon ved dem, du genkender."
    leader = publication.terms.leader
    return f"Hvilke af udsagnene genkender du i din {leader}s måde at lede på? {how}"


TEAM_FORM_EMPTY = "filen er tom"
TEAM_NOT_A_FORM = (
    "er ikke et spørgeskema fra kaereleder team form (skema: kaereleder-team-1 mangler)"
)
TEAM_FORM_UNKNOWN_KEY = (
    "ukendt linje; skemaet har kun skema, publikation, indholdsversion, skema-id og "
    "forventninger (skriv ikke navne i skemaet)"
)
TEAM_FORM_BAD_ID = "et skema-id har formen ÅÅÅÅMMDD-abc123"
TEAM_FORM_UNFILLED = "skemaet er ikke udfyldt: ingen vurdering og intet x"
TEAM_FORM_NOT_ANSWERS = "her skal stå vurdering og genkender på hver sin linje"
TEAM_FORM_NOT_MARKS = "her skal stå de positive udsagn på hver sin linje"


def _meant(near: str | None) -> str:
    return f"; mente du {near}?" if near else ""


def team_form_unknown_answer(near: str | None) -> str:
    return (
        f"ukendt linje{_meant(near)}"
        if near
        else ("ukendt linje; her er kun vurdering og genkender")
    )


def team_form_unknown_statement(near: str | None) -> str:
    return (
        f"ukendt udsagn{_meant(near)}"
        if near
        else ("ukendt udsagn; ret ikke i linjerne før kolon")
    )


def team_form_no_item(publication: Publication, near: str | None = None) -> str:
    ids = ", ".join(item.id for item in publication.expectations)
    if near:
        return f"ukendt {publication.terms.item}{_meant(near)}"
    return f"ukendt {publication.terms.item}; skemaet har {ids}"


def team_form_bad_rating(value: object, near: str | None = None) -> str:
    if near:
        return f"'{short(value)}' er ikke en vurdering{_meant(near)}"
    values = ", ".join(RATING_LABELS)
    return f"'{short(value)}' er ikke en vurdering; skriv en af: {values} (eller lad den stå tom)"


def team_form_bad_mark(value: object) -> str:
    mark = short(value)
    return f"'{mark}' forstås ikke; skriv x ved et udsagn, du genkender, eller lad det stå tomt"


def team_form_nothing_left(dropped: list[str]) -> str:
    return "; ".join(dropped) + " – og intet andet i skemaet er udfyldt"


def team_dropped(problem: str) -> str:
    return f"Tæller ikke med: {problem}. Resten af skemaet tæller med."


def team_form_written(publication: Publication, form: Path, printable: Path) -> str:
    audience = publication.terms.audience
    return (
        f"Spørgeskemaet til {audience} er skrevet til:\n"
        f"  {printable}  (en webside: udfyldes i browseren, eller udskrives)\n"
        f"  {form}  (samme skema som YAML-fil, for dem, der hellere vil det)\n"
        f"Del det med {audience}. Hvert udfyldt skema kan læses af den, der tager imod det, "
        "så aftal, at en anden end dig samler skemaerne ind og indlæser dem – fx en "
        "tillidsrepræsentant, en MED-repræsentant eller en kollega – eller indlæs dem selv "
        "uden at åbne dem. De indlæses med: kaereleder team import FILER --name NAVN"
    )


def team_bad_name(name: str) -> str:
    return (
        f"'{name}' kan ikke bruges som navn på en undersøgelse. Brug bogstaver, tal, - og _, "
        "fx efteraar-2026."
    )


def team_skipped(problem: str) -> str:
    return f"Springer over: {problem}"


def team_duplicate(path: Path, first: Path) -> str:
    if path == first:
        return f"{path}: er nævnt to gange og tælles kun én gang"
    return (
        f"{path}: er det samme skema som {first} (samme fil eller en kopi) og tælles kun én gang"
    )


def team_other_round(
    path: Path, publication: str, form_id: str, chosen: str, chosen_id: str
) -> str:
    titles = PUBLICATION_TITLES
    if publication != chosen:
        which = f"om »{titles[publication]}«, de andre om »{titles[chosen]}«"
    else:
        which = f"fra en anden runde (skema-id {form_id}, de andre {chosen_id})"
    return f"{path}: skemaet er {which}"


def team_rounds_tied(rounds: list[tuple[str, str, int]]) -> str:
    shown = ", ".join(f"{n} med skema-id {form_id} ({name})" for name, form_id, n in rounds)
    return f"Skemaerne er fra flere runder: {shown}. Indlæs hver runde for sig."


def team_nothing_read(count: int) -> str:
    what = "Skemaet kunne ikke" if count == 1 else f"Ingen af de {count} skemaer kunne"
    return f"{what} indlæses (se ovenfor). Intet er gemt."


def team_exists(name: str) -> str:
    return (
        f"Der er allerede en undersøgelse med navnet '{name}'. Vælg et andet navn med --name, "
        "eller erstat den med --replace."
    )


def team_same_round(form_id: str, other: str) -> str:
    return (
        f"Skemaerne med skema-id {form_id} er allerede indlæst som '{other}'. Indlæs dem "
        f"igen med --name {other} --replace."
    )


def team_imported(publication: Publication, name: str, count: int, skipped: int) -> str:
    forms = "1 skema" if count == 1 else f"{count} skemaer"
    title = PUBLICATION_TITLES[publication.id]
    line = f"{forms} om »{title}« er indlæst som undersøgelsen '{name}'."
    if skipped:
        line += f" {skipped} sprunget over (se ovenfor)."
    return line


def team_replace_too_few(name: str, before: int, after: int) -> str:
    return (
        f"Undersøgelsen '{name}' viser et resultat med {before} svar og erstattes ikke af "
        f"{after} svar: det er færre end {THRESHOLD}. Intet er ændret."
    )


def team_replace_too_close(name: str, before: int, after: int) -> str:
    change = abs(after - before)
    who = "den ene" if change == 1 else f"de {change}"
    moved = "er kommet til" if after > before else "er faldet fra"
    return (
        f"Undersøgelsen '{name}' viser et resultat med {before} svar. Erstattes den af "
        f"{after} svar, kan man ved at sammenligne før og efter se, hvad {who}, der {moved}, "
        "har svaret. Erstat den med de samme skemaer igen, eller når antallet er ændret med "
        f"mindst {THRESHOLD} (mindst {before + THRESHOLD} svar). Intet er ændret."
    )


def team_withheld(publication: Publication, number: int, reason: str) -> str:
    """After import: one expectation whose result is not shown, and why."""
    return f"{publication.terms.item.capitalize()} {number}: {reason}."


def team_next(name: str) -> str:
    return f"Se dit eget syn ved siden af teamets med: kaereleder team compare {name}"


def team_hidden(publication: Publication, name: str, answers: int, typed: bool = False) -> str:
    """``typed``: the forms were typed in with team tally, so they are typed in again."""
    audience = publication.terms.audience_short
    answered = "1 har" if answers == 1 else f"{answers} har"
    again = (
        f"Tast alle skemaerne ind igen, når flere har svaret: kaereleder team tally --name "
        f"{name} --replace"
        if typed
        else "Indlæs alle skemaerne igen, når flere har svaret: kaereleder team import FILER "
        f"--name {name} --replace"
    )
    return (
        f"Undersøgelsen '{name}' viser intet resultat: {answered} svaret, og resultatet vises "
        f"først, når mindst {THRESHOLD} {audience} har svaret – som i den fællesoffentlige "
        f"ledelsesevaluering, så ingen enkeltes svar kan genkendes. {again}"
    )


def survey_save_failed(path: Path, exc: OSError) -> str:
    return f"Kunne ikke gemme undersøgelsen {path} ({os_reason(exc)}). Intet er ændret."


def team_survey_schema(schema: int) -> str:
    return (
        f"kun undersøgelsesformat {schema} kan læses; indlæs skemaerne igen med "
        "kaereleder team import FILER --name NAVN --replace"
    )


TEAM_SURVEY_NEGATIVE = "skal være et antal mellem 0 og antallet af svar"
TEAM_SURVEY_NO_COUNTS = "'expectations' mangler"
TEAM_SURVEY_COUNTS_BELOW = f"under {THRESHOLD} svar gemmes ingen antal"
TEAM_SURVEY_TOO_FEW = (
    f"under {THRESHOLD} svar skal resultatet være skjult (hidden: true, uden antal)"
)
TEAM_SURVEY_HIDDEN_FLAG = "kan kun være true; lad linjen være væk, hvis resultatet vises"
TEAM_SURVEY_HIDDEN_KEY = "et skjult resultat har kun answered, hidden og shown_with – ingen antal"
TEAM_SURVEY_SHOWN_WITH = f"skal være et antal på mindst {THRESHOLD}"
TEAM_SURVEY_SUM = "antallene passer ikke med 'answered'"


def team_no_surveys(folder: Path) -> str:
    return (
        f"Der er ingen undersøgelser i {folder} endnu. Lav et spørgeskema med: "
        "kaereleder team form"
    )


def team_no_survey(name: str, names: list[str], folder: Path) -> str:
    if not names:
        return team_no_surveys(folder)
    return f"Der er ingen undersøgelse med navnet '{name}'. Der er: {', '.join(names)}."


def team_no_reflection(publication: Publication) -> str:
    return (
        f"Der er ingen færdig refleksion over {PUBLICATION_TITLES[publication.id]} at "
        f"sammenligne med. Start en med: kaereleder reflect -p {publication.id}"
    )


def team_other_publication(journal_id: str, journal_pub: str, name: str, survey_pub: str) -> str:
    return (
        f"Refleksionen {journal_id} er over »{PUBLICATION_TITLES[journal_pub]}«, men "
        f"undersøgelsen '{name}' over »{PUBLICATION_TITLES[survey_pub]}«. Vælg en refleksion "
        "over samme publikation med --journal."
    )


# team compare, as text and Markdown

TEAM_NOT_A_GRADE = "Et udgangspunkt for dialog og udvikling – ikke en karakter."
TEAM_NOT_GONE_INTO = "(ikke med i din refleksion)"
TEAM_TALK_MARK = "→ et sted at tale om (se nedenfor)"
TEAM_TALK_TITLE = "Steder at tale om"
TEAM_NONE = "Ingen."
TEAM_MEAN = "gns."
TEAM_OWN = "Din vurdering"
# Why one expectation's result is not shown (team_survey.FEW, CHANGED).
TEAM_HIDDEN = {
    "few": f"færre end {THRESHOLD} har svaret her – vises ikke af hensyn til anonymiteten",
    "changed": f"antallet af svar her er ændret med færre end {THRESHOLD}, siden resultatet "
    "sidst blev vist – vises ikke af hensyn til anonymiteten",
}


def team_title(publication: Publication) -> str:
    return f"{publication.source.title}  ·  Din refleksion og {publication.terms.audience}s syn"


def team_survey_line(name: str, answers: int) -> str:
    return f"Undersøgelsen '{name}': {answers} svar"


def team_journal_line(started: str, journal_id: str, status: str) -> str:
    when = started[:16].replace("T", " ")
    line = f"Din refleksion: {when}  ·  {journal_id}"
    return line if status == "complete" else f"{line}  ·  {STATUS_LABELS.get(status, status)}"


def team_legend(publication: Publication) -> str:
    return (
        f"Antal svar på »{team_statement(publication)}«: 1 Helt uenig · 2 Delvis uenig · "
        "3 Hverken enig eller uenig · 4 Delvis enig · 5 Helt enig · ? Ved ikke. "
        "Gennemsnittet (gns.) er uden Ved ikke."
    )


def team_mark_legend(publication: Publication) -> str:
    return f"● er din egen vurdering af »Jeg lever op til {publication.terms.this_item}«."


def team_mean(mean: str | None) -> str:
    return f"{TEAM_MEAN} {mean or '–'}"


def team_left_out(count: int) -> str:
    return f"{count} uden svar"


def team_talk_intro(publication: Publication) -> str:
    return (
        f"Hvor din egen vurdering og {publication.terms.audience}s gennemsnit ligger mere end "
        "ét trin fra hinanden. Ikke en dom, men et sted at spørge nysgerrigt ind."
    )


def team_talk(publication: Publication, own: str, mean: str, higher: bool) -> str:
    line = f"Din vurdering er {own}, {publication.terms.audience}s gennemsnit {mean}. "
    if higher:
        return line + "Du ser det mere positivt, end de gør – måske en blind vinkel."
    return line + "De ser mere, end du gør – måske en styrke, du undervurderer."


def team_talk_none(publication: Publication) -> str:
    return (
        f"Ingen: hvor du har vurderet dig selv, ligger din vurdering højst ét trin fra "
        f"{publication.terms.audience}s gennemsnit."
    )


def team_talk_hidden(publication: Publication, numbers: list[int]) -> str:
    return (
        f"{publication.terms.item.capitalize()} {_and(numbers)} er ikke med her (vises ikke "
        "af hensyn til anonymiteten)."
    )


def team_only_you(publication: Publication) -> str:
    return f"Udsagn, du genkender, men under halvdelen af {publication.terms.audience} gør"


def team_only_team(publication: Publication) -> str:
    audience = publication.terms.audience
    return f"Udsagn, mindst halvdelen af {audience} genkender, men du ikke valgte"


def team_of(count: int, answers: int) -> str:
    return f"{count} af {answers}"


def _and(numbers: list[int]) -> str:
    """1, 3 og 5."""
    shown = ", ".join(str(n) for n in numbers[:-1])
    return f"{shown} og {numbers[-1]}" if shown else str(numbers[-1])


def team_compared(
    publication: Publication, numbers: list[int], withheld: list[int] | None = None
) -> str:
    """Which expectations' statements were compared; ``withheld``: the ones the reflection
    went into whose result is not shown."""
    terms = publication.terms
    hidden = (
        f"Udsagnene for {terms.item} {_and(withheld)} vises ikke af hensyn til anonymiteten."
        if withheld
        else ""
    )
    if not numbers:
        if hidden:
            return hidden
        return (
            f"Din refleksion valgte ingen udsagn, så udsagnene kan ikke sammenlignes. "
            f"Gå i dybden med en {terms.item} med: kaereleder reflect -p {publication.id}"
        )
    line = (
        f"Udsagnene sammenlignes for de {terms.items}, du gik i dybden med i din refleksion: "
        f"{_and(numbers)}."
    )
    return f"{line} {hidden}" if hidden else line


# the printable form

TEAM_PRINT_HOW = (
    "Sæt ét kryds ved hver vurdering og et kryds ved hvert udsagn, du genkender. Spring "
    "over, hvad du ikke vil svare på."
)


def team_print_return(publication: Publication) -> str:
    return (
        "Aflever skemaet, som I har aftalt: helst i en lukket kuvert til den, der samler "
        f"skemaerne ind, og ikke til din {publication.terms.leader} selv."
    )


def team_print_id(form_id: str) -> str:
    return f"Skema-id: {form_id}"


# team tally: paper forms typed in

TEAM_TALLY_HELP = (
    "Tast udfyldte papirskemaer ind, ét ad gangen: for hver forventning tasten for "
    "vurderingen og numrene på de udsagn, der er sat kryds ved. Kun antallene gemmes, i "
    "samme slags undersøgelse som team import."
)
TEAM_FORM_ID_HELP = "Skemaets id, som det står nederst på papirskemaet (fx 20261122-4f9a2c)."
TALLY_FORM_ID = "Skema-id (nederst på skemaet, fx 20261122-4f9a2c): "
TALLY_NOTHING = "Intet skema er tastet ind. Intet er gemt."
TALLY_PARTIAL = "Det sidste skema var ikke tastet færdigt og tælles ikke med."
TALLY_BLANK = "Skemaet er tomt og tælles ikke med."
TALLY_NEXT = "Enter: næste skema · o: tast dette skema om · s: slut og gem: "
TALLY_AGAIN = "Skemaet er taget ud igen. Tast det om:"
TALLY_INTERRUPTED = (
    "Afbrudt: de skemaer, du har tastet, er ikke gemt. De gemmes først, når du slutter med s "
    "(eller Ctrl-D)."
)


def tally_bad_id(form_id: str) -> str:
    return f"'{form_id}' er ikke et skema-id; det har formen ÅÅÅÅMMDD-abc123."


def tally_intro(publication: Publication) -> str:
    item = publication.terms.item
    return (
        f"Tast én linje for hver {item}: først vurderingen – 1 Helt uenig, 2 Delvis uenig, "
        "3 Hverken enig eller uenig, 4 Delvis enig, 5 Helt enig, 6 (eller v) Ved ikke, "
        "- ingen – og så numrene på de udsagn, der er sat kryds ved, fx »4 1 3«. En tom "
        "linje: intet svaret. Kun antallene gemmes, aldrig det enkelte skema."
    )


def tally_form(number: int) -> str:
    return f"── Skema {number} ──"


def tally_prompt(publication: Publication, number: int, statements: int) -> str:
    return f"{publication.terms.item.capitalize()} {number} (vurdering, udsagn 1–{statements}): "


def tally_bad_rating(key: str) -> str:
    return (
        f"'{short(key)}' er ikke en vurdering: tast 1–5, 6 eller v (Ved ikke) eller - (ingen) "
        "først på linjen. Tast linjen igen."
    )


def tally_bad_statement(token: str, count: int) -> str:
    return f"'{short(token)}' er ikke et udsagn: tast numre fra 1 til {count}. Tast linjen igen."


def tally_counted(number: int, ratings: int, statements: int) -> str:
    return f"Skema {number} tæller med: {ratings} vurderinger, {statements} udsagn."


# the form as a web page


def team_page_how(publication: Publication) -> str:
    return (
        "Vælg én vurdering ved hver af "
        f"{publication.terms.the_items}, og sæt kryds ved de udsagn, du genkender. Spring "
        "over, hvad du ikke vil svare på. Til sidst: tryk på »Gem mine svar« nederst."
    )


def team_page_save(publication: Publication) -> str:
    return (
        "»Gem mine svar« gemmer dine svar som en fil på din egen computer eller telefon, "
        "normalt i mappen Overførsler (Downloads). Intet sendes nogen steder hen. Filens navn "
        "siger intet om, hvem du er. Aflever filen, som I har aftalt: helst til den, der "
        f"samler skemaerne ind, og ikke til din {publication.terms.leader} selv."
    )


TEAM_PAGE_BUTTON = "Gem mine svar"
TEAM_PAGE_CLEAR = "Fjern min vurdering"
TEAM_PAGE_NOSCRIPT = (
    "Din browser kører ikke scripts, så svarene kan ikke gemmes herfra. Udskriv skemaet og "
    "udfyld det i hånden, eller bed om YAML-udgaven."
)
TEAM_PAGE_EMPTY = "Du har ikke svaret på noget endnu, så der er intet at gemme."


TEAM_PAGE_SAVED = (  # {name}: filled in by the page's script
    "Dine svar er gemt som {name} – se i mappen Overførsler (Downloads). Aflever filen, "
    "som I har aftalt. Du kan rette og gemme igen; aflever så kun den nyeste fil."
)

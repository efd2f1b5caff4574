"""The Danish strings several features share.

Each feature keeps its own strings beside its code, in its ``texts.py``:
``reflect/``, ``journals/``, ``team/``, ``dialog/``.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

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
    "plan": "Se din udviklingsplan, markér punkter klaret, lav en kalenderfil.",
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
        "udviklingsplan": "plan",
        "kalender": "plan --ics",
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
    "plan": {
        "klaret": "done",
        "klar": "done",
        "færdig": "done",
        "fortryd": "undo",
        "genåbn": "undo",
        "hjælp": "--help",
        "hjaelp": "--help",
        "help": "--help",
    },
}


def option_after_command(option: str, line: str) -> str:
    return f"Tilvalget '{option}' skal stå efter kommandoen. Skriv: {line}"


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
    "# kaereleder: din egen refleksion. Privat: kun du kan læse filen.\n"
    "# Du må gerne rette i den. Formatet vises med: kaereleder vejledning format (på engelsk)\n"
)
JOURNAL_BAD_DATE = "skal være en dato som 2027-03-02"


def journal_schema(schemas: tuple[int, ...]) -> str:
    return "kun refleksionsformat " + " og ".join(str(s) for s in schemas) + " kan læses"


JOURNAL_BAD_ID = "et refleksions-id har formen ÅÅÅÅMMDD-TTMMSS-leder-abc123"
JOURNAL_BAD_TIME = "skal være et tidspunkt med tidszone, fx 2026-11-22T09:30:00+01:00"
JOURNAL_UNKNOWN_KEY = "ukendt nøgle; kun 'statements' og 'text' er tilladt her"


def journal_one_of(allowed: tuple[str, ...]) -> str:
    return "skal være en af: " + ", ".join(allowed)


def journal_unknown_key(allowed: tuple[str, ...]) -> str:
    return "ukendt nøgle; kun " + ", ".join(f"'{key}'" for key in allowed) + " er tilladt her"


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


def home_not_a_folder(path: Path) -> str:
    return (
        f"Mappen til dine refleksioner, {path}, kan ikke bruges: der ligger en fil med det navn."
    )


def home_unusable(path: Path, exc: OSError) -> str:
    return f"Mappen til dine refleksioner, {path}, kan ikke bruges ({os_reason(exc)})."


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
            f"publikationens spørgsmål og et næste skridt; til sidst kan du lægge en "
            f"udviklingsplan. Det tager omkring {10 * len(numbers)}–{15 * len(numbers)} minutter."
        )
    return (
        f"Først et par spørgsmål om {publication.terms.the_items} som helhed; derefter går du i "
        "dybden med dem, du vælger: en vurdering, publikationens spørgsmål og et næste skridt. "
        "Til sidst kan du lægge en udviklingsplan med et eller to mål. "
        "Det tager omkring 30–60 minutter."
    )


START_SAFE = (
    "Hvert svar gemmes, så snart du har givet det. Du kan trygt stoppe med Ctrl+C eller lukke "
    "vinduet: næste gang du skriver kaereleder reflect, kan du fortsætte, hvor du slap."
)


def rating_question(publication: Publication) -> str:
    return f"Hvor enig er du i udsagnet »Jeg lever op til {publication.terms.this_item}«?"


NONE_CHOSEN = "ingen valgt"
SUMMARY_TITLE = "Din refleksion"
RATING_SHORT = "Din vurdering"
NEXT_STEP_SHORT = "Næste skridt"


def saved_at(path: str) -> str:
    return f"Refleksionen er gemt i {path}"


MONTHS = (
    "januar", "februar", "marts", "april", "maj", "juni",
    "juli", "august", "september", "oktober", "november", "december",
)  # fmt: skip


def when(started: object) -> str:
    """A journal's start as a person says it: »2. december 2026 kl. 09.30«."""
    text = str(started)
    try:
        year, month, day = int(text[:4]), int(text[5:7]), int(text[8:10])
        return f"{day}. {MONTHS[month - 1]} {year} kl. {text[11:13]}.{text[14:16]}"
    except (ValueError, IndexError):
        return text


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


def no_journals(home: Path) -> str:
    return f"Der er ingen refleksioner i {home} endnu. Start en refleksion med: kaereleder reflect"


def no_such_journal(ref: str) -> str:
    return f"Ingen refleksion har id '{ref}'. Se dine refleksioner med: kaereleder journal list"


def ambiguous_journal(ref: str, ids: list[str]) -> str:
    shown = ", ".join(ids[:5]) + (" …" if len(ids) > 5 else "")
    return f"'{ref}' passer på {len(ids)} refleksioner: {shown}. Skriv mere af id'et."


def not_that_many_journals(ref: str, count: int) -> str:
    if count == 1:
        return f"Der er kun én refleksion, så '{ref}' findes ikke. Brug -1 eller seneste."
    return f"Der er kun {count} refleksioner, så '{ref}' findes ikke. Brug -1 til -{count}."


DIFF_FORMAT_HELP = "Formatet: text (standard), markdown eller json."
DIFF_FORMATS = ("text", "markdown", "json")
PUBLICATION_TITLES = {"leder": "Kære leder!", "chef": "Kære chef! Kære ledere!"}


def diff_bad_format(name: str) -> str:
    return f"Ukendt format '{name}'. Vælg text, markdown eller json."


def diff_too_few() -> str:
    return (
        "Der er ikke to færdige refleksioner over samme publikation at sammenligne. "
        "Angiv to id'er, eller se dine refleksioner med: kaereleder journal list"
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


def unknown_format(name: str) -> str:
    return f"Ukendt format '{name}'. Vælg markdown eller html."


FORMAT_NAMES = {
    "markdown": "Markdown",
    "html": "HTML",
    "json": "JSON",
    "pdf": "PDF",
    "word": "et Word-dokument",
    "odt": "et OpenDocument-dokument",
    "rtf": "RTF",
}


def format_mismatch(path: Path, form: str, named: str) -> str:
    return (
        f"--format {form} passer ikke til filen {path.name}, der efter endelsen er "
        f"{FORMAT_NAMES[named]}. Udelad --format, eller giv filen en endelse, der passer."
    )


def format_not_offered(path: Path, named: str) -> str:
    return (
        f"Kan ikke skrive {FORMAT_NAMES[named]}, som endelsen i {path.name} lover. "
        "Brug .html (en side, der kan udskrives – også som PDF fra browseren) eller .md "
        "(Markdown)."
    )


def folder_failed(folder: Path, exc: OSError) -> str:
    return f"Kunne ikke oprette mappen {folder} ({os_reason(exc)}). Intet er skrevet."


def output_under_a_file(folder: Path) -> str:
    return f"{folder} er en fil, ikke en mappe. Intet er skrevet; vælg en anden sti med -o."


def export_no_folder(folder: Path) -> str:
    return f"Mappen {folder} findes ikke. Opret den først, eller vælg en anden fil med -o."


def export_failed(path: Path, exc: OSError) -> str:
    return f"Kunne ikke skrive {path} ({os_reason(exc)}). Intet er skrevet."


# --- dialog -------------------------------------------------------------------------------

DIALOG_HELP = (
    "Lav en mødeguide til dialogen med medarbejderne (lederne) efter publikationens "
    "»Oplæg til dialog«: rammesætning, helhedsbilledet, de valgte forventninger (ønsker) med "
    "de fire spørgsmål, forslag til mødeplaner på 60 og 90 minutter og et ark til deltagerne."
)
DIALOG_EXPECTATION_HELP = (
    "Tag forventning (ønske) nummer N med; kan gives flere gange. Standard: alle."
)


def dialog_written(path: Path) -> str:
    return f"Mødeguiden er skrevet til {path}."


def survey_save_failed(path: Path, exc: OSError) -> str:
    return f"Kunne ikke gemme undersøgelsen {path} ({os_reason(exc)}). Intet er ændret."

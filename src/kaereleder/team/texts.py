"""The Danish strings of the team survey (commands, form, import, comparison)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from kaereleder.domain import THRESHOLD
from kaereleder.messages import PUBLICATION_TITLES, RATING_LABELS, STATUS_LABELS, short

if TYPE_CHECKING:
    from kaereleder.content import Publication


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
    "Indlæs udfyldte spørgeskemaer som en undersøgelse i mappen med dine refleksioner. Kun "
    "antallene gemmes, aldrig de enkelte skemaer. Et skema med fejl springes over. Lad helst en "
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

# Each command's line in `kaereleder team --help`: whole, never cut with "...".
SHORT_HELP = {
    "form": "Lav det anonyme spørgeskema til medarbejderne.",
    "import": "Læg de udfyldte skemaer sammen til en undersøgelse.",
    "tally": "Tast udfyldte papirskemaer ind, ét ad gangen.",
    "compare": "Din egen refleksion ved siden af teamets syn.",
}

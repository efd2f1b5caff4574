"""The typed model of a publication, loaded and validated from its content YAML.

The model is made of NamedTuples: immutable, typed, and about ten times cheaper to define
than dataclasses, which matters at start-up.

The format is described in ``docs/content-format.md``.
"""

from __future__ import annotations

import contextlib
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from kaereleder import messages as msg
from kaereleder.errors import ContentError, NotFoundError

if TYPE_CHECKING:
    from kaereleder.validate import Reader

PUBLICATIONS = ("leder", "chef")
FORMAT = 1
BLOCK_KINDS = ("paragraph", "quote", "heading", "bullet")
SECTION_KINDS = ("bullets", "quotes")


def numbered(number: int, title: str) -> str:
    """How an expectation (wish) or a step is named everywhere: "3. Du viser tillid …"."""
    return f"{number}. {title}"


class Item(NamedTuple):
    id: str
    text: str


class Block(NamedTuple):
    id: str
    kind: str  # one of BLOCK_KINDS
    text: str


class Section(NamedTuple):
    id: str
    kind: str  # one of SECTION_KINDS
    heading: str | None
    positive: bool
    items: tuple[Item, ...]


class Side(NamedTuple):
    speaker: str
    heading: str
    sections: tuple[Section, ...]


class Expectation(NamedTuple):
    id: str
    number: int
    title: str
    request: Side
    reply: Side

    @property
    def label(self) -> str:
        return numbered(self.number, self.title)

    @property
    def positive_statements(self) -> tuple[Item, ...]:
        """The statements a leader can recognise (udsagn) in their own leadership."""
        return tuple(item for s in self.request.sections if s.positive for item in s.items)


class Question(NamedTuple):
    id: str
    text: str
    kind: str = "text"  # text | choose
    statements: str | None = None  # recognised | hard
    context: str | None = None  # reply


class Step(NamedTuple):
    id: str
    number: int
    title: str
    blocks: tuple[Block, ...]
    questions: tuple[Question, ...]
    outro: tuple[Block, ...]

    @property
    def label(self) -> str:
        return numbered(self.number, self.title)


class Reflection(NamedTuple):
    printed: bool
    note: str | None
    title: str
    intro: tuple[Block, ...]
    overall_title: str
    overall_intro: tuple[Block, ...]
    overall: tuple[Question, ...]
    deeper_intro: tuple[Block, ...]
    deeper: tuple[Question, ...]
    deeper_outro: tuple[Block, ...]
    dialogue_title: str
    dialogue_intro: tuple[Block, ...]
    steps: tuple[Step, ...]
    dialogue_outro: tuple[Block, ...]


class Source(NamedTuple):
    title: str
    subtitle: str
    publisher: str
    year: int
    url: str

    @property
    def citation(self) -> str:
        return f"{self.title} {self.subtitle}. {self.publisher}, {self.year}. {self.url}"


class Terms(NamedTuple):
    item: str
    items: str
    the_items: str
    audience: str
    audience_short: str
    leader: str
    leader_genitive: str
    none: str
    this_item: str
    summary: str


class Introduction(NamedTuple):
    id: str
    title: str
    blocks: tuple[Block, ...]


class Publication(NamedTuple):
    id: str
    content_version: int
    source: Source
    terms: Terms
    introduction: Introduction | None
    expectations: tuple[Expectation, ...]
    reflection: Reflection
    about: tuple[Introduction, ...] = ()  # `kaereleder om`: foreword, how it was made

    def expectation(self, number: int) -> Expectation:
        for expectation in self.expectations:
            if expectation.number == number:
                return expectation
        raise NotFoundError(msg.no_such_expectation(self, number))

    def by_id(self, expectation_id: str) -> Expectation | None:
        return next((e for e in self.expectations if e.id == expectation_id), None)


# The model's classes by name, for the content cache.
MODEL: dict[str, type[NamedTuple]] = {
    cls.__name__: cls
    for cls in (
        Item,
        Block,
        Section,
        Side,
        Expectation,
        Question,
        Step,
        Reflection,
        Source,
        Terms,
        Introduction,
        Publication,
    )  # fmt: skip
}


def content_dir() -> Path:
    """The folder of the content files: inside the installed package, or the source tree."""
    from kaereleder import shipped

    return shipped.folder("content")


def check_name(name: str) -> str:
    """The publication's key for ``name`` as typed (``Chef``, `` leder``); or one Danish line."""
    key = name.strip().lower()
    if key not in PUBLICATIONS:
        raise NotFoundError(msg.no_such_publication(name))
    return key


def number_of(typed: str) -> int:
    """An expectation's number as typed: ``3``, or a Danish word from one to ten (``tre``);
    anything else is a usage error in one Danish line."""
    text = typed.strip().rstrip(".").lower()
    if text.isascii() and text.isdigit():
        return int(text)
    if text in msg.NUMBER_WORDS:
        return msg.NUMBER_WORDS[text]
    from kaereleder.errors import UsageError

    raise UsageError(msg.not_a_number(typed))


@cache
def load(name: str) -> Publication:
    """Load and validate the publication ``name`` (``leder`` or ``chef``).

    The validated model is cached (``contentcache``): a start that finds the cache current
    neither imports yaml nor validates again.
    """
    from kaereleder import contentcache

    folder = content_dir()
    key = check_name(name)
    path = folder / f"{key}.yaml"
    try:
        source = path.read_bytes()
    except OSError as exc:
        raise ContentError(msg.content_unreadable(path, exc)) from None
    cache_folder = contentcache.folder(folder)
    cache_path = None if cache_folder is None else cache_folder / f"{key}.content-cache"
    try:
        depends = contentcache.fingerprint(Path(__file__))
    except OSError:  # the model's source is not readable: no cache, not an error
        cache_path = None
        depends = ()
    cached = contentcache.get(cache_path, source, depends)
    if cached is not None:
        with contextlib.suppress(KeyError, TypeError, IndexError):
            return contentcache.decode(cached, MODEL)  # type: ignore[no-any-return]
    try:
        text = source.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ContentError(msg.content_unreadable(path, exc)) from None
    publication = parse(text, path.name)
    contentcache.put(cache_path, source, depends, contentcache.encode(publication))
    return publication


def parse(text: str, source: str) -> Publication:
    """Validate the text of a content file into a ``Publication``."""
    from kaereleder.validate import read_document

    return _Parser(read_document(text, source, ContentError)).publication()


class _Parser:
    def __init__(self, reader: Reader) -> None:
        self.r = reader
        self.ids: dict[str, str] = {}

    def _id(self, data: dict[str, Any], path: str) -> str:
        value = self.r.text(data, "id", path)
        if value in self.ids:
            self.r.fail(f"{path}.id", msg.content_id_taken(value, self.ids[value]))
        self.ids[value] = path
        return value

    def publication(self) -> Publication:
        r = self.r
        top = r.mapping(r.doc.data, "")
        if r.value(top, "format", "", int) != FORMAT:
            r.fail("format", msg.content_format_unknown(FORMAT))
        name = r.choice(top, "id", "", PUBLICATIONS)
        intro = top.get("introduction")
        expectations = r.items(top, "expectations", "", self.expectation)
        if not expectations:
            r.fail("expectations", msg.CONTENT_NO_EXPECTATIONS)
        for i, expectation in enumerate(expectations, start=1):
            if expectation.number != i:
                r.fail(f"expectations[{i - 1}].number", msg.content_number_expected(i))
        return Publication(
            id=name,
            content_version=r.value(top, "content_version", "", int),
            source=self.source(r.value(top, "source", "", dict)),
            terms=self.terms(r.value(top, "terms", "", dict)),
            introduction=None
            if intro is None
            else self.introduction(r.mapping(intro, "introduction"), "introduction"),
            expectations=expectations,
            reflection=self.reflection(r.value(top, "reflection", "", dict)),
            about=r.items(top, "about", "", self.introduction) if "about" in top else (),
        )

    def source(self, data: dict[str, Any]) -> Source:
        r = self.r
        return Source(
            title=r.text(data, "title", "source"),
            subtitle=r.text(data, "subtitle", "source"),
            publisher=r.text(data, "publisher", "source"),
            year=r.value(data, "year", "source", int),
            url=r.text(data, "url", "source"),
        )

    def terms(self, data: dict[str, Any]) -> Terms:
        return Terms(**{f: self.r.text(data, f, "terms") for f in Terms._fields})

    def introduction(self, data: dict[str, Any], path: str) -> Introduction:
        return Introduction(
            id=self._id(data, path),
            title=self.r.text(data, "title", path),
            blocks=self.r.items(data, "blocks", path, self.block),
        )

    def block(self, data: dict[str, Any], path: str) -> Block:
        return Block(
            id=self._id(data, path),
            kind=self.r.choice(data, "kind", path, BLOCK_KINDS),
            text=self.r.text(data, "text", path),
        )

    def blocks(self, data: dict[str, Any], key: str, path: str) -> tuple[Block, ...]:
        return self.r.items(data, key, path, self.block)

    def item(self, data: dict[str, Any], path: str) -> Item:
        return Item(id=self._id(data, path), text=self.r.text(data, "text", path))

    def section(self, data: dict[str, Any], path: str) -> Section:
        r = self.r
        kind = r.choice(data, "kind", path, SECTION_KINDS)
        heading = r.optional(data, "heading", path, str)
        if kind == "bullets" and not heading:
            r.fail(path, msg.missing("heading"))
        items = r.items(data, "items", path, self.item)
        if not items:
            r.fail(f"{path}.items", msg.CONTENT_NO_ITEMS)
        return Section(
            id=self._id(data, path),
            kind=kind,
            heading=heading,
            positive=bool(r.optional(data, "positive", path, bool)),
            items=items,
        )

    def side(self, data: dict[str, Any], path: str) -> Side:
        return Side(
            speaker=self.r.text(data, "speaker", path),
            heading=self.r.text(data, "heading", path),
            sections=self.r.items(data, "sections", path, self.section),
        )

    def expectation(self, data: dict[str, Any], path: str) -> Expectation:
        r = self.r
        return Expectation(
            id=self._id(data, path),
            number=r.value(data, "number", path, int),
            title=r.text(data, "title", path),
            request=self.side(r.value(data, "request", path, dict), f"{path}.request"),
            reply=self.side(r.value(data, "reply", path, dict), f"{path}.reply"),
        )

    def question(self, data: dict[str, Any], path: str) -> Question:
        r = self.r
        return Question(
            id=self._id(data, path),
            text=r.text(data, "text", path),
            kind=r.choice(data, "kind", path, ("text", "choose")) if "kind" in data else "text",
            statements=r.choice(data, "statements", path, ("recognised", "hard"))
            if "statements" in data
            else None,
            context=r.choice(data, "context", path, ("reply",)) if "context" in data else None,
        )

    def step(self, data: dict[str, Any], path: str) -> Step:
        r = self.r
        return Step(
            id=self._id(data, path),
            number=r.value(data, "number", path, int),
            title=r.text(data, "title", path),
            blocks=self.blocks(data, "blocks", path),
            questions=r.items(data, "questions", path, self.question)
            if "questions" in data
            else (),
            outro=self.blocks(data, "outro", path) if "outro" in data else (),
        )

    def reflection(self, data: dict[str, Any]) -> Reflection:
        r, path = self.r, "reflection"
        overall = r.value(data, "overall", path, dict)
        deeper = r.value(data, "deeper", path, dict)
        dialogue = r.value(data, "dialogue", path, dict)
        o, d, g = f"{path}.overall", f"{path}.deeper", f"{path}.dialogue"
        return Reflection(
            printed=r.value(data, "printed", path, bool),
            note=r.optional(data, "note", path, str),
            title=r.text(data, "title", path),
            intro=self.blocks(data, "intro", path),
            overall_title=r.text(overall, "title", o),
            overall_intro=self.blocks(overall, "intro", o),
            overall=r.items(overall, "questions", o, self.question),
            deeper_intro=self.blocks(deeper, "intro", d),
            deeper=r.items(deeper, "questions", d, self.question),
            deeper_outro=self.blocks(deeper, "outro", d),
            dialogue_title=r.text(dialogue, "title", g),
            dialogue_intro=self.blocks(dialogue, "intro", g),
            steps=r.items(dialogue, "steps", g, self.step),
            dialogue_outro=self.blocks(dialogue, "outro", g),
        )

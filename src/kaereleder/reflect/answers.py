"""``reflect --answers FILE``: a YAML file of answers that runs the flow without prompts.

The file holds answers by question id, like a journal (see ``docs/journal-format.md``);
expectations may be named by number or id. A question the file does not answer is skipped.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from kaereleder import domain
from kaereleder.content import Expectation, Publication
from kaereleder.errors import AnswersError, NotFoundError
from kaereleder.reflect import texts as txt
from kaereleder.reflect.session import Choice
from kaereleder.validate import Reader, read_file


def load(path: Path, publication: Publication) -> dict[str, Any]:
    """Read and validate an answers file into the journal's shape, with ids."""
    return _Canonical(read_file(path, AnswersError), publication).answers()


class _Canonical:
    def __init__(self, reader: Reader, publication: Publication) -> None:
        self.r = reader
        self.pub = publication

    def answers(self) -> dict[str, Any]:
        r = self.r
        top = r.mapping(r.doc.data, "")
        for key in top:
            if key not in ("publication", "overall", "chosen", "expectations"):
                r.fail(str(key), txt.ANSWERS_UNKNOWN_KEY)
        name = r.optional(top, "publication", "", str)
        if name is not None and name != self.pub.id:
            r.fail("publication", txt.answers_other_publication(name, self.pub.id))
        # An emptied value (``chosen:`` with its items deleted) is the empty one.
        result: dict[str, Any] = {}
        if "overall" in top:
            result["overall"] = self.overall(r.optional(top, "overall", "", dict) or {})
        if "chosen" in top:
            result["chosen"] = self.refs(r.optional(top, "chosen", "", list) or [], "chosen")
        if "expectations" in top:
            result["expectations"] = {}
            for key, value in (r.optional(top, "expectations", "", dict) or {}).items():
                path = f"expectations.{key}"
                expectation = self.expectation(key, path)
                answers = {} if value is None else r.mapping(value, path)
                result["expectations"][expectation.id] = self.deeper(expectation, answers, path)
        return result

    def expectation(self, ref: object, path: str) -> Expectation:
        try:
            if isinstance(ref, int) and not isinstance(ref, bool):
                return self.pub.expectation(ref)
        except NotFoundError as exc:
            self.r.fail(path, exc.message)
        found = self.pub.by_id(str(ref))
        if found is None:
            self.r.fail(path, txt.answers_no_expectation(self.pub, ref))
        return found

    def refs(self, values: list[Any], path: str) -> list[str]:
        return [self.expectation(v, f"{path}[{i}]").id for i, v in enumerate(values)]

    def text(self, value: object, path: str) -> str:
        return self.r.answer_text(value, path)

    def overall(self, data: dict[str, Any]) -> dict[str, Any]:
        questions = {q.id: q for q in self.pub.reflection.overall}
        result: dict[str, Any] = {}
        for key, value in data.items():
            path = f"overall.{key}"
            if key not in questions:
                self.r.fail(path, txt.answers_unknown_question(questions))
            if questions[key].kind == "choose":
                result[key] = self.refs(self.r.optional(data, key, "overall", list) or [], path)
            else:
                result[key] = self.text(value, path)
        return result

    def deeper(self, expectation: Expectation, data: dict[str, Any], path: str) -> dict[str, Any]:
        questions = {q.id: q for q in self.pub.reflection.deeper}
        allowed = (domain.FOLLOW_UP, domain.RATING, *questions, domain.NEXT_STEP)
        result: dict[str, Any] = {}
        for key, value in data.items():
            here = f"{path}.{key}"
            if key not in allowed:
                self.r.fail(here, txt.answers_unknown_question(allowed))
            if key == domain.RATING:
                empty_or = (*domain.RATINGS, "")
                result[key] = "" if value is None else self.r.choice(data, key, path, empty_or)
            elif key in questions and questions[key].statements:
                part = {} if value is None else self.r.mapping(value, here)
                statements = self.r.optional(part, domain.STATEMENTS, here, list) or []
                known = [s.id for s in expectation.positive_statements]
                for i, statement in enumerate(statements):
                    if statement not in known:
                        self.r.fail(
                            f"{here}.statements[{i}]", txt.answers_unknown_statement(known)
                        )
                result[key] = {
                    domain.STATEMENTS: list(statements),
                    domain.TEXT: self.text(part.get(domain.TEXT), f"{here}.text"),
                }
            else:
                result[key] = self.text(value, here)
        return result


class ScriptedAsker:
    """An ``Asker`` that answers from a loaded answers file and shows nothing."""

    def __init__(self, answers: dict[str, Any]) -> None:
        self.answers = answers

    def _get(self, key: str, empty: Any) -> Any:
        node: Any = self.answers
        for part in key.split("."):
            if not isinstance(node, dict) or part not in node:
                return empty
            node = node[part]
        return node

    def text(self, key: str, question: str, default: str = "") -> str:
        value: str = self._get(key, default)
        return value

    def choose_many(
        self, key: str, question: str, choices: Sequence[Choice], preselected: Sequence[str]
    ) -> list[str]:
        known = {c.value for c in choices}
        picked: list[str] = self._get(key, list(preselected))
        unknown = [p for p in picked if p not in known]
        if unknown:
            raise AnswersError(txt.answers_unknown_choice(key, unknown))
        return picked

    def choose_one(self, key: str, question: str, choices: Sequence[Choice]) -> str:
        value: str = self._get(key, "")
        return value

    def show_expectation(self, publication: Publication, expectation: Expectation) -> None:
        pass

    def show_reply(self, publication: Publication, expectation: Expectation, part: str) -> None:
        pass

    def show_note(self, text: str) -> None:
        pass

    def show_start(self, publication: Publication, numbers: Sequence[int]) -> None:
        pass


def publication_of(path: Path) -> str | None:
    """The ``publication`` an answers file names, if any (read before the content is)."""
    data = read_file(path, AnswersError).doc.data
    name = data.get("publication") if isinstance(data, dict) else None
    return name if isinstance(name, str) else None

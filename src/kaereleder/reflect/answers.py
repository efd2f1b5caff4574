"""``reflect --answers FILE``: a YAML file of answers that runs the flow without prompts.

The file holds answers by question id, like a journal (see ``docs/journal-format.md``);
expectations may be named by number or id. A question the file does not answer is skipped.
``review`` and ``plan`` (the plan's goals as a list or as g1/g2, dates as ISO or Danish,
the steps as a list of step ids) are read into the journal's shape too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from kaereleder import domain
from kaereleder.content import Expectation, Publication
from kaereleder.errors import AnswersError, NotFoundError
from kaereleder.plans import model as plans
from kaereleder.reflect import plantexts as plan_txt
from kaereleder.reflect import texts as txt
from kaereleder.reflect.session import Choice
from kaereleder.validate import Reader, read_file


def load(path: Path, publication: Publication, today: date) -> ScriptedAsker:
    """Read and validate an answers file into the journal's shape, with ids; an asker that
    answers from it. ``today``: the day a date without a year is counted from."""
    canonical = _Canonical(read_file(path, AnswersError), publication, today)
    return ScriptedAsker(canonical.answers(), canonical.places, canonical.r.fail)


class _Canonical:
    def __init__(self, reader: Reader, publication: Publication, today: date) -> None:
        self.r = reader
        self.pub = publication
        self.today = today
        # Where in the file a goal's ``from`` is, by its journal key: it can only be checked
        # against what this reflection offers when the question is asked.
        self.places: dict[str, str] = {}

    def answers(self) -> dict[str, Any]:
        r = self.r
        top = r.mapping(r.doc.data, "")
        for key in top:
            if key not in ("publication", "review", "overall", "chosen", "expectations", "plan"):
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
        for key, read in (("review", self.review), ("plan", self.plan)):
            if key in top:
                result[key] = read(r.optional(top, key, "", dict) or {}, key)
        return result

    # --- review and plan ----------------------------------------------------------------

    def review(self, data: dict[str, Any], path: str) -> dict[str, Any]:
        self.known(data, path, ("goals",))
        return {"goals": self.goals(data.get("goals"), f"{path}.goals", self.review_answer)}

    def review_answer(self, data: dict[str, Any], path: str, key: str) -> dict[str, Any]:
        self.known(data, path, (plans.STATUS, plans.TEXT))
        answer = {plans.TEXT: self.text(data.get(plans.TEXT), f"{path}.{plans.TEXT}")}
        if data.get(plans.STATUS) is not None:
            statuses = (*plans.REVIEW_STATUSES, "")
            answer[plans.STATUS] = self.r.choice(data, plans.STATUS, path, statuses)
        return answer

    def plan(self, data: dict[str, Any], path: str) -> dict[str, Any]:
        self.known(data, path, ("goals", "steps"))
        result: dict[str, Any] = {
            "goals": self.goals(data.get("goals"), f"{path}.goals", self.goal)
        }
        if "steps" in data:
            steps = self.r.optional(data, "steps", path, list) or []
            for i, step in enumerate(steps):
                if step not in plans.STEPS:
                    self.r.fail(f"{path}.steps[{i}]", plan_txt.ANSWERS_UNKNOWN_STEP)
            result["steps"] = steps
        return result

    def goals(
        self,
        value: object,
        path: str,
        read: Callable[[dict[str, Any], str, str], dict[str, Any]],
    ) -> dict[str, Any]:
        """Goals as a list (the first is g1) or by id (g1, g2)."""
        if value is None:
            return {}
        if isinstance(value, list):
            found = {
                key: (item, f"{path}[{i}]")
                for i, (key, item) in enumerate(zip(plans.GOALS, value, strict=False))
            }
            if len(value) > len(plans.GOALS):
                self.r.fail(f"{path}[{len(plans.GOALS)}]", plan_txt.ANSWERS_TOO_MANY_GOALS)
        else:
            given = self.r.mapping(value, path)
            found = {key: (item, f"{path}.{key}") for key, item in given.items()}
            for key in found:
                if key not in plans.GOALS:
                    self.r.fail(f"{path}.{key}", plan_txt.ANSWERS_TOO_MANY_GOALS)
        return {
            key: read({} if item is None else self.r.mapping(item, here), here, key)
            for key, (item, here) in found.items()
        }

    def goal(self, data: dict[str, Any], path: str, key: str) -> dict[str, Any]:
        self.known(data, path, plans.GOAL_KEYS)
        goal: dict[str, Any] = {plans.FROM: self.source(data.get(plans.FROM), f"{path}.from")}
        self.places[f"plan.goals.{key}.{plans.FROM}"] = f"{path}.{plans.FROM}"
        for part in (plans.GOAL, plans.ACTIONS):
            if part in data:
                goal[part] = self.text(data[part], f"{path}.{part}")
        if plans.INVOLVED in data:
            who = self.r.optional(data, plans.INVOLVED, path, list) or []
            for i, item in enumerate(who):
                if item not in plans.WHO:
                    self.r.fail(f"{path}.{plans.INVOLVED}[{i}]", plan_txt.ANSWERS_UNKNOWN_WHO)
            goal[plans.INVOLVED] = who
        if plans.FOLLOW_UP in data:
            goal[plans.FOLLOW_UP] = self.day(data[plans.FOLLOW_UP], f"{path}.{plans.FOLLOW_UP}")
        return goal

    def source(self, value: object, path: str) -> str:
        """What a goal builds on: an expectation (number or id), own, carried.gN, or ''."""
        if value is None or value == "":
            return ""
        if isinstance(value, str):
            carried = [plans.CARRIED + key for key in plans.GOALS]
            if value in (plans.OWN, *carried):
                return value
            if self.pub.by_id(value) is None:
                self.r.fail(path, plan_txt.ANSWERS_FROM)
        elif not isinstance(value, int) or isinstance(value, bool):
            self.r.fail(path, plan_txt.ANSWERS_FROM)
        return self.expectation(value, path).id

    def day(self, value: object, path: str) -> str:
        """A follow-up date, ISO or Danish, as ISO; '' for none."""
        from kaereleder.reflect.planning import follow_up_day

        text = self.text(value, path)
        if not text.strip():
            return ""
        found = follow_up_day(text, self.today)
        if not isinstance(found, date):
            self.r.fail(path, found)
        return found.isoformat()

    def known(self, data: dict[str, Any], path: str, keys: Sequence[str]) -> None:
        for key in data:
            if key not in keys:
                self.r.fail(f"{path}.{key}", txt.answers_unknown_question(keys))

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

    def __init__(
        self,
        answers: dict[str, Any],
        places: dict[str, str] | None = None,
        fail: Callable[[str, str], object] | None = None,
    ) -> None:
        self.answers = answers
        self.places = places or {}
        self.fail = fail

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
        offered = [c.value for c in choices]
        if key in self.places and value not in offered and self.fail is not None:
            # What a goal builds on depends on this reflection: a next step not given.
            self.fail(self.places[key], plan_txt.answers_not_offered(offered))
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

"""Records as plain JSON-ready dicts: every field, with the links derived in the model.

The shape is a contract for scripts: keys are never renamed, and absent values are null
rather than missing."""

from __future__ import annotations

from neuroinfo.frozen import as_dict as asdict
from neuroinfo.model import (
    KIND_OF,
    Claim,
    KnowledgeBase,
    NerveType,
    Outcome,
    Point,
    RedFlag,
    Reference,
    Symptom,
    Topic,
)

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing costs milliseconds at start-up; annotations need it only here
    from typing import Any

    from neuroinfo.match import Hit
    from neuroinfo.search.ask import Answer


def urgent_first(kb: KnowledgeBase, record: Any, summary: str) -> dict[str, Any]:
    """A record's fields with what to do at once right after its summary, as on its page:
    `urgent` as one text (null when there is none) and `red_flags` in full."""
    fields = asdict(record)
    flags = [kb.red_flags[i] for i in record.red_flags]
    urgent = " ".join(f"{flag.title}: {flag.action}" for flag in flags) or None
    ordered = {key: fields.pop(key) for key in ("id", "name", "title", summary) if key in fields}
    ordered["urgent"] = urgent
    ordered["red_flags"] = [red_flag(kb, flag) for flag in flags]
    del fields["red_flags"]
    return {**ordered, **fields}


def red_flag(kb: KnowledgeBase, record: RedFlag) -> dict[str, Any]:
    """A red flag as the data says it, without `noticed_by`: hundreds of words that only
    tell `ask` when to raise it (the data file holds them)."""
    fields = asdict(record)
    del fields["noticed_by"]
    return fields


def topic(kb: KnowledgeBase, record: Topic) -> dict[str, Any]:
    return urgent_first(kb, record, "summary")


def nerve_type(kb: KnowledgeBase, record: NerveType) -> dict[str, Any]:
    return {
        **urgent_first(kb, record, "summary"),
        "symptoms": [s.id for s in kb.symptoms_of(record.id)],
        "claims": [c.id for c in kb.claims_about("types", record.id)],
    }


def symptom(kb: KnowledgeBase, record: Symptom) -> dict[str, Any]:
    claims = [c.id for c in kb.claims_about("symptoms", record.id)]
    return {**urgent_first(kb, record, "summary"), "claims": claims}


def claim(kb: KnowledgeBase, record: Claim) -> dict[str, Any]:
    return {
        **asdict(record),
        "outcomes": [outcome(row) for row in record.outcomes],
        "verdict": record.verdict,
    }


def outcome(row: Outcome) -> dict[str, Any]:
    """An outcome row with its figures as numbers (the text as printed is also kept, so
    '4.60' is not read as 4.6 alone), and the statement derived from it."""
    return {
        **asdict(row),
        "estimate": row.value,
        "ci": list(row.interval) if row.interval else None,
        "printed": {"estimate": row.estimate, "ci": list(row.ci) if row.ci else None},
        "statement": row.statement,
    }


def reference(kb: KnowledgeBase, record: Reference) -> dict[str, Any]:
    return {
        **asdict(record),
        "links": {"doi": record.doi_url, "pubmed": record.pubmed_url, "pmc": record.pmc_url},
        "cited_by": [{"kind": KIND_OF[type(r)], "id": r.id} for r in kb.citers(record.id)],
    }


def point(kb: KnowledgeBase, record: Point) -> dict[str, Any]:
    studies, claims = kb.using_point(record.id)
    return {**asdict(record), "studies": [r.id for r in studies], "claims": [c.id for c in claims]}


def hit(kb: KnowledgeBase, found: Hit) -> dict[str, Any]:
    return {
        "kind": found.kind,
        "id": found.record.id,
        "name": found.record.name,
        "score": found.score,
        "verdict": found.record.verdict if isinstance(found.record, Claim) else None,
    }


def reply(kb: KnowledgeBase, answer: Answer) -> dict[str, Any]:
    """`neuroinfo ask --json`: urgent advice first, then the answer and where to read on."""
    from neuroinfo.search import CRISIS_ADVICE, STOP_CAUTION
    from neuroinfo.search.ask import command, summary

    def opened(found: Hit) -> dict[str, Any]:
        return {**hit(kb, found), "command": command(found)}

    best = answer.best
    care = getattr(best.record, "take_care", None) if best else None  # a claim's caution
    record = best.record if best else None
    points = list(record.points) if isinstance(record, Topic) else []  # a topic's points
    return {
        "question": answer.question,
        "covered": answer.covered,
        "emergency": bool(answer.red_flags) or answer.crisis,
        "urgent": [red_flag(kb, flag) for flag in answer.red_flags],
        "crisis": CRISIS_ADVICE if answer.crisis else None,  # wanting to die or to self-harm
        "caution": STOP_CAUTION if answer.stopping else None,  # on stopping a treatment
        "answer": {**opened(best), "text": summary(kb, best), "take_care": care, "points": points}
        if best
        else None,
        "also": [opened(found) for found in answer.also],
        "read_as": answer.ranking.corrected,
        "unmatched": answer.ranking.unmatched,
    }

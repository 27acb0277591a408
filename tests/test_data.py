"""The bundled knowledge base: complete, linked, and graded by the rules."""

import re

import pytest

from neuroinfo import grading, match
from neuroinfo.frozen import fields
from neuroinfo.model import KnowledgeBase

SEED_CLAIMS = [
    "stimulates-nervous-system",
    "releases-endorphins",
    "changes-chronic-pain",
    "treats-sensory-symptoms",
    "treats-motor-symptoms",
    "restores-nerve-damage",
    "research-confirms-benefit",
]
# Every symptom the seed article names, and the common ones from the fact sheet.
NAMED_SYMPTOMS = {
    "muscle weakness": "muscle-weakness",
    "twitching": "twitching",
    "cramps": "muscle-cramps",
    "numbness": "numbness",
    "loss of sensation": "loss-of-sensation",
    "pain": "nerve-pain",
    "temperature insensitivity": "temperature-insensitivity",
    "trouble talking": "trouble-speaking",
    "trouble eating": "trouble-swallowing",
    "trouble walking": "trouble-walking",
    "trouble breathing": "breathing-difficulty",
    "heartbeat": "heartbeat-changes",
    "tingling": "tingling",
    "pins and needles": "tingling",
    "burning pain": "nerve-pain",
    "loss of balance": "balance-problems",
    "dizziness on standing": "dizziness-on-standing",
    "sweating too much": "sweating-changes",
    "bladder problems": "bladder-problems",
    "constipation": "bowel-problems",
    "muscle wasting": "muscle-wasting",
    "foot drop": "foot-drop",
}
# Rich markup such as [bold], and the Markdown and HTML that plain-text data must not hold.
MARKUP = re.compile(r"\[/?[a-z]+(?:[ =][^\]]*)?\]|`|\*\*|</?[a-z]+>")


def all_text(kb: KnowledgeBase) -> list[str]:
    texts = []
    for kind in (kb.topics, kb.types, kb.symptoms, kb.claims, kb.references, kb.red_flags):
        for record in kind.values():
            for name in fields(record):
                value = getattr(record, name)
                values = value if isinstance(value, tuple) else (value,)
                texts += [v for v in values if isinstance(v, str)]
    return texts


def test_sizes(kb: KnowledgeBase) -> None:
    assert len(kb.symptoms) >= 20
    assert list(kb.types) == ["motor", "sensory", "autonomic", "combination"]
    assert list(kb.topics) == [
        "acupuncture",
        "neuropathy",
        "causes",
        "safety",
        "sessions",
        "points",
        "emergencies",
        "disclaimer",
    ]
    assert len(kb.points) == 13


@pytest.mark.parametrize(("name", "expected"), NAMED_SYMPTOMS.items())
def test_every_named_symptom_is_covered(kb: KnowledgeBase, name: str, expected: str) -> None:
    assert match.resolve(kb, "symptoms", name).id == expected


def test_every_seed_claim_is_graded_and_quotes_the_seed(kb: KnowledgeBase) -> None:
    for claim_id in SEED_CLAIMS:
        claim = kb.claims[claim_id]
        assert claim.source == "seed-article"
        assert claim.quoted


def test_every_claim_follows_the_grading_rules(kb: KnowledgeBase) -> None:
    for claim in kb.claims.values():
        assert claim.references, claim.id
        assert grading.grading_problems(claim.certainty, claim.study_design) == [], claim.id
        assert claim.evidence and claim.caveats, claim.id


def test_every_graded_claim_says_how_much_evidence_it_rests_on(kb: KnowledgeBase) -> None:
    graded = [c for c in kb.claims.values() if c.certainty != "insufficient"]
    assert len(graded) == 10
    assert [c.id for c in graded if not c.size_label] == []
    assert kb.claims["cipn-pain"].size_label.startswith("meta-analyses of 5, 21 and 33 studies")
    assert kb.claims["changes-chronic-pain"].size_label == (
        "a Cochrane review of 6 trials (462 people) and a meta-analysis of 8 trials (338 people)"
    )
    assert kb.claims["cipn-prevention"].size_label == "1 study, 63 participants"


def test_the_seed_study_is_not_called_a_randomised_trial(kb: KnowledgeBase) -> None:
    schroeder = kb.references["schroeder-2007"]
    assert "describes no randomisation" in " ".join((schroeder.remarks or "").split())
    assert schroeder.doi == "10.1111/j.1468-1331.2006.01632.x"
    assert schroeder.pmid is None  # the seed article gives one, but no verified source did
    assert "no verified source showed that id" in " ".join((schroeder.remarks or "").split())


def test_every_symptom_says_when_to_seek_care(kb: KnowledgeBase) -> None:
    for symptom in kb.symptoms.values():
        assert symptom.seek_care and symptom.types and symptom.references, symptom.id


def test_codes_are_well_formed(kb: KnowledgeBase) -> None:
    codes = [
        c for r in (*kb.symptoms.values(), *kb.types.values(), *kb.topics.values()) for c in r.codes
    ]
    assert codes
    for code in codes:
        assert code.system in ("HPO", "ICD-10-CM"), code
        if code.system == "HPO":
            assert re.fullmatch(r"HP:\d{7}", code.code), code


def test_every_reference_is_cited_and_findable(kb: KnowledgeBase) -> None:
    for ref in kb.references.values():
        assert kb.citers(ref.id), f"{ref.id} is cited by nothing"
        assert ref.title or ref.container, ref.id
        assert ref.doi or ref.url or ref.isbn or ref.id == "seed-article", ref.id


def test_no_unverified_record_is_cited(kb: KnowledgeBase) -> None:
    # The ACUDIN results paper could not be verified (confidence: low) and must not appear.
    assert not [r for r in kb.references if "acudin" in r]


def test_data_holds_no_markup(kb: KnowledgeBase) -> None:
    for text in all_text(kb):
        assert not MARKUP.search(text), text

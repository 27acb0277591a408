"""Forgiving names and ranked search, on the bundled data."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from neuroinfo import match
from neuroinfo.errors import NotFound, UsageError
from neuroinfo.model import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pins-and-Needles ", "pins and needles"),
        ("  PINS   and\tneedles", "pins and needles"),
        ("Schröder", "schroder"),
        ("muscle_cramps", "muscle cramps"),
        ("!!!", ""),
    ],
)
def test_normalise(text: str, expected: str) -> None:
    assert match.normalise(text) == expected


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("numbness", "numbness"),
        ("NUMBNESS", "numbness"),
        ("pins and needles", "tingling"),
        ("Pins-And-Needles", "tingling"),
        ("pins", "tingling"),  # a unique leading word
        ("Tingling (pins and needles)", "tingling"),
        ("pain", "nerve-pain"),
        ("dizziness", "dizziness-on-standing"),
        ("foot drop", "foot-drop"),
        ("hypoaesthesia", "numbness"),
    ],
)
def test_symptoms_resolve(kb: KnowledgeBase, query: str, expected: str) -> None:
    assert match.resolve(kb, "symptoms", query).id == expected


def test_a_leading_word_shared_by_several_names_lists_them(kb: KnowledgeBase) -> None:
    with pytest.raises(NotFound) as caught:
        match.resolve(kb, "symptoms", "foot")
    assert str(caught.value) == "'foot' matches more than one symptom: foot-wounds, foot-drop"


def test_a_typo_is_not_a_prefix(kb: KnowledgeBase) -> None:
    with pytest.raises(NotFound) as caught:
        match.resolve(kb, "symptoms", "numbnes")
    assert str(caught.value) == "no symptom matches 'numbnes'; did you mean: numbness"


def test_a_partial_word_gets_suggestions(kb: KnowledgeBase) -> None:
    with pytest.raises(NotFound, match=r"did you mean: dizziness-on-standing$"):
        match.resolve(kb, "symptoms", "dizzi")


@pytest.mark.parametrize(
    ("query", "hint"),
    [("dizzy", "dizziness-on-standing"), ("sweaty", "sweating-changes"), ("tingly", "tingling")],
)
def test_another_form_of_a_word_gets_a_suggestion(kb: KnowledgeBase, query: str, hint: str) -> None:
    with pytest.raises(NotFound) as caught:
        match.resolve(kb, "symptoms", query)
    assert str(caught.value) == f"no symptom matches '{query}'; did you mean: {hint}"


def test_a_stem_is_no_excuse_to_guess_when_a_spelling_is_close(kb: KnowledgeBase) -> None:
    with pytest.raises(NotFound) as caught:
        match.resolve(kb, "types", "sensry")
    assert str(caught.value) == "no nerve type matches 'sensry'; did you mean: sensory"


def test_an_ambiguous_name_lists_the_candidates(kb: KnowledgeBase) -> None:
    with pytest.raises(NotFound) as caught:
        match.resolve(kb, "symptoms", "muscle")
    assert str(caught.value) == (
        "'muscle' matches more than one symptom: "
        "muscle-weakness, twitching, muscle-cramps, muscle-wasting"
    )


def test_a_miss_with_nothing_close(kb: KnowledgeBase) -> None:
    with pytest.raises(NotFound) as caught:
        match.resolve(kb, "symptoms", "qqqqqq")
    assert str(caught.value) == "no symptom matches 'qqqqqq'"


def test_an_empty_name_is_a_usage_error(kb: KnowledgeBase) -> None:
    with pytest.raises(UsageError):
        match.resolve(kb, "symptoms", " - ")


def test_types_resolve_exactly_before_by_prefix(kb: KnowledgeBase) -> None:
    # 'sensory' is also the first word of combination's alias 'sensory-motor'.
    assert match.resolve(kb, "types", "sensory").id == "sensory"
    assert match.resolve(kb, "types", "sensorimotor").id == "combination"


@given(st.text(max_size=200))
def test_resolve_only_ever_finds_or_reports(query: str) -> None:
    kb = _cached_kb()
    try:
        record = match.resolve(kb, "symptoms", query)
    except (NotFound, UsageError):
        return
    assert record.id in kb.symptoms


_KB: list[KnowledgeBase] = []


def _cached_kb() -> KnowledgeBase:
    from neuroinfo.load import load

    if not _KB:
        _KB.append(load())
    return _KB[0]

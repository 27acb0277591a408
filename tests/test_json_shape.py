"""The --json shape is a contract for scripts: ids, names and grading fields keep their names."""

import json

import pytest
from conftest import Invoke

from neuroinfo import grading

REFERENCE = [
    "authors",
    "authors_complete",
    "cited_by",
    "container",
    "doi",
    "id",
    "isbn",
    "issue",
    "links",
    "note",
    "pages",
    "pmcid",
    "pmid",
    "points",
    "remarks",
    "results",
    "title",
    "title_ours",
    "type",
    "url",
    "volume",
    "year",
]
SHAPES = {
    ("about",): [
        "codes",
        "id",
        "paragraphs",
        "phrases",
        "points",
        "red_flags",
        "references",
        "summary",
        "title",
        "urgent",
    ],
    ("types",): [
        "aliases",
        "claims",
        "codes",
        "combines",
        "damage_does",
        "id",
        "name",
        "nerves_do",
        "phrases",
        "red_flags",
        "references",
        "severity",
        "summary",
        "symptoms",
        "urgent",
    ],
    ("symptom",): [
        "aliases",
        "claims",
        "codes",
        "id",
        "last_reviewed",
        "name",
        "phrases",
        "red_flags",
        "references",
        "seek_care",
        "summary",
        "types",
        "urgent",
    ],
    ("claims",): [
        "caveats",
        "certainty",
        "comparator",
        "direction",
        "evidence",
        "id",
        "last_reviewed",
        "n_participants",
        "n_studies",
        "outcome",
        "outcomes",
        "phrases",
        "points",
        "quoted",
        "references",
        "size",
        "source",
        "statement",
        "study_design",
        "symptoms",
        "take_care",
        "types",
        "verdict",
    ],
    ("points",): [
        "aliases",
        "claims",
        "code",
        "english",
        "id",
        "location",
        "meridian",
        "note",
        "phrases",
        "pinyin",
        "references",
        "standard",
        "studies",
    ],
    ("refs",): REFERENCE,
    ("search", "numbness"): ["id", "kind", "name", "score", "verdict"],
}


@pytest.mark.parametrize(("args", "keys"), SHAPES.items(), ids=[a[0] for a in SHAPES])
def test_every_record_has_exactly_these_keys(
    invoke: Invoke, args: tuple[str, ...], keys: list[str]
) -> None:
    result = invoke(*args, "--json")
    assert result.exit_code == 0, result.stderr
    records = json.loads(result.stdout)
    assert isinstance(records, list) and records
    for record in records:
        assert sorted(record) == keys


@pytest.mark.parametrize(
    ("args", "keys"),
    [
        (("about", "safety"), SHAPES[("about",)]),
        (("types", "motor"), SHAPES[("types",)]),
        (("symptom", "numbness"), SHAPES[("symptom",)]),
        (("claims", "cipn-pain"), SHAPES[("claims",)]),
        (("refs", "ju-2017"), REFERENCE),
        (("points", "st36"), SHAPES[("points",)]),
    ],
)
def test_one_record_is_an_object_of_the_same_shape(
    invoke: Invoke, args: tuple[str, ...], keys: list[str]
) -> None:
    record = json.loads(invoke(*args, "--json").stdout)
    assert sorted(record) == keys


def test_each_verdict_is_the_one_its_grade_gives(invoke: Invoke) -> None:
    for claim in json.loads(invoke("claims", "--json").stdout):
        grade = claim["certainty"], claim["direction"], claim["outcome"]
        assert claim["verdict"] == grading.verdict(*grade), claim["id"]


def test_urgent_advice_comes_right_after_the_summary(invoke: Invoke) -> None:
    """Scripts see the page's order too: what to do at once, then when to see a doctor."""
    numbness = json.loads(invoke("symptom", "numbness", "--json").stdout)
    keys = list(numbness)
    assert keys[:6] == ["id", "name", "summary", "urgent", "red_flags", "seek_care"]
    assert numbness["urgent"].startswith(
        "Weakness, numbness or tingling that spreads over hours or days (possible Guillain-Barré "
        "syndrome): Call your emergency number, such as 999, 112 or 911,"
    )
    assert [flag["id"] for flag in numbness["red_flags"]] == [
        "spreading-weakness",
        "stroke-fast",
        "cauda-equina",
        "diabetic-foot-attack",
    ]
    assert sorted(numbness["red_flags"][0]) == [
        "action",
        "id",
        "phrases",
        "references",
        "signs",
        "speed",
        "title",
    ]
    calm = json.loads(invoke("symptom", "twitching", "--json").stdout)
    assert (calm["urgent"], calm["red_flags"]) == (None, [])

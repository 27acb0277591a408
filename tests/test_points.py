"""Acupuncture points: the command, its matching, and the links between points and studies."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import Invoke, MakeData, best_answer

from neuroinfo.model import KnowledgeBase

BIN = Path(sys.executable).parent / "neuroinfo"


def lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines()]


def test_the_list(invoke: Invoke) -> None:
    result = invoke("points", columns=100)
    assert result.exit_code == 0
    out = lines(result.stdout)
    assert out[0] == "Acupuncture points in the studies (13)"
    codes = [line.split()[0] for line in out[3:] if line and line.split()[0][:2].isupper()]
    assert codes[:13] == [
        "ST36",
        "SP6",
        "LI4",
        "LR3",
        "KI3",
        "GB34",
        "LI11",
        "PC6",
        "SI3",
        "GB42",
        "ST40",
        "EX-LE10",
        "EX-UE9",
    ]
    assert "extra point, outside the WHO 2008 standard" in out
    assert "Stomach meridian, WHO 2008 standard" in out


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("ST36", "ST36 Zusanli"),
        ("st36", "ST36 Zusanli"),
        ("st-36", "ST36 Zusanli"),
        ("St 36", "ST36 Zusanli"),
        ("Zusanli", "ST36 Zusanli"),
        ("LV3", "LR3 Taichong"),
        ("lv-3", "LR3 Taichong"),
        ("P6", "PC6 Neiguan"),
        ("EX-LE10", "EX-LE10 Bafeng"),
        ("Ex-LE-10", "EX-LE10 Bafeng"),
        ("EX10", "EX-LE10 Bafeng"),
        ("bafeng", "EX-LE10 Bafeng"),
        ("EX-UE 9", "EX-UE9 Baxie"),
    ],
)
def test_one_point_by_any_of_its_names(invoke: Invoke, query: str, expected: str) -> None:
    result = invoke("points", query)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(f"{expected}  acupuncture point\n")


def test_a_near_miss_suggests(invoke: Invoke) -> None:
    result = invoke("points", "st3")
    assert (result.exit_code, result.stderr) == (
        1,
        "neuroinfo: no point matches 'st3'; did you mean: ST36\n",
    )


def test_a_point_page_shows_where_it_lies_and_the_studies(invoke: Invoke) -> None:
    result = invoke("points", "li4", columns=200)
    out = lines(result.stdout)
    assert out[:6] == [
        "LI4 Hegu  acupuncture point",
        "",
        "Pinyin: Hegu",
        "Meridian: Large Intestine",
        "Standard: the WHO 2008 location standard",
        "",
    ]
    assert "Where it lies" in out
    studies = out[out.index("Studies that used it, or report its use") + 1 :]
    cited = [line for line in studies if line.startswith("[")]
    assert [line.split()[1] for line in cited[:4]] == ["Bao", "Rostock", "Jin", "Li"]
    assert out[-1] == (
        "Information, not medical advice. Talk to a doctor about your own symptoms and treatment."
    )


def test_an_extra_point_says_it_is_outside_the_standard(invoke: Invoke) -> None:
    out = lines(invoke("points", "baxie", columns=200).stdout)
    assert "Standard: none; an extra point, outside the WHO 2008 one" in out
    assert not any(line.startswith("Meridian:") for line in out)


def test_a_point_no_study_names(invoke: Invoke) -> None:
    out = lines(invoke("points", "ki3", columns=200).stdout)
    assert out[out.index("Studies that used it, or report its use") + 1] == (
        "None of the studies neuroinfo cites names it."
    )


def test_studies_link_back_to_their_points(invoke: Invoke) -> None:
    page = lines(invoke("refs", "rostock-2013", columns=200).stdout)
    assert "Points used: LR3 Taichong, GB34 Yanglingquan, LI4 Hegu, LI11 Quchi, SI3" in page
    listed = lines(invoke("refs", columns=200).stdout)
    assert "Points used: LI4 Hegu, LI11 Quchi, ST36 Zusanli, EX-LE10 Bafeng, EX-UE9 Baxie" in listed


def test_every_link_between_points_and_studies_goes_both_ways(kb: KnowledgeBase) -> None:
    for ref in kb.references.values():
        for point_id in ref.points:
            assert ref in kb.using_point(point_id)[0]
    for point in kb.points.values():
        for study in kb.using_point(point.id)[0]:
            assert point.id in study.points


def test_points_json(invoke: Invoke) -> None:
    every = json.loads(invoke("points", "--json").stdout)
    assert [p["id"] for p in every][:3] == ["st36", "sp6", "li4"]
    one = json.loads(invoke("points", "lr3", "--json").stdout)
    assert one["code"] == "LR3" and one["aliases"] == ["LV3"]
    assert one["studies"] == ["bao-2020", "rostock-2013", "li-l-2024"]
    ref = json.loads(invoke("refs", "jin-2020", "--json").stdout)
    assert ref["points"] == ["li4", "li11", "st36", "ex-le10", "ex-ue9"]


def test_points_in_markdown_search_and_the_schema(invoke: Invoke) -> None:
    page = invoke("points", "pc6", "--format", "markdown").stdout
    assert page.startswith("# PC6 Neiguan\n")
    assert "## Where it lies" in page
    hits = json.loads(invoke("search", "zusanli", "--json").stdout)
    assert {"kind": "point", "id": "st36"}.items() <= hits[0].items()
    schema = json.loads(invoke("schema", "points").stdout)
    assert schema["properties"]["points"]["items"]["$ref"] == "#/$defs/point"


def test_points_complete_in_the_shell() -> None:
    env = {
        "PATH": "/usr/bin:/bin",
        "_NEUROINFO_COMPLETE": "complete_bash",
        "COMP_WORDS": "neuroinfo points li",
        "COMP_CWORD": "2",
        "XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"],
    }
    result = subprocess.run([str(BIN)], env=env, capture_output=True, text=True, timeout=60)
    assert result.stdout.split() == ["li4", "li11"]


POINT = """
points:
  - id: st36
    code: "{code}"
    pinyin: "Zusanli"
    {meridian}
    standard: {standard}
    location: "On the leg."
    references: [ref-one]
"""


@pytest.mark.parametrize(
    ("code", "standard", "meridian", "message"),
    [
        (
            "ST-36",
            "who-2008",
            'meridian: "Stomach"',
            "points.yaml:3:5: 'code' must be a WHO 2008 point code: a meridian's letters and a "
            "number, such as ST36",
        ),
        (
            "XX36",
            "who-2008",
            'meridian: "Stomach"',
            "points.yaml:3:5: 'code' must be a WHO 2008 point code: a meridian's letters and a "
            "number, such as ST36",
        ),
        (
            "ST0",
            "who-2008",
            'meridian: "Stomach"',
            "points.yaml:3:5: 'code' must be a WHO 2008 point code: a meridian's letters and a "
            "number, such as ST36",
        ),
        ("ST36", "who-2008", "", "points.yaml:2:5: missing required field 'meridian'"),
        (
            "ST36",
            "extra",
            "",
            "points.yaml:3:5: 'code' must be an extra-point code such as EX-LE10",
        ),
        (
            "EX-LE10",
            "who-2008",
            'meridian: "Stomach"',
            "points.yaml:3:5: 'code' must be a WHO 2008 point code: a meridian's letters and a "
            "number, such as ST36",
        ),
        (
            "ST36",
            "pending",
            'meridian: "Stomach"',
            "points.yaml:6:5: 'standard' must be one of: who-2008, extra",
        ),
    ],
)
def test_validate_checks_point_codes_against_the_who_pattern(
    invoke: Invoke, make_data: MakeData, code: str, standard: str, meridian: str, message: str
) -> None:
    text = POINT.format(code=code, standard=standard, meridian=meridian or "note: x")
    folder = make_data(points_yaml=text)
    result = invoke("validate", str(folder))
    assert result.exit_code == 3
    found = [line.split("/")[-1].replace(": error", "") for line in result.stdout.splitlines()]
    assert found == [message]


def test_links_to_points_must_resolve(invoke: Invoke, make_data: MakeData) -> None:
    folder = make_data(
        points_yaml=POINT.format(code="ST36", standard="who-2008", meridian='meridian: "Stomach"'),
        references_yaml="""
        references:
          - id: ref-one
            type: article-journal
            title: "A trial"
            points: [st36, st63]
        """,
    )
    result = invoke("validate", str(folder))
    assert result.exit_code == 3
    assert result.stdout.splitlines()[-1].endswith(
        "references.yaml:5:20: error: unknown point 'st63'; did you mean 'st36'?"
    )


@pytest.mark.parametrize(
    ("question", "point"),
    [
        ("point in the fleshy web between thumb and index finger", "li4"),
        ("the needle went in the gaps between my toes", "ex-le10"),
        ("needles in the gaps between my fingers, what are those", "ex-ue9"),
        ("the point in the hollow between the inner ankle bone and the achilles tendon", "ki3"),
    ],
)
def test_a_point_asked_for_by_where_it_lies(invoke: Invoke, question: str, point: str) -> None:
    """People name a point by where the needle went (found by a blind question set)."""
    assert best_answer(invoke, question) == ("point", point)

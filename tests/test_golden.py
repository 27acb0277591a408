"""Rendered pages compared line for line with files in tests/golden/.

After an intended change, regenerate with NEUROINFO_UPDATE_GOLDEN=1 and read the diff."""

import os
import re
from pathlib import Path

import pytest
from conftest import Invoke

from neuroinfo.model import KnowledgeBase

GOLDEN = Path(__file__).parent / "golden"
PAGES = [
    ("types-60", 60, ["types"]),
    ("types-160", 160, ["types"]),
    ("type-sensory-80", 80, ["types", "sensory"]),
    ("symptom-numbness-60", 60, ["symptom", "numbness"]),
    ("symptom-numbness-160", 160, ["symptom", "numbness"]),
    ("symptoms-60", 60, ["symptom"]),
    ("symptoms-100", 100, ["symptom"]),
    ("search-pain-60", 60, ["search", "pain"]),
    ("claims-80", 80, ["claims"]),
    ("claim-restores-nerve-damage-80", 80, ["claims", "restores-nerve-damage"]),
    ("refs-ju-2017-80", 80, ["refs", "ju-2017"]),
    ("about-safety-80", 80, ["about", "safety"]),
    ("search-pins-80", 80, ["search", "pins"]),
]


@pytest.mark.parametrize(("name", "columns", "args"), PAGES, ids=[p[0] for p in PAGES])
def test_page_matches_golden(invoke: Invoke, name: str, columns: int, args: list[str]) -> None:
    result = invoke(*args, columns=columns)
    assert result.exit_code == 0, result.stderr
    path = GOLDEN / f"{name}.txt"
    if os.environ.get("NEUROINFO_UPDATE_GOLDEN"):
        path.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == path.read_text(encoding="utf-8")


@pytest.mark.parametrize(("name", "columns", "args"), PAGES, ids=[p[0] for p in PAGES])
def test_only_whole_links_run_past_the_edge(
    invoke: Invoke, kb: KnowledgeBase, name: str, columns: int, args: list[str]
) -> None:
    """Links are printed whole, however narrow the terminal, so they stay usable."""
    every_link = {url for ref in kb.references.values() for _, url in ref.links}
    for line in invoke(*args, columns=columns).stdout.splitlines():
        urls = re.findall(r"https?://\S+", line)
        assert len(line) <= columns or urls, line
        assert set(urls) <= every_link, line


@pytest.mark.parametrize("columns", [30, 40, 60])
def test_links_are_whole_on_narrow_terminals(
    invoke: Invoke, kb: KnowledgeBase, columns: int
) -> None:
    every_link = {url for ref in kb.references.values() for _, url in ref.links}
    printed = set(re.findall(r"https?://\S+", invoke("refs", columns=columns).stdout))
    assert printed == every_link


@pytest.mark.parametrize(("columns", "whole"), [(60, True), (40, False)])
def test_ids_stay_whole_while_they_fit_in_half_the_width(
    invoke: Invoke, kb: KnowledgeBase, columns: int, whole: bool
) -> None:
    """Ids are what a reader copies; below that width the names need the room more."""
    listed = invoke("symptom", columns=columns).stdout
    assert all(
        (symptom_id in listed) == whole for symptom_id in kb.symptoms if len(symptom_id) > 13
    )

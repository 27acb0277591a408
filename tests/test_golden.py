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
    ("types-40", 40, ["types"]),
    ("types-200", 200, ["types"]),
    ("type-sensory-80", 80, ["types", "sensory"]),
    ("symptom-numbness-40", 40, ["symptom", "numbness"]),
    ("symptom-numbness-80", 80, ["symptom", "numbness"]),
    ("symptom-numbness-200", 200, ["symptom", "numbness"]),
    ("symptoms-40", 40, ["symptom"]),
    ("symptoms-200", 200, ["symptom"]),
    ("search-pain-40", 40, ["search", "pain"]),
    ("search-pins-80", 80, ["search", "pins"]),
    ("ask-feet-burn-40", 40, ["ask", "my", "feet", "burn", "at", "night"]),
    ("ask-feet-burn-200", 200, ["ask", "my", "feet", "burn", "at", "night"]),
    ("claims-40", 40, ["claims"]),
    ("claims-80", 80, ["claims"]),
    ("claim-restores-nerve-damage-80", 80, ["claims", "restores-nerve-damage"]),
    ("claim-cipn-pain-200", 200, ["claims", "cipn-pain"]),
    ("claim-changes-chronic-pain-60", 60, ["claims", "changes-chronic-pain"]),
    ("claim-changes-chronic-pain-100", 100, ["claims", "changes-chronic-pain"]),
    ("claim-dpn-symptoms-60", 60, ["claims", "dpn-symptoms"]),
    ("refs-40", 40, ["refs"]),
    ("refs-ju-2017-80", 80, ["refs", "ju-2017"]),
    ("point-st36-40", 40, ["points", "ST36"]),
    ("about-safety-80", 80, ["about", "safety"]),
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
def test_only_whole_links_and_commands_run_past_the_edge(
    invoke: Invoke, kb: KnowledgeBase, name: str, columns: int, args: list[str]
) -> None:
    """Links and commands are printed whole, however narrow the terminal, so they stay
    usable; an id or command too long for its line stands alone on it."""
    every_link = {url for ref in kb.references.values() for _, url in ref.links}
    for line in invoke(*args, columns=columns).stdout.splitlines():
        urls = re.findall(r"https?://\S+", line)
        command = re.fullmatch(r" *(neuroinfo [a-z]+ )?[a-z0-9-]+", line)
        assert len(line) <= min(columns, 100) or urls or command, line
        assert set(urls) <= every_link, line


@pytest.mark.parametrize("columns", [30, 40, 60])
def test_links_are_whole_on_narrow_terminals(
    invoke: Invoke, kb: KnowledgeBase, columns: int
) -> None:
    every_link = {url for ref in kb.references.values() for _, url in ref.links}
    printed = set(re.findall(r"https?://\S+", invoke("refs", columns=columns).stdout))
    assert printed == every_link


@pytest.mark.parametrize("columns", [30, 40, 60])
def test_ids_are_never_broken(invoke: Invoke, kb: KnowledgeBase, columns: int) -> None:
    """Ids are what a reader copies: at any width they are printed whole."""
    for command, kind in (("symptom", "symptoms"), ("claims", "claims"), ("refs", "references")):
        listed = invoke(command, columns=columns).stdout.split()
        assert all(record_id in listed for record_id in kb.records(kind)), (command, columns)


@pytest.mark.parametrize("columns", range(38, 46))
def test_no_id_is_pushed_past_the_edge(invoke: Invoke, columns: int) -> None:
    for args in (["claims"], ["types", "sensory"], ["symptom"]):
        for line in invoke(*args, columns=columns).stdout.splitlines():
            command = re.fullmatch(r" *(neuroinfo [a-z]+ )?[a-z0-9-]+", line)
            assert len(line) <= columns or "http" in line or command, (args, columns, line)

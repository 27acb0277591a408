"""Rendered pages compared line for line with files in tests/golden/.

After an intended change, regenerate with NEUROINFO_UPDATE_GOLDEN=1 and read the diff."""

import os
from pathlib import Path

import pytest
from conftest import Invoke

GOLDEN = Path(__file__).parent / "golden"
PAGES = [
    ("types-60", 60, ["types"]),
    ("types-160", 160, ["types"]),
    ("type-sensory-80", 80, ["types", "sensory"]),
    ("symptom-numbness-60", 60, ["symptom", "numbness"]),
    ("symptom-numbness-160", 160, ["symptom", "numbness"]),
    ("symptoms-100", 100, ["symptom"]),
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
def test_no_line_is_wider_than_the_terminal(
    invoke: Invoke, name: str, columns: int, args: list[str]
) -> None:
    """Only links may run past the edge: they are printed whole so they stay usable."""
    for line in invoke(*args, columns=columns).stdout.splitlines():
        assert len(line) <= columns or "https://" in line or "http://" in line, line

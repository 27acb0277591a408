"""The README stays true: its set-up commands are what CI runs; its examples are real output.

Regenerate the example output after an intended change with NEUROINFO_UPDATE_GOLDEN=1."""

import os
import re
import shlex
from pathlib import Path

import pytest
from conftest import Invoke

ROOT = Path(__file__).parent.parent
README = ROOT / "README.md"
EXAMPLE = re.compile(r"```console\n\$ (neuroinfo [^\n]*)\n(.*?)```", re.DOTALL)


def setup_commands() -> list[str]:
    text = README.read_text(encoding="utf-8")
    block = text.split("## Set up", 1)[1].split("```sh\n", 1)[1].split("```", 1)[0]
    return [line.split("  #", 1)[0].strip() for line in block.splitlines() if line.strip()]


def test_readme_has_exactly_two_setup_commands() -> None:
    install, test = setup_commands()
    assert install == "pip install . && neuroinfo types"
    assert test == 'pip install ".[test]" && pytest'


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert setup_commands()[1] in ci.splitlines()
    assert "set -euo pipefail" in ci


def test_readme_opens_with_the_disclaimer() -> None:
    opening = README.read_text(encoding="utf-8").split("## Set up", 1)[0]
    assert "Information, not medical advice." in opening


def run_example(invoke: Invoke, command: str) -> str:
    """Run 'neuroinfo ARGS [| head -n N]' in-process at 80 columns."""
    command, _, pipe = command.partition(" | ")
    result = invoke(*shlex.split(command)[1:], columns=80)
    assert result.exit_code == 0, result.stderr
    output = result.stdout
    if pipe:
        count = int(re.fullmatch(r"head -n (\d+)", pipe).group(1))  # type: ignore[union-attr]
        output = "".join(output.splitlines(keepends=True)[:count])
    return output


def test_readme_examples_are_real_output(invoke: Invoke, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)  # examples name files as a reader at the top of a clone would
    text = README.read_text(encoding="utf-8")
    examples = EXAMPLE.findall(text)
    assert [command.split(" |")[0] for command, _ in examples] == [
        "neuroinfo ask my feet burn at night",
        "neuroinfo types",
        "neuroinfo symptom numbness",
        "neuroinfo refs",
        "neuroinfo refs ju-2017 --style vancouver",
        "neuroinfo check bench/articles/seed.txt",
        "neuroinfo about disclaimer --json",
        "neuroinfo types autonomic --json",
        "neuroinfo symptom heat intolerance --json",
        "neuroinfo claims safety-serious-harm --json",
        "neuroinfo refs ju-2017 --json",
        "neuroinfo points bafeng --json",
        "neuroinfo search foot drop --json",
    ]
    if os.environ.get("NEUROINFO_UPDATE_GOLDEN"):
        text = EXAMPLE.sub(lambda m: f"```console\n$ {m[1]}\n{run_example(invoke, m[1])}```", text)
        README.write_text(text, encoding="utf-8")
        examples = EXAMPLE.findall(text)
    for command, shown in examples:
        assert shown == run_example(invoke, command), command


def test_readme_shows_the_real_message_for_a_mistaken_command(invoke: Invoke) -> None:
    result = invoke("numbness")
    assert f"$ neuroinfo numbness\n{result.stderr}```" in README.read_text(encoding="utf-8")


def test_readme_findings_examples_are_real_output(invoke: Invoke) -> None:
    section = README.read_text(encoding="utf-8").split("## The numbers behind each verdict")[1]
    blocks = re.findall(r"```text\n(.*?)\n```", section.split("## Where the facts")[0], re.DOTALL)
    page = invoke("claims", "changes-chronic-pain", columns=80).stdout
    assert len(blocks) == 2
    for block in blocks:
        assert block in page


def test_ci_runs_the_benchmarks_in_short_mode() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert "python bench/startup.py --short" in ci
    assert "python bench/scale.py --short" in ci
    assert "python bench/questions.py --short" in ci
    assert "python bench/check.py --short" in ci

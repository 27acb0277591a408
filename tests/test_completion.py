"""Shell completion through the installed command, as a shell would ask for it."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import MakeData

BIN = Path(sys.executable).parent / "neuroinfo"


def complete(words: str, shell: str = "bash", **extra: str) -> list[str]:
    env = {"PATH": "/usr/bin:/bin", "_NEUROINFO_COMPLETE": f"complete_{shell}", **extra}
    env["XDG_CACHE_HOME"] = os.environ["XDG_CACHE_HOME"]
    if shell == "bash":
        env |= {"COMP_WORDS": words, "COMP_CWORD": str(len(words.split()) - 1)}
    else:
        env |= {"_TYPER_COMPLETE_ARGS": words}
    result = subprocess.run([str(BIN)], env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("neuroinfo symptom numb", ["numbness"]),
        ("neuroinfo symptom muscle", ["muscle-weakness", "muscle-cramps", "muscle-wasting"]),
        ("neuroinfo types s", ["sensory"]),
        ("neuroinfo claims cipn", ["cipn-pain", "cipn-symptoms", "cipn-prevention"]),
        ("neuroinfo refs schr", ["schroeder-2007"]),
        ("neuroinfo about sa", ["safety"]),
        ("neuroinfo refs --cited-by restor", ["restores-nerve-damage"]),
        ("neuroinfo refs --cited-by numb", ["numbness"]),
    ],
)
def test_names_complete_in_bash(words: str, expected: list[str]) -> None:
    assert complete(words) == expected


def test_completion_reads_the_chosen_data_folder(make_data: MakeData) -> None:
    folder = make_data(
        symptoms_yaml="""
        symptoms:
          - id: numbzzz
            name: "Numbzzz"
            types: [sensory]
            summary: "Less feeling."
            seek_care: "See a doctor."
            references: [ref-one]
        """,
        claims_yaml=None,
    )
    assert complete(f"neuroinfo --data-dir {folder} symptom numb") == ["numbzzz"]
    assert complete("neuroinfo symptom numb", NEUROINFO_DATA_DIR=str(folder)) == ["numbzzz"]
    assert complete(f"neuroinfo --data-dir {folder}/nothing symptom numb") == []


def test_a_completions_description_is_the_names_text_and_nothing_more(
    make_data: MakeData,
) -> None:
    """Typer draws a description through Rich: a name's brackets stay text, and escape
    sequences, C1 controls and bidirectional overrides in it never reach the terminal."""
    name = "Numb[bold red]ness[/] \x1b[31mRED\x1b[0m \u202eEVIL \x9b2J"
    folder = make_data(
        symptoms_yaml=f"""
        symptoms:
          - id: numbzzz
            name: {json.dumps(name)}
            types: [sensory]
            summary: "Less feeling."
            seek_care: "See a doctor."
            references: [ref-one]
        """,
        claims_yaml=None,
    )
    for shell in ("complete_zsh", "complete_powershell"):
        shown = subprocess.run(
            [str(BIN)],
            env={
                "PATH": "/usr/bin:/bin",
                "XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"],
                "_NEUROINFO_COMPLETE": shell,
                "_TYPER_COMPLETE_ARGS": f"neuroinfo --data-dir {folder} symptom numb",
            },
            capture_output=True,
            text=True,
            timeout=60,
        ).stdout
        assert "Numb[bold red]ness[/] [31mRED[0m EVIL 2J" in shown, shell
        assert not any(c in shown for c in "\x1b\x9b\u202e"), shell


def test_names_complete_in_zsh_with_descriptions() -> None:
    (line,) = subprocess.run(
        [str(BIN)],
        env={
            "PATH": "/usr/bin:/bin",
            "XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"],  # never the real home's cache
            "_NEUROINFO_COMPLETE": "complete_zsh",
            "_TYPER_COMPLETE_ARGS": "neuroinfo symptom numb",
        },
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout.splitlines()
    assert '"numbness":"Numbness"' in line


def test_show_and_install_completion(tmp_path: Path) -> None:
    # Typer completes for the shell it finds among the command's parent processes, so the
    # command is run from bash (not exec-ed by it: `; exit $?` keeps bash its parent), so the
    # test does not depend on what started pytest.
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "SHELL": "/bin/bash"}
    shown = subprocess.run(
        ["bash", "-c", '"$0" --show-completion bash; exit $?', str(BIN)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert shown.returncode == 0
    assert "_NEUROINFO_COMPLETE=complete_bash" in shown.stdout
    installed = subprocess.run(
        ["bash", "-c", '"$0" --install-completion bash; exit $?', str(BIN)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert installed.returncode == 0, installed.stderr
    script = tmp_path / ".bash_completions" / "neuroinfo.sh"
    assert "_NEUROINFO_COMPLETE=complete_bash" in script.read_text()
    assert str(script) in (tmp_path / ".bashrc").read_text()


@pytest.mark.parametrize(
    "broken",
    [
        {"COMP_WORDS": "neuroinfo symptom", "COMP_CWORD": "abc"},
        {"COMP_WORDS": "neuroinfo symptom"},
        {"COMP_CWORD": "1"},
        {},
    ],
)
def test_a_malformed_request_for_completions_offers_nothing_quietly(
    broken: dict[str, str],
) -> None:
    """Click's own reading of these ends in a traceback."""
    env = {"PATH": "/usr/bin:/bin", "_NEUROINFO_COMPLETE": "complete_bash", **broken}
    env["XDG_CACHE_HOME"] = os.environ["XDG_CACHE_HOME"]
    result = subprocess.run([str(BIN)], env=env, capture_output=True, text=True, timeout=60)
    assert (result.returncode, result.stdout, result.stderr) == (1, "", "")

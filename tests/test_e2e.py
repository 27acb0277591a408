"""The installed `neuroinfo` command, run as a user would: a separate process, another folder."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

BIN = Path(sys.executable).parent / "neuroinfo"
ENV = {"PATH": "/usr/bin:/bin", "COLUMNS": "80", "LANG": "C.UTF-8"}


@pytest.fixture(autouse=True)
def _cache_location() -> None:
    ENV["XDG_CACHE_HOME"] = os.environ["XDG_CACHE_HOME"]


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(BIN), *args], cwd=cwd, env=ENV, capture_output=True, text=True, timeout=60
    )


@pytest.mark.parametrize(
    ("args", "code", "start"),
    [
        (["types"], 0, "Peripheral neuropathy by nerve type\n"),
        (["symptom", "numbness"], 0, "Numbness  symptom\n"),
        (["claims"], 0, "Acupuncture claims, graded (15)\n"),
        (["refs"], 0, "Bibliography (71 references)\n"),
        (["about"], 0, "About neuroinfo: topics\n"),
        (["search", "pins"], 0, "3 matches for “pins”\n\nsymptom  tingling"),
        (["symptom", "numbnes"], 1, ""),
        (["symptom", "--nope"], 2, ""),
    ],
)
def test_installed_command_from_another_folder(
    tmp_path: Path, args: list[str], code: int, start: str
) -> None:
    result = run(*args, cwd=tmp_path)
    assert result.returncode == code, result.stderr
    assert result.stdout.startswith(start)
    assert "Traceback" not in result.stderr


def test_python_dash_m(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "neuroinfo", "--version"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0
    assert result.stdout.startswith("neuroinfo ")


def test_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    """`neuroinfo refs | head -1`: the reader leaves early; no traceback, no error."""
    process = subprocess.Popen(
        [str(BIN), "refs"], cwd=tmp_path, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # before the program has written anything
    error = process.stderr.read().decode()
    assert process.wait(timeout=60) == 0
    assert error == ""


def test_shell_pipeline_into_head(tmp_path: Path) -> None:
    result = subprocess.run(
        f"'{BIN}' refs | head -1",
        shell=True,
        cwd=tmp_path,
        env=ENV,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout == "Bibliography (71 references)\n"
    assert result.stderr == ""

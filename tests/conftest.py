"""Shared fixtures: a CLI runner with a fixed terminal, and small data folders built on the fly."""

import json
import os
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest
from typer.testing import CliRunner, Result

from neuroinfo.cli import app
from neuroinfo.load import load
from neuroinfo.model import KnowledgeBase

# Environment variables that would change how pages render.
BENCH = Path(__file__).parent.parent / "bench"
STYLE_VARS = ("NO_COLOR", "FORCE_COLOR", "TERM", "TTY_COMPATIBLE", "TTY_INTERACTIVE", "COLUMNS")

Invoke = Callable[..., Result]
MakeData = Callable[..., Path]


@pytest.fixture(autouse=True, scope="session")
def _session_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Compiled caches go to a folder of the test session's own, never the user's."""
    old = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if old is None:
        del os.environ["XDG_CACHE_HOME"]
    else:
        os.environ["XDG_CACHE_HOME"] = old


@pytest.fixture(autouse=True)
def _plain_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (*STYLE_VARS, "NEUROINFO_DATA_DIR", "NEUROINFO_NO_CACHE"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def invoke() -> Invoke:
    """Run the app in-process at a given width; stdout and stderr come back apart."""
    runner = CliRunner()

    def run(*args: str, columns: int = 80, env: dict[str, str] | None = None) -> Result:
        return runner.invoke(app, list(args), env={"COLUMNS": str(columns), **(env or {})})

    return run


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return load()


MINIMAL = {
    "references.yaml": """
        references:
          - id: ref-one
            type: article-journal
            authors: ["Doe J"]
            title: "A trial"
            container: "A Journal"
            year: 2020
            doi: "10.1000/xyz1"
    """,
    "types.yaml": """
        types:
          - id: sensory
            name: "Sensory"
            summary: "Feeling nerves."
            nerves_do: "They carry feeling."
            damage_does: "Numbness."
            severity: "Varies."
            references: [ref-one]
    """,
    "symptoms.yaml": """
        symptoms:
          - id: numbness
            name: "Numbness"
            types: [sensory]
            summary: "Less feeling."
            seek_care: "See a doctor."
            references: [ref-one]
    """,
    "claims.yaml": """
        claims:
          - id: helps-numbness
            statement: "It helps."
            source: ref-one
            outcome: "numbness"
            study_design: rct
            certainty: low
            direction: benefit
            evidence: "One trial."
            references: [ref-one]
            symptoms: [numbness]
            last_reviewed: 2025-01-01
    """,
}


@pytest.fixture
def make_data(tmp_path: Path) -> MakeData:
    """A data folder from the minimal valid files, with some replaced or removed.

    Pass filename=text to replace a file (text is dedented), or filename=None to leave it out."""

    def build(**files: str | None) -> Path:
        folder = tmp_path / "data"
        folder.mkdir(exist_ok=True)
        named = {k.removesuffix("_yaml") + ".yaml": v for k, v in files.items()}
        contents = {**MINIMAL, **named}
        for name, text in contents.items():
            if text is not None:
                written = folder / name
                written.write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
                settled(written)
        return folder

    return build


def best_answer(invoke: Invoke, question: str) -> tuple[str, str]:
    """The kind and id of the record `neuroinfo ask QUESTION --json` answers with first."""
    answer = json.loads(invoke("ask", question, "--json").stdout)["answer"]
    return answer["kind"], answer["id"]


def settled(path: Path) -> None:
    """Date a file written by a test an hour back: one written a moment ago on a file system
    of whole-second times is one no cache trusts yet (pagecache.racy)."""
    an_hour_ago = time.time() - 3600
    os.utime(path, (an_hour_ago, an_hour_ago))


def coarse(path: Path) -> None:
    """Give a file the time a file system of whole-second times would give it, now."""
    second = int(time.time()) * 1_000_000_000
    os.utime(path, ns=(second, second))


@pytest.fixture
def in_tmp(tmp_path: Path) -> Iterator[Path]:
    """Run from a directory outside the repository."""
    old = Path.cwd()
    os.chdir(tmp_path)
    try:
        yield tmp_path
    finally:
        os.chdir(old)


# Measures a command from a small process of its own: a forked child's peak memory includes
# the memory of the process it was forked from, so measured straight from pytest (hundreds of
# megabytes) it would report pytest's size, not the command's.
_SPAWNER = """
import json, os, sys, time
started = time.perf_counter()
pid = os.fork()
if pid == 0:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    os.execve(sys.argv[1], sys.argv[1:], os.environ)
_, status, usage = os.wait4(pid, 0)
elapsed = time.perf_counter() - started
print(json.dumps([os.waitstatus_to_exitcode(status), elapsed, usage.ru_maxrss / 1024]))
"""


def peak_mb(command: list[str], env: dict[str, str]) -> tuple[int, float, float]:
    """(exit code, seconds, peak memory in MB) of one run of `command`, output discarded."""
    result = subprocess.run(
        [sys.executable, "-c", _SPAWNER, *command],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    code, seconds, megabytes = json.loads(result.stdout)
    return code, seconds, megabytes


def read_terminal(leader: int) -> bytes:
    """Everything written to a pseudo-terminal until its child closes it."""
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the child has closed the terminal
            break
        if not chunk:
            break
        shown += chunk
    return shown


def bench_questions() -> ModuleType:
    """bench/questions.py, the script that scores search and ask, imported as a module."""
    sys.path.insert(0, str(BENCH))
    try:
        import questions
    finally:
        sys.path.pop(0)
    return questions

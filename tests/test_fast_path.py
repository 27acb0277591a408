"""The plain reading commands skip Typer at start-up; they must behave exactly as Typer does."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import Invoke, MakeData

BIN = Path(sys.executable).parent / "neuroinfo"
SAME = [
    ["types"],
    ["types", "sensory"],
    ["symptom"],
    ["symptom", "numbness"],
    ["symptom", "pins", "and", "needles"],
    ["symptom", "numbness", "--json"],
    ["symptom", "--json", "numbness"],
    ["symptom", "numbnes"],
    ["symptom", "loss", "of"],
    ["symptom", ""],
    ["claims", "restores-nerve-damage"],
    ["claims", "--json"],
    ["refs"],
    ["refs", "ju-2017", "--json"],
    ["about", "safety"],
    ["search", "burning", "pain"],
    ["search", "zebra"],
    ["search", "pins", "--json"],
    ["--json", "symptom", "numbness"],
    ["symptoms", "numbness", "--format", "markdown"],
    ["symptom", "numbness", "-f", "md"],
    ["--color", "never", "types", "--no-pager"],
    ["claim", "--format", "json", "restores-nerve-damage"],
    ["reference", "ju-2017"],
    ["symptom", "numbness", "--format", "yaml"],
    ["check", str(Path(__file__).parent.parent / "bench" / "articles" / "seed.txt")],
    ["check", str(Path(__file__).parent.parent / "bench" / "articles" / "seed.txt"), "--json"],
    ["check", "/no/such/article.txt"],
]


def run(args: list[str], **env: str) -> subprocess.CompletedProcess[str]:
    base = {
        "PATH": "/usr/bin:/bin",
        "COLUMNS": "80",
        "XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"],
    }
    return subprocess.run(
        [str(BIN), *args], env={**base, **env}, capture_output=True, text=True, timeout=60
    )


@pytest.mark.parametrize("args", SAME, ids=[" ".join(a) or "-" for a in SAME])
def test_fast_path_matches_typer(invoke: Invoke, args: list[str]) -> None:
    fast = run(args)
    typer = invoke(*args)
    assert (fast.returncode, fast.stdout, fast.stderr) == (
        typer.exit_code,
        typer.stdout,
        typer.stderr,
    )


def test_the_environment_data_folder_is_honoured(invoke: Invoke, make_data: MakeData) -> None:
    folder = str(make_data())
    fast = run(["symptom"], NEUROINFO_DATA_DIR=folder)
    assert fast.returncode == 0
    assert fast.stdout == invoke("symptom", env={"NEUROINFO_DATA_DIR": folder}).stdout
    assert fast.stdout.startswith("Symptoms of peripheral neuropathy (1)\n")


def which_path(args: list[str]) -> bool:
    """Whether running `args` imported Typer."""
    code = (
        "import sys\nsys.argv = ['neuroinfo', *sys.argv[1:]]\nfrom neuroinfo.run import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "sys.stderr.write('TYPER' if 'typer' in sys.modules else 'FAST')"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env={**os.environ, "COLUMNS": "80"},
        timeout=60,
        cwd=os.environ["XDG_CACHE_HOME"],  # outside the repository: the installed package
    )
    assert result.stderr.endswith(("TYPER", "FAST")), result.stderr  # it ran to the end
    return result.stderr.endswith("TYPER")


@pytest.mark.parametrize(
    ("args", "uses_typer"),
    [
        (["symptom", "numbness"], False),
        (["refs", "--json"], False),
        (["search", "pins"], False),
        (["symptom", "numbness", "--format", "markdown"], False),
        (["--color", "always", "types"], False),
        (["symptoms", "--no-pager", "numbness"], False),
        (["symptom", "--help"], True),
        (["refs", "--style", "apa"], True),
        (["refs", "--format", "bibtex"], True),
        (["validate"], True),
        (["search"], True),
        ([], True),
    ],
)
def test_only_plain_reading_commands_skip_typer(args: list[str], uses_typer: bool) -> None:
    assert which_path(args) is uses_typer


def test_sqlite_names_are_the_sqlite3_packages_own() -> None:
    """neuroinfo.sqlite takes SQLite from its C module (the package imports `datetime`): the
    objects must be the ones `sqlite3` itself exports, so nothing behaves otherwise."""
    import sqlite3

    from neuroinfo import sqlite

    for name in sqlite.__all__:
        assert getattr(sqlite, name) is getattr(sqlite3, name), name


def test_a_warm_json_lookup_imports_only_what_it_needs() -> None:
    subprocess.run([str(BIN), "types"], env=_env(), capture_output=True, check=True)  # warm it
    code = (
        "import sys\nsys.argv = ['neuroinfo', 'symptom', 'numbness', '--json']\n"
        "from neuroinfo.run import main\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = ['rich', 'typer', 'yaml', 'jsonschema', 'bibtexparser', 'rispy']\n"
        "sys.stderr.write(repr([m for m in heavy if m in sys.modules]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env=_env(),
        capture_output=True,
        text=True,
        cwd=os.environ["XDG_CACHE_HOME"],  # outside the repository: the installed package
    )
    assert result.stderr == "[]"
    assert '"id": "numbness"' in result.stdout


SEED = Path(__file__).parent.parent / "bench" / "articles" / "seed.txt"


@pytest.mark.parametrize(
    ("args", "start"),
    [
        (["symptom", "numbness"], "Numbness  symptom\n"),
        (["refs"], "Bibliography (71 references)\n"),
        (["ask", "my", "feet", "burn", "at", "night"], "my feet burn at night  question\n"),
        (["search", "burning", "pain"], "31 matches for \u201cburning pain\u201d\n"),
        (["check", str(SEED)], "Checked: "),
    ],
)
def test_a_piped_page_needs_no_rich_dataclasses_typing_or_pathlib(
    args: list[str], start: str
) -> None:
    """Piped pages are drawn by neuroinfo's own layout; Rich loads only to style a page for
    a terminal; records are made without `dataclasses` (which imports `inspect`), and the
    warm path uses os.path and leaves annotations unevaluated (pathlib and typing cost
    milliseconds each at start-up), and SQLite's C module without the `sqlite3` package
    (which imports `datetime`)."""
    heavy = ["rich", "typer", "yaml", "dataclasses", "inspect", "jsonschema", "typing", "pathlib"]
    heavy += ["sqlite3", "datetime"]
    out, loaded = _run_warm(args, heavy)
    assert loaded == "[]"
    assert out.startswith(start) and "Information, not medical advice." in out


@pytest.mark.parametrize(
    "args",
    [["symptom", "numbness"], ["ask", "my", "feet", "burn", "at", "night"], ["check", str(SEED)]],
)
def test_a_styled_page_needs_no_rich(args: list[str]) -> None:
    """A page styled for a terminal is the same layout with escape codes written out in
    terminal.py: Rich does not load for it either."""
    out, loaded = _run_warm(["--color", "always", *args], ["rich", "typing", "dataclasses"])
    assert loaded == "[]"
    assert "\x1b[1m" in out and "Information, not medical advice." in out


@pytest.mark.parametrize(
    ("args", "start"),
    [
        (["symptom", "numbness"], "Numbness  symptom\n"),
        (["types"], "Peripheral neuropathy by nerve type\n"),
        (["refs"], "Bibliography (71 references)\n"),
    ],
)
def test_a_record_page_loads_no_search_and_no_forest_plot(args: list[str], start: str) -> None:
    """A page of records needs neither the search modules (ranking, asking, folding words)
    nor the forest plot, which only a claim's page draws: they load only where they are used."""
    out, loaded = _run_warm(args, ["neuroinfo.search", "neuroinfo.forest", "neuroinfo.check"])
    assert loaded == "[]"
    assert out.startswith(start) and "Information, not medical advice." in out


def _run_warm(args: list[str], modules: list[str]) -> tuple[str, str]:
    """Run a command on warm data with the page cache off, in a Python of its own: what it
    printed, and (as a list's repr) which of `modules` it loaded."""
    subprocess.run([str(BIN), "types"], env=_env(), capture_output=True, check=True)  # warm it
    code = (
        f"import sys\nsys.argv = ['neuroinfo', *{args!r}]\n"
        "from neuroinfo.run import main\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
        f"sys.stderr.write(repr([m for m in {modules!r} if m in sys.modules]))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={**_env(), "NEUROINFO_PAGE_CACHE": "off"},
        capture_output=True,
        text=True,
        cwd=os.environ["XDG_CACHE_HOME"],
    )
    return result.stdout, result.stderr


def _env() -> dict[str, str]:
    return {
        "PATH": "/usr/bin:/bin",
        "COLUMNS": "80",
        "XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"],
    }

"""Hostile environments, through the installed `neuroinfo`: other output encodings, queries
past what the store takes, numbers written the unusual YAML ways, odd paths, a cache that is
damaged, planted or contended, output that fails, absurd widths, sizes meant to exhaust
memory, and exports that must stay what they claim. Each ends with one clear message, the
documented exit code, and nothing lost, hung, executed, forged or left behind."""

import json
import os
import re
import resource
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from conftest import MakeData, peak_mb
from hypothesis import given, settings
from hypothesis import strategies as st

from neuroinfo import cache, pagecache, streams
from neuroinfo.errors import DataError
from neuroinfo.load import load

BIN = Path(sys.executable).parent / "neuroinfo"
DATA = Path(__file__).parent.parent / "data"


def env_with(**extra: str) -> dict[str, str]:
    base = {
        "PATH": "/usr/bin:/bin",
        "COLUMNS": "80",
        "LANG": "C.UTF-8",
        "XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"],
    }
    return {**base, **extra}


def run(*args: str | bytes, timeout: float = 60, **env: str) -> subprocess.CompletedProcess[bytes]:
    """The installed command; output as bytes, since encodings are under test here."""
    return subprocess.run(
        [str(BIN), *args], env=env_with(**env), capture_output=True, timeout=timeout
    )


def findings(folder: Path) -> str:
    """`neuroinfo validate FOLDER`: exit 3, no traceback; the findings it printed."""
    result = run("validate", str(folder))
    clean_failure(result, 3)
    return result.stdout.decode()


def clean_failure(result: subprocess.CompletedProcess[bytes], code: int) -> str:
    """The exit code, one or two lines on stderr and no traceback; the message."""
    message = result.stderr.decode("utf-8", "replace")
    assert result.returncode == code, message
    assert "Traceback" not in message
    return message


# ---------------------------------------------------------------- 1. output that is not UTF-8

NOT_UTF8 = [
    {"PYTHONIOENCODING": "ascii"},
    {"PYTHONIOENCODING": "latin-1"},
    {"PYTHONUTF8": "0", "LC_ALL": "C", "LANG": "C"},
]


@pytest.mark.parametrize("env", NOT_UTF8)
def test_a_text_page_falls_back_to_stand_ins_that_keep_their_meaning(env: dict[str, str]) -> None:
    result = run("symptom", "numbness", **env)
    assert clean_failure(result, 0) == ""
    encoding = "latin-1" if env.get("PYTHONIOENCODING") == "latin-1" else "ascii"
    page = result.stdout.decode(encoding)  # every byte is one the output can show
    assert "+--- very low certainty" in page  # ⊕○○○
    assert '"The symptoms of neuropathy' in page  # curly quotes made straight
    assert page.rstrip().endswith("Talk to a doctor about your own symptoms and\ntreatment.")
    if encoding == "ascii":
        assert page.isascii()
        assert "Hoerder S et al. 2023" in page


@pytest.mark.parametrize("env", NOT_UTF8)
@pytest.mark.parametrize(
    "args",
    [
        ["claims", "--json"],
        ["refs", "--json"],
        ["symptom", "numbness", "--json"],
        ["search", "pins", "--json"],
        ["validate", "--format", "json"],
        ["schema", "claims"],
    ],
)
def test_json_stays_valid_and_reads_back_the_same(env: dict[str, str], args: list[str]) -> None:
    result = run(*args, **env)
    clean_failure(result, 0)
    assert result.stdout.isascii()  # escaped, so any encoding carries it
    assert json.loads(result.stdout) == json.loads(run(*args).stdout)


@pytest.mark.parametrize("env", NOT_UTF8)
@pytest.mark.parametrize("fmt", ["bibtex", "ris", "csl-json"])
def test_exports_are_utf8_whatever_the_locale(env: dict[str, str], fmt: str) -> None:
    result = run("refs", "--format", fmt, **env)
    clean_failure(result, 0)
    assert result.stdout == run("refs", "--format", fmt).stdout
    assert "Schröder" in result.stdout.decode("utf-8") or "Schr\\" in result.stdout.decode()


@pytest.mark.parametrize("env", NOT_UTF8)
@pytest.mark.parametrize(
    "args",
    [
        ["claims", "treats-sensory-symptoms", "--format", "markdown"],
        ["about", "safety"],
        ["refs"],
        ["search", "pain"],
        ["--help"],
        ["claims"],
    ],
)
def test_every_page_prints_in_any_encoding(env: dict[str, str], args: list[str]) -> None:
    result = run(*args, **env)
    clean_failure(result, 0)
    encoding = "latin-1" if env.get("PYTHONIOENCODING") == "latin-1" else "ascii"
    assert result.stdout.decode(encoding)


@pytest.mark.parametrize("env", NOT_UTF8)
def test_messages_fall_back_too(env: dict[str, str]) -> None:
    result = run("symptom", "x" * 100, **env)
    message = clean_failure(result, 1)
    assert message.startswith("neuroinfo: no symptom matches 'xxx")
    assert "...'" in message or "…'" in message


@given(st.text(max_size=40))
@settings(max_examples=200, deadline=None)
def test_folded_text_always_encodes(text: str) -> None:
    for encoding in ("ascii", "latin-1", "cp1252", "utf-8"):
        folded = streams.fold(text, encoding)
        folded.encode(encoding)  # never raises
        if encoding == "utf-8":
            assert folded == text


def test_stand_ins_keep_their_meaning() -> None:
    assert streams.fold("⊕⊕○○ “low” – a→b … ≥ 2 · Schröder", "ascii") == (
        '++-- "low" - a->b ... >= 2 - Schroder'
    )
    assert streams.fold("Schröder ⊕", "latin-1") == "Schröder +"


# ---------------------------------------------------------------- 2. queries past the store


@pytest.mark.parametrize(
    "query",
    [
        [f"word{n}" for n in range(999)],
        ["x" * 50_000],
        [" ".join(["numbness"] * 2000)],
        ["%_nerve" * 5000],
    ],
)
def test_a_huge_query_is_bounded_and_never_mistaken_for_a_damaged_cache(
    query: list[str], tmp_path: Path
) -> None:
    run("symptom", "numbness", XDG_CACHE_HOME=str(tmp_path))  # a current cache
    (store,) = (tmp_path / "neuroinfo").glob("*.sqlite")
    before = store.stat().st_ino, store.stat().st_mtime_ns
    started = time.perf_counter()
    result = run("search", *query, XDG_CACHE_HOME=str(tmp_path))
    assert time.perf_counter() - started < 10
    assert result.returncode in (0, 1), result.stderr
    assert "Traceback" not in result.stderr.decode()
    assert len(result.stderr) < 200
    assert (store.stat().st_ino, store.stat().st_mtime_ns) == before  # not rebuilt


# ---------------------------------------------------------------- 3. numbers


def claim_with_count(value: str) -> str:
    return f"""
        claims:
          - id: helps-numbness
            statement: "It helps."
            source: ref-one
            outcome: "numbness"
            study_design: rct
            n_studies: {value}
            certainty: low
            direction: benefit
            evidence: "One trial."
            references: [ref-one]
            symptoms: [numbness]
            last_reviewed: 2025-01-01
    """


@pytest.mark.parametrize(
    "value",
    ["0x1F", "0b101", "017", "59:59:59", "1_000", "+0x10", "0x" + "f" * 4000, "1" + ":59" * 3000],
)
def test_unusual_integers_are_refused_with_their_place(make_data: MakeData, value: str) -> None:
    folder = make_data(claims_yaml=claim_with_count(value))
    started = time.perf_counter()
    found = findings(folder)
    assert time.perf_counter() - started < 10
    assert re.search(r"claims\.yaml:7:16: error: write numbers as plain decimals", found)


@pytest.mark.parametrize("value", ["11.0", "2.5", "1.5e3"])
def test_a_float_count_is_refused_not_dropped(make_data: MakeData, value: str) -> None:
    folder = make_data(claims_yaml=claim_with_count(value))
    assert "claims.yaml:7:5: error: 'n_studies' must be a whole number" in findings(folder)


def test_a_float_year_is_refused_not_dropped(make_data: MakeData) -> None:
    folder = make_data(
        references_yaml="""
        references:
          - id: ref-one
            type: article-journal
            title: "A trial"
            year: 2017.0
    """
    )
    assert "references.yaml:5:5: error: 'year' must be a year such as 2017" in findings(folder)


@given(st.integers(min_value=-(10**14), max_value=10**14))
@settings(max_examples=100, deadline=None)
def test_plain_decimal_integers_read_back_exactly(number: int) -> None:
    from neuroinfo.yamlread import read_yaml

    path = Path(os.environ["XDG_CACHE_HOME"]) / "number.yaml"
    path.write_text(f"n: {number}\n")
    value, _, problems = read_yaml(path, "number.yaml")
    assert (value, problems) == ({"n": number}, [])


@given(
    st.one_of(
        st.integers(min_value=0, max_value=10**6).map(hex),
        st.integers(min_value=0, max_value=10**6).map(bin),
        st.tuples(st.integers(1, 59), st.integers(0, 59)).map(lambda t: f"{t[0]}:{t[1]:02d}"),
        st.integers(min_value=1000, max_value=10**6).map(lambda n: f"{n:_}"),
        st.integers(min_value=1, max_value=10**6).map(lambda n: "0" + oct(n)[2:]),
        st.integers(min_value=10**15, max_value=10**40).map(str),
        st.sampled_from([".inf", "-.inf", ".nan", ".NaN", "1_0.5", "1:20.5"]),
    )
)
@settings(max_examples=150, deadline=None)
def test_other_spellings_of_numbers_are_refused(spelling: str) -> None:
    from neuroinfo.yamlread import REFUSED, read_yaml

    path = Path(os.environ["XDG_CACHE_HOME"]) / "spelling.yaml"
    path.write_text(f"n: {spelling}\n")
    value, _, problems = read_yaml(path, "spelling.yaml")
    assert value == {"n": REFUSED}
    assert [str(p) for p in problems] == [
        "spelling.yaml:1:4: error: write numbers as plain decimals of at most 15 digits, such as"
        f" 12 or 0.54 (found '{spelling if len(spelling) <= 20 else spelling[:20] + '…'}')"
    ]


# ---------------------------------------------------------------- 4. paths and names


def test_a_data_folder_whose_path_is_not_utf8(tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path) + b"/data\xff\xfe"
    os.mkdir(folder)
    for file in DATA.glob("*.yaml"):
        with open(folder + b"/" + os.fsencode(file.name), "wb") as copy:
            copy.write(file.read_bytes())
    page = run("--data-dir", folder, "symptom", "numbness")
    assert clean_failure(page, 0) == ""
    assert page.stdout.startswith(b"Numbness  symptom\n")
    summary = clean_failure(run("validate", folder), 0)
    assert "data\\xff\\xfe (" in summary
    missing = clean_failure(run("--data-dir", folder + b"\xfd", "types"), 3)
    assert missing.endswith("data\\xff\\xfe\\xfd\n")


def test_a_folder_name_with_escape_sequences_prints_inert(tmp_path: Path) -> None:
    folder = tmp_path / "data\x1b[31mRED\x1b]0;title\x07"
    folder.mkdir()
    for file in DATA.glob("*.yaml"):
        (folder / file.name).write_bytes(file.read_bytes())
    message = clean_failure(run("validate", str(folder)), 0)
    assert "\x1b" not in message and "\x07" not in message
    assert "data\\x1b[31mRED\\x1b]0;title\\x07 (" in message


def test_no_home_means_no_cache_not_a_crash(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # No $HOME: the cache goes to $XDG_CACHE_HOME (here a scratch folder, so that the run
    # never writes to the home its passwd entry names).
    result = subprocess.run(
        [str(BIN), "symptom", "numbness"],
        env={"PATH": "/usr/bin:/bin", "COLUMNS": "80", "XDG_CACHE_HOME": str(tmp_path)},
        capture_output=True,
        timeout=60,
    )
    assert clean_failure(result, 0) == ""
    assert result.stdout.startswith(b"Numbness  symptom")
    # And with neither: no cache at all, not the home the passwd entry names (a run with an
    # emptied environment writes nowhere), for the store, the pages and the patterns alike.
    monkeypatch.delenv("HOME", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    assert cache.cache_dir() is None
    assert pagecache.folder() is None and pagecache.folder("compiled") is None
    assert list(load().symptoms)[:1] == ["numbness"]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("pmid", '"29197180\\n"'),
        ("doi", '"10.1000/xyz1\\n"'),
        ("pmcid", '"PMC123\\n"'),
        ("url", '"https://example.org/\\n"'),
        ("isbn", '"978 92 9061 248 7\\n"'),
    ],
)
def test_no_pattern_accepts_a_trailing_newline(make_data: MakeData, field: str, value: str) -> None:
    folder = make_data(
        references_yaml=f"""
        references:
          - id: ref-one
            type: article-journal
            title: "A trial"
            {field}: {value}
    """
    )
    assert f"references.yaml:5:5: error: '{field}' must be" in findings(folder)


def test_an_id_with_a_trailing_newline_is_refused(make_data: MakeData) -> None:
    with pytest.raises(DataError) as caught:
        load(make_data(symptoms_yaml=MakeSymptom.with_id('"numbness\\n"')))
    assert "'id' must be lower-case words joined by hyphens" in str(caught.value)


class MakeSymptom:
    @staticmethod
    def with_id(value: str) -> str:
        return f"""
        symptoms:
          - id: {value}
            name: "Numbness"
            types: [sensory]
            summary: "Less feeling."
            seek_care: "See a doctor."
            references: [ref-one]
    """


# ---------------------------------------------------------------- 5. the cache


@pytest.fixture
def cache_home(tmp_path: Path) -> Path:
    home = tmp_path / "cache-home"
    home.mkdir(mode=0o700)
    return home


def store_in(home: Path) -> Path:
    (store,) = (home / "neuroinfo").glob("[!.]*.sqlite")
    return store


def answer(home: Path, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[bytes]:
    return run(*args, timeout=timeout, XDG_CACHE_HOME=str(home))


def test_a_record_damaged_inside_the_store_is_rebuilt(cache_home: Path) -> None:
    first = answer(cache_home, "symptom", "numbness", "--json")
    store = store_in(cache_home)
    for damage in (
        "UPDATE records SET json = substr(json, 1, 40) WHERE id = 'numbness'",
        'UPDATE records SET json = replace(json, \'"name": "Numbness"\', \'"name": null\')'
        " WHERE id = 'numbness'",
        "UPDATE records SET json = 'null' WHERE id = 'numbness'",
    ):
        with closing(sqlite3.connect(store)) as db:
            db.execute(damage)
            db.commit()
        for _ in range(2):  # this run recovers, and the next finds a sound store
            again = answer(cache_home, "symptom", "numbness", "--json")
            assert clean_failure(again, 0) == ""
            assert again.stdout == first.stdout
        store = store_in(cache_home)


def test_a_fifo_where_the_store_goes_does_not_hang(cache_home: Path) -> None:
    first = answer(cache_home, "types", "--json")
    store = store_in(cache_home)
    store.unlink()
    os.mkfifo(store)
    started = time.perf_counter()
    again = answer(cache_home, "types", "--json", timeout=30)
    assert time.perf_counter() - started < 20
    assert (clean_failure(again, 0), again.stdout) == ("", first.stdout)


def test_abandoned_build_files_are_cleared_and_live_ones_kept(
    cache_home: Path, make_data: MakeData
) -> None:
    folder = cache_home.parent / "data"
    make_data()
    answer(cache_home, "--data-dir", str(folder), "types")
    home = cache_home / "neuroinfo"
    dead = home / ".building-999999999-abc.sqlite"  # a pid no process has
    old = home / f".building-{os.getpid()}-old.sqlite"  # alive, but hours old
    live = home / f".building-{os.getpid()}-new.sqlite"  # a build under way now
    for path in (dead, old, live):
        path.write_bytes(b"half a build")
    hours_ago = time.time() - 3 * 3600
    os.utime(old, (hours_ago, hours_ago))
    symptoms = folder / "symptoms.yaml"
    symptoms.write_text(symptoms.read_text().replace("Less feeling.", "Less feeling now."))
    assert clean_failure(answer(cache_home, "--data-dir", str(folder), "types"), 0) == ""
    kept = sorted(
        p.name for p in home.iterdir() if p.name not in ("pages", "compiled", cache.HOLDER)
    )  # drawn pages, kept patterns (the build folds words); the lock holder: cache._holder_stopped
    store = store_in(cache_home).name
    assert kept == sorted([live.name, store, store + ".stamp"])


def test_odd_files_left_in_the_cache_folder_never_stop_a_build(
    cache_home: Path, make_data: MakeData
) -> None:
    """A build file named for a pid too large for the system, and a store whose recorded
    fingerprint is no text, are passed over (or cleared), never a traceback on every run."""
    folder = cache_home.parent / "data"
    make_data()
    answer(cache_home, "--data-dir", str(folder), "types")
    home = cache_home / "neuroinfo"
    (home / ".building-99999999999999999999-x.sqlite").write_bytes(b"")
    for value in (None, 42, b"bytes"):
        odd = home / f"odd-{type(value).__name__}.sqlite"
        with closing(sqlite3.connect(odd)) as db:
            db.execute("CREATE TABLE meta (key TEXT, value)")
            db.execute("INSERT INTO meta VALUES ('fingerprint', ?)", (value,))
            db.commit()
        odd.chmod(0o600)
    symptoms = folder / "symptoms.yaml"
    symptoms.write_text(symptoms.read_text().replace("Less feeling.", "Less feeling now."))
    result = answer(cache_home, "--data-dir", str(folder), "symptom", "numbness", "--json")
    assert clean_failure(result, 0) == ""
    assert json.loads(result.stdout)["summary"] == "Less feeling now."


def test_an_interrupted_build_leaves_nothing_behind(cache_home: Path, tmp_path: Path) -> None:
    big = tmp_path / "big"
    big.mkdir()
    for file in DATA.glob("*.yaml"):
        (big / file.name).write_bytes(file.read_bytes())
    with (big / "symptoms.yaml").open("a") as symptoms:  # enough to take a moment to build
        for n in range(3000):
            symptoms.write(
                f"  - id: generated-{n}\n    name: Generated {n}\n    types: [sensory]\n"
                f"    summary: A generated symptom.\n    seek_care: See a doctor.\n"
                f"    references: [nhs-inform-peripheral-neuropathy]\n"
            )
    child = subprocess.Popen(
        [str(BIN), "--data-dir", str(big), "types"],
        env=env_with(XDG_CACHE_HOME=str(cache_home)),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    home = cache_home / "neuroinfo"
    deadline = time.monotonic() + 60
    while not any(home.glob(".building-*")) and child.poll() is None:
        assert time.monotonic() < deadline
        time.sleep(0.005)
    child.send_signal(signal.SIGTERM)
    _, err = child.communicate(timeout=60)
    assert b"Traceback" not in err
    assert not list(home.glob(".building-*"))


def test_a_store_planted_by_someone_else_is_not_believed(cache_home: Path) -> None:
    if os.geteuid() != 0:
        pytest.fail("planting a file owned by another user needs root (CI runs as root)")
    honest = answer(cache_home, "symptom", "numbness", "--json")
    store = store_in(cache_home)
    with closing(sqlite3.connect(store)) as db:
        db.execute("UPDATE records SET json = replace(json, 'Reduced feeling', 'FORGED')")
        db.execute("UPDATE records SET crc = NULL")  # checksums that match nothing
        db.commit()
    # Give it the right checksums again, as a careful forger would, and hand it to another user.
    with closing(sqlite3.connect(store)) as db:
        rows = db.execute("SELECT rowid, json FROM records").fetchall()
        import zlib

        for rowid, text in rows:
            db.execute(
                "UPDATE records SET crc = ? WHERE rowid = ?", (zlib.crc32(text.encode()), rowid)
            )
        db.commit()
    os.chown(store, 12345, 12345)
    again = answer(cache_home, "symptom", "numbness", "--json")
    assert (clean_failure(again, 0), again.stdout) == ("", honest.stdout)
    assert b"FORGED" not in again.stdout


def test_a_cache_folder_others_may_write_to_is_closed_or_not_trusted(cache_home: Path) -> None:
    honest = answer(cache_home, "symptom", "numbness", "--json")
    home = cache_home / "neuroinfo"
    home.chmod(0o777)
    again = answer(cache_home, "symptom", "numbness", "--json")
    assert again.stdout == honest.stdout
    assert home.stat().st_mode & 0o077 == 0  # ours: closed to others again
    if os.geteuid() == 0:  # someone else's folder: not used at all
        store = store_in(cache_home)
        with closing(sqlite3.connect(store)) as db:
            db.execute("UPDATE records SET json = replace(json, 'Reduced feeling', 'FORGED')")
            db.commit()
        os.chown(home, 12345, 12345)
        planted = answer(cache_home, "symptom", "numbness", "--json")
        assert (clean_failure(planted, 0), planted.stdout) == ("", honest.stdout)


def test_concurrent_cold_runs_build_once(cache_home: Path, make_data: MakeData) -> None:
    folder = make_data()
    log = cache_home.parent / "builds.log"
    script = (
        "import sys\n"
        "from neuroinfo import load\n"
        "real = load.build\n"
        "def counted(folder):\n"
        f"    with open({str(log)!r}, 'a') as f: f.write('built\\n')\n"
        "    return real(folder)\n"
        "load.build = counted\n"
        f"sys.argv = ['neuroinfo', '--data-dir', {str(folder)!r}, 'symptom', 'numbness',"
        " '--json']\n"
        "from neuroinfo.run import main\n"
        "main()\n"
    )
    runs = [
        subprocess.Popen(
            [sys.executable, "-c", script],
            env=env_with(XDG_CACHE_HOME=str(cache_home)),
            cwd=cache_home,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        for _ in range(12)
    ]
    outputs = [child.communicate(timeout=120) for child in runs]
    assert [child.returncode for child in runs] == [0] * 12, [e for _, e in outputs]
    assert len({out for out, _ in outputs}) == 1
    assert log.read_text() == "built\n"


# ---------------------------------------------------------------- 6. output failures


def test_an_unbuffered_short_write_on_a_full_disk_is_an_error(tmp_path: Path) -> None:
    def small_files() -> None:  # as a nearly full disk: writes past 3,000 bytes fail
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (3000, 3000))

    for args in (["symptom", "numbness"], ["claims", "--json"], ["refs", "--format", "ris"]):
        with (tmp_path / "out").open("wb") as out:
            result = subprocess.run(
                [str(BIN), *args],
                env=env_with(PYTHONUNBUFFERED="1"),
                stdout=out,
                stderr=subprocess.PIPE,
                preexec_fn=small_files,
                timeout=60,
            )
        assert result.returncode == 1, args
        assert result.stderr.decode().startswith("neuroinfo: cannot write the output: ")


@pytest.mark.parametrize("args", [["--help"], ["--version"], ["symptom", "--help"], []])
@pytest.mark.parametrize(
    ("redirect", "message"),
    [
        (">/dev/full", "neuroinfo: cannot write the output: No space left on device\n"),
        (">&-", "neuroinfo: cannot write the output: standard output is closed\n"),
    ],
)
def test_help_and_version_that_cannot_be_written(
    args: list[str], redirect: str, message: str
) -> None:
    result = subprocess.run(
        f"'{BIN}' {' '.join(args)} {redirect}",
        shell=True,
        capture_output=True,
        env=env_with(),
        timeout=60,
    )
    assert (result.returncode, result.stderr.decode()) == (1, message)


@pytest.mark.parametrize("redirect", ["2>/dev/full", "2>&-"])
@pytest.mark.parametrize(
    ("args", "code"),
    [
        (["symptom", "numbnes"], 1),
        (["symptom", "--nope"], 2),
        (["--data-dir", "/nonexistent", "types"], 3),
        (["nonsense-command"], 2),
        (["symptom", "numbness"], 0),
    ],
)
def test_a_closed_or_full_stderr_keeps_the_exit_code(
    redirect: str, args: list[str], code: int
) -> None:
    result = subprocess.run(
        f"'{BIN}' {' '.join(args)} {redirect}",
        shell=True,
        stdout=subprocess.PIPE,
        env=env_with(),
        timeout=60,
    )
    assert result.returncode == code


@pytest.mark.parametrize("delay", [0.0, 0.01, 0.03, 0.06, 0.1])
def test_ctrl_c_at_any_moment_exits_130_quietly(delay: float) -> None:
    child = subprocess.Popen(
        [str(BIN), "refs"],
        env=env_with(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    time.sleep(delay)
    child.send_signal(signal.SIGINT)
    _, err = child.communicate(timeout=60)
    if child.returncode == 1 and err.startswith(b"Fatal Python error"):
        return  # Ctrl-C while CPython itself was still starting, before any code of ours ran
    frames = [line for line in err.splitlines() if line.startswith(b'  File "')]
    if frames and all(line.startswith(b'  File "<frozen ') for line in frames):
        return  # ... or while CPython was still finding sys.path[0]: its own frames only
    if err.count(b'  File "') == 1 and err.endswith(b", line 0, in <module>\nKeyboardInterrupt\n"):
        # ... or just after, before the launcher's first line: CPython raises a pending
        # Ctrl-C at the script's first instruction, before any statement could set a handler
        assert child.returncode == -signal.SIGINT
        return
    # 130 from neuroinfo; or, before Python itself has started, the plain SIGINT death that
    # a shell also reports as 130; or 0 for a run that had already finished.
    assert child.returncode in (0, 130, -signal.SIGINT)
    assert b"Traceback" not in err and b"KeyboardInterrupt" not in err


# ---------------------------------------------------------------- 7. widths


@pytest.mark.parametrize("columns", ["0", "1", "-5", "abc", ""])
def test_no_width_too_small_to_print(columns: str) -> None:
    result = run("symptom", "numbness", COLUMNS=columns)
    assert clean_failure(result, 0) == ""
    words = b" ".join(result.stdout.split())
    assert words.startswith(b"Numbness symptom")
    assert b"Information, not medical advice." in words


def test_a_huge_width_is_clamped() -> None:
    started = time.perf_counter()
    result = run("refs", COLUMNS="10000000")
    assert time.perf_counter() - started < 10
    clean_failure(result, 0)
    assert max(len(line) for line in result.stdout.splitlines()) <= 600


# ---------------------------------------------------------------- 8. size


def test_a_million_empty_records_are_refused_fast_in_little_memory(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "symptoms.yaml").write_text("symptoms:\n" + "- {}\n" * 1_000_000)
    code, seconds, megabytes = peak_mb([str(BIN), "validate", str(folder)], env_with())
    assert (code, seconds < 20, megabytes < 300) == (3, True, True), (seconds, megabytes)
    limit = b"symptoms.yaml:100002:3: error: a data file holds at most 100,000 records\n"
    assert run("validate", str(folder)).stdout.endswith(limit)


def test_many_broken_records_show_a_screenful_and_a_count(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "symptoms.yaml").write_text("symptoms:\n" + "- {}\n" * 20_000)
    started = time.perf_counter()
    result = run("validate", str(folder))
    assert time.perf_counter() - started < 30
    message = clean_failure(result, 3)
    lines = result.stdout.decode().splitlines()
    assert len(lines) == 101
    assert lines[-1].endswith("error: and 119,900 more problem(s) in this file, not shown")
    assert "neuroinfo: 120,000 error(s), 0 warning(s)" in message


def test_many_unknown_links_are_fast(make_data: MakeData) -> None:
    claims = "claims:\n" + "".join(
        f"  - id: c{i}\n    statement: x\n    source: ref-one\n    outcome: o\n"
        f"    study_design: rct\n    certainty: low\n    direction: benefit\n    evidence: e\n"
        f"    references: [{', '.join(f'unknown-{i}-{j}' for j in range(1000))}]\n"
        f"    last_reviewed: 2025-01-01\n"
        for i in range(300)
    )
    folder = make_data(claims_yaml=claims)
    started = time.perf_counter()
    result = run("validate", str(folder))
    assert time.perf_counter() - started < 30
    assert "300,000 error(s)" in clean_failure(result, 3)


def test_a_30_mib_string_is_refused_with_its_limit(make_data: MakeData) -> None:
    folder = make_data()
    symptoms = folder / "symptoms.yaml"
    symptoms.write_text(
        symptoms.read_text().replace('"Less feeling."', '"' + "x" * 30 * 2**20 + '"')
    )
    code, seconds, megabytes = peak_mb([str(BIN), "validate", str(folder)], env_with())
    assert (code, seconds < 20, megabytes < 400) == (3, True, True), (seconds, megabytes)
    assert "symptoms.yaml:5:14: error: a value may be at most 100,000 characters long" in (
        findings(folder)
    )
    # Below the reader's bound, the schema's own limit for a text says what it is.
    symptoms.write_text(symptoms.read_text().replace("x" * 30 * 2**20, "y" * 20_000))
    assert "'summary' may be at most this many characters long: 10,000 (it has 20,000)" in (
        findings(folder)
    )


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (
            lambda: "symptoms:\n  - id: numbness\n    aliases: [" + "x, " * 20_000 + "x]\n",
            "a list inside a record holds at most 10,000 entries",
        ),
        (
            lambda: (
                "symptoms:\n" + f"  - {{{', '.join(f'k{n}: 1' for n in range(12))}}}\n" * 90_000
            ),
            "a data file holds at most 2,000,000 values",
        ),
    ],
)
def test_lists_and_files_too_big_to_use_are_refused_early(
    tmp_path: Path, build: Any, message: str
) -> None:
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "symptoms.yaml").write_text(build())
    code, seconds, megabytes = peak_mb([str(BIN), "validate", str(folder)], env_with())
    assert (code, seconds < 30, megabytes < 700) == (3, True, True), (seconds, megabytes)
    assert message in findings(folder)


# ---------------------------------------------------------------- 9. exports


def test_an_organisation_with_and_in_its_name_stays_one_author(make_data: MakeData) -> None:
    import bibtexparser
    from pybtex.database import parse_string

    folder = make_data(
        references_yaml="""
        references:
          - id: ref-one
            type: webpage
            authors: ["Centers for Disease Control and Prevention", "Doe J"]
            title: "A page"
            url: "https://example.org/"
    """
    )
    text = run("--data-dir", str(folder), "refs", "--format", "bibtex").stdout.decode()
    assert "{Centers for Disease Control and Prevention} and Doe, J." in text
    persons = parse_string(text, "bibtex").entries["ref-one"].persons["author"]
    assert len(persons) == 2
    assert str(persons[0]) == "{Centers for Disease Control and Prevention}"
    library = bibtexparser.parse_string(text)
    assert "{Centers for Disease Control and Prevention}" in library.entries[0]["author"]


def test_markdown_keeps_addresses_and_dollars_inert(make_data: MakeData) -> None:
    import cmarkgfm
    import markdown_it

    text = (
        "Write to help@clinic.example.org or see https://evil.example/x or www.evil.com or "
        "nhs.uk; it costs $5 and $x^2$ here."
    )
    folder = make_data(
        symptoms_yaml=f"""
        symptoms:
          - id: numbness
            name: "Numbness"
            types: [sensory]
            summary: "{text}"
            seek_care: "See a doctor."
            references: [ref-one]
    """
    )
    page = run("--data-dir", str(folder), "symptom", "numbness", "-f", "markdown").stdout.decode()
    linkify = markdown_it.MarkdownIt("commonmark").enable("linkify")
    linkify.options["linkify"] = True
    for render in (cmarkgfm.github_flavored_markdown_to_html, linkify.render):
        html = render(page)
        paragraph = next(p for p in html.split("\n") if "Write to" in p)
        assert "<a " not in paragraph and "math" not in paragraph
        visible = re.sub(r"<[^>]+>", "", paragraph).replace("\u2060", "")
        assert visible == text


# ---------------------------------------------------------------- found by an independent trial


def test_a_byte_damaged_in_the_store_or_a_lost_table_is_rebuilt(cache_home: Path) -> None:
    first = answer(cache_home, "types", "--json")
    store = store_in(cache_home)
    data = store.read_bytes()
    spot = data.index(b"Damage to the nerves that make muscles move")
    store.write_bytes(data[:spot] + b"\xff" + data[spot + 1 :])  # no longer UTF-8
    again = answer(cache_home, "types", "--json")
    assert (clean_failure(again, 0), again.stdout) == ("", first.stdout)
    with closing(sqlite3.connect(store_in(cache_home))) as db:
        db.execute("DROP TABLE names")
        db.commit()
    for args in (["symptom", "numbness"], ["types", "--json"]):
        assert clean_failure(answer(cache_home, *args), 0) == ""


def test_a_damaged_name_index_never_changes_an_answer(cache_home: Path) -> None:
    honest = answer(cache_home, "symptom", "hypoesthesia", "--json")
    with closing(sqlite3.connect(store_in(cache_home))) as db:
        db.execute("UPDATE names SET id = 'tingling' WHERE key = 'hypoesthesia'")
        db.commit()
    again = answer(cache_home, "symptom", "hypoesthesia", "--json")
    assert (clean_failure(again, 0), again.stdout) == ("", honest.stdout)


@pytest.mark.parametrize("args", [["types"], ["types", "--format", "json"], ["validate"]])
def test_a_data_folder_that_cannot_be_reached_is_a_data_error(args: list[str]) -> None:
    folder = "/tmp/" + "a" * 300
    placed = [*args, folder] if args == ["validate"] else ["--data-dir", folder, *args]
    message = clean_failure(run(*placed), 3)
    assert message.startswith("neuroinfo: data folder cannot be read (File name too long): ")


@pytest.mark.parametrize("env", [{}, *NOT_UTF8])
def test_markdown_keeps_every_address_inert_in_any_encoding(
    make_data: MakeData, env: dict[str, str]
) -> None:
    import cmarkgfm
    import markdown_it

    text = "Order at пример.рф or mail help@müller.de, user@пример.рф, see //ü.com or е.com."
    folder = make_data(
        symptoms_yaml=f"""
        symptoms:
          - id: numbness
            name: "Numbness"
            types: [sensory]
            summary: "{text}"
            seek_care: "See a doctor."
            references: [ref-one]
    """
    )
    page = run("--data-dir", str(folder), "symptom", "numbness", "-f", "markdown", **env)
    page_text = page.stdout.decode("utf-8", "replace")
    linkify = markdown_it.MarkdownIt("commonmark").enable("linkify")
    linkify.options["linkify"] = True
    for render in (cmarkgfm.github_flavored_markdown_to_html, linkify.render):
        html = render(page_text)
        paragraph = next(p for p in html.split("\n") if "Order at" in p)
        assert "<a " not in paragraph, (env, paragraph)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("pmid", '"1\\u0667\\u0663\\u0665\\u0665\\u0665\\u0664\\u0667"'),  # Arabic-Indic digits
        ("doi", '"10.\\u0661\\u0661\\u0661\\u0661/j.x"'),
        ("doi", '"10.1111/x\\u202egpj.exe"'),  # a right-to-left override
        ("doi", '"10.1111/abc\\u200b"'),  # a zero-width space
        ("url", '"https://example.org/\\ufeffx"'),
    ],
)
def test_identifiers_with_foreign_digits_or_invisible_characters_are_refused(
    make_data: MakeData, field: str, value: str
) -> None:
    folder = make_data(
        references_yaml=f"""
        references:
          - id: ref-one
            type: article-journal
            title: "A trial"
            {field}: {value}
    """
    )
    assert f"references.yaml:5:5: error: '{field}' must be" in findings(folder)


def test_organisations_ending_in_capitals_stay_one_author() -> None:
    from neuroinfo.citations import split_name

    assert split_name("Centers for Disease Control and Prevention CDC") == (
        "Centers for Disease Control and Prevention CDC",
        "",
    )
    assert split_name("World Health Organization WHO") == ("World Health Organization WHO", "")
    assert split_name("Doe, John A") == ("Doe", "John A")
    assert split_name("Lavoie Smith EM") == ("Lavoie Smith", "E. M.")


def test_json_is_utf8_whatever_the_encoding() -> None:
    for args in (["types", "--json"], ["search", "pain", "--json"], ["schema", "symptoms"]):
        result = run(*args, PYTHONIOENCODING="utf-16")
        clean_failure(result, 0)
        assert json.loads(result.stdout.decode("utf-8"))


def test_a_relative_or_missing_home_gets_no_cache_and_nothing_made(tmp_path: Path) -> None:
    for home in ("relhome", str(tmp_path / "missing" / "home")):
        result = subprocess.run(
            [str(BIN), "types"],
            env={"PATH": "/usr/bin:/bin", "HOME": home},
            cwd=tmp_path,
            capture_output=True,
            timeout=60,
        )
        assert clean_failure(result, 0) == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_leading_plus_is_not_a_decimal(make_data: MakeData) -> None:
    folder = make_data(claims_yaml=claim_with_count("+12"))
    assert "write numbers as plain decimals" in findings(folder)


def test_invisible_characters_in_a_name_do_not_matter() -> None:
    result = run("symptom", "numb\u200bness")
    assert clean_failure(result, 0) == ""
    assert result.stdout.startswith(b"Numbness  symptom")


def test_stores_of_data_folders_that_are_gone_are_cleared(
    cache_home: Path, make_data: MakeData, tmp_path: Path
) -> None:
    gone = tmp_path / "gone"
    gone.mkdir()
    for file in DATA.glob("*.yaml"):
        (gone / file.name).write_bytes(file.read_bytes())
    answer(cache_home, "--data-dir", str(gone), "types")
    old = {p.name for p in (cache_home / "neuroinfo").glob("*.sqlite")}
    for file in gone.iterdir():
        file.unlink()
    gone.rmdir()
    folder = make_data()
    answer(cache_home, "--data-dir", str(folder), "types")  # a build, which tidies up
    left = {p.name for p in (cache_home / "neuroinfo").glob("*.sqlite")}
    assert not old & left and len(left) == 1
    stamps = {p.name for p in (cache_home / "neuroinfo").glob("*.stamp")}
    assert stamps == {f"{name}.stamp" for name in left}  # the store's stamp went with it

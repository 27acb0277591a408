"""Hostile and broken input, through the installed `neuroinfo`: one clear message on stderr,
the documented exit code, and nothing executed, hung or silently dropped."""

import json
import os
import re
import shutil
import stat
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import MakeData
from conftest import peak_mb as measured

BIN = Path(sys.executable).parent / "neuroinfo"
DATA = Path(__file__).parent.parent / "data"


def run(*args: str, timeout: float = 60, **env: str) -> subprocess.CompletedProcess[str]:
    base = {
        "PATH": "/usr/bin:/bin",
        "COLUMNS": "80",
        "LANG": "C.UTF-8",
        "XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"],
    }
    return subprocess.run(
        [str(BIN), *args], env={**base, **env}, capture_output=True, text=True, timeout=timeout
    )


def peak_mb(*args: str) -> tuple[int, float, float]:
    """(exit code, seconds, peak memory in MB) of one run."""
    env = {"PATH": "/usr/bin:/bin", "XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"]}
    return measured([str(BIN), *args], env)


def read_late(reader: int) -> bytes:
    """All a pipe brings, read only after half a second, so that it fills while no one reads;
    the pipe is closed after."""
    time.sleep(0.5)
    out = b""
    while chunk := os.read(reader, 65_536):
        out += chunk
    os.close(reader)
    return out


def folder_with(make_data: MakeData, name: str, build: Callable[[Path], None]) -> Path:
    """The minimal valid folder, with `name` made by `build` instead."""
    folder = make_data(**{name.replace(".", "_"): None})
    build(folder / name)
    return folder


def refused(result: subprocess.CompletedProcess[str], message: str) -> None:
    """Exit 3, the finding on stderr, nothing on stdout, no traceback."""
    assert result.returncode == 3, result.stderr
    assert result.stdout == ""
    assert message in result.stderr
    assert "Traceback" not in result.stderr


# ---------------------------------------------------------------- files that ask for too much


def test_yaml_that_builds_python_objects_runs_nothing(make_data: MakeData, tmp_path: Path) -> None:
    marker = tmp_path / "it-ran"
    folder = folder_with(
        make_data,
        "overview.yaml",
        lambda p: p.write_text(f'topics: !!python/object/apply:os.system ["touch {marker}"]\n'),
    )
    result = run("--data-dir", str(folder), "about")
    refused(
        result,
        "overview.yaml:1:9: error: YAML tag 'tag:yaml.org,2002:python/object/apply:"
        "os.system' is not allowed in data files",
    )
    assert not marker.exists()


def test_a_billion_laughs_is_refused_quickly_in_little_memory(make_data: MakeData) -> None:
    laughs = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for level in "bcdefghi":
        previous = chr(ord(level) - 1)
        laughs.append(f"{level}: &{level} [{', '.join(['*' + previous] * 9)}]")
    folder = folder_with(
        make_data, "overview.yaml", lambda p: p.write_text("\n".join(laughs) + "\n")
    )
    code, seconds, megabytes = peak_mb("--data-dir", str(folder), "validate")
    assert code == 3
    assert seconds < 10 and megabytes < 200
    result = run("--data-dir", str(folder), "validate")
    assert (
        "overview.yaml:2:4: error: anchors and aliases are not allowed in data files"
        in result.stdout
    )


def test_deep_nesting_is_refused_without_crashing(make_data: MakeData) -> None:
    folder = folder_with(
        make_data, "overview.yaml", lambda p: p.write_text("topics: " + "[" * 200_000)
    )
    started = time.perf_counter()
    result = run("--data-dir", str(folder), "about")
    # Which check fires first (ours at 32 levels, or the YAML scanner's own limit) depends on
    # the PyYAML release; what users rely on is one located finding, exit 3, quickly.
    assert result.returncode == 3, result.stderr
    assert result.stdout == ""
    finding, summary = result.stderr.splitlines()
    assert re.fullmatch(r".*overview\.yaml:1:\d+: error: \S.*", finding)
    assert summary == "neuroinfo: the data has 1 problem(s); nothing was shown"
    assert time.perf_counter() - started < 10


def test_nesting_past_our_limit_is_named_as_such(make_data: MakeData) -> None:
    folder = folder_with(make_data, "overview.yaml", lambda p: p.write_text("topics: " + "[" * 40))
    result = run("--data-dir", str(folder), "about")
    refused(result, "overview.yaml:1:40: error: nesting is deeper than 32 levels")


def test_a_huge_file_is_refused_before_it_is_read(make_data: MakeData) -> None:
    def huge(path: Path) -> None:
        with path.open("wb") as handle:
            handle.truncate(33 * 2**20)  # 33 MiB, sparse: no time spent writing it

    folder = folder_with(make_data, "references.yaml", huge)
    refused(
        run("--data-dir", str(folder), "refs"),
        "references.yaml:1:1: error: file is larger than the 32 MiB limit",
    )


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n"])
def test_an_empty_file_is_an_error_not_an_empty_list(make_data: MakeData, text: str) -> None:
    folder = folder_with(make_data, "overview.yaml", lambda p: p.write_text(text))
    result = run("--data-dir", str(folder), "about", "--json")
    assert (result.returncode, result.stdout) == (3, "")
    assert result.stderr.endswith(
        "/overview.yaml:1:1: error: the file is empty: leave it out, or write 'topics: []' "
        "for no records\nneuroinfo: the data has 1 problem(s); nothing was shown\n"
    )


def test_an_explicitly_empty_list_holds_no_records(make_data: MakeData) -> None:
    folder = folder_with(make_data, "overview.yaml", lambda p: p.write_text("topics: []\n"))
    result = run("--data-dir", str(folder), "about", "--json")
    assert (result.returncode, result.stdout, result.stderr) == (0, "[]\n", "")


@pytest.mark.parametrize(
    ("name", "build", "message"),
    [
        (
            "symptoms.yaml",
            lambda p: p.write_bytes(b"\x00\x01\x02binary\xff"),
            "symptoms.yaml:1:10: error: not UTF-8 text (byte 9)",
        ),
        (
            "symptoms.yaml",
            lambda p: p.write_bytes(b"symptoms: [\x00]\n"),
            "symptoms.yaml:1:12: error: invalid YAML: the non-printable character #x0000 "
            "is not allowed",
        ),
        (
            "symptoms.yaml",
            lambda p: p.write_bytes("symptoms: caf\xe9\n".encode("latin-1")),
            "symptoms.yaml:1:14: error: not UTF-8 text (byte 13)",
        ),
        (
            "symptoms.yaml",
            lambda p: p.mkdir(),
            "symptoms.yaml:1:1: error: cannot read file: Is a directory",
        ),
        (
            "symptoms.yaml",
            lambda p: p.symlink_to(p.parent / "missing.yaml"),
            "symptoms.yaml:1:1: error: cannot read file: a broken symbolic link (its target "
            "does not exist)",
        ),
        (
            "symptoms.yaml",
            lambda p: p.symlink_to("/dev/zero"),
            "symptoms.yaml:1:1: error: cannot read file: a symbolic link out of the data folder",
        ),
        (
            "symptoms.yaml",
            lambda p: os.mkfifo(p),
            "symptoms.yaml:1:1: error: cannot read file: not a regular file",
        ),
    ],
    ids=["binary", "nul-in-yaml", "latin-1", "directory", "broken-link", "dev-zero", "fifo"],
)
def test_files_that_cannot_be_read_as_text(
    make_data: MakeData, name: str, build: Callable[[Path], None], message: str
) -> None:
    folder = folder_with(make_data, name, build)
    refused(run("--data-dir", str(folder), "symptom", timeout=20), message)


# ---------------------------------------------------------------- records that are wrong


@pytest.mark.parametrize(
    ("symptoms", "message"),
    [
        (
            "- {id: numbness, id: numbness2, name: N, types: [sensory], summary: S, seek_care: C, "
            "references: [ref-one]}",
            "1:18: error: duplicate key 'id' (first given on line 2)",
        ),
        (
            '- {id: numbness, name: ["a list"], types: [sensory], summary: S, seek_care: C, '
            "references: [ref-one]}",
            "1:18: error: 'name' must be non-empty text",
        ),
        (
            "- {id: 12345, name: N, types: [sensory], summary: S, seek_care: C, "
            "references: [ref-one]}",
            "1:4: error: 'id' must be lower-case words joined by hyphens, such as 'muscle-cramps'",
        ),
        (
            "- {id: numbness, name: N, types: [sensory], summary: S, seek_care: C, "
            "references: [ref-one], colour: red}",
            "1:94: error: unknown field 'colour'",
        ),
        (
            "- {id: numbness, name: N, types: [sensory], summary: S, references: [ref-one]}",
            "1:3: error: missing required field 'seek_care'",
        ),
        (
            "- {id: numbness, name: N, types: [sensry], summary: S, seek_care: C, "
            "references: [ref-one]}",
            "1:35: error: unknown type 'sensry'; did you mean 'sensory'?",
        ),
    ],
    ids=[
        "duplicate-key",
        "list-for-text",
        "number-as-id",
        "unknown-field",
        "missing-field",
        "dangling-link",
    ],
)
def test_wrong_records(make_data: MakeData, symptoms: str, message: str) -> None:
    folder = make_data(symptoms_yaml=None, claims_yaml=None)
    (folder / "symptoms.yaml").write_text("symptoms:\n" + symptoms + "\n")
    refused(
        run("--data-dir", str(folder), "symptom"),
        f"symptoms.yaml:{int(message[0]) + 1}" + message[1:],
    )


def test_a_duplicate_id_across_records(make_data: MakeData) -> None:
    folder = make_data(
        references_yaml="""
        references:
          - {id: ref-one, type: webpage, title: "A"}
          - {id: ref-one, type: webpage, title: "B"}
    """
    )
    refused(
        run("--data-dir", str(folder), "refs"),
        "references.yaml:3:6: error: duplicate reference id 'ref-one'",
    )


def test_types_cannot_form_cycles(make_data: MakeData) -> None:
    folder = make_data(
        types_yaml="""
        types:
          - {id: sensory, name: S, summary: s, nerves_do: a, damage_does: b, severity: c,
             references: [ref-one]}
          - {id: mixed, name: M, summary: m, nerves_do: a, damage_does: b, severity: c,
             combines: [sensory, mixed], references: [ref-one]}
          - {id: mixed-again, name: M2, summary: m, nerves_do: a, damage_does: b, severity: c,
             combines: [mixed], references: [ref-one]}
    """
    )
    result = run("--data-dir", str(folder), "types")
    refused(result, "types.yaml:5:26: error: type 'mixed' cannot combine itself")
    assert (
        "types.yaml:7:17: error: type 'mixed' is itself a combination; combine plain types"
        in result.stderr
    )


# ---------------------------------------------------------------- text in the data


HOSTILE = (
    "[bold red]loud[/bold red] [link=https://x.example]click[/link] "
    "\x1b[31mred\x1b[0m \x1b]8;;https://evil.example\x07osc\x1b]8;;\x07 bell\x07 back\x08space "
    "\u202eesrever\u202c " + "W" * 300
)


@pytest.fixture
def hostile_folder(make_data: MakeData) -> Path:
    text = HOSTILE.encode("unicode_escape").decode("ascii").replace('"', '\\"')
    return make_data(
        symptoms_yaml=f"""
        symptoms:
          - id: numbness
            name: "Numbness"
            aliases: ["{text}"]
            types: [sensory]
            summary: "{text}"
            seek_care: "{text}"
            references: [ref-one]
    """
    )


@pytest.mark.parametrize("color", ["never", "always"])
def test_text_fields_print_as_inert_text(hostile_folder: Path, color: str) -> None:
    result = run(
        "--data-dir", str(hostile_folder), "--color", color, "symptom", "numbness", COLUMNS="40"
    )
    assert result.returncode == 0, result.stderr
    flat = re.sub(r"\x1b\[[0-9;]*m", "", result.stdout)  # our own styling, when asked for
    joined = "".join(flat.split())  # the page wraps lines; compare the text alone
    assert "[boldred]loud[/boldred]" in joined
    assert "[link=https://x.example]click[/link]" in joined
    # The data's own escape sequences are gone; only neuroinfo's own styling and links remain.
    for unsafe in ("\x1b[31m", "\x1b]8;;https://evil", "\x07", "\x08", "\u202e"):
        assert unsafe not in result.stdout
    if color == "never":
        assert "\x1b" not in result.stdout


def test_json_keeps_the_text_but_escapes_what_would_act_on_a_terminal(
    hostile_folder: Path,
) -> None:
    result = run("--data-dir", str(hostile_folder), "symptom", "numbness", "--json")
    assert result.returncode == 0, result.stderr
    for unsafe in ("\x1b", "\x07", "\x08", "\u202e", "\u202c"):
        assert unsafe not in result.stdout
    assert "\\u202eesrever\\u202c" in result.stdout
    assert json.loads(result.stdout)["summary"] == HOSTILE  # a program still reads it all


def test_long_words_keep_the_layout_at_40_columns(hostile_folder: Path) -> None:
    for args in (["symptom", "numbness"], ["symptom"], ["types", "sensory"], ["search", "loud"]):
        result = run("--data-dir", str(hostile_folder), *args, COLUMNS="40")
        assert result.returncode == 0, result.stderr
        for line in result.stdout.splitlines():
            assert len(line) <= 40 or "http" in line, line
        assert "…" not in result.stdout  # folded, never cut short
    page = run("--data-dir", str(hostile_folder), "symptom", "numbness", COLUMNS="40").stdout
    assert "W" * 300 in "".join(page.split())


# ---------------------------------------------------------------- queries


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["symptom", ""], 2, "neuroinfo: give a symptom name, or leave it out to list them all\n"),
        (
            ["symptom", "   "],
            2,
            "neuroinfo: give a symptom name, or leave it out to list them all\n",
        ),
        (["search", ""], 2, "neuroinfo: give some words to search for\n"),
        (["search", " \t "], 2, "neuroinfo: give some words to search for\n"),
        (["search", ".*[("], 2, "neuroinfo: give some words to search for\n"),
        (["symptom", "numb.*"], 0, ""),  # read as the word 'numb', never as a pattern
        (["search", "(pins|needles)"], 0, ""),
        (["symptom", "\x1b[31mred"], 1, "neuroinfo: no symptom matches '\\x1b[31mred'\n"),
    ],
)
def test_hostile_queries(args: list[str], code: int, message: str) -> None:
    result = run(*args)
    assert (result.returncode, result.stderr) == (code, message)


def test_a_10000_character_query(tmp_path: Path) -> None:
    for command in ("symptom", "search", "claims", "refs"):
        started = time.perf_counter()
        result = run(command, "numbness" * 1250)
        assert result.returncode == 1
        assert result.stderr.startswith("neuroinfo: ")
        assert len(result.stderr) < 200
        assert time.perf_counter() - started < 10


# ---------------------------------------------------------------- the environment


def test_a_closed_pipe_ends_quietly() -> None:
    result = subprocess.run(
        f"'{BIN}' refs | head -1",
        shell=True,
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": "/usr/bin:/bin", "XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"]},
    )
    assert (result.stdout, result.stderr) == ("Bibliography (71 references)\n", "")


@pytest.mark.parametrize(
    "args",
    [
        ["symptom", "numbness"],  # the fast path
        ["symptom", "numbness", "--format", "markdown"],  # through Typer
        ["refs", "--format", "bibtex"],
        ["validate", "--format", "json"],
        ["schema", "points"],
    ],
)
@pytest.mark.parametrize(
    ("redirect", "message"),
    [
        (">/dev/full", "neuroinfo: cannot write the output: No space left on device\n"),
        (">&-", "neuroinfo: cannot write the output: standard output is closed\n"),
    ],
)
def test_output_that_cannot_be_written(args: list[str], redirect: str, message: str) -> None:
    if redirect == ">/dev/full" and not Path("/dev/full").exists():
        pytest.fail("this test needs /dev/full (Linux)")
    result = subprocess.run(
        f"'{BIN}' {' '.join(args)} {redirect}",
        shell=True,
        capture_output=True,
        text=True,
        timeout=60,
        env={"PATH": "/usr/bin:/bin", "XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"]},
    )
    assert (result.returncode, result.stderr) == (1, message)


@pytest.mark.parametrize("term", ["dumb", "unknown", ""])
def test_dumb_or_no_terminal(term: str) -> None:
    result = run("symptom", "numbness", TERM=term)
    assert result.returncode == 0
    assert "\x1b" not in result.stdout
    assert result.stdout.startswith("Numbness  symptom\n")


def test_a_read_only_home_and_cache(tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    missing = tmp_path / "no-such-home"
    for env in (
        {"HOME": str(missing), "XDG_CACHE_HOME": ""},
        {"HOME": str(blocked), "XDG_CACHE_HOME": str(blocked)},
    ):
        result = run("symptom", "numbness", **env)
        assert (result.returncode, result.stderr) == (0, "")
        assert result.stdout.startswith("Numbness  symptom\n")
    assert not missing.exists()  # a home that is not there is never made


def test_data_dir_at_a_file_nothing_or_a_locked_folder(tmp_path: Path) -> None:
    file = tmp_path / "data.yaml"
    file.write_text("x: 1\n")
    # Outside the working folder a path is shown as given, never as ../../...
    assert run("--data-dir", str(file), "types").stderr == (
        f"neuroinfo: data folder is not a folder: {file}\n"
    )
    missing = run("--data-dir", str(tmp_path / "nothing"), "types")
    assert (missing.returncode, missing.stderr) == (
        3,
        f"neuroinfo: no such data folder: {tmp_path / 'nothing'}\n",
    )
    locked = tmp_path / "locked"
    shutil.copytree(DATA, locked)
    locked.chmod(0)
    try:
        result = run("--data-dir", str(locked), "types")
    finally:
        locked.chmod(stat.S_IRWXU)
    if os.geteuid() == 0:  # permission bits do not bind root, so the folder is readable
        assert result.returncode == 0
    else:
        assert result.returncode == 3
        assert result.stderr.startswith("neuroinfo: data folder cannot be read (permission denied)")


# ---------------------------------------------------------------- what check is given to read


def test_check_of_a_fifo_says_so_without_waiting_for_a_writer(tmp_path: Path) -> None:
    fifo = tmp_path / "article.txt"
    os.mkfifo(fifo)
    result = run("check", str(fifo), timeout=20)  # it used to wait for ever
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == f"neuroinfo: cannot read {fifo}: it is not a file\n"


def test_check_of_a_file_that_waits_for_more_says_so_without_waiting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file whose reads wait for what comes next (/proc/kmsg, as root) is a stream: check
    refuses it at once. Read without waiting, such a file fails as this one is made to."""
    import errno

    from typer.testing import CliRunner

    from neuroinfo.check import reading
    from neuroinfo.cli import app

    article = tmp_path / "kmsg"
    article.write_text("Acupuncture restores damaged nerves.\n", encoding="utf-8")

    def would_wait(fd: int, size: int) -> bytes:
        raise BlockingIOError(errno.EAGAIN, "would wait")

    monkeypatch.setattr(reading.os, "read", would_wait)
    result = CliRunner().invoke(app, ["check", str(article)])
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (
        f"neuroinfo: cannot read {article}: it is a stream that waits for more, not a file\n"
    )


def test_check_of_a_socket_or_a_name_of_spaces_says_what_it_is(tmp_path: Path) -> None:
    """A socket cannot be opened ("no such device or address"): it is no file to read. A
    name of spaces, or one ending in a space, is quoted, so that the message shows it."""
    import socket

    listening = socket.socket(socket.AF_UNIX)
    try:
        listening.bind(str(tmp_path / "article.txt"))
        result = run("check", str(tmp_path / "article.txt"))
        assert (result.returncode, result.stdout) == (1, "")
        assert result.stderr == f"neuroinfo: cannot read {tmp_path}/article.txt: it is not a file\n"
    finally:
        listening.close()
    for name in (" ", "notes.txt "):
        result = run("check", name)
        assert (result.returncode, result.stderr) == (
            1,
            f"neuroinfo: cannot read '{name}': no such file or directory\n",
        )


@pytest.mark.parametrize(
    "codec", ["hex", "base64", "zlib", "rot13", "idna", "punycode", "undefined", "unicode_escape"]
)
def test_a_page_that_declares_a_codec_no_page_is_written_in(codec: str) -> None:
    """Python knows codecs that are no text encoding of a web page: a page that names one is
    read as Windows-1252, as any other page that is not UTF-8 is, never a traceback."""
    page = f'<meta charset="{codec}"><p>Acupuncture restores nerve damage, caf\xe9.</p>\n'
    result = subprocess.run(
        [str(BIN), "check", "-", "--json"],
        env={"PATH": "/usr/bin:/bin", "XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"]},
        input=page.encode("latin-1"),
        capture_output=True,
        timeout=60,
    )
    assert (result.returncode, result.stderr) == (0, b"")
    [finding] = json.loads(result.stdout)
    assert finding["sentence"] == "Acupuncture restores nerve damage, caf\u00e9."
    assert finding["claim"] == "restores-nerve-damage"


def test_check_of_standard_input_closed_at_start() -> None:
    result = subprocess.run(
        [str(BIN), "check", "-"],
        env={"PATH": "/usr/bin:/bin", "XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"]},
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=lambda: os.close(0),
    )
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == "neuroinfo: cannot read standard input: it is closed\n"


@pytest.mark.parametrize("fmt", ["text", "markdown", "json", "claimreview"])
def test_check_of_a_file_whose_name_is_not_utf8(tmp_path: Path, fmt: str) -> None:
    """Its name is shown as messages show it, in every format (JSON as UTF-8 too)."""
    name = os.fsdecode(b"caf\xe9 \x1b[31mnews.txt")
    (tmp_path / name).write_text("Acupuncture eases nerve pain.\n", encoding="utf-8")
    result = subprocess.run(
        [str(BIN), "check", name, "--format", fmt],
        cwd=tmp_path,
        env={"PATH": "/usr/bin:/bin", "XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"]},
        capture_output=True,
        timeout=60,
    )
    assert (result.returncode, result.stderr) == (0, b"")
    out = result.stdout.decode("utf-8")
    assert "\x1b" not in out
    if fmt == "claimreview":
        (review,) = json.loads(out)
        assert review["itemReviewed"]["appearance"]["name"] == "caf\\xe9 \\x1b[31mnews.txt"
    elif fmt == "text":
        assert out.startswith("Checked: caf\\xe9 \\x1b[31mnews.txt  article\n")


def test_check_refuses_a_text_far_longer_than_an_article(tmp_path: Path) -> None:
    """Each claim takes time to judge: 40,000 of them took 22 s, 5,000 up to 12 s. Past 3,000
    sentences, check says so at once."""
    book = tmp_path / "book.txt"
    book.write_text("Acupuncture cures neuropathy. " * 4_000, encoding="utf-8")
    result = run("check", str(book), timeout=20)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == (
        f"neuroinfo: cannot check {book}: it has over 3,000 sentences;"
        " check reads one article at a time\n"
    )


@pytest.mark.parametrize("unit", ["<a ", "<!--", "<!-- x --", "<x", "<![CDATA[", "<a b='"])
def test_html_of_tags_that_never_close_is_read_in_one_pass(tmp_path: Path, unit: str) -> None:
    """Python's HTML parser takes time that grows with the square of such a page's length
    (a 30 kB page of "<a <a ..." took 5 s; this one, minutes): they are made text first."""
    page = tmp_path / "page.html"
    page.write_text(f"<p>Acupuncture eases nerve pain.</p>{unit * 50_000}", encoding="utf-8")
    result = run("check", str(page), "--json", timeout=30)
    assert (result.returncode, result.stderr) == (0, "")
    assert [f["sentence"] for f in json.loads(result.stdout)] == ["Acupuncture eases nerve pain."]


@pytest.mark.parametrize("kind", ["txt", "md"])
def test_a_line_that_opens_on_a_long_run_of_spaces_is_read_in_one_pass(
    tmp_path: Path, kind: str
) -> None:
    """A table rule's pattern read a line of 200,000 spaces in time that grew with the square
    of their number (five minutes)."""
    article = tmp_path / f"spaces.{kind}"
    article.write_text(" " * 200_000 + "Acupuncture eases nerve pain.\n", encoding="utf-8")
    result = run("check", str(article), "--json", timeout=20)
    assert (result.returncode, result.stderr) == (0, "")
    assert [f["sentence"] for f in json.loads(result.stdout)] == ["Acupuncture eases nerve pain."]


def test_a_text_far_over_the_limit_is_refused_before_it_is_split(tmp_path: Path) -> None:
    """Ten MiB of one-letter lines took 20 s to split before the limit refused them."""
    article = tmp_path / "letters.txt"
    article.write_text("a\n" * 5_000_000, encoding="utf-8")
    result = run("check", str(article), timeout=10)
    assert (result.returncode, result.stdout) == (1, "")
    assert "its text is over 500,000 characters" in result.stderr


def test_a_numeric_reference_too_long_to_be_a_character(tmp_path: Path) -> None:
    """HTML allows leading zeros: a 4,303-digit "&#000...065;" is an "A", and one that is
    no character at all is read as U+FFFD, as a browser reads it; never a traceback."""
    page = tmp_path / "page.html"
    zeros = "0" * 4301
    page.write_text(
        f"<p>Acupuncture restores nerve damage &#{zeros}65; &#x0041; &#{'9' * 5000};.</p>",
        encoding="utf-8",
    )
    result = run("check", str(page), "--json", timeout=20)
    assert (result.returncode, result.stderr) == (0, "")
    [finding] = json.loads(result.stdout)
    assert finding["sentence"] == "Acupuncture restores nerve damage A A \ufffd."


def test_output_to_a_pipe_left_non_blocking_waits_for_the_reader(tmp_path: Path) -> None:
    """A parent may hand over a pipe set non-blocking: once it is full, a write fails at once
    ("Resource temporarily unavailable") unless it waits, as it now does."""
    import fcntl

    env = {"PATH": "/usr/bin:/bin", "XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"]}
    expected = subprocess.run(
        [str(BIN), "refs", "--json"], env=env, capture_output=True, check=True
    ).stdout
    assert len(expected) > 65_536  # more than a pipe holds
    for extra in ({}, {"NEUROINFO_PAGE_CACHE": "off"}, {"PYTHONUNBUFFERED": "1"}):
        reader, writer = os.pipe()
        flags = fcntl.fcntl(writer, fcntl.F_GETFL)
        fcntl.fcntl(writer, fcntl.F_SETFL, flags | os.O_NONBLOCK)
        child = subprocess.Popen(
            [str(BIN), "refs", "--json"],
            env={**env, **extra},
            stdout=writer,
            stderr=subprocess.PIPE,
        )
        os.close(writer)
        out = read_late(reader)
        assert child.wait(timeout=60) == 0
        assert child.stderr is not None and child.stderr.read() == b""
        assert out == expected


@pytest.mark.parametrize("encoding", ["idna", "punycode", "ascii"])
def test_any_output_encoding_python_starts_with(encoding: str) -> None:
    """IDNA takes no error handler, so it cannot carry stand-ins: ASCII is written instead."""
    shown = run("symptom", "numbness", PYTHONIOENCODING=encoding)
    assert (shown.returncode, shown.stderr) == (0, "")
    assert shown.stdout.startswith("Numbness  symptom\n")
    assert "Information, not medical advice." in shown.stdout
    missing = run("symptom", "no-such-symptom", PYTHONIOENCODING=encoding)
    assert (missing.returncode, missing.stdout) == (1, "")
    assert missing.stderr.startswith("neuroinfo: no symptom matches 'no-such-symptom'")


def test_words_typed_in_a_locale_that_cannot_decode_them() -> None:
    """In a C locale with PYTHONUTF8=0, "ñumbness" reaches Python as undecodable bytes; it is
    read as the UTF-8 the terminal sent, not as no words at all."""
    env = {"LANG": "C", "LC_ALL": "C", "PYTHONUTF8": "0"}
    found = run("search", "ñumbness", **env)
    assert (found.returncode, found.stderr) == (0, "")
    assert "symptom  numbness" in found.stdout
    asked = run("ask", "can", "acupuncture", "help", "my", "ñumb", "feet", **env)
    assert (asked.returncode, asked.stderr) == (0, "")
    assert "Nothing matched" not in asked.stdout


@pytest.mark.parametrize(
    ("command", "what"),
    [
        (["symptom"], "symptom"),
        (["types"], "nerve type"),
        (["claims"], "claim"),
        (["about"], "topic"),
        (["refs", "--cited-by"], "claim, symptom, nerve type, point or topic"),
    ],
)
@pytest.mark.parametrize("locale", ["C.UTF-8", "C"])
def test_a_name_that_is_not_utf8_is_not_found_not_a_crash(
    command: list[str], what: str, locale: str
) -> None:
    """A Latin-1 byte typed into a UTF-8 terminal ("numbn\xe9ss") is a name nothing matches,
    shown inert in the message, whatever the locale."""
    env = {"PATH": "/usr/bin:/bin", "LANG": locale, "LC_ALL": locale, "PYTHONUTF8": "0"}
    env["XDG_CACHE_HOME"] = os.environ["XDG_CACHE_HOME"]
    done = subprocess.run(
        [str(BIN), *command, b"numbn\xe9ss"], env=env, capture_output=True, timeout=60
    )
    assert (done.returncode, done.stdout) == (1, b"")
    assert done.stderr.decode().startswith(f"neuroinfo: no {what} matches 'numbn\\xe9ss'")


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (
            [b"symptom", b"numb\xffness"],
            "no symptom matches 'numb\\xffness'; did you mean: numbness",
        ),
        ([b"points", b"ST\xff36"], "no point matches 'ST\\xff36'; did you mean: ST36"),
        ([b"symptom", b"\xff"], "no symptom matches '\\xff'"),
        (
            [b"refs", b"--cited-by", b"\xff"],
            "no claim, symptom, nerve type, point or topic matches",
        ),
        (
            [b"refs", b"--format", b"bib\xfftex"],
            "invalid value for '--format' / '-f': 'bib\\xfftex'",
        ),
    ],
)
def test_a_byte_that_is_not_utf8_is_never_dropped_from_a_name(args: list[bytes], said: str) -> None:
    """'numb\\xffness' showed the numbness page (the byte dropped, the two halves read
    together), though a near miss is never read as the name; '\\xff' alone was told to give
    a name; Click's message showed the byte as \\udcff where all others show \\xff."""
    env = {"PATH": "/usr/bin:/bin", "LC_ALL": "C.UTF-8"}
    env["XDG_CACHE_HOME"] = os.environ["XDG_CACHE_HOME"]
    done = subprocess.run([str(BIN), *args], env=env, capture_output=True, timeout=60)
    assert done.returncode in (1, 2)
    assert done.stdout == b""
    assert done.stderr.decode().startswith(f"neuroinfo: {said}")


def test_a_data_file_linked_out_of_its_folder_is_not_read(tmp_path: Path) -> None:
    """Its lines would be quoted back in the findings: a CI job validating a folder from a
    pull request would print a secret file into its log."""
    secret = tmp_path / "secret.txt"
    secret.write_text("root:s3cr3t-hash:20228:0:99999:7:::\n", encoding="utf-8")
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder)
    (folder / "points.yaml").unlink()
    (folder / "points.yaml").symlink_to(secret)
    for args in (["validate", str(folder)], ["--data-dir", str(folder), "types"]):
        result = run(*args)
        assert result.returncode == 3
        assert "s3cr3t" not in result.stdout + result.stderr
        assert (
            "points.yaml:1:1: error: cannot read file: a symbolic link out of the data folder"
            in (result.stdout + result.stderr)
        )
    (folder / "points.yaml").unlink()
    (folder / "own-points.yaml").write_bytes((DATA / "points.yaml").read_bytes())
    (folder / "points.yaml").symlink_to("own-points.yaml")  # a link inside it is its own file
    assert run("validate", str(folder)).returncode == 0


@pytest.mark.parametrize("words", [2_100, 20_000])
def test_an_emergency_at_the_end_of_a_long_message_is_not_cut_off(words: int) -> None:
    """The signs were read in the first 2,000 different words (or 100,000 characters) only."""
    import random

    chance = random.Random(words)
    filler = [
        "".join(chance.choice("bcdfghjklmnpqrstvwxz") for _ in range(7)) for _ in range(words)
    ]
    parts = [" ".join(filler[i : i + 5000]) for i in range(0, words, 5000)]  # each under 128 kB
    result = run("ask", *parts, "and since this morning I suddenly cannot pee at all")
    assert (result.returncode, result.stderr) == (0, "")
    assert "GET HELP AT ONCE" in result.stdout


def test_check_refuses_a_text_of_over_half_a_million_characters(tmp_path: Path) -> None:
    """Few sentences, each long: 5,000 of 1,900 characters took 36 s to judge."""
    long = "Acupuncture eases the nerve pain of many people, " * 40 + "quickly. "
    book = tmp_path / "long.txt"
    book.write_text(long * 600, encoding="utf-8")  # 600 sentences, 1.2 million characters
    result = run("check", str(book), timeout=20)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == (
        f"neuroinfo: cannot check {book}: its text is over 500,000 characters;"
        " check reads one article at a time\n"
    )


def test_commands_run_from_a_working_folder_that_was_deleted(tmp_path: Path) -> None:
    """Showing a path relative to the working folder asked for that folder, which failed:
    "cannot write the output: No such file or directory" from every command; so did keying
    the cache by a data folder given relative to it (the data is read without the cache)."""
    gone = tmp_path / "gone"
    gone.mkdir()
    shutil.copytree(DATA, tmp_path / "data")
    seed = Path(__file__).parent.parent / "bench" / "articles" / "seed.txt"
    script = (
        f"cd '{gone}' && rmdir '{gone}' && '{BIN}' types && '{BIN}' check '{seed}' --json"
        f" && '{BIN}' --data-dir ../data symptom numbness"
    )
    env = {"PATH": "/usr/bin:/bin", "XDG_CACHE_HOME": str(tmp_path / "cache")}
    result = subprocess.run(
        ["sh", "-c", script], env=env, capture_output=True, text=True, timeout=60
    )
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.startswith("Peripheral neuropathy by nerve type\n")
    assert '"claim": "research-confirms-benefit"' in result.stdout
    assert "\nNumbness  symptom\n" in result.stdout


@pytest.mark.parametrize(
    ("opening", "unit"),
    [("<ul><li><ul>", "<li></li>"), ("<p>", "<div></div>"), ("<table><tr><td>", "<td></td>")],
)
def test_html_whose_implied_end_tags_are_far_down_is_read_in_one_pass(
    tmp_path: Path, opening: str, unit: str
) -> None:
    """An element whose end tag is left out is looked for near the top of the open ones only:
    50,000 items each searching 50,000 open elements would take hours."""
    page = tmp_path / "page.html"
    page.write_text(
        f"<p>Acupuncture eases nerve pain.</p>{opening}{'<b>' * 50_000}{unit * 50_000}",
        encoding="utf-8",
    )
    result = run("check", str(page), "--json", timeout=30)
    assert (result.returncode, result.stderr) == (0, "")
    assert [f["sentence"] for f in json.loads(result.stdout)] == ["Acupuncture eases nerve pain."]


@pytest.mark.parametrize("umask", [0o000, 0o777, 0o022])
def test_cache_folders_neuroinfo_makes_are_private_whatever_the_umask(
    tmp_path: Path, umask: int
) -> None:
    """~/.cache was made with the umask's mode: open to all with 000, closed to all with
    777. The XDG rules ask for 0700. Under umask 777 the cache's files were made 000 too,
    unreadable to their own (non-root) user, so every run wrote them again: files are 600."""
    home = tmp_path / "home"
    home.mkdir()
    article = DATA.parent / "bench" / "articles" / "seed.txt"
    for args in (["types"], ["check", str(article)]):
        result = subprocess.run(
            [str(BIN), *args],
            env={"PATH": "/usr/bin:/bin", "HOME": str(home)},
            capture_output=True,
            text=True,
            timeout=60,
            preexec_fn=lambda: os.umask(umask),
        )
        assert (result.returncode, result.stderr) == (0, "")
    for folder in (home / ".cache", home / ".cache" / "neuroinfo"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    made = list((home / ".cache" / "neuroinfo").rglob("*"))
    assert any(p.name.endswith(".page") for p in made)
    assert any(p.name.endswith(".sqlite") for p in made)
    for path in made:
        assert stat.S_IMODE(path.stat().st_mode) == (0o700 if path.is_dir() else 0o600), path


def test_check_of_standard_input_left_non_blocking_waits_for_the_writer() -> None:
    """A parent may hand over standard input set non-blocking: a read then fails at once
    ("a traceback"), or gives only what has arrived so far (the article checked cut short,
    exit 0). The article is read to its end, however it arrives."""
    import fcntl

    article = (Path(__file__).parent.parent / "bench" / "articles" / "seed.txt").read_bytes()
    env = {"PATH": "/usr/bin:/bin", "XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"]}
    whole = subprocess.run(
        [str(BIN), "check", "-", "--json"], env=env, input=article, capture_output=True
    )
    assert whole.returncode == 0
    for first in (0, 700):  # nothing there yet; part of the article there
        reader, writer = os.pipe()
        flags = fcntl.fcntl(reader, fcntl.F_GETFL)
        fcntl.fcntl(reader, fcntl.F_SETFL, flags | os.O_NONBLOCK)
        os.write(writer, article[:first])
        child = subprocess.Popen(
            [str(BIN), "check", "-", "--json"],
            env=env,
            stdin=reader,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        os.close(reader)
        time.sleep(0.5)
        os.write(writer, article[first:])
        os.close(writer)
        out, err = child.communicate(timeout=60)
        assert (child.returncode, err) == (0, b"")
        assert out == whole.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["\x1b[2J"],  # no such command
        ["help", "\x1b]0;PWNED\x07\x1b[2J"],
        ["types", "--\x1b[2J=1"],  # no such option, by Click
        ["symptom", "x", "-\x1b[2J"],
    ],
)
def test_escape_sequences_typed_are_shown_inert_in_every_message(args: list[str]) -> None:
    """Every message that echoes what was typed shows a control character as \\xNN, so that
    no argument can clear the screen or retitle the window through an error."""
    result = run(*args)
    assert result.returncode == 2
    assert result.stderr.startswith("neuroinfo: ")
    assert "\\x1b" in result.stderr
    assert not any(c in result.stderr for c in "\x1b\x07")


@pytest.mark.parametrize("megabytes", [16, 18, 20, 24, 32])
def test_a_memory_limit_too_low_is_one_message_never_a_traceback(megabytes: int) -> None:
    """Under a low address-space limit, loading zlib or SQLite's library fails ("failed to
    map segment from shared object") before any of neuroinfo runs, and later a MemoryError
    may come anywhere: either way one line says so, never a traceback. (Below about 13 MB
    Python itself cannot start, before any of neuroinfo runs: not tested here.)"""
    import resource

    def limited() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (megabytes * 10**6, megabytes * 10**6))

    env = {"PATH": "/usr/bin:/bin", "XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"]}
    for args in (["types"], ["check", str(DATA.parent / "bench" / "articles" / "seed.txt")]):
        result = subprocess.run(
            [str(BIN), *args], env=env, capture_output=True, text=True, preexec_fn=limited
        )
        assert "Traceback" not in result.stderr
        if result.returncode != 0:
            assert result.returncode == 1
            assert result.stderr.startswith("neuroinfo: ")
            assert result.stderr.count("\n") == 1


def test_a_closed_standard_output_fails_only_what_prints() -> None:
    """With standard output closed, a command that prints nothing there ends as it would:
    validate reports on stderr, and a name that matches nothing says so, not that the
    output could not be written."""
    env = {"PATH": "/usr/bin:/bin", "XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"]}

    def closed(*args: str) -> subprocess.CompletedProcess[str]:
        line = " ".join(f"'{a}'" for a in (str(BIN), *args))
        return subprocess.run(
            f"{line} >&-", shell=True, capture_output=True, text=True, timeout=60, env=env
        )

    checked = closed("validate", str(DATA))
    assert checked.returncode == 0
    assert checked.stderr.startswith("neuroinfo: 0 error(s), 0 warning(s) in ")
    missing = closed("symptom", "numbnes")
    assert (missing.returncode, missing.stderr) == (
        1,
        "neuroinfo: no symptom matches 'numbnes'; did you mean: numbness\n",
    )


@pytest.mark.parametrize("home", [None, "relhome", "/nonexistent-neuroinfo-home"])
def test_completion_is_not_installed_without_a_real_home(tmp_path: Path, home: str | None) -> None:
    """With no $HOME, Click wrote the completion script and a line in .bashrc into the
    password file's home; with a relative one, under the working folder; with one that does
    not exist, it made it. Each is now one message, and nothing is written."""
    env = {"PATH": "/usr/bin:/bin"} | ({"HOME": home} if home is not None else {})
    result = subprocess.run(
        [str(BIN), "--install-completion", "bash"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("neuroinfo: cannot install completion: $HOME is ")
    assert list(tmp_path.iterdir()) == []
    assert not Path("/nonexistent-neuroinfo-home").exists()


@pytest.mark.parametrize("tag", ["<p>", "<br>", "<div>", "<script></script>"])
def test_a_page_of_too_many_tags_is_refused_before_it_is_parsed(tmp_path: Path, tag: str) -> None:
    """Parsing comes before any count of sentences: 10 MiB of "<p>" took 40 s and 2 GB. Past
    200,000 tags, check says so at once; a page just under it is checked in a few seconds."""
    page = tmp_path / "page.html"
    page.write_text(
        f"<html><body>{tag * 400_000}<p>Acupuncture cures neuropathy.</p></body></html>",
        encoding="utf-8",
    )
    result = run("check", str(page), timeout=10)
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == (
        f"neuroinfo: cannot check {page}: it holds over 200,000 tags;"
        " check reads one article at a time\n"
    )
    page.write_text(
        f"<html><body>{tag * 50_000}<p>Acupuncture cures neuropathy.</p></body></html>",
        encoding="utf-8",
    )
    result = run("check", str(page), "--json", timeout=20)
    assert (result.returncode, result.stderr) == (0, "")
    assert [f["sentence"] for f in json.loads(result.stdout)] == ["Acupuncture cures neuropathy."]


def test_a_store_locked_by_another_program_costs_no_wait(tmp_path: Path) -> None:
    """A program holding a write lock on the compiled store (an sqlite3 shell, a backup
    tool) made each run wait out SQLite's lock timeout twice: 10 s. The store is rebuilt."""
    import sqlite3

    env = {"XDG_CACHE_HOME": str(tmp_path)}
    assert run("types", **env).returncode == 0
    [store] = (tmp_path / "neuroinfo").glob("*.sqlite")
    holder = sqlite3.connect(store, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        started = time.monotonic()
        shown = run("symptom", "tingling", **env)
        elapsed = time.monotonic() - started
    finally:
        holder.close()
    assert (shown.returncode, shown.stderr) == (0, "")
    assert shown.stdout.startswith("Tingling (pins and needles)  symptom\n")
    assert elapsed < 4, elapsed


def test_messages_to_a_pipe_left_non_blocking_wait_for_the_reader(make_data: MakeData) -> None:
    """A message longer than the pipe holds, to a stderr pipe set non-blocking: the end of
    it ("the data has N problems; nothing was shown") was dropped once the pipe was full."""
    import fcntl

    bad = "".join(
        f"  - {{id: s{n}, name: N, types: [sensry], summary: S, seek_care: C, "
        "references: [ref-one]}\n"
        for n in range(200)
    )
    folder = make_data(symptoms_yaml="symptoms:\n" + bad, claims_yaml=None)
    env = {"PATH": "/usr/bin:/bin", "XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"]}
    expected = run("--data-dir", str(folder), "types").stderr
    assert len(expected) > 4096 * 2
    reader, writer = os.pipe()
    fcntl.fcntl(writer, fcntl.F_SETPIPE_SZ, 4096)  # the smallest pipe
    fcntl.fcntl(writer, fcntl.F_SETFL, fcntl.fcntl(writer, fcntl.F_GETFL) | os.O_NONBLOCK)
    child = subprocess.Popen(
        [str(BIN), "--data-dir", str(folder), "types"],
        env={**env, "COLUMNS": "80", "LANG": "C.UTF-8"},
        stdout=subprocess.DEVNULL,
        stderr=writer,
    )
    os.close(writer)
    out = read_late(reader)
    assert child.wait(timeout=60) == 3
    assert out.decode() == expected


def test_a_blank_folder_name_is_refused_or_shown_in_quotes(tmp_path: Path) -> None:
    """`validate ''` validated the working folder (`--data-dir ''` is refused), and a data
    folder of spaces was named in its message as nothing at all."""
    for blank in ("", " "):
        result = run("validate", blank)
        assert (result.returncode, result.stdout) == (2, "")
        assert result.stderr == (
            "neuroinfo: validate needs a folder (or none, for the data in use)\n"
        )
    env = {"PATH": "/usr/bin:/bin", "XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"]}
    spaces = subprocess.run(
        [str(BIN), "types"],
        env={**env, "NEUROINFO_DATA_DIR": " "},
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (spaces.returncode, spaces.stderr) == (3, "neuroinfo: no such data folder: ' '\n")

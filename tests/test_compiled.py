"""The check's kept pattern programs: every cue served from the file is the pattern
`re.compile` makes; a damaged, foreign, planted or stale file is never used, only
replaced; with no cache folder the patterns are compiled as usual."""

import json
import os
import re
import subprocess
import sys
import zlib
from pathlib import Path
from typing import Any

from neuroinfo import compiled

# Imports the check's modules in a fresh Python and prints, as JSON: how many of the patterns
# of the cues and of the text's reading were compiled the usual way (not served from the
# file), and whether every one of them is the pattern re.compile makes of its source and flags.
PROBE = """
import json, re
made = []
usual = re.compile
re.compile = lambda source, flags=0: (made.append(source), usual(source, flags))[1]
from neuroinfo.check import claims, cues, reading, sentences
def found(value):
    if isinstance(value, re.Pattern):
        return [value] if isinstance(value.pattern, str) else []  # bytes: compiled as usual
    if isinstance(value, (list, tuple)):
        return [p for item in value for p in found(item)]
    if isinstance(value, dict):
        return [p for item in value.values() for p in found(item)]
    return []
patterns = [p for m in (cues, reading, sentences) for v in vars(m).values() for p in found(v)]
patterns = list({id(p): p for p in patterns}.values())  # one named twice counts once
sources = {p.pattern for p in patterns}
def same(p):
    q = usual(p.pattern, p.flags)
    return (p, p.groups, p.groupindex) == (q, q.groups, q.groupindex)
print(json.dumps({
    "patterns": len(patterns),
    "compiled": len([s for s in made if s in sources]),
    "same": all(same(p) for p in patterns),
}))
"""


# ... and the same of the search's patterns (folding words, and the signs and framings of
# questions), kept in a file of their own, which a run writes as it ends.
SEARCH_PROBE = PROBE.replace(
    "from neuroinfo.check import claims, cues, reading, sentences",
    "from neuroinfo.search import ask, signs, text\n"
    "from neuroinfo import compiled\ncompiled.keep()",
).replace("(cues, reading, sentences)", "(ask, signs, text)")


def probe(home: Path | None, code: str = PROBE, **extra: str) -> dict[str, int | bool]:
    environment = {"PATH": os.environ["PATH"], **extra}
    if home is not None:
        environment["XDG_CACHE_HOME"] = str(home)
    done = subprocess.run(
        [sys.executable, "-c", code], env=environment, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    return json.loads(done.stdout)


SEED = Path(__file__).parent.parent / "bench" / "articles" / "seed.txt"


def kept_file(home: Path) -> Path:
    """This Python's file (named by a digest of its version and regex engine)."""
    return home / "neuroinfo" / "compiled" / compiled.CHECK.file_name()


def test_the_cues_are_compiled_once_then_served_from_the_file(tmp_path: Path) -> None:
    first = probe(tmp_path)
    assert first["patterns"] > 50
    assert first["compiled"] == first["patterns"]
    assert first["same"] is True
    written = kept_file(tmp_path).read_bytes()
    assert written.startswith(compiled.MAGIC)
    assert oct(kept_file(tmp_path).stat().st_mode & 0o777) == oct(0o600)
    again = probe(tmp_path)
    assert again == {"patterns": first["patterns"], "compiled": 0, "same": True}
    assert kept_file(tmp_path).read_bytes() == written  # nothing to write again


def test_the_searchs_patterns_are_kept_in_a_file_of_their_own(tmp_path: Path) -> None:
    first = probe(tmp_path, SEARCH_PROBE)
    assert first["patterns"] > 30
    assert first["compiled"] == first["patterns"]
    assert first["same"] is True
    folder = tmp_path / "neuroinfo" / "compiled"
    assert sorted(p.name for p in folder.iterdir()) == [compiled.SEARCH.file_name()]
    again = probe(tmp_path, SEARCH_PROBE)
    assert again == {"patterns": first["patterns"], "compiled": 0, "same": True}
    # a question's run keeps them as it ends, and a check's run keeps the check's beside them
    home = tmp_path / "run"
    environment = {"PATH": os.environ["PATH"], "XDG_CACHE_HOME": str(home)}
    for args in (["ask", "my", "feet", "burn"], ["check", str(SEED)]):
        done = subprocess.run(
            [sys.executable, "-m", "neuroinfo", *args], env=environment, capture_output=True
        )
        assert done.returncode == 0
    assert sorted(p.name for p in (home / "neuroinfo" / "compiled").iterdir()) == sorted(
        [compiled.CHECK.file_name(), compiled.SEARCH.file_name()]
    )
    assert probe(home, SEARCH_PROBE)["compiled"] == 0
    assert probe(home)["compiled"] == 0


def test_a_damaged_file_is_ignored_and_replaced(tmp_path: Path) -> None:
    probe(tmp_path)
    good = kept_file(tmp_path).read_bytes()
    for position in (len(compiled.MAGIC) + 3, len(good) // 2, len(good) - 2):
        damaged = bytearray(good)
        damaged[position] ^= 0x5A
        kept_file(tmp_path).write_bytes(bytes(damaged))
        found = probe(tmp_path)
        assert found["compiled"] == found["patterns"]
        assert found["same"] is True
        assert kept_file(tmp_path).read_bytes() == good
    kept_file(tmp_path).write_bytes(good[: len(good) // 3])  # cut short
    assert probe(tmp_path)["compiled"] > 50
    assert kept_file(tmp_path).read_bytes() == good


def test_a_forged_file_nested_past_the_stack_is_compiled_the_usual_way(tmp_path: Path) -> None:
    """A file with a right checksum whose index is 200,000 nested lists (no neuroinfo writes
    that) costs a compile, never a RecursionError."""
    probe(tmp_path)
    forged = b"[" * 200_000 + b"\n"
    kept_file(tmp_path).write_bytes(compiled.MAGIC + compiled._header(forged) + forged)
    found = probe(tmp_path)
    assert found["compiled"] == found["patterns"]
    assert found["same"] is True


def test_a_program_the_engine_refuses_is_compiled_the_usual_way(tmp_path: Path) -> None:
    """A file whose checksum is right but whose programs are not (written by an older or
    broken neuroinfo) costs a compile, never a crash or a wrong match."""
    probe(tmp_path)
    good = kept_file(tmp_path).read_bytes()
    body = good[len(compiled.MAGIC) :].partition(b"\n")[2]
    text, _, codes = body.partition(b"\n")
    garbled = text + b"\n" + bytes([0xFF]) * len(codes)  # every instruction an unknown one
    kept_file(tmp_path).write_bytes(compiled.MAGIC + compiled._header(garbled) + garbled)
    found = probe(tmp_path)
    assert found["compiled"] == found["patterns"]
    assert found["same"] is True
    assert kept_file(tmp_path).read_bytes() == good


def test_a_file_anyone_else_may_write_or_a_link_is_not_read(tmp_path: Path) -> None:
    probe(tmp_path)
    path = kept_file(tmp_path)
    good = path.read_bytes()
    path.chmod(0o666)
    assert probe(tmp_path)["compiled"] > 50
    elsewhere = tmp_path / "planted.bin"
    elsewhere.write_bytes(good)
    path.unlink()
    path.symlink_to(elsewhere)
    assert probe(tmp_path)["compiled"] > 50
    folder = path.parent
    for entry in folder.iterdir():
        entry.unlink()
    folder.chmod(0o777)
    assert probe(tmp_path)["compiled"] > 50
    assert folder.stat().st_mode & 0o777 == 0o700  # a folder of ours others may write: closed
    assert probe(tmp_path)["compiled"] == 0  # ... and used again


def test_a_pattern_changed_since_the_file_was_written_is_compiled_anew(tmp_path: Path) -> None:
    """Only the sources and flags in the file are served; what the file holds is what this
    run used, so a pattern no longer in the code leaves it."""
    run = (
        "import sys, re; from neuroinfo import compiled as c;"
        "p = c.CHECK.pattern(sys.argv[1], int(sys.argv[2])); c.keep();"
        "print(bool(p.search('xABBC')), sorted(f'{s}/{f}' for s, f in c.CHECK._stored))"
    )
    environment = {"PATH": os.environ["PATH"], "XDG_CACHE_HOME": str(tmp_path)}

    def kept_after(source: str, flags: int = re.I) -> str:
        done = subprocess.run(
            [sys.executable, "-c", run, source, str(int(flags))],
            env=environment,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert (done.returncode, done.stderr) == (0, "")
        return done.stdout.strip()

    assert kept_after("ab+c") == "True []"
    assert kept_after("ab+c") == "True ['ab+c/2']"  # re.I is 2
    assert kept_after("ab+d") == "False ['ab+c/2']"
    assert kept_after("ab+d") == "False ['ab+d/2']"
    assert kept_after("ab+d", 0) == "False ['ab+d/2']"  # the same source, other flags: a miss
    assert kept_after("ab+d", 0) == "False ['ab+d/0']"


def test_with_no_cache_folder_the_patterns_are_compiled_as_usual(tmp_path: Path) -> None:
    found = probe(None)  # neither $XDG_CACHE_HOME nor $HOME
    assert found["compiled"] == found["patterns"]
    assert found["same"] is True
    found = probe(tmp_path, NEUROINFO_NO_CACHE="1")  # no cache at all: nothing kept
    assert found["compiled"] == found["patterns"]
    assert not (tmp_path / "neuroinfo").exists()


def test_the_file_holds_data_only(tmp_path: Path) -> None:
    """JSON (each pattern's source, flags and groups) and unsigned integers: nothing a
    reader could run as Python."""
    probe(tmp_path)
    data = kept_file(tmp_path).read_bytes()[len(compiled.MAGIC) :]
    header, _, body = data.partition(b"\n")
    assert header.split(b" ")[1] == str(zlib.crc32(body)).encode()
    text, _, codes = body.partition(b"\n")
    entries = json.loads(text)
    assert sum(entry[-1] for entry in entries) * 4 == len(codes)
    assert all(isinstance(entry[0], str) and isinstance(entry[1], int) for entry in entries)


def test_a_cache_that_cannot_be_written_or_is_the_wrong_kind_of_file_only_costs_a_compile(
    tmp_path: Path,
) -> None:
    """A cache home that is a file, a file where the folder should be, and a folder where the
    file should be: the patterns are compiled as usual, with no error and nothing written."""
    home = tmp_path / "home-is-a-file"
    home.write_text("not a folder")
    assert probe(home)["compiled"] > 50
    assert home.read_text() == "not a folder"
    home = tmp_path / "file"
    (home / "neuroinfo").mkdir(parents=True)
    (home / "neuroinfo" / "compiled").write_text("not a folder")
    assert probe(home)["compiled"] > 50
    assert (home / "neuroinfo" / "compiled").read_text() == "not a folder"
    home = tmp_path / "folder"
    kept_file(home).mkdir(parents=True)
    found = probe(home)
    assert found["compiled"] == found["patterns"]
    assert found["same"] is True
    assert kept_file(home).is_dir()
    # no file left behind: the search's (text folding, which the check uses) is written beside
    assert sorted(kept_file(home).parent.iterdir()) == sorted(
        [kept_file(home), kept_file(home).parent / compiled.SEARCH.file_name()]
    )


def test_each_python_keeps_its_own_file_and_few_are_kept(tmp_path: Path) -> None:
    """Two Pythons sharing a cache do not overwrite each other's file; files of other
    Pythons beyond KEEP_FILES, and temporary files left by a stopped run, are removed."""
    folder = tmp_path / "neuroinfo" / "compiled"
    folder.mkdir(parents=True)
    others = [folder / f"{compiled.PREFIX}{n:016x}{compiled.CHECK.suffix()}" for n in range(6)]
    for age, other in enumerate(others):
        other.write_bytes(b"another Python's programs")
        os.utime(other, (1_000_000 + age, 1_000_000 + age))
    stale = folder / f"{compiled.CHECK.file_name()}.123.tmp"
    stale.write_bytes(b"cut short")
    os.utime(stale, (1_000_000, 1_000_000))
    fresh = folder / f"{compiled.CHECK.file_name()}.456.tmp"
    fresh.write_bytes(b"being written now")
    assert probe(tmp_path)["compiled"] > 50
    left = sorted(p.name for p in folder.iterdir())
    search = compiled.SEARCH.file_name()  # the search's set, which the check uses too
    assert left == sorted(
        [kept_file(tmp_path).name, *(o.name for o in others[2:]), fresh.name, search]
    )


def check_case_texts() -> list[str]:
    """Every field of every check case, in lower case as the cues read it, and runs that
    tempt a guard to skip a place or to stop early."""
    folder = Path(__file__).parent / "check_cases"
    texts = [
        field.replace("\\n", "\n").lower()
        for path in sorted(folder.glob("*.tsv"))
        for line in path.read_text(encoding="utf-8").splitlines()
        for field in line.split("\t")
    ]
    return [*texts, " " * 300, "a" * 300, "-'" * 150, "\u00e9\u2019 " * 100, "1 2 3 " * 50, ""]


def assert_same_matches(pattern: re.Pattern[str], plain: re.Pattern[str], texts: list[str]) -> None:
    """`pattern` finds what `plain` finds in each text, and matches as it does at each place
    one of them matches and at each word's edge."""
    assert (plain.groups, plain.groupindex) == (pattern.groups, pattern.groupindex)

    def found(regex: re.Pattern[str], text: str) -> list[tuple[int, int, tuple[Any, ...]]]:
        return [(*m.span(), m.groups()) for m in regex.finditer(text)]

    for text in texts:
        assert found(pattern, text) == found(plain, text), (plain.pattern[:60], text)
        starts = [m.start() for m in plain.finditer(text)] + [
            m.start() for m in re.finditer(r"\W\w|\w\W|\s|\d", text)
        ]
        for start in starts:
            got, want = pattern.match(text, start), plain.match(text, start)
            assert (got and (got.span(), got.groups())) == (
                want and (want.span(), want.groups())
            ), (plain.pattern[:60], text, start)


def test_a_pattern_guarded_to_start_at_words_matches_as_its_source_does() -> None:
    """Each pattern made by `pattern_at_words` finds what its source alone finds: a source
    with an alternative that starts elsewhere than at a word would differ here."""
    from neuroinfo.check import claims, cues, sentences

    guard = r"\b(?=\w)(?:"
    guarded = {
        value.pattern: value
        for module in (claims, cues, sentences)
        for value in vars(module).values()
        if isinstance(value, re.Pattern) and value.pattern.startswith(guard)
    }
    assert len(guarded) >= 15
    texts = check_case_texts()
    for source, pattern in guarded.items():
        assert_same_matches(pattern, re.compile(source[len(guard) : -1], pattern.flags), texts)


def test_not_a_claim_guarded_to_where_a_match_can_start_matches_as_unguarded() -> None:
    """NOT_A_CLAIM is tried only where one of its lines can start (its comment says where):
    a line that starts elsewhere would differ here."""
    from neuroinfo.check import cues

    outer, inner = r"(?=\b|[\s\d]|^)(?:", r"(?:^|\b(?=[\w$\u00a3\u20ac]))(?:"
    source = cues.NOT_A_CLAIM.pattern
    assert source.startswith(outer + inner)
    plain = re.compile(r"(?:^|\b)(?:" + source[len(outer + inner) : -1])
    assert_same_matches(cues.NOT_A_CLAIM, plain, check_case_texts())

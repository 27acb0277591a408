"""The page cache: a page served again is byte for byte the page drawn, on a pipe and on a
terminal, for every command and format; every kind of change is a miss; a damaged, planted
or foreign file is never served; the store stays bounded."""

import io
import json
import os
import pty
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import MakeData, coarse, read_terminal, settled

from neuroinfo import pagecache

BIN = Path(sys.executable).parent / "neuroinfo"
SEED = Path(__file__).parent.parent / "bench" / "articles" / "seed.txt"

EVERY_FORMAT = [
    ["types"],
    ["types", "sensory", "--format", "markdown"],
    ["symptom", "numbness"],
    ["symptom", "numbness", "--json"],
    ["symptoms", "numbness", "-f", "md"],
    ["claims"],
    ["claims", "changes-chronic-pain"],
    ["claims", "dpn-symptoms", "--format", "markdown"],
    ["refs"],
    ["refs", "ju-2017", "--json"],
    ["refs", "--format", "bibtex"],
    ["refs", "--format", "ris"],
    ["refs", "--format", "csl-json"],
    ["refs", "ju-2017", "--style", "apa"],
    ["points", "ST36"],
    ["about", "safety"],
    ["search", "burning", "feet"],
    ["ask", "my", "feet", "burn", "at", "night"],
    ["ask", "my", "feet", "burn", "at", "night", "--json"],
    ["check", str(SEED)],
    ["check", "--format", "claimreview", str(SEED)],
]


def env(home: Path, **extra: str) -> dict[str, str]:
    return {"PATH": "/usr/bin:/bin", "XDG_CACHE_HOME": str(home), "COLUMNS": "80", **extra}


def piped(args: list[str], environment: dict[str, str]) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([str(BIN), *args], env=environment, capture_output=True, timeout=60)


def pages_in(home: Path) -> list[Path]:
    folder = home / "neuroinfo" / "pages"
    return sorted(folder.glob("*.page")) if folder.exists() else []


@pytest.mark.parametrize("args", EVERY_FORMAT, ids=[" ".join(a) for a in EVERY_FORMAT])
def test_a_page_served_again_is_the_page_drawn(tmp_path: Path, args: list[str]) -> None:
    drawn = piped(args, env(tmp_path))
    assert drawn.returncode == 0, drawn.stderr
    assert len(pages_in(tmp_path)) == 1
    served = piped(args, env(tmp_path))
    uncached = piped(args, env(tmp_path, NEUROINFO_PAGE_CACHE="off"))
    assert served.stdout == drawn.stdout == uncached.stdout
    assert served.stderr == b"" and served.returncode == 0


@pytest.mark.parametrize(
    ("setting", "kept"),
    [
        ({"NEUROINFO_PAGE_CACHE": "off"}, False),
        ({"NEUROINFO_PAGE_CACHE": "false"}, False),
        ({"NEUROINFO_PAGE_CACHE": "No"}, False),
        ({"NEUROINFO_PAGE_CACHE": "on"}, True),
        ({"NEUROINFO_NO_CACHE": "1"}, False),  # no cache at all
        ({"NEUROINFO_NO_CACHE": "yes"}, False),
        ({"NEUROINFO_NO_CACHE": "0"}, True),  # ... unless it says no
        ({"NEUROINFO_NO_CACHE": "false"}, True),
    ],
)
def test_the_switches_that_turn_caches_off(
    tmp_path: Path, setting: dict[str, str], kept: bool
) -> None:
    drawn = piped(["symptom", "numbness"], env(tmp_path, **setting))
    assert drawn.returncode == 0
    assert bool(pages_in(tmp_path)) is kept
    stores = list((tmp_path / "neuroinfo").glob("*.sqlite"))
    assert bool(stores) is (setting.get("NEUROINFO_NO_CACHE", "0") in ("0", "false"))


def on_a_terminal(args: list[str], environment: dict[str, str]) -> bytes:
    leader, follower = pty.openpty()
    child = subprocess.Popen(
        [str(BIN), *args], env=environment, stdout=follower, stderr=subprocess.DEVNULL
    )
    os.close(follower)
    shown = read_terminal(leader)
    child.wait(timeout=60)
    os.close(leader)
    return shown


def test_a_styled_page_served_again_is_the_page_drawn(tmp_path: Path) -> None:
    terminal = env(tmp_path, TERM="xterm", LINES="1000", NEUROINFO_PAGER="")
    drawn = on_a_terminal(["claims", "cipn-pain"], terminal)
    assert b"\x1b[" in drawn  # styled
    served = on_a_terminal(["claims", "cipn-pain"], terminal)
    assert served == drawn
    assert len(pages_in(tmp_path)) == 1


def test_not_kept_errors_help_standard_input_and_paged_pages(tmp_path: Path) -> None:
    for args in (["symptom", "numbnes"], ["symptom", "--help"], ["validate"]):
        piped(args, env(tmp_path))
    subprocess.run(
        [str(BIN), "check", "-"], input=SEED.read_bytes(), env=env(tmp_path), capture_output=True
    )
    assert pages_in(tmp_path) == []
    assert pagecache.key(["--version"]) is None
    assert pagecache.key(["help", "symptom"]) is None
    assert pagecache.key(["check", "-"]) is None
    assert pagecache.key(["check", "/dev/null"]) is None  # not a regular file
    assert pagecache.key(["check", str(tmp_path / "missing.txt")]) is None
    assert pagecache.key(["check", str(SEED), str(SEED)]) is None


def test_an_article_checked_again_after_an_edit_is_checked_anew(tmp_path: Path) -> None:
    """The article's size, times and inode are in the key: an edit that keeps its size and
    modification time is a miss too (the change time cannot be set back)."""
    article = tmp_path / "article.txt"
    article.write_text("Acupuncture regrows damaged nerves.\n", encoding="utf-8")
    settled(article)  # else too fresh a file to keep a page for
    home = tmp_path / "home"
    first = piped(["check", str(article), "--json"], env(home))
    assert list((home / "neuroinfo" / "pages").glob("*.page"))  # kept
    assert b"restores-nerve-damage" in first.stdout
    stat = article.stat()
    article.write_text("Acupuncture is safe for all people.\n", encoding="utf-8")  # same size
    os.utime(article, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    second = piped(["check", str(article), "--json"], env(home))
    assert b"restores-nerve-damage" not in second.stdout
    assert (
        second.stdout
        == piped(["check", str(article), "--json"], env(home, NEUROINFO_PAGE_CACHE="off")).stdout
    )


def test_a_checks_key_holds_the_file_and_the_day(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Acupuncture helps.\n", encoding="utf-8")
    settled(article)
    before = pagecache.key(["--color", "never", "check", "-f", "json", str(article)])
    assert before is not None and os.fsencode(str(article)).hex() in before
    monkeypatch.setattr(time, "strftime", lambda fmt: "2099-01-01")
    assert pagecache.key(["--color", "never", "check", "-f", "json", str(article)]) != before


def test_an_article_whose_path_holds_a_line_end_is_checked_and_kept(tmp_path: Path) -> None:
    """The key's first line is the article's: a line end in its name (or its folder's) cut it
    short, and keeping the page failed with a traceback after it was printed."""
    folder = tmp_path / "notes\nsaved"
    folder.mkdir()
    article = folder / "a\nb.txt"
    article.write_text("Acupuncture cures neuropathy.\n", encoding="utf-8")
    settled(article)
    env = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    for _ in range(2):  # drawn and kept, then served from the page cache
        result = subprocess.run(
            [str(BIN), "check", str(article), "--json"], env=env, capture_output=True, text=True
        )
        assert (result.returncode, result.stderr) == (0, "")
        assert [f["line"] for f in json.loads(result.stdout)] == [1]
    assert len(list((tmp_path / "cache" / "neuroinfo" / "pages").glob("*.page"))) == 1


def test_no_page_is_kept_while_a_file_it_depends_on_was_just_written(
    tmp_path: Path, make_data: MakeData, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a file system whose times are coarse (a second; two on FAT), two versions of a file
    written within one tick can share size and times: while the article or a data file is
    that fresh, no page is served or kept, and once it has settled, one is. A fine clock
    (nanoseconds, as here) moves with every write, so its files are never racy."""
    article = tmp_path / "a.txt"
    article.write_text("Acupuncture helps.\n", encoding="utf-8")
    assert pagecache.key(["check", str(article)]) is not None  # a fine clock
    coarse(article)
    assert pagecache.key(["check", str(article)]) is None
    settled(article)
    assert pagecache.key(["check", str(article)]) is not None
    folder = make_data()
    monkeypatch.setenv("NEUROINFO_DATA_DIR", str(folder))
    assert pagecache.key(["symptom", "numbness"]) is not None
    coarse(folder / "symptoms.yaml")  # written now, by a coarse clock
    assert pagecache.key(["symptom", "numbness"]) is None
    assert pagecache.key(["check", str(article)]) is None
    home = tmp_path / "home"
    args = ["--data-dir", str(folder), "symptom", "numbness"]
    assert b"Less feeling." in piped(args, env(home)).stdout
    assert not list((home / "neuroinfo" / "pages").glob("*.page"))


def test_a_check_keeps_no_page_when_the_path_led_to_another_file_when_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The key is taken from the path before neuroinfo is imported, the file read later: a
    folder link re-pointed in between (and back after) would have kept B's findings under
    A's key. The page is kept only when the file read is the file keyed, unchanged."""
    from neuroinfo.check import reading

    for name, text in (("A", "Acupuncture regrows nerves.\n"), ("B", "Acupuncture is safe.\n")):
        (tmp_path / name).mkdir()
        (tmp_path / name / "f.txt").write_text(text, encoding="utf-8")
        settled(tmp_path / name / "f.txt")
    link = tmp_path / "cur"
    link.symlink_to(tmp_path / "A")
    monkeypatch.chdir(tmp_path)
    page_key = pagecache.key(["check", "cur/f.txt"])
    assert page_key is not None
    link.unlink()
    link.symlink_to(tmp_path / "B")  # re-pointed before the read
    reading.read_source("cur/f.txt")
    assert not pagecache.read_as_keyed(page_key)
    link.unlink()
    link.symlink_to(tmp_path / "A")
    reading.read_source("cur/f.txt")
    assert pagecache.read_as_keyed(page_key)
    assert pagecache.read_as_keyed(pagecache.key(["symptom", "numbness"]) or "")  # no article


# ---------------------------------------------------------------- every change is a miss


def test_an_edit_to_the_data_is_seen_at_once(tmp_path: Path, make_data: MakeData) -> None:
    folder = make_data()
    home = tmp_path / "home"
    args = ["--data-dir", str(folder), "symptom", "numbness"]
    first = piped(args, env(home))
    assert b"Less feeling." in first.stdout
    symptoms = folder / "symptoms.yaml"
    stat = symptoms.stat()
    symptoms.write_text(symptoms.read_text().replace("Less feeling.", "Lost feeling."))
    os.utime(symptoms, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # same size, same mtime
    second = piped(args, env(home))
    assert b"Lost feeling." in second.stdout


def key_with(args: list[str] | None = None) -> str | None:
    return pagecache.key(args or ["symptom", "numbness"])


def test_the_data_files_in_the_key_are_the_ones_neuroinfo_reads() -> None:
    from neuroinfo.model import FILES

    assert tuple(FILES.values()) == pagecache._DATA_FILES


def test_every_input_of_a_page_is_in_its_key(
    tmp_path: Path, make_data: MakeData, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = make_data()
    monkeypatch.setenv("NEUROINFO_DATA_DIR", str(folder))
    base = key_with()
    assert base is not None and base == key_with()
    assert key_with(["symptom", "numbness", "--json"]) != base  # options
    assert key_with(["--color", "always", "symptom", "numbness"]) != base  # colour
    for name, value in (  # values no other test sets, so that each is a change
        ("COLUMNS", "81"),  # width
        ("NO_COLOR", "1"),  # colour
        ("LANG", "xx_TEST.UTF-8"),  # locale
        ("PYTHONIOENCODING", "ascii"),  # encoding
        ("NEUROINFO_PAGER", "a-pager-of-the-test's"),  # anything else in the environment
    ):
        with monkeypatch.context() as changed:
            changed.setenv(name, value)
            assert key_with() != base, name
    with monkeypatch.context() as changed:
        changed.chdir(tmp_path)
        assert key_with() != base  # the working folder (relative paths)
    with monkeypatch.context() as changed:
        changed.setattr(sys, "stdout", io.TextIOWrapper(io.BytesIO(), encoding="latin-1"))
        assert key_with() != base  # the output's encoding
    with monkeypatch.context() as changed:
        changed.setattr(os, "isatty", lambda fd: True)
        changed.setattr(os, "get_terminal_size", lambda fd=1: os.terminal_size((100, 40)))
        assert key_with() != base  # a terminal, and its size
    data = folder / "types.yaml"
    time.sleep(0.01)
    data.write_text(data.read_text() + "\n")
    assert key_with() != base  # a data file
    here = Path(pagecache.__file__).parent
    package = pagecache._package()
    for source in here.glob("*.py"):
        assert str(source) in package  # every source file, with its size and time
    assert sys.version in package  # and the Python running it


def test_the_cache_can_be_turned_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEUROINFO_PAGE_CACHE", "off")
    assert key_with() is None


# ---------------------------------------------------------------- damaged and planted files


def test_a_damaged_page_is_not_served(tmp_path: Path) -> None:
    args = ["symptom", "numbness"]
    drawn = piped(args, env(tmp_path))
    (page,) = pages_in(tmp_path)
    data = bytearray(page.read_bytes())
    data[-50] ^= 0x20  # one flipped bit in the page
    page.write_bytes(bytes(data))
    again = piped(args, env(tmp_path))
    assert again.stdout == drawn.stdout
    page.write_bytes(b"NEUROINFO PAGE 1\nnot a header\n")
    assert piped(args, env(tmp_path)).stdout == drawn.stdout


def test_a_page_others_could_write_or_a_link_is_not_served(tmp_path: Path) -> None:
    args = ["types"]
    drawn = piped(args, env(tmp_path))
    (page,) = pages_in(tmp_path)
    forged = page.read_bytes().replace(b"Motor", b"FORGE")
    page.write_bytes(forged)
    page.chmod(0o666)  # anyone may write it: not trusted
    assert b"FORGE" not in piped(args, env(tmp_path)).stdout
    page.unlink()
    elsewhere = tmp_path / "elsewhere.page"
    elsewhere.write_bytes(forged)
    elsewhere.chmod(0o600)
    page.symlink_to(elsewhere)  # a link to a page: not followed
    assert b"FORGE" not in piped(args, env(tmp_path)).stdout
    assert piped(args, env(tmp_path)).stdout == drawn.stdout


def test_a_pages_folder_of_ours_others_may_write_to_is_closed_to_them_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As the store's folder is: each page in it is checked for its owner anyway."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    pages = tmp_path / "neuroinfo" / "pages"
    assert pagecache.folder() == str(pages)
    for folder in (pages, pages.parent):
        folder.chmod(0o777)
        assert pagecache.folder() == str(pages)
        assert folder.stat().st_mode & 0o777 == 0o700


def test_nothing_is_made_inside_a_cache_folder_of_someone_else(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another user's folder (seen as such here through geteuid) is neither used nor closed."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    (tmp_path / "neuroinfo").mkdir(mode=0o777)
    (tmp_path / "neuroinfo").chmod(0o777)
    monkeypatch.setattr(os, "geteuid", lambda: os.getuid() + 1)
    assert pagecache.folder() is None
    assert pagecache.folder("compiled") is None
    assert list((tmp_path / "neuroinfo").iterdir()) == []
    assert (tmp_path / "neuroinfo").stat().st_mode & 0o777 == 0o777


def test_a_link_or_a_file_gone_in_the_pages_folder_does_not_stop_pages_being_kept(
    tmp_path: Path,
) -> None:
    """A dangling link named like a page (none of ours) is removed, not a reason to keep no
    page ever again."""
    folder = tmp_path / "pages"
    folder.mkdir(mode=0o700)
    (folder / "dangling.page").symlink_to(tmp_path / "nowhere")
    (folder / "dangling.tmp").symlink_to(tmp_path / "nowhere")
    pagecache.store("a key", str(folder), b"a page\n")
    assert sorted(p.name for p in folder.iterdir()) == [f"{pagecache.digest('a key')[:32]}.page"]


def test_the_store_is_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "pages"
    folder.mkdir(mode=0o700)
    monkeypatch.setattr(pagecache, "MAX_PAGES", 5)
    for number in range(12):
        pagecache.store(f"key {number}", str(folder), f"page {number}\n".encode())
    kept = sorted(folder.glob("*.page"))
    assert len(kept) == 5
    assert pagecache.read(str(kept[0]), 1000) is not None


def test_the_store_is_bounded_in_bytes_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Large pages (a long article checked) are few: the newest kept within the bytes allowed."""
    folder = tmp_path / "pages"
    folder.mkdir(mode=0o700)
    monkeypatch.setattr(pagecache, "MAX_TOTAL_BYTES", 10_000)
    for number in range(6):
        pagecache.store(f"key {number}", str(folder), bytes([65 + number]) * 3000)
        time.sleep(0.01)  # each written after the last
    kept = [folder / f"{pagecache.digest(f'key {n}')[:32]}.page" for n in range(6)]
    assert [page.exists() for page in kept] == [False, False, False, True, True, True]
    assert sum(page.stat().st_size for page in folder.glob("*.page")) <= 10_000


def test_pages_written_in_the_future_go_first_once_the_clock_is_set_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pages dated a year ahead (the clock was set back since) were taken as the newest, so
    each new page went first, leaving one useful place; they now go first themselves. A
    temporary file dated ahead is cleared as one dated an hour back is."""
    folder = tmp_path / "pages"
    folder.mkdir(mode=0o700)
    monkeypatch.setattr(pagecache, "MAX_PAGES", 4)
    ahead = time.time() + 365 * 86400
    for number in range(4):
        pagecache.store(f"old {number}", str(folder), b"old\n")
        page = folder / f"{pagecache.digest(f'old {number}')[:32]}.page"
        os.utime(page, (ahead, ahead))
    stray = folder / "x.page.123.tmp"
    stray.write_bytes(b"half")
    os.utime(stray, (ahead, ahead))
    for number in range(3):
        pagecache.store(f"new {number}", str(folder), b"new\n")
        time.sleep(0.01)
    new = [folder / f"{pagecache.digest(f'new {n}')[:32]}.page" for n in range(3)]
    assert all(page.exists() for page in new)
    assert len(list(folder.glob("*.page"))) == 4
    assert not stray.exists()


# ---------------------------------------------------------------- found in review


def test_a_page_cut_short_by_its_reader_is_not_kept(tmp_path: Path) -> None:
    shell = f"'{BIN}' claims --json | head -c 100 > /dev/null"
    subprocess.run(shell, shell=True, env=env(tmp_path), timeout=60, check=False)
    whole = piped(["claims", "--json"], env(tmp_path))
    uncached = piped(["claims", "--json"], env(tmp_path, NEUROINFO_PAGE_CACHE="off"))
    assert whole.stdout == uncached.stdout


def test_the_last_data_dir_is_the_one_in_the_key(tmp_path: Path, make_data: MakeData) -> None:
    first, second = make_data(), tmp_path / "second"
    import shutil

    shutil.copytree(first, second)
    args = ["--data-dir", str(first), "--data-dir", str(second), "types"]
    assert b"Sensory" in piped(args, env(tmp_path / "home")).stdout
    types = second / "types.yaml"
    types.write_text(types.read_text().replace('"Sensory"', '"Sensory X"'))
    assert b"Sensory X" in piped(args, env(tmp_path / "home")).stdout
    assert pagecache._data_dir(["ask", "--", "--data-dir", "x"]) != "x"


def test_every_source_folder_and_the_installed_packages_are_in_the_key() -> None:
    package = pagecache._package()
    here = Path(pagecache.__file__).parent
    for source in here.rglob("*.py"):
        if "__pycache__" not in source.parts:
            assert str(source) in package, source
    assert any(folder and folder in package for folder in sys.path)


def test_the_environment_is_never_written_down(tmp_path: Path) -> None:
    piped(["about"], env(tmp_path, MY_SECRET_TOKEN="hunter2-not-on-disk"))
    (page,) = pages_in(tmp_path)
    assert b"hunter2-not-on-disk" not in page.read_bytes()


@pytest.mark.parametrize("columns", ["²", "9" * 5000, "-3", ""])
def test_odd_columns_never_crash(tmp_path: Path, columns: str) -> None:
    result = piped(["types"], env(tmp_path, COLUMNS=columns))
    assert (result.returncode, result.stderr) == (0, b"")


def test_a_fifo_in_place_of_a_page_is_not_waited_on(tmp_path: Path) -> None:
    piped(["about"], env(tmp_path))
    (page,) = pages_in(tmp_path)
    page.unlink()
    os.mkfifo(page)
    result = piped(["about"], env(tmp_path))
    assert result.returncode == 0 and result.stdout.startswith(b"About neuroinfo")


def test_a_cache_folder_a_thousand_folders_deep_is_made(tmp_path: Path) -> None:
    """The missing folders above the cache were made by a call for each, and a path 1,000
    deep (2,000 characters, within PATH_MAX) ended in a RecursionError's traceback."""
    deep = tmp_path / ("d/" * 1000)
    try:
        first = piped(["types"], env(deep))
        assert (first.returncode, first.stderr) == (0, b"")
        assert first.stdout == piped(["types"], env(tmp_path / "shallow")).stdout
        assert (deep / "neuroinfo").is_dir()
        modes = (deep.stat().st_mode & 0o777, (tmp_path / "d").stat().st_mode & 0o777)
        assert modes == (0o700, 0o700)
    finally:  # pytest's own clean-up of old temporary folders recurses: 1,000 is too deep
        shutil.rmtree(deep, ignore_errors=True)
        folder = deep.parent
        while folder != tmp_path and folder.is_dir():
            folder.rmdir()
            folder = folder.parent

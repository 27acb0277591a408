"""The compiled cache: used when current, rebuilt when not, and never a reason to fail."""

import io
import json
import os
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from conftest import MakeData, coarse, settled

from neuroinfo import cache, run
from neuroinfo.errors import DataError
from neuroinfo.load import load
from neuroinfo.model import KnowledgeBase

BIN = Path(sys.executable).parent / "neuroinfo"


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "cache-home"
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    return home


def cached_files(home: Path) -> list[Path]:
    """The compiled stores (not their stamps, nor the folders of drawn pages and patterns)."""
    folder = home / "neuroinfo"
    return sorted(folder.glob("*.sqlite")) if folder.exists() else []


def test_a_first_load_builds_the_cache_and_a_second_reuses_it(
    make_data: MakeData, cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = make_data()
    assert list(load(folder).symptoms) == ["numbness"]
    (built,) = cached_files(cache_home)
    assert built.suffix == ".sqlite"
    before = built.stat().st_ino, built.stat().st_mtime_ns

    def no_rebuild(*args: object) -> None:
        raise AssertionError("the cache was current, so nothing should be rebuilt")

    monkeypatch.setattr(cache, "_rebuild", no_rebuild)
    assert list(load(folder).symptoms) == ["numbness"]
    assert (built.stat().st_ino, built.stat().st_mtime_ns) == before


def test_a_store_built_from_a_file_written_a_moment_ago_is_built_again_later(
    make_data: MakeData, cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A data file just written on a file system of whole-second times could be written
    again within the same second, at the same size: the store built from it is not trusted
    by the next run, which builds it again; once the file has settled, the store is reused."""
    folder = make_data()
    coarse(folder / "symptoms.yaml")  # written now, by a coarse clock
    builds = []
    real = cache._rebuild
    monkeypatch.setattr(cache, "_rebuild", lambda *a: (builds.append(1), real(*a))[1])
    assert list(load(folder).symptoms) == ["numbness"]
    assert list(load(folder).symptoms) == ["numbness"]
    assert len(builds) == 2
    settled(folder / "symptoms.yaml")
    load(folder)
    load(folder)
    assert len(builds) == 3  # built once more, for the settled file, then reused


def test_an_edit_is_seen_on_the_next_run(make_data: MakeData, cache_home: Path) -> None:
    folder = make_data()
    assert load(folder).symptoms["numbness"].name == "Numbness"
    path = folder / "symptoms.yaml"
    path.write_text(path.read_text().replace('"Numbness"', '"Numbness (edited)"'))
    assert load(folder).symptoms["numbness"].name == "Numbness (edited)"
    assert len(cached_files(cache_home)) == 1  # replaced, not added to


def test_an_edit_keeping_size_and_second_is_still_seen(
    make_data: MakeData, cache_home: Path
) -> None:
    folder = make_data()
    load(folder)
    path = folder / "symptoms.yaml"
    stat = path.stat()
    path.write_text(path.read_text().replace('"Numbness"', '"Numbnesz"'))  # same size
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1))  # 1 ns later
    assert load(folder).symptoms["numbness"].name == "Numbnesz"


def test_an_edit_with_its_size_and_time_put_back_is_still_seen(
    make_data: MakeData, cache_home: Path
) -> None:
    """As `cp -p`, `rsync -a` or `touch -r` leave it: only the inode change time differs."""
    folder = make_data()
    load(folder)
    path = folder / "symptoms.yaml"
    stat = path.stat()
    path.write_text(path.read_text().replace('"Numbness"', '"Numbzess"'))
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    assert (path.stat().st_size, path.stat().st_mtime_ns) == (stat.st_size, stat.st_mtime_ns)
    assert load(folder).symptoms["numbness"].name == "Numbzess"


def damage_records(built: Path) -> None:
    """Overwrite every page of the cache file but the first and the fingerprint's, so that
    the file opens and looks current, and reading any record then fails; the stamp is made
    to agree, as with damage no write made (the disk's own), which only the records'
    checksums and SQLite can then find."""
    with closing(sqlite3.connect(built)) as db:
        query = "SELECT rootpage FROM sqlite_master WHERE tbl_name = 'meta'"
        meta = {row[0] for row in db.execute(query)}  # the table and its key's index
        (size,) = db.execute("PRAGMA page_size").fetchone()
        (count,) = db.execute("PRAGMA page_count").fetchone()
    with built.open("r+b") as file:
        for page in range(2, count + 1):
            if page not in meta:
                file.seek((page - 1) * size)
                file.write(b"\xff" * size)
    stamp = built.with_name(built.name + cache.STAMP)
    stamp.write_text(cache._stamped(os.lstat(built)), encoding="ascii")


def test_a_store_changed_since_it_was_written_is_rebuilt(cache_home: Path) -> None:
    """A word of an emergency's signs changed in the store's search tables: no record is
    damaged and SQLite's own checks pass, but the urgent advice would be lost. The store's
    stamp no longer matches it, so it is rebuilt and the answer is the same."""
    env = {"PATH": "/usr/bin:/bin", "XDG_CACHE_HOME": str(cache_home), "COLUMNS": "80"}
    env["NEUROINFO_PAGE_CACHE"] = "off"
    command = [str(BIN), "ask", "my legs are getting weaker overnight and tingling"]
    first = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    assert "GET HELP AT ONCE" in first.stdout
    (built,) = cached_files(cache_home)
    stamp = built.with_name(built.name + cache.STAMP)

    def damage() -> None:
        with built.open("r+b") as file:  # in place, as a stray write would
            file.write(built.read_bytes().replace(b"overnight", b"overnigxt"))

    damage()
    with closing(sqlite3.connect(built)) as db:
        assert db.execute("PRAGMA quick_check").fetchone() == ("ok",)
    again = subprocess.run(command, env=env, capture_output=True, text=True)
    assert (again.returncode, again.stderr, again.stdout) == (0, "", first.stdout)
    # the control: the same damage with the stamp made to agree is not caught, and it costs
    # the emergency
    damage()
    stamp.write_text(cache._stamped(os.lstat(built)), encoding="ascii")
    unstamped = subprocess.run(command, env=env, capture_output=True, text=True)
    assert "GET HELP AT ONCE" not in unstamped.stdout


def test_a_cache_damaged_inside_is_replaced_and_the_run_still_answers(
    cache_home: Path,
) -> None:
    env = {"PATH": "/usr/bin:/bin", "XDG_CACHE_HOME": str(cache_home), "COLUMNS": "80"}
    env["NEUROINFO_PAGE_CACHE"] = "off"  # each run reads the store, damaged or not
    command = [str(BIN), "symptom", "numbness", "--json"]
    first = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    (built,) = cached_files(cache_home)
    damage_records(built)
    with closing(sqlite3.connect(built)) as db, pytest.raises(sqlite3.DatabaseError):
        db.execute("SELECT json FROM records").fetchall()
    for _ in range(2):  # this run recovers, and the next finds a sound cache
        again = subprocess.run(command, env=env, capture_output=True, text=True)
        assert (again.returncode, again.stderr, again.stdout) == (0, "", first.stdout)
    with closing(sqlite3.connect(built)) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_a_damaged_cache_that_cannot_be_removed_means_memory(
    make_data: MakeData, cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = make_data()
    run.read(folder, "never", "symptom", None, "json")
    (built,) = cached_files(cache_home)
    damage_records(built)

    real_unlink = os.unlink

    def refuse(path: str, *args: object, **kwargs: object) -> None:
        if str(path).endswith(".sqlite"):  # the store: cannot be removed
            raise PermissionError(13, "Permission denied")
        real_unlink(path)

    monkeypatch.setattr(os, "unlink", refuse)
    monkeypatch.setattr(cache, "_in_memory", False)
    out = io.StringIO()
    monkeypatch.setattr(sys, "stdout", out)
    run.read(folder, "never", "symptom", ["numbness"], "json")
    assert json.loads(out.getvalue())["id"] == "numbness"
    assert cache._in_memory


def test_a_run_closes_its_store(
    make_data: MakeData, cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[KnowledgeBase] = []
    real = cache.knowledge

    def watched(folder: Path) -> KnowledgeBase:
        opened.append(real(folder))
        return opened[-1]

    monkeypatch.setattr(cache, "knowledge", watched)
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    run.read(make_data(), "never", "symptom", ["numbness"], "json")
    (kb,) = opened
    with pytest.raises(sqlite3.ProgrammingError, match="closed"):
        kb.db.execute("SELECT 1")


def test_a_corrupt_cache_is_rebuilt(make_data: MakeData, cache_home: Path) -> None:
    folder = make_data()
    load(folder)
    (built,) = cached_files(cache_home)
    built.write_bytes(b"this is not a database" * 100)
    assert list(load(folder).symptoms) == ["numbness"]
    with closing(sqlite3.connect(built)) as db:  # rebuilt in place
        assert db.execute("SELECT COUNT(*) FROM records").fetchone() == (4,)


def test_a_cache_from_another_version_is_rebuilt(
    make_data: MakeData, cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = make_data()
    load(folder)
    (built,) = cached_files(cache_home)
    inode = built.stat().st_ino
    monkeypatch.setattr(cache, "__version__", "999.0")
    load(folder)
    assert built.stat().st_ino != inode


def test_an_unwritable_cache_folder_is_skipped(
    make_data: MakeData, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    assert list(load(make_data()).symptoms) == ["numbness"]


def test_a_read_only_cache_folder_is_skipped(
    make_data: MakeData, cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    import tempfile

    monkeypatch.setattr(tempfile, "mkstemp", refuse)  # as on a read-only file system
    assert list(load(make_data()).symptoms) == ["numbness"]
    assert cached_files(cache_home) == []


def test_an_unreadable_cache_entry_is_skipped(make_data: MakeData, cache_home: Path) -> None:
    folder = make_data()
    load(folder)
    (built,) = cached_files(cache_home)
    built.unlink()
    built.mkdir()  # something that cannot be opened or replaced
    assert list(load(folder).symptoms) == ["numbness"]


def test_invalid_data_is_never_cached(make_data: MakeData, cache_home: Path) -> None:
    folder = make_data(symptoms_yaml="symptoms:\n  - id: numbness\n")
    with pytest.raises(DataError):
        load(folder)
    assert cached_files(cache_home) == []


def test_no_cache_when_turned_off(
    make_data: MakeData, cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEUROINFO_NO_CACHE", "1")
    assert list(load(make_data()).symptoms) == ["numbness"]
    assert cached_files(cache_home) == []


def test_concurrent_first_runs_all_succeed(make_data: MakeData, cache_home: Path) -> None:
    folder = make_data()
    env = {"PATH": "/usr/bin:/bin", "XDG_CACHE_HOME": str(cache_home), "COLUMNS": "80"}
    runs = [
        subprocess.Popen(
            [str(BIN), "--data-dir", str(folder), "symptom", "numbness", "--json"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(8)
    ]
    outputs = [run.communicate(timeout=120) for run in runs]
    assert [run.returncode for run in runs] == [0] * 8, [err for _, err in outputs]
    assert len({out for out, _ in outputs}) == 1
    assert all('"id": "numbness"' in out for out, _ in outputs)
    (built,) = cached_files(cache_home)  # one finished cache, no half-written leftovers
    with closing(sqlite3.connect(built)) as db:
        assert db.execute("SELECT value FROM meta WHERE key = 'fingerprint'").fetchone()


def test_a_warm_run_reads_no_yaml_and_validates_nothing(cache_home: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "XDG_CACHE_HOME": str(cache_home), "COLUMNS": "80"}
    subprocess.run([str(BIN), "symptom", "numbness"], env=env, check=True, capture_output=True)
    code = (
        "import sys\nsys.argv = ['neuroinfo', 'symptom', 'numbness']\n"
        "from neuroinfo.run import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = ('yaml', 'jsonschema', 'neuroinfo.yamlread', 'neuroinfo.load')\n"
        "loaded = [m for m in heavy if m in sys.modules]\n"
        "sys.stderr.write(repr(loaded))"
    )
    # From outside the repository, so Python imports the installed package, as a user's would.
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, cwd=cache_home
    )
    assert result.stderr == "[]"
    assert result.stdout.startswith("Numbness  symptom")


def test_the_cache_lives_in_the_xdg_cache_folder(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache.cache_dir() == str(tmp_path / "neuroinfo")
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert cache.cache_dir() == str(tmp_path / ".cache" / "neuroinfo")
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")  # ignored, as the XDG rules say
    assert cache.cache_dir() == str(tmp_path / ".cache" / "neuroinfo")


def test_a_relative_cache_home_is_ignored_by_the_command(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_CACHE_HOME": "relative"}
    result = subprocess.run(
        [str(BIN), "types", "--json"], env=env, capture_output=True, text=True, cwd=tmp_path
    )
    assert (result.returncode, result.stderr) == (0, "")
    assert not (tmp_path / "relative").exists()
    assert len(cached_files(tmp_path / ".cache")) == 1


def test_the_cache_holds_data_not_code(make_data: MakeData, cache_home: Path) -> None:
    load(make_data())
    (built,) = cached_files(cache_home)
    assert built.read_bytes().startswith(b"SQLite format 3\x00")
    with closing(sqlite3.connect(built)) as db:
        (text,) = db.execute("SELECT json FROM records WHERE id = 'numbness'").fetchone()
    assert text.startswith('{"id": "numbness"')


def test_stale_entries_do_not_pile_up(make_data: MakeData, cache_home: Path) -> None:
    folder = make_data()
    for round_ in range(3):
        path = folder / "symptoms.yaml"
        path.write_text(path.read_text().replace("Less feeling.", f"Less feeling {round_}."))
        time.sleep(0.01)
        load(folder)
    assert len(cached_files(cache_home)) == 1


@pytest.mark.parametrize("name", ["plain", "a b", "why?#100%", "caf\u00e9", "tab\there"])
def test_a_store_opens_read_only_whatever_its_folder_is_called(tmp_path: Path, name: str) -> None:
    """The store is opened by a file URI made without pathlib: every character that is not
    plain is percent-encoded, so SQLite opens exactly that file."""
    import sqlite3

    folder = tmp_path / name
    folder.mkdir()
    store = folder / "store.sqlite"
    with sqlite3.connect(store) as db:
        db.execute("CREATE TABLE t (x)")
    db.close()
    opened = sqlite3.connect(f"{cache._uri(str(store))}?mode=ro", uri=True)
    try:
        assert opened.execute("SELECT name FROM sqlite_master").fetchall() == [("t",)]
        with pytest.raises(sqlite3.OperationalError):
            opened.execute("INSERT INTO t VALUES (1)")
    finally:
        opened.close()
    assert cache._uri(str(store)) == store.as_uri()


def test_sqlite_keeps_its_scratch_tables_in_memory(make_data: MakeData, cache_home: Path) -> None:
    """Not in files of its own in /var/tmp, outside neuroinfo's folder."""
    folder = make_data()
    for _ in range(2):  # built, then read from the cache
        with closing(cache.knowledge(folder).db) as db:
            assert db.execute("PRAGMA temp_store").fetchone() == (2,)  # 2: memory


def test_a_long_wait_for_another_runs_build_is_said_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A run stopped mid-build (Ctrl-Z) holds the lock: the next one says why it waits."""
    import fcntl

    monkeypatch.setattr(cache, "WAIT_BEFORE_SAYING", 0.05)
    holder = os.open(tmp_path, os.O_RDONLY | os.O_DIRECTORY)
    waiter = os.open(tmp_path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(holder, fcntl.LOCK_EX)
        assert not cache._locked(waiter, 0.3, str(tmp_path))  # gave up: compiles in memory
        fcntl.flock(holder, fcntl.LOCK_UN)
        assert cache._locked(waiter, 0.3, str(tmp_path))
    finally:
        os.close(holder)
        os.close(waiter)
    assert capsys.readouterr().err == (
        "neuroinfo: waiting for another neuroinfo to finish compiling the data\n"
    )


def test_a_run_stopped_while_it_holds_the_lock_is_not_waited_for(tmp_path: Path) -> None:
    """Ctrl-Z in another terminal stops a run mid-build, holding the lock: the next run
    sees it stopped and compiles in memory at once, instead of waiting its whole patience
    (it waited 22 s, and so did every run after it)."""
    import fcntl
    import signal

    sleeper = subprocess.Popen(["sleep", "60"])
    holder = os.open(tmp_path, os.O_RDONLY | os.O_DIRECTORY)
    waiter = os.open(tmp_path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(holder, fcntl.LOCK_EX)
        (tmp_path / cache.HOLDER).write_text(str(sleeper.pid), encoding="ascii")
        start = time.monotonic()
        assert cache._locked(waiter, 3.0, str(tmp_path)) is False  # running: waits it out
        assert time.monotonic() - start >= 3.0
        sleeper.send_signal(signal.SIGSTOP)
        time.sleep(0.1)
        start = time.monotonic()
        assert cache._locked(waiter, 30.0, str(tmp_path)) is False  # stopped: at once
        assert time.monotonic() - start < 2.0
    finally:
        sleeper.kill()
        sleeper.wait()
        os.close(holder)
        os.close(waiter)


def test_a_file_changed_while_it_is_read_is_not_cached(
    make_data: MakeData, cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """symptoms.yaml is a link, re-pointed to another file just as the build reads it and
    back again: the store would hold the other file's text under this one's fingerprint."""
    import neuroinfo.load

    folder = make_data()
    first = folder / "first.yaml"
    other = folder / "other.yaml"
    (folder / "symptoms.yaml").rename(first)
    other.write_text(first.read_text().replace("Less feeling.", "Other feeling."))
    link = folder / "symptoms.yaml"
    link.symlink_to(first.name)
    real_build = neuroinfo.load.build

    def repoint(to: Path) -> None:
        (folder / "new.lnk").symlink_to(to.name)
        os.replace(folder / "new.lnk", link)

    def racing(where: Path) -> Any:
        repoint(other)
        try:
            return real_build(where)
        finally:
            repoint(first)

    monkeypatch.setattr(neuroinfo.load, "build", racing)
    assert load(folder).symptoms["numbness"].summary == "Other feeling."  # what it read
    monkeypatch.setattr(neuroinfo.load, "build", real_build)
    assert load(folder).symptoms["numbness"].summary == "Less feeling."  # not what was kept


@pytest.mark.parametrize("planted", ["folder", "link", "fifo"])
def test_something_else_where_the_stamp_goes_is_replaced(
    make_data: MakeData, cache_home: Path, tmp_path: Path, planted: str
) -> None:
    """Else every later run would compile in memory, slower for good, and say nothing."""
    folder = make_data()
    load(folder)
    (built,) = cached_files(cache_home)
    stamp = built.with_name(built.name + cache.STAMP)
    stamp.unlink()
    outside = tmp_path / "outside.txt"
    outside.write_text("not ours to touch\n")
    {
        "folder": stamp.mkdir,
        "link": lambda: stamp.symlink_to(outside),
        "fifo": lambda: os.mkfifo(stamp),
    }[planted]()
    assert list(load(folder).symptoms) == ["numbness"]
    assert stamp.is_file() and not stamp.is_symlink()
    assert stamp.read_text(encoding="ascii") == cache._stamped(os.lstat(built))
    assert outside.read_text() == "not ours to touch\n"

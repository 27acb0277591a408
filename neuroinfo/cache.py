"""The compiled store: a data folder, read and validated once, kept in the user's cache.

Each record is stored as JSON in a small SQLite file, with its names and links indexed, so
a later run reads only the records its page shows: no YAML, no validation, and a cost that
does not grow with the size of the data. The file is keyed by the folder, and it holds a
fingerprint of the data files, the schemas and the neuroinfo version; any change to any of
them means a rebuild on the next run. A cache is data, never code: no pickle, no marshal.

Anything wrong with the cache (missing, corrupt, stale, unreadable, unwritable) only means it
is rebuilt, or the data is compiled in memory for this run; it is never an error."""

import json
import os
import sqlite3
import zlib
from dataclasses import asdict
from pathlib import Path
from typing import Any

from neuroinfo import __version__
from neuroinfo.folders import check_folder, schema_files
from neuroinfo.match import keys_of, searchable
from neuroinfo.model import FILES, KINDS, LINKS, KnowledgeBase

FORMAT = 3  # raise when the layout below changes, so older caches are rebuilt

LAYOUT = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE records (
    kind TEXT, id TEXT, position INTEGER, json TEXT, text TEXT, PRIMARY KEY (kind, id)
);
CREATE TABLE names (kind TEXT, key TEXT, id TEXT);
CREATE INDEX names_by_key ON names (kind, key);
CREATE TABLE links (kind TEXT, id TEXT, relation TEXT, target TEXT);
CREATE INDEX links_by_target ON links (relation, target);
"""

# The cache files opened in this run, so that a damaged one can be thrown away; and whether
# one that could not be thrown away means compiling in memory for the rest of the run.
_opened: list[Path] = []
_in_memory = False


def cache_dir() -> Path:
    """$XDG_CACHE_HOME/neuroinfo; the XDG rules say to ignore a relative $XDG_CACHE_HOME."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    root = Path(base) if os.path.isabs(base) else Path.home() / ".cache"
    return root / "neuroinfo"


def fingerprint(folder: Path) -> str:
    """The folder, then for each data file and schema its name, size, inode and change
    times, then the version: stored whole in the cache and compared whole. The inode change
    time cannot be set back, so a same-size edit whose mtime was restored still counts."""
    parts = [__version__, str(FORMAT), str(folder)]
    for path in [*(folder / name for name in FILES.values()), *schema_files()]:
        try:
            stat = path.stat()
        except OSError:
            parts.append(f"{path.name} missing")
            continue
        times = f"{stat.st_mtime_ns} {stat.st_ctime_ns}"
        parts.append(f"{path.name} {stat.st_size} {stat.st_ino} {times}")
    return "\n".join(parts)


def knowledge(folder: Path) -> KnowledgeBase:
    """The knowledge base in `folder`: from the cache when it is current, else built anew."""
    check_folder(folder)
    if _in_memory or os.environ.get("NEUROINFO_NO_CACHE"):
        return KnowledgeBase(_compile_in_memory(folder))
    folder = folder.resolve()
    current = fingerprint(folder)
    # One file per folder. Two folders sharing a name could only cost a rebuild, never a
    # wrong answer, because the whole fingerprint (folder included) is compared.
    path = cache_dir() / f"{zlib.crc32(str(folder).encode()):08x}.sqlite"
    db = _open_current(path, current)
    if db is None:
        db = _rebuild(folder, path, current)
    return KnowledgeBase(db)


def discard() -> bool:
    """Delete the cache files this run opened, one having proved damaged, so that the next
    read rebuilds them (or, if one cannot be deleted, compiles in memory). False if this run
    opened none, when the damage cannot be the cache's."""
    global _in_memory
    if not _opened:
        return False
    while _opened:
        try:
            _opened.pop().unlink(missing_ok=True)
        except OSError:
            _in_memory = True
    return True


def _open_current(path: Path, current: str) -> sqlite3.Connection | None:
    """The cached store at `path` if it exists, is readable and matches `current`."""
    try:
        db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except (sqlite3.Error, ValueError):
        return None
    try:
        row = db.execute("SELECT value FROM meta WHERE key = 'fingerprint'").fetchone()
        if row is not None and row[0] == current:
            _opened.append(path)
            return db
    except sqlite3.Error:  # not a database, or not ours: rebuild it
        pass
    db.close()
    return None


def _rebuild(folder: Path, path: Path, current: str) -> sqlite3.Connection:
    """Validate and compile the folder, and write the result atomically where it belongs."""
    import tempfile

    from neuroinfo.load import build

    built = build(folder)  # a DataError here means nothing is cached
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".building-", suffix=".sqlite")
        os.close(handle)
        try:
            db = sqlite3.connect(temporary)
            try:
                # No journal and no syncs: this file is seen only after the rename below,
                # and a crash before then leaves nothing but a temporary file to rebuild over.
                db.execute("PRAGMA journal_mode = OFF")
                db.execute("PRAGMA synchronous = OFF")
                _compile(db, built, current)
            finally:
                db.close()
            os.replace(temporary, path)  # readers see the old file or the new one, never half
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
        db = _open_current(path, current)
        if db is not None:
            return db
    except (OSError, sqlite3.Error):  # a read-only or full disk: compile in memory instead
        pass
    db = sqlite3.connect(":memory:")
    _compile(db, built, current)
    return db


def _compile_in_memory(folder: Path) -> sqlite3.Connection:
    from neuroinfo.load import build

    db = sqlite3.connect(":memory:")
    _compile(db, build(folder), "")
    return db


def _compile(db: sqlite3.Connection, built: dict[str, dict[str, Any]], current: str) -> None:
    from neuroinfo.load import bulk_work

    with bulk_work():
        _fill(db, built, current)


def _fill(db: sqlite3.Connection, built: dict[str, dict[str, Any]], current: str) -> None:
    db.executescript(LAYOUT)
    records, names, links = [], [], []
    for kind in KINDS:
        for position, record in enumerate(built[kind].values()):
            record_json = json.dumps(asdict(record))
            records.append((kind, record.id, position, record_json, searchable(kind, record)))
            names += [(kind, key, record.id) for key in keys_of(record)]
            for link_kind, field in LINKS:
                if link_kind != kind:
                    continue
                value = getattr(record, field)
                for target in (value,) if isinstance(value, str) else value:
                    links.append((kind, record.id, f"{kind}.{field}", target))
    db.executemany("INSERT INTO records VALUES (?, ?, ?, ?, ?)", records)
    db.executemany("INSERT INTO names VALUES (?, ?, ?)", names)
    db.executemany("INSERT INTO links VALUES (?, ?, ?, ?)", links)
    db.execute("INSERT INTO meta VALUES ('fingerprint', ?)", (current,))
    db.commit()

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
from neuroinfo.match import keys_of, searchable
from neuroinfo.model import FILES, KINDS, KnowledgeBase

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
# The fields that link records, as "kind.field"; reverse lookups go through these.
LINK_FIELDS = {
    "types": ("references", "combines"),
    "topics": ("references",),
    "symptoms": ("types", "references"),
    "claims": ("source", "references", "symptoms", "types", "points"),
    "references": ("points",),
    "points": ("references",),
}


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "neuroinfo"


def fingerprint(folder: Path) -> str:
    """The folder, the names, sizes and modification times of its data files and of the
    schemas, and the version: stored whole in the cache and compared whole."""
    from neuroinfo.load import bundled_data_dir

    parts = [__version__, str(FORMAT), str(folder)]
    schemas = sorted((bundled_data_dir() / "schemas").glob("*.json"))
    for path in [*(folder / name for name in FILES.values()), *schemas]:
        try:
            stat = path.stat()
            parts.append(f"{path.name} {stat.st_size} {stat.st_mtime_ns}")
        except OSError:
            parts.append(f"{path.name} missing")
    return "\n".join(parts)


def knowledge(folder: Path) -> KnowledgeBase:
    """The knowledge base in `folder`: from the cache when it is current, else built anew."""
    from neuroinfo.load import check_folder

    check_folder(folder)
    if os.environ.get("NEUROINFO_NO_CACHE"):
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


def _open_current(path: Path, current: str) -> sqlite3.Connection | None:
    """The cached store at `path` if it exists, is readable and matches `current`."""
    try:
        db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        row = db.execute("SELECT value FROM meta WHERE key = 'fingerprint'").fetchone()
        if row is not None and row[0] == current:
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
            # No journal and no syncs: this file is seen only after the rename below, and
            # a crash before then leaves nothing but a temporary file to rebuild over.
            db.execute("PRAGMA journal_mode = OFF")
            db.execute("PRAGMA synchronous = OFF")
            _compile(db, built, current)
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
            for field in LINK_FIELDS[kind]:
                value = getattr(record, field)
                for target in (value,) if isinstance(value, str) else value:
                    links.append((kind, record.id, f"{kind}.{field}", target))
    db.executemany("INSERT INTO records VALUES (?, ?, ?, ?, ?)", records)
    db.executemany("INSERT INTO names VALUES (?, ?, ?)", names)
    db.executemany("INSERT INTO links VALUES (?, ?, ?, ?)", links)
    db.execute("INSERT INTO meta VALUES ('fingerprint', ?)", (current,))
    db.commit()

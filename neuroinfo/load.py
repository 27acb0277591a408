"""Data folder → KnowledgeBase, or a DataError listing every problem with its file:line:col.

Each file holds one kind of record under one top-level key. A folder may leave a file
out; links into a kind that is missing are then reported as dangling."""

import os
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from neuroinfo import grading, match
from neuroinfo.errors import DataError, Finding, NeuroinfoError
from neuroinfo.model import Claim, Code, KnowledgeBase, NerveType, Reference, Symptom, Topic
from neuroinfo.yamlread import REFUSED, Path_, Positions, read_yaml

FILES = {
    "topics": "overview.yaml",
    "types": "types.yaml",
    "symptoms": "symptoms.yaml",
    "claims": "claims.yaml",
    "references": "references.yaml",
}
REFERENCE_TYPES = ("article-journal", "review", "guideline", "webpage")

ID_PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
PATTERNS = {
    "doi": (re.compile(r"10\.\d{4,9}/\S+"), "a DOI such as 10.1000/xyz123"),
    "pmid": (re.compile(r"[1-9]\d{0,8}"), "a PubMed id: digits only"),
    "pmcid": (re.compile(r"PMC\d+"), "a PubMed Central id such as PMC1234567"),
    "url": (re.compile(r"https?://\S+"), "an http(s) URL"),
}
CODE_PATTERNS = {"HPO": re.compile(r"HP:\d{7}")}


class DataFolderError(NeuroinfoError):
    exit_code = DataError.exit_code


def bundled_data_dir() -> Path:
    """The data shipped inside the package, or the repository's data/ for a source checkout."""
    package = Path(__file__).resolve().parent
    shipped = package / "data"
    return shipped if shipped.is_dir() else package.parent / "data"


def display_path(path: Path) -> str:
    """A path as short as it can be while still naming the file for the user."""
    try:
        return os.path.relpath(path) if path.is_absolute() else str(path)
    except ValueError:  # pragma: no cover - another drive on Windows
        return str(path)


class _Source:
    """One file's positions and the shared list of findings."""

    def __init__(self, label: str, positions: Positions, findings: list[Finding]) -> None:
        self.label = label
        self.positions = positions
        self.findings = findings

    def error(self, path: Path_, message: str) -> None:
        while path not in self.positions and path:
            path = path[:-1]
        line, column = self.positions.get(path, (1, 1))
        self.findings.append(Finding(self.label, line, column, message))


class _Fields:
    """Typed access to one record's fields; every misuse becomes a finding, not an exception."""

    def __init__(self, source: _Source, raw: dict[str, Any], path: Path_) -> None:
        self.source = source
        self.raw = raw
        self.path = path
        self.asked: set[str] = set()

    def _get(self, name: str, required: bool) -> Any:
        self.asked.add(name)
        value = self.raw.get(name)
        if value is REFUSED:  # already reported where it was read
            return None
        if value is None and required:
            self.source.error(self.path, f"missing required field '{name}'")
        return value

    def _wrong(self, name: str, expected: str) -> None:
        self.source.error((*self.path, name), f"'{name}' must be {expected}")

    def text(self, name: str, required: bool = True) -> str | None:
        value = self._get(name, required)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            self._wrong(name, "non-empty text")
            return None
        pattern = PATTERNS.get(name)
        if pattern and not pattern[0].fullmatch(value):
            self._wrong(name, pattern[1])
        return value

    def texts(self, name: str, required: bool = False) -> tuple[str, ...]:
        value = self._get(name, required)
        if value is None:
            return ()
        if isinstance(value, list):
            value = [v for v in value if v is not REFUSED]
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            self._wrong(name, "a list of non-empty texts")
            return ()
        if required and not value:
            self._wrong(name, "a list with at least one entry")
        return tuple(value)

    def identifier(self, name: str = "id") -> str:
        value = self.text(name)
        if value is not None and not ID_PATTERN.fullmatch(value):
            self._wrong(name, "lower-case words joined by hyphens, such as 'muscle-cramps'")
        return value or ""

    def integer(self, name: str) -> int | None:
        value = self._get(name, False)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            self._wrong(name, "a whole number of zero or more")
            return None
        return value

    def flag(self, name: str, default: bool) -> bool:
        value = self._get(name, False)
        if value is None:
            return default
        if not isinstance(value, bool):
            self._wrong(name, "true or false")
            return default
        return value

    def choice(self, name: str, options: tuple[str, ...] | dict[str, str]) -> str:
        value = self.text(name)
        if value is not None and value not in options:
            self._wrong(name, "one of: " + ", ".join(options))
        return value or ""

    def day(self, name: str) -> str:
        value = self.text(name)
        if value is None:
            return ""
        try:
            when = date.fromisoformat(value)
        except ValueError:
            self._wrong(name, "a date written YYYY-MM-DD")
            return value
        if when > date.today():
            self.source.error((*self.path, name), f"'{name}' {value} is in the future")
        return value

    def codes(self, name: str = "codes") -> tuple[Code, ...]:
        value = self._get(name, False)
        if value is None:
            return ()
        if not isinstance(value, list):
            self._wrong(name, "a list of codes")
            return ()
        codes = []
        for index, item in enumerate(value):
            if item is REFUSED:
                continue
            if not isinstance(item, dict):
                self.source.error((*self.path, name, index), "a code needs system, code and label")
                continue
            fields = _Fields(self.source, item, (*self.path, name, index))
            system, code, label = fields.text("system"), fields.text("code"), fields.text("label")
            fields.finish()
            pattern = CODE_PATTERNS.get(system or "")
            if code and pattern and not pattern.fullmatch(code):
                fields._wrong("code", f"a {system} id such as HP:0001234")
            if system and code and label:
                codes.append(Code(system, code, label))
        return tuple(codes)

    def finish(self) -> None:
        for name in self.raw:
            if name not in self.asked:
                self.source.error((*self.path, name), f"unknown field '{name}'")


def _topic(f: _Fields) -> Topic:
    return Topic(
        id=f.identifier(),
        title=f.text("title") or "",
        summary=f.text("summary") or "",
        paragraphs=f.texts("paragraphs"),
        points=f.texts("points"),
        codes=f.codes(),
        references=f.texts("references"),
    )


def _type(f: _Fields) -> NerveType:
    return NerveType(
        id=f.identifier(),
        name=f.text("name") or "",
        summary=f.text("summary") or "",
        nerves_do=f.text("nerves_do") or "",
        damage_does=f.text("damage_does") or "",
        severity=f.text("severity") or "",
        aliases=f.texts("aliases"),
        combines=f.texts("combines"),
        codes=f.codes(),
        references=f.texts("references", required=True),
    )


def _symptom(f: _Fields) -> Symptom:
    return Symptom(
        id=f.identifier(),
        name=f.text("name") or "",
        summary=f.text("summary") or "",
        seek_care=f.text("seek_care") or "",
        urgent=f.text("urgent", required=False),
        types=f.texts("types", required=True),
        aliases=f.texts("aliases"),
        codes=f.codes(),
        references=f.texts("references", required=True),
    )


def _claim(f: _Fields) -> Claim:
    claim = Claim(
        id=f.identifier(),
        statement=f.text("statement") or "",
        quoted=f.flag("quoted", True),
        source=f.text("source") or "",
        outcome=f.text("outcome") or "",
        comparator=f.text("comparator", required=False),
        study_design=f.choice("study_design", grading.STUDY_DESIGNS),
        n_studies=f.integer("n_studies"),
        n_participants=f.integer("n_participants"),
        certainty=f.choice("certainty", grading.CERTAINTIES),
        direction=f.choice("direction", grading.DIRECTIONS),
        evidence=f.text("evidence") or "",
        caveats=f.texts("caveats"),
        references=f.texts("references", required=True),
        symptoms=f.texts("symptoms"),
        types=f.texts("types"),
        last_reviewed=f.day("last_reviewed"),
    )
    if claim.study_design in grading.STUDY_DESIGNS and claim.certainty in grading.CERTAINTIES:
        for problem in grading.grading_problems(claim.certainty, claim.study_design):
            f.source.error((*f.path, "certainty"), problem)
    return claim


def _reference(f: _Fields) -> Reference:
    return Reference(
        id=f.identifier(),
        type=f.choice("type", REFERENCE_TYPES),
        title=f.text("title", required=False),
        authors=f.texts("authors"),
        authors_complete=f.flag("authors_complete", True),
        container=f.text("container", required=False),
        year=f.integer("year"),
        volume=f.text("volume", required=False),
        issue=f.text("issue", required=False),
        pages=f.text("pages", required=False),
        doi=f.text("doi", required=False),
        pmid=f.text("pmid", required=False),
        pmcid=f.text("pmcid", required=False),
        url=f.text("url", required=False),
        note=f.text("note", required=False),
    )


BUILDERS: dict[str, Callable[[_Fields], Any]] = {
    "topics": _topic,
    "types": _type,
    "symptoms": _symptom,
    "claims": _claim,
    "references": _reference,
}
# (kind, field) → the kind its ids must name
LINKS = {
    ("types", "references"): "references",
    ("types", "combines"): "types",
    ("topics", "references"): "references",
    ("symptoms", "types"): "types",
    ("symptoms", "references"): "references",
    ("claims", "source"): "references",
    ("claims", "references"): "references",
    ("claims", "symptoms"): "symptoms",
    ("claims", "types"): "types",
}
SINGULAR = {
    "topics": "topic",
    "types": "type",
    "symptoms": "symptom",
    "claims": "claim",
    "references": "reference",
}
# The field, besides id and aliases, that users type to name a record of each kind.
NAME_FIELDS = {"topics": "title", "types": "name", "symptoms": "name"}


def _check_folder(folder: Path) -> None:
    shown = display_path(folder)
    if not folder.exists():
        raise DataFolderError(f"data folder not found: {shown}")
    if not folder.is_dir():
        raise DataFolderError(f"data folder is not a folder: {shown}")
    if not os.access(folder, os.R_OK | os.X_OK):
        raise DataFolderError(f"data folder cannot be read (permission denied): {shown}")


def load(folder: Path | None = None) -> KnowledgeBase:
    """Read and check every data file in `folder` (default: the bundled data)."""
    folder = folder if folder is not None else bundled_data_dir()
    _check_folder(folder)
    findings: list[Finding] = []
    built: dict[str, dict[str, Any]] = {kind: {} for kind in FILES}
    located: list[tuple[str, Any, _Source, Path_, dict[str, Any]]] = []
    unreadable: set[str] = set()  # kinds whose file could not be read: links into them go unchecked
    for kind, filename in FILES.items():
        path = folder / filename
        if not path.exists() and not path.is_symlink():
            continue
        label = display_path(path)
        value, positions, problems = read_yaml(path, label)
        findings.extend(problems)
        source = _Source(label, positions, findings)
        entries = _entries(value, kind, source)
        if entries is None:
            unreadable.add(kind)
            continue
        for index, raw in entries:
            fields = _Fields(source, raw, (kind, index))
            record = BUILDERS[kind](fields)
            fields.finish()
            if record.id in built[kind]:
                source.error((kind, index, "id"), f"duplicate {SINGULAR[kind]} id '{record.id}'")
                continue
            if record.id:
                built[kind][record.id] = record
            located.append((kind, record, source, (kind, index), raw))
    _check_names(located)
    _check_links(located, built, unreadable)
    if findings:
        raise DataError(findings)
    return KnowledgeBase(**built)


def _entries(value: Any, kind: str, source: _Source) -> list[tuple[int, dict[str, Any]]] | None:
    """The file's records with their index, or None if the file could not be read as records."""
    if value is None:
        return []
    if value is REFUSED:
        return None
    if not isinstance(value, dict) or kind not in value:
        source.error((), f"this file must hold one top-level key, '{kind}:', with a list")
        return None
    for key in value:
        if key != kind:
            source.error((key,), f"unknown top-level key '{key}' (expected only '{kind}')")
    records = value[kind]
    if records is REFUSED:
        return None
    if not isinstance(records, list):
        source.error((kind,), f"'{kind}' must be a list of records")
        return None
    entries = []
    for index, raw in enumerate(records):
        if raw is REFUSED:
            continue
        if isinstance(raw, dict):
            entries.append((index, raw))
        else:
            source.error((kind, index), f"each entry in '{kind}' must be a mapping of fields")
    return entries


def _check_names(located: list[tuple[str, Any, _Source, Path_, dict[str, Any]]]) -> None:
    """Two records of one kind may not answer to the same name, or matching would guess."""
    owners: dict[tuple[str, str], str] = {}
    for kind, record, source, base, raw in located:
        if not record.id:
            continue
        named = [("id", record.id, (*base, "id"))]
        name_field = NAME_FIELDS.get(kind)
        if name_field:
            named.append((name_field, raw.get(name_field), (*base, name_field)))
        aliases = raw.get("aliases")
        if isinstance(aliases, list):
            named += [("alias", a, (*base, "aliases", i)) for i, a in enumerate(aliases)]
        for field_name, text, path in named:
            if not isinstance(text, str):
                continue
            key = match.normalise(text)
            owner = owners.setdefault((kind, key), record.id)
            if key and owner != record.id:
                source.error(
                    path, f"{field_name} '{text}' already names {SINGULAR[kind]} '{owner}'"
                )


def _check_links(
    located: list[tuple[str, Any, _Source, Path_, dict[str, Any]]],
    built: dict[str, dict[str, Any]],
    unreadable: set[str],
) -> None:
    for kind, _record, source, base, raw in located:
        for (link_kind, field_name), target in LINKS.items():
            if link_kind != kind or target in unreadable:
                continue
            value = raw.get(field_name)
            ids = [value] if isinstance(value, str) else value if isinstance(value, list) else []
            for index, target_id in enumerate(ids):
                if not isinstance(target_id, str) or target_id in built[target]:
                    continue
                path = (*base, field_name) if isinstance(value, str) else (*base, field_name, index)
                hints = match.suggest(target_id, built[target], limit=1)
                hint = f"; did you mean '{hints[0]}'?" if hints else ""
                source.error(path, f"unknown {SINGULAR[target]} '{target_id}'{hint}")

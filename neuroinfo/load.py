"""Data folder → KnowledgeBase, or a DataError listing every problem with its file:line:col.

Each file holds one kind of record under one top-level key, in the shape its JSON Schema
gives (data/schemas/); this module adds what a schema cannot say: links between records,
duplicate ids and names, the grading rules, impossible or stale dates. A folder may leave
a file out; links into a kind that is missing are then reported as dangling."""

from __future__ import annotations

import gc
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from neuroinfo import grading, match
from neuroinfo.errors import DataError, Finding, shown
from neuroinfo.folders import bundled_data_dir, check_folder, display_path
from neuroinfo.model import (
    FILES,
    LINKS,
    SINGULAR,
    Claim,
    Code,
    Downgrade,
    KnowledgeBase,
    NerveType,
    Outcome,
    Point,
    RedFlag,
    Reference,
    Symptom,
    Topic,
)

if TYPE_CHECKING:  # the YAML reader is imported only when files are read
    from neuroinfo.yamlread import Path_, Positions


class _Source:
    """One file, and the shared list of findings. The position of every value is worked
    out only when a finding first needs one, by reading the file again.

    A file shows at most MAX_FINDINGS findings; the rest are counted, so that a file of a
    million broken records is one screen of problems and a number, not millions of lines."""

    def __init__(self, file: Path, label: str, findings: list[Finding]) -> None:
        self.file = file
        self.label = label
        self.findings = findings
        self.shown = 0
        self.omitted: dict[str, int] = {}  # by severity
        self._positions: Positions | None = None

    def error(self, path: Path_, message: str, severity: str = "error") -> None:
        if self._room(severity):
            if self._positions is None:
                from neuroinfo.yamlread import read_yaml

                self._positions = read_yaml(self.file, self.label, track=True)[1]
            while path not in self._positions and path:
                path = path[:-1]
            line, column = self._positions.get(path, (1, 1))
            self.findings.append(Finding(self.label, line, column, message, severity))

    def add(self, finding: Finding) -> None:
        if self._room(finding.severity):
            self.findings.append(finding)

    def _room(self, severity: str) -> bool:
        if self.shown < MAX_FINDINGS:
            self.shown += 1
            return True
        self.omitted[severity] = self.omitted.get(severity, 0) + 1
        return False

    def close(self) -> None:
        """Say how many findings were not shown, as one more finding after the rest."""
        if not self.omitted:
            return
        total = sum(self.omitted.values())
        severity = "error" if "error" in self.omitted else "warning"
        last = max((f.line for f in self.findings if f.path == self.label), default=1)
        message = f"and {total:,} more problem(s) in this file, not shown"
        self.findings.append(Finding(self.label, last + 1, 1, message, severity, total))


class _Fields:
    """Typed reads of one record. The schema has already reported anything of the wrong
    shape, so a wrong value here just reads as missing."""

    def __init__(self, raw: dict[str, Any]) -> None:
        self.raw = raw

    def text(self, name: str) -> str | None:
        value = self.raw.get(name)
        return value if isinstance(value, str) and value.strip() else None

    def texts(self, name: str) -> tuple[str, ...]:
        value = self.raw.get(name)
        return tuple(v for v in value if isinstance(v, str)) if isinstance(value, list) else ()

    def combinations(self, name: str) -> tuple[tuple[str, ...], ...]:
        """A list of lists of texts (the word groups of `noticed_by`)."""
        value = self.raw.get(name)
        if not isinstance(value, list):
            return ()
        return tuple(
            tuple(v for v in item if isinstance(v, str)) for item in value if isinstance(item, list)
        )

    def integer(self, name: str) -> int | None:
        value = self.raw.get(name)
        return value if isinstance(value, int) and not isinstance(value, bool) else None

    def flag(self, name: str, default: bool) -> bool:
        value = self.raw.get(name)
        return value if isinstance(value, bool) else default

    def codes(self) -> tuple[Code, ...]:
        value = self.raw.get("codes")
        items = value if isinstance(value, list) else []
        return tuple(
            Code(item["system"], item["code"], item["label"])
            for item in items
            if isinstance(item, dict)
            and all(isinstance(item.get(k), str) for k in ("system", "code", "label"))
        )

    def outcomes(self) -> tuple[Outcome, ...]:
        """A claim's outcome rows; a row of the wrong shape (reported by the schema) is left
        out rather than guessed at."""
        value = self.raw.get("outcomes")
        rows = []
        for item in value if isinstance(value, list) else []:
            row = _Fields(item) if isinstance(item, dict) else None
            ci = item.get("ci") if row else None
            required = ("outcome", "comparator", "measure", "estimate", "source", "certainty")
            if row is None or not all(row.text(name) for name in (*required, "better")):
                continue
            if not _FIGURE.fullmatch(row.text("estimate") or ""):
                continue
            if ci is not None and not (
                isinstance(ci, list)
                and len(ci) == 2
                and all(isinstance(x, str) and _FIGURE.fullmatch(x) for x in ci)
            ):
                continue
            rows.append(
                Outcome(
                    outcome=row.text("outcome") or "",
                    comparator=row.text("comparator") or "",
                    measure=row.text("measure") or "",
                    estimate=row.text("estimate") or "",
                    source=row.text("source") or "",
                    certainty=row.text("certainty") or "",
                    better=row.text("better") or "",
                    ci=(ci[0], ci[1]) if ci else None,
                    ci_note=row.text("ci_note"),
                    p=row.text("p"),
                    studies=row.integer("studies"),
                    participants=row.integer("participants"),
                    scale=row.text("scale"),
                    downgrades=row.downgrades(),
                )
            )
        return tuple(rows)

    def downgrades(self) -> tuple[Downgrade, ...]:
        value = self.raw.get("downgrades")
        items = value if isinstance(value, list) else []
        return tuple(
            Downgrade(item["domain"], item["reason"], item.get("levels", 1))
            for item in items
            if isinstance(item, dict)
            and all(isinstance(item.get(k), str) for k in ("domain", "reason"))
            and item.get("levels", 1) in (1, 2)
        )


# A figure as a source prints it: digits, perhaps a minus sign and a decimal part.
_FIGURE = re.compile(r"-?[0-9]+(\.[0-9]+)?")


def _topic(f: _Fields) -> Topic:
    return Topic(
        id=f.text("id") or "",
        title=f.text("title") or "",
        summary=f.text("summary") or "",
        paragraphs=f.texts("paragraphs"),
        points=f.texts("points"),
        codes=f.codes(),
        references=f.texts("references"),
        red_flags=f.texts("red_flags"),
        phrases=f.texts("phrases"),
    )


def _type(f: _Fields) -> NerveType:
    return NerveType(
        id=f.text("id") or "",
        name=f.text("name") or "",
        summary=f.text("summary") or "",
        nerves_do=f.text("nerves_do") or "",
        damage_does=f.text("damage_does") or "",
        severity=f.text("severity") or "",
        aliases=f.texts("aliases"),
        combines=f.texts("combines"),
        codes=f.codes(),
        references=f.texts("references"),
        red_flags=f.texts("red_flags"),
        phrases=f.texts("phrases"),
    )


def _symptom(f: _Fields) -> Symptom:
    return Symptom(
        id=f.text("id") or "",
        name=f.text("name") or "",
        summary=f.text("summary") or "",
        seek_care=f.text("seek_care") or "",
        red_flags=f.texts("red_flags"),
        types=f.texts("types"),
        aliases=f.texts("aliases"),
        codes=f.codes(),
        references=f.texts("references"),
        phrases=f.texts("phrases"),
        last_reviewed=f.text("last_reviewed"),
    )


def _red_flag(f: _Fields) -> RedFlag:
    return RedFlag(
        id=f.text("id") or "",
        title=f.text("title") or "",
        signs=f.text("signs") or "",
        action=f.text("action") or "",
        speed=f.text("speed") or "",
        references=f.texts("references"),
        phrases=f.texts("phrases"),
        noticed_by=f.combinations("noticed_by"),
    )


def _claim(f: _Fields) -> Claim:
    return Claim(
        id=f.text("id") or "",
        statement=f.text("statement") or "",
        quoted=f.flag("quoted", True),
        source=f.text("source") or "",
        outcome=f.text("outcome") or "",
        comparator=f.text("comparator"),
        study_design=f.text("study_design") or "",
        n_studies=f.integer("n_studies"),
        n_participants=f.integer("n_participants"),
        size=f.text("size"),
        certainty=f.text("certainty") or "",
        direction=f.text("direction") or "",
        evidence=f.text("evidence") or "",
        caveats=f.texts("caveats"),
        take_care=f.text("take_care"),
        references=f.texts("references"),
        symptoms=f.texts("symptoms"),
        types=f.texts("types"),
        points=f.texts("points"),
        last_reviewed=f.text("last_reviewed") or "",
        phrases=f.texts("phrases"),
        outcomes=f.outcomes(),
    )


def _reference(f: _Fields) -> Reference:
    return Reference(
        id=f.text("id") or "",
        type=f.text("type") or "",
        title=f.text("title"),
        authors=f.texts("authors"),
        authors_complete=f.flag("authors_complete", True),
        container=f.text("container"),
        year=f.integer("year"),
        volume=f.text("volume"),
        issue=f.text("issue"),
        pages=f.text("pages"),
        doi=f.text("doi"),
        pmid=f.text("pmid"),
        pmcid=f.text("pmcid"),
        url=f.text("url"),
        isbn=f.text("isbn"),
        note=f.text("note"),
        points=f.texts("points"),
        remarks=f.text("remarks"),
        title_ours=f.flag("title_ours", False),
        results=f.texts("results"),
    )


def _point(f: _Fields) -> Point:
    return Point(
        id=f.text("id") or "",
        code=f.text("code") or "",
        pinyin=f.text("pinyin"),
        standard=f.text("standard") or "",
        location=f.text("location"),
        references=f.texts("references"),
        meridian=f.text("meridian"),
        english=f.text("english"),
        aliases=f.texts("aliases"),
        note=f.text("note"),
        phrases=f.texts("phrases"),
    )


BUILDERS: dict[str, Callable[[_Fields], Any]] = {
    "topics": _topic,
    "types": _type,
    "symptoms": _symptom,
    "claims": _claim,
    "references": _reference,
    "points": _point,
    "red_flags": _red_flag,
}
# (kind, field) → the kind its ids must name
# The field, besides id and aliases, that users type to name a record of each kind.
NAME_FIELDS = {"topics": ("title",), "types": ("name",), "symptoms": ("name",)}
NAME_FIELDS["points"] = ("code", "pinyin")
NAME_FIELDS["red_flags"] = ("title",)
STALE_AFTER_DAYS = 2 * 365
MAX_FINDINGS = 100  # per file
MAX_SUGGESTED = 50

Located = list[tuple[str, Any, "_Source", "Path_", "dict[str, Any]"]]


Built = dict[str, dict[str, Any]]


def check(folder: Path | None = None) -> tuple[Built, list[Finding]]:
    """Read every data file in `folder` (default: the bundled data) and check all of it.

    Returns the records that could be built, by kind and id, and every finding, errors and
    warnings, in file order."""
    with bulk_work():
        return _check(folder)


@contextmanager
def bulk_work() -> Iterator[None]:
    """Pause Python's cycle collector. Reading and compiling make millions of long-lived
    objects and no cycles, which it would rescan again and again (measured: 40% of the
    time at 20,000 symptoms)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()


def _check(folder: Path | None) -> tuple[Built, list[Finding]]:
    from neuroinfo import schema
    from neuroinfo.yamlread import REFUSED, read_yaml

    folder = folder if folder is not None else bundled_data_dir()
    check_folder(folder)
    findings: list[Finding] = []
    built: dict[str, dict[str, Any]] = {kind: {} for kind in FILES}
    located: Located = []
    unreadable: set[str] = set()  # kinds whose file could not be read: links into them go unchecked
    sources: list[_Source] = []
    for kind, filename in FILES.items():
        path = folder / filename
        if not path.exists() and not path.is_symlink():
            continue
        value, _, problems = read_yaml(path, display_path(path), track=False)
        source = _Source(path, display_path(path), findings)
        sources.append(source)
        for problem in problems:
            source.add(problem)
        if value is REFUSED:
            unreadable.add(kind)
            continue
        if value is None:  # empty, or only comments: perhaps a save that went wrong
            source.error(
                (), f"the file is empty: leave it out, or write '{kind}: []' for no records"
            )
            unreadable.add(kind)
            continue
        for where, message in schema.problems(kind, value):
            source.error(where, message)
        entries = _entries(value, kind)
        if entries is None:
            unreadable.add(kind)
            continue
        for index, raw in entries:
            record = BUILDERS[kind](_Fields(raw))
            if record.id in built[kind]:
                source.error((kind, index, "id"), f"duplicate {SINGULAR[kind]} id '{record.id}'")
                continue
            if record.id:
                built[kind][record.id] = record
            located.append((kind, record, source, (kind, index), raw))
    _check_names(located)
    _check_phrases(located)
    _check_links(located, built, unreadable)
    _check_combinations(located, built)
    _check_claims(located)
    _check_outcomes(located, built)
    _check_red_flags(located)
    _check_years(located)
    if "references" not in unreadable:
        _check_cited(located, built)
    for source in sources:
        source.close()
    return built, sorted(findings)


def build(folder: Path) -> Built:
    """The records in `folder`, or a DataError listing every error (warnings pass)."""
    built, findings = check(folder)
    errors = [f for f in findings if f.severity == "error"]
    if errors:
        raise DataError(errors, sum(f.stands_for for f in errors))
    return built


def load(folder: Path | None = None) -> KnowledgeBase:
    """The knowledge base in `folder` (default: the bundled data), from the compiled cache
    when it is current; reading and validating the YAML only when it is not."""
    from neuroinfo.cache import knowledge

    return knowledge(folder if folder is not None else bundled_data_dir())


def _entries(value: Any, kind: str) -> list[tuple[int, dict[str, Any]]] | None:
    """The file's records with their index, or None if it holds no list of records."""
    records = value.get(kind) if isinstance(value, dict) else None
    if not isinstance(records, list):
        return None
    return [(index, raw) for index, raw in enumerate(records) if isinstance(raw, dict)]


def _check_names(located: Located) -> None:
    """Two records of one kind may not answer to the same name, or matching would guess."""
    owners: dict[tuple[str, str], str] = {}
    for kind, record, source, base, raw in located:
        if not record.id:
            continue
        named = [("id", record.id, (*base, "id"))]
        for name_field in NAME_FIELDS.get(kind, ()):
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


def _check_phrases(located: Located) -> None:
    """A phrase given twice in one record is a slip (it counts once): a warning."""
    for _kind, _record, source, base, raw in located:
        phrases = raw.get("phrases")
        if not isinstance(phrases, list):
            continue
        seen: set[str] = set()
        for index, phrase in enumerate(phrases):
            if not isinstance(phrase, str):
                continue
            key = " ".join(phrase.casefold().split())  # "ST 36" and "ST-36" are two ways
            if key in seen:
                source.error(
                    (*base, "phrases", index), f"phrase '{phrase}' is given twice", "warning"
                )
            seen.add(key)


def _check_links(located: Located, built: dict[str, dict[str, Any]], unreadable: set[str]) -> None:
    suggestions = MAX_SUGGESTED  # each costs a scan of every id: only the first few get one
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
                hints = match.suggest(target_id, built[target], limit=1) if suggestions else []
                suggestions = max(0, suggestions - 1)
                hint = f"; did you mean '{hints[0]}'?" if hints else ""
                source.error(path, f"unknown {SINGULAR[target]} '{shown(target_id)}'{hint}")


def _check_combinations(located: Located, built: Built) -> None:
    """A combination joins plain types: never itself, never another combination (no cycles)."""
    for kind, nerve_type, source, base, _raw in located:
        if kind != "types":
            continue
        for index, part in enumerate(nerve_type.combines):
            where = (*base, "combines", index)
            if part == nerve_type.id:
                source.error(where, f"type '{part}' cannot combine itself")
            elif part in built["types"] and built["types"][part].combines:
                source.error(where, f"type '{part}' is itself a combination; combine plain types")


def _check_red_flags(located: Located) -> None:
    """Advice for an emergency must send people to emergency care, named so that readers
    anywhere recognise it: 'your emergency number', with examples, or 'emergency department'.
    No word may be in two groups of one combination of its `noticed_by`."""
    for kind, flag, source, base, _raw in located:
        if kind != "red_flags":
            continue
        _check_noticed_by(flag, source, base)
        if flag.speed != "emergency" or not flag.action:
            continue
        action = flag.action.lower()
        if "emergency number" not in action and "emergency department" not in action:
            source.error(
                (*base, "action"),
                "an emergency red flag's action must say to call your emergency number "
                "(such as 999, 112 or 911) or go to an emergency department",
            )
        elif "emergency number" in action and not all(n in action for n in ("999", "911")):
            source.error(
                (*base, "action"),
                "name the emergency number with examples: 'your emergency number, such as "
                "999, 112 or 911'",
            )


def _check_noticed_by(flag: RedFlag, source: Any, base: tuple[Any, ...]) -> None:
    """A word in two groups of one combination would hold both alone; so would two forms of
    one word ("fall", "falls"), which search reads as one."""
    if not flag.noticed_by:
        return
    from neuroinfo import sqlite
    from neuroinfo.search.rank import stems
    from neuroinfo.search.text import fold

    words = list(dict.fromkeys(w for groups in flag.noticed_by for g in groups for w in g.split()))
    db = sqlite.connect(":memory:")  # the index's own stemmer, as search reads the words
    try:
        db.execute("PRAGMA temp_store = MEMORY")  # its scratch table too (see cache.py)
        stem_of = dict(zip(words, stems(db, [fold(w) for w in words]), strict=True))
    finally:
        db.close()
    for index, groups in enumerate(flag.noticed_by):
        seen: dict[str, tuple[int, str]] = {}  # stem -> (group, word)
        for number, group in enumerate(groups):
            for word in dict.fromkeys(group.split()):
                other = seen.setdefault(stem_of[word], (number, word))
                if other[0] != number:
                    same = "" if other[1] == word else f" (read as '{other[1]}')"
                    message = f"'{word}' is in two groups of one combination{same}"
                    source.error((*base, "noticed_by", index, number), message)


def _check_years(located: Located) -> None:
    """Nothing in the bibliography can have been published after this year: a warning, not an
    error, since it depends on this machine's clock, and a clock set back must not stop the
    data from being read (as it then would only when the cache is cold)."""
    this_year = date.today().year
    for kind, ref, source, base, _raw in located:
        if kind == "references" and ref.year and ref.year > this_year:
            source.error((*base, "year"), f"'year' {ref.year} is in the future", "warning")


def _check_claims(located: Located) -> None:
    """The grading rules from design.md, and review dates that are impossible or stale."""
    for kind, claim, source, base, _raw in located:
        graded = claim.study_design in grading.STUDY_DESIGNS if kind == "claims" else False
        if graded and claim.certainty in grading.CERTAINTIES:
            for problem in grading.grading_problems(claim.certainty, claim.study_design):
                source.error((*base, "certainty"), problem)
        if kind in ("claims", "symptoms") and getattr(claim, "last_reviewed", None):
            _check_review_date(kind, claim, source, base)


def _check_outcomes(located: Located, built: Built) -> None:
    """Each outcome row holds together and is the result its source printed: the interval
    contains the estimate, the downgrades account for the certainty, the claim cites the
    source, and every figure appears in the source's `results` lines."""
    for kind, claim, source, base, _raw in located:
        if kind != "claims":
            continue
        for index, row in enumerate(claim.outcomes):
            where = (*base, "outcomes", index)
            for field, message in _outcome_problems(claim, row, built["references"]):
                source.error((*where, field) if field else where, message)


def _outcome_problems(
    claim: Claim, row: Outcome, references: dict[str, Any]
) -> list[tuple[str, str]]:
    """What is wrong with one outcome row, as (field, message) pairs."""
    problems = []
    if row.ci and not float(row.ci[0]) <= row.value <= float(row.ci[1]):
        interval = f"{row.ci[0]} to {row.ci[1]}"
        problems.append(("ci", f"the interval {interval} does not contain the estimate"))
    levels = sum(d.levels for d in row.downgrades)
    if row.certainty != grading.certainty_after(levels):
        problems.append(
            (
                "certainty",
                f"certainty '{row.certainty}' does not follow from the downgrades: {levels} "
                f"level(s) down from high is '{grading.certainty_after(levels)}'",
            )
        )
    domains = [d.domain for d in row.downgrades]
    if len(set(domains)) != len(domains):
        problems.append(("downgrades", "a domain lowers a row once (levels: 2 if very serious)"))
    if row.source not in claim.references:
        problems.append(("source", f"the claim does not cite '{row.source}'"))
    reference = references.get(row.source)
    if reference is not None:  # an unknown id is reported with the other links
        problems += _unprinted(row, reference)
    return problems


def _unprinted(row: Outcome, reference: Reference) -> list[tuple[str, str]]:
    """The row's figures that its source's `results` lines do not print. The estimate, the
    interval and P must all be on one line that names the measure."""
    if not reference.results:
        return [("source", f"reference '{reference.id}' has no results to check the row by")]
    printed = [(line, _figures(line)) for line in reference.results]
    wanted = [row.estimate, *(row.ci or ()), *([row.p.lstrip("<= ")] if row.p else [])]
    problems = []
    if not any(
        re.search(rf"\b{row.measure}\b", line) and set(wanted) <= figures
        for line, figures in printed
    ):
        figures = ", ".join(wanted)
        problems.append(
            ("estimate", f"no result of '{reference.id}' prints {row.measure} with {figures}")
        )
    every = set().union(*(figures for _, figures in printed))
    for field in ("studies", "participants"):
        count = getattr(row, field)
        single = field == "studies" and count == 1 and reference.type != "review"
        if count is not None and str(count) not in every and not single:  # a trial is 1 study
            problems.append((field, f"no result of '{reference.id}' prints {field} {count}"))
    return problems


# A figure in running text: '-0.54', '1,649' or '.04', with a hyphen or a minus sign
# (U+2212) before it; never the '2' of 'I2' or a figure inside another.
_FIGURE_IN_TEXT = re.compile(r"(?<![\w.])[-\u2212]?(?:\d[\d,]*(?:\.\d+)?|\.\d+)")


def _figures(text: str) -> set[str]:
    """The figures printed in a line of results, as the data writes them: no thousands
    commas, an ASCII minus, and '.04' also as '0.04'."""
    found = set()
    for printed in _FIGURE_IN_TEXT.findall(text):
        figure = printed.replace("\u2212", "-").rstrip(",").replace(",", "")
        found.add(figure)
        if figure.lstrip("-").startswith("."):
            found.add(figure.replace(".", "0.", 1))
    return found


def _check_review_date(kind: str, record: Any, source: _Source, base: Path_) -> None:
    """A review date must be real; one in the future or over two years old warns (both by
    this machine's clock, which may be wrong: see _check_years)."""
    where = (*base, "last_reviewed")
    try:
        reviewed = date.fromisoformat(record.last_reviewed)
    except ValueError:  # the schema reports one that is not YYYY-MM-DD at all
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", record.last_reviewed):
            source.error(where, f"'last_reviewed' {record.last_reviewed} is not a real date")
        return
    today = date.today()
    if reviewed > today:
        source.error(where, f"'last_reviewed' {record.last_reviewed} is in the future", "warning")
    elif (today - reviewed).days > STALE_AFTER_DAYS:
        source.error(
            where,
            f"{SINGULAR[kind]} '{record.id}' was last reviewed on {record.last_reviewed}, more "
            "than two years ago: check it against newer evidence",
            "warning",
        )


def _check_cited(located: Located, built: dict[str, dict[str, Any]]) -> None:
    """A reference that nothing cites is probably a leftover or a missing link."""
    cited = set()
    for _kind, record, *_ in located:
        cited.update(getattr(record, "references", ()) if not isinstance(record, Reference) else ())
        if isinstance(record, Claim):
            cited.add(record.source)
    for kind, record, source, base, _raw in located:
        if kind == "references" and record.id and record.id not in cited:
            source.error((*base, "id"), f"reference '{record.id}' is cited by nothing", "warning")

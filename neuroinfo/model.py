"""The knowledge base: frozen records, and the lookups derived from their links.

Links go one way only in the data (a symptom names its types, a claim names its symptoms,
types and references); every reverse view is answered here, never stored in the data."""

from __future__ import annotations

import json
import zlib
from collections.abc import Iterator, Mapping

from neuroinfo import grading, sqlite
from neuroinfo.frozen import record

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing costs milliseconds at start-up; annotations need it only here
    from typing import Any

# Characters of a DOI that a URL would read as its own marks (a fragment, a query, an escape)
# or could not hold: percent-encoded in a doi.org link.
URL_UNSAFE_IN_DOI = frozenset('%"#? <>\\^`{|}')


@record
class Code:
    system: str
    code: str
    label: str


@record
class Downgrade:
    """One GRADE domain that lowered an outcome row's certainty, by one level or two."""

    domain: str
    reason: str
    levels: int = 1


@record
class Outcome:
    """One result of a claim: one outcome against one comparator, as its source printed it.
    Figures are kept as the text the source printed ('4.60' stays 4.60)."""

    outcome: str  # a noun phrase: 'Acupuncture may improve <outcome>'
    comparator: str
    measure: str
    estimate: str
    source: str
    certainty: str
    better: str  # "lower" or "higher": which way favours acupuncture
    ci: tuple[str, str] | None = None
    ci_note: str | None = None  # why there is no interval, where there is none
    p: str | None = None
    studies: int | None = None
    participants: int | None = None
    scale: str | None = None  # rows on one scale share a forest plot (mean differences)
    downgrades: tuple[Downgrade, ...] = ()

    @property
    def value(self) -> float:
        return float(self.estimate)

    @property
    def interval(self) -> tuple[float, float] | None:
        return (float(self.ci[0]), float(self.ci[1])) if self.ci else None

    @property
    def size(self) -> str:
        return grading.effect_size(self.measure, self.value)

    @property
    def direction(self) -> str:
        return grading.side(self.value, self.interval, self.p, self.measure, self.better)

    @property
    def statement(self) -> str:
        return grading.statement(self.certainty, self.size, self.direction, self.outcome)

    @property
    def effect(self) -> str:
        """'SMD -0.54 (95% CI -0.95 to -0.13)', as printed; without an interval, with P."""
        if self.ci:
            return f"{self.measure} {self.estimate} (95% CI {self.ci[0]} to {self.ci[1]})"
        p = (
            f", P {self.p}"
            if self.p and self.p[:1] in "<="
            else f", P = {self.p}"
            if self.p
            else ""
        )
        return f"{self.measure} {self.estimate} (no interval reported{p})"

    @property
    def panel(self) -> tuple[str, str, str]:
        """Rows that can share one scale in a forest plot: same measure, same direction of
        benefit, and for mean differences the same scale."""
        return (
            self.measure,
            self.better,
            self.scale or self.outcome if self.measure == "MD" else "",
        )


@record
class Reference:
    id: str
    type: str
    title: str | None = None
    authors: tuple[str, ...] = ()
    authors_complete: bool = True
    container: str | None = None
    year: int | None = None
    volume: str | None = None
    issue: str | None = None
    pages: str | None = None
    doi: str | None = None
    pmid: str | None = None
    pmcid: str | None = None
    url: str | None = None
    isbn: str | None = None
    note: str | None = None
    points: tuple[str, ...] = ()
    remarks: str | None = None
    title_ours: bool = False
    results: tuple[str, ...] = ()  # results as the source printed them, figures and all

    @property
    def name(self) -> str:
        return self.shown_title or self.container or self.id

    @property
    def shown_title(self) -> str | None:
        """The title as citations print it: a description of ours stands in square
        brackets, as citation styles mark a title the work itself does not carry."""
        if not self.title:
            return None
        return f"[{self.title}]" if self.title_ours else self.title

    @property
    def short(self) -> str:
        """'Schröder S et al. 2007' or 'NCCIH' — the in-text form of a citation."""
        if self.authors:
            who = self.authors[0]
            if len(self.authors) > 2 or not self.authors_complete:
                who += " et al."
            elif len(self.authors) == 2:
                who += f", {self.authors[1]}"
        else:
            who = self.container or self.title or self.id
        return f"{who} {self.year}" if self.year else who

    @property
    def where(self) -> str:
        """'European Journal of Neurology 14(3):276-281' from whichever parts are known."""
        where = self.container or ""
        volume = (self.volume or "") + (f"({self.issue})" if self.issue else "")
        if volume:
            where += f" {volume}"
        if self.pages:
            where += (":" if volume else ", ") + self.pages
        return where

    @property
    def links(self) -> list[tuple[str, str]]:
        """(label, URL) for each way to reach it: DOI, PubMed, PMC, or the web address."""
        found = [("DOI", self.doi_url), ("PubMed", self.pubmed_url), ("PMC", self.pmc_url)]
        if not self.doi:
            found.append(("Web", self.url))
        return [(label, url) for label, url in found if url]

    @property
    def doi_url(self) -> str | None:
        """The DOI as a doi.org link, with the characters a URL reads otherwise ("#", "?",
        "%", spaces, quotes) percent-encoded, as the DOI Handbook asks."""
        if not self.doi:
            return None
        return "https://doi.org/" + "".join(
            f"%{ord(c):02X}" if c in URL_UNSAFE_IN_DOI else c for c in self.doi
        )

    @property
    def pubmed_url(self) -> str | None:
        return f"https://pubmed.ncbi.nlm.nih.gov/{self.pmid}/" if self.pmid else None

    @property
    def pmc_url(self) -> str | None:
        return f"https://pmc.ncbi.nlm.nih.gov/articles/{self.pmcid}/" if self.pmcid else None


@record
class NerveType:
    id: str
    name: str
    summary: str
    nerves_do: str
    damage_does: str
    severity: str
    aliases: tuple[str, ...] = ()
    combines: tuple[str, ...] = ()
    codes: tuple[Code, ...] = ()
    references: tuple[str, ...] = ()
    red_flags: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()


@record
class Symptom:
    id: str
    name: str
    summary: str
    seek_care: str
    types: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    red_flags: tuple[str, ...] = ()
    codes: tuple[Code, ...] = ()
    references: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    last_reviewed: str | None = None


@record
class RedFlag:
    """Signs that need help at once (or the same day), what to do, and how fast."""

    id: str
    title: str
    signs: str
    action: str
    speed: str  # "emergency" or "same-day"
    references: tuple[str, ...]
    phrases: tuple[str, ...] = ()
    # Words that, met together in a question, raise the flag: each combination is a few
    # groups of words, and a question holding a word of every group matches it.
    noticed_by: tuple[tuple[str, ...], ...] = ()

    @property
    def name(self) -> str:
        return self.title


@record
class Claim:
    id: str
    statement: str
    source: str
    outcome: str
    certainty: str
    direction: str
    study_design: str
    evidence: str
    references: tuple[str, ...]
    last_reviewed: str
    quoted: bool = True
    comparator: str | None = None
    n_studies: int | None = None
    n_participants: int | None = None
    size: str | None = None
    caveats: tuple[str, ...] = ()
    symptoms: tuple[str, ...] = ()
    types: tuple[str, ...] = ()
    points: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    outcomes: tuple[Outcome, ...] = ()
    take_care: str | None = None  # who should take extra care: shown before the evidence

    @property
    def name(self) -> str:
        return self.statement

    @property
    def verdict(self) -> str:
        size = self.outcomes[0].size if self.outcomes else "unknown"  # the main result
        return grading.verdict(self.certainty, self.direction, self.outcome, size)

    @property
    def badge(self) -> str:
        return grading.BADGES[self.certainty]

    @property
    def certainty_label(self) -> str:
        return grading.LABELS[self.certainty]

    @property
    def design_label(self) -> str:
        return grading.STUDY_DESIGNS[self.study_design]

    @property
    def size_label(self) -> str | None:
        """'6 studies, 462 participants' from whichever counts are known, else the size
        as the data words it."""
        parts = []
        if self.n_studies is not None:
            parts.append(f"{self.n_studies:,} stud{'y' if self.n_studies == 1 else 'ies'}")
        if self.n_participants is not None:
            parts.append(f"{self.n_participants:,} participants")
        return ", ".join(parts) or self.size


@record
class Topic:
    id: str
    title: str
    summary: str
    paragraphs: tuple[str, ...] = ()
    points: tuple[str, ...] = ()
    codes: tuple[Code, ...] = ()
    references: tuple[str, ...] = ()
    red_flags: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return self.title


@record
class Point:
    """An acupuncture point, by where it lies; nothing about what it is said to do."""

    id: str
    code: str
    standard: str  # "who-2008", or "extra" for a point outside the WHO 2008 standard
    references: tuple[str, ...]
    pinyin: str | None = None
    location: str | None = None  # left out where no verified source gives it
    meridian: str | None = None
    english: str | None = None
    aliases: tuple[str, ...] = ()
    note: str | None = None
    phrases: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return f"{self.code} {self.pinyin}" if self.pinyin else self.code

    @property
    def standing(self) -> str:
        if self.standard == "extra":
            return "extra point, outside the WHO 2008 standard"
        return "WHO 2008 standard" if self.location else "WHO 2008 code, location not checked"


# Each kind of record: its class, its file (below), and the word for one record.
CLASSES = {"topics": Topic, "types": NerveType, "symptoms": Symptom, "claims": Claim}
CLASSES |= {"references": Reference, "points": Point, "red_flags": RedFlag}
KINDS = tuple(CLASSES)
SINGULAR = {"topics": "topic", "types": "type", "symptoms": "symptom", "claims": "claim"}
SINGULAR |= {"references": "reference", "points": "point", "red_flags": "red flag"}
KIND_OF = {CLASSES[kind]: SINGULAR[kind] for kind in KINDS}
FILES = {
    "topics": "overview.yaml",
    "types": "types.yaml",
    "symptoms": "symptoms.yaml",
    "claims": "claims.yaml",
    "references": "references.yaml",
    "points": "points.yaml",
    "red_flags": "red_flags.yaml",
}
Record = Topic | NerveType | Symptom | Claim | Reference | Point | RedFlag
# The fields that link records, (kind, field), with the kind they name. Links are written one
# way only; the compiled store indexes them so that pages can follow them back.
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
    ("claims", "points"): "points",
    ("references", "points"): "points",
    ("points", "references"): "references",
    ("symptoms", "red_flags"): "red_flags",
    ("types", "red_flags"): "red_flags",
    ("topics", "red_flags"): "red_flags",
    ("red_flags", "references"): "references",
}


# The kinds whose records cite references, in the order a reference lists its citers.
CITING = ("claims", "symptoms", "types", "topics", "points", "red_flags")


class StoreDamaged(Exception):
    """A record in the compiled store does not read back as it was written."""


def from_dict(kind: str, data: dict[str, Any]) -> Any:
    """A record rebuilt from its JSON form (lists become tuples, codes become Code)."""
    values = {k: tuple(v) if isinstance(v, list) else v for k, v in data.items()}
    if "codes" in values:
        values["codes"] = tuple(Code(**c) for c in values["codes"])
    if "outcomes" in values:
        values["outcomes"] = tuple(_outcome(row) for row in values["outcomes"])
    if "noticed_by" in values:
        values["noticed_by"] = tuple(tuple(groups) for groups in values["noticed_by"])
    return CLASSES[kind](**values)


def _outcome(row: dict[str, Any]) -> Outcome:
    values = dict(row)
    values["ci"] = tuple(values["ci"]) if values.get("ci") else None
    values["downgrades"] = tuple(Downgrade(**d) for d in values.get("downgrades", ()))
    return Outcome(**values)


def row_crc(*fields: str) -> int:
    """The checksum stored with a row of the name and link indexes."""
    return zlib.crc32("\0".join(fields).encode("utf-8", "surrogatepass"))


def checked(rows: Any) -> list[tuple[Any, ...]]:
    """Rows of (fields..., crc) whose checksum holds, without it; StoreDamaged otherwise.
    A damaged name or link would otherwise change an answer without any error."""
    found = []
    for *fields, crc in rows:
        if row_crc(*map(str, fields)) != crc:
            raise StoreDamaged("an index row fails its checksum")
        found.append(tuple(fields))
    return found


def from_store(kind: str, text: str, crc: int) -> Any:
    """A record as the store holds it, checked against the checksum written with it."""
    try:
        if zlib.crc32(text.encode()) != crc:
            raise StoreDamaged(f"{kind} record fails its checksum")
        return from_dict(kind, json.loads(text))
    except (TypeError, ValueError, AttributeError, KeyError) as error:
        raise StoreDamaged(f"{kind} record cannot be read back: {error}") from None


class Records(Mapping[str, "Any"]):
    """One kind of record, read from the compiled store only when asked for, in file order."""

    def __init__(self, db: sqlite.Connection, kind: str) -> None:
        self._db = db
        self._kind = kind
        self._seen: dict[str, Any] = {}

    def __getitem__(self, record_id: str) -> Any:
        if record_id not in self._seen:
            row = self._db.execute(
                "SELECT json, crc FROM records WHERE kind = ? AND id = ?", (self._kind, record_id)
            ).fetchone()
            if row is None:
                raise KeyError(record_id)
            self._seen[record_id] = from_store(self._kind, *row)
        return self._seen[record_id]

    def number(self, record_id: str) -> int:
        """The record's place in file order, counting from 1 (a reference's number in the
        bibliography), read from its row rather than by counting every record before it."""
        row = self._db.execute(
            "SELECT position FROM records WHERE kind = ? AND id = ?", (self._kind, record_id)
        ).fetchone()
        if row is None:
            raise KeyError(record_id)
        return int(row[0]) + 1

    def __iter__(self) -> Iterator[str]:
        query = "SELECT id FROM records WHERE kind = ? ORDER BY position"
        return (row[0] for row in self._db.execute(query, (self._kind,)))

    def __len__(self) -> int:
        query = "SELECT COUNT(*) FROM records WHERE kind = ?"
        return int(self._db.execute(query, (self._kind,)).fetchone()[0])

    def __contains__(self, record_id: object) -> bool:
        query = "SELECT 1 FROM records WHERE kind = ? AND id = ?"
        return self._db.execute(query, (self._kind, record_id)).fetchone() is not None

    def values(self) -> list[Any]:  # type: ignore[override]
        """Every record, read in one query rather than one per record."""
        query = "SELECT id, json, crc FROM records WHERE kind = ? ORDER BY position"
        for record_id, text, crc in self._db.execute(query, (self._kind,)):
            if record_id not in self._seen:
                self._seen[record_id] = from_store(self._kind, text, crc)
        return [self._seen[record_id] for record_id in self]


class KnowledgeBase:
    """Every record, by kind and id, and the lookups the pages need, over a compiled store.

    The store (see cache.py) holds each record as JSON with its names and links indexed, so
    a page reads only the records it shows, however large the data."""

    def __init__(self, db: sqlite.Connection) -> None:
        self.db = db
        self.topics: Records = Records(db, "topics")
        self.types: Records = Records(db, "types")
        self.symptoms: Records = Records(db, "symptoms")
        self.claims: Records = Records(db, "claims")
        self.references: Records = Records(db, "references")
        self.points: Records = Records(db, "points")
        self.red_flags: Records = Records(db, "red_flags")

    def records(self, kind: str) -> Records:
        return getattr(self, kind)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _linking(self, target: str, *relations: str) -> list[str]:
        """Ids of the records, in file order, whose fields (e.g. 'symptoms.types') name `target`."""
        query = (
            "SELECT links.kind, links.id, links.relation, links.target, links.crc FROM links"
            " JOIN records ON records.kind = links.kind AND records.id = links.id"
            " WHERE links.target = ? AND links.relation IN"
            f" ({', '.join('?' * len(relations))}) ORDER BY records.position"
        )
        rows = checked(self.db.execute(query, (target, *relations)))
        return list(dict.fromkeys(row[1] for row in rows))

    def symptoms_of(self, type_id: str) -> list[Symptom]:
        """Symptoms naming a type; a combination also has those of the types it combines."""
        ids = self._linking(type_id, "symptoms.types")
        nerve_type = self.types.get(type_id)
        for part in nerve_type.combines if nerve_type else ():
            ids += [i for i in self._linking(part, "symptoms.types") if i not in ids]
        return [self.symptoms[i] for i in ids]

    def claims_about(self, kind: str, record_id: str) -> list[Claim]:
        """Claims naming a symptom (kind 'symptoms') or a nerve type (kind 'types')."""
        return [self.claims[i] for i in self._linking(record_id, f"claims.{kind}")]

    def citers(self, ref_id: str) -> list[Any]:
        """The records that cite a reference (a claim's source counts), kind by kind."""
        return [self.records(kind)[i] for kind, i in self.citer_ids(ref_id)]

    def citer_ids(self, ref_id: str | None = None) -> Any:
        """(kind, id) of the records that cite a reference, kind by kind, in one query; with
        no reference given, the same for every reference at once, by reference id."""
        relations = ("claims.source", *(f"{kind}.references" for kind in CITING))
        query = (
            "SELECT links.kind, links.id, links.relation, links.target, links.crc FROM links"
            " JOIN records ON records.kind = links.kind AND records.id = links.id"
            f" WHERE links.relation IN ({', '.join('?' * len(relations))})"
            + (" AND links.target = ?" if ref_id is not None else "")
            + " ORDER BY records.position"
        )
        args = (*relations, *((ref_id,) if ref_id is not None else ()))
        by_target: dict[str, dict[str, dict[str, None]]] = {}
        for kind, record_id, _relation, target in checked(self.db.execute(query, args)):
            by_target.setdefault(target, {}).setdefault(kind, {})[record_id] = None
        ordered = {
            target: [(k, i) for k in CITING for i in kinds.get(k, {})]
            for target, kinds in by_target.items()
        }
        return ordered.get(ref_id, []) if ref_id is not None else ordered

    def cited_by(self, kind: str, record_id: str) -> list[Reference]:
        """What a claim cites (its source, then its references); what a symptom page cites
        (the symptom's references, its red flags' and those of the claims about it); or, for
        a nerve type, point or topic, its references and its red flags'."""
        if kind == "claims":
            claim = self.claims[record_id]
            ids = [claim.source, *claim.references]
        elif kind != "symptoms":  # a nerve type, a point or a topic: what its page cites
            record = self.records(kind)[record_id]
            ids = [*record.references]
            if kind == "points":  # and the studies that used the point
                ids += [r.id for r in self.references.values() if record_id in r.points]
            flags = getattr(record, "red_flags", ())
            ids += [i for flag in flags for i in self.red_flags[flag].references]
        else:
            symptom = self.symptoms[record_id]
            related = self.claims_about("symptoms", record_id)
            ids = [*symptom.references]
            ids += [i for flag in symptom.red_flags for i in self.red_flags[flag].references]
            ids += [i for claim in related for i in (claim.source, *claim.references)]
        return [self.references[i] for i in dict.fromkeys(ids)]

    def using_point(self, point_id: str) -> tuple[list[Reference], list[Claim]]:
        """The studies that used a point, and the claims about it."""
        studies = [self.references[i] for i in self._linking(point_id, "references.points")]
        return studies, [self.claims[i] for i in self._linking(point_id, "claims.points")]

    def named(self, kind: str, key: str) -> list[str]:
        """Ids of the records with a name (id, name or alias) that normalises to `key`."""
        return self._names(kind, "names.key = ?", (key,))

    def leading(self, kind: str, key: str) -> list[str]:
        """Ids of the records with a name that begins with the whole words of `key`."""
        # Names beginning with 'key ' sort between 'key ' and 'key!' (the next character).
        return self._names(kind, "names.key >= ? AND names.key < ?", (key + " ", key + "!"))

    def names(self, kind: str) -> dict[str, str]:
        """Every normalised name of a kind, with the id it belongs to (for suggestions)."""
        query = "SELECT kind, key, id, crc FROM names WHERE kind = ?"
        return {key: record_id for _, key, record_id in checked(self.db.execute(query, (kind,)))}

    def _names(self, kind: str, where: str, args: tuple[str, ...]) -> list[str]:
        query = (
            "SELECT names.kind, names.key, names.id, names.crc FROM names JOIN records"
            " ON records.kind = names.kind AND records.id = names.id"
            f" WHERE names.kind = ? AND {where} ORDER BY records.position"
        )
        rows = checked(self.db.execute(query, (kind, *args)))
        return list(dict.fromkeys(row[2] for row in rows))

"""The knowledge base: frozen records and the lookups derived from their links.

Links go one way only (a symptom names its types, a claim names its symptoms, types
and references); every reverse view is computed here, never stored in the data."""

from dataclasses import dataclass, field
from functools import cached_property

from neuroinfo import grading


@dataclass(frozen=True, slots=True)
class Code:
    system: str
    code: str
    label: str


@dataclass(frozen=True, slots=True)
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
    note: str | None = None

    @property
    def name(self) -> str:
        return self.title or self.container or self.id

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
        return f"https://doi.org/{self.doi}" if self.doi else None

    @property
    def pubmed_url(self) -> str | None:
        return f"https://pubmed.ncbi.nlm.nih.gov/{self.pmid}/" if self.pmid else None

    @property
    def pmc_url(self) -> str | None:
        return f"https://pmc.ncbi.nlm.nih.gov/articles/{self.pmcid}/" if self.pmcid else None


@dataclass(frozen=True, slots=True)
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


@dataclass(frozen=True, slots=True)
class Symptom:
    id: str
    name: str
    summary: str
    seek_care: str
    types: tuple[str, ...]
    aliases: tuple[str, ...] = ()
    urgent: str | None = None
    codes: tuple[Code, ...] = ()
    references: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
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
    caveats: tuple[str, ...] = ()
    symptoms: tuple[str, ...] = ()
    types: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return self.statement

    @property
    def verdict(self) -> str:
        return grading.verdict(self.certainty, self.direction, self.outcome)

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
        """'6 studies, 462 participants' from whichever counts are known."""
        parts = []
        if self.n_studies is not None:
            parts.append(f"{self.n_studies:,} stud{'y' if self.n_studies == 1 else 'ies'}")
        if self.n_participants is not None:
            parts.append(f"{self.n_participants:,} participants")
        return ", ".join(parts) or None


@dataclass(frozen=True, slots=True)
class Topic:
    id: str
    title: str
    summary: str
    paragraphs: tuple[str, ...] = ()
    points: tuple[str, ...] = ()
    codes: tuple[Code, ...] = ()
    references: tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return self.title


KIND_OF = {
    Claim: "claim",
    Symptom: "symptom",
    NerveType: "type",
    Topic: "topic",
    Reference: "reference",
}


@dataclass(frozen=True)
class KnowledgeBase:
    """Every record, by kind and id, in the order the data files give them."""

    topics: dict[str, Topic] = field(default_factory=dict)
    types: dict[str, NerveType] = field(default_factory=dict)
    symptoms: dict[str, Symptom] = field(default_factory=dict)
    claims: dict[str, Claim] = field(default_factory=dict)
    references: dict[str, Reference] = field(default_factory=dict)

    @cached_property
    def symptoms_by_type(self) -> dict[str, list[Symptom]]:
        """Symptoms naming each type; a combination also gets those of the types it combines."""
        index: dict[str, list[Symptom]] = {t: [] for t in self.types}
        for symptom in self.symptoms.values():
            for type_id in symptom.types:
                index.setdefault(type_id, []).append(symptom)
        for nerve_type in self.types.values():
            for part in nerve_type.combines:
                for symptom in index.get(part, []):
                    if symptom not in index[nerve_type.id]:
                        index[nerve_type.id].append(symptom)
        return index

    @cached_property
    def claims_by_symptom(self) -> dict[str, list[Claim]]:
        index: dict[str, list[Claim]] = {}
        for claim in self.claims.values():
            for symptom_id in claim.symptoms:
                index.setdefault(symptom_id, []).append(claim)
        return index

    @cached_property
    def claims_by_type(self) -> dict[str, list[Claim]]:
        index: dict[str, list[Claim]] = {}
        for claim in self.claims.values():
            for type_id in claim.types:
                index.setdefault(type_id, []).append(claim)
        return index

    @cached_property
    def citers(self) -> dict[str, list[Claim | Symptom | NerveType | Topic]]:
        """For each reference id, the records that cite it (a claim's source counts)."""
        index: dict[str, list[Claim | Symptom | NerveType | Topic]] = {}
        kinds = (self.claims, self.symptoms, self.types, self.topics)
        for records in kinds:
            for record in records.values():
                cited = list(record.references)
                if isinstance(record, Claim) and record.source not in cited:
                    cited.insert(0, record.source)
                for ref_id in cited:
                    index.setdefault(ref_id, []).append(record)
        return index

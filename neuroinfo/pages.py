"""What each page says, as plain structure; `terminal` and `markdown` decide how it looks.

Keeping the content here means a page reads the same in the terminal and in a handout."""

from __future__ import annotations

from neuroinfo import grading
from neuroinfo.frozen import field, record
from neuroinfo.grading import CERTAINTIES
from neuroinfo.model import (
    SINGULAR,
    Claim,
    Code,
    KnowledgeBase,
    NerveType,
    Outcome,
    Point,
    Reference,
    Symptom,
    Topic,
)

TYPE_CHECKING = False
if TYPE_CHECKING:  # what a search, an answer and a forest plot are: needed only by their pages
    from collections.abc import Iterable

    from neuroinfo.forest import Panel
    from neuroinfo.match import Hit
    from neuroinfo.search.ask import Answer
    from neuroinfo.search.rank import Ranking

ALERT = "Get help at once"
FOOTER = "Information, not medical advice. Talk to a doctor about your own symptoms and treatment."


@record
class Span:
    """A run of text. style: '', 'bold', 'dim', 'italic', 'quote', 'alert' or 'link'."""

    text: str
    style: str = ""


Line = tuple[Span, ...]


@record
class Para:
    """Lines printed one under the other; a hint is for the terminal only."""

    lines: tuple[Line, ...]
    hint: bool = False


@record
class Bullets:
    items: tuple[Line, ...]


@record
class Rows:
    """A list laid out in columns; each cell is one or more lines. The first column is a label."""

    rows: tuple[tuple[tuple[Line, ...], ...], ...]
    spaced: bool = False  # a blank line between rows
    whole: tuple[int, ...] = ()  # columns of ids or codes, kept on one line to be copied


@record
class Citations:
    """References, each with extra lines to show under it; `full` lists every author.
    `numbers` are their numbers in the bibliography (`neuroinfo refs N` opens one); without
    them they are numbered from 1."""

    entries: tuple[tuple[Reference, tuple[Line, ...]], ...]
    numbered: bool = True
    full: bool = False
    numbers: tuple[int, ...] = ()

    def number(self, index: int) -> int:
        return self.numbers[index] if self.numbers else index + 1


@record
class Alert:
    """Urgent advice, drawn to stand out in every format, and never by colour alone: the
    terminal marks it in words and symbols, Markdown as a quoted block. Each item is a
    red flag's lines."""

    title: str
    items: tuple[tuple[Line, ...], ...]


@record
class Stack:
    """Blocks kept together, with no blank line between them."""

    blocks: tuple[Block, ...]


@record
class Section:
    title: str
    blocks: tuple[Block, ...]


@record
class Finding:
    """One row of a summary-of-findings table, its cells as text."""

    number: int
    outcome: str
    comparator: str
    effect: str  # "SMD -0.54 (95% CI -0.95 to -0.13)"
    evidence: str  # "5 studies · Feng Z et al. 2023"
    certainty: str  # the level's id, for its style
    grade: str  # "⊕⊕○○ low"
    statement: str
    notes: str  # "a, b": the footnotes saying why certainty was lowered


@record
class Findings:
    """A summary-of-findings table, GRADE-style, with its footnotes."""

    rows: tuple[Finding, ...]
    footnotes: tuple[str, ...]


@record
class Forest:
    """Forest plots, one per scale; drawn at the width the output has."""

    panels: tuple[Panel, ...]


Block = Para | Bullets | Rows | Citations | Alert | Stack | Section | Findings | Forest


@record
class Page:
    title: str
    kind: str = ""
    blocks: tuple[Block, ...] = field(default_factory=tuple)
    subtitle: tuple[Line, ...] = ()  # lines kept right under the title


def _line(*parts: str | tuple[str, str]) -> Line:
    return tuple(Span(p) if isinstance(p, str) else Span(*p) for p in parts)


def _para(*parts: str | tuple[str, str]) -> Para:
    return Para((_line(*parts),))


def _hint(text: str) -> Para:
    return Para((_line((text, "dim")),), hint=True)


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


# Reference types in plain words, as a reader says them (not CSL's names).
REFERENCE_TYPES = {
    "article-journal": "journal article",
    "review": "review article",
    "guideline": "guideline",
    "webpage": "web page",
    "book": "book",
    "report": "report",
}


def citation_line(ref: Reference, full: bool = False) -> Line:
    """'Authors (year). Title. Journal 14(3):276-281.' — links are given apart, by ref.links."""
    journal = ref.type in ("article-journal", "review") and ref.container
    if not ref.authors and ref.title and (ref.volume or ref.issue or ref.pages or journal):
        # An article whose authors are not known: the title leads, as citation styles do (a
        # journal is not its author).
        year = f" ({ref.year})" if ref.year else ""
        title = (ref.shown_title or "").strip().rstrip(".")
        return (Span(title, "italic"), Span(f"{year}. {ref.where}."))
    if ref.authors:
        authors = list(ref.authors) if full else list(ref.authors[:3])
        who = ", ".join(authors)
        if len(ref.authors) > len(authors) or not ref.authors_complete:
            who += ", et al."
    else:
        who = ref.container or ""
    spans = [Span(who)] if who else []
    if ref.year:
        spans.append(Span(f" ({ref.year})"))
    if spans:
        spans.append(Span(". "))
    if ref.shown_title:
        spans.append(Span(ref.shown_title.strip().rstrip(".") + ".", "italic"))
    elif ref.note:  # a page whose title was not recorded: its note says what it is
        spans.append(Span(ref.note.strip()))
    if ref.authors and ref.container:
        spans.append(Span(f" {ref.where}."))
    if ref.isbn:
        spans.append(Span(f" ISBN {ref.isbn}."))
    if not (ref.authors or ref.container or ref.year or ref.links):
        spans.append(Span(" Its author, date and publisher were not recorded.", "dim"))
    return tuple(spans)


def _also_called(aliases: tuple[str, ...]) -> tuple[Line, ...]:
    return (_line(("Also called: ", "dim"), ", ".join(aliases)),) if aliases else ()


def _refs(kb: KnowledgeBase, ids: Iterable[str]) -> Citations:
    """References a record cites, numbered as in the bibliography."""
    return cited(kb, [kb.references[i] for i in dict.fromkeys(ids)])


def cited(kb: KnowledgeBase, references: list[Reference]) -> Citations:
    entries = tuple((ref, ()) for ref in references)
    return Citations(entries, numbers=tuple(kb.references.number(ref.id) for ref in references))


def _codes(codes: Iterable[Code]) -> Para:
    return Para(tuple(_line((c.system, "dim"), " ", c.code, " ", (c.label, "dim")) for c in codes))


def alert(kb: KnowledgeBase, flag_ids: Iterable[str]) -> Alert | None:
    """The red flags, first on a page: what to look for, then what to do and how fast."""
    items = []
    for flag in (kb.red_flags[i] for i in flag_ids):
        items.append(
            (
                _line((flag.title, "bold")),
                _line(flag.signs),
                _line(("What to do: ", "bold"), flag.action),
            )
        )
    return Alert(ALERT, tuple(items)) if items else None


def _sources(kb: KnowledgeBase, record: Topic | NerveType) -> Citations:
    """A page's references, then those of its red flags."""
    flags = [i for flag in record.red_flags for i in kb.red_flags[flag].references]
    return _refs(kb, [*record.references, *flags])


def _first(summary: Block, urgent: Alert | None) -> list[Block]:
    """A page opens with its one-paragraph summary, then what to do at once, if anything."""
    return [summary, urgent] if urgent else [summary]


# ---------------------------------------------------------------- overview topics


def topics_list(kb: KnowledgeBase) -> Page:
    rows = tuple(((_line((t.id, "id")),), (_line(t.summary),)) for t in kb.topics.values())
    return Page(
        "About neuroinfo: topics",
        "",
        (Rows(rows, whole=(0,)), _hint("Read one with: neuroinfo about TOPIC")),
    )


def topic_page(kb: KnowledgeBase, topic: Topic) -> Page:
    paragraphs: list[Block] = [_para(p) for p in topic.paragraphs] or [_para(topic.summary)]
    blocks = [*_first(paragraphs[0], alert(kb, topic.red_flags)), *paragraphs[1:]]
    if topic.points:
        blocks.append(Bullets(tuple(_line(p) for p in topic.points)))
    if topic.codes:
        blocks.append(Section("Codes", (_codes(topic.codes),)))
    if topic.references or topic.red_flags:
        blocks.append(Section("References", (_sources(kb, topic),)))
    return Page(topic.title, "about", tuple(blocks))


# ---------------------------------------------------------------- nerve types


def types_list(kb: KnowledgeBase) -> Page:
    rows = []
    for nerve_type in kb.types.values():
        if nerve_type.combines:
            parts = [kb.types[t].name.lower() for t in nerve_type.combines]
            symptoms = "any mix of the " + _and(parts) + " symptoms"
        else:
            symptoms = ", ".join(s.name for s in kb.symptoms_of(nerve_type.id))
        body = (
            _line(nerve_type.summary),
            _line(("Symptoms: ", "dim"), (symptoms or "none listed", "dim")),
        )
        rows.append(((_line((nerve_type.name, "bold")),), body))
    return Page(
        "Peripheral neuropathy by nerve type",
        "",
        (Rows(tuple(rows), spaced=True), _hint("Read one in full with: neuroinfo types NAME")),
    )


def type_page(kb: KnowledgeBase, nerve_type: NerveType) -> Page:
    symptoms = kb.symptoms_of(nerve_type.id)
    which = "any of these symptoms" if symptoms else "symptoms of nerve damage"
    care = (
        f"See a doctor about {which}. Each symptom's page says when to seek care and which "
        "signs need help at once: neuroinfo symptom NAME"
    )
    blocks: list[Block] = [
        *_first(_para(nerve_type.summary), alert(kb, nerve_type.red_flags)),
        Section("When to see a doctor", (_para(care),)),
        Section("What these nerves do", (_para(nerve_type.nerves_do),)),
        Section("What damage does", (_para(nerve_type.damage_does),)),
        Section("How serious it can be", (_para(nerve_type.severity),)),
    ]
    if nerve_type.combines:
        names = _and([kb.types[t].name for t in nerve_type.combines])
        blocks.append(Section("Combines", (_para(f"{names} damage, in any mix."),)))
    if symptoms:
        blocks.append(Section("Symptoms", (_symptom_rows(kb, symptoms, show_types=False),)))
    claims = _strongest_first(kb.claims_about("types", nerve_type.id))
    if claims:
        blocks.append(Section("Acupuncture claims about it", (_claim_rows(claims),)))
    if nerve_type.codes:
        blocks.append(Section("Codes", (_codes(nerve_type.codes),)))
    blocks.append(Section("References", (_sources(kb, nerve_type),)))
    return Page(nerve_type.name, "nerve type", tuple(blocks), _also_called(nerve_type.aliases))


# ---------------------------------------------------------------- symptoms


def _symptom_rows(kb: KnowledgeBase, symptoms: Iterable[Symptom], show_types: bool) -> Rows:
    rows = []
    for symptom in symptoms:
        cells = [(_line((symptom.name, "bold")),)]
        if show_types:
            cells.append((_line(", ".join(kb.types[t].name for t in symptom.types)),))
        cells.append((_line((symptom.id, "faint-id")),))
        rows.append(tuple(cells))
    return Rows(tuple(rows), whole=(2 if show_types else 1,))


def symptoms_list(kb: KnowledgeBase) -> Page:
    return Page(
        f"Symptoms of peripheral neuropathy ({len(kb.symptoms)})",
        "",
        (
            _symptom_rows(kb, kb.symptoms.values(), show_types=True),
            _hint("Read one with: neuroinfo symptom NAME (a name, alias or id)"),
        ),
    )


# The certainty in a word or two, beside its badge, so ⊕○○○ and ○○○○ are told apart at a
# glance; each level has a style of its own (a colour on a terminal).
LEVELS = {
    "high": "high",
    "moderate": "moderate",
    "low": "low",
    "very-low": "very low",
    "insufficient": "not graded",
}


def _legend() -> Line:
    """Each badge in its own style with its level's word, as the list below shows them."""
    spans: list[str | tuple[str, str]] = []
    for index, level in enumerate(CERTAINTIES):
        spans += [(" · ", "dim")] if index else []
        spans.append((f"{grading.BADGES[level]} {LEVELS[level]}", f"certainty-{level}"))
    return _line(*spans)


def _level(claim: Claim) -> tuple[str, str]:
    """'⊕○○○ very low', styled by its level."""
    return f"{claim.badge} {LEVELS[claim.certainty]}", f"certainty-{claim.certainty}"


def _grade(claim: Claim) -> Line:
    """'⊕○○○ very low certainty', styled by its level."""
    return _line((f"{claim.badge} {claim.certainty_label}", f"certainty-{claim.certainty}"))


def _said(claim: Claim) -> str:
    return f"“{claim.statement}”" if claim.quoted else claim.statement


def _evidence(kb: KnowledgeBase, claim: Claim) -> Stack:
    size = [(" · ", "dim"), claim.size_label] if claim.size_label else []
    lines = [
        _grade(claim),
        _line(claim.verdict),
        _line(
            ("Claim: ", "dim"),
            (_said(claim), "quote" if claim.quoted else ""),
            (f" ({kb.references[claim.source].short})", "dim"),
        ),
        _line(("Evidence: ", "dim"), claim.design_label, *size),
    ]
    blocks: list[Block] = [Para(tuple(lines))]
    if claim.take_care:
        blocks.append(_para(("Take care: ", "bold"), claim.take_care))
    if claim.caveats:
        blocks += [_para(("Caveats:", "dim")), Bullets(tuple(_line(c) for c in claim.caveats))]
    sources = "; ".join(kb.references[r].short for r in claim.references)
    if claim.outcomes:
        blocks.append(_para(("In numbers:", "dim")))
        blocks.append(Bullets(tuple(outcome_line(row) for row in _in_plot_order(claim))))
    blocks.append(_para(("Sources: ", "dim"), sources))
    blocks.append(_hint(f"More: neuroinfo claims {claim.id}"))
    return Stack(tuple(blocks))


def _strongest_first(claims: list[Claim]) -> list[Claim]:
    """Claims by certainty, so that trial evidence comes before ungraded mechanism claims;
    claims of one certainty keep the order of the data."""
    return sorted(claims, key=lambda claim: CERTAINTIES.index(claim.certainty))


def symptom_page(kb: KnowledgeBase, symptom: Symptom) -> Page:
    claims = _strongest_first(kb.claims_about("symptoms", symptom.id))
    blocks = _first(_para(symptom.summary), alert(kb, symptom.red_flags))
    blocks.append(Section("When to see a doctor", (_para(symptom.seek_care),)))
    types = tuple(
        ((_line((kb.types[t].name, "bold")),), (_line(kb.types[t].summary),)) for t in symptom.types
    )
    blocks.append(Section("Nerve types", (Rows(types),)))
    if claims:
        evidence = tuple(_evidence(kb, claim) for claim in claims)
        blocks.append(Section("What the evidence says about acupuncture", evidence))
    else:
        blocks.append(
            Section(
                "What the evidence says about acupuncture",
                (
                    _para(
                        "No claim about acupuncture for this symptom has been graded: none of the "
                        "studies neuroinfo draws on measured it. See: neuroinfo claims"
                    ),
                ),
            )
        )
    if symptom.codes:
        blocks.append(Section("Codes", (_codes(symptom.codes),)))
    blocks.append(Section("References", (cited(kb, list(kb.cited_by("symptoms", symptom.id))),)))
    reviewed = (
        (_line(("Last reviewed: ", "dim"), (symptom.last_reviewed, "dim")),)
        if symptom.last_reviewed
        else ()
    )
    subtitle = (*_also_called(symptom.aliases), *reviewed)
    return Page(symptom.name, "symptom", tuple(blocks), subtitle)


# ---------------------------------------------------------------- claims


def _claim_rows(claims: Iterable[Claim]) -> Rows:
    return Rows(
        tuple(((_line(_level(c)),), (_line((c.id, "id")), _line(c.verdict))) for c in claims)
    )


def claims_list(kb: KnowledgeBase) -> Page:
    return Page(
        f"Acupuncture claims, graded ({len(kb.claims)})",
        "",
        (_claim_rows(kb.claims.values()), _hint("Read one with: neuroinfo claims ID")),
        (_legend(),),
    )


def _in_plot_order(claim: Claim) -> list[Outcome]:
    """A claim's rows grouped by comparator, in the order COMPARATORS lists them (sham
    first), keeping the data's order within a group: the table numbers them this way, and
    the plot labels them with the same numbers."""
    order = list(grading.COMPARATORS)
    return sorted(claim.outcomes, key=lambda row: order.index(row.comparator))


def _findings(kb: KnowledgeBase, claim: Claim) -> Findings:
    notes: dict[tuple[str, int, str], str] = {}
    rows = []
    for number, row in enumerate(_in_plot_order(claim), 1):
        letters = []
        keys = [(down.domain, down.levels, down.reason) for down in row.downgrades]
        keys += [("interval", 0, row.ci_note)] if row.ci_note else []
        for key in keys:
            letters.append(notes.setdefault(key, _letter(len(notes))))
        rows.append(
            Finding(
                number=number,
                outcome=row.outcome[:1].upper() + row.outcome[1:],
                comparator=grading.COMPARATORS[row.comparator],
                effect=row.effect,
                evidence=" · ".join((*_counts(row), kb.references[row.source].short)),
                certainty=row.certainty,
                grade=f"{grading.BADGES[row.certainty]} {LEVELS[row.certainty]}",
                statement=row.statement,
                notes=", ".join(letters),
            )
        )
    footnotes = tuple(
        f"{letter}. {_footnote(domain, levels, reason)}"
        for (domain, levels, reason), letter in notes.items()
    )
    return Findings(tuple(rows), footnotes)


def _footnote(domain: str, levels: int, reason: str) -> str:
    if domain not in grading.DOMAINS:  # a note on the interval, not a downgrade
        return f"No interval: {reason}"
    serious = " (very serious)" if levels == 2 else ""
    return f"{grading.DOMAINS[domain].capitalize()}{serious}: {reason}"


def _letter(index: int) -> str:
    return chr(ord("a") + index) if index < 26 else f"z{index - 25}"


def _counts(row: Outcome) -> tuple[str, ...]:
    parts = []
    if row.studies is not None:
        parts.append(f"{row.studies:,} stud{'y' if row.studies == 1 else 'ies'}")
    if row.participants is not None:
        parts.append(f"{row.participants:,} people")
    return (", ".join(parts),) if parts else ("studies and people not reported",)


def _forest(claim: Claim) -> Forest:
    """One panel per scale, rows grouped by comparator, labelled by their table number."""
    from neuroinfo.forest import Panel, PlotRow

    panels: dict[tuple[str, str, str], list[tuple[int, Outcome]]] = {}
    for number, row in enumerate(_in_plot_order(claim), 1):
        panels.setdefault(row.panel, []).append((number, row))
    drawn = []
    for (measure, better, scale), numbered in panels.items():
        groups: dict[str, list[PlotRow]] = {}
        for number, row in numbered:
            text = f"{row.estimate} ({row.ci[0]} to {row.ci[1]})" if row.ci else ""
            text = text or f"{row.estimate} (no interval)"
            plotted = PlotRow(f"[{number}]", row.value, row.interval, text)
            groups.setdefault(grading.COMPARATORS[row.comparator], []).append(plotted)
        figures = [(f, t) for _, r in numbered for f, t in _figures_of(r)]
        drawn.append(
            Panel(
                title=f"{grading.MEASURES[measure].capitalize()} ({measure})"
                + (f", {scale}" if scale else ""),
                ratio=measure in grading.RATIOS,
                better=better,
                groups=tuple((name, tuple(rows)) for name, rows in groups.items()),
                low_text=min(figures)[1],
                high_text=max(figures)[1],
            )
        )
    return Forest(tuple(drawn))


def _figures_of(row: Outcome) -> list[tuple[float, str]]:
    texts = [row.estimate, *(row.ci or ())]
    return [(float(text), text) for text in texts]


def outcome_line(row: Outcome) -> Line:
    """One row in a line, for the pages of a claim's symptoms."""
    return _line(
        (f"Against {grading.COMPARATORS[row.comparator]}: ", "dim"),
        f"{row.outcome}, {row.effect}, ",
        (f"{grading.BADGES[row.certainty]} {LEVELS[row.certainty]}", f"certainty-{row.certainty}"),
    )


def claim_page(kb: KnowledgeBase, claim: Claim) -> Page:
    how = "As stated in: " if claim.quoted else "Our summary of: "
    basis = [_line(("Outcome: ", "dim"), claim.outcome)]
    if claim.comparator:
        basis.append(_line(("Compared with: ", "dim"), claim.comparator))
    basis.append(_line(("Study design: ", "dim"), claim.design_label))
    if claim.size_label:
        basis.append(_line(("Size: ", "dim"), claim.size_label))
    basis.append(_line(("Direction: ", "dim"), claim.direction))
    basis.append(_line(("Last reviewed: ", "dim"), claim.last_reviewed))
    blocks: list[Block] = [
        Para(
            (_line((_said(claim), "bold")), _line((how, "dim"), kb.references[claim.source].short))
        ),
        Section(
            "Verdict",
            (
                Para(
                    (
                        _grade(claim),
                        _line(claim.verdict),
                    )
                ),
            ),
        ),
    ]
    if claim.take_care:  # who should take extra care comes before the evidence
        blocks.append(Section("Take care", (_para(claim.take_care),)))
    blocks.append(Section("What the research shows", (_para(claim.evidence),)))
    if claim.outcomes:
        blocks.append(Section("Summary of findings", (_findings(kb, claim),)))
        blocks.append(Section("Forest plot", (_forest(claim),)))
    blocks.append(Section("Basis of the grade", (Para(tuple(basis)),)))
    if claim.caveats:
        blocks.append(Section("Caveats", (Bullets(tuple(_line(c) for c in claim.caveats)),)))
    about = [kb.symptoms[s].name for s in claim.symptoms] + [kb.types[t].name for t in claim.types]
    about += [kb.points[p].name for p in claim.points]
    if about:
        blocks.append(Section("About", (_para(", ".join(about)),)))
    blocks.append(Section("References", (_refs(kb, (claim.source, *claim.references)),)))
    return Page(claim.id, "claim", tuple(blocks))


# ---------------------------------------------------------------- references


def _cited_by(
    kb: KnowledgeBase, ref: Reference, citers: list[tuple[str, str]] | None = None
) -> Line:
    groups: dict[str, list[str]] = {}
    for kind, citer in kb.citer_ids(ref.id) if citers is None else citers:
        groups.setdefault(SINGULAR[kind], []).append(citer)
    text = "; ".join(f"{kind}s {', '.join(ids)}" for kind, ids in groups.items())
    return _line(("Cited by: ", "dim"), (text or "nothing in this data", "dim"))


def _points_used(kb: KnowledgeBase, ref: Reference) -> tuple[Line, ...]:
    if not ref.points:
        return ()
    names = ", ".join(kb.points[p].name for p in ref.points)
    return (_line(("Points used: ", "dim"), names),)


def refs_list(
    kb: KnowledgeBase, references: Iterable[Reference] | None = None, cited_by: str = ""
) -> Page:
    """The bibliography, or the part of it that the record `cited_by` (an id) cites."""
    shown = tuple(kb.references.values() if references is None else references)
    citers = kb.citer_ids()  # every reference's citers, in one query
    entries = tuple(
        (
            r,
            (
                _line((r.id, "id"), (f" · {REFERENCE_TYPES[r.type]}", "dim")),
                *_points_used(kb, r),
                _cited_by(kb, r, citers.get(r.id, [])),
            ),
        )
        for r in shown
    )
    noun = "reference" if len(shown) == 1 else "references"
    title = f"Cited by {cited_by}" if cited_by else "Bibliography"
    # each numbered as in the whole bibliography, so that `neuroinfo refs N` opens the one
    # listed as [N] here too
    numbers = tuple(kb.references.number(r.id) for r in shown)
    return Page(
        f"{title} ({len(shown)} {noun})",
        "",
        (Citations(entries, full=True, numbers=numbers), _hint("Read one with: neuroinfo refs ID")),
    )


def ref_page(kb: KnowledgeBase, ref: Reference) -> Page:
    blocks: list[Block] = [Citations(((ref, ()),), numbered=False, full=True)]
    if ref.note and ref.title:  # without a title, the citation already gives the note
        blocks.append(_para(("Note: ", "dim"), ref.note))
    if ref.remarks:
        blocks.append(_para(("Our remarks: ", "dim"), ref.remarks))
    if ref.points:
        blocks.append(Para(_points_used(kb, ref)))
    blocks.append(Para((_cited_by(kb, ref),)))
    if ref.results:
        results = Bullets(tuple(_line(result) for result in ref.results))
        blocks.append(Section("Results, with the figures as the source printed them", (results,)))
    return Page(ref.id, f"reference · {REFERENCE_TYPES[ref.type]}", tuple(blocks))


# ---------------------------------------------------------------- acupuncture points


USED = "Studies that used it, or report its use"


def _standing(point: Point) -> str:
    return f"{point.meridian} meridian, {point.standing}" if point.meridian else point.standing


def points_list(kb: KnowledgeBase) -> Page:
    rows = tuple(
        ((_line((p.code, "id")),), (_line(p.pinyin or ""), _line((_standing(p), "dim"))))
        for p in kb.points.values()
    )
    return Page(
        f"Acupuncture points in the studies ({len(kb.points)})",
        "",
        (
            Rows(rows, whole=(0,)),
            _hint("Read one with: neuroinfo points CODE (ST36, st-36 or Zusanli)"),
        ),
        (
            _line(
                (
                    "Where each point lies and which studies used it; not what it is said to do.",
                    "dim",
                )
            ),
        ),
    )


def point_page(kb: KnowledgeBase, point: Point) -> Page:
    studies, claims = kb.using_point(point.id)
    facts = [_line(("Pinyin: ", "dim"), point.pinyin)] if point.pinyin else []
    if point.english:
        facts.append(_line(("English: ", "dim"), point.english))
    if point.meridian:
        facts.append(_line(("Meridian: ", "dim"), point.meridian))
    if point.standard == "extra":
        facts.append(_line(("Standard: ", "dim"), "none; an extra point, outside the WHO 2008 one"))
    elif point.location:
        facts.append(_line(("Standard: ", "dim"), "the WHO 2008 location standard"))
    else:  # a WHO code whose location was not checked against the standard
        facts.append(_line(("Standard: ", "dim"), "a WHO 2008 code; its location not checked"))
    where = point.location or "Not recorded: no verified source neuroinfo draws on gives it."
    blocks: list[Block] = [Para(tuple(facts)), Section("Where it lies", (_para(where),))]
    if point.note:
        blocks.append(_para(("Note: ", "dim"), point.note))
    if studies:
        blocks.append(Section(USED, (_refs(kb, (r.id for r in studies)),)))
    else:
        blocks.append(Section(USED, (_para("None of the studies neuroinfo cites names it."),)))
    if claims:
        blocks.append(Section("Claims about it", (_claim_rows(claims),)))
    sources = "Sources for where it lies" if point.location else "Sources"
    blocks.append(Section(sources, (_refs(kb, point.references),)))
    return Page(point.name, "acupuncture point", tuple(blocks), _also_called(point.aliases))


# ---------------------------------------------------------------- search


def _open(hit: Hit) -> str:
    """The command that opens a hit: its kind (as labelled) works as the command."""
    return f"neuroinfo {hit.kind} {hit.record.id}"


def search_results(
    kb: KnowledgeBase, hits: list[Hit], ranking: Ranking | None = None, query: str = ""
) -> Page:
    """The hits, best first. A query that signals an emergency gets the urgent advice first,
    as `ask` gives it."""
    from neuroinfo.search.signs import red_flags_in

    first = alert(kb, red_flags_in(kb.db, query))
    rows = []
    for hit in hits:
        record = hit.record
        said: tuple[Line, ...] = (_line(record.name if record.name != record.id else ""),)
        if isinstance(record, Claim):  # a claim under test: its verdict first, never a headline
            said = (
                _line(_level(record), (" · ", "dim"), record.verdict),
                _line(("Claim: ", "dim"), _said(record)),
            )
        rows.append(((_line((hit.kind, "dim")),), (_line((record.id, "id")),), said))
    noun = "match" if len(hits) == 1 else "matches"
    return Page(
        f"{len(hits)} {noun} for “{shorten(query, 60)}”" if query else f"{len(hits)} {noun}",
        "",
        (
            *((first,) if first else ()),
            *_about_the_words(ranking),
            *((Rows(tuple(rows), whole=(1,)),) if rows else ()),
            *((_hint(f"Open one by its kind and id, as in: {_open(hits[0])}"),) if hits else ()),
        ),
    )


def _about_the_words(ranking: Ranking | None) -> tuple[Block, ...]:
    """What became of the query's words: typos read as known words, words matching nothing."""
    if ranking is None:
        return ()
    lines = []
    if ranking.corrected:
        read = ", ".join(f"{typed} as {word}" for typed, word in ranking.corrected.items())
        lines.append(_line(("Read ", "dim"), (read, "dim")))
    if ranking.unmatched:
        lines.append(_line(("Nothing matched: ", "dim"), (", ".join(ranking.unmatched), "dim")))
    if ranking.partial:
        lines.append(_line(("No record holds every word; best matches for some of them.", "dim")))
    return (Para(tuple(lines)),) if lines else ()


# ---------------------------------------------------------------- ask

NOT_COVERED = (
    "neuroinfo does not cover that. It explains peripheral neuropathy and what research shows "
    "about acupuncture for it; it cannot answer questions about costs, insurance, where to find "
    "a practitioner, doses of medicines, or other conditions. A doctor, pharmacist or your "
    "insurer can."
)
# ... and a question within its scope that no record answers well enough
NO_GOOD_MATCH = (
    "No record answers this question well enough to put first. neuroinfo explains peripheral "
    "neuropathy and what research shows about acupuncture for it: the nearest records are "
    "below, or ask again in other words."
)


def ask_page(kb: KnowledgeBase, answer: Answer) -> Page:
    """The answer first, in a sentence or two; urgent advice above it when the question
    signals an emergency; then the next few records and the commands that open them."""
    from neuroinfo.search import CRISIS_ADVICE, CRISIS_TITLE, STOP_CAUTION
    from neuroinfo.search.ask import command, summary

    blocks: list[Block] = []
    urgent = alert(kb, (flag.id for flag in answer.red_flags))
    if answer.crisis:  # where help is, before any red flag
        crisis = (_line((CRISIS_TITLE, "bold")), _line(("What to do: ", "bold"), CRISIS_ADVICE))
        urgent = Alert(ALERT, (crisis, *(urgent.items if urgent else ())))
    if urgent:
        blocks.append(urgent)
    if answer.stopping:
        blocks.append(Para((_line(("Take care: ", "bold"), STOP_CAUTION),)))
    best = answer.best
    if best is None:
        if answer.elsewhere and not urgent:  # after urgent advice, no "your insurer can"
            blocks.append(_para(NOT_COVERED))
        elif not urgent:
            blocks.append(_para(NO_GOOD_MATCH))
    else:
        if isinstance(best.record, Claim):  # a claim under test: its verdict first
            claim = best.record
            text = summary(kb, best)
            care = [_line(("Take care: ", "bold"), claim.take_care)] if claim.take_care else []
            lines = [
                _grade(claim),
                _line(text[0]),
                *care,  # who should take extra care, before the claim and its evidence
                _line(("Claim under test: ", "dim"), _said(claim)),
                _line(("Source of the claim: ", "dim"), kb.references[claim.source].short),
                *(_line(t) for t in text[1:]),
            ]
        else:
            lines = [_line(t) for t in summary(kb, best)]
        lines.insert(0, _line((best.kind, "dim"), "  ", (best.record.id, "id")))
        # a topic's points (who should take care, the causes) answer most questions it gets
        points = best.record.points if isinstance(best.record, Topic) else ()
        shown: tuple[Block, ...] = (Bullets(tuple(_line(p) for p in points)),) if points else ()
        blocks.append(
            Section("Best match", (Para(tuple(lines)), *shown, _hint(f"Read it: {command(best)}")))
        )
    if answer.also:
        title = "Also see" if best is not None or urgent else "Nearest things neuroinfo does cover"
        rows = tuple(_also_row(found) for found in answer.also)
        blocks.append(Section(title, (Rows(rows),)))
    blocks += _about_the_words(answer.ranking)
    return Page(shorten(answer.question), "question", tuple(blocks))


def _also_row(found: Hit) -> tuple[tuple[Line, ...], ...]:
    from neuroinfo.search.ask import command

    record = found.record
    said = record.verdict if isinstance(record, Claim) else record.name
    badge = _level(record) if isinstance(record, Claim) else ""
    return (
        (_line((found.kind, "dim")),),
        (_line(badge, (" · ", "dim") if badge else "", said), _line((command(found), "command"))),
    )


def shorten(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"

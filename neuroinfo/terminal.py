"""Pages for people: Rich renderables built from records.

Every piece of data text goes through `clean()` into a `Text` object, so it is never
read as Rich markup and never carries control characters to the terminal."""

import io
import os
import re
import sys
from collections.abc import Iterable
from typing import TextIO

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from neuroinfo.match import Hit
from neuroinfo.model import Claim, KnowledgeBase, NerveType, Reference, Symptom, Topic

FOOTER = "Information, not medical advice. Talk to a doctor about your own symptoms and treatment."
HEADING = "bold cyan"
DIM = "dim"

# C0/C1 controls (tab and newline are handled apart), and the bidirectional overrides
# and isolates that can make text display in an order other than the one it has.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def clean(text: str, one_line: bool = False) -> str:
    """Data text made safe to print; `one_line` also folds line breaks and runs of spaces."""
    text = _UNSAFE.sub("", text.replace("\t", " "))
    return re.sub(r"\s+", " ", text) if one_line else text


def styled(stream: TextIO, color: str) -> bool:
    """Whether to style output: --color first, then NO_COLOR, FORCE_COLOR, TERM=dumb, a TTY."""
    if color != "auto":
        return color == "always"
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    if os.environ.get("TERM") in ("dumb", "unknown"):
        return False
    return stream.isatty()


def make_console(color: str = "auto", stream: TextIO | None = None) -> Console:
    stream = stream or sys.stdout
    on = styled(stream, color)
    return Console(
        file=stream,
        force_terminal=on,
        color_system="standard" if on else None,
        markup=False,
        emoji=False,
        highlight=False,
    )


def show(page: RenderableType, color: str = "auto", stream: TextIO | None = None) -> None:
    """Print a page. Plain output is rendered first so lines carry no trailing padding."""
    stream = stream or sys.stdout
    console = make_console(color, stream)
    if console.is_terminal:
        console.print(page, crop=False)
        return
    plain = Console(
        file=io.StringIO(),
        width=console.width,
        color_system=None,
        markup=False,
        emoji=False,
        highlight=False,
    )
    plain.print(page, crop=False)
    text = plain.file.getvalue()  # type: ignore[attr-defined]
    stream.write("\n".join(line.rstrip() for line in text.split("\n")))
    stream.flush()


def _text(value: str, style: str = "", one_line: bool = False) -> Text:
    return Text(clean(value, one_line), style=style)


def _line(*parts: tuple[str, str] | str) -> Text:
    """A Text assembled from data pieces, each (text, style) or plain text."""
    line = Text()
    for part in parts:
        text, style = (part, "") if isinstance(part, str) else part
        line.append(clean(text, one_line=True), style=style)
    return line


def _section(title: str, *body: RenderableType) -> RenderableType:
    return Group(Text(""), Text(title, style=HEADING), Padding(Group(*body), (0, 0, 0, 2)))


def _bullets(items: Iterable[str]) -> RenderableType:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column()
    for item in items:
        grid.add_row("•", _text(item))
    return grid


def _page(*parts: RenderableType) -> RenderableType:
    return Group(*parts, Text(""), Text(FOOTER, style=DIM))


def _title(name: str, kind: str) -> Text:
    return Text.assemble((clean(name, one_line=True), "bold"), (f"  {kind}", DIM))


def _hint(text: str) -> Text:
    return Text(text, style=DIM)


# ---------------------------------------------------------------- citations


def citation(ref: Reference, full: bool = False) -> RenderableType:
    """'Authors (year). Title. Journal 14(3):276-281.' then one line per link, never cut short."""
    if ref.authors:
        authors = list(ref.authors) if full else list(ref.authors[:3])
        who = ", ".join(authors)
        if len(ref.authors) > len(authors) or not ref.authors_complete:
            who += ", et al."
    else:
        who = ref.container or ""
    line = Text()
    if who:
        line.append(clean(who, one_line=True))
    if ref.year:
        line.append(f" ({ref.year})")
    if line:
        line.append(". ")
    if ref.title:
        line.append(clean(ref.title, one_line=True).rstrip(".") + ". ", style="italic")
    elif ref.note and not full:
        line.append(clean(ref.note, one_line=True) + " ")
    if ref.authors and ref.container:
        line.append(_where(ref) + ". ")
    line.rstrip()
    links = [
        Text.assemble(
            (f"{label} ", DIM), (clean(url, one_line=True), "blue"), overflow="ignore", no_wrap=True
        )
        for label, url in _links(ref)
    ]
    return Group(line, *links)


def _where(ref: Reference) -> str:
    """'European Journal of Neurology 14(3):276-281' from whichever parts are known."""
    where = clean(ref.container or "", one_line=True)
    volume = clean(ref.volume or "", True) + (f"({clean(ref.issue, True)})" if ref.issue else "")
    if volume:
        where += f" {volume}"
    if ref.pages:
        where += (":" if volume else ", ") + clean(ref.pages, True)
    return where


def _links(ref: Reference) -> list[tuple[str, str]]:
    links = []
    if ref.doi_url:
        links.append(("DOI", ref.doi_url))
    if ref.pubmed_url:
        links.append(("PubMed", ref.pubmed_url))
    if ref.pmc_url:
        links.append(("PMC", ref.pmc_url))
    if ref.url and not ref.doi_url:
        links.append(("Web", ref.url))
    return links


def _numbered_refs(kb: KnowledgeBase, ids: Iterable[str]) -> RenderableType:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True, style=DIM)
    grid.add_column()
    for number, ref_id in enumerate(dict.fromkeys(ids), 1):
        grid.add_row(f"[{number}]", citation(kb.references[ref_id]))
    return grid


# ---------------------------------------------------------------- overview topics


def topics_list(kb: KnowledgeBase) -> RenderableType:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    for topic in kb.topics.values():
        table.add_row(_text(topic.id, one_line=True), _text(topic.summary))
    return _page(
        Text("About neuroinfo: topics", style="bold"),
        Text(""),
        table,
        Text(""),
        _hint("Read one with: neuroinfo about TOPIC"),
    )


def topic_page(kb: KnowledgeBase, topic: Topic) -> RenderableType:
    parts: list[RenderableType] = [_title(topic.title, "about")]
    for paragraph in topic.paragraphs:
        parts += [Text(""), _text(paragraph)]
    if topic.points:
        parts += [Text(""), _bullets(topic.points)]
    if topic.codes:
        parts.append(_section("Codes", *(_code(c) for c in topic.codes)))
    if topic.references:
        parts.append(_section("References", _numbered_refs(kb, topic.references)))
    return _page(*parts)


def _code(code: object) -> Text:
    return _line(
        (getattr(code, "system", ""), DIM),
        " ",
        getattr(code, "code", ""),
        "  ",
        (getattr(code, "label", ""), DIM),
    )


# ---------------------------------------------------------------- nerve types


def types_list(kb: KnowledgeBase) -> RenderableType:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    for nerve_type in kb.types.values():
        if nerve_type.combines:
            parts = [kb.types[t].name.lower() for t in nerve_type.combines]
            symptoms = "any mix of the " + _and(parts) + " symptoms"
        else:
            symptoms = ", ".join(s.name for s in kb.symptoms_by_type.get(nerve_type.id, []))
        cell = Group(
            _text(nerve_type.summary),
            _line(("Symptoms: ", DIM), (symptoms or "none listed", DIM)),
        )
        table.add_row(_text(nerve_type.name, one_line=True), cell)
        table.add_row("", "")
    return _page(
        Text("Peripheral neuropathy by nerve type", style="bold"),
        Text(""),
        table,
        _hint("Read one in full with: neuroinfo types NAME"),
    )


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def type_page(kb: KnowledgeBase, nerve_type: NerveType) -> RenderableType:
    symptoms = kb.symptoms_by_type.get(nerve_type.id, [])
    parts: list[RenderableType] = [_title(nerve_type.name, "nerve type")]
    if nerve_type.aliases:
        parts.append(_line(("Also called: ", DIM), ", ".join(nerve_type.aliases)))
    parts += [
        Text(""),
        _text(nerve_type.summary),
        _section("What these nerves do", _text(nerve_type.nerves_do)),
        _section("What damage does", _text(nerve_type.damage_does)),
        _section("How serious it can be", _text(nerve_type.severity)),
    ]
    if nerve_type.combines:
        names = _and([kb.types[t].name for t in nerve_type.combines])
        parts.append(_section("Combines", _text(f"{names} damage, in any mix.")))
    if symptoms:
        parts.append(_section("Symptoms", _symptom_table(kb, symptoms, show_types=False)))
    claims = kb.claims_by_type.get(nerve_type.id, [])
    if claims:
        parts.append(_section("Acupuncture claims about it", _claim_table(claims)))
    if nerve_type.codes:
        parts.append(_section("Codes", *(_code(c) for c in nerve_type.codes)))
    parts.append(_section("References", _numbered_refs(kb, nerve_type.references)))
    return _page(*parts)


# ---------------------------------------------------------------- symptoms


def _symptom_table(kb: KnowledgeBase, symptoms: Iterable[Symptom], show_types: bool) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(style="bold")
    if show_types:
        table.add_column()
    table.add_column(style=DIM)
    for symptom in symptoms:
        row = [_text(symptom.name, one_line=True)]
        if show_types:
            row.append(_text(", ".join(kb.types[t].name for t in symptom.types), one_line=True))
        row.append(_text(symptom.id, one_line=True))
        table.add_row(*row)
    return table


def symptoms_list(kb: KnowledgeBase) -> RenderableType:
    return _page(
        Text(f"Symptoms of peripheral neuropathy ({len(kb.symptoms)})", style="bold"),
        Text(""),
        _symptom_table(kb, kb.symptoms.values(), show_types=True),
        Text(""),
        _hint("Read one with: neuroinfo symptom NAME   (a name, alias or id)"),
    )


def _evidence_block(kb: KnowledgeBase, claim: Claim) -> RenderableType:
    parts: list[RenderableType] = [
        _line((claim.badge, "bold"), "  ", (claim.certainty_label, "bold")),
        _text(claim.verdict),
        _line(
            ("Claim: ", DIM),
            f"“{claim.statement}”" if claim.quoted else claim.statement,
            (f" ({kb.references[claim.source].short})", DIM),
        ),
        _line(
            ("Evidence: ", DIM),
            claim.design_label,
            *([(" · ", DIM), claim.size_label] if claim.size_label else []),
        ),
    ]
    if claim.caveats:
        parts += [Text("Caveats:", style=DIM), _bullets(claim.caveats)]
    parts.append(
        _line(("Sources: ", DIM), "; ".join(kb.references[r].short for r in claim.references))
    )
    parts.append(_hint(f"More: neuroinfo claims {claim.id}"))
    return Group(*parts)


def symptom_page(kb: KnowledgeBase, symptom: Symptom) -> RenderableType:
    claims = kb.claims_by_symptom.get(symptom.id, [])
    parts: list[RenderableType] = [_title(symptom.name, "symptom")]
    if symptom.aliases:
        parts.append(_line(("Also called: ", DIM), ", ".join(symptom.aliases)))
    parts += [Text(""), _text(symptom.summary)]
    type_rows = Table.grid(padding=(0, 2))
    type_rows.add_column(style="bold", no_wrap=True)
    type_rows.add_column()
    for type_id in symptom.types:
        type_rows.add_row(
            _text(kb.types[type_id].name, one_line=True), _text(kb.types[type_id].summary)
        )
    parts.append(_section("Nerve types", type_rows))
    if claims:
        blocks: list[RenderableType] = []
        for index, claim in enumerate(claims):
            if index:
                blocks.append(Text(""))
            blocks.append(_evidence_block(kb, claim))
        parts.append(_section("What the evidence says about acupuncture", *blocks))
    else:
        parts.append(
            _section(
                "What the evidence says about acupuncture",
                Text(
                    "No claim about acupuncture for this symptom has been graded: none of the "
                    "studies neuroinfo draws on measured it. See: neuroinfo claims"
                ),
            )
        )
    care: list[RenderableType] = [_text(symptom.seek_care)]
    if symptom.urgent:
        care += [Text(""), _line(("Get help at once: ", "bold red"), symptom.urgent)]
    parts.append(_section("When to seek care", *care))
    if symptom.codes:
        parts.append(_section("Codes", *(_code(c) for c in symptom.codes)))
    cited = [*symptom.references, *(r for c in claims for r in (c.source, *c.references))]
    parts.append(_section("References", _numbered_refs(kb, cited)))
    return _page(*parts)


# ---------------------------------------------------------------- claims


def _claim_table(claims: Iterable[Claim]) -> Table:
    table = Table.grid(padding=(0, 2))
    table.add_column(no_wrap=True)
    table.add_column()
    for claim in claims:
        table.add_row(
            Text(claim.badge, style="bold"),
            Group(_text(claim.id, "bold", one_line=True), _text(claim.verdict)),
        )
    return table


def claims_list(kb: KnowledgeBase) -> RenderableType:
    table = _claim_table(kb.claims.values())
    return _page(
        Text(f"Acupuncture claims, graded ({len(kb.claims)})", style="bold"),
        _hint("⊕⊕⊕⊕ high · ⊕⊕⊕○ moderate · ⊕⊕○○ low · ⊕○○○ very low · ○○○○ not enough to grade"),
        Text(""),
        table,
        Text(""),
        _hint("Read one with: neuroinfo claims ID"),
    )


def claim_page(kb: KnowledgeBase, claim: Claim) -> RenderableType:
    source = kb.references[claim.source]
    said = f"“{claim.statement}”" if claim.quoted else claim.statement
    how = "As stated in: " if claim.quoted else "Our summary of: "
    parts: list[RenderableType] = [
        _title(claim.id, "claim"),
        Text(""),
        _text(said, "bold"),
        _line((how, DIM), source.short),
        _section(
            "Verdict",
            _line((claim.badge, "bold"), "  ", (claim.certainty_label, "bold")),
            _text(claim.verdict),
        ),
        _section("What the research shows", _text(claim.evidence)),
    ]
    basis = [_line(("Outcome: ", DIM), claim.outcome)]
    if claim.comparator:
        basis.append(_line(("Compared with: ", DIM), claim.comparator))
    basis.append(_line(("Study design: ", DIM), claim.design_label))
    if claim.size_label:
        basis.append(_line(("Size: ", DIM), claim.size_label))
    basis.append(_line(("Direction: ", DIM), claim.direction))
    basis.append(_line(("Last reviewed: ", DIM), claim.last_reviewed))
    parts.append(_section("Basis of the grade", *basis))
    if claim.caveats:
        parts.append(_section("Caveats", _bullets(claim.caveats)))
    about = [kb.symptoms[s].name for s in claim.symptoms] + [kb.types[t].name for t in claim.types]
    if about:
        parts.append(_section("About", _text(", ".join(about))))
    parts.append(_section("References", _numbered_refs(kb, (claim.source, *claim.references))))
    return _page(*parts)


# ---------------------------------------------------------------- references


def _cited_by(kb: KnowledgeBase, ref: Reference) -> Text:
    from neuroinfo.records import KIND_OF

    citers = kb.citers.get(ref.id, [])
    if not citers:
        return _line(("Cited by: ", DIM), ("nothing in this data", DIM))
    groups: dict[str, list[str]] = {}
    for record in citers:
        groups.setdefault(KIND_OF[type(record)], []).append(record.id)
    text = "; ".join(f"{kind}s {', '.join(ids)}" for kind, ids in groups.items())
    return _line(("Cited by: ", DIM), (text, DIM))


def refs_list(kb: KnowledgeBase) -> RenderableType:
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True, style=DIM)
    grid.add_column()
    for number, ref in enumerate(kb.references.values(), 1):
        grid.add_row(
            f"[{number}]", Group(citation(ref, full=True), _line((ref.id, DIM)), _cited_by(kb, ref))
        )
        grid.add_row("", "")
    return _page(
        Text(f"Bibliography ({len(kb.references)} references)", style="bold"),
        Text(""),
        grid,
        _hint("Read one with: neuroinfo refs ID"),
    )


def ref_page(kb: KnowledgeBase, ref: Reference) -> RenderableType:
    parts: list[RenderableType] = [
        _title(ref.id, f"reference · {ref.type}"),
        Text(""),
        citation(ref, full=True),
    ]
    if ref.note:
        parts += [Text(""), _line(("Note: ", DIM), ref.note)]
    parts += [Text(""), _cited_by(kb, ref)]
    return _page(*parts)


# ---------------------------------------------------------------- search


def search_results(kb: KnowledgeBase, hits: list[Hit]) -> RenderableType:
    table = Table.grid(padding=(0, 2))
    table.add_column(style=DIM, no_wrap=True)
    table.add_column(style="bold")
    table.add_column()
    for hit in hits:
        name = hit.record.name if hit.record.name != hit.record.id else ""
        table.add_row(hit.kind, _text(hit.record.id, one_line=True), _text(name, one_line=True))
    noun = "match" if len(hits) == 1 else "matches"
    return _page(
        Text(f"{len(hits)} {noun}", style="bold"),
        Text(""),
        table,
        Text(""),
        _hint("Open one with: neuroinfo symptom|types|claims|refs|about ID"),
    )

"""An article's check as a page, as JSON findings, and as schema.org ClaimReview.

The page opens on a summary, then quotes each claim sentence with the line it is on, the
claim it makes, its verdict and certainty, and one line of what the research shows; the
references of the claims found come last."""

from __future__ import annotations

import re

from neuroinfo import grading
from neuroinfo.check.claims import Finding
from neuroinfo.check.reading import Block
from neuroinfo.check.sentences import Sentence, sentences
from neuroinfo.model import Claim, KnowledgeBase
from neuroinfo.pages import (
    LEVELS,
    Line,
    Page,
    Para,
    Section,
    Span,
    Stack,
    cited,
)
from neuroinfo.search import STOP_CAUTION

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing costs milliseconds at start-up; annotations need it only here
    from datetime import date
    from typing import Any

WEAK = ("very-low", "insufficient")  # certainties that count as "very low or no evidence"
POINTER = re.compile(r" \(neuroinfo [^()]*\)")  # "(neuroinfo about safety)" in a caution


def _line(*parts: str | tuple[str, str]) -> Line:
    return tuple(Span(p) if isinstance(p, str) else Span(*p) for p in parts)


def first_sentence(text: str) -> str:
    """The first sentence of a claim's 'what the research shows'."""
    block = Block()
    block.add(text, 1)
    found = sentences(block)
    return found[0].text if found else text


HEDGED = "the sentence itself says the evidence is limited or not yet settled."
STOP_WARNING = f"neuroinfo grades no claim like this. {STOP_CAUTION}"
# after "line 12", in the message --json and ClaimReview give on stderr
STOP_ADVISED = f"advises stopping a treatment; {STOP_WARNING}"


def page(
    kb: KnowledgeBase,
    name: str,
    findings: list[Finding],
    checked: int,
    advice: list[Sentence] | None = None,
) -> Page:
    """The check as a page: advice to stop a treatment first, if the text gives any, then the
    summary, each claim found, and the references."""
    blocks: list[Any] = []
    if advice:
        warned = [
            Stack((Para((_line((f"Line {s.line}", "dim")), _line((quoted(s.text), "quote")))),))
            for s in advice
        ]
        warned.append(Para((_line(("Take care: ", "bold"), STOP_WARNING),)))
        blocks.append(Section("Advice to stop a treatment", tuple(warned)))
    blocks.append(Para((_line(summary(kb, findings, checked)),)))
    if findings:
        blocks.append(Section("Claims in the text", tuple(_finding(kb, f) for f in findings)))
        blocks.append(Section("References", (cited(kb, _references(kb, findings)),)))
    return Page(f"Checked: {name}", "article", tuple(blocks))


def summary(kb: KnowledgeBase, findings: list[Finding], checked: int) -> str:
    """'10 of 35 sentences make a claim neuroinfo grades; 9 of them rest on very low or no
    evidence.'"""
    weak = sum(kb.claims[f.matches[0].claim].certainty in WEAK for f in findings)
    noun = "sentence" if checked == 1 else "sentences"
    if not checked:
        return "There is no text to check: the article is empty, or holds only markup."
    if not findings:
        return f"None of {checked:,} {noun} makes a claim neuroinfo grades."
    verb = "makes" if len(findings) == 1 else "make"
    if len(findings) == 1:
        rest = "it rests" if weak else "it does not rest"
    else:
        rest = {0: "none of them rests", 1: "1 of them rests"}.get(weak, f"{weak:,} of them rest")
    said = (
        f"{len(findings):,} of {checked:,} {noun} {verb} a claim neuroinfo grades; "
        f"{rest} on very low or no evidence."
    )
    hedging = sum(f.hedged for f in findings)
    if hedging:  # a careful text is told apart from one that overclaims
        if len(findings) == 1:
            who = "It says itself"
        elif hedging == 1:
            who = "1 of them says itself"
        else:
            who = f"{hedging:,} of them say themselves"
        said += f" {who} that the evidence is limited or not yet settled."
    return said


def quoted(sentence: str) -> str:
    """The sentence between quotation marks, using its own where a quotation in it opens and
    does not close ("“I came in with numb feet." as “I came in with numb feet.”), or closes
    where it did not open."""
    whole = sentence[:1] + sentence[-1:]
    if whole in ('""', "\u201c\u201d") and sentence[1:-1].count(whole[0]) == 0:
        return sentence  # quoted whole already
    opened = sentence.count("\u201c") - sentence.count("\u201d")
    if sentence.count('"') % 2:  # a straight mark left open at the start or the end
        opened += 1 if sentence.startswith('"') else -1 if sentence.endswith('"') else 0
    opening = "" if opened > 0 and sentence[:1] in '"\u201c' else "\u201c"
    closing = "" if opened < 0 and sentence[-1:] in '"\u201d' else "\u201d"
    return f"{opening}{sentence}{closing}"


def _finding(kb: KnowledgeBase, finding: Finding) -> Stack:
    claim = kb.claims[finding.matches[0].claim]
    source = kb.references[claim.source].short
    lines = [
        _line((f"Line {finding.sentence.line}", "dim")),
        _line((quoted(finding.sentence.text), "quote")),
        # the claim as its source put it (a quotation), or in neuroinfo's words, and whose
        _line(
            ("Matches: ", "dim"),
            (claim.id, "id"),
            # "the claim": the source's words, not the article's (where the claim comes from)
            (
                f", the claim as {source} put it: "
                if claim.quoted
                else f", the claim {source} made, in other words: ",
                "dim",
            ),
            _said(claim),
        ),
        _line(
            (f"{claim.badge} {LEVELS[claim.certainty]}", f"certainty-{claim.certainty}"),
            (" · ", "dim"),
            claim.verdict,
        ),
    ]
    if finding.hedged:
        lines.append(_line(("Hedged: ", "dim"), HEDGED))
    if claim.take_care:  # who should take extra care comes before the evidence
        lines.append(_line(("Take care: ", "bold"), claim.take_care))
    lines.append(_line(("What the research shows: ", "dim"), first_sentence(claim.evidence)))
    others = [m.claim for m in finding.matches[1:]]
    if others:
        lines.append(_line(("Also matches: ", "dim"), ", ".join(others)))
    return Stack((Para(tuple(lines)),))


def _said(claim: Claim) -> str:
    return f"“{claim.statement}”" if claim.quoted else claim.statement


def _references(kb: KnowledgeBase, findings: list[Finding]) -> list[Any]:
    ids: dict[str, None] = {}
    for finding in findings:
        claim = kb.claims[finding.matches[0].claim]
        ids.update(dict.fromkeys((claim.source, *claim.references)))
    return [kb.references[i] for i in ids]


# ---------------------------------------------------------------- data


def records(kb: KnowledgeBase, findings: list[Finding]) -> list[dict[str, Any]]:
    """The findings as JSON-ready dicts, in the order of the text."""
    out = []
    for finding in findings:
        claim = kb.claims[finding.matches[0].claim]
        out.append(
            {
                "line": finding.sentence.line,
                "sentence": finding.sentence.text,
                "claim": claim.id,
                "certainty": claim.certainty,
                "verdict": claim.verdict,
                "score": finding.matches[0].score,
                "take_care": claim.take_care,
                "evidence": first_sentence(claim.evidence),
                "hedged": finding.hedged,
                "matches": [{"claim": m.claim, "score": m.score} for m in finding.matches],
            }
        )
    return out


def claim_reviews(
    kb: KnowledgeBase, findings: list[Finding], name: str, today: date | None = None
) -> list[dict[str, Any]]:
    """One schema.org ClaimReview (JSON-LD) per finding, for fact-check aggregators. Its rating
    is in words only: the certainty of the evidence, a short phrase, with the verdict and what
    the research shows as its explanation. A number on a ClaimReview's scale reads as how true
    the claim is, and certainty is not that ("completely safe for everyone" would have read 3
    of 5, from the low certainty behind "relatively safe")."""
    from datetime import date  # only here: a page or the findings carry no date

    published = (today or date.today()).isoformat()
    out = []
    for finding in findings:
        claim = kb.claims[finding.matches[0].claim]
        label = grading.LABELS[claim.certainty]
        # who should take care, as the page has it, less the command it points to (a published
        # review is read where neuroinfo is not)
        care = f" Take care: {POINTER.sub('', claim.take_care)}" if claim.take_care else ""
        explained = f"{claim.verdict}{care} {first_sentence(claim.evidence)}"
        if finding.hedged:
            explained += f" {HEDGED[:1].upper()}{HEDGED[1:]}"
        out.append(
            {
                "@context": "https://schema.org",
                "@type": "ClaimReview",
                "claimReviewed": finding.sentence.text,
                "itemReviewed": {
                    "@type": "Claim",
                    "appearance": {"@type": "CreativeWork", "name": name},
                },
                "author": {"@type": "Organization", "name": "neuroinfo"},
                "datePublished": published,
                "reviewRating": {
                    "@type": "Rating",
                    "alternateName": f"{label[:1].upper()}{label[1:]}",
                    "ratingExplanation": explained,
                },
                "reviewBody": explained,
            }
        )
    return out

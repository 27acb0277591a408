"""Blocks of text split into sentences, each with the line it starts on.

A sentence ends at '.', '!' or '?' (with any closing quotes or brackets, and an encyclopedia's
reference marks: 'neuropathy.[2] Several') before white space and a capital, a digit or an
opening quote. Not after an abbreviation ('Dr.', 'e.g.', 'et al.', 'vs.', 'No. 3'), a single
initial ('J. Smith') or inside a number ('2.5')."""

import re

from neuroinfo.check.compiled import pattern
from neuroinfo.check.reading import Block
from neuroinfo.frozen import record

# Abbreviations after which a full stop does not end a sentence, lower-cased, without their
# final full stop.
ABBREVIATIONS = frozenset(
    """dr mr mrs ms prof st mt sr jr vs v e.g i.e cf al fig figs no nos approx ca inc ltd co
    corp dept univ gen rev hon est min max mg ml kg cm mm jan feb mar apr jun jul aug sep sept
    oct nov dec u.s u.k a.m p.m ph.d m.d b.sc m.sc op vol pp ed eds reg""".split()  # noqa: SIM905
)
# ... and each of them within a sentence, its full stops to be read past ("at St. Luke's").
ABBREVIATED = pattern(
    r"\b("
    + "|".join(re.escape(word) for word in sorted(ABBREVIATIONS, key=lambda w: (-len(w), w)))
    + r")\.(?=\s+\S)"
)
# Abbreviations that do end a sentence when a capital follows ("... and so on, etc. Then").
_CAN_END = frozenset({"etc"})
_QUOTES = "\"'\u201c\u201d\u2018\u2019"  # straight and curly quotation marks
# A run of marks is matched only from its first, and whole (possessive): "." * 80,000 took
# 53 s when every place in the run was tried afresh, and is now linear.
_BOUNDARY = pattern(
    rf"(?<![.!?\u2026])[.!?\u2026]++[{_QUOTES})\]]*+"
    r"(?:\[\d{1,3}(?:\s*[,\u2013-]\s*\d{1,3})*\])*+"
    rf"(?=\s+[{_QUOTES}(\[]?[A-Z0-9])"
)
MAX_SENTENCE = 2_000  # characters; a longer run is cut into pieces of this size
# The word before a full stop, looked for this far back only, so that a long paragraph is
# split in linear time (no abbreviation or initial is this long).
WORD_WINDOW = 60
_LAST_WORD = pattern(r"(\S+)$")


@record
class Sentence:
    text: str
    line: int


def sentences(block: Block) -> list[Sentence]:
    found = []
    start = 0
    text = block.text
    for end in _ends(text):
        found += _piece(block, start, end)
        start = end
    found += _piece(block, start, len(text))
    return found


def _ends(text: str) -> list[int]:
    ends = []
    for boundary in _BOUNDARY.finditer(text):
        if text[boundary.start()] == "." and _abbreviated(text, boundary.start()):
            continue
        ends.append(boundary.end())
    return ends


def _abbreviated(text: str, dot: int) -> bool:
    """Whether the full stop at `dot` closes an abbreviation or an initial."""
    word = _LAST_WORD.search(text, max(0, dot - WORD_WINDOW), dot)
    if not word:
        return False
    token = word.group(1).lstrip(f"([{_QUOTES}").casefold()
    if token in _CAN_END:
        return False
    if token in ABBREVIATIONS or token.rstrip(".") in ABBREVIATIONS:
        return True
    return len(token) == 1 and token.isalpha() and text[dot - 1].isupper()  # 'J. Smith'


def _piece(block: Block, start: int, end: int) -> list[Sentence]:
    raw = block.text[start:end]
    lead = len(raw) - len(raw.lstrip())
    text = raw.strip()
    if not text:
        return []
    first = start + lead
    return [
        Sentence(text[i : i + MAX_SENTENCE], block.line_at(first + i))
        for i in range(0, len(text), MAX_SENTENCE)
    ]

"""Blocks of text split into sentences, each with the line it starts on.

A sentence ends at '.', '!' or '?' (with any closing quotes or brackets, and an encyclopedia's
reference marks: 'neuropathy.[2] Several') before white space and a capital, a digit or an
opening quote. Not after an abbreviation ('Dr.', 'e.g.', 'et al.', 'vs.', 'No. 3'), a single
initial ('J. Smith') or inside a number ('2.5'). A full stop with no space after it ends one
only between a lower-case word and a capitalised one ('damage.After'), where text copied from a
page ran two paragraphs together; not after an abbreviation, nor in an address or a file's
name ('info@clinic.Com', 'notes.Txt')."""

import re

from neuroinfo.check.reading import Block
from neuroinfo.compiled import CHECK
from neuroinfo.frozen import record

pattern, pattern_at_words = CHECK.pattern, CHECK.pattern_at_words

# Abbreviations after which a full stop does not end a sentence, lower-cased, without their
# final full stop.
ABBREVIATIONS = frozenset(
    """dr mr mrs ms prof st mt sr jr vs v e.g i.e cf al fig figs no nos approx ca inc ltd co
    corp dept univ gen rev hon est min max mg ml kg cm mm jan feb mar apr jun jul aug sep sept
    oct nov dec u.s u.k a.m p.m ph.d m.d b.sc m.sc op vol pp ed eds reg incl esp hosp clin assoc
    natl""".split()  # noqa: SIM905
)
# ... and each of them within a sentence, its full stops to be read past ("at St. Luke's").
ABBREVIATED = pattern_at_words(
    r"\b("
    + "|".join(re.escape(word) for word in sorted(ABBREVIATIONS, key=lambda w: (-len(w), w)))
    + r")\.(?=\s+\S)"
)
# Abbreviations that do end a sentence when a capital follows ("... and so on, etc. Then").
_CAN_END = frozenset({"etc"})
_QUOTES = "\"'\u201c\u201d\u2018\u2019"  # straight and curly quotation marks
# A run of marks is matched only from its first, and whole (possessive): "." * 80,000 took
# 53 s when every place in the run was tried afresh, and is now linear.
# Emoji after a sentence's end are its own ("... regenerate. \U0001f92f And it's ...")
_EMOJI = "[\U0001f000-\U0001faff\u2600-\u27bf\ufe0f\u200d]"
_BOUNDARY = pattern(
    rf"(?<![.!?\u2026])[.!?\u2026]++[{_QUOTES})\]]*+"
    r"(?:\[\d{1,3}(?:\s*[,\u2013-]\s*\d{1,3})*\])*+"
    # ... or a note's number run on after a word's full stop ("control systems.12345 Is it")
    r"(?:(?<=[a-z]\.)\d{1,6}(?:[,\u2013-]\d{1,6})*)?"
    rf"(?:[ \t]*{_EMOJI})*+"  # one emoji a turn: nested possessives fail on Python 3.11.2
    rf"(?=\s+[{_QUOTES}(\[]?[A-Z0-9])"
)
# ... and a full stop with no space after it, between a word and a capitalised one: two
# paragraphs run together when a page's text was copied ("nerve damage.After the study's").
_RUN_TOGETHER = pattern(
    r"(?<=[a-z]{3})\.(?!(?:Com|Org|Net|Co|Uk|Io|Edu|Gov|Info|Txt|Docx?|Pdf|Html?|Jpe?g|Png)\b)"
    r"(?=[A-Z][a-z]+[\s,])"
)
_ADDRESS = pattern(r"[@/\\]")  # ... not in an address, a file's path or a web address
MAX_SENTENCE = 2_000  # characters; a longer run is cut into pieces of this size
# The word before a full stop, looked for this far back only, so that a long paragraph is
# split in linear time (no abbreviation or initial is this long).
WORD_WINDOW = 60
_LAST_WORD = pattern(r"(\S+)$")


@record
class Sentence:
    text: str
    line: int
    spoken: bool = False  # a clause of unpunctuated speech: a sentence with no full stop


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
    joined = [
        boundary.end()
        for boundary in _RUN_TOGETHER.finditer(text)
        if not _abbreviated(text, boundary.start()) and not _in_address(text, boundary.start())
    ]
    return sorted(ends + joined) if joined else ends


def _in_address(text: str, dot: int) -> bool:
    """Whether the full stop at `dot` is inside an e-mail or web address or a file's path."""
    word = _LAST_WORD.search(text, max(0, dot - WORD_WINDOW), dot)
    return word is not None and _ADDRESS.search(word.group(1)) is not None


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
    spoken = _unpunctuated(text)
    spans = _spoken_clauses(text) if spoken else [(0, len(text))]
    return [
        Sentence(text[i : min(i + MAX_SENTENCE, end)], block.line_at(first + i), spoken)
        for begin, end in spans
        for i in range(begin, end, MAX_SENTENCE)
    ]


# Speech written down with no punctuation at all, as a video's automatic captions are: one
# "sentence" of a thousand words, in which a claim is lost. It is cut into clauses where speech
# starts a new one ("so", "okay", "but", "yes" ...), each at least CLAUSE_WORDS long (and cut
# at MAX_SPOKEN if there is none).
SPEECH_WORDS = 80  # a run this long with no more than a mark every MARK_WORDS words is speech
MARK_WORDS = 60
CLAUSE_WORDS = 8
MAX_SPOKEN = 30
CLAUSE_STARTS = frozenset(
    "so okay ok now but because um uh anyway alright basically yeah yes".split()  # noqa: SIM905
)
_WORD = pattern(r"\S+")
_TIME = pattern(r"\d{1,2}:\d\d(?::\d\d)?")  # a caption's timestamp: no word of the speech


def _unpunctuated(text: str) -> bool:
    if len(text) < 2 * SPEECH_WORDS:  # too short to hold that many words
        return False
    words = len(text.split())
    if words < SPEECH_WORDS:
        return False
    inside = text[:-1]  # a sentence's own end is no mark within it
    marks = sum(inside.count(mark) for mark in ",;.!?")
    return marks <= words // MARK_WORDS


def _spoken_clauses(text: str) -> list[tuple[int, int]]:
    """Where each clause of unpunctuated speech starts and ends in `text`."""
    clauses = []
    start = words = 0
    for word in _WORD.finditer(text):
        if _TIME.fullmatch(word.group()):
            continue
        token = word.group().casefold().strip("\"'\u2019[]()")
        if words >= MAX_SPOKEN or (words >= CLAUSE_WORDS and token in CLAUSE_STARTS):
            clauses.append((start, word.start()))
            start, words = word.start(), 0
        words += 1
    clauses.append((start, len(text)))
    return [(i, i + len(text[i:j].rstrip())) for i, j in clauses if text[i:j].strip()]

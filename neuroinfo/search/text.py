"""Text as search sees it: folded to one spelling, split into words, with the words that
carry no meaning dropped. The same folding is applied to what is indexed and to what people
type, so "Diarrhoea" finds "diarrhea" and "can't breathe" finds "cannot breathe". Word forms
(burn, burning, burns) are left to the index's Porter stemmer."""

import unicodedata

from neuroinfo.compiled import SEARCH

pattern = SEARCH.pattern

# The index's FTS5 tokenizer (index.py), which rank.py also asks for a word's stems: here, so
# that ranking does not import the index's builder.
TOKENIZER = "porter unicode61 remove_diacritics 2"

# Words that say nothing about what is being asked: articles, pronouns, auxiliaries and
# question words. "Not" words are folded into "cannot"/"wont" first, so they stay. "ve",
# "ll" and "re" are the ends of "I've", "we'll", "you're" as fold splits them.
STOP_WORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be been before being
    below between both but by could did do does doing down during each few for from further
    had has have having he her here hers herself him himself his how i if in into is it its
    itself just me more most my myself no nor of off on once only or other our ours
    ourselves out over own same she should so some such than that the their theirs them
    themselves then there these they this those through to too under until up very was we
    were what when where which while who whom why will with would you your yours yourself
    yourselves im ive id ill youre theyre whats thats dont doesnt didnt isnt arent wasnt
    get got getting gets really anyone someone something anything thing things way ok okay
    hi hello please thanks thank know tell wondering wonder question ask asking anybody
    like lot lots bit quite still even ever much many may might must can shall yes yeah
    one two well since being us mine etc yesterday today tonight went heard anymore
    ve ll re
    """.split()  # noqa: SIM905 - a word list reads better as text
)

# Spellings folded to one form, on both sides of the search (British to American, mostly).
_VARIANTS = [
    (pattern(r"ae"), "e"),  # anaesthesia, haemorrhage, paraesthesia
    (pattern(r"^oe"), "e"),  # oedema, oesophagus
    (pattern(r"(?<=[a-z])oea"), "ea"),  # diarrhoea, dyspnoea
    (pattern(r"(?<=[a-z]{3})our(s?)$"), r"or\1"),  # colour, behaviour, tumour
    (pattern(r"(?<=[a-z]{2}[bt])re(s?)$"), r"er\1"),  # centre, fibre, litre
    (pattern(r"(?<=[a-z]{3})is(e|ed|es|ing|ation|ations)$"), r"iz\1"),  # realise, paralysed
    (pattern(r"(?<=[a-z]{3})ys(e|ed|es|ing)$"), r"yz\1"),  # paralyse, analyse
]
# Ways of saying "not able to" and "will not", folded into one word each so that they still
# count (they matter: "can't breathe", "won't wake up").
_NEGATIONS = [
    (pattern(r"\b(can ?not|can ?t|cant|unable to|couldn ?t|couldnt)\b"), "cannot"),
    (pattern(r"\b(won ?t|wont|will not|wouldn ?t|wouldnt)\b"), "wont"),
    # "A&E", as the words are left once its "&" is a space: the emergency department
    (pattern(r"\ba e\b"), "emergency"),
    # ... and "the ED" ("went to the ED last night"), where "ED" alone is erectile dysfunction
    (pattern(r"\b(the|an) ed\b"), r"\1 emergency"),
]
# Curly quotes, the backtick and the acute accent, each read as an apostrophe: a table, since
# re takes some 0.3 ms to compile a class with characters past Latin-1
_APOSTROPHES = str.maketrans(dict.fromkeys("\u2019\u2018`\u00b4", "'"))


def fold(text: str) -> str:
    """Lower case, no accents, punctuation as spaces, negations and spellings folded."""
    text = text.translate(_APOSTROPHES)
    plain = _ascii_words(text) if text.isascii() else _words(text)
    for pattern, replacement in _NEGATIONS:
        plain = pattern.sub(replacement, plain)
    return " ".join(variant(word) for word in plain.split())


def _words(text: str) -> str:
    """Letters and digits folded to lower case without accents, all else one space apart."""
    kept = []
    for char in unicodedata.normalize("NFKD", text):
        if unicodedata.combining(char) or unicodedata.category(char) == "Cf":
            continue
        kept.append(char.casefold() if char.isalnum() else " ")
    return " ".join("".join(kept).split())


# ASCII punctuation (the apostrophe too) as spaces: `_words` for plain ASCII, in one pass.
_ASCII_SPACES = {code: " " for code in range(128) if not chr(code).isalnum()}


def _ascii_words(text: str) -> str:
    """`_words` of an ASCII text (it has nothing to decompose), far faster."""
    return " ".join(text.translate(_ASCII_SPACES).lower().split())


_VARIANT: dict[str, str] = {}  # each word's folded spelling, once worked out
MAX_VARIANTS = 50_000


def variant(word: str) -> str:
    """The word in the one spelling search uses ("colour" -> "color"), remembered: the words
    of an article recur, and each takes seven patterns."""
    found = _VARIANT.get(word)
    if found is None:
        found = word
        for pattern, replacement in _VARIANTS:
            found = pattern.sub(replacement, found)
        if len(_VARIANT) >= MAX_VARIANTS:
            _VARIANT.clear()
        _VARIANT[word] = found
    return found


def content_words(text: str) -> list[str]:
    """The folded words of `text` that carry meaning, in order, each once."""
    return list(dict.fromkeys(w for w in fold(text).split() if w not in STOP_WORDS))


def deletes(word: str) -> set[str]:
    """The word with each one of its letters left out: two words within one edit of each
    other (a letter added, dropped, changed or two swapped) share one of these, or one is
    among the other's."""
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def within_one_edit(a: str, b: str) -> bool:
    """Whether `a` becomes `b` with one insertion, deletion, substitution or swap of two
    neighbouring letters."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and a[diff[0]] == b[diff[1]]
            and (a[diff[1]] == b[diff[0]])
        )
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))

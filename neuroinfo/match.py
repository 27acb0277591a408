"""Forgiving name matching and ranked search.

Case, accents, hyphens, punctuation and extra spaces never matter. A name resolves by
exact id, name or alias first, then by a unique prefix of whole words ("pins" for "pins and
needles"); anything else is a miss with suggestions, or an ambiguity listing the candidates.
Nothing is guessed silently: "numbnes" is a typo to point out, not a prefix to accept.
Lookups go through the knowledge base's name index, so they cost the same at any size."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from neuroinfo.errors import NotFound, UsageError, shown
from neuroinfo.frozen import record
from neuroinfo.model import SINGULAR

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing costs milliseconds at start-up; annotations need it only here
    from typing import Any

    from neuroinfo.model import KnowledgeBase
    from neuroinfo.search.rank import Ranking


# What normalise makes of each ASCII character: a letter or digit in lower case, anything
# else a space (no ASCII character is an accent, a format character or a stand-in byte).
_ASCII_KEY = str.maketrans(
    {chr(c): chr(c).lower() if chr(c).isalnum() else " " for c in range(128)}
)


def normalise(text: str) -> str:
    """'Pins-and-Needles ' and 'pins and needles' both become 'pins and needles'."""
    if text.isascii():  # the same, character by character, at a tenth of the cost
        return " ".join(text.translate(_ASCII_KEY).split())
    decomposed = unicodedata.normalize("NFKD", text)
    kept = []
    for char in decomposed:
        if unicodedata.combining(char) or unicodedata.category(char) == "Cf":
            continue  # accents, and invisible format characters such as zero-width spaces
        if "\udc80" <= char <= "\udcff":  # a byte typed that was not UTF-8: a mark that no
            kept.append("\ufffd")  # name holds, so 'numb\xffness' is not read as 'numbness'
            continue
        kept.append(char.casefold() if char.isalnum() else " ")
    return " ".join("".join(kept).split())


def keys_of(record: Any) -> list[str]:
    """Every normalised name a record answers to: id, name and aliases; for a reference also
    its DOI, PubMed id and PMC id; for a point also its code and pinyin, each with its parts
    apart ('st 36', 'zu san li' is matched run together), its meridian and number ('stomach
    36') and the older letters for its meridian ('liv 3')."""
    names = [record.id, record.name, *getattr(record, "aliases", ())]
    names += [getattr(record, field, None) or "" for field in ("doi", "pmid", "pmcid")]
    if getattr(record, "authors", None) and getattr(record, "year", None):  # 'Schröder 2007'
        names.append(f"{record.authors[0].split()[0]} {record.year}")
    code = getattr(record, "code", None)
    if code:
        names += [code, record.pinyin or ""]
        split = re.match(_CODE, code.upper())
        letters, digits = split.groups() if split else ("", "")
        if record.meridian and digits:
            names.append(f"{record.meridian} {digits}")
        names += [f"{old}{digits}" for old in OLD_LETTERS.get(letters, ())]
    seen: dict[str, None] = {}
    for name in names:
        key = normalise(name)
        if key:
            seen.setdefault(key, None)
            if code:
                seen.setdefault(re.sub(_DIGITS_APART, " ", key), None)
                seen.setdefault(key.replace(" ", ""), None)
    return list(seen)


# Older letters for some meridians, as older texts and trials write them (LV3 and LIV3 for
# LR3, P6 for PC6).
OLD_LETTERS = {"LR": ("LV", "LIV"), "PC": ("P",), "KI": ("K",)}
# Compiled by re when first needed: only building the store, and a search, read names
_CODE = r"([A-Z]+)(\d+)$"
_DIGITS_APART = r"(?<=[a-z])(?=[0-9])"


def suggest(query: str, candidates: Iterable[str], limit: int = 3) -> list[str]:
    """Names close to `query`, best first: near spellings, then names it starts or appears in."""
    import difflib  # only a miss pays for it

    wanted = normalise(query)
    by_key = {normalise(c): c for c in candidates}
    close = difflib.get_close_matches(wanted, list(by_key), n=limit, cutoff=0.6)
    if close:  # keep only the near-best, so 'sensry' suggests 'sensory' and not 'sensory motor'
        best = difflib.SequenceMatcher(None, wanted, close[0]).ratio()
        close = [k for k in close if difflib.SequenceMatcher(None, wanted, k).ratio() >= best - 0.1]
    found = [by_key[k] for k in close]
    if wanted:
        for key, original in by_key.items():
            if len(found) >= limit:
                break
            if original not in found and (key.startswith(wanted) or wanted in key.split()):
                found.append(original)
        # Failing all else, names with a word of the same stem: 'dizzy' for 'dizziness'.
        stem = wanted[:4] if len(wanted) >= 4 and " " not in wanted[:4] and not found else ""
        for key, original in by_key.items():
            if stem and len(found) < limit and any(w.startswith(stem) for w in key.split()):
                found.append(original)
    return found[:limit]


NOUNS = SINGULAR | {"types": "nerve type"}


def resolve(kb: KnowledgeBase, kind: str, query: str) -> Any:
    """The one record of `kind` that `query` names, or NotFound with suggestions or candidates.

    Exact names win; otherwise a name that begins with the query's whole words counts."""
    return resolve_among(kb, (kind,), query)[1]


def resolve_among(kb: KnowledgeBase, kinds: tuple[str, ...], query: str) -> tuple[str, Any]:
    """Like `resolve`, across several kinds at once: (kind, record).

    In order: an exact name (id, name, alias; a reference's DOI, PubMed or PMC id, or its
    [n] in the bibliography; a point's code or pinyin written any usual way); a name that
    begins with the query's whole words; the same name in another word form ('cramp' for
    'cramps'). A name that fits several records lists them; a miss suggests the records the
    search ranking puts first."""
    named = [NOUNS[k] for k in kinds]
    nouns = ", ".join(named[:-1]) + " or " + named[-1] if len(named) > 1 else named[0]
    wanted = normalise(_identifier(query))
    if not wanted:
        raise UsageError(f"give a {nouns} name, or leave it out to list them all")
    numbered = _numbered(kb, kinds, query)
    if numbered is not None:
        return numbered
    keys = list(dict.fromkeys([wanted, wanted.replace(" ", "")]))
    exact = [(kind, i) for kind in kinds for key in keys for i in kb.named(kind, key)]
    exact = list(dict.fromkeys(exact))
    found = exact or [(kind, i) for kind in kinds for i in kb.leading(kind, wanted)]
    found = found or _same_word_forms(kb, kinds, query)
    if len(found) == 1:
        kind, record_id = found[0]
        return kind, kb.records(kind)[record_id]
    if found:
        ids = ", ".join(_as_written(kb, kind, record_id) for kind, record_id in found)
        raise NotFound(f"'{shown(query)}' matches more than one {nouns}: {ids}")
    hints = _suggestions(kb, kinds, query)
    hint = f"; did you mean: {', '.join(hints)}" if hints else ""
    raise NotFound(f"no {nouns} matches '{shown(query)}'{hint}")


# Identifiers as people copy them: a DOI, PubMed or PMC link, or a labelled id. Compiled
# when first read (re keeps them): most runs never resolve a name.
_COPIED = (
    r"(?:https?://)?(?:dx\.)?doi\.org/(.+)",
    r"doi:\s*(.+)",
    r"(?:https?://)?(?:www\.)?pubmed\.ncbi\.nlm\.nih\.gov/(\d+)/?",
    r"(?:https?://)?(?:www\.ncbi\.nlm\.nih\.gov/pmc|pmc\.ncbi\.nlm\.nih\.gov)/articles/"
    r"(PMC\d+)/?",
    r"pmid:?\s*(\d+)",
    r"pmcid:?\s*(PMC\d+)",
)


def _identifier(query: str) -> str:
    """The identifier in what people copy: 'https://doi.org/10.1/x', 'doi:10.1/x',
    'dx.doi.org/10.1/x', a PubMed or PMC link, 'PMID: 123'; other text as it is."""
    text = query.strip()
    for pattern in _COPIED:
        found = re.fullmatch(pattern, text, re.IGNORECASE)
        if found:
            return found.group(1).strip()
    return text


def _numbered(kb: KnowledgeBase, kinds: tuple[str, ...], query: str) -> tuple[str, Any] | None:
    """The reference numbered [n] in the bibliography, for '[3]' (or '3', too short for a
    PubMed id)."""
    found = re.fullmatch(r"\s*\[?\s*(\d{1,4})\s*\]?\s*", query)
    if "references" not in kinds or not found:
        return None
    number = int(found.group(1))
    if not 1 <= number <= len(kb.references) or (
        found.group(0).strip()[:1] != "[" and number > 999
    ):
        return None
    return "references", kb.references.values()[number - 1]


def _same_word_forms(
    kb: KnowledgeBase, kinds: tuple[str, ...], query: str
) -> list[tuple[str, str]]:
    """Records with a name that is the query in another word form, as the search index's
    stemmer reads both ('cramp' and 'muscle cramps' do not match; 'cramp' and 'cramps' do)."""
    from neuroinfo.search.rank import rank, stems

    kinds = tuple(k for k in kinds if k != "points")  # pinyin has no English word forms
    ranking = rank(kb.db, query, kinds) if kinds else None
    if ranking is None or ranking.corrected:  # a misspelt word is suggested, never opened
        return []
    wanted = stems(kb.db, [query])[0]
    found = []
    for hit in ranking.hits[:5]:
        names = keys_of(kb.records(hit.kind)[hit.id])
        if wanted in stems(kb.db, names):
            found.append((hit.kind, hit.id))
    return found


def _suggestions(kb: KnowledgeBase, kinds: tuple[str, ...], query: str) -> list[str]:
    """Names the query begins ('restores-nerv'); else what the search ranking puts first,
    as people write it: records that hold at least half of what the query asks, scoring at
    least 70% of the best one; failing that, names spelt nearly the same."""
    import difflib

    from neuroinfo.search.rank import rank

    names: dict[str, tuple[str, str]] = {}
    for kind in kinds:
        for key, record_id in kb.names(kind).items():
            names.setdefault(key, (kind, record_id))
    wanted = normalise(query)
    begun = [key for key in names if key.startswith(wanted)] if len(wanted) >= 4 else []
    if begun:  # a name cut short: 'restores nerv'
        return list(dict.fromkeys(_as_written(kb, *names[k]) for k in begun))[:3]
    ranking = rank(kb.db, query, kinds)
    best = ranking.hits[0].score if ranking.hits else 0.0
    hints = [
        _as_written(kb, hit.kind, hit.id)
        for hit in ranking.hits[:3]
        if hit.coverage * ranking.matched_share >= 0.5 and hit.score >= best * 0.7
    ]
    if hints:
        return hints
    # A misspelling keeps its first letter ('itching' is not 'twitching' mistyped).
    close = difflib.get_close_matches(wanted, list(names), n=3, cutoff=0.75)
    close = [key for key in close if key[:1] == wanted[:1]]
    return list(dict.fromkeys(_as_written(kb, *names[k]) for k in close))


def _as_written(kb: KnowledgeBase, kind: str, record_id: str) -> str:
    """A record as people write it: a point by its code (ST36), anything else by its id."""
    return kb.points[record_id].code if kind == "points" else record_id


@record
class Hit:
    kind: str  # singular, as results are labelled: "symptom", "claim"...
    record: Any
    score: float
    coverage: float = 1.0


# The kinds search lists, by the word a hit is labelled with.
SEARCHED = {SINGULAR[k]: k for k in ("symptoms", "types", "claims", "references", "points")}
SEARCHED["topic"] = "topics"
NOUN_OF = {kind: noun for noun, kind in SEARCHED.items()}


def search(kb: KnowledgeBase, query: str) -> tuple[list[Hit], Ranking]:
    """Every record the query matches, best first (see search/rank.py), and the ranking
    with what became of the query's words."""
    from neuroinfo.search.rank import rank

    ranking = rank(kb.db, query)
    if not ranking.words:
        raise UsageError("give some words to search for")
    hits = [
        Hit(NOUN_OF[h.kind], kb.records(h.kind)[h.id], h.score, h.coverage)
        for h in ranking.hits
        if h.kind in NOUN_OF
    ]
    return hits, ranking

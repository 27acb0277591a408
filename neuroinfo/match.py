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
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from neuroinfo.errors import NotFound, UsageError, shown
from neuroinfo.model import SINGULAR

if TYPE_CHECKING:
    from neuroinfo.model import KnowledgeBase
    from neuroinfo.search.rank import Ranking


def normalise(text: str) -> str:
    """'Pins-and-Needles ' and 'pins and needles' both become 'pins and needles'."""
    decomposed = unicodedata.normalize("NFKD", text)
    kept = []
    for char in decomposed:
        if unicodedata.combining(char) or unicodedata.category(char) == "Cf":
            continue  # accents, and invisible format characters such as zero-width spaces
        kept.append(char.casefold() if char.isalnum() else " ")
    return " ".join("".join(kept).split())


def keys_of(record: Any) -> list[str]:
    """Every normalised name a record answers to: id, name and aliases; for a point also
    its code and pinyin, each code also with its letters and digits apart ('st 36')."""
    names = [record.id, record.name, *getattr(record, "aliases", ())]
    if hasattr(record, "code"):
        names += [record.code, record.pinyin or ""]
    seen: dict[str, None] = {}
    for name in names:
        key = normalise(name)
        if key:
            seen.setdefault(key, None)
            if hasattr(record, "code"):
                seen.setdefault(_DIGITS_APART.sub(" ", key), None)
    return list(seen)


_DIGITS_APART = re.compile(r"(?<=[a-z])(?=[0-9])")


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
    """Like `resolve`, across several kinds at once: (kind, record)."""
    nouns = " or ".join(NOUNS[k] for k in kinds)
    wanted = normalise(query)
    if not wanted:
        raise UsageError(f"give a {nouns} name, or leave it out to list them all")
    exact = [(kind, i) for kind in kinds for i in kb.named(kind, wanted)]
    found = exact if exact else [(kind, i) for kind in kinds for i in kb.leading(kind, wanted)]
    if len(found) == 1:
        kind, record_id = found[0]
        return kind, kb.records(kind)[record_id]
    if found:
        ids = ", ".join(record_id for _, record_id in found)
        raise NotFound(f"'{shown(query)}' matches more than one {nouns}: {ids}")
    names: dict[str, str] = {}
    for kind in kinds:
        for key, record_id in kb.names(kind).items():
            names.setdefault(key, record_id)
    hints = list(dict.fromkeys(names[k] for k in suggest(wanted, names)))
    hint = f"; did you mean: {', '.join(hints)}" if hints else ""
    raise NotFound(f"no {nouns} matches '{shown(query)}'{hint}")


@dataclass(frozen=True)
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

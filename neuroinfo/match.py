"""Forgiving name matching and ranked search.

Case, accents, hyphens, punctuation and extra spaces never matter. A name resolves by
exact id, name or alias first, then by a unique prefix of whole words ("pins" for "pins and
needles"); anything else is a miss with suggestions, or an ambiguity listing the candidates.
Nothing is guessed silently: "numbnes" is a typo to point out, not a prefix to accept."""

import difflib
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from neuroinfo.errors import NotFound, UsageError

R = TypeVar("R")


def normalise(text: str) -> str:
    """'Pins-and-Needles ' and 'pins and needles' both become 'pins and needles'."""
    decomposed = unicodedata.normalize("NFKD", text)
    kept = []
    for char in decomposed:
        if unicodedata.combining(char):
            continue
        kept.append(char.casefold() if char.isalnum() else " ")
    return " ".join("".join(kept).split())


def keys_of(record: Any) -> list[str]:
    """Every normalised name a record answers to: id, name and aliases."""
    names = [record.id, record.name, *getattr(record, "aliases", ())]
    seen: dict[str, None] = {}
    for name in names:
        key = normalise(name)
        if key:
            seen.setdefault(key, None)
    return list(seen)


def starts_with_words(key: str, wanted: str) -> bool:
    """'pins' leads 'pins and needles'; 'numbnes' does not lead 'numbness': that is a typo."""
    return key == wanted or key.startswith(wanted + " ")


def suggest(query: str, candidates: Iterable[str], limit: int = 3) -> list[str]:
    """Names close to `query`, best first: near spellings, then names it starts or appears in."""
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
    return found[:limit]


def resolve(records: Mapping[str, R], query: str, kind: str) -> R:
    """The one record `query` names, or NotFound with suggestions or candidates.

    Exact names win; otherwise a name that begins with the query's whole words counts."""
    return resolve_among({kind: records}, query)[1]


def resolve_among(collections: Mapping[str, Mapping[str, Any]], query: str) -> tuple[str, Any]:
    """Like `resolve`, across several kinds at once: (kind, record). Kinds are named in messages."""
    kinds = " or ".join(collections)
    wanted = normalise(query)
    if not wanted:
        raise UsageError(f"give a {kinds} name, or leave it out to list them all")
    everything = [(kind, r) for kind, records in collections.items() for r in records.values()]
    exact = [(kind, r) for kind, r in everything if wanted in keys_of(r)]
    if len(exact) == 1:
        return exact[0]
    leading = exact or [
        (kind, r) for kind, r in everything if any(starts_with_words(k, wanted) for k in keys_of(r))
    ]
    if len(leading) == 1:
        return leading[0]
    if leading:
        ids = ", ".join(r.id for _, r in leading)
        raise NotFound(f"'{query}' matches more than one {kinds}: {ids}")
    names: dict[str, str] = {}
    for _, record in everything:
        for key in keys_of(record):
            names.setdefault(key, record.id)
    hints = list(dict.fromkeys(names[k] for k in suggest(wanted, names)))
    hint = f"; did you mean: {', '.join(hints)}" if hints else ""
    raise NotFound(f"no {kinds} matches '{query}'{hint}")


@dataclass(frozen=True)
class Hit:
    kind: str
    record: Any
    score: int


def search(
    collections: Mapping[str, Mapping[str, Any]],
    query: str,
    texts: Mapping[str, Callable[[Any], Iterable[str]]],
) -> list[Hit]:
    """Records matching every word of `query`, best first.

    A word scores 8 on a whole name, alias or id word, 4 on the start of one, 2 inside
    one, 1 in the body text; a record naming the whole query outright scores 100 more.
    `texts[kind](record)` gives the body text searched for each record."""
    words = normalise(query).split()
    if not words:
        raise UsageError("give some words to search for")
    phrase = " ".join(words)
    hits = []
    for kind, records in collections.items():
        for record in records.values():
            names = keys_of(record)
            name_words = {w for name in names for w in name.split()}
            body = normalise(" ".join(texts[kind](record)))
            total = 100 if phrase in names else 0
            for word in words:
                if word in name_words:
                    total += 8
                elif any(w.startswith(word) for w in name_words):
                    total += 4
                elif any(word in name for name in names):
                    total += 2
                elif word in body:
                    total += 1
                else:
                    break
            else:
                hits.append(Hit(kind, record, total))
    order = {kind: n for n, kind in enumerate(collections)}
    hits.sort(key=lambda h: (-h.score, order[h.kind], h.record.id))
    return hits

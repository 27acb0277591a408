"""One ranking for search, ask, name suggestions and check.

A query is folded and stripped of stop words (text.py); a word the index does not know is
read as the known word one typo away, if there is one. Each record is then scored on four
things, all answered by the index in the compiled store (index.py):

- BM25 over its names, phrases and body (names weigh most; rare words more than common ones);
- coverage: the share of the query's weight, by rarity, that the record holds at all;
- phrases: a name or phrase of the record whose every word the query holds ("my feet burn at
  night" holds all of "feet burning at night");
- an exact name: the whole query is the record's name or alias.

A query whose words match only in part still answers, best first, and says which words
matched nothing."""

from __future__ import annotations

import math

from neuroinfo import sqlite
from neuroinfo.frozen import field, record
from neuroinfo.search.text import STOP_WORDS, TOKENIZER, content_words, deletes, within_one_edit

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing costs milliseconds at start-up; annotations need it only here
    from collections.abc import Iterable
    from typing import Any

MAX_QUERY_WORDS = 32
MAX_WORD_LENGTH = 40
MAX_QUERY_CHARACTERS = 100_000
MAX_HITS = 50
# Column weights for BM25: names, phrases, body (kind and id are not searched).
WEIGHTS = (0.0, 0.0, 6.0, 4.0, 1.0)
# Kinds that rarely answer a question in people's words: found, but behind the rest.
KIND_FACTOR = {"references": 0.6}
PHRASE_BONUS = 6.0
MIN_TYPO_LENGTH = 6
MIN_SWAP_LENGTH = 4  # ... and the shortest read as two of its letters swapped
NAME_BONUS = 25.0


@record
class Scored:
    kind: str
    id: str
    score: float
    coverage: float  # share of the query's weight this record holds


class Lookups:
    """Answers from the store that do not change while it is open, kept for a caller that
    ranks many texts against one store (check ranks every sentence of an article)."""

    __slots__ = (
        "corrections",
        "holding",
        "owned",
        "phrases",
        "postings",
        "ranges",
        "records",
        "rows",
        "words",
    )

    def __init__(self) -> None:
        self.holding: dict[str, int] = {}  # stem -> records holding it
        # (term, kinds or ()) -> rowids of the phrases (of those kinds) holding it
        self.postings: dict[tuple[str, tuple[str, ...]], list[int]] = {}
        self.ranges: dict[str, tuple[int, int]] | None = None  # kind -> its phrases' rowids
        self.rows: dict[str, tuple[int, int]] | None = None  # kind -> its records' rowids
        self.phrases: dict[int, Phrase] = {}  # rowid -> the phrase's owner, size and terms
        self.owned: dict[tuple[str, str], list[int]] = {}  # record -> its phrases' rowids
        self.corrections: dict[str, str | None] = {}
        self.records: int | None = None  # the records searched (_count)
        # query -> its words, one per stem (check ranks a sentence and matches its phrases)
        self.words: dict[str, list[str]] = {}


@record
class Phrase:
    kind: str
    id: str
    named: bool
    size: int  # its distinct terms, as the stemmer reads them
    terms: str  # those terms, joined by spaces


@record(frozen=False)
class Ranking:
    """The hits, best first, and what became of the query's words."""

    words: list[str]  # the query's content words, as typed (folded)
    terms: list[str]  # the words searched for, typos read as the word they stand for
    corrected: dict[str, str] = field(default_factory=dict)
    unmatched: list[str] = field(default_factory=list)  # words no record holds
    hits: list[Scored] = field(default_factory=list)
    matched_share: float = 0.0  # the share of the query's weight that matched anything

    @property
    def partial(self) -> bool:
        """No record holds every word of the query."""
        return bool(self.hits) and (bool(self.unmatched) or self.hits[0].coverage < 0.999)


def query_words(query: str) -> list[str]:
    """The content words of a query, bounded so that no query can exceed what the store
    takes: the first MAX_QUERY_WORDS different words, each cut to MAX_WORD_LENGTH."""
    words = content_words(query[:MAX_QUERY_CHARACTERS])
    return list(dict.fromkeys(w[:MAX_WORD_LENGTH] for w in words))[:MAX_QUERY_WORDS]


CANDIDATES = 300  # records BM25 puts first: the only ones scored in full


def rank(
    db: sqlite.Connection,
    query: str,
    kinds: tuple[str, ...] | None = None,
    lookups: Lookups | None = None,
) -> Ranking:
    """Every record (of `kinds`, if given) that the query matches, best first. Only the
    CANDIDATES that BM25 ranks first are scored in full, so a query costs much the same at
    any size of data (at the bundled size, that is every record)."""
    lookups = lookups or Lookups()
    words = _words_of(db, query, lookups)
    ranking = Ranking(words, [])
    if not words:
        return ranking
    holding = dict(zip(words, _holding(db, words, lookups), strict=True))
    ranking.corrected = _corrections(db, [w for w in words if not holding[w]], lookups)
    ranking.terms = list(dict.fromkeys(ranking.corrected.get(w, w) for w in words))
    fixed = list(ranking.corrected.values())
    holding |= dict(zip(fixed, _holding(db, fixed, lookups), strict=True))
    ranking.unmatched = [w for w in words if not holding[ranking.corrected.get(w, w)]]
    live = [t for t in ranking.terms if holding[t]]
    if not live:
        return ranking
    total = _count(db, lookups)
    weight = {t: _idf(total, holding[t]) for t in live}
    unknown = len(ranking.unmatched) * _idf(total, 0)  # a word no record holds weighs most
    ranking.matched_share = sum(weight.values()) / (sum(weight.values()) + unknown)
    rare, common = _rare(live, holding, total)
    bm25 = _bm25(db, live, kinds, rare, common, _span(db, kinds, lookups))
    if not bm25:
        return ranking
    held: dict[int, float] = {}
    for term in live:
        for (rowid,) in _among(db, "SELECT rowid FROM search", _fts(term), bm25):
            held[rowid] = held.get(rowid, 0.0) + weight[term]
    records = {(kind, record_id) for _, kind, record_id in bm25.values()}
    common = {t for t in live if holding[t] > CANDIDATES}
    owners = _phrases_of(db, records, lookups)
    counts = _held_by(db, live, owners, common, lookups, kinds or ())
    phrases = _phrase_scores(counts, weight, lookups)
    exact = _exact_names(db, query, kinds)
    mass = sum(weight.values())
    scored = []
    for rowid, (score_bm25, kind, record_id) in bm25.items():
        coverage = held.get(rowid, 0.0) / mass
        score = score_bm25 * (0.25 + coverage) ** 2
        score += PHRASE_BONUS * phrases.get((kind, record_id), 0.0)
        score += NAME_BONUS * ((kind, record_id) in exact)
        score *= KIND_FACTOR.get(kind, 1.0)
        scored.append(Scored(kind, record_id, round(score, 3), round(coverage, 3)))
    scored.sort(key=lambda hit: (-hit.score, -hit.coverage, hit.kind, hit.id))
    ranking.hits = scored[:MAX_HITS]
    return ranking


def matching_phrases(
    db: sqlite.Connection, query: str, kinds: tuple[str, ...], lookups: Lookups | None = None
) -> dict[tuple[str, str], float]:
    """Records of `kinds` with a name or phrase whose every word the query holds (all but one
    in a phrase of four or more), with how much of the query that phrase covers (0 to 1).
    What `ask` uses to notice an emergency."""
    lookups = lookups or Lookups()
    words = _words_of(db, query, lookups)
    said: list[str] = []
    denied: set[int] = set()
    alarms = "red_flags" in kinds  # signs are read only for red flags (ask), never for claims
    if alarms:
        from neuroinfo.search import signs

        said = signs.said_words(query)
        denied = signs.denied_places(said)
    if denied:  # a word only ever denied ("without any chest pain") raises no alarm
        kept = {w[:MAX_WORD_LENGTH] for place, w in enumerate(said) if place not in denied}
        words = [w for w in words if w in kept]
    held = dict(zip(words, _holding(db, words, lookups), strict=True))
    corrected = _corrections(db, [w for w in words if not held[w]], lookups)
    terms = _one_per_stem(db, list(dict.fromkeys(corrected.get(w, w) for w in words)))
    if not terms:
        return {}
    counts = _held_in_kinds(db, terms, kinds, lookups)
    found = _phrase_scores(counts, dict.fromkeys(terms, 1.0), lookups, whole=True)
    if alarms:
        for key, share in signs.signs_held(db, said, denied, corrected).items():
            found[key] = max(found.get(key, 0.0), share)
    return found


# ---------------------------------------------------------------- the parts of a score


# Each word's stems, as the index's tokenizer reads it. The tokenizer is fixed (a store made
# with another is rebuilt), so one answer holds for every store; bounded, so no text can
# make it grow without end.
_STEMS: dict[str, str] = {}
MAX_STEMS = 50_000


def stems(db: sqlite.Connection, texts: list[str]) -> list[str]:
    """Each text as the index's stemmer reads it, its stems joined by spaces ('muscle
    cramps' -> 'muscl cramp'), through a scratch FTS5 table of the same tokenizer, so the
    answer is always the index's own. The tokenizer reads words one by one, so each word
    is stemmed once and remembered."""
    words = {w for text in texts for w in text.split()}
    new = [w for w in words if w not in _STEMS]  # not `words - _STEMS.keys()`: reads them all
    known = {w: _STEMS[w] for w in words if w in _STEMS}
    known |= dict(zip(new, _stem_words(db, new), strict=True)) if new else {}
    if len(_STEMS) + len(new) > MAX_STEMS:
        _STEMS.clear()
    if len(known) <= MAX_STEMS:
        _STEMS.update(known)
    return [" ".join(s for s in (known[w] for w in text.split()) if s) for text in texts]


def _stem_words(db: sqlite.Connection, words: list[str]) -> list[str]:
    make = "CREATE VIRTUAL TABLE IF NOT EXISTS temp.{} USING {}"
    # contentless, with no sizes kept: only the terms are read back, and each row inserted
    # then costs about half as much (a check stems some 150 words)
    table = f"fts5(w, tokenize='{TOKENIZER}', content='', columnsize=0)"
    db.execute(make.format("stems", table))
    db.execute(make.format("stem_terms", "fts5vocab(temp, stems, instance)"))
    empty = "INSERT INTO temp.stems (stems) VALUES ('delete-all')"  # DELETE refuses contentless
    db.execute(empty)
    # a word may hold bytes an argument could not decode (stand-ins SQLite cannot store): as
    # "?", which the tokenizer reads as a break between words, as it reads any other mark
    storable = (w.encode("utf-8", "replace").decode("utf-8") for w in words)
    db.executemany("INSERT INTO temp.stems (rowid, w) VALUES (?, ?)", enumerate(storable))
    rows = db.execute("SELECT doc, term FROM temp.stem_terms ORDER BY doc, col, offset")
    found: dict[int, list[str]] = {}
    for doc, term in rows:
        found.setdefault(doc, []).append(term)
    db.execute(empty)
    return [" ".join(found.get(index, [])) for index in range(len(words))]


def _words_of(db: sqlite.Connection, query: str, lookups: Lookups) -> list[str]:
    """The query's words, one per stem: a copy of those found before for the same query."""
    if query not in lookups.words:
        lookups.words[query] = _one_per_stem(db, query_words(query))
    return list(lookups.words[query])


def _one_per_stem(db: sqlite.Connection, words: list[str]) -> list[str]:
    """The words, keeping only the first of those the index's stemmer reads as one word
    ("numb numbness", "burn burning"): each counts once in a score."""
    if len(words) < 2:
        return words
    kept: dict[str, str] = {}
    for word, stem in zip(words, stems(db, words), strict=True):
        kept.setdefault(stem or word, word)
    return list(kept.values())


def _fts(term: str) -> str:
    """A term as an FTS5 query: quoted, so no word can act as an operator."""
    return '"' + term.replace('"', "") + '"'


def _holding(db: sqlite.Connection, words: list[str], lookups: Lookups) -> list[int]:
    """How many records hold each word, from the index's own counts of its stems."""
    if not words:
        return []
    found = []
    for stem in stems(db, words):
        if stem not in lookups.holding:
            row = db.execute("SELECT docs FROM stem_docs WHERE stem = ?", (stem,)).fetchone()
            lookups.holding[stem] = int(row[0]) if row and stem else 0
        found.append(lookups.holding[stem])
    return found


def _count(db: sqlite.Connection, lookups: Lookups | None = None) -> int:
    """The records searched, as counted when the index was built (read once a Lookups)."""
    if lookups is not None and lookups.records is not None:
        return lookups.records
    records = int(db.execute("SELECT records FROM search_size").fetchone()[0])
    if lookups is not None:
        lookups.records = records
    return records


def _phrases_of(db: sqlite.Connection, records: set[tuple[str, str]], lookups: Lookups) -> set[int]:
    """The rowids of the names and phrases of these records, each record read once (kept in
    `lookups`, with what each phrase holds): check ranks every sentence against the same few
    claims."""
    ids = sorted({record_id for _, record_id in records - lookups.owned.keys()})
    if ids:
        query = (
            f"SELECT rowid, {_PHRASE} FROM phrase_owner WHERE id IN ({', '.join('?' * len(ids))})"
        )
        read: dict[tuple[str, str], list[int]] = {}
        for rowid, *row in db.execute(query, ids):
            lookups.phrases[rowid] = Phrase(*row)
            read.setdefault((row[0], row[1]), []).append(rowid)
        for key in records:  # a record with no phrase at all is read once too
            lookups.owned.setdefault(key, read.get(key, []))
    return {rowid for key in records for rowid in lookups.owned[key]}


_PHRASE = "kind, id, named, size, terms"  # a Phrase, as phrase_owner holds it
DENSE = 4  # rowids this many times as far apart as their number are read as a range


def _among(
    db: sqlite.Connection, select: str, match: str, rowids: Iterable[int]
) -> list[tuple[Any, ...]]:
    """The rows of `select ... WHERE search MATCH match` for these rowids (the first column
    being the rowid). FTS5 runs `rowid IN (...)` as the whole match once per value, far
    slower than the match itself in large data; a range it seeks, and one rowid it looks up.
    So rowids close together are read as their range, and scattered ones one by one."""
    ordered = sorted(rowids)
    if not ordered:
        return []
    low, high = ordered[0], ordered[-1]
    where = f"{select} WHERE search MATCH ?"
    if high - low < DENSE * len(ordered):
        wanted = set(ordered)
        rows = db.execute(f"{where} AND rowid BETWEEN ? AND ?", (match, low, high))
        return [row for row in rows if row[0] in wanted]
    return [row for r in ordered for row in db.execute(f"{where} AND rowid = ?", (match, r))]


def _idf(total: int, holding: int) -> float:
    return math.log(1 + (total - holding + 0.5) / (holding + 0.5))


LARGE = 5_000  # records: above this, candidates come from a query's rarer words first
RARE_SHARE = 0.02  # a word held by at most this share of the records is rare


def _rare(terms: list[str], holding: dict[str, int], total: int) -> tuple[list[str], bool]:
    """In large data, the query's rare words when it has common ones too (the records that
    hold them are the candidates, since a common word adds little to any score and ranking
    every record that holds it is what grows with the data), and whether every word is
    common. A query of rare words only is ranked in full: few records hold them."""
    if total <= LARGE:
        return [], False
    rare = [t for t in terms if holding[t] <= max(CANDIDATES, total * RARE_SHARE)]
    return (rare if len(rare) < len(terms) else []), not rare


def _span(
    db: sqlite.Connection, kinds: tuple[str, ...] | None, lookups: Lookups
) -> tuple[int, int] | None:
    """The first and last rowid in `search` of the records of `kinds` (their runs and any
    between); None for every kind, or none of them indexed."""
    if not kinds:
        return None
    if lookups.rows is None:
        rows = db.execute("SELECT kind, low, high FROM search_kinds")
        lookups.rows = {kind: (low, high) for kind, low, high in rows}
    runs = [lookups.rows[kind] for kind in kinds if kind in lookups.rows]
    if not runs:
        return None
    return min(low for low, _ in runs), max(high for _, high in runs)


def _bm25(
    db: sqlite.Connection,
    terms: list[str],
    kinds: tuple[str, ...] | None,
    rare: list[str] | None = None,
    common: bool = False,
    span: tuple[int, int] | None = None,
) -> dict[int, tuple[float, str, str]]:
    """BM25 (higher is better) of the CANDIDATES records of `kinds` that it puts first
    among those holding any of the terms, with their kind and id; the score is always over
    all the terms. In large data the candidates are the records holding any `rare` word;
    or, when every word is `common` and that many records hold them all, the first records
    holding them all in their names, in their names or phrases, and anywhere (a record
    named by the query is among the first): ranking every record that holds a common word
    is the cost that grows with the data. `span` holds every rowid of `kinds`: FTS5 skips
    the matches outside it, where it would read each one's kind to leave it out."""
    weights = ", ".join(str(w) for w in WEIGHTS)
    among = f" AND kind IN ({', '.join('?' * len(kinds))})" if kinds else ""
    within, bounds = (" AND rowid BETWEEN ? AND ?", span) if span else ("", ())
    match = " OR ".join(_fts(t) for t in terms)
    chosen = []
    if rare:
        chosen = [" OR ".join(_fts(t) for t in rare)]
    elif common:
        every = " AND ".join(_fts(t) for t in terms)
        chosen = [f"{{names}} : ({every})", f"{{names phrases}} : ({every})", every]
    rows: dict[int, None] = {}
    for query in chosen:
        found_rows = db.execute(
            f"SELECT rowid FROM search WHERE search MATCH ?{within}{among} LIMIT {CANDIDATES}",
            (query, *bounds, *(kinds or ())),
        )
        rows.update(dict.fromkeys(r for (r,) in found_rows))
    select = f"SELECT rowid, -bm25(search, {weights}), kind, id FROM search"
    if rare or (common and len(rows) >= CANDIDATES):  # else few hold them all: rank them all
        scored = sorted(_among(db, select, match, rows), key=lambda row: -row[1])
        found = scored[:CANDIDATES]
    else:
        # When no more than CANDIDATES records hold a term (as in the bundled data), they are
        # all the candidates, in whatever order: FTS5 need not sort them by its own rank,
        # which scores every record that holds a term, of every kind, once more.
        query, values = f"{select} WHERE search MATCH ?{among}", (match, *(kinds or ()))
        first = f"{select} WHERE search MATCH ?{within}{among} LIMIT {CANDIDATES + 1}"
        found = db.execute(first, (match, *bounds, *(kinds or ()))).fetchall()
        if len(found) > CANDIDATES:  # (sorted by rank as before: ties in the order they were)
            found = db.execute(f"{query} ORDER BY rank LIMIT {CANDIDATES}", values).fetchall()
    return {rowid: (score, kind, record_id) for rowid, score, kind, record_id in found}


def _held_by(
    db: sqlite.Connection,
    terms: list[str],
    owners: set[int],
    common: set[str],
    lookups: Lookups,
    kinds: tuple[str, ...] = (),
) -> dict[int, list[str]]:
    """The terms each of these phrases holds. A rare term's phrases come from the index; a
    common one is looked for in the phrases' own terms, since the index would list
    thousands of phrases for it in large data. The phrases are all of `kinds`, when given:
    a term's are read only within those kinds' runs (check ranks every sentence among the
    claims, whose runs matching_phrases has read already)."""
    held: dict[int, list[str]] = {}
    for term in terms:
        if term in common:
            continue
        for rowid in _postings(db, term, kinds, lookups):
            if rowid in owners:
                held.setdefault(rowid, []).append(term)
    if common:
        wanted = {t: stem.split() for t, stem in zip(common, stems(db, list(common)), strict=True)}
        for rowid in owners:
            has = set(lookups.phrases[rowid].terms.split())
            for term, parts in wanted.items():
                if parts and has.issuperset(parts):
                    held.setdefault(rowid, []).append(term)
    return held


def _held_in_kinds(
    db: sqlite.Connection, terms: list[str], kinds: tuple[str, ...], lookups: Lookups
) -> dict[int, list[str]]:
    """The terms each phrase of these kinds holds, read from the index within each kind's
    run of phrases (so it costs the same whatever other kinds hold)."""
    held: dict[int, list[str]] = {}
    for term in terms:
        for rowid in _postings(db, term, kinds, lookups):
            held.setdefault(rowid, []).append(term)
    new = [rowid for rowid in held if rowid not in lookups.phrases]
    if new:
        marks = ", ".join("?" * len(new))
        query = f"SELECT rowid, {_PHRASE} FROM phrase_owner WHERE rowid IN ({marks})"
        for rowid, *row in db.execute(query, new):
            lookups.phrases[rowid] = Phrase(*row)
    return held


def _postings(
    db: sqlite.Connection, term: str, kinds: tuple[str, ...], lookups: Lookups
) -> list[int]:
    """The rowids of the phrases (of `kinds`, if any) that hold `term`."""
    key = (term, kinds)
    if key not in lookups.postings:
        query = "SELECT rowid FROM phrase_idx WHERE phrase_idx MATCH ?"
        if not kinds:
            found = [r for (r,) in db.execute(query, (_fts(term),))]
        else:
            if lookups.ranges is None:
                rows = db.execute("SELECT kind, low, high FROM phrase_kinds")
                lookups.ranges = {kind: (low, high) for kind, low, high in rows}
            spans = [lookups.ranges[k] for k in dict.fromkeys(kinds) if k in lookups.ranges]
            found = [
                r
                for low, high in spans
                for (r,) in db.execute(
                    f"{query} AND rowid >= ? AND rowid <= ?", (_fts(term), low, high)
                )
            ]
        lookups.postings[key] = found
    return lookups.postings[key]


def _phrase_scores(
    held: dict[int, list[str]],
    weight: dict[str, float],
    lookups: Lookups,
    whole: bool = False,
) -> dict[tuple[str, str], float]:
    """For each record, its best name or phrase held by the query: the share of the phrase
    held (all of it, or all but one word of a long one), scaled by its length, since a
    longer phrase held whole says more. With `whole`, only phrases held entirely, scored by
    the share of the query they cover."""
    best: dict[tuple[str, str], float] = {}
    mass = sum(weight.values())
    for rowid, terms in held.items():
        phrase = lookups.phrases.get(rowid)
        if phrase is None:
            continue
        count, size = len(terms), phrase.size
        if count < size - (1 if size >= 4 else 0) or size == 0:
            continue  # held whole, or all but one word of a long phrase
        if whole and size < 2:
            continue  # one word alone ("numb") is too little to raise an alarm on
        weighed = sum(weight[t] for t in terms)
        if whole:
            value = weighed / mass
        else:
            value = (count / size) * math.log2(1 + count) * (1.0 if phrase.named else 0.8)
            value *= weighed / (count * max(weight.values()))  # rare words count more
        key = (phrase.kind, phrase.id)
        best[key] = max(best.get(key, 0.0), value)
    return best


def _exact_names(
    db: sqlite.Connection, query: str, kinds: tuple[str, ...] | None = None
) -> set[tuple[str, str]]:
    """Records (of `kinds`, if given) whose id, name or alias is the whole query."""
    from neuroinfo.match import normalise

    key = normalise(query[:200])
    if not kinds:
        from neuroinfo.model import KINDS as kinds  # each kind: the index on names is by kind

    marks = ", ".join("?" * len(kinds))
    rows = db.execute(
        f"SELECT kind, id FROM names WHERE kind IN ({marks}) AND key = ?", (*kinds, key)
    )
    return {(kind, record_id) for kind, record_id in rows}


def _corrections(db: sqlite.Connection, words: list[str], lookups: Lookups) -> dict[str, str]:
    """Words that match nothing, each read as the most common known word one typo away
    ("accupuncture" as "acupuncture"); words with no such neighbour are left as they are.
    Short words are read only as the same letters, two of them swapped ("wrok" as "work"):
    most short words one letter from a known word are other real words ("cost" is not
    "most", "heel" is not "feel")."""
    asked = [w for w in words if len(w) >= MIN_SWAP_LENGTH and w.isalpha()]
    unknown = [w for w in asked if w not in lookups.corrections]
    if unknown:
        found = _typos_read(db, unknown)
        lookups.corrections.update(
            {
                w: fixed
                if (fixed := found.get(w))
                and (len(w) >= MIN_TYPO_LENGTH or sorted(w) == sorted(fixed))
                else None
                for w in unknown
            }
        )
    return {w: fixed for w in asked if (fixed := lookups.corrections[w]) is not None}


def _typos_read(db: sqlite.Connection, unknown: list[str]) -> dict[str, str]:
    marks = ", ".join("?" * len(unknown))
    known = {
        row[0] for row in db.execute(f"SELECT word FROM words WHERE word IN ({marks})", unknown)
    }
    found = {}
    for word in unknown:
        if word in known:
            continue
        near = deletes(word)
        marks = ", ".join("?" * (len(near) + 1))
        candidates = db.execute(
            f"SELECT word FROM near WHERE variant IN ({marks})"
            f" UNION SELECT word FROM words WHERE word IN ({marks})",
            [word, *near, word, *near],
        ).fetchall()
        # a typo keeps its word's first letter (or swaps the first two): "mother" is not
        # "other", nor "crushing" "brushing"; and it is never read as a word a search leaves
        # out ("dose" is not "does")
        choices = [
            c
            for (c,) in candidates
            if within_one_edit(word, c)
            and (c[0] == word[0] or c[:2] == word[1::-1])
            and c not in STOP_WORDS
        ]
        if choices:
            docs = dict(
                db.execute(
                    f"SELECT word, docs FROM words WHERE word IN ({', '.join('?' * len(choices))})",
                    choices,
                ).fetchall()
            )
            found[word] = max(choices, key=lambda c: (docs.get(c, 0), c))
    return found

"""The search index, written into the compiled store with the records.

- `search`: an FTS5 table with one row per record and three columns of folded text, ranked
  with BM25 (rare words weigh more) through SQLite's Porter stemmer (burn, burning, burns):
  `names` (id, name, aliases, codes), `phrases` (the ways people say it, from the data) and
  `body` (everything else the record says).
- `phrase_idx` / `phrase_owner`: every name and phrase on its own, with the number of words
  that count in it and their stems, so that a question holding all the words of one phrase
  ("my feet burn at night" holds "feet burning at night") can be found, wherever its words
  are. Each kind's phrases are numbered in one run (`phrase_kinds`), so a search among one
  kind's phrases is a range of the index, at any size of data; so are each kind's records in
  `search` (`search_kinds`), so a search among claims reads no other kind's rows.
- `stem_docs`: how many records hold each stem, read once from the index when it is built
  (FTS5's own vocabulary table counts them anew on every read).
- `words` / `near`: the vocabulary and each word with one letter left out, so that a word
  within one typo of a known word ("accupuncture", "numbess") can be read as that word.

Red flags are indexed only as phrases (for `ask` to notice an emergency); a topic that lists
red flags (emergencies) carries their titles and phrases as its own, so search finds it.
- `sign_words`: the stem of each word of a red flag's `noticed_by`, with its combination and
  group, so a question is matched against every combination in one read."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from neuroinfo import sqlite
from neuroinfo.search.text import TOKENIZER, content_words, deletes, fold

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing costs milliseconds at start-up; annotations need it only here
    from typing import Any

LAYOUT = f"""
CREATE VIRTUAL TABLE search USING fts5(
    kind UNINDEXED, id UNINDEXED, names, phrases, body, tokenize = '{TOKENIZER}'
);
CREATE VIRTUAL TABLE phrase_idx USING fts5(phrase, tokenize = '{TOKENIZER}');
CREATE TABLE phrase_owner (rowid INTEGER PRIMARY KEY, kind TEXT, id TEXT, named INTEGER,
                           size INTEGER, terms TEXT);
CREATE TABLE phrase_kinds (kind TEXT PRIMARY KEY, low INTEGER, high INTEGER) WITHOUT ROWID;
CREATE TABLE search_kinds (kind TEXT PRIMARY KEY, low INTEGER, high INTEGER) WITHOUT ROWID;
CREATE TABLE stem_docs (stem TEXT PRIMARY KEY, docs INTEGER) WITHOUT ROWID;
CREATE TABLE words (word TEXT PRIMARY KEY, docs INTEGER) WITHOUT ROWID;
CREATE TABLE near (variant TEXT, word TEXT);
CREATE INDEX near_by_variant ON near (variant);
CREATE TABLE topic_words (word TEXT, claim TEXT, texts INTEGER, users INTEGER,
                          PRIMARY KEY (word, claim)) WITHOUT ROWID;
CREATE TABLE topic_size (claims INTEGER);
CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search, row);
CREATE TABLE search_size (records INTEGER);
CREATE TABLE sign_words (stem TEXT, flag TEXT, combination INTEGER, grp INTEGER,
                         groups INTEGER);
CREATE INDEX sign_words_by_stem ON sign_words (stem);
"""
MIN_FUZZY_LENGTH = 4  # shorter words have too many neighbours one letter away


# What search reads in each kind of record, besides its names and phrases.
BODY: dict[str, Callable[[Any], list[str]]] = {
    "symptoms": lambda s: [s.summary, s.seek_care, *(c.label for c in s.codes)],
    "types": lambda t: [t.summary, t.nerves_do, t.damage_does, t.severity],
    "claims": lambda c: [c.statement, c.outcome, c.evidence, *c.caveats, c.take_care or ""],
    "references": lambda r: [
        r.title or "",
        r.container or "",
        *r.authors,
        str(r.year or ""),
        r.note or "",
    ],
    "topics": lambda t: [t.summary, *t.paragraphs, *t.points],
    "points": lambda p: [p.location or "", p.meridian or "", p.english or "", p.note or ""],
    "red_flags": lambda f: [f.signs, f.action],
}


def build(
    db: sqlite.Connection, built: dict[str, dict[str, Any]], names_of: Callable[[Any], list[str]]
) -> None:
    """Index every record in `built` (kind -> id -> record); `names_of` gives a record's
    names (id, name, aliases, codes)."""
    db.executescript(LAYOUT)
    flags = built.get("red_flags", {})
    rows, owners, phrases = [], [], []
    document_words: dict[str, int] = {}
    for kind, records in built.items():
        for record in records.values():
            names = names_of(record)
            said = list(getattr(record, "phrases", ()))
            for flag_id in getattr(record, "red_flags", ()) if kind == "topics" else ():
                flag = flags.get(flag_id)
                if flag is not None:
                    said += [flag.title, *flag.phrases]
            for text, named in [*((n, 1) for n in names), *((p, 0) for p in said)]:
                words = content_words(text)
                if words:
                    phrases.append(" ".join(words))
                    owners.append((kind, record.id, named))
            if kind == "red_flags":
                continue
            columns = [fold(" ".join(names)), fold(" ".join(said))]
            columns.append(fold(" ".join(BODY[kind](record))))
            rows.append((kind, record.id, *columns))
            for word in set(" ".join(columns).split()):
                document_words[word] = document_words.get(word, 0) + 1
    db.executemany(
        "INSERT INTO search (rowid, kind, id, names, phrases, body) VALUES (?, ?, ?, ?, ?, ?)",
        ((n, *row) for n, row in enumerate(rows, 1)),
    )
    db.executemany("INSERT INTO phrase_idx (rowid, phrase) VALUES (?, ?)", enumerate(phrases, 1))
    db.executemany(
        "INSERT INTO phrase_owner VALUES (?, ?, ?, ?, 0, '')",
        ((n, *owner) for n, owner in enumerate(owners, 1)),
    )
    db.executemany("INSERT INTO phrase_kinds VALUES (?, ?, ?)", _runs(owners))
    db.executemany("INSERT INTO search_kinds VALUES (?, ?, ?)", _runs(rows))
    _count_phrase_terms(db)
    db.execute("INSERT INTO stem_docs SELECT term, doc FROM search_vocab")
    db.execute("CREATE INDEX phrase_owner_by_id ON phrase_owner (id)")
    db.execute("INSERT INTO search_size VALUES (?)", (len(rows),))
    _topic_words(db, built.get("claims", {}))
    _sign_words(db, flags)
    db.executemany("INSERT INTO words VALUES (?, ?)", sorted(document_words.items()))
    db.executemany("INSERT INTO near VALUES (?, ?)", _neighbours(document_words))


def _runs(rows: list[tuple[Any, ...]]) -> list[tuple[str, int, int]]:
    """Each kind with the first and last rowid of its rows (numbered from 1, the kind first
    in each row): the kinds come one after another."""
    ranges: dict[str, list[int]] = {}
    for n, (kind, *_) in enumerate(rows, 1):
        ranges.setdefault(kind, [n, n])[1] = n
    return [(kind, low, high) for kind, (low, high) in ranges.items()]


def _sign_words(db: sqlite.Connection, flags: dict[str, Any]) -> None:
    """Each word of each red flag's `noticed_by` as the index stems it (see `sign_words`)."""
    from neuroinfo.search.rank import stems

    placed = [
        (word, flag.id, number, grp, len(groups))
        for flag in flags.values()
        for number, groups in enumerate(flag.noticed_by)
        for grp, group in enumerate(groups)
        for word in fold(group).split()
    ]
    stemmed = stems(db, [word for word, *_ in placed])  # all in one read of the stemmer
    rows = dict.fromkeys((stem, *where) for stem, (_, *where) in zip(stemmed, placed, strict=True))
    db.executemany("INSERT INTO sign_words VALUES (?, ?, ?, ?, ?)", list(rows))


def _topic_words(db: sqlite.Connection, claims: dict[str, Any]) -> None:
    """For each claim, each stemmed word of its phrasings, statement and outcome, with the
    number of those texts that hold it and of the claims that use it, and how many claims
    use any word: what `check` weighs a sentence's words against, read by word."""
    texts = [
        (claim.id, " ".join(content_words(text)))
        for claim in claims.values()
        for text in (*claim.phrases, claim.statement, claim.outcome)
    ]
    db.execute(f"CREATE VIRTUAL TABLE temp.topic_text USING fts5(t, tokenize='{TOKENIZER}')")
    db.executemany(
        "INSERT INTO temp.topic_text (rowid, t) VALUES (?, ?)",
        ((n, t) for n, (_, t) in enumerate(texts)),
    )
    db.execute("CREATE VIRTUAL TABLE temp.topic_terms USING fts5vocab(temp, topic_text, instance)")
    owner = {n: claim for n, (claim, _) in enumerate(texts)}
    counts: dict[tuple[str, str], set[int]] = {}
    for doc, term in db.execute("SELECT doc, term FROM temp.topic_terms"):
        counts.setdefault((owner[doc], term), set()).add(doc)
    users: dict[str, int] = {}
    for _, word in counts:
        users[word] = users.get(word, 0) + 1
    db.executemany(
        "INSERT INTO topic_words VALUES (?, ?, ?, ?)",
        ((word, claim, len(docs), users[word]) for (claim, word), docs in counts.items()),
    )
    db.execute("INSERT INTO topic_size VALUES (?)", (len({claim for claim, _ in counts}),))
    db.execute("DROP TABLE temp.topic_terms")
    db.execute("DROP TABLE temp.topic_text")


def _count_phrase_terms(db: sqlite.Connection) -> None:
    """Each phrase's size and terms: its distinct terms, as the stemmer sees them."""
    db.execute("CREATE VIRTUAL TABLE temp.phrase_terms USING fts5vocab(main, phrase_idx, instance)")
    terms: dict[int, set[str]] = {}
    for doc, term in db.execute("SELECT doc, term FROM temp.phrase_terms"):  # one pass: linear
        terms.setdefault(doc, set()).add(term)
    db.executemany(
        "UPDATE phrase_owner SET size = ?, terms = ? WHERE rowid = ?",
        ((len(found), " ".join(sorted(found)), doc) for doc, found in terms.items()),
    )
    db.execute("DROP TABLE temp.phrase_terms")


def _neighbours(words: Iterable[str]) -> Iterable[tuple[str, str]]:
    for word in words:
        if len(word) >= MIN_FUZZY_LENGTH and word.isalpha():
            for variant in deletes(word):
                yield variant, word

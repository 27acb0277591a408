"""Which sentences of an article make a claim neuroinfo grades, and which claims.

A sentence is a claim when it says acupuncture does something (helps, eases, heals,
stimulates, releases, is safe...) or that research shows it, and what it says matches a graded
claim: by one of the claim's phrasings held whole (the ways sources phrase it, in the data), or
by the search ranking over the claims, strongly enough. Figures quoted for a benefit ("76% vs
15%") and study language ("clinically proven") are claims about the evidence. Questions,
headings, and sentences that only deny or doubt a benefit are left alone. The words each of
these turns on are in cues.py; how they are weighed is here."""

import math
import re
from functools import lru_cache

from neuroinfo import sqlite
from neuroinfo.check import cues, reading
from neuroinfo.check.sentences import ABBREVIATED, Sentence, sentences
from neuroinfo.compiled import CHECK, keep
from neuroinfo.frozen import record
from neuroinfo.search.rank import Lookups, matching_phrases, rank, stems
from neuroinfo.search.text import content_words

pattern = CHECK.pattern

# A claim about symptoms or pain in general, read as the claim for the kind of neuropathy
# the article, or the paragraph, is about.
IN_CONTEXT = {
    "chemo": {
        "treats-sensory-symptoms": "cipn-symptoms",
        "treats-motor-symptoms": "cipn-symptoms",
        "changes-chronic-pain": "cipn-pain",
        "research-confirms-benefit": "cipn-symptoms",
    },
    "diabetes": {
        "treats-sensory-symptoms": "dpn-symptoms",
        "changes-chronic-pain": "dpn-symptoms",
        "research-confirms-benefit": "dpn-symptoms",
    },
}
LIST_ITEM_WORDS = 12  # a line this short after a lead-in ending in a colon is one of its items
# The claims about one kind of neuropathy, and what each reads as in a sentence about another
# kind, or about neuropathy in general (None); a counterpart of None: it stays as it is.
SPECIFIC = {
    "cipn-symptoms": "chemo",
    "cipn-pain": "chemo",
    "cipn-prevention": "chemo",
    "dpn-symptoms": "diabetes",
}
# The claim about the symptom the sentence names, or, when it names none, the general claim
# that acupuncture helps neuropathy (see _named_symptom).
THE_SYMPTOM = "the symptom"
COUNTERPART: dict[str, dict[str | None, str | None]] = {
    "cipn-symptoms": {"diabetes": "dpn-symptoms", None: THE_SYMPTOM},
    "cipn-pain": {"diabetes": "dpn-symptoms", None: "changes-chronic-pain"},
    "cipn-prevention": {"diabetes": None, None: None},
    "dpn-symptoms": {"chemo": "cipn-symptoms", None: THE_SYMPTOM},
}
SHORT_WORDS = 6  # a sentence this short that names acupuncture's effect says it helps at all
MIN_WORDS = 4  # a run of fewer words ("Book Online", "Pricing") is no claim, unless it
# names acupuncture ("Acupuncture can help.")
MIN_SCORE = 3.0  # the topic score a claim needs (see Topics)
# ... and a sentence with acupuncture named neither in it nor in the IN_VIEW sentences before
# it: in real pages such sentences are mostly about the condition, or another treatment.
OUT_OF_VIEW_SCORE = 5.0
IN_VIEW = 2
# Testimony of a symptom getting better counts as a claim this many sentences after acupuncture
# was last named, as the claim about that symptom (see _told_of): a page's reviews stand far
# below where it names what it offers (measured: from 6 to 40 found 8 more labelled
# testimonies over the studied sets and flagged none wrongly).
TOLD_VIEW = 40
# A heading of what acupuncture brings ("What You Can Expect") counts this many sentences
# after acupuncture was last named (see _lead).
BENEFITS_VIEW = 6
# "It" in a question is acupuncture this many sentences after acupuncture was last named, when
# no other treatment was named since ("Is it safe?" under an FAQ's earlier answers); IN_VIEW
# sentences after, whatever was named.
QUESTION_VIEW = 6
# A "yes" that opens a line answers a question this many sentences above it ("Is acupuncture
# safe for me? My feet don't feel much." ... "Generally, yes.").
ANSWER_REACH = 3
# A question on a line of its own asks about the page's topic: acupuncture, once this many
# sentences have named it (and one did within TOLD_VIEW).
TOPIC_MENTIONS = 3
NEVER = 10**9  # sentences since acupuncture was named, before it ever is
STRONG_SCORE = 8.0  # ... in a heading, or a sentence with no word of effect or no one credited
PHRASE_WEIGHT = 5.0  # a phrasing held whole adds this much, times its share of the sentence
STRONG_PHRASE = 0.3  # a phrasing that covers this share of a sentence says what it claims
RANK_BONUS = 1.0  # the search ranking's first claim adds this, when it covers COVERAGE
COVERAGE = 0.4
NEAR = 20  # characters read just before a name for what ties it to another ("alongside", "like")
ACTS_REACH = 60  # characters after acupuncture is named read for what it does
# past tenses that end in neither -s nor -ed, for _acts ("acupuncture took the edge off")
PAST_IRREGULAR = frozenset(
    ["took", "gave", "brought", "fell", "got", "grew", "came", "made", "put"]
)
DENIAL_REACH = 30  # characters before a denial read for the treatment it is about
SECOND = 0.75  # a second claim is listed when it scores this share of the first, or when
# the sentence holds one of its phrasings (see STRONG_PHRASE)
OPENING_WORDS = 4  # the words a clause opens on, read for its subject
# A paragraph that names chemotherapy (or diabetes) twice is about it; a whole article must
# name it once every 30 words, up to 10 times, since pages about neuropathy in general
# mention both in passing (measured: at 2, a general claim on such pages was read as the
# kind's claim, which the labellers of every set disagreed with; 10 agreed best with all).
PARAGRAPH_MENTIONS = 2
ARTICLE_MENTIONS = 10
WORDS_A_MENTION = 30
# A reference list's entry, by the authors it starts with ("Okonjo P, Reyes T. ", "3. Lee MS,
# Kim JI, et al. "): what follows is the work's title, a claim only when it holds a word of
# effect ("reduces pain"). Read as written, for the capitals (the cues read lower case).
AUTHORS = pattern(
    r"\A\s*(?:\d{1,3}[.)]\s+|\[\d{1,3}\]\s*)?"
    r"(?:[A-Z][\w'\u2019-]+ [A-Z]{1,3}(?:,| and| &) ){1,7}"
    r"(?:[A-Z][\w'\u2019-]+ [A-Z]{1,3}|et al)\.\s"
)
# Small patterns of the functions below, kept with the cues' (compiled.py).
_NOT = pattern(r"\bnot\b|n't\b")
_LETTERS = pattern(r"[A-Za-z]+")
_CLAUSE_BOUND = pattern(r"[;\u2014]|, (?:and|but|though)\b")
_EFFECT_AFTER = pattern(
    r", (?:which |that )?(?:triggering|triggers|stimulating|stimulates|releasing|releases|"
    r"promoting|promotes|activating|activates|prompting|prompts|encouraging|encourages)\b"
)
_HEALING = pattern(r"\bheal(?:s|ed|ing)?\b|\bnerve (?:repair|regenerat\w*)")
_TURNED = pattern(r"\b(?:but|however|yet|until|then)\b")
_SET_ASIDE = pattern(r"\b(?:but|however|yet)\b")
# ... and a doubt told as its critics' or as past: "critics say", "was limited in 2010"
_NOT_OURS = pattern(
    r"\b(?:critics|sceptics|skeptics|detractors|naysayers|some people|some doctors|opponents)\b"
    r"(?: \w+){0,2}? (?:say|said|claim|claimed|argue|argued|insist|insisted)\b|"
    r"\b(?:was|were|used to be) (?:\w+ ){0,3}?in (?:19|20)\d\d\b|\bused to be\b"
)
EVIDENCE_CLAIM = "research-confirms-benefit"
PAIN_CLAIM = "changes-chronic-pain"
CIPN_SYMPTOMS = "cipn-symptoms"
CIPN_PAIN = "cipn-pain"
CIPN_PREVENTION = "cipn-prevention"
NERVES_CLAIM = "stimulates-nervous-system"
SENSORY_CLAIM = "treats-sensory-symptoms"
OTHER_SYMPTOMS = (SENSORY_CLAIM, "treats-motor-symptoms")
SAFETY_CLAIMS = ("safety-minor-effects", "safety-serious-harm")  # the first, unless told apart
# Each kind of symptom, as words name it, and its claim: pain, movement (cramps, weakness,
# what the body can do again), feeling.
SYMPTOMS = (
    (PAIN_CLAIM, cues.PAIN),
    ("treats-motor-symptoms", cues.MOVEMENT),
    ("treats-sensory-symptoms", cues.SENSATION),
)
WELLBEING_CLAIM = "natural-healing"
# Claims a sentence makes only when it speaks of their subject: the words a sentence shares
# with a claim's phrasings are not enough ("a natural way to deal with neuropathy" is no claim
# about endorphins, "responds well to acupuncture" none about pain).
SPOKEN_OF = {
    "safety-minor-effects": cues.SAFE_OR_HARMFUL,
    "safety-serious-harm": cues.SAFE_OR_HARMFUL,
    "releases-endorphins": cues.CHEMISTRY,
    "restores-nerve-damage": cues.REPAIR,
    "stimulates-nervous-system": cues.NERVES,
    "improves-nerve-conduction": cues.CONDUCTION,
    "natural-healing": cues.WELLBEING,
    "changes-chronic-pain": cues.PAINFUL,
    "cipn-prevention": cues.PREVENTION,
}


@record
class Match:
    claim: str
    score: float


@record
class Finding:
    sentence: Sentence
    matches: tuple[Match, ...]  # best first
    hedged: bool  # the sentence says itself that its evidence is limited (see `hedged`)


def context_of(text: str, least: int = PARAGRAPH_MENTIONS, whole: bool = True) -> str | None:
    """'chemo' or 'diabetes' when the text is mostly about one of them (named at least
    `least` times, three times as often as the other and, in a `whole` paragraph or article,
    half as often again as other kinds together): a paragraph listing the causes of neuropathy
    ("diabetes, chemotherapy, HIV, alcohol") is about neuropathy in general (measured when
    made: 4 more right claims on the studied sets, 2 on ten real pages; one and a half
    times, not twice, after a review found diabetes pages that name other causes to rule out)."""
    plain = text.lower()
    chemo, diabetes = len(cues.CHEMO.findall(plain)), len(cues.DIABETES.findall(plain))
    other = len(cues.OTHER_NEUROPATHY.findall(plain)) if whole else 0
    if chemo >= least and chemo >= 3 * diabetes and chemo >= 1.5 * other:
        return "chemo"
    if diabetes >= least and diabetes >= 3 * chemo and diabetes >= 1.5 * other:
        return "diabetes"
    return None


# Sentences one check reads at most: a long article has a few hundred, a book chapter a
# thousand or two; a claim takes up to 2 ms to judge, so 5,000 of them took 12 s.
MAX_SENTENCES = 3_000
SECTION_WORDS = 8  # a block this short without a full stop is a heading over what follows
# ... and characters: judging takes time with a sentence's length too (a text of 5,000
# sentences of 1,900 characters each took 36 s, a million characters of "x x x" 8 s); a long
# article has some 50,000.
MAX_CHARACTERS = 500_000
# ... and a web page's tags, which are parsed before any limit above can be counted: 3.5
# million "<p>" (10 MiB) took 40 s and 2 GB; a heavy page holds a few tens of thousands.
MAX_TAGS = 200_000


def sentences_of(
    text: str, kind: str, limit: int | None = None
) -> list[tuple[Sentence, str | None]]:
    """The article's sentences, each with the context of where it stands: its paragraph's
    kind of neuropathy, else the article's (see context_of and ARTICLE_MENTIONS), found once
    a paragraph. Splitting stops at the paragraph that brings them to `limit`, if given."""
    mentions = len(text.split()) // WORDS_A_MENTION
    article = context_of(text, max(PARAGRAPH_MENTIONS, min(ARTICLE_MENTIONS, mentions)))
    found = []
    blocks = list(reading.blocks_of(text, kind))
    titles = [_is_title(block.text) for block in blocks]
    section = None  # the kind a heading over this part names ("Diabetic neuropathy: ...")
    for index, block in enumerate(blocks):
        if titles[index] and not (index and titles[index - 1]):
            run = index  # a heading, or a heading and its subheading; more is a list
            while run < len(blocks) and titles[run]:
                run += 1
            listed = run - index > 2 or (index and blocks[index - 1].text.rstrip().endswith(":"))
            kinds = [] if listed else [_section_of(b.text) for b in blocks[index:run]]
            section = next((k for k in kinds if k), None)
        context = context_of(block.text) or section or article
        found += [(sentence, context) for sentence in sentences(block)]
        if limit is not None and len(found) >= limit:
            break
    return found


def _section_of(heading: str) -> str | None:
    """The kind of neuropathy a heading puts its section under: none for one that sets a kind
    aside ("Not just for cancer patients", "Beyond diabetes"), nor for a line that only
    looks like a heading (a caption, a related link, a reviewer, a signature)."""
    if cues.NOT_A_SECTION.search(heading.lower()):
        return None
    return context_of(heading, 1, whole=False)


def _is_title(text: str) -> bool:
    """A short line with no full stop, not a speaker's name after a quote ("— Terrence W.,
    colon cancer survivor"): a heading, or an item of a list."""
    words = text.split()
    return (
        0 < len(words) <= SECTION_WORDS
        and not cues.FULL_STOP.search(text)
        and not text.lstrip().startswith(("-", "\u2013", "\u2014"))
    )


class Topics:
    """How strongly a sentence's words point to each claim: every word of a claim's
    phrasings, statement and outcome, stemmed as the search index stems them (counted when
    the store is compiled: search/index.py), weighted by how few claims use it (tf-idf over
    the claims). A paraphrase never seen whole still
    points to its claim through the words it shares with the claim's phrasings."""

    def __init__(self, db: sqlite.Connection) -> None:
        self.db = db
        row = db.execute("SELECT claims FROM topic_size").fetchone()
        self.total: int = row[0] if row else 0  # the claims that use any word

    def weights(self, words: list[str]) -> dict[str, list[tuple[str, float]]]:
        """Each of these words (stems) that a claim uses, with each claim that uses it (in
        the order of their ids) and its weight there."""
        found: dict[str, list[tuple[str, float]]] = {}
        query = "SELECT word, claim, texts, users FROM topic_words WHERE word IN ({})"
        for start in range(0, len(words), WORDS_A_READ):
            part = words[start : start + WORDS_A_READ]
            rows = self.db.execute(
                query.format(", ".join("?" * len(part))) + " ORDER BY word, claim", part
            )
            for w, claim, n, users in rows:
                weight = n / (n + 1.0) * math.log(1 + self.total / users)
                found.setdefault(w, []).append((claim, weight))
        return found

    def scores(self, sentences_: list[str]) -> list[dict[str, float]]:
        """For each sentence, each claim's score (claims it shares no word with left out)."""
        stemmed = stems(self.db, [" ".join(content_words(text)) for text in sentences_])
        weights = self.weights(list({w for words in stemmed for w in words.split()}))
        found = []
        for words in stemmed:
            scores: dict[str, float] = {}
            for word in dict.fromkeys(words.split()):
                for claim, weight in weights.get(word, ()):
                    scores[claim] = scores.get(claim, 0.0) + weight
            found.append({claim: score for claim, score in scores.items() if score})
        return found


WORDS_A_READ = 500  # words asked of the store in one query (SQLite takes a few hundred at least)


def find(
    db: sqlite.Connection,
    found: list[tuple[Sentence, str | None]],
    claims: set[str],
) -> list[Finding]:
    """The sentences that make a graded claim, with the claims they make, best first. Each
    sentence comes with the context ('chemo', 'diabetes' or None) of where it stands;
    `claims` are the ids of the claims (a data folder may hold none)."""
    claim_ids = set(claims)
    # Each sentence's text as the patterns read it: in lower case, with curly apostrophes made
    # straight so that a typeset "doesn't" reads too, and a transcript's timestamps and an
    # encyclopedia's reference marks dropped; the sentence itself is shown as written.
    # ... and a clause of unpunctuated speech read as the sentence it is, not as a heading
    plains = [
        _read_past_abbreviations(
            cues.NOT_READ.sub("", sentence.text.translate(cues.STRAIGHT).lower())
        )
        + ("." if sentence.spoken else "")
        for sentence, _ in found
    ]
    plains = _spelled_out(plains)
    # (sentence, context, what it says, sentences since acupuncture was named, whether another
    # treatment was named since, just before it, whether "it" in it is acupuncture)
    judged = []
    since = NEVER
    other = NEVER  # sentences since one named another treatment and not acupuncture
    lead = None  # "Studies show acupuncture may:", and the items of its list after it
    # the last question on acupuncture, whether its "it" is acupuncture, and where it stands:
    # for "Short answer: yes."
    asked = None
    questioned = -1  # where the last question of any kind stands
    its = False  # whether "it" in the sentence before is acupuncture
    mentions = 0  # the sentences so far that name acupuncture
    for index, ((sentence, context), plain) in enumerate(zip(found, plains, strict=True)):
        before = plains[index - 2] if index >= 2 else ""
        said = _answered(plains[index - 1], its, plain, before) if index else None
        if said is None and asked is not None and _answers(found, plains, index, asked, questioned):
            said = _answered(asked[0], asked[1], plain)
        alone = _alone_on_its_line(found, index)
        item = lead is not None and alone and _is_item(plain, lead)
        if item:
            ended = "" if cues.FULL_STOP.search(plain.rstrip()) else "."  # an item is no heading
            said = said or f"{lead} {plain.rstrip()}{ended}"
        else:
            lead = _lead(plain, since + 1, _its(since + 1, other + 1, mentions, alone))
            if lead is None and _answers_how(plains[index - 1] if index else "", plain):
                lead = "acupuncture can"  # "How does acupuncture aid nerve repair?" "Key points:"
        # an item of a list on what acupuncture does speaks of it, named or not
        named = item or cues.NAMED.search(_needles_its_own(said or plain)) is not None
        since = 0 if named else since + 1
        other = 0 if not named and _other_treatment(plain) else other + 1
        mentions += named
        its = _its(since, other, mentions, alone)
        asked = _still_asked(asked, plain, its, index)
        questioned = index if plain.rstrip().endswith("?") else questioned
        # "patients commonly report:" says nothing until its items say what they report
        reporting = (
            lead is not None
            and said is None
            and cues.REPORTED.search(lead) is not None
            and cues.SUCCESS.search(plain) is None  # "most notice real relief, and many report:"
        )
        if said is not None or (not reporting and _worth_judging(plain)):
            taken = 0 < other < since and other <= IN_VIEW
            near = _it_is_acupuncture(since, other)
            judged.append((sentence, context, said or plain, since, taken, near))
    topics = Topics(db).scores([said for _, _, said, *_ in judged]) if judged else []
    out = []
    lookups = Lookups()  # the words of one article recur from sentence to sentence
    for (sentence, context, said, since, taken, near), scores in zip(judged, topics, strict=True):
        finding = _judge(
            db, lookups, sentence, said, context, scores, claim_ids, since, taken, near
        )
        if finding is not None:
            out.append(finding)
    return out


def hedged(sentence: Sentence) -> bool:
    """Whether a claim sentence says itself that the evidence for it is limited or unsettled
    ("may help, but the evidence is limited"): its verdict is still the evidence's, and the
    page says the sentence grants as much, so a careful writer is not read as overclaiming."""
    text = sentence.text.translate(cues.STRAIGHT).lower()
    # ... unless the doubt is put in its critics' mouths or in the past, and set aside ("Critics
    # say the research is mixed, but they are wrong", "The evidence was limited in 2010, but
    # today we know ..."); a "but" after a hedge of one's own keeps it ("The evidence is limited
    # but promising")
    return any(
        not (_SET_ASIDE.search(text, found.end()) and _NOT_OURS.search(text, 0, found.end() + 12))
        for found in cues.HEDGED.finditer(text)
    )


def stop_advice(found: list[tuple[Sentence, str | None]]) -> list[Sentence]:
    """The sentences that advise stopping or replacing a medical treatment ("You can stop your
    chemotherapy and use acupuncture instead"): no claim neuroinfo grades, but the first thing
    a reader of the check must see."""
    return [
        sentence
        for sentence, _ in found
        if cues.STOP_ADVICE.search(sentence.text.translate(cues.STRAIGHT).lower())
    ]


def _read_past_abbreviations(plain: str) -> str:
    """The sentence with the full stops of its abbreviations dropped ("st. luke's" as "st
    luke's", "e.g." as "eg"), so that a pattern that reads up to the end of a sentence reads
    past them."""
    return ABBREVIATED.sub(lambda found: found.group(1).replace(".", ""), plain)


def _spelled_out(plains: list[str]) -> list[str]:
    """The sentences with each short name an article gives acupuncture ("electroacupuncture
    (EA)") read as the name it stands for, so that "the EA group" names it too."""
    short = {
        found.group("short"): found.group("name")
        for plain in plains
        for found in cues.SHORT_NAME.finditer(plain)
    }
    if not short:
        return plains
    names = re.compile(r"\b(?:" + "|".join(map(re.escape, short)) + r")\b")
    return [names.sub(lambda found: short[found.group()], plain) for plain in plains]


def _lead(text: str, since: int, its: bool) -> str | None:
    """A lead-in whose list says what acupuncture does ("Studies show it may:"), without its
    colon; "it" must stand for acupuncture (`its`: named in it or a little before, see
    QUESTION_VIEW)."""
    if cues.BENEFITS.match(text) and since <= BENEFITS_VIEW:
        return "acupuncture can help with"  # "What You Can Expect", then "Less burning pain"
    if cues.WHAT_IT_HELPED.search(text) and (its or cues.BY_NAME.search(text)):
        return "acupuncture can help with"  # "What did patients say it helped with most?"
    if not text.rstrip().endswith(":"):
        return None  # what LEAD asks first, without a search
    found = cues.LEAD.search(text)
    if found is None or not (cues.BY_NAME.search(found.group()) or its):
        return None
    if found.group("aim") and cues.AIM_NOT_ITS.search(text):
        return None  # "In this study, electroacupuncture aims to:"
    if not cues.BY_NAME.search(text) and cues.CONDITION.search(text):
        return None  # "Left untreated, it can:" lists what the neuropathy does
    lead = text.rstrip()[:-1]
    if cues.REPORTED.search(lead.rstrip()) and not (
        cues.BY_NAME.search(text)
        or cues.GENERIC.search(text)
        or cues.TREATED.search(text)
        or (its and cues.STUDY.search(text))  # "Patients in these studies commonly reported:"
    ):
        return None  # "As the damage progresses, patients often report:" tells of the condition
    subject = found.group("subject")
    if subject is None or cues.BY_NAME.search(subject):
        return lead
    # "A typical course of care can help with:": the course is acupuncture's
    return lead[: found.start("subject")] + "acupuncture" + lead[found.end("subject") :]


def _answers_how(question: str, text: str) -> bool:
    """Whether `text` opens a list that answers how acupuncture helps: a question that asks
    it by name ("How Does Acupuncture Aid in Nerve Repair?"), or a line that sums up what
    follows just after one ("Key Takeaways from the Review:"; not "Talk to your doctor before
    you:")."""
    if cues.HOW_IT_HELPS.match(text):
        # of neuropathy: not "How will acupuncture help my recovery after knee surgery?"
        return cues.ON_TOPIC.search(text) is not None and not cues.OFF_TOPIC.search(text)
    return cues.SUMMED_UP.match(text) is not None and cues.HOW_IT_HELPS.match(question) is not None


def _alone_on_its_line(found: list[tuple[Sentence, str | None]], index: int) -> bool:
    """Whether the sentence at `index` stands on a line of its own, as a list item does."""
    lines = [sentence.line for sentence, _ in found[max(0, index - 1) : index + 2]]
    return lines.count(found[index][0].line) == 1


def _is_item(text: str, lead: str) -> bool:
    """One item of such a list: short, starting with what acupuncture does ("Ease burning
    feet", "Better sleep"), or after "it can help with:" naming what it helps ("Numb toes"),
    neither a question nor a denial."""
    plain = text.strip()
    return (
        len(plain.split()) <= LIST_ITEM_WORDS
        and (
            cues.EFFECT.match(plain) is not None
            or cues.BETTER.match(plain) is not None
            or (
                cues.NOUN_LEAD.search(lead) is not None
                and (_names_a_symptom(plain) or cues.CALM.search(plain) is not None)
            )
        )
        and not plain.endswith(("?", ":"))
        and cues.DENIAL.search(plain) is None
    )


def _names_a_symptom(text: str) -> bool:
    """Whether a line names a symptom or the neuropathy itself ("Numb toes", "Neuropathy
    after chemotherapy")."""
    return _named_symptom(text) is not None or cues.NEUROPATHY.search(text) is not None


def _it_is_acupuncture(since: int, other: int) -> bool:
    """Whether "it" in a sentence is acupuncture: named `since` sentences back, another
    treatment `other` sentences back (see QUESTION_VIEW)."""
    return since <= IN_VIEW or (since <= QUESTION_VIEW and other > since)


def _answers(
    found: list[tuple[Sentence, str | None]],
    plains: list[str],
    index: int,
    asked: tuple[str, bool, int],
    questioned: int,
) -> bool:
    """Whether the sentence at `index` answers `asked`, the last question on acupuncture:
    told as an answer ("Short answer: yes"), or opening a line a few sentences after it, with
    no other question (the last of any kind stands at `questioned`) and no answer between
    ("No. Nothing can regrow ... It can ease the burning")."""
    if cues.ANSWER.match(plains[index]):
        return True
    return (
        asked[2] == questioned
        and index - questioned <= ANSWER_REACH
        and found[index - 1][0].line != found[index][0].line
        and not any(cues.NO_ANSWER.match(plains[i]) for i in range(questioned + 1, index))
    )


def _its(since: int, other: int, mentions: int, alone: bool) -> bool:
    """Whether "it" in a sentence is acupuncture: just after it is named, or as the page's
    topic in a line of its own (see _it_is_acupuncture and _page_topic)."""
    return _it_is_acupuncture(since, other) or _page_topic(mentions, since, other, alone)


def _page_topic(mentions: int, since: int, other: int, alone: bool) -> bool:
    """Whether a line of its own ("Is it safe?" as an FAQ's heading) is about acupuncture as
    its page's topic: named in TOPIC_MENTIONS sentences so far, the last `since` back, within
    TOLD_VIEW, and no other treatment named since, just before it (`other` back: "I've taken
    alpha lipoic acid for a month. Does it help anyone else?")."""
    return (
        alone
        and mentions >= TOPIC_MENTIONS
        and since <= TOLD_VIEW
        and (other > since or other > IN_VIEW)
    )


def _still_asked(
    asked: tuple[str, bool, int] | None, plain: str, its: bool, index: int
) -> tuple[str, bool, int] | None:
    """The question a later "Short answer: yes" answers, after `plain` (at `index`): `plain`
    itself when it asks about acupuncture (by name, or as "it" when `its`); none when it asks
    about some other "it"; else the question asked before ("Is there any real evidence?" is
    still about it)."""
    found = cues.ASKED.match(plain)
    if found is None:
        return asked
    rest = found.group("rest")
    if cues.BY_NAME.search(plain) or (its and cues.STANDS_FOR_IT.match(rest)):
        return plain, its, index
    return None if cues.STANDS_FOR_IT.match(rest) else asked


def _answered(question: str, its: bool, answer: str, before: str = "") -> str | None:
    """What a short "yes" says, after a question that asks whether acupuncture helps ("Can
    acupuncture ease neuropathy? It can."): the question, put as a statement; "it" in the
    question is acupuncture when `its` ("Does it work?"), and `before` it, the sentence before
    the question, names no other treatment alone ("I was put on gabapentin first. Did it help?
    Yes": the gabapentin). A "yes" that takes it back ("Yes, but no study has shown it") says
    nothing. "Very safe." says only that acupuncture is safe, to a question on its safety."""
    asked = cues.ASKED.match(question)
    said_yes = cues.YES.match(answer) is not None
    said_safe = (
        not said_yes
        and cues.SAID_SAFE.match(answer) is not None
        and not _does_more_than_safety(answer)  # "Very safe, and very effective too" says more
    )
    if asked is None or not (said_yes or said_safe) or _denies(answer):
        return None
    if cues.DOUBTING.search(asked.group("rest")):
        return None  # "Does it work mainly through the placebo effect? Probably."
    if cues.SAFE_TO_DO.search(asked.group("rest")):
        return None  # "Is it safe to drive after a session? Yes."
    if _NOT.search(answer):
        return None  # "Not cure, but ease the pain, yes": no restating the question
    statement = asked.group("rest").strip()
    if its and not (_other_treatment(before) and not _names_acupuncture(before)):
        statement = cues.STANDS_FOR_IT.sub("acupuncture", statement, count=1)
    if said_safe:  # "Very safe." says acupuncture is safe, and only that
        asks_safety = cues.SAFETY_ASKED.search(statement) and cues.BY_NAME.search(statement)
        return "acupuncture is safe." if asks_safety else None
    if cues.BY_NAME.search(statement):
        return statement + "."
    # "Can neuropathy be reversed? In many cases, yes, when you combine acupuncture with ...":
    # the answer credits acupuncture with an effect the question asks about, not another
    # treatment's ("Does gabapentin help? Yes, and many of our acupuncture patients take it.")
    named = cues.BY_NAME.search(answer)
    if named is None or _other_treatment(statement) or not cues.EFFECT.search(statement):
        return None
    return f"{statement} with {named.group()}."


def _judge(
    db: sqlite.Connection,
    lookups: Lookups,
    sentence: Sentence,
    text: str,
    context: str | None,
    topic: dict[str, float],
    claim_ids: set[str],
    since: int,
    taken: bool,
    near: bool,
) -> Finding | None:
    """Whether `sentence` makes a graded claim, and which: `text` is what it says, as the
    patterns read it (its own text, the question a "yes" answers, or a list item read with
    its lead-in); `since`, how many sentences back acupuncture was last named (0: in this
    one); `taken`, whether another treatment was named since, just before it; `near`, whether
    "it" in it is acupuncture (see QUESTION_VIEW)."""
    in_view = since <= IN_VIEW
    # "how acupuncture is thought to work" tells how, not that, it works; "a study about the
    # effects of acupuncture" names what it looked into, not what it found
    studied = cues.SERVICE.sub(" ", cues.STUDIED_FOR.sub(" ", text))
    effect = bool(
        cues.EFFECT.search(cues.HOW_IT_WORKS.sub(" ", cues.PERSONS_TREATED.sub(" ", studied)))
    )
    if studied != text and not effect:  # "... to test its effectiveness, some successful studies"
        effect = bool(cues.STUDY.search(studied) and cues.VERDICT.search(studied))
    # "it" after another treatment was named is that treatment ("Then my doctor put me on
    # Lyrica. It's also very safe."), unless the sentence sets it against one ("it has fewer
    # side effects than medication")
    another = _other_treatment(text)
    set_against = not another and cues.OTHER.search(text) is not None
    ours = in_view and (not taken or set_against)
    recommended = (  # "guidelines say it may be offered", "doctors now recommend it"
        cues.RECOMMENDED.search(text) is not None
        or (ours and cues.DOCTORS_RECOMMEND.search(text) is not None)
    )
    safety = bool(cues.SAFETY.search(studied) or cues.SAFE_SAID.search(text))
    mentioned = _names_acupuncture(text)
    # a trial's acupuncture arm doing better than its control, acupuncture named before (an
    # arm stands for what it was given however far back that was told), and no other treatment
    # named in it ("the treatment group of the duloxetine study")
    arm = (
        since <= TOLD_VIEW
        and effect
        and cues.TRIAL_ARM.search(text) is not None
        and cues.CONTROL_ARM.search(text) is not None
        and not (another or set_against)  # OTHER found nothing
    )
    mentioned = mentioned or arm
    figures = effect and cues.FIGURE.search(text) is not None
    evidence = (bool(cues.STUDY.search(text)) and effect) or figures or recommended or arm
    effect = effect or recommended
    in_told_view = since <= TOLD_VIEW or mentioned  # where testimony and success may be told
    told = in_told_view and cues.TESTIMONY.search(text) is not None
    # "Neuropathy is a condition I have treated successfully": a practice's success, not the
    # condition defined
    treated_well = in_told_view and cues.TREATED_WELL.search(text) is not None
    if not mentioned and (
        another
        or (not (told or treated_well) and _tells_the_condition(text, ours and effect))
        or cues.CONDITIONAL.match(text)
    ):
        return None
    if safety and _risk_only(text):
        return None  # "There is always a risk of infection ... must exercise extra caution"
    if _sham_doubt(text):
        return None  # "the studies with fake needles didn't find much difference"
    if (
        mentioned
        and cues.COMPARATOR.search(text)
        and another
        and not cues.NAMED.search(cues.COMPARATOR.sub(" ", text))
    ):
        return None  # "Duloxetine eases nerve pain, unlike acupuncture": another's claim
    if _only_placed(text):
        return None  # "We place fine needles on the lower legs and the tops of the feet"
    if _led_by_another(text):
        return None  # "Herbal formulas warm the channels ..., alongside needling"
    if (
        # "minor effects include bruising and tiredness": side effects told as small, not a use
        not (safety and cues.RISK_SMALL.search(text))
        and cues.OFF_TOPIC.search(text)
        and not cues.ON_TOPIC.search(cues.OFF_TOPIC.sub(" ", text))
    ):
        return None  # "knee pain from arthritis": the pain is not neuropathy's
    if (
        cues.THEORY.search(text)
        and not cues.NAMED.search(cues.NOT_ITSELF.sub(" ", text))
        # ... unless a treatment, "it" or "we" is told to change a symptom
        and not (_names_a_symptom(text) and _acts(text, cues.TREATMENT_OR_WE))
    ):
        return None  # TCM's theory, with acupuncture (not its points) doing nothing in it
    if _energy_only(text):
        return None  # "Acupuncture stimulates the flow of Chi in specific organs"
    if _premise_only(text):
        return None  # "Acupuncture is based on the idea that ... can restore balance"
    if _covered_if(text):
        return None  # "Medicare covers up to 20 sessions ... if you show signs of improvement"
    heading = not cues.FULL_STOP.search(text)
    if cues.QUOTED_TITLE.match(text) and cues.NO_VERDICT.match(text) and not _declares(text):
        return None  # a reference's title, naming its topic: '"Effect of acupuncture on ...".'
    authors = AUTHORS.match(sentence.text)
    if authors and not cues.EFFECT.search(sentence.text[authors.end() :].lower()):
        return None  # 'Okonjo P, Reyes T. Adverse events after acupuncture: a survey.'
    if heading and (cues.TITLE_QUESTION.match(text) or cues.PURPOSE_TITLE.search(text)):
        return None
    if (
        heading
        and cues.TOPIC_TITLE.match(text)
        and cues.TOPICS_AFTER_COLON.search(text)
        and _only_topic_nouns(text)
    ):
        return None  # "Acupuncture for Guillain-Barré Syndrome: Effectiveness and Options"
    # someone credited with the effect: acupuncture, a study, or a person or pronoun ("it",
    # "my", "patients"), unless another treatment was named just before and acupuncture not
    # since ("Doctors often prescribe gabapentin first. Many say it eases the pain.": it is the
    # gabapentin; measured: 26 fewer wrong flags for 4 right claims over every set)
    credited = mentioned or evidence or (not taken and cues.ATTRIBUTED.search(text) is not None)
    if heading and effect and _declares(text):
        heading = False  # "Electroacupuncture increases the number of nerve fibres"
    by_name = cues.BY_NAME.search(text) is not None or (
        ours and cues.STANDS_FOR_IT.match(text) is not None
    )
    verdict = cues.VERDICT.search(studied) is not None and cues.HOW_IT_WORKS.search(text) is None
    praised = by_name and cues.PRAISE.search(text) is not None  # "has a lot to offer"
    # a phrasing matched with no word of effect is a claim only where studies of acupuncture are
    # named as saying something ("Studies show acupuncture may:"): "my fingers were so numb
    # after chemo" matches a phrasing's symptoms, "she read about acupuncture for chemotherapy's
    # side effects" names acupuncture too, and "this article examines the evidence on
    # acupuncture for neuropathy" matches a question's phrasing; none claims anything
    # (measured: 26 fewer wrong flags for 5 right claims over every set, and 4 fewer again,
    # with no right claim lost, once the studies must say something)
    cued = effect or safety or evidence or told or praised
    studies_say = (
        not cued
        and (mentioned or by_name)
        and cues.STUDY_SAYS.search(text) is not None
        and not cues.TOPIC_TITLE.match(text)  # a topic named is no claim made
    )
    if not (cued or studies_say) or (heading and not effect):
        return None  # asked first: the phrasings and the ranking are the costly part
    scores = dict(topic)
    held: set[str] = set()  # the claims a phrasing of which says what the sentence claims
    for (_, claim), share in matching_phrases(db, text, ("claims",), lookups).items():
        if claim in claim_ids:
            scores[claim] = scores.get(claim, 0.0) + PHRASE_WEIGHT * share
            if share >= STRONG_PHRASE:
                held.add(claim)
    if not (cued or held):
        return None
    # A plain sentence needs someone credited with the effect; without, or as a heading, it
    # needs a stronger match.
    least = max(
        MIN_SCORE if in_view else OUT_OF_VIEW_SCORE,
        MIN_SCORE if credited and not heading else STRONG_SCORE,
    )
    # the ranking's bonus can lift no claim that scores too little to reach `least` with it
    if scores and max(scores.values()) + RANK_BONUS >= least:
        ranking = rank(db, text, ("claims",), lookups)
        if ranking.hits and ranking.hits[0].coverage >= COVERAGE:
            top = ranking.hits[0].id
            scores[top] = scores.get(top, 0.0) + RANK_BONUS
    spoken = cues.OTHERS_SIDE_EFFECTS.sub(" ", text)  # less the side effects of other treatments
    spoken = cues.NOT_MENDED.sub(" ", spoken)  # "it won't regrow nerves" claims no repair
    if CIPN_PAIN in scores and not cues.CIPN_PAIN_SAID.search(spoken):
        # the claim about chemotherapy's neuropathic pain, with no pain, discomfort, relief,
        # option or guideline named: words it shares with what a clinic "offers" (9 fewer
        # wrong flags over the written sets, none right lost), unless what it tells is
        # neuropathy prevented, read through the claim about its symptoms (_when_given)
        moved = scores.pop(CIPN_PAIN)
        if CIPN_SYMPTOMS in claim_ids and cues.PREVENTED.search(text):
            scores[CIPN_SYMPTOMS] = max(scores.get(CIPN_SYMPTOMS, 0.0), moved)
    scores = {
        claim: score
        for claim, score in scores.items()
        if score >= least and (claim not in SPOKEN_OF or SPOKEN_OF[claim].search(spoken))
    }
    general = (
        (
            evidence
            and (mentioned or figures or (in_view and cues.IT_FOUND.search(text) is not None))
        )
        or (by_name and verdict)
        or (recommended and ours)  # "Doctors are starting to recommend it now."
        or (by_name and effect and cues.NEUROPATHY.search(text) is not None)
        # "Acupuncture can help.", not a title's "Acupuncture Safety Review."
        or (by_name and effect and _short_claim(text) and not _titled(text))
        or (in_told_view and cues.SUCCESS.search(text) is not None)
    )
    # "It is also remarkably safe.", "Very safe, in trained hands.": safety is all it says
    # ... a little further on too, said of one with trained hands ("In trained hands, the
    # risks are low"), as a test or a swim is not
    handled = near and cues.IN_HANDS.search(text) is not None
    if not scores and not heading and (ours or mentioned or handled) and _safety_only(text):
        claim = _safety_claim(topic)
        if claim in claim_ids:
            scores[claim] = MIN_SCORE
    # a symptom, or calm or sleep, told of a little after acupuncture was named: "most
    # patients notice the burning ease within six to eight sessions"
    felt = _names_a_symptom(text) or cues.CALM.search(text) is not None
    # ... but testimony of a symptom is the claim about that symptom ("we've seen numbness clear
    # up with fewer treatments")
    defaulted = (
        general
        and not scores
        and EVIDENCE_CLAIM in claim_ids
        and not (told and not heading and _names_a_symptom(text) and _told_of(text) in claim_ids)
    )
    if defaulted:  # evidence for acupuncture, on no one claim: the claim about research
        scores[EVIDENCE_CLAIM] = MIN_SCORE
    elif (
        (told or (effect and mentioned and in_view) or (effect and mentioned and near and felt))
        and not scores
        and not heading
    ):
        # testimony, or an effect acupuncture is credited with: the symptom it tells of
        claim = (
            _told_of(text) if told or _of_symptoms(text) else _named_symptom(text) or _calmed(text)
        )
        if claim in claim_ids:
            scores[claim] = MIN_SCORE
    elif in_view and _better(text) and not scores and not heading:
        # a symptom told as better just after acupuncture was named: "the tingling is quieter"
        claim = _told_of(text)
        if claim in claim_ids:
            scores[claim] = MIN_SCORE
    if not scores:
        return None
    scores = _reread(scores, text, evidence, claim_ids)
    scores = _when_given(_in_context(scores, text, context, claim_ids), text, claim_ids)
    top = max(scores, key=scores.__getitem__)
    if top == WELLBEING_CLAIM and (_better(text) or _of_symptoms(text)):
        # "helps the patient relax, lessens nausea and reduces symptoms of neuropathy": the
        # symptoms eased are the claim a reader weighs first, the calm beside them after
        eased = _in_context({_told_of(text): scores[top] + 0.1}, text, context, claim_ids)
        for claim, score in eased.items():
            if claim in claim_ids:
                scores[claim] = max(scores.get(claim, 0.0), score)
    ranked = _ranked(_neuropathy_helped(scores, text, claim_ids), held)
    if ranked[0].claim in SAFETY_CLAIMS and cues.STOP_ADVICE.search(text):
        return None  # "You can safely stop your pregabalin": advice to stop, listed apart
    return Finding(sentence, ranked, hedged(sentence))


def _neuropathy_helped(
    scores: dict[str, float], text: str, claim_ids: set[str]
) -> dict[str, float]:
    """Pain eased, told of neuropathy by name ("acupuncture reduced pain in people with
    peripheral neuropathy"), as the claim that acupuncture helps neuropathy, the claim about
    pain listed after it: so the labellers of real pages read it (the claim about pain right
    for 5 of 11 such sentences, that it helps neuropathy for all 11), and the written sets'
    labellers as often (measured: 9 more right claims over fourteen sets of real pages, 2 more
    over the written sets; "burning nerve pain", without the word, stays the claim about pain,
    as the written sets label it). An article on one kind of neuropathy has read it as that
    kind's claim already (_in_context)."""
    best = max(scores, key=scores.__getitem__)
    if best != PAIN_CLAIM or EVIDENCE_CLAIM not in claim_ids:
        return scores
    denied = cues.DENIAL.search(text)  # "eased the burning, but it won't cure neuropathy"
    if not cues.NEUROPATHY.search(text[: denied.start()] if denied else text):
        return scores
    return scores | {EVIDENCE_CLAIM: scores[best] + 0.1}


def _tells_the_condition(text: str, acts: bool) -> bool:
    """Whether a sentence that does not name acupuncture tells of the condition ("the
    tingling affecting my feet eased"; not "it causes the body to release endorphins"), not
    of what "it" does to it, where `acts` says "it" is acupuncture doing something ("It can
    even reverse the nerve damage caused by diabetes"), nor of side effects told as small
    ("minor effects ... resolve on their own", "serious side effects are rare, affecting one
    patient in 10,000")."""
    told_of = cues.CONDITION.search(text)
    if told_of is None and not cues.ACUPUNCTURE_OR_IT.search(text):
        told_of = cues.COURSE.search(text)
    if told_of is None or cues.OWN_PAINKILLERS.search(text):
        return False
    if cues.MINOR_EFFECTS.search(text) or cues.SAFE_SAID.search(text):
        return False
    its_doing = (
        acts
        and cues.STANDS_FOR_IT.match(text) is not None
        and told_of.group().startswith(("caused by", "due to", "brought on"))
    )
    return not its_doing


def _covered_if(text: str) -> bool:
    """Whether the sentence tells what an insurer covers, with any word of effect only in the
    condition it sets ("... if you show signs of improvement after treatment")."""
    cover = cues.COVER.search(text)
    if cover is None:
        return False
    condition = cues.IF.search(text, cover.end())
    said = text[: condition.start()] if condition else text
    return cues.EFFECT.search(said) is None


def _energy_only(text: str) -> bool:
    """Whether all the sentence says acupuncture does is move Chinese medicine's energy
    ("balances the flow of qi", "unlocks the channels"): a tradition's account of how it
    works, with no symptom, health or study named, which labellers of real pages leave out."""
    return (
        cues.ENERGY.search(text) is not None
        and not _names_a_symptom(cues.HARMONY.sub(" ", cues.ENERGY.sub(" ", text)))
        and cues.WELL.search(text) is None
        and cues.STUDY.search(text) is None
        and cues.FIGURE.search(text) is None
    )


def _premise_only(text: str) -> bool:
    """Whether the sentence tells the premise acupuncture rests on, and nothing it does to
    symptoms, nerves or pain, nor how well or how safely it works, nor a study or a figure:
    labellers of real pages leave such accounts of its tradition out, as they do energy moved
    (_energy_only); "based on the idea that needling eases nerve pain" names what it claims to
    ease."""
    return (
        cues.PREMISE.search(text) is not None
        and cues.PREMISE_SAYS_MORE.search(text) is None
        and cues.SAFETY.search(text) is None
        and not _names_a_symptom(cues.HARMONY.sub(" ", text))  # "restore balance" is no symptom
        and cues.STUDY.search(text) is None
        and cues.FIGURE.search(text) is None
    )


def _only_placed(text: str) -> bool:
    """Whether a sentence tells where a session's needles go, with any current added to
    them, and nothing of what they do ("Fine needles placed along the legs stimulate the
    nerves" says more)."""
    found = cues.PLACED.search(text)
    if found is None:
        return False
    rest = cues.STIMULATION_ADDED.sub(" ", text[: found.start()] + " " + text[found.end() :])
    return not (
        cues.EFFECT.search(rest)
        or cues.SAFETY.search(rest)
        or cues.TESTIMONY.search(rest)  # "..., and within a week the tingling was half what it was"
        or _better(rest)
    )


def _only_topic_nouns(text: str) -> bool:
    """Whether a title's only words of effect name its topic ("effectiveness", "evidence")."""
    return cues.EFFECT.search(cues.TOPIC_NOUNS.sub(" ", text)) is None


def _short_claim(text: str) -> bool:
    """Whether the sentence, or one clause of it that names acupuncture as doing something,
    is short enough to say only that it helps: "There are 3 causes, and acupuncture helps
    with each"."""
    if len(text.split()) <= SHORT_WORDS:
        return True
    return any(
        len(clause.split()) <= SHORT_WORDS and _acts(clause) and not _denies(clause)
        for clause in cues.CLAUSE_BREAK.split(text)
    )


def _titled(text: str) -> bool:
    """A title naming safety as its subject ("Acupuncture Safety Review."): no claim."""
    return cues.EFFECT.search(cues.SAFETY_NOUN.sub(" ", text)) is None


def _reread(
    scores: dict[str, float], text: str, evidence: bool, claim_ids: set[str]
) -> dict[str, float]:
    """The scores, with the claim the sentence's own words name raised above the best one where
    the words and the best claim disagree."""
    best = max(scores, key=scores.__getitem__)
    named = _only_symptom(text)
    preferred = (
        # no study cited, another symptom's claim, or nerves named only in "nerve pain":
        # "acupuncture can ease the pain", "pain scores came down" are the claim about pain
        (
            PAIN_CLAIM,
            (best == EVIDENCE_CLAIM and not evidence and cues.PAINFUL.search(text) is not None)
            or (best in OTHER_SYMPTOMS and _pain_alone(text))
            or (best == NERVES_CLAIM and _pain_alone(text) and not cues.STIRRED.search(text))
            or (
                best == WELLBEING_CLAIM
                and _pain_alone(text)
                # (the energy only the means: "eases the pain by fixing the imbalance of Qi")
                and not cues.LIFE_FORCE.search(cues.BY_MEANS.sub(" ", text))
            ),
        ),
        # "ease burning, tingling and numbness": feeling named beside pain is the claim about
        # feeling (labelled so 84 times to pain's 57 over every set)
        (
            SENSORY_CLAIM,
            best == PAIN_CLAIM and _feeling_with_pain(text),
        ),
        # "some reported less numbness", "the cramps eased": the claim about the one symptom
        # it names
        (
            named,
            ((best == EVIDENCE_CLAIM and not evidence) or best in OTHER_SYMPTOMS)
            and named in OTHER_SYMPTOMS
            and named != best,
        ),
        # "the tingling in my fingers is 50% better": chemotherapy's symptoms, not its pain
        (
            CIPN_SYMPTOMS,
            best == CIPN_PAIN
            and not cues.PAIN.search(text)
            and bool(
                cues.SENSATION.search(text) or cues.MOVEMENT.search(text) or "symptom" in text
            ),
        ),
        # "I was sleeping through the night again": nights no longer broken by the pain
        (
            PAIN_CLAIM,
            best == WELLBEING_CLAIM
            and cues.NIGHTS.search(text) is not None
            and not cues.MOOD.search(text),
        ),
        # "guidelines say acupuncture may be offered for established CIPN": a recommendation
        # to treat chemotherapy's neuropathy, the claim of that treatment, not of research
        (
            _cipn_claim(scores),
            best == EVIDENCE_CLAIM and cues.RECOMMENDED.search(text) is not None,
        ),
        # "acupuncture is definitely safe for diabetics": safety is all it claims
        (_safety_claim(scores), best not in SAFETY_CLAIMS and _safety_only(text)),
        # "restores the flow of qi": the body's own healing and balance, not its nerves
        (
            WELLBEING_CLAIM,
            best == NERVES_CLAIM
            and cues.LIFE_FORCE.search(text) is not None
            and not cues.NERVOUS.search(text),
        ),
    )
    raised = dict(scores)
    for claim, applies in preferred:
        if applies and claim is not None and claim in claim_ids:
            raised[claim] = max(raised.get(claim, 0.0), scores[best] + 0.5)
    return raised


def _sham_doubt(text: str) -> bool:
    """A comparison with sham told as finding little, with no benefit of real acupuncture
    set against it ("sham needling failed to show any benefit, while real acupuncture cut
    pain by half" claims)."""
    found = cues.SHAM_DOUBT.search(text)
    if found is None:
        return False
    # "several trials found acupuncture reduced pain, but trials using sham needles have shown
    # smaller differences": the result stands, doubted after it
    first = cues.BUT.split(text, maxsplit=1)[0]
    return (
        not cues.SET_AGAINST.search(text, found.end())
        and not cues.REAL_ACUPUNCTURE.search(text)
        and not (len(first) < len(text) and _result_found(first))
    )


def _better(text: str) -> bool:
    """A symptom told as better ("the tingling is quieter"), not as no better ("hasn't gone
    away") nor in a sham or control group."""
    found = cues.SYMPTOM_BETTER.search(text)
    return (
        found is not None
        and not cues.NOT_BETTER.search(text)
        and not cues.CONTROL_GROUP.search(text)
    )


def _safety_only(text: str) -> bool:
    """Whether the sentence says acupuncture is safe and nothing more of what it does: once
    what says so is set aside ("side effects are basically nil"), no word of effect is left."""
    said = cues.SAFE_SAID.search(text)
    if said is None:
        return False
    rest = text[: said.start()] + " " + text[said.end() :]
    return not _does_more_than_safety(text) or not _does_more_than_safety(rest)


def _risk_only(text: str) -> bool:
    """Whether the sentence tells of a risk or a caution, and nothing that says it is small or
    anything else acupuncture does: a warning, not the claim that acupuncture is safe."""
    risk = cues.RISK_TOLD.search(text)
    if risk is None or cues.RISK_SMALL.search(text):
        return False
    before = text[: risk.start()]
    if (cues.OTHER.search(before) or cues.MEDICINES.search(before)) and not cues.BY_NAME.search(
        before
    ):
        return False  # another treatment's risk: "Unlike gabapentin, which can cause ..."
    return not _does_more_than_safety(text)


def _does_more_than_safety(text: str) -> bool:
    """Whether a word of effect is left once the words of safety are set aside."""
    return cues.EFFECT.search(cues.SAFETY.sub(" ", text)) is not None


def _safety_claim(scores: dict[str, float]) -> str:
    """The safety claim that scores more; the first (minor effects) when neither does."""
    return max(SAFETY_CLAIMS, key=lambda claim: scores.get(claim, 0.0))


def _cipn_claim(scores: dict[str, float]) -> str | None:
    """The better of the claims about treating chemotherapy's neuropathy, if either scores."""
    held = [claim for claim in (CIPN_PAIN, CIPN_SYMPTOMS) if claim in scores]
    return max(held, key=scores.__getitem__) if held else None


def _told_of(text: str) -> str:
    """The claim a testimony is about: the symptom it names, else feeling (numbness,
    tingling), which is what testimony of neuropathy is mostly about."""
    return _named_symptom(text) or "treats-sensory-symptoms"


def _of_symptoms(text: str) -> bool:
    """Whether the sentence tells of symptoms eased without naming one ("my symptoms have
    eased", "it relieved my symptoms"): those of neuropathy, read as testimony is."""
    return cues.SYMPTOMS_EASED.search(text) is not None and cues.HOPED.search(text) is None


def _calmed(text: str) -> str | None:
    """The claim about the body's own healing and balance, for an effect on calm, sleep or
    mood ("I left every session calm"); None when the sentence speaks of none."""
    return WELLBEING_CLAIM if cues.CALM.search(text) else None


def _named_symptom(text: str) -> str | None:
    """The claim about the symptom a sentence names: pain, then movement (cramps, weakness,
    what the body can do again), then feeling; None when it names none. Feeling named in
    one list with pain ("burning, tingling and numbness") comes before pain."""
    named = _symptoms(text)
    if PAIN_CLAIM in named and _feeling_with_pain(text):
        return SENSORY_CLAIM
    return next(iter(named), None)


def _feeling_with_pain(text: str) -> bool:
    """Whether feeling is named in one list with pain ("ease burning, tingling and numbness"),
    not as what someone has ("patients with numbness and pain in both feet received ...")."""
    return any(
        cues.HAVING_SYMPTOMS.search(text, max(0, found.start() - 40), found.start()) is None
        for found in cues.FEELING_WITH_PAIN.finditer(text)
    )


def _only_symptom(text: str) -> str | None:
    """The claim about the symptom a sentence names, when it names one kind only."""
    named = _symptoms(text)
    return named[0] if len(named) == 1 else None


def _symptoms(text: str) -> list[str]:
    """The claims about each kind of symptom the sentence names, in SYMPTOMS' order."""
    return [claim for claim, pattern in SYMPTOMS if pattern.search(text)]


def _needles_its_own(text: str) -> str:
    """The sentence with needles that are not acupuncture's blanked out, its length kept: the
    symptom "pins and needles", and dry needling with every needle of a sentence that names
    it but not acupuncture ("Dry needling uses fine needles inserted into trigger points")."""
    plain = cues.PINS_AND_NEEDLES.sub(_blank, text)
    if _dry_needling_only(plain):
        return cues.NAMED.sub(_blank, plain)
    return cues.DRY_NEEDLING.sub(_blank, plain)


def _dry_needling_only(text: str) -> bool:
    """Whether the sentence names dry needling and not acupuncture by name."""
    return cues.DRY_NEEDLING.search(text) is not None and not cues.BY_NAME.search(text)


def _blank(found: re.Match[str]) -> str:
    return " " * len(found.group())


def _names_acupuncture(text: str) -> bool:
    """Whether the sentence names acupuncture, or a session or treatment that can only be
    it: "pins and needles" is the symptom, and "cancer treatment" another treatment."""
    if _dry_needling_only(text):
        return False  # its sessions and needles are dry needling's
    plain = _needles_its_own(text)
    if cues.OTHER.search(plain):  # "acupressure presses the acupuncture points"
        plain = cues.NOT_ITSELF.sub(_blank, plain)
    if cues.ACUPUNCTURE.search(plain):
        return True
    if _other_treatment(plain):
        return False
    for found in cues.GENERIC.finditer(plain):
        before = plain[max(0, found.start() - 30) : found.start()].split()[-1:]
        after = plain[found.end() : found.end() + 30].split()[:1]
        if not cues.OTHER_KIND.intersection(word.strip(",;:()") for word in before) and not (
            cues.NOT_ITS_OWN.intersection(word.strip(",;:()") for word in after)
        ):
            return True
    return False


@lru_cache(maxsize=4096)  # asked of a sentence up to three times (find, _judge, _names_acupuncture)
def _other_treatment(text: str) -> bool:
    """Whether another treatment is what the sentence is about: named, and not only set
    against ("which no pill can do", "without drugs", "unlike medicines", "drug-free", "when
    two medications didn't")."""
    opening = cues.SET_AGAINST_FIRST.match(text)  # "Rather than masking the pain like drugs do,"
    for found in cues.OTHER.finditer(text):
        if opening is not None and found.end() <= opening.end():
            continue
        if text.startswith(("-free", " free"), found.end()):
            continue  # "a drug-free way to ease the pain": set against, not the subject
        if cues.FAILED.match(text, found.end()):
            continue  # "it worked for me when two medications didn't": they failed
        if text.endswith(("superior to ", "superior to the "), 0, found.start()):
            continue  # "acupuncture is superior to drug treatment": set against
        if cues.INTOLERANT.search(text, 0, found.start()):
            continue  # "for patients who can't tolerate more medication": set against
        if found.group().startswith("surg") and cues.CAUSED_BY.search(text, 0, found.start()):
            continue  # "numbness (after surgery) clears up": what brought it on; a drug named
            # so is taken ("the burning from Lyrica")
        before = [word.strip(",;:()") for word in text[: found.start()].split()[-4:]]
        # three words back, and four for what sets it aside from further ("rather than layer
        # on more medication", "I could reduce my dose of pregabalin", "instead of taking more
        # pills"); "less" only just before ("less medication", not "less is known about")
        near = set(before[-3:]) - {"less"} | ({"less"} & set(before[-2:]))
        far = before[:1] if len(before) == 4 else []
        if far == ["instead"] and before[1] != "of":
            far = []
        if not cues.CONTRAST.intersection(near) and not cues.FAR_CONTRAST.intersection(far):
            return True
    return False


def _led_by_another(text: str) -> bool:
    """Whether another treatment is the sentence's subject: named first, with acupuncture
    named only as what goes with it ("Herbal formulas ... are given alongside needling"), not
    as a subject of its own ("Herbal medicine may help, but acupuncture ...", "Massage, yoga
    and acupuncture can help")."""
    if cues.LED_BY_OTHER.match(text) is None:
        return False
    return all(
        cues.COMPANION.search(text, max(0, named.start() - NEAR), named.start())
        for named in cues.NAMED.finditer(text)
    )


def _declares(text: str) -> bool:
    """Whether a line without a full stop says what acupuncture does: acupuncture, then a
    verb of effect ("Electroacupuncture increases ...", not "Acupuncture Appointments ..."),
    or a symptom eased by it."""
    if cues.DECLARED_PASSIVE.match(text):
        return True  # "Chronic pain can be reduced with multiple electroacupuncture sessions"
    found = cues.DECLARED.match(text)
    return found is not None and cues.EFFECT.match(text, found.start("verb")) is not None


def _worth_judging(text: str) -> bool:
    """A sentence long enough to claim something, not a question, a byline, or a doubt. A
    claim made first and qualified after "but" ("may help, but it is not a cure") is still
    a claim: after the "but", only a denial that does more than limit it undoes it."""
    words = _LETTERS.findall(text)
    # a question may end in a quote, a bracket, a separator of the page ("... neuropathy? ·"),
    # or the site's name after a bar ("Does It Work? | Dr. Brennan")
    ended = cues.SITE_NAME.sub("", text).rstrip(" \"'\u201d\u2019)\u00b7\u2022|")
    question = ended.endswith("?") and not cues.ANSWER_YES.match(text)
    byline = len(words) <= 6 and cues.BYLINE.match(text) is not None
    long_enough = len(words) >= MIN_WORDS or (len(words) >= 2 and cues.BY_NAME.search(text))
    if not long_enough or question or byline or cues.DEPENDS_ONLY.search(text):
        return False  # asked first: the doubts below are read through the longest patterns
    concession = cues.WHILE.match(text)
    if concession:  # "While there is no cure, acupuncture can ease the pain": a limit conceded
        conceded, first = concession.groups()
        denied = (
            _denies(conceded, conceded=True)
            or _denies(first)
            or cues.CAVEAT.search(first) is not None
            or _doubted_alone(first)
        )
    else:
        first, *after = cues.BUT.split(text, maxsplit=1)
        if len(first.split()) <= 1:  # "Nurse: But ...", "But ...": no clause before it
            first, after = text, []
        # before a "but", a limit ("not a cure, but ...") or a caveat is conceded, unless
        # what follows is another treatment's ("did nothing for her feet, but the cream ...")
        # ... and what is conceded of acupuncture is no claim when another treatment did
        # what it did not ("Acupuncture didn't fix it, but the gabapentin eased the burning")
        caveat = cues.CAVEAT.search(first) is not None
        doubted = caveat or cues.CONCESSION.search(first)
        denied = (
            (_denies(first, conceded=True) if after else _denies(first, limits=False))
            or any(
                _denies(rest) and not (_result_found(first) and _narrows(rest)) for rest in after
            )
            or (not after and caveat)
            or (not after and _doubted_alone(first))
            or any(doubted and _about_another(rest) for rest in after)
        )
    if denied:
        return False
    # a first clause that claims nothing ("Please note that ...", "The mechanism is
    # unclear, but ...") does not hide a claim acupuncture makes after a "but"
    found = cues.NOT_A_CLAIM.search(first) or cues.DESCRIBED.search(first)
    # ... nor one made before it ("Eight trials found acupuncture eased the pain; most were
    # small")
    before = first[: found.start()] if found else ""
    bounds = list(_CLAUSE_BOUND.finditer(before))
    described = found is not None and not (bounds and _claims_itself(before[: bounds[-1].start()]))
    if (
        described
        and (
            _claimed_before(before)
            # success told before it ("yes, many people find genuine relief, and we'll walk
            # through ... whether Medicare will cover it")
            or (cues.SUCCESS.search(before) is not None and not _other_treatment(before))
            or _claimed_after(first[found.end() :])
            or cues.CALLED_EFFECTIVE.match(first[found.end() :]) is not None
            or _claims_past_aside(first, found)
            or _effect_after_method(first[found.end() :])
        )
    ):
        described = False
    if described:
        # ... nor one conceded before it ("Although acupuncture shows promise for nerve pain,
        # more research is needed"), as after "but" ("... shows promise, but more ...")
        # (not one denied: "Although acupuncture did not ease numbness in the largest trial")
        if concession:
            conceded = concession.group(1)
            described = not _claims_itself(conceded) or cues.NEGATION.search(conceded) is not None
        else:
            described = not any(_claims_itself(part) for part in after)
    if described and cues.PRESUPPOSED.search(text) and not cues.PLANNED.search(text):
        described = False  # "Keep reading to learn how acupuncture can help relieve the pain"
    return (
        not described
        and not _worsened(text)
        and not cues.MARKED_FALSE.match(text)  # "\u274c Acupuncture regrows nerves."
    )


ASIDE_REACH = 40  # characters between an aside's commas and the description inside it


def _claims_past_aside(text: str, found: re.Match[str]) -> bool:
    """Whether the sentence claims once the aside between commas a description sits in is
    left out ("Acupuncture, practiced for thousands of years, is a safe and often effective
    medical treatment"): acupuncture by name called effective or safe, or doing something."""
    opening = text.rfind(",", 0, found.start())
    closing = text.find(",", found.end())
    if (
        opening < 0
        or closing < 0
        or found.start() - opening > ASIDE_REACH
        or closing - found.end() > ASIDE_REACH
        or any(mark in text[opening:closing] for mark in ".;:")
    ):
        return False
    rest = text[:opening] + text[closing + 1 :]
    return cues.BY_NAME.search(rest) is not None and (
        cues.VERDICT.search(rest) is not None
        or cues.SAFETY.search(rest) is not None
        or _claims_of_its_own(rest)
    )


NUMBER_WORDS = {
    word: value
    for value, word in enumerate(
        "zero one two three four five six seven eight nine ten".split()  # noqa: SIM905
    )
}


def _worsened(text: str) -> bool:
    """Whether a symptom's figure is told rising ("my pain went from a 3 to an 8 after the
    sessions"): a symptom worse, which a figure must not make a claim of benefit."""
    for rise in cues.SYMPTOM_FIGURES.finditer(text):
        before, after = (float(NUMBER_WORDS.get(g, g)) for g in rise.groups())
        # "... had gone from a 2 to an 8, but after six sessions it's down to a 3"
        turned = _TURNED.search(text[rise.end() :])
        if after > before and not turned:
            return True
    return False


def _result_found(clause: str) -> bool:
    """Whether a clause reports what a study found acupuncture did ("the meta-analysis showed
    acupuncture improved conduction velocity", "early studies hint that acupuncture could
    lower the chance ..."): a result that a "but no difference in ..." or "though few trials
    measured ..." after it narrows, and does not undo."""
    studied = any(cue.search(clause) for cue in (cues.FOUND, cues.STUDY, cues.STUDY_SAYS))
    return studied and _claims_itself(clause)


def _narrows(rest: str) -> bool:
    """Whether a denial after "but" only narrows a result ("no difference in ...", "the
    changes were small"), rather than undoing it ("it does not work", "no better than sham")."""
    return cues.UNDONE.search(rest) is None


def _claimed_before(before: str) -> bool:
    """Whether what stands before a description or doubt claims on its own, not as what is
    asked or studied ("Acupuncture reduced numbness in 70% of patients when it was compared
    ...", not "Exactly how acupuncture might relieve the pain is not well understood")."""
    if _asked(before):
        return False
    return _acts(before) and (_claims_itself(before) or cues.PRAISE.search(before) is not None)


def _acts(text: str, subject: re.Pattern[str] = cues.ACUPUNCTURE_OR_IT) -> bool:
    """Whether acupuncture (or "it") is said, as a finite verb, to do something in `text`:
    "acupuncture reduced", "it can calm", not "in treating", "treated with acupuncture",
    "acupuncture ... safety"."""
    for named in subject.finditer(text):
        if cues.PRAISE.search(text, named.end(), named.end() + ACTS_REACH) or cues.CREDITED.match(
            text, named.end()
        ):
            return True
        for found in cues.EFFECT.finditer(text, named.end(), named.end() + ACTS_REACH):
            word = found.group().split()[0]
            before = text[max(0, found.start() - 12) : found.start()]
            if word.startswith(("treat", "stimulat", "activat", "releas", "trigger", "safe")):
                continue  # how it is done, not what it does
            if word.endswith(("ing", "ness", "less")) or before.endswith("to "):
                continue  # "in treating", "to ease": no finite verb
            if (
                word.endswith(("s", "ed"))
                or word in PAST_IRREGULAR
                or cues.MODAL_BEFORE.search(text, max(0, found.start() - 30), found.start())
            ):
                return True
    return False


def _asked(text: str) -> bool:
    """Whether acupuncture's effect is told as what is asked or studied ("how acupuncture might
    relieve ...", "whether it helps")."""
    return cues.ASKED_OF.search(text) is not None


def _claims_of_its_own(clause: str) -> bool:
    """Whether a clause claims, acupuncture doing what it says, and not as a question."""
    return _claims_itself(clause) and _acts(clause) and not _asked(clause)


def _claimed_after(rest: str) -> bool:
    """Whether a clause after the description, past ", and", a semicolon or a colon, claims."""
    return any(_claims_of_its_own(part) for part in cues.CLAUSE_BREAK.split(rest)[1:])


def _effect_after_method(rest: str) -> bool:
    """Whether the way the needles go in is followed by what they are said to do, in a
    clause of its own ("... into these points, triggering responses that promote healing and
    alleviate symptoms")."""
    found = _EFFECT_AFTER.search(rest)
    if found is None:
        return False
    clause = rest[found.start() :]
    return cues.EFFECT.search(clause) is not None and (
        _names_a_symptom(clause) or _HEALING.search(clause) is not None
    )


def _doubted_alone(first: str) -> bool:
    """A doubt of the evidence with no claim of acupuncture's own said before or after it."""
    found = cues.DOUBTED_EVIDENCE.search(first)
    return (
        found is not None
        and not _claimed_before(first[: found.start()])
        and not _claims_of_its_own(first[found.end() :])
    )


def _claims_itself(clause: str) -> bool:
    """Whether a clause says on its own that acupuncture does something to a symptom, that a
    study found it did, or how it works ("... but it can ease the pain", "Eight trials found
    acupuncture eased the pain; ...", "... but it is believed to work by stimulating the
    nerves")."""
    plain = clause.strip()
    return (
        cues.EFFECT.search(plain) is not None
        and (cues.BY_NAME.search(plain) is not None or cues.STANDS_FOR_IT.match(plain) is not None)
        and (
            _names_a_symptom(plain)
            or cues.STUDY.search(plain) is not None
            or cues.WORKS_BY.search(plain) is not None
        )
        and not cues.NOT_A_CLAIM.search(plain)
        and not cues.DESCRIBED.search(plain)
        and not _denies(plain, limits=False)
    )


def _about_another(clause: str) -> bool:
    """Whether a clause opens on another treatment and never names acupuncture ("the foot
    cream helped a bit")."""
    opening = " ".join(clause.split()[:OPENING_WORDS])
    return _other_treatment(opening) and not cues.NAMED.search(clause)


def _denies(text: str, limits: bool = True, conceded: bool = False) -> bool:
    """Whether `text` denies more than a limit ("it is not a cure", "it does not work for
    everyone") would; with `limits` False, whether it denies at all; with `conceded`, what
    is conceded before a claim ("it didn't fix everything, but ...") is a limit too. A denial
    of another treatment ("when drugs do not work") is not the sentence's (see _own)."""
    spans = [found.span() for found in cues.LIMIT.finditer(text)] if limits else []
    if conceded:
        spans += [found.span() for found in cues.CONCESSION.finditer(text)]
    return any(
        not any(start <= found.start() and found.end() <= end for start, end in spans)
        and _own(text, found)
        for found in cues.DENIAL.finditer(text)
    )


def _own(text: str, denial: re.Match[str]) -> bool:
    """Whether a denial is the sentence's own, not another treatment's: "especially when
    drugs do not work" denies the drugs, with them just before a verb denied and acupuncture
    not just after it ("those taking gabapentin do not respond to acupuncture" is its own)."""
    start = max(0, denial.start() - DENIAL_REACH)
    before = text[start : denial.start()]
    # what follows in the same clause ("... do not respond to acupuncture"), not the next one
    # ("If gabapentin didn't give you the relief you hoped for, acupuncture can ease ...")
    after = cues.CLAUSE_END.split(text[denial.end() : denial.end() + DENIAL_REACH], maxsplit=1)[0]
    # another treatment the denial's relative clause is about: "Unlike the creams, which never
    # touched it, ..."
    relative = cues.RELATIVE_END.search(before) is not None
    subjects = [
        other
        for other in cues.OTHER.finditer(before)
        if relative or not cues.COMPARED.search(before, max(0, other.start() - NEAR), other.start())
    ]
    negated = cues.NEGATED_VERB.match(denial.group()) or denial.group().startswith("never")
    return not (negated and subjects and not cues.NAMED.search(after))


def _in_context(
    scores: dict[str, float],
    text: str,
    context: str | None,
    claim_ids: set[str],
) -> dict[str, float]:
    """General claims read as the claim for the neuropathy in question: the sentence's
    own, else its paragraph's or article's. The general claim stays, listed second. The
    claim about research is read so too where it is the best claim: "41% of those given real
    acupuncture improved", in an article on chemotherapy, claims acupuncture treats its
    neuropathy (measured: 14 more right claims over every set than reading so only figures
    that stood on no one claim); where another claim scores higher, research was told of
    that claim's subject, and that claim stays first."""
    own = context_of(text + " " + text, whole=False)  # a single mention in it decides
    if cues.OTHER_CAUSES.search(text):
        own = context = None  # "patients with neuropathy of other causes, with good results"
    elif cues.PAIN_OF_ALL_KINDS.search(text):
        context = None  # "many kinds of pain": the article's kind only where the sentence names it
    where = own or (None if cues.OTHER_NEUROPATHY.search(text) else context)
    scores = _of_its_kind(scores, where, text, claim_ids)
    if where is None:
        return scores
    mapped = dict(scores)
    for general, specific in IN_CONTEXT[where].items():
        if (
            general == EVIDENCE_CLAIM
            and general in scores
            and scores[general] < max(scores.values())
        ):
            continue
        if specific == CIPN_SYMPTOMS:
            specific = _chemotherapys(text)
        if general in scores and specific in claim_ids:
            mapped[specific] = max(mapped.get(specific, 0.0), scores[general] + 0.5)
    return mapped


def _when_given(scores: dict[str, float], text: str, claim_ids: set[str]) -> dict[str, float]:
    """Chemotherapy's neuropathy prevented or treated, as the sentence tells when acupuncture
    is given: "given alongside weekly paclitaxel ... fewer cases of severe neuropathy" is the
    claim that it prevents it; "for neuropathy that has already developed" that it treats it."""
    best = max(scores, key=scores.__getitem__)
    developed = cues.DEVELOPED.search(text)
    if developed and cues.BEFORE_IT.search(text, 0, developed.start()):
        developed = None  # "started before any numbness has developed": before it, prevention
    if developed:
        claim = _chemotherapys(text) if best == CIPN_PREVENTION else None
    elif best in (CIPN_SYMPTOMS, CIPN_PAIN) and cues.PREVENTED.search(text):
        claim = CIPN_PREVENTION
    else:
        return scores
    if claim is None or claim not in claim_ids:
        return scores
    return scores | {claim: scores[best] + 0.5}


def _of_its_kind(
    scores: dict[str, float], where: str | None, text: str, claim_ids: set[str]
) -> dict[str, float]:
    """A claim about one kind of neuropathy (chemotherapy's, diabetes') read, in a sentence
    about another kind or none, as its counterpart there: a trial of diabetic neuropathy
    "alleviates the symptoms" is the claim about diabetic neuropathy, not chemotherapy's; with
    no kind in view, it is the claim about the symptom the sentence names (see _told_of)."""
    moved = dict(scores)
    for claim, score in scores.items():
        kind = SPECIFIC.get(claim)
        if kind is None or kind == where:
            continue
        counterpart = COUNTERPART[claim][where]
        if counterpart == THE_SYMPTOM:
            counterpart = _named_symptom(text) or EVIDENCE_CLAIM
        elif counterpart == CIPN_SYMPTOMS:
            counterpart = _chemotherapys(text)
        if counterpart is not None and counterpart in claim_ids:
            del moved[claim]
            moved[counterpart] = max(moved.get(counterpart, 0.0), score)
    return moved


def _chemotherapys(text: str) -> str:
    """The claim about chemotherapy's neuropathy a sentence makes when it speaks of its
    symptoms in general: its pain, when pain is all it names ("62% reported a drop in pain")."""
    return CIPN_PAIN if _pain_alone(text) else CIPN_SYMPTOMS


def _pain_alone(text: str) -> bool:
    """Whether pain is the only symptom a sentence names."""
    return bool(cues.PAIN.search(text)) and not (
        cues.SENSATION.search(text) or cues.MOVEMENT.search(text)
    )


def _ranked(scores: dict[str, float], held: set[str]) -> tuple[Match, ...]:
    """The claims best first: those near the best one's score, and any other the sentence
    holds one of the phrasings of ("repairs damaged nerves and speeds up nerve conduction"
    makes two claims, the second further behind)."""
    best = max(scores.values())
    kept = [
        Match(claim, round(score, 1))
        for claim, score in scores.items()
        if score >= best * SECOND or claim in held
    ]
    return tuple(sorted(kept, key=lambda match: (-match.score, match.claim)))


__all__ = ["Finding", "Match", "context_of", "find", "sentences_of"]


# The patterns of every module `check` reads by are compiled once these are imported: those
# compiled the usual way in this run are kept for the next (see compiled.py).
keep()

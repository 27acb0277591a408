"""How `ask` notices an emergency told in a person's own words: the red flags' `noticed_by`
combinations (data/README.md), each a few groups of words, found with a word of every group
close together in the message, its denied words left out ("no cuts or blisters"). The words
are stemmed as the search index stems them and looked up in its `sign_words` table (index.py),
so a message is read once, however long."""

from __future__ import annotations

import re

from neuroinfo import sqlite
from neuroinfo.compiled import SEARCH
from neuroinfo.search.rank import MAX_WORD_LENGTH, stems
from neuroinfo.search.text import STOP_WORDS, fold

pattern = SEARCH.pattern

# A word after one of these (past "any", "real" and the like) is denied ("no cuts", "without
# any chest pain"): it does not count towards a red flag's signs, unless its absence is the
# sign ("no feeling down below", "no bladder control") or the denial is an idiom ("no one can
# wake him", "can no longer lift his arm"). "Never" is not one: "never had this before" is how
# many emergencies are told.
DENIALS = frozenset({"no", "without", "nor"})
FILLERS = frozenset({"any", "real", "actual", "obvious", "major", "a", "an", "the", "much"})
NOT_DENIED = frozenset(
    {"one", "longer", "matter", "sooner", "knowing", "realizing", "noticing", "warning", "reason"}
)
# "Not" denies only a sign that is there when present ("its not spreading or getting worse",
# "my feet are not red or swollen"): many signs are told with it ("not responding", "cannot
# wake", "not making sense").
NOT = frozenset({"not", "isnt", "arent", "wasnt", "werent"})
# "Didn't get any blisters", "don't have cuts": a denial of what one has, like "no".
NOT_HAVING = frozenset({"didnt", "dont", "doesnt", "havent", "hasnt", "hadnt"})
HAVING = frozenset({"get", "got", "have", "has", "had"})
# "Back" that is not the spine: "back in 2015", "back then", "it came back".
NOT_THE_SPINE_AFTER = frozenset({"in", "then", "when", "home", "again"})
NOT_THE_SPINE_BEFORE = frozenset(
    """came come comes coming went go goes going got get gets getting bring brought look
    looked looking think thinking""".split()  # noqa: SIM905 - a word list reads better as text
)
# "Now" that is no time: "now and then", "now and again", "now that I have neuropathy".
NOT_NOW = (["that"], ["and", "then"], ["and", "again"])
# A wound told as healed ("my foot ulcer finally healed last year") is no sign now.
HEALED = frozenset({"healed", "heeled"})
WOUNDS = frozenset({"ulcer", "ulcers", "cut", "cuts", "wound", "wounds", "blister", "blisters"})
BEFORE_HEALED = frozenset({"finally", "has", "had", "have", "all", "now", "completely", "fully"})
DENIED_BY_NOT = frozenset(
    """red redness swollen swelling hot warm spreading spread worse worsening getting weak
    weaker sudden suddenly new bleeding black blackened oozing infected drooping slurred
    changing throbbing""".split()  # noqa: SIM905 - a word list reads better as text
)
MISSING_IS_A_SIGN = frozenset(
    """feeling sensation control strength power pulse response breath pee wee urine bowel
    bladder movement""".split()  # noqa: SIM905 - a word list reads better as text
)
# how much of a message a low told in so many words ("i'm going low", "my sugar is 3.1") is
# taken to cover, for the order of the red flags
LOW_TOLD_SHARE = 0.5
SIGN_SPAN = 20  # the words of one combination must fall within this many words of each other
# A message is read for signs whole, however long (an emergency told at the end of a long
# post must not be cut off): as much as a command line can hold, about 2 MB, and every word.
# Reading 10,000 different words takes about 0.1 s.
MAX_SIGN_CHARACTERS = 2 * 2**20
MAX_SIGN_WORDS = 300_000
STEMS_A_QUERY = 500  # well under SQLite's least limit on a query's values (999 before 3.32)
# "Type 1" and "type 2" name diabetes: read as one word each, "type1" and "type2".
DIABETES_TYPES = {"1": "type1", "one": "type1", "2": "type2", "two": "type2"}


# "no longer" (able to) said of what one could do: what "cannot" says.
NO_LONGER = pattern(r"\b(?:can |could |am |is |are )?no longer (?:be )?(?:able to )?", re.I)


# An illness told as past and got over ("had Guillain-Barre six years ago, mostly recovered but
# my ankles are still weak", "had a small stroke in 2019 and my speech still slurs a bit"), with
# nothing told as happening now: no emergency, whatever its words.
PAST = pattern(
    r"\b(?:had|have had|was diagnosed with|recovered from|got over)\b(?: \w+){0,8}? "
    r"(?:(?:(?:\d+|a|a few|few|several|many|some|two|three|four|five|six|seven|eight|nine|ten) )?"
    r"(?:years?|yrs?|months?) ago|in (?:19|20)\d\d|years back|last year|"
    r"as a (?:child|kid|teen\w*))\b"
)
GOT_OVER = pattern(
    r"\b(?:still|recovered|recovery|fine now|ok now|okay now|since then|ever since|long term|"
    r"these days|all sorted|sorted out|resolved|cleared up|went away|all clear)\b"
)
HAPPENING = pattern(
    r"\b(?:now|today|tonight|this (?:morning|afternoon|evening)|yesterday|overnight|suddenly|"
    r"sudden|worse|worsening|spreading|new|started|hours?|minutes?|weaker|"
    r"(?:happening|started|coming|back) again)\b"
)


# A question asking what an emergency condition is ("what is cauda equina syndrome", "what
# does FAST stand for", "how is that different from Guillain-Barre"): no emergency told.
DEFINITION = pattern(
    r"^(?:\w+ ){0,3}?(?:what|whats) (?:is|are|does|do|s) (?:a |an |the )?(?:red flags? for |signs? "
    r"of |symptoms? of )?(?:guillain|gbs|cauda|stroke|fast|hypo\w*|foot attack|diabetic foot)\b|"
    r"\bhow (?:is|are) (?:that|it|this|they|cidp) different from (?:guillain|gbs|cauda|a stroke)\b"
)


def without_what_it_is(text: str, folded: str) -> str:
    """The message less the name of the condition it asks about (see DEFINITION), when it asks
    what one is with nothing told as happening now: the signs it tells besides still count
    ("what is a stroke, my mum cannot lift her arm"). `folded`: the message as `fold` reads
    it."""
    asked = DEFINITION.search(folded)
    if asked is None or HAPPENING.search(folded) is not None:
        return text
    return folded[: asked.start()] + " " + folded[asked.end() :]


def told_as_past(folded: str) -> bool:
    """Whether a message, as `fold` reads it, tells of an illness as past and got over, with
    nothing happening now (see PAST)."""
    return (
        PAST.search(folded) is not None
        and GOT_OVER.search(folded) is not None
        and HAPPENING.search(GOT_OVER.sub(" ", folded)) is None
    )


# A low told in the first person as it comes on ("i think im going low", "feel like i m going
# low right now"): diabetes slang, not a mood or a level of something else going low
GOING_LOW = pattern(
    r"(?<!when )(?<!whenever )(?<!if )(?<!before )\b(?:i m|im|i am) (?:(?:going|goin|gone) "
    r"(?:low|hypo)\b(?! on\b)|having a (?:hypo|low)\b(?! (?:last|yesterday)\b)|hypo\b)|"
    # ... or with the "i m" left out at the start ("having a low right now"), or "feeling hypo"
    r"^having a (?:hypo|low)\b(?! (?:last|yesterday)\b)|\b(?:feeling|feel|feels) hypo\b"
)


# ... or a sugar falling as someone tells it ("my blood sugar is dropping and i feel faint"),
# not what happens "when my sugar drops"
SUGAR_FALLING = pattern(
    r"\b(?:sugar|sugars|glucose|bg|bs|levels?) (?:is|are|s|keeps|keep) (?:still |really |fast )?"
    r"(?:dropping|falling|crashing|plummeting|tanking|going down)\b"
)
# ... or a sugar told as low now ("my sugar is really low and i m shaky"), not when it is
# low, nor as it usually is ("when my sugar is low i get shaky", "sugar is low in the
# mornings"): the match starts at the whole subject, so that a lookbehind sees its "when"
LOW_NOW = pattern(
    r"(?<!when )(?<!whenever )(?<!if )(?<!once )(?<!until )(?<!my )(?<!his )(?<!her )"
    r"(?<!their )(?<!our )(?<!blood )\b(?:(?:my|his|her|their|our) )?(?:blood )?"
    r"(?:sugar|sugars|bloodsugar|glucose|bg|bs|levels?) (?:is|are|s) "
    r"(?:still |really |very |so |super |dangerously |too |quite |way )?low\b"
    r"(?! (?:in|at|on|during|after|before|when|whenever|every|most|sometimes|often|first|"
    r"overnight|usually|normally|then)\b)|"
    # ... or all a message says ("sugar low")
    r"^(?:my )?(?:blood )?(?:sugar|sugars|glucose|bg|bs) (?:is |s )?(?:really |very |so |too )?"
    r"low(?: now)?$"
)
# ... or a reading of blood sugar told that is low: under 4 mmol/L ("my sugar is 3.1", "meter
# says 2.9", folded as "3 1", "2 9"), or 20 to 69 mg/dL ("glucose reading of 52"); the
# low-sugar advice says what to do for someone awake.
LOW_READING = pattern(
    r"\b(?:sugar|sugars|bloodsugar|glucose|bg|bs|cbg|bm|reading|meter|levels?|hypo|cgm|libre|"
    r"liber|dexcom|sensor)\b(?: (?:is|s|at|of|says|said|reads|reading|showing|shows|showed|down to|"
    r"dropped to|fell to|tanked to|crashed to|hit|just|only|now|atm|very|so|low|screaming|"
    r"urgent)){0,3} "
    r"(?:[0-3](?: \d)?|[2-6]\d)(?: ?mg| ?mmol)?\b(?! \d\b)"
    r"(?! (?:years?|yrs?|months?|weeks?|days?|hours?|times?|yesterday|last)\b)|"
    # ... or a reading told by its unit, or as a decimal happening now, with no word of sugar
    # before it ("cbg 2.1 mmol/l", "on insulin, 2.1 right now", "45 mg/dl")
    r"\b[0-3] \d ?(?:mmol|right now|now|atm|rn)\b|\b[2-6]\d ?mg ?dl\b|"
    # ... or "LO" on the meter
    r"\b(?:sugar|sugars|bloodsugar|glucose|meter|reading|machine|glucometer)\b(?: \w+){0,3}? lo\b"
)

# Words that say a message is about diabetes, as fold reads them (in the lookaheads below)
_DIABETES = r"diabetic|diabetes|insulin|sugar|hypo|glucose|gliclazide|type [12]|t[12]d"
# ... or a machine's reading, told by its verb, with a word of diabetes or of a low's signs
# ("the machine say 2.2 and mum is very drowsy", "glucometer read 2.0"), not its setting or
# price, nor a TENS machine
MACHINE_READING = pattern(
    rf"^(?=.*\b(?:{_DIABETES}|glucometer|drowsy|confused|shaking|shaky|sweaty|sweating|floppy)\b)"
    r".*(?<!tens )\b(?:machine|glucometer)\b (?:(?:just|only|now) )?(?:say|says|said|show|shows|"
    r"showed|showing|read|reads|reading) (?:[0-3](?: \d)?|[2-6]\d)(?: ?mg| ?mmol)?\b(?! \d\b)"
    r"(?! (?:years?|yrs?|months?|weeks?|days?|hours?|times?|yesterday|last|hz|minutes?|mins?|"
    r"coffees?|cups?|quid|pounds?|dollars?|pence|tablets|pills|on the dial)\b)"
)
# ... or someone with diabetes fitting now: "fitting" read whole, as the stems of combinations
# would read it "fit" ("which shoes fit best for diabetic feet")
FITTING = pattern(
    rf"^(?=.*\b(?:{_DIABETES})\b)"
    r".*\b(?:is|s|are|re|started|keeps|kept|been|now|still) fitting"
    # ... as a fit, not a kitchen, shoes or a new school: on a floor, in bed or a chair, again
    r"(?= on (?:the |his |her )?(?:\w+ )?(?:floor|bed|ground|sofa|couch)\b| in (?:bed|"
    r"his bed|her bed|the bed|his sleep|her sleep|the chair|his chair|her chair)\b| again\b)"
)

# ... or someone with diabetes going limp or floppy ("now he's going limp on the bench"); not
# a limp in the walk, nor a foot that goes floppy
GONE_LIMP = pattern(
    rf"^(?=.*\b(?:{_DIABETES})\b)"
    r".*\b(?:he|she|he s|hes|she s|shes|they|son|daughter|dad|mum|mom|husband|wife|baby|child|"
    r"player|patient|client|resident) (?:is |s |has )?(?:going|gone|went) (?:all |completely |"
    r"really )?(?:limp|floppy)\b"
)

# A diabetic foot or ulcer told as infected now ("the ulcer on my heel looks infected, type
# 2", "cellulitis tracking up from a plantar ulcer"): read whole, as the stems of combinations
# would read "infected" as "infection" ("can needles cause an infection in diabetic feet?")
FOOT_INFECTED = pattern(
    r"^(?=.*\b(?:diabetic|diabetes|sugar|type [12]|t[12]d|t[12]dm)\b)"
    r"(?=.*\b(?:foot|feet|toe|toes|heel|heels|sole|soles|ulcer|ulcers|plantar)\b)"
    r".*(?:\b(?:looks?|looking|is|s|has gone|become|became|now) (?:really |very |"
    r"badly |a bit )?(?:infected|septic)\b|\bcellulitis (?:tracking|spreading|going|moving)\b|"
    r"\b(?:cellulitis|an abscess) (?:on|in|under|at) (?:my |his |her |the )?(?:\w+ )?(?:foot|feet|"
    r"toe|toes|heel|sole|leg|shin)\b)"
)

# every way a low is told in so many words, read whole
LOW_SIGNS = (GOING_LOW, LOW_READING, MACHINE_READING, SUGAR_FALLING, LOW_NOW, FITTING, GONE_LIMP)


def red_flags_in(db: sqlite.Connection, text: str) -> list[str]:
    """The ids of the red flags a message raises, by a phrase held whole or a combination of
    `noticed_by`, the one that covers most of it first: what `ask` and `search` put first."""
    from neuroinfo.search.rank import matching_phrases

    folded = fold(text[:MAX_SIGN_CHARACTERS])
    if told_as_past(folded):
        return []
    read = without_what_it_is(text, folded)
    read = NO_LONGER.sub("cannot ", read)  # "I can no longer breathe" is "cannot breathe"
    urgent = matching_phrases(db, read, ("red_flags",)) if read else {}
    low = ("red_flags", "severe-hypoglycaemia")
    if low not in urgent and any(sign.search(folded) for sign in LOW_SIGNS):
        urgent[low] = LOW_TOLD_SHARE
    foot = ("red_flags", "diabetic-foot-attack")
    if foot not in urgent and FOOT_INFECTED.search(folded):
        urgent[foot] = LOW_TOLD_SHARE
    raised = [flag_id for _, flag_id in sorted(urgent, key=lambda key: -urgent[key])]
    if len(raised) < 2:
        return raised
    said = set(said_words(text))
    return sorted(raised, key=lambda flag: _behind(flag, raised, said))


# Which of two red flags comes first (only the order changes: every one raised is shown).
# Weakness in the legs and collapse are told in many emergencies: spreading weakness goes
# behind cauda equina ("no feeling round the bottom" with back pain), a faint or a low, and
# behind a stroke told of one side or of speech ("her left arm", "words are slurred"), not of
# both sides; a faint goes behind a low when the message speaks of diabetes, and the low
# behind the faint when it does not.
AHEAD_OF_WEAKNESS = frozenset({"cauda-equina", "fainting-danger-signs", "severe-hypoglycaemia"})
ONE_SIDED = frozenset("left right side slurred slurring slurry words speech".split())  # noqa: SIM905
DIABETES_WORDS = frozenset(
    "diabetic diabetes insulin gliclazide sugar sugars glucose hypo type1 type2 t1d t2d".split()  # noqa: SIM905
)


def _behind(flag: str, raised: list[str], said: set[str]) -> int:
    """1 when `flag` goes behind the others of the red flags `raised`, else 0; `said`: the
    message's words, as `said_words` reads them ("type 1" as "type1")."""
    if flag == "spreading-weakness":
        stroke = "stroke-fast" in raised and bool(said & ONE_SIDED) and "both" not in said
        return int(stroke or bool(set(raised) & AHEAD_OF_WEAKNESS))
    pair = ("fainting-danger-signs", "severe-hypoglycaemia")
    if flag not in pair or not set(pair) <= set(raised):
        return 0
    return int(flag == pair[0] if said & DIABETES_WORDS else flag == pair[1])


def said_words(query: str) -> list[str]:
    """The message's words as signs are read: folded, with a "doesn't" split by the folding
    at its apostrophe written whole again ("doesn t" -> "doesnt"), and "type 1" as "type1"."""
    said: list[str] = []
    for word in fold(query[:MAX_SIGN_CHARACTERS]).split():
        if word == "t" and said and said[-1].endswith("n"):
            said[-1] += "t"
        elif word in DIABETES_TYPES and said and said[-1] == "type":
            said[-1] = DIABETES_TYPES[word]
        else:
            said.append(word)
    return said


def denied_places(said: list[str]) -> set[int]:
    """The places of the words a denial goes before (see DENIALS), and of those listed after
    them with "or" ("no chest pain or palpitations")."""
    denied = set()
    for place, word in enumerate(said):
        if word == "back" and (
            (place + 1 < len(said) and said[place + 1] in NOT_THE_SPINE_AFTER)
            or (place > 0 and said[place - 1] in NOT_THE_SPINE_BEFORE)
        ):
            denied.add(place)
            continue
        if word == "now" and any(
            said[place + 1 : place + 1 + len(words)] == words for words in NOT_NOW
        ):
            denied.add(place)
            continue
        if word in HEALED:
            before = place - 1
            while before > 0 and said[before] in BEFORE_HEALED:
                before -= 1
            if before >= 0 and said[before] in WOUNDS:
                denied.add(before)
            continue
        after = place + 1
        if word in NOT_HAVING and after < len(said) and said[after] in HAVING:
            word, after = "no", after + 1
        if word not in DENIALS and word not in NOT:
            continue
        while True:
            while after < len(said) and said[after] in FILLERS:
                after += 1
            if after >= len(said) or after in denied:
                break  # (a list already denied from an earlier word: each is looked at once)
            if said[after] in MISSING_IS_A_SIGN | NOT_DENIED | DENIALS:
                break
            if word in NOT and said[after] not in DENIED_BY_NOT:
                break
            denied.add(after)
            listed = [n for n in range(after + 1, min(after + 4, len(said))) if said[n] == "or"]
            if not listed:
                break
            after = listed[0] + 1
    return denied


def signs_held(
    db: sqlite.Connection, said: list[str], denied: set[int], corrected: dict[str, str]
) -> dict[tuple[str, str], float]:
    """Red flags with a combination of `noticed_by` whose every group the message (its words,
    `said`) holds a word of, those words close together (in a long post, "blood thinner" at
    one end and "feet" at the other are not a bleeding foot), with the share of the message's
    words they make up. A word counts as typed and as any typo correction of it (a sign may
    be in no record); a word at a `denied` place does not count."""
    places: dict[str, list[int]] = {}
    for place, word in enumerate(said):
        if place in denied:
            continue
        for form in dict.fromkeys((word[:MAX_WORD_LENGTH], corrected.get(word, word))):
            places.setdefault(form, []).append(place)
    if not places:
        return {}
    forms = list(places)[:MAX_SIGN_WORDS]
    at: dict[str, list[int]] = {}
    for form, stem in zip(forms, stems(db, forms), strict=True):
        if stem:
            at.setdefault(stem, []).extend(places[form])
    if not at:
        return {}
    held: dict[tuple[str, int], tuple[int, dict[int, list[int]]]] = {}
    said_stems = list(at)
    for first in range(0, len(said_stems), STEMS_A_QUERY):  # SQLite takes so many at once
        chunk = said_stems[first : first + STEMS_A_QUERY]
        marks = ", ".join("?" * len(chunk))
        select = (
            f"SELECT stem, flag, combination, grp, groups FROM sign_words WHERE stem IN ({marks})"
        )
        for stem, flag, combination, grp, groups in db.execute(select, chunk):
            where = held.setdefault((flag, combination), (groups, {}))[1]
            where.setdefault(grp, []).extend(at[stem])
    found: dict[tuple[str, str], float] = {}
    content = sum(1 for word in said if word not in STOP_WORDS) or 1
    for (flag, _), (groups, where) in held.items():
        if len(where) == groups and close_together(list(where.values()), SIGN_SPAN):
            share = min(1.0, groups / content)
            found[("red_flags", flag)] = max(found.get(("red_flags", flag), 0.0), share)
    return found


def close_together(groups: list[list[int]], span: int) -> bool:
    """Whether a word of every group falls within `span` words: a window slid along the
    places of all the groups' words, in one pass however often a word recurs."""
    events = sorted((place, grp) for grp, places in enumerate(groups) for place in places)
    inside: dict[int, int] = {}
    first = 0
    for place, grp in events:
        inside[grp] = inside.get(grp, 0) + 1
        while place - events[first][0] >= span:
            old = events[first][1]
            inside[old] -= 1
            if not inside[old]:
                del inside[old]
            first += 1
        if len(inside) == len(groups):
            return True
    return False

"""Search and ask in people's own words: word forms, typos, stop words, partial matches,
emergencies, questions neuroinfo does not cover, the JSON shape and order, and a floor on
the rates over the project's own question set (bench/questions.yaml)."""

import json
import sys
from pathlib import Path

import pytest
from conftest import BENCH, Invoke, bench_questions, best_answer
from hypothesis import given, settings
from hypothesis import strategies as st

from neuroinfo import match
from neuroinfo.errors import UsageError
from neuroinfo.model import KnowledgeBase
from neuroinfo.search.ask import answer
from neuroinfo.search.text import content_words, fold, within_one_edit


def top(kb: KnowledgeBase, query: str, n: int = 3) -> list[str]:
    hits, _ = match.search(kb, query)
    return [f"{hit.kind}:{hit.record.id}" for hit in hits[:n]]


# ---------------------------------------------------------------- how words are read


def test_folding_spellings_and_negations() -> None:
    assert fold("Diarrhoea, OEDEMA & paraesthesia") == "diarrhea edema paresthesia"
    assert fold("colour of the nerve fibres; it's paralysed") == (
        "color of the nerve fibers it s paralyzed"
    )
    assert fold("I can't breathe, she won\u2019t wake up, unable to walk") == (
        "i cannot breathe she wont wake up cannot walk"
    )
    assert content_words("Why do my feet burn at night?") == ["feet", "burn", "night"]


@pytest.mark.parametrize(
    ("a", "b", "close"),
    [
        ("accupuncture", "acupuncture", True),  # one letter added
        ("numbess", "numbness", True),  # one dropped
        ("nueropathy", "neuropathy", True),  # two swapped
        ("tingeling", "tingling", True),
        ("neuropathy", "neuralgia", False),
        ("cost", "most", True),  # close, which is why short words are never corrected
    ],
)
def test_one_edit(a: str, b: str, close: bool) -> None:
    assert within_one_edit(a, b) is close


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("burning feet", "symptom:nerve-pain"),  # burn / burning
        ("my feet burn at night", "symptom:nerve-pain"),  # a phrase held in other words
        ("accupuncture", "topic:acupuncture"),  # a typo read as the word it stands for
        ("numbess in my toes", "symptom:numbness"),
        ("Diarrhoea at night", "symptom:bowel-problems"),  # British and American
        ("diarrhea at night", "symptom:bowel-problems"),
        ("what is the the of a", None),  # stop words only: a usage error
    ],
)
def test_word_forms_typos_variants_and_stop_words(
    kb: KnowledgeBase, query: str, expected: str | None
) -> None:
    if expected is None:
        with pytest.raises(UsageError, match="give some words to search for"):
            top(kb, query)
        return
    assert top(kb, query, 1) == [expected]


def test_word_forms_find_the_same_records(kb: KnowledgeBase) -> None:
    assert top(kb, "nerve", 5) == top(kb, "nerves", 5)
    assert top(kb, "burns", 5) == top(kb, "burning", 5) == top(kb, "burn", 5)


def test_stems_are_the_indexs_own_and_remembered_within_bounds(
    kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    from neuroinfo.search import rank

    monkeypatch.setattr(rank, "_STEMS", {})
    monkeypatch.setattr(rank, "MAX_STEMS", 4)
    texts = ["muscle cramps", "burning-feet", "", "numbness numb"]
    assert rank.stems(kb.db, texts) == ["muscl cramp", "burn feet", "", "numb numb"]
    assert rank._STEMS == {}  # five words would pass the bound: answered, not kept
    assert rank.stems(kb.db, ["cramps burning"]) == ["cramp burn"]
    assert rank._STEMS == {"cramps": "cramp", "burning": "burn"}
    assert rank.stems(kb.db, ["muscle weakness twitching"]) == ["muscl weak twitch"]
    assert set(rank._STEMS) == {"muscle", "weakness", "twitching"}  # full: started again
    monkeypatch.setattr(rank, "MAX_STEMS", 5)
    rank.stems(kb.db, ["burning feet"])
    # words already kept stay right when the new ones make the store start again
    assert rank.stems(kb.db, ["burning feet hands tingle night numb"]) == [
        "burn feet hand tingl night numb"
    ]


def test_typos_are_said_and_short_real_words_left_alone(kb: KnowledgeBase) -> None:
    _, ranking = match.search(kb, "accupuncture costs")
    assert ranking.corrected == {"accupuncture": "acupuncture"}
    _, ranking = match.search(kb, "heel cost mouth")
    assert ranking.corrected == {}  # not "feel", "most" or "south"
    # a typo keeps its first letter (found by a new user: "Read mother as other", "Read
    # crushing as brushing"); two first letters swapped are still read
    _, ranking = match.search(kb, "my mother has crushing pain")
    assert ranking.corrected == {}
    _, ranking = match.search(kb, "ncuropathy in my feet")
    assert ranking.corrected == {"ncuropathy": "neuropathy"}
    # two letters of a short word swapped are read as the word ("does it wrok" is "work"),
    # and the question is answered, not said to be out of scope
    _, ranking = match.search(kb, "acupunture for neuropathy does it wrok")
    assert ranking.corrected == {"acupunture": "acupuncture", "wrok": "work"}
    reply = answer(kb, "acupunture for neuropathy does it wrok")
    assert reply.covered and reply.best is not None
    assert reply.best.record.id == "research-confirms-benefit"


def test_a_partial_match_still_answers_and_says_so(invoke: Invoke) -> None:
    result = invoke("search", "pins", "zebra", columns=100)
    assert result.exit_code == 0
    out = result.stdout.splitlines()
    assert "Nothing matched: zebra" in out
    assert "No record holds every word; best matches for some of them." in out
    assert out[out.index("No record holds every word; best matches for some of them.") + 2].split()[
        :2
    ] == ["symptom", "tingling"]
    miss = invoke("search", "zebra", "stripes")
    assert (miss.exit_code, miss.stderr) == (1, "neuroinfo: nothing matches 'zebra stripes'\n")


def test_rare_words_weigh_more(kb: KnowledgeBase) -> None:
    # "acupuncture" is everywhere; "pneumothorax" is in one claim: that claim comes first.
    assert top(kb, "acupuncture pneumothorax", 1) == ["claim:safety-serious-harm"]


def test_a_whole_name_wins(kb: KnowledgeBase) -> None:
    assert top(kb, "foot drop", 1) == ["symptom:foot-drop"]
    assert top(kb, "dietzel", 1) == ["reference:dietzel-2023"]


# ---------------------------------------------------------------- the JSON


def test_search_json_keeps_its_shape_and_the_ranking_order(invoke: Invoke) -> None:
    hits = json.loads(invoke("search", "my feet burn at night", "--json").stdout)
    assert [sorted(hit) for hit in hits[:3]] == [["id", "kind", "name", "score", "verdict"]] * 3
    assert hits[0]["id"] == "nerve-pain"
    scores = [hit["score"] for hit in hits]
    assert scores == sorted(scores, reverse=True)
    claims = [hit for hit in hits if hit["kind"] == "claim"]
    assert all(hit["verdict"] for hit in claims)


# ---------------------------------------------------------------- ask


def test_ask_answers_first_then_where_to_read_on(invoke: Invoke) -> None:
    result = invoke("ask", "my feet burn at night", columns=100)
    assert result.exit_code == 0
    out = [line.strip() for line in result.stdout.splitlines()]
    assert out[0] == "my feet burn at night  question"
    best = out.index("Best match")
    assert out[best + 1] == "symptom  nerve-pain"
    assert out[best + 2].startswith("Nerve pain (burning, stabbing or shooting): Pain that comes")
    assert "Read it: neuroinfo symptom nerve-pain" in out
    assert out.index("Also see") > best
    assert out[-1].startswith("Information, not medical advice.")


@pytest.mark.parametrize(
    ("question", "best"),
    [
        ("my feet burn at night and I cannot sleep", "symptom  nerve-pain"),
        ("burning feet at night, can't sleep", "symptom  nerve-pain"),
        # ... even a symptom page that holds fewer of the question's words than the claim
        ("my chemo tingling is getting worse each cycle", "symptom  tingling"),
        # a word of treatment asks about acupuncture's claim
        ("does acupuncture help my feet burning at night", "claim  changes-chronic-pain"),
        ("can acupuncture help chemo tingling", "claim  cipn-symptoms"),
        # ... even where a symptom page matches about as well (found by a new user)
        (
            "im diabetic and my feet burn and tingle all the time does acupunture help",
            "claim  dpn-symptoms",
        ),
    ],
)
def test_a_question_that_names_no_treatment_gets_the_symptom_first(
    invoke: Invoke, question: str, best: str
) -> None:
    """A claim is what acupuncture is said to do: a person telling of a symptom, with no word
    of a treatment or its evidence, is answered with the symptom first."""
    out = [line.strip() for line in invoke("ask", *question.split()).stdout.splitlines()]
    assert out[out.index("Best match") + 1] == best


def test_urgent_advice_is_not_followed_by_what_neuroinfo_does_not_cover(invoke: Invoke) -> None:
    """An emergency asked beside a question on costs gets the urgent advice, then where to
    read on: never "neuroinfo does not cover that ... your insurer can" after it."""
    out = invoke("ask", "how much does acupuncture cost, my legs are getting weaker by the hour")
    assert out.exit_code == 0
    assert out.stdout.splitlines()[2] == "!! GET HELP AT ONCE"
    assert "does not cover" not in out.stdout and "insurer" not in out.stdout
    assert "\nAlso see\n" in out.stdout
    calm = invoke("ask", "how much does acupuncture cost").stdout
    assert "neuroinfo does not cover that." in calm  # a question on costs alone is told so


def test_ask_about_acupuncture_gives_the_graded_verdict(invoke: Invoke) -> None:
    out = [
        line.strip() for line in invoke("ask", "can acupuncture repair nerves").stdout.split("\n")
    ]
    best = out.index("Best match")
    assert out[best + 1 : best + 3] == [
        "claim  restores-nerve-damage",
        "○○○○ not enough evidence to grade",
    ]
    assert "Claim under test: “They also restore nerve damage.”" in out


@pytest.mark.parametrize(
    ("question", "flag"),
    [
        ("my dad's face is drooping and his speech is slurred", "stroke-fast"),
        ("I can't breathe and my legs are getting weaker by the hour", "spreading-weakness"),
        ("can't feel my legs and can't pee", "cauda-equina"),
        ("my wife is diabetic and won't wake up", "severe-hypoglycaemia"),
        ("fainted and my chest hurts", "fainting-danger-signs"),
        ("red hot swollen foot, I'm diabetic", "diabetic-foot-attack"),
    ],
)
def test_emergency_words_put_urgent_advice_on_top(
    invoke: Invoke, question: str, flag: str, kb: KnowledgeBase
) -> None:
    out = invoke("ask", question, columns=120).stdout.splitlines()
    assert out[2] == "!! GET HELP AT ONCE"
    assert out[3].startswith(" ! " + kb.red_flags[flag].title[:40])
    reply = json.loads(invoke("ask", question, "--json").stdout)
    assert reply["emergency"] is True
    assert reply["urgent"][0]["id"] == flag
    searched = invoke("search", question, columns=120).stdout.splitlines()
    assert "!! GET HELP AT ONCE" in searched[:4]  # search puts it first too


@pytest.mark.parametrize(
    "question",
    [
        "my feet tingle a bit in the evenings",
        "is numbness in the toes serious",
        "what points are used for numb feet",
        "does acupuncture help chemo neuropathy",
    ],
)
def test_no_alarm_without_emergency_words(kb: KnowledgeBase, question: str) -> None:
    assert answer(kb, question).red_flags == []


@pytest.mark.parametrize(
    "question",
    [
        "does my insurance pay for acupuncture",
        "how much gabapentin can I take",
        "acupuncture clinic near me",
        "I broke my wrist skiing, when does the cast come off",
        "acupuncture to quit smoking",
        "does acupuncture help with IVF",
        "how do I train to become a licensed acupuncturist",
        # two words for another condition, with "fever" in them (found by a blind question set)
        "does acupuncture help with hay fever",
        # a cure of the disease itself, not of its neuropathy (found by a new user's trial)
        "can acupuncture cure my diabetes",
        "will acupuncture get rid of my cancer",
        # a price without the word "cost", and an insurer by name (found by a blind set)
        "how much is one acupuncture session these days",
        "how much would a course of treatments set me back",
        "will aetna pay anything towards my acupuncture",
        "is acupuncture covered on the nhs",
        "where is the cheapest acupuncture around here",
        "can you get free acupuncture sessions anywhere",
        "how much is a course of 8 acupuncture sessions",
        # a dose asked by its amount, a practitioner by place, a pet (found by question sets)
        "is 300mg pregabalin twice a day too much",
        "whats the max gabapentin you can take in a day",
        "can i take 600mg pregabalin twice a day",
        "can anyone recommend a good acupuncturist in manchester",
        "good acupuncturist near Cork who knows about diabetes?",
        "my dog has arthritis in his hips and the vet suggested acupuncture",
        "low sugar birthday cake recipe for a diabetic child",
        # an insurer's cover as a verb, other conditions, pay, a dose changed, two medicines
        # together, a clinic asked for (found by a review of ask's answers)
        "does blue cross cover acupuncture",
        "acupuncture for knee arthritis does it work",
        "can acupuncture turn a breech baby",
        "acupuncture for plantar fasciitis heel pain",
        "my husband has parkinsons, can acupuncture help his tremor",
        "can acupuncture help my sciatica",
        "what does a acupuncturist earn a year",
        "can i up my pregabalin to 300mg",
        "is it ok to take ibuprofen with my blood pressure tablets",
        "can you recommend an acupuncture clinic in Leeds that deals with neuropathy",
        # a dose asked as normal or too high, "dose" no longer read as the word "does" (found
        # by a new user's trial)
        "is 150mg pregabalin twice a day a normal dose",
        "is my gabapentin dose too high at 900mg",
    ],
)
def test_questions_neuroinfo_does_not_cover_are_told_so(invoke: Invoke, question: str) -> None:
    result = invoke("ask", question, columns=100)
    assert result.exit_code == 0
    assert "neuroinfo does not cover that." in result.stdout
    reply = json.loads(invoke("ask", question, "--json").stdout)
    assert (reply["covered"], reply["answer"]) == (False, None)


@pytest.mark.parametrize(
    ("question", "kind", "record"),
    [
        # a long or oddly worded question answered by the search's best match, not told that
        # neuroinfo "does not cover that" (found by scoring ask's own answer on nine question
        # sets: 30% of the questions got no answer, most with the right record listed first)
        ("electric eels zapping down my shins in the night", "symptom", "nerve-pain"),
        ("pressure spot on the inner wrist that travel sickness bands press on", "point", "pc6"),
        # a kind of neuropathy named whole answers a long question, however little of it it
        # holds; a point asked for by where it lies (found by blind question sets)
        (
            "consultant wrote autonomic involvement on my letter. what does autonomic mean",
            "type",
            "autonomic",
        ),
        (
            "needles put in the webbing between my toes, what are those points called",
            "point",
            "ex-le10",
        ),
        # ... and by the ranking's first, not a later record holding more common words
        (
            "the neurologist's letter says sensorimotor polyneuropathy, what does that mean",
            "type",
            "combination",
        ),
        # a reference first only when it is named (found by a review of ask's answers)
        ("what causes peripheral neuropathy", "topic", "causes"),
        ("tell me about the ju 2017 cochrane review", "reference", "ju-2017"),
        # a point or a kind of neuropathy named whole, before the topic its other words match
        ("zusanli point location", "point", "st36"),
        ("LV3 location", "point", "lr3"),
        ("what does motor neuropathy mean", "type", "motor"),
        (
            "Why do acupuncture points have codes like ST36 and LV3? Is there an official map",
            "topic",
            "points",
        ),
        # a price, an insurer or a practitioner told in passing beside a question neuroinfo
        # answers (found by a review of ask's answers)
        ("acupuncturist in london used PC6 on my wrist, where is PC6", "point", "pc6"),
        (
            "my insurer pays for it so - does acupuncture help chemo induced neuropathy",
            "claim",
            "cipn-symptoms",
        ),
        (
            "i found a practitioner near me - what are the side effects of acupuncture",
            "claim",
            "safety-minor-effects",
        ),
        (
            "my Bupa policy covers 10 acupuncture sessions, would that be enough to help my "
            "burning feet",
            "topic",
            "sessions",  # how many sessions would do: the courses the trials gave
        ),
        # "killing me" tells how bad a pain is (found by a new user's trial: the claim on
        # serious harm was put first)
        (
            "this neuropathy is killing me lol, my feet are on fire, would acupuncture help",
            "claim",
            "dpn-symptoms",
        ),
        # ... and words of other conditions that are not ("hot weather", "below the knee")
        ("cant cope with hot weather anymore", "symptom", "heat-intolerance"),
        ("where is zu san li, is it below the knee", "point", "st36"),
        # a medicine or its dose told beside a symptom is no question about a dose
        ("I take 300 mg of gabapentin and still burn at night", "symptom", "nerve-pain"),
        ("my tablets dont help the tingling", "symptom", "tingling"),
        # the page on emergencies holds every red flag's words: a message telling of years
        # gone by, raising none and asking for no warning signs, gets what it tells of first
        (
            "had a stroke 6 yrs ago and now my feet tingle, could that be neuropathy instead",
            "symptom",
            "tingling",
        ),
        (
            "what warning signs of guillain barre should I look out for after my jab",
            "topic",
            "emergencies",
        ),
        # ... nor one got over ("fine now"), nor of weeks or a slow course (found by blind
        # question sets)
        (
            "had a bad hypo on sunday, my son gave me juice and im fine now, why did i not feel"
            " it coming",
            "symptom",
            "hypoglycaemia-unawareness",
        ),
        # two kinds of neuropathy named: one of them, not their combination
        ("motor or sensory neuropathy, what separates them", "type", "motor"),
        # a year is no citation unless a study is spoken of: "back in 2011" found a web page of
        # that year; the page on emergencies goes behind what answers, past a reference
        (
            "had guillain barre back in 2009, got my strength back but my toes stayed numb,"
            " is that normal long term",
            "symptom",
            "numbness",
        ),
        ("go all grey and swimmy when i get up off the sofa", "symptom", "dizziness-on-standing"),
        ("my resting pulse sits around 100 even sitting still", "symptom", "heartbeat-changes"),
        (
            "my partner has trouble getting hard since his diabetes got worse",
            "symptom",
            "sexual-problems",
        ),
    ],
)
def test_a_question_is_answered_by_the_search_s_best_match(
    invoke: Invoke, question: str, kind: str, record: str
) -> None:
    assert best_answer(invoke, question) == (kind, record)


@pytest.mark.parametrize("question", ["feeble", "so feeble"])
def test_a_told_symptom_word_no_record_holds_is_answered_cleanly(
    invoke: Invoke, question: str
) -> None:
    """Found by a review: a word of the told-symptom list that no record holds left no hit
    at all, and ask read the first of none (a traceback)."""
    result = invoke("ask", *question.split())
    assert result.exit_code == 0
    assert "No record answers this question well enough to put first." in result.stdout


def test_high_dose_chemotherapy_is_no_question_about_a_dose(kb: KnowledgeBase) -> None:
    reply = answer(
        kb, "I had high dose chemotherapy and now my feet are numb, can acupuncture help"
    )
    assert reply.covered and not reply.elsewhere


def test_the_ends_of_contractions_are_not_words_that_matched_nothing(invoke: Invoke) -> None:
    """Found by a new user: "I've" was read as "i ve", and "Nothing matched: ve" shown."""
    out = invoke("ask", "I've had neuropathy for years and we'll try anything", columns=100)
    assert "Nothing matched" not in out.stdout


def test_a_question_no_record_answers_well_is_not_told_it_is_out_of_scope(
    invoke: Invoke,
) -> None:
    """A question neuroinfo may cover but no record answers well enough gets the nearest
    records, not "does not cover that ... your insurer can" (kept for costs, doses and the
    like); one word matched weakly ("weather") is no answer."""
    result = invoke("ask", "the weather in spain is nice", columns=100)
    assert result.exit_code == 0
    assert "No record answers this question well enough to put first." in result.stdout
    assert "does not cover" not in result.stdout
    reply = json.loads(invoke("ask", "the weather in spain is nice", "--json").stdout)
    assert (reply["covered"], reply["answer"]) == (False, None)


def test_the_crisis_pattern_is_searched_only_when_it_could_match() -> None:
    """Its words gate the search of CRISIS: on every message of the bench sets and every
    crisis case, the gated reading is the pattern's own."""

    import yaml

    from neuroinfo.search.ask import CRISIS, tells_of_crisis
    from neuroinfo.search.text import fold

    whole = CRISIS
    # the shortest message of each idiom, so a word missing from the gate shows
    idioms = [
        "kill myself",
        "ending my life",
        "end it all",
        "take my own life",
        "suicidal",
        "self harm",
        "harming myself",
        "i want to die",
        "rather be dead",
        "wish i was dead",
        "not worth living",
        "dont want to live",
        "dont want to be alive",
        "dont want to exist",
        "dont want to be here",
        "dont want to go on",
        "dont want to wake up",
        "no reason to live",
        "no point carrying on",
        "want it all to be over",
        "wish it would end",
        "it would all end",
        "make it all stop for good",
        "ready to end things",
        "thinking of not waking up",
        "thinking about not being here",
        "whats the point of life",
        "cant go on like this",
        "life isnt worth it",
        "happier without me",
        "easier if i was gone",
        "nobody would notice if i wasnt around",
        "would anyone care if i wasnt here",
        "would they miss me if i wasnt here",
        "done with life",
        "tired of life",
        "had enough of life",
        "dont want to be around anymore",
        "disappear forever",
        "sleep and never wake up",
        "hope i dont wake up",
        "want to sleep forever",
        "took all my pills at once",
        "swallow the whole lot of my tablets together",
        "going to swallow them all",
        "thinking of taking the lot",
        "planning to overdose",
        "hurting myself",
        "thinking about taking all my pills",
        "hoarding my tablets",
        "stockpiling my meds",
        "would miss me if i was gone",
        "there s no way out",
        "i feel hopeless",
        "she wants to die",
        "killing himself",
        "the point of waking up",
        "saving up my gabapentin",
        "says he will take all his pills",
        "lethal dose",
        "how many would it take to not wake up",
        "if i sleep and dont wake up",
        "wants to sleep forever",
        "finish my life",
        "cutting my wrists",
        "driving my car into",
        "driving into a tree",
        "driving my car off",
        "writing a goodbye letter",
        "taking all my insulin at once",
        "cant see any reason to keep living",
        "whats the point anymore",
        "wrote letters to my kids",
        "jumping off a bridge",
        "a rope in the garage",
        "said goodbye to everyone",
        "kms",
        "been cutting again",
        "if i wasnt here anymore",
        "make sure i dont wake up",
        "hoarding his oramorph",
        "no point me carrying on",
        "letting it all end",
        "let go of everything for good",
        "i wont be a burden much longer",
        "wont have to put up with me much longer",
        "better off if i wasnt around",
        "dont see myself being around by christmas",
        "thinking how easy it would be",
        "how simple it would be to step off",
        "want to stop existing",
        "will be the last lot i need ill make sure of it",
        "been cutting myself",
        "cut my legs to see if",
        "slicing my arms",
        "cut my wrists with a razor",
        "burnt my arms with a lighter",
        "how many pills would kill me",
        "wrote letters to her kids",
        "letter for my son to open after im gone",
        "wont be needing them where im going",
        "collecting my tablets in a drawer for when the pain",
        "long drop off a bridge",
        "i not want to live",
        "think how to finish it",
        "writing letters to the kids",
        "not intend to be a burden much longer",
        "want it all to stop for good",
        "feel like giving up",
        "i have the means at hand",
    ]
    for idiom in idioms:
        assert whole.search(fold(idiom)) is not None, idiom
    messages = idioms + [question for question, _ in CRISIS_CASES]
    for name in ("emergencies.yaml", "questions.yaml"):
        sets = yaml.safe_load((BENCH / name).read_text(encoding="utf-8"))
        messages += [item["q"] for items in sets.values() for item in items]
    assert len(messages) > 700
    for message in messages:
        folded = fold(message)
        assert tells_of_crisis(folded) is (whole.search(folded) is not None), message


def test_ask_json_shape(invoke: Invoke) -> None:
    reply = json.loads(invoke("ask", "accupuncture for numb feet", "--json").stdout)
    assert list(reply) == [
        "question",
        "covered",
        "emergency",
        "urgent",
        "crisis",
        "caution",
        "answer",
        "also",
        "read_as",
        "unmatched",
    ]
    assert reply["read_as"] == {"accupuncture": "acupuncture"}
    assert reply["answer"]["command"].startswith("neuroinfo ")
    assert len(reply["also"]) <= 4


def test_ask_as_markdown_and_from_the_fast_path(invoke: Invoke, tmp_path: Path) -> None:
    import subprocess

    text = invoke("ask", "my feet burn at night", "--format", "markdown").stdout
    assert text.startswith("# my feet burn at night\n")
    assert "## Best match" in text and "## Also see" in text
    binary = Path(sys.executable).parent / "neuroinfo"
    fast = subprocess.run(
        [str(binary), "ask", "my", "feet", "burn", "at", "night"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PATH": "/usr/bin:/bin", "COLUMNS": "80", "HOME": str(tmp_path)},
    )
    assert fast.returncode == 0 and "symptom  nerve-pain" in fast.stdout


@given(st.text(max_size=300))
@settings(max_examples=60, deadline=None)
def test_any_text_is_answered_or_refused_cleanly(text: str) -> None:
    from neuroinfo.load import load

    kb = load()
    try:
        reply = answer(kb, text)
    except UsageError:
        return
    assert reply.best is None or reply.covered


# ---------------------------------------------------------------- the question set


PINNED = {
    "my feet burn at night": "symptom:nerve-pain",
    "can acupuncture repair nerves": "claim:restores-nerve-damage",
    "is acupuncture safe if I'm on blood thinners": "topic:safety",
    "feel like I'm walking on cotton wool": "symptom:numbness",
    "does acupuncture help chemo neuropathy": "claim:cipn-symptoms",
    "dizzy when I stand up": "symptom:dizziness-on-standing",
}


@pytest.mark.parametrize(("question", "expected"), PINNED.items())
def test_pinned_questions(kb: KnowledgeBase, question: str, expected: str) -> None:
    assert top(kb, question, 1) == [expected]


def test_the_question_set_stays_above_its_floor(kb: KnowledgeBase) -> None:
    import yaml

    sets = yaml.safe_load((BENCH / "questions.yaml").read_text(encoding="utf-8"))
    for name, items in sets.items():
        rates = bench_questions().score(kb, items, verbose=False)
        assert rates["top-3"] >= 0.9, (name, rates)
        assert rates["ask right"] >= 0.75, (name, rates)
        assert rates["emergencies"] >= 0.6, (name, rates)
        assert rates["false alarms"] <= 0.05, (name, rates)


def test_large_data_takes_candidates_from_rare_words(
    kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past LARGE records only the records holding a query's rare words are ranked; the
    best answer stays the same (here the bundled data is made to count as large)."""
    from neuroinfo.search import rank as ranking

    query = "burning pain in my feet at night"
    before = [h.id for h in ranking.rank(kb.db, query).hits[:3]]
    monkeypatch.setattr(ranking, "LARGE", 10)
    monkeypatch.setattr(ranking, "CANDIDATES", 15)
    words = ["burning", "pain", "feet", "night"]
    holding = dict(zip(words, ranking._holding(kb.db, words, ranking.Lookups()), strict=True))
    assert ranking._rare(words, holding, ranking._count(kb.db)) == (["burning", "night"], False)
    rare_only = {"burning": 1, "night": 2}
    assert ranking._rare(list(rare_only), rare_only, ranking._count(kb.db)) == ([], False)
    after = [h.id for h in ranking.rank(kb.db, query).hits[:3]]
    assert after[0] == before[0] == "nerve-pain"


def test_lookups_kept_across_queries_change_no_answer(kb: KnowledgeBase) -> None:
    """What check keeps from one sentence to the next gives the answers asked afresh."""
    from neuroinfo.search import rank as ranking

    queries = [
        "acupuncture eases burning feet",
        "accupuncture for numbess",
        "my feet burn at night",
        "acupuncture regrows nerves",
        "side effects of needles are mild",
    ]
    kept = ranking.Lookups()
    for query in queries * 2:
        assert ranking.rank(kb.db, query, ("claims",), kept) == ranking.rank(
            kb.db, query, ("claims",)
        )
        assert ranking.rank(kb.db, query, None, kept) == ranking.rank(kb.db, query)
        assert ranking.matching_phrases(kb.db, query, ("claims",), kept) == (
            ranking.matching_phrases(kb.db, query, ("claims",))
        )
    assert kept.corrections["accupuncture"] == "acupuncture"
    assert kept.postings and kept.holding and kept.phrases and kept.ranges and kept.owned


@pytest.mark.parametrize("dense", [1, 4, 10_000])
def test_rows_among_candidates_are_the_same_read_as_a_range_or_one_by_one(
    kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch, dense: int
) -> None:
    """FTS5 is asked for candidates by range or by single rowid, never `rowid IN`, which
    it runs as the whole match once per value; the rows are the same either way."""
    from neuroinfo.search import rank as ranking

    monkeypatch.setattr(ranking, "DENSE", dense)
    every = dict(kb.db.execute("SELECT rowid, id FROM search WHERE search MATCH '\"feet\"'"))
    chosen = sorted(every)[::3]
    for asked in (chosen, [*chosen, 10**9]):  # a rowid far off, held by no record
        rows = ranking._among(kb.db, "SELECT rowid, id FROM search", '"feet"', asked)
        assert rows == [(r, every[r]) for r in chosen]


def test_large_data_with_only_common_words_keeps_the_record_the_query_names(
    kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When every word is common, the candidates include the first records holding them in
    their names (here the symptom Numbness, the fifth record holding the word), and the
    best of the candidates by BM25 are kept."""
    from neuroinfo.search import rank as ranking

    monkeypatch.setattr(ranking, "LARGE", 10)
    monkeypatch.setattr(ranking, "CANDIDATES", 3)
    monkeypatch.setattr(ranking, "RARE_SHARE", 0.0)
    holding = {"numbness": ranking._holding(kb.db, ["numbness"], ranking.Lookups())[0]}
    assert ranking._rare(["numbness"], holding, ranking._count(kb.db)) == ([], True)
    first = [r for (r,) in kb.db.execute("SELECT rowid FROM search WHERE search MATCH 'numbness'")]
    found = ranking._bm25(kb.db, ["numbness"], None, [], True)
    assert len(found) == 3
    assert ("symptoms", "numbness") in {(kind, i) for _, kind, i in found.values()}
    assert first.index(12) >= 3  # not among the first three records that hold the word
    assert [h.id for h in ranking.rank(kb.db, "numbness").hits[:1]] == ["numbness"]


@pytest.mark.parametrize(
    ("runs", "table"), [("phrase_kinds", "phrase_owner"), ("search_kinds", "search")]
)
def test_each_kinds_phrases_and_records_are_one_run_of_rowids(
    kb: KnowledgeBase, runs: str, table: str
) -> None:
    found = dict(
        ((kind, (low, high)) for kind, low, high in kb.db.execute(f"SELECT * FROM {runs}"))
    )
    every = kb.db.execute(f"SELECT kind, min(rowid), max(rowid) FROM {table} GROUP BY kind")
    kinds = set()
    for kind, low, high in every:
        kinds.add(kind)
        assert found[kind] == (low, high)
        inside = kb.db.execute(
            f"SELECT count(*) FROM {table} WHERE rowid BETWEEN ? AND ? AND kind != ?",
            (low, high, kind),
        ).fetchone()
        assert inside == (0,)
    assert set(found) == kinds


def test_a_kind_named_twice_counts_once(kb: KnowledgeBase) -> None:
    from neuroinfo.search.rank import matching_phrases

    question = "my face is drooping and my speech is slurred"
    once = matching_phrases(kb.db, question, ("red_flags",))
    assert once and max(once.values()) <= 1.0
    assert matching_phrases(kb.db, question, ("red_flags", "red_flags")) == once


@pytest.mark.parametrize(
    "question",
    [
        "is acupuncture safe when pregnant",
        "acupuncture while pregnant",  # the safety page covers pregnancy
        "does losing weight help diabetic neuropathy",
        "can smoking make my numb feet worse",
    ],
)
def test_other_uses_of_acupuncture_asked_with_neuropathy_are_answered(
    kb: KnowledgeBase, question: str
) -> None:
    assert answer(kb, question).covered is True


def test_a_question_of_only_left_out_words_says_what_to_ask(invoke: Invoke) -> None:
    """'ask what does it do' said "give some words to search for", though words were given:
    it now says which words are left out and what to ask instead (exit 2, as before)."""
    result = invoke("ask", "what", "does", "it", "do")
    assert (result.exit_code, result.stdout) == (2, "")
    assert result.stderr == (
        "neuroinfo: 'what does it do' holds no word neuroinfo can look up (single letters,"
        " numbers on their own and words such as 'what', 'it' and 'do' are left out); name a"
        " symptom or a treatment, for example: neuroinfo ask does acupuncture help numbness\n"
    )


@pytest.mark.parametrize("words", [["x"], ["14"], ["what", "is", "x"], ["2", "3"], ["?", "7"]])
def test_a_question_of_one_letter_or_a_number_is_not_answered(
    invoke: Invoke, words: list[str]
) -> None:
    """'ask x' showed a reference as the best match (a letter of its DOI), 'ask 14' a claim
    (a figure in it): a question with no word of two letters is no question to answer."""
    result = invoke("ask", *words)
    assert (result.exit_code, result.stdout) == (2, "")
    assert "holds no word neuroinfo can look up" in result.stderr


@pytest.mark.parametrize("question", ["b12 and neuropathy", "is 10 sessions of acupuncture enough"])
def test_a_question_with_a_number_and_a_word_is_answered(kb: KnowledgeBase, question: str) -> None:
    assert answer(kb, question).best is not None


@pytest.mark.parametrize(
    ("question", "caution"),
    [
        ("can i stop my gabapentin if acupuncture works", True),
        ("can i stop taking my pain meds and just do acupuncture", True),
        ("should I come off chemo and try acupuncture instead", True),
        ("i was thinking of stoping my gabapentin and trying acupunture instead", True),  # typo
        # the medicine named before "it" (found by a new user)
        ("i take metformin, can i stop it if acupuncture works", True),
        ("im on duloxetine, can acupuncture replace it", True),
        ("my feet burn, i take gabapentin, will acupuncture stop it", False),
        ("can acupuncture stop the burning in my feet", False),
        ("does acupuncture help numb feet", False),
    ],
)
def test_a_question_on_stopping_a_treatment_gets_the_caution_first(
    invoke: Invoke, question: str, caution: bool
) -> None:
    """Found by a new user: "can i stop my gabapentin if acupuncture works" was answered with
    a page on autonomic neuropathy and no word of care; check says it of such advice."""
    out = invoke("ask", *question.split()).stdout.splitlines()
    said = "Take care: Do not stop or change a treatment your doctor prescribed without"
    assert (out[2] == said) is caution
    reply = json.loads(invoke("ask", *question.split(), "--json").stdout)
    assert (reply["caution"] is not None) is caution


def test_words_of_hearsay_do_not_make_a_question_unanswerable(kb: KnowledgeBase) -> None:
    """Found by a new user: with "heard" (a word of no topic) and one typo ("nite") unmatched,
    this question's best match fell under the share an answer needs: "does not cover that"."""
    question = (
        "my feet are burning like fire at nite cant sleep, im type 2 diabetic, heard"
        " acupuncture can fix nerves is that true"
    )
    reply = answer(kb, question)
    assert reply.covered is True
    assert reply.best is not None and reply.best.record.id == "dpn-symptoms"


CRISIS_CASES = [
    ("the burning is so bad i dont want to live anymore", True),
    ("nerve pain so bad i want to kill myself", True),
    ("some days I think I'd be better off dead", True),
    ("I keep thinking about suicide because of the pain", True),
    # ... and the idioms it is told in (found by a new user's trial)
    ("i cant take this anymore, i just want it all to end", True),
    ("most days i dont see the point in going on like this", True),
    ("been thinking of ending it, nothing touches the burning", True),
    ("my family would be better off without me", True),
    ("whats the point of life with feet like these", True),
    ("I'd like to go to sleep and never wake up", True),
    ("I've saved up my gabapentin and I'm thinking of taking the lot", True),
    ("I can't do this anymore, I'm done with life", True),
    ("nobody would even notice if I wasn't around anymore", True),
    ("I keep thinking about how to make it all stop for good", True),
    ("I wish it would all just end", True),
    ("I want to end it, I can't live with this pain", True),
    # (found by a review)
    ("what's the point of carrying on with acupuncture if it hasn't helped", False),
    ("I want everything to stop tingling, what helps", False),
    ("i'm thinking of ending it with my acupuncturist, she's never on time", False),
    # (found by a second review)
    ("I can't go on like this anymore, nothing helps my feet", True),
    ("thinking about taking them all tonight", True),
    ("there's no point carrying on", True),
    ("life isn't worth it anymore", True),
    ("i hope i just don't wake up tomorrow", True),
    ("I am planning to overdose on my pregabalin", True),
    ("I'm ready to end things", True),
    ("had enough of life with this pain", True),
    ("i don't want to be around anymore", True),
    ("I'd be better off gone", True),
    ("I hope it will end when chemo finishes", False),
    ("after acupuncture i feel so relaxed i could sleep forever", False),
    ("what's the point of going on with b12 injections if the numbness stays", False),
    ("i'm not done with life yet, can acupuncture help me walk again", False),
    # "life with" is still life (found by a review); "living with" a pain is how it is borne
    ("I'm tired of life with this pain", True),
    ("I'm tired of living with this tingling, what else can I try", False),
    # (found by a third new user's trial)
    ("i want to hurt myself", True),
    ("sometimes I think about taking all my tablets", True),
    ("ive been saving up my pregabalin tablets in case the pain gets too much", True),
    ("nobody would miss me if i was gone, the pain is unbearable", True),
    ("i feel hopeless, the burning never stops and i see no way out", True),
    ("will the needles hurt, my feet hurt enough already", False),
    # plans, means and goodbyes, and a carer's word (found by a safety check)
    ("been stockpiling my pregabalin in case it gets worse", True),
    ("my dad says he wants to kill himself because of his feet", True),
    ("what is the lethal dose of amitriptyline", True),
    ("keep thinking about jumping off the bridge on my way home", True),
    ("started cutting my arms again, the foot pain is too much", True),
    ("said goodbye to my kids tonight", True),
    ("there is a rope in the shed and i keep thinking about it", True),
    ("kms this burning never stops", True),
    # (found by a review of ask's answers)
    ("I'm writing a goodbye letter to my family, the pain has won", True),
    ("thinking about driving my car off the bridge, so tired of the burning feet", True),
    # (found by a fourth new user's trial)
    ("thinking of taking all my amitriptyline at once", True),
    ("i cant see any reason to keep living like this with my feet on fire every night", True),
    ("what's the point anymore, 8 years of neuropathy and nothing helps", True),
    ("what's the point of acupuncture anymore if it didnt work", False),
    # ... and in a blind safety set
    ("I keep thinking about just driving into a tree on the way home, the pain has won", True),
    ("I've written letters to my kids and sorted out the paperwork so she won't have to", True),
    ("my neighbour's car skidded into a tree last winter", False),
    ("I cut myself on a nail and I'm diabetic, should I worry", False),
    ("i just want this pain to end", False),
    ("is there any point in trying acupuncture", False),
    ("thinking about ending my gabapentin", False),
    ("am i going to die from neuropathy", False),
    ("my feet are killing me", False),
    ("I cut myself on a nail and I'm diabetic", False),
    # ... told slantwise (found by a second blind safety set)
    ("on dialysis and some nights I think about skipping it and letting it all end", True),
    ("mum keeps saying she won't be a burden to us much longer, her feet are agony", True),
    ("the kids would be better off if I wasn't around, this pain never lets up", True),
    ("every night on the bridge I find myself thinking how easy it would be", True),
    ("told the chemist this'll be the last box of pregabalin I need, I'll make sure of it", True),
    ("I've been cutting my legs to see if I can still feel them", True),
    ("how many of my gabapentin would it take to kill me", True),
    ("my husband wrote letters to his children and put his affairs in order", True),
    ("I keep cutting my feet on shells at the beach without noticing", False),
    ("I burnt my feet on a hot water bottle and never felt it", False),
    ("thinking how easy it would be to book online instead", False),
    ("this is the last box I need, the course finishes friday", False),
    ("let the session end early because the needles hurt", False),
    # (found by a third blind safety set)
    ("I've been cutting again because the burning in my feet is too much", True),
    ("sometimes I think everything would stop if I wasn't here anymore", True),
    ("he told the night nurse he'll make sure he doesn't wake up tomorrow", True),
    ("found out she has been hoarding her oramorph in a drawer", True),
    ("honestly no point me carrying on with feet like this", True),
    ("I'm cutting back again on sugar for my feet", False),
    ("the carers make sure she doesn't wake up in pain by giving her meds at ten", False),
    # ... and their look-alikes (found by a review of the rules)
    ("don't want this acupuncture course to let it all end in tears", False),
    ("the disability paperwork won't be a burden much longer, then I can rest", False),
    ("looked at the booking page and thought how easy it would be to just book online", False),
    ("hopefully the last box of plasters I'll ever need now my heel has healed", False),
    ("I've been cutting my toes while trimming my nails because I can't feel them", False),
    ("how many sessions will kill me financially at 60 pounds each", False),
    ("she wrote letters to her kids about our holiday in Wales", False),
    ("my type 1 son is fitting in well at his new school", False),
    # (found by a fourth blind safety set)
    ("keep thinking of a long drop off the bridge on my way home", True),
    ("he not want to live more, every night the burning", True),
    ("I keep thinking how to finish it tonight", True),
    ("my dad has been writing letters to the kids and giving his tools away", True),
    ("I do not intend to be a burden to anyone, and I have the means at hand", True),
    ("sorting out who feeds the cat while I'm in hospital for my foot op", False),
    ("I wrote letters to the kids about the holiday plans", False),
    # ... and their look-alikes (found by a review of the day's change)
    ("which bridge is the highest in Scotland, I want to walk it", False),
    ("I nearly went over on my ankle in the shower", False),
    ("decided today is the day I finally book an acupuncture session", False),
    ("how much gabapentin does it take to kill the nerve pain", False),
    ("I'm not going to be a burden on my daughter so I'm looking at a care home", False),
    ("i not want to go on gabapentin, is acupuncture better", False),
    ("thinking how to end things with my acupuncturist politely", False),
    ("there's no point me going on the waiting list again", False),
    ("I don't see myself being around for the 3pm appointment, can I rebook", False),
    ("I sliced my leg open on the bedframe", False),
    ("we had to give her dog away when she moved into the home", False),
    ("how do I make sure she doesn't wake up the baby", False),
    ("I won't be in the way much longer, the decorators finish on Friday", False),
    ("I'm putting my pills aside for when we travel to Spain", False),
    ("I've decided tonight is the night, all my pregabalin is lined up", True),
    ("I'm going to take every tablet in the house", True),
    ("stood on the railway bridge last night and nearly went over", True),
    ("dad won't be a problem for the carers much longer, his walking frame arrives monday", False),
    # (found by a new user's trial)
    ("its 3am again, feet on fire, i just want it all to stop for good", True),
    ("i feel like giving up", True),
    ("I feel like giving up sugar for good", False),
]


@pytest.mark.parametrize(("question", "crisis"), CRISIS_CASES)
def test_a_question_that_tells_of_wanting_to_die_gets_where_help_is_first(
    invoke: Invoke, question: str, crisis: bool
) -> None:
    """Found by a new user: "i dont want to live anymore" was told neuroinfo does not cover
    that, and to ask an insurer."""
    out = invoke("ask", question, columns=100).stdout.splitlines()
    said = out[2:4] == [
        "!! GET HELP AT ONCE",
        " ! Thoughts of ending your life or of harming yourself",
    ]
    assert said is crisis
    if crisis:  # never "ask your insurer" after it
        assert "neuroinfo does not cover that." not in "\n".join(out)
    reply = json.loads(invoke("ask", question, "--json").stdout)
    assert (reply["crisis"] is not None) is crisis
    if crisis:
        assert reply["emergency"] is True
        assert "call your emergency number, such as 999, 112 or 911" in reply["crisis"]


@pytest.mark.parametrize(
    ("question", "best"),
    [
        # words it cannot read left no match the share an answer needs (found by a new user)
        ("my feet burnin n tinglin like crazy at nite cant sleep", {"nerve-pain", "tingling"}),
        ("pins n needles in me toes every nite", {"tingling"}),
        # "normal" is how it is asked, not what: it matched the page on sweating
        ("is it normal to have numbness in feet at night", {"numbness"}),
    ],
)
def test_a_symptom_told_in_garbled_or_framed_words_is_answered(
    kb: KnowledgeBase, question: str, best: set[str]
) -> None:
    reply = answer(kb, question)
    assert reply.covered and reply.best is not None
    assert (reply.best.kind, reply.best.record.id in best) == ("symptom", True)


@pytest.mark.parametrize(
    ("question", "best"),
    [
        # found by a new user: an acupuncture claim ("24.7 points better") led the answer
        ("whats the best treatment for diabetic nerve pain", ("symptom", "nerve-pain")),
        ("does anything help numb feet", ("symptom", "numbness")),
        ("does acupuncture help numb feet", ("claim", "treats-sensory-symptoms")),
    ],
)
def test_a_claim_about_acupuncture_leads_only_where_the_question_names_it(
    kb: KnowledgeBase, question: str, best: tuple[str, str]
) -> None:
    reply = answer(kb, question)
    assert reply.best is not None
    assert (reply.best.kind, reply.best.record.id) == best


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        # "worth" matched the sexual problems page, whose advice says "worth looking into"
        ("is acupuncture worth it", "acupuncture"),
        ("is acupuncture worth it for neuropathy", "acupuncture"),
        ("is acupuncture worth a go or is it a waste of money", "acupuncture"),
        ("is acupuncture a scam", "acupuncture"),
        # asked often and answered by nothing before: the side effects' claim came first
        ("how many sessions of acupuncture will I need for my neuropathy", "sessions"),
        ("how long before acupuncture starts working on numb feet", "sessions"),
        ("my acupuncturist wants 20 sessions is that normal", "sessions"),
        ("do the effects last after you stop the needles", "sessions"),
        ("how many treatments did the trials use", "sessions"),
    ],
)
def test_a_question_on_what_a_topic_tells_is_answered_by_it(
    kb: KnowledgeBase, question: str, topic: str
) -> None:
    reply = answer(kb, question)
    assert reply.covered and reply.best is not None
    assert (reply.best.kind, reply.best.record.id) == ("topic", topic)


def test_the_sessions_page_gives_each_trial_s_course_with_its_reference(invoke: Invoke) -> None:
    out = " ".join(invoke("about", "sessions", columns=100).stdout.split())
    for said in (
        "12 treatments over 8 weeks on top of routine care (Dietzel 2023, Hoerder 2023)",
        "18 sessions over 8 weeks (Lu 2020)",
        "10 electroacupuncture treatments over 8 weeks (NCT04917796; no results",
        "by week 16 it had risen 1.62 points more with electroacupuncture than with sham",
        "2.2 points lower on a 0 to 10 scale than with routine care alone at week 16",
        "so expectation may explain part of that difference.",
        "Hoerder S, Habermann IV, Hahn K, et al. (2023).",
        "Information, not medical advice.",
    ):
        assert said in out


@pytest.mark.parametrize(
    ("question", "claim"),
    [
        # found by a new user: two typos and three words of no topic left no match the share an
        # answer needs ("does not cover that")
        (
            "ive got type 2 diabetis and my feet burn and tingle like crazy at nite, my"
            " neighbour said acupunture fixed hers, will it work for me",
            "dpn-symptoms",
        ),
        (
            "my mums fingers went numb from the chemo n her mate swears acupunture sorted"
            " hers out, worth a try??",
            "cipn-symptoms",
        ),
    ],
)
def test_a_garbled_question_on_acupuncture_for_a_symptom_is_answered_by_its_claim(
    kb: KnowledgeBase, question: str, claim: str
) -> None:
    reply = answer(kb, question)
    assert reply.covered and reply.best is not None
    assert (reply.best.kind, reply.best.record.id) == ("claim", claim)


@pytest.mark.parametrize(
    "question",
    [
        "my dog has arthritis, is acupuncture worth it",
        "will acupuncture help my dogs hips, the vet says it works",
    ],
)
def test_a_question_on_acupuncture_for_something_else_is_not_answered_by_a_claim(
    kb: KnowledgeBase, question: str
) -> None:
    """The claim a garbled question falls back on is for one that tells of neuropathy."""
    reply = answer(kb, question)
    assert (reply.covered, reply.best) == (False, None)


@pytest.mark.parametrize(
    "question",
    [
        "when should I go to A&E with my neuropathy",
        "what warning signs mean I go to a&e",
        # ... and "the ED" the emergency department, where "ED" alone is erectile dysfunction
        "what symptoms mean I should go to the ED",
    ],
)
def test_a_and_e_is_read_as_the_emergency_department(invoke: Invoke, question: str) -> None:
    """ "A&E" is two letters once its "&" is dropped (found by a blind question set)."""
    assert best_answer(invoke, question) == ("topic", "emergencies")


def test_anymore_is_no_word_to_match_on(invoke: Invoke) -> None:
    """Found by a review: "anymore" in a question about balance found the page on sweating
    ("don't sweat anymore") and a phrase of sexual problems."""
    assert best_answer(invoke, "I can't stay steady on my feet anymore") == (
        "symptom",
        "balance-problems",
    )


def test_whether_acupuncture_can_make_neuropathy_worse_is_a_safety_question(
    invoke: Invoke,
) -> None:
    """Found by a new user's trial: it was answered by the page of emergencies."""
    assert best_answer(invoke, "could needles make my neuropathy worse") == (
        "topic",
        "safety",
    )


def test_a_cure_of_the_neuropathy_is_still_answered(kb: KnowledgeBase) -> None:
    for question in [
        "can acupuncture cure diabetic neuropathy",
        "can it reverse my diabetes nerve damage",
        # "how much" that asks about an effect, not a price, and "covered" in blisters (found
        # by a review)
        "how much does acupuncture help numbness after chemo",
        "how much do the treatments hurt",
        "how much would a few sessions improve tingling",
        "my feet are covered in blisters I didn't feel",
        "what's the cheapest way to find out if acupuncture is right for my neuropathy",
        # (found by a second review)
        "how much does a session of acupuncture actually change the numbness",
        "how much does one session do",
        "is chemo neuropathy covered by the claims here",
    ]:
        assert answer(kb, question).covered is True, question


@pytest.mark.parametrize(
    ("question", "record"),
    [
        ("i leak a bit of wee when i sneeze, could it be my nerves", "bladder-problems"),
        ("bread goes down slowly and i have to chew for ages", "trouble-swallowing"),
        # ... and more, in the words people use (found by a blind question set)
        ("i never feel the urge to pee until it's urgent, type 2", "bladder-problems"),
        ("stuffed after a few mouthfuls of dinner every night, diabetic", "digestive-problems"),
        ("lost all interest in sex lately, could it be my diabetes", "sexual-problems"),
        ("trod on a drawing pin and never felt a thing, my feet are numb", "pain-insensitivity"),
        ("is ED a diabetes nerve thing", "sexual-problems"),
        ("my neuropathy has led to ED, is there anything that helps", "sexual-problems"),
        ("bunged up all week since my chemo", "bowel-problems"),
        ("my vision greys out when i get up too fast", "dizziness-on-standing"),
    ],
)
def test_everyday_words_for_symptoms(invoke: Invoke, question: str, record: str) -> None:
    """Found by blind question sets: a symptom in everyday words (bladder, swallowing,
    stomach, sex life, dizziness on standing, an injury not felt)."""
    assert best_answer(invoke, question) == ("symptom", record)

"""`ask` noticing an emergency told in people's own words: the red flags' `noticed_by`
combinations, read close together, with denied words left out."""

import json
from pathlib import Path

import pytest
import yaml
from conftest import BENCH, Invoke, MakeData, bench_questions

from neuroinfo.model import KnowledgeBase
from neuroinfo.search.ask import answer

FILLER = " ".join(["and then we talked about the weather and the garden for a while"] * 2)


def flags(kb: KnowledgeBase, message: str) -> list[str]:
    return [flag.id for flag in answer(kb, message).red_flags]


@pytest.mark.parametrize(
    ("message", "flag"),
    [
        ("his mouth has gone lopsided", "stroke-fast"),
        ("her arm keeps drifting down when she holds both out", "stroke-fast"),
        ("he is diabetic and went rigid on the kitchen floor", "severe-hypoglycaemia"),
        ("cannot tell when my bladder is full and my back is agony", "cauda-equina"),
        ("no feeling when I wipe since my back went", "cauda-equina"),
        ("there is a yellow patch on my sock", "diabetic-foot-attack"),
        ("my dad's heel is weeping", "diabetic-foot-attack"),
        # a smell from the foot, in words the data once lacked (found by a review)
        ("there is a horrible odour from my fathers foot", "diabetic-foot-attack"),
        ("his foot reeks and he cant feel it", "diabetic-foot-attack"),
        ("stench from dads foot", "diabetic-foot-attack"),
        ("passed out at the gym today", "fainting-danger-signs"),
        ("after a tummy bug my legs are weak", "spreading-weakness"),
        ("he doesn't know where he is all of a sudden", "stroke-fast"),  # "doesn t", whole
        ("without warning his face drooped", "stroke-fast"),
        ("son has type 1 and is having a fit", "severe-hypoglycaemia"),
        ("no one can wake him and he is diabetic", "severe-hypoglycaemia"),
        ("my wife isn't responding to me", "severe-hypoglycaemia"),
        ("I have no bladder control and my back is killing me", "cauda-equina"),
        ("wet myself without knowing", "cauda-equina"),  # a phrase of the data, held whole
        ("he dropped at football and wasn't breathing for a bit", "fainting-danger-signs"),
        ("my type 1 brother keeps drifting off and can't stay awake", "severe-hypoglycaemia"),
        ("found my diabetic neighbour only half conscious and mumbling", "severe-hypoglycaemia"),
        # weakness over days (found by a new user: no urgent advice)
        ("my legs got weak over two days and now my arms tingle", "spreading-weakness"),
        # tingling risen from the toes to the knees in days (found by a new user)
        (
            "the tingling started in my toes 2 days ago and now its up to my knees",
            "spreading-weakness",
        ),
        ("her arms went weak over a couple of days", "spreading-weakness"),
        # "no longer" said of what one could do (found by a hostile-input probe)
        ("I can no longer breathe", "spreading-weakness"),
        ("I am no longer able to swallow", "spreading-weakness"),
        ("my legs no longer work and it's spreading fast", "spreading-weakness"),
        # new throbbing in a numb foot (the foot care source's "new pain or throbbing")
        ("his numb heel started pounding last night, he is diabetic", "diabetic-foot-attack"),
        ("my foot is numb but suddenly throbbing", "diabetic-foot-attack"),
        # an arm or hand that suddenly will not lift or grip (found by a new user's trial)
        ("my dad suddenly cant hold his cup, his right hand just wont grip", "stroke-fast"),
        ("my husband suddenly cant lift his left arm", "stroke-fast"),
    ],
)
def test_an_emergency_in_other_words_puts_urgent_advice_first(
    invoke: Invoke, kb: KnowledgeBase, message: str, flag: str
) -> None:
    """None of these holds a whole phrase of the data: each is noticed by a combination."""
    assert flag in flags(kb, message)
    out = invoke("ask", message, columns=120).stdout.splitlines()
    assert out[2] == "!! GET HELP AT ONCE"
    reply = json.loads(invoke("ask", message, "--json").stdout)
    assert reply["emergency"] is True
    assert flag in [urgent["id"] for urgent in reply["urgent"]]


def test_a_combination_counts_only_when_its_words_are_close(kb: KnowledgeBase) -> None:
    near = "there is a cut on my foot and I am diabetic"
    assert flags(kb, near) == ["diabetic-foot-attack"]
    far = f"there is a cut on my thumb, {FILLER}; my feet are fine and I am diabetic"
    assert flags(kb, far) == []


@pytest.mark.parametrize(
    ("denied", "said"),
    [
        ("no cuts on my feet, I am diabetic", "cuts on my feet, I am diabetic"),
        ("I fainted last year without chest pain", "I fainted last year with chest pain"),
        ("no chest pain or palpitations but I fainted", "chest pain and palpitations, I fainted"),
        ("no cuts or blisters on my feet, I am diabetic", "cuts and blisters on my feet, diabetic"),
        ("I fainted, without any real chest pain", "I fainted, with a real chest pain"),
        # "not" denies a sign that is there when present, found by a new user's trial
        (
            "my toes have tingled for years, its not spreading or getting worse",
            "my toes tingle and its spreading up my legs over the last two days",
        ),
        (
            "my diabetic feet are not red or swollen, just burn",
            "my diabetic foot is red and swollen",
        ),
        # a wound told as healed is no sign now (found by a blind question set)
        (
            "my foot ulcer finally healed last year, how do I stop getting another one",
            "my foot ulcer is getting bigger, how do I stop it",
        ),
        # "didn't get", "don't have" deny what follows, as "no" does
        (
            "I have diabetes and didn't get any blisters on my feet from the new shoes",
            "I have diabetes and got blisters on my feet from the new shoes",
        ),
        (
            "type 2 here, i dont have any cuts on my feet but they burn",
            "type 2 here, i have cuts on my feet and they burn",
        ),
        # "no bladder or bowel problems" denies the problems; "no bladder control" is the sign
        # no bowel control is the sign, whatever trouble follows (found by a review)
        (
            "my back is agony, no bladder or bowel problems, just stiff",
            "my back is agony, I have no bowel control and trouble with my legs",
        ),
    ],
)
def test_a_denied_sign_raises_no_alarm(kb: KnowledgeBase, denied: str, said: str) -> None:
    assert flags(kb, denied) == []
    assert flags(kb, said) != []


def test_back_that_is_not_the_spine_is_no_sign_of_cauda_equina(kb: KnowledgeBase) -> None:
    """ "Back in 2015", "it came back": found by a blind question set."""
    history = "had an illness back in 2015, mostly recovered but my legs still give out"
    assert "cauda-equina" not in flags(kb, history)
    assert "cauda-equina" not in flags(kb, "the weakness came back and my legs gave way")
    assert "cauda-equina" in flags(kb, "my back is agony and my legs suddenly gave way")


@pytest.mark.parametrize(
    ("past", "now"),
    [
        (
            "had Guillain-Barre six years ago, mostly recovered but my ankles are still weak",
            "had Guillain-Barre six years ago and now my legs are getting weaker by the hour",
        ),
        (
            "had a small stroke in 2019 and my speech still slurs a bit when I'm tired",
            "had a small stroke in 2019 and this morning his face is drooping",
        ),
        (
            "my gran had a fit years ago from low sugar, she's fine now and wears a sensor",
            "my gran is diabetic and having a fit, she is not answering me",
        ),
    ],
)
def test_an_illness_told_as_past_and_got_over_raises_no_alarm(
    kb: KnowledgeBase, past: str, now: str
) -> None:
    """Found by blind question sets and a new user's trial: a past illness is no emergency
    unless something is happening now."""
    assert flags(kb, past) == []
    assert flags(kb, now) != []


def test_numbness_of_face_and_arm_or_words_coming_out_wrong_is_a_stroke_sign(
    kb: KnowledgeBase,
) -> None:
    """Found by a new user's trial, told as passed ("its better now"): the stroke advice is to
    call even if the signs fade (medical_facts_addendum, Mayo Clinic)."""
    message = (
        "diabetic 15 yrs, last night my left arm and face went numb and my words came out"
        " wrong, its better now so is it my nerves"
    )
    assert "stroke-fast" in flags(kb, message)
    assert "stroke-fast" in flags(kb, "my face and arm went numb an hour ago")
    assert "stroke-fast" in flags(kb, "my words came out wrong this morning")
    # ... and told as passed by a carer or of oneself (found by a safety check)
    assert "stroke-fast" in flags(kb, "for ten minutes she couldn't speak and her arm went floppy")
    assert "stroke-fast" in flags(kb, "lost feeling in my arm and couldn't find my words, ok now")


@pytest.mark.parametrize(
    "message",
    [
        # a span of years beside an emergency (found by a review: each lost its advice when any
        # span of years in a message was read as a slow course)
        "neuropathy for years, and I'm struggling to breathe and my legs are weak",
        "diabetic for 15 years and tingling is moving up into my hands, I can barely hold a cup",
        "on chemo for 6 months, numbness moving up my legs and I cannot swallow properly",
        "Diabetic for years. Weakness creeping up and I'm choking on saliva",
        "The tingling began in my toes on Saturday and is slowly creeping up past my knees",
        "my dad has had neuropathy for 10 years and now he cannot lift his arms or legs",
    ],
)
def test_a_span_of_years_beside_an_emergency_keeps_its_advice(
    kb: KnowledgeBase, message: str
) -> None:
    assert "spreading-weakness" in flags(kb, message)


@pytest.mark.parametrize(
    "message",
    [
        "i think im having a hypo right now",
        "im shaky sweaty and confused and my sugar meter says 2.8",
        "my sugar is low right now and im shaking",
        # ... in the words people use (found by a new user's trial)
        "my blood sugar is crashing right now and im trembling all over",
        "shaking, sweating and muddled, type 1, what do i do",
        "i think i am going low, feel funny",
        "I feel like I'm going low right now and my hands are shaking",
        "he's diabetic, sweaty, muddled and not making much sense",
        "my husband is type 2 on insulin and hes sweating buckets and talking nonsense",
        # a low reading, or a sugar dropping as someone feels it (found by a new user's trial)
        "my sugar is 3.1, what do i do",
        "hypo now, 2.9, on my own",
        "glucose reading of 52 and sweaty",
        "my blood sugar is dropping and i feel faint",
        # (found by a safety check)
        "im hypo atm, 3.1, had juice but not coming up",
        "sugar dropped to 50mg/dL and i'm trembling",
        "my son is type 1 and his meter just says LO",
        "bloodsugar very low now 2,5 what to do",
        "I'm having a low right now and feel like passing out",
        # a carer's "sweaty and confused", a sugar told as low now or as crashed, a reading
        # after "tanked to" (found by two reviews' probes)
        "my son has type 1 and he is sweaty and confused",
        "my wife is on insulin and she's very confused and sweating buckets",
        "my mum is diabetic, she's clammy and really confused",
        "my sugar is really low and im shaky",
        "whenever I'm shaky I check - my glucose is low and crashing and I'm trembling",
        "sugar crashed, feeling woozy",
        "my sugar just tanked to 50 and i'm trembling",
        # readings as meters, sensors and nurses tell them (found by a blind safety set)
        "on insulin, 2.1 right now and my hands wont work, on my own at home",
        "Resident on gliclazide found drowsy, CBG 2.1 mmol/L, advice pls",
        "CGM screaming urgent low 2.2 for my 8 year old",
        "hes on insulin and the meter just said 45",
        "son is 14 with T1D, shaking and sweating, libre says 2.4 with two arrows down",
        "sugar low",  # all a message says (found by a review of ask's answers)
        # (found by a fourth new user's trial)
        "having a low right now, shaky, ate some sweets 20 mins ago still not better",
        "im shaking sweating and cant think straight, i took my insulin but skipped lunch",
        "feeling hypo, sweaty, confused, blurry vision, i'm diabetic",
    ],
)
def test_a_low_happening_now_gets_the_low_blood_sugar_advice(
    kb: KnowledgeBase, message: str
) -> None:
    """Its advice says what to do for someone awake: something sweet at once, help if in
    doubt (found by two new users' trials: "not covered", or no urgent advice)."""
    assert "severe-hypoglycaemia" in flags(kb, message)


@pytest.mark.parametrize(
    "message",
    [
        "my sugar runs low now and again",
        "how do i treat a hypo now that i have neuropathy",
        "when my sugar drops i get shaky, is that neuropathy, im confused",
        "I dont get the shaky sweaty warning anymore when my sugars drop low",
        "my feet are going numb and it feels low down in my legs now",
        "my sugar was 7 this morning, is that ok for acupuncture",
        "type 1 for 30 years, what about acupuncture",
        "My sugar was 3.9 this morning, I had some juice and later it was 6.2 and I feel fine",
        "when my sugar drops i get sweaty, can acupuncture help",
        # ... habits, past lows, and "confused" that means puzzled (found by a review)
        "I get shaky when my sugar is low, can acupuncture help with that",
        "when im going low i get shaky, is that neuropathy",
        "I'm confused about why my diabetes makes me sweat so much when I eat",
        "sweating a lot at night, diabetic, confused about what causes it",
        "I think my blood pressure is going low when I stand up",
        "I think my vitamin B12 is going low, could that cause tingling",
        "when my sugar is low I get shaky, is that the neuropathy",
        "my sugar is usually low in the mornings, is that a problem",
        "Diabetic here. Sweaty feet at night, and all the advice online leaves me confused",
        "does neuropathy make it harder to notice hypos? I won't feel the shakes and sweats",
        "I never get the shakes anymore when I go low. Meter said 2.8 yesterday, I felt fine",
    ],
)
def test_now_that_is_no_time_raises_no_low_sugar_alarm(kb: KnowledgeBase, message: str) -> None:
    assert flags(kb, message) == []


@pytest.mark.parametrize(
    ("asked", "told"),
    [
        (
            "what is guillain barre syndrome",
            "what is guillain barre, my legs are weaker by the hour",
        ),
        ("what is cauda equina syndrome", "what is cauda equina, i cant feel my bum when i wipe"),
        (
            "what are the signs of a stroke",
            "what is a stroke, my mum cant lift her arm and her face dropped",
        ),
        ("My dad has CIDP. How is that different from Guillain-Barre?", "is this guillain barre"),
    ],
)
def test_asking_what_a_condition_is_raises_no_alarm_unless_signs_are_told(
    kb: KnowledgeBase, asked: str, told: str
) -> None:
    """A definition is asked for, not an emergency told (found by a new user's trial); the
    signs told beside it still count."""
    assert flags(kb, asked) == []
    assert flags(kb, told) != []


@pytest.mark.parametrize(
    ("message", "flag"),
    [
        # weakness come on over hours, or legs that gave way (found by two reviews' probes)
        (
            "I've had neuropathy for years and over the last few hours my legs have gone weak",
            "spreading-weakness",
        ),
        (
            "Tingling in my feet for months, but this evening my legs went weak and I can't stand",
            "spreading-weakness",
        ),
        (
            "went to the ED last night because my legs gave way, now I can't stand",
            "spreading-weakness",
        ),
        ("I've gone numb down there and my back is agony since this morning", "cauda-equina"),
        # ... and as a blind safety set told them
        (
            "pt with a known L5/S1 prolapse reports new saddle anaesthesia since this morning",
            "cauda-equina",
        ),
        ("new urinary retention and low back pain since this morning", "cauda-equina"),
        (
            "lower back agony, both legs going weak and since this morning I can't pass water",
            "cauda-equina",
        ),
        ("ascending weakness over 36h after a diarrhoeal illness", "spreading-weakness"),
        ("grandma's left arm just went limp while she was eating", "stroke-fast"),
        ("she's dribbling out one side of her mouth", "stroke-fast"),
        ("my husband mouth is going to one side and he cannot talk correct", "stroke-fast"),
        ("my husband just started slurring at dinner", "stroke-fast"),
        # ... and as a second blind safety set told them
        ("resident on insulin is fitting in her chair", "severe-hypoglycaemia"),
        ("my father has sugar disease and is having convulsions", "severe-hypoglycaemia"),
        ("she is diabetic, confused, and the machine say 2.3", "severe-hypoglycaemia"),
        (
            "T2DM, plantar ulcer under the big toe, cellulitis now spreading up the shin",
            "diabetic-foot-attack",
        ),
        ("diabetic and the wound on my heel looks infected", "diabetic-foot-attack"),
        # ... and as a review of those rules told them
        ("my diabetic wife is fitting on the bathroom floor", "severe-hypoglycaemia"),
        ("her glucometer read 2.0 and she has gone floppy", "severe-hypoglycaemia"),
        ("type 1 and the ulcer on my heel has gone septic", "diabetic-foot-attack"),
        ("diabetic, the sore under my foot is leaking", "diabetic-foot-attack"),
        ("my toe feels burning hot and I've got a fever", "diabetic-foot-attack"),
        # ... and as a fourth blind safety set told them
        ("my son has type 1 and he is going floppy on the sofa", "severe-hypoglycaemia"),
        # (found by a new user's trial)
        (
            "tonight the tingling has gone up past my knees since this morning",
            "spreading-weakness",
        ),
    ],
)
def test_more_ways_of_telling_an_emergency_are_urgent(
    kb: KnowledgeBase, message: str, flag: str
) -> None:
    assert flag in flags(kb, message)


@pytest.mark.parametrize(
    ("message", "first"),
    [
        # found by a new user's trial: spreading weakness was put before the stroke
        (
            "my mum diabetic 15 yrs suddenly cant lift her left arm and her face looks droopy "
            "and her words are slurred",
            "stroke-fast",
        ),
        # (from the review probes and the safety sets: 22 of 71 messages raising two red flags
        # put the wrong one first; now 7)
        (
            "wife says she can't feel the loo roll and her sciatica has moved into both legs",
            "cauda-equina",
        ),
        (
            "type 2 on gliclazide, found him out cold on the bathroom floor, breathing but wont "
            "respond",
            "severe-hypoglycaemia",
        ),
        (
            "my neighbour keeled over in her garden and i cant get any response from her, its "
            "been over a minute",
            "fainting-danger-signs",
        ),
    ],
)
def test_the_red_flag_that_fits_best_comes_first(
    kb: KnowledgeBase, message: str, first: str
) -> None:
    """Every red flag raised is shown; only which comes first changes."""
    raised = flags(kb, message)
    assert len(raised) > 1 and raised[0] == first


def test_calm_words_raise_no_alarm(kb: KnowledgeBase) -> None:
    for message in [
        "my feet have felt like wet socks for years",
        "which shoes are best for numb feet",
        "does acupuncture help the burning in my feet at night",
        "which shoes fit best for diabetic feet",
        "I keep fit with cycling and I'm diabetic",
        "type 2 diabetic and I walk with a limp since my knee op",
        "my diabetic husband is fitting a new kitchen",
        "type 2 and my new shoes are fitting too tight",
        "the electroacupuncture machine at 2 hz felt like tapping, I'm diabetic",
        "my blood sugar machine is 30 quid at the chemist",
        "the electroacupuncture machine says 2 hz, I'm diabetic",
        "my tens machine says 3 on the dial, I'm type 2",
        "I'm diabetic, how do I tell if my shoe is fitting",
        "my foot goes floppy when I walk, I'm type 2",
        "my legs felt weak on monday after the gym",
        "I've had numb thighs every morning for years",
        "can I swallow my tablets with water",
        "my voice sounds odd since my cold",
        "I cannot see the side effects listed on the leaflet",
        "my feet are burning and I can't feel the temperature of the bath water",
        "I'm diabetic with numb toes and I have an abscess on my tooth",
        "can acupuncture needles cause an infection in diabetic feet",
        "I'm diabetic and have an infected cut on my hand",
        "my calves seize up with cramps at night, type 2",
        "my neuropathy does not respond to gabapentin",
        "I have numbness in the bottom of my feet",
        "which type of acupuncture helps stiff joints",
        "how do I check my feet for blisters",
        "my father passed away from heart disease",
        "my neuropathy started in my feet years ago and now its up to my knees",
        # "this morning" is not read as new: "every morning" is how long-standing tingling is told
        "my hands and feet tingle every morning and have done for years",
        "my feet throb at night after a long walk",
        "I can't stand the pain in my weak legs",
        "When my legs went weak last year the doctor said it was my back",
        "my legs feel weak for a few hours after a long walk",
    ]:
        assert flags(kb, message) == [], message


def test_a_long_message_of_sign_words_is_read_in_one_pass(kb: KnowledgeBase) -> None:
    """However often the words recur, the window over them moves once along the text."""
    message = "face " * 10_000 + "drooping"
    assert flags(kb, message) == ["stroke-fast"]
    assert flags(kb, "face " * 10_000) == []
    many = " ".join(f"thing{n}" for n in range(1_500))  # a long post: the sign comes late
    assert flags(kb, f"{many} and now his mouth has gone lopsided") == ["stroke-fast"]


def test_a_long_list_of_denials_is_read_in_one_pass(kb: KnowledgeBase) -> None:
    assert flags(kb, "no cuts or blisters, " * 4_000 + "and his face is drooping") == [
        "stroke-fast"
    ]
    assert flags(kb, "no " * 10_000 + "face drooping") == []  # the last "no" denies "face"


def test_search_gives_urgent_advice_even_when_nothing_matches(invoke: Invoke) -> None:
    result = invoke("search", "he", "keeled", "over", "at", "footy", columns=100)
    assert result.exit_code == 1
    assert result.stdout.splitlines()[2] == "!! GET HELP AT ONCE"
    assert result.stderr == "neuroinfo: nothing matches 'he keeled over at footy'\n"
    calm = invoke("search", "zzzz", "qqqq")
    assert (calm.exit_code, calm.stdout) == (1, "")


def test_the_red_flags_keep_their_words_through_the_cache(kb: KnowledgeBase) -> None:
    data = yaml.safe_load((Path(__file__).parent.parent / "data" / "red_flags.yaml").read_text())
    for raw in data["red_flags"]:
        written = tuple(tuple(groups) for groups in raw.get("noticed_by", []))
        assert kb.red_flags[raw["id"]].noticed_by == written
        assert written, raw["id"]


RED_FLAG = """
    red_flags:
      - id: sudden-fall
        title: "A sudden fall"
        signs: "Falling down."
        action: "Call your emergency number, such as 999, 112 or 911."
        speed: emergency
        references: [ref-one]
        noticed_by:
          {combination}
"""


@pytest.mark.parametrize(
    ("combination", "message"),
    [
        ("- [fell fall, fall floor]", "9:21: error: 'fall' is in two groups of one combination"),
        (  # two forms of one word, which search reads as one
            "- [fall, falls floor]",
            "9:16: error: 'falls' is in two groups of one combination (read as 'fall')",
        ),
    ],
)
def test_a_word_in_two_groups_of_a_combination_is_an_error(
    invoke: Invoke, make_data: MakeData, combination: str, message: str
) -> None:
    folder = make_data(red_flags_yaml=RED_FLAG.format(combination=combination))
    result = invoke("validate", str(folder))
    assert result.exit_code == 3
    assert result.stdout.endswith(f"red_flags.yaml:{message}\n")


SHAPES = "each entry of 'noticed_by' must be a list of two or three groups of words"


@pytest.mark.parametrize(
    ("combination", "message"),
    [
        ("- fell floor", f"9:9: error: {SHAPES}"),
        ("- [fell]", f"9:9: error: {SHAPES}"),
        (
            "- [fell, Floor]",
            "9:16: error: each entry of 'noticed_by' must be lower-case words (letters and"
            " digits) separated by single spaces",
        ),
        ("fell", "8:5: error: 'noticed_by' must be a list of combinations, each a list of two"),
    ],
)
def test_a_combination_of_the_wrong_shape_is_an_error(
    invoke: Invoke, make_data: MakeData, combination: str, message: str
) -> None:
    folder = make_data(red_flags_yaml=RED_FLAG.format(combination=combination))
    result = invoke("validate", str(folder))
    assert result.exit_code == 3
    assert f"red_flags.yaml:{message}" in result.stdout


def test_a_folder_of_ones_own_notices_its_own_combinations(
    invoke: Invoke, make_data: MakeData
) -> None:
    combination = "- [fell fallen, floor stairs]"
    folder = make_data(red_flags_yaml=RED_FLAG.format(combination=combination))
    reply = invoke("--data-dir", str(folder), "ask", "grandad has fallen on the stairs", "--json")
    assert [flag["id"] for flag in json.loads(reply.stdout)["urgent"]] == ["sudden-fall"]


def test_the_emergency_messages_stay_above_their_floor(kb: KnowledgeBase) -> None:
    sets = yaml.safe_load((BENCH / "emergencies.yaml").read_text(encoding="utf-8"))
    for name, floor in (("tune", 0.93), ("holdout", 0.85)):
        rates = bench_questions().alarms(kb, sets[name], verbose=False)
        assert rates["noticed"] >= floor, (name, rates)
        assert rates["false alarms"] <= 0.16, (name, rates)


def test_a_message_of_more_words_than_sqlite_takes_in_one_query() -> None:
    """SQLite takes at most 999 values in a query on older builds (32,766 on newer): the
    words of a long message are looked up in parts, never as one query that fails."""
    import random
    import sqlite3

    from neuroinfo import run
    from neuroinfo.search import signs

    chance = random.Random(7)
    filler = ["".join(chance.choice("bcdfghjklmnpqrstvwxz") for _ in range(7)) for _ in range(3000)]
    with run.knowledge(None) as kb:
        kb.db.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)
        message = " ".join(filler) + " and since this morning I suddenly cannot pee at all"
        assert signs.red_flags_in(kb.db, message)[:1] == ["cauda-equina"]


@pytest.mark.parametrize(
    ("message", "flag"),
    [
        ("my diabetic dad is not responding", "severe-hypoglycaemia"),
        ("she is diabetic and not waking up properly", "severe-hypoglycaemia"),
        ("my legs are weak and it is not getting better, it is spreading up", "spreading-weakness"),
    ],
)
def test_not_still_tells_a_sign_whose_absence_is_the_sign(
    kb: KnowledgeBase, message: str, flag: str
) -> None:
    """ "Not" denies only a sign that is there when present: "not responding" is the sign."""
    assert flag in flags(kb, message)


def test_low_blood_sugar_advice_says_what_to_do_for_someone_awake(invoke: Invoke) -> None:
    """The advice for someone not responding (nothing in the mouth) must not read as the advice
    for someone awake with a low (found by a new user: "low blood sugar, sweating and shaking")."""
    out = " ".join(
        invoke("ask", "low blood sugar, sweating and shaking", columns=200).stdout.split()
    )
    assert "If they are not responding or are having a fit, call your emergency number" in out
    assert "do not put food, drink or anything else in their mouth" in out
    assert "If they are awake and can swallow, they should have something sweet" in out
    assert out.index("not responding or are having a fit, call") < out.index("If they are awake")

"""Safety first: what to do at once leads every page that has it, every red flag is on the
pages it belongs to, and the corrections from the fact-check hold."""

import json

import pytest
from conftest import Invoke, MakeData

from neuroinfo.errors import DataError
from neuroinfo.load import load
from neuroinfo.model import KnowledgeBase
from neuroinfo.pages import FOOTER

ALERT = "!! GET HELP AT ONCE"
EMERGENCY_NUMBER = "your emergency number, such as 999, 112 or 911"

# Where each red flag must appear (it may appear elsewhere too).
RED_FLAG_PAGES = {
    "spreading-weakness": {
        "symptoms": [
            "numbness",
            "tingling",
            "loss-of-sensation",
            "muscle-weakness",
            "trouble-walking",
            "trouble-speaking",
            "trouble-swallowing",
            "breathing-difficulty",
        ],
        "types": ["motor", "sensory", "autonomic", "combination"],
    },
    "stroke-fast": {
        "symptoms": [
            "trouble-speaking",
            "numbness",
            "tingling",
            "loss-of-sensation",
            "muscle-weakness",
        ],
        "types": ["motor", "sensory"],
    },
    "diabetic-foot-attack": {
        "symptoms": [
            "foot-wounds",
            "numbness",
            "loss-of-sensation",
            "pain-insensitivity",
            "temperature-insensitivity",
        ],
        "types": ["sensory"],
    },
    "cauda-equina": {
        "symptoms": [
            "bladder-problems",
            "bowel-problems",
            "numbness",
            "tingling",
            "muscle-weakness",
            "sexual-problems",
        ],
        "types": ["autonomic"],
    },
    "severe-hypoglycaemia": {"symptoms": ["hypoglycaemia-unawareness"], "types": ["autonomic"]},
    "fainting-danger-signs": {
        "symptoms": ["dizziness-on-standing", "heartbeat-changes"],
        "types": ["autonomic"],
    },
}


def page_lines(invoke: Invoke, *args: str) -> list[str]:
    result = invoke(*args, columns=200)
    assert result.exit_code == 0, result.stderr
    return [line.strip() for line in result.stdout.splitlines()]


def words(text: str) -> str:
    return " ".join(text.split())


# ---------------------------------------------------------------- urgent advice first


def test_every_symptom_page_puts_urgent_advice_right_after_the_summary(
    invoke: Invoke, kb: KnowledgeBase
) -> None:
    for symptom in kb.symptoms.values():
        out = page_lines(invoke, "symptom", symptom.id)
        summary = next(
            n for n, line in enumerate(out) if line and words(symptom.summary).startswith(line)
        )
        while out[summary + 1]:  # the summary's last line, where it wraps
            summary += 1
        order = [summary]
        if symptom.red_flags:
            assert out[summary + 2] == ALERT, symptom.id  # the very next block
            order.append(out.index(ALERT))
        else:
            assert ALERT not in out, symptom.id
        order += [
            out.index("When to see a doctor"),
            out.index("Nerve types"),
            out.index("What the evidence says about acupuncture"),
            out.index("References"),
            out.index(FOOTER),
        ]
        assert order == sorted(order), symptom.id
        for flag in symptom.red_flags:
            assert f"! {kb.red_flags[flag].title}" in words("\n".join(out)), (symptom.id, flag)


def test_every_type_page_puts_urgent_advice_then_a_doctor_first(
    invoke: Invoke, kb: KnowledgeBase
) -> None:
    for nerve_type in kb.types.values():
        out = page_lines(invoke, "types", nerve_type.id)
        summary = next(
            n for n, line in enumerate(out) if line and nerve_type.summary.startswith(line)
        )
        while out[summary + 1]:  # the summary's last line, where it wraps
            summary += 1
        assert out[summary + 2] == ALERT, nerve_type.id
        order = [
            summary,
            out.index(ALERT),
            out.index("When to see a doctor"),
            out.index("What these nerves do"),
            out.index("References"),
        ]
        assert order == sorted(order), nerve_type.id


def test_urgent_advice_stands_out_without_colour(invoke: Invoke) -> None:
    plain = invoke("--color", "never", "symptom", "trouble", "speaking").stdout
    assert "\x1b" not in plain
    assert "!! GET HELP AT ONCE\n ! Sudden face drooping, arm weakness or slurred speech" in plain
    styled = invoke("--color", "always", "symptom", "trouble", "speaking").stdout
    assert "\x1b[1;31m!! GET HELP AT ONCE" in styled


def test_urgent_advice_leads_in_markdown_and_json(invoke: Invoke, kb: KnowledgeBase) -> None:
    for symptom in kb.symptoms.values():
        text = invoke("symptom", symptom.id, "-f", "markdown").stdout
        record = json.loads(invoke("symptom", symptom.id, "--json").stdout)
        assert list(record)[2:6] == ["summary", "urgent", "red_flags", "seek_care"]
        if symptom.red_flags:
            assert text.index("> **⚠ Get help at once**") < text.index("## When to see a doctor")
            assert record["urgent"] and len(record["red_flags"]) == len(symptom.red_flags)
        else:
            assert "Get help at once" not in text and record["urgent"] is None


def test_the_emergencies_topic_lists_every_red_flag(invoke: Invoke, kb: KnowledgeBase) -> None:
    out = words(invoke("about", "emergencies", columns=120).stdout)
    for flag in kb.red_flags.values():
        assert f"! {flag.title}" in out, flag.id
        assert words(flag.action) in out, flag.id
    assert out.index("GET HELP AT ONCE") < out.index("Emergency numbers differ")
    assert "neuroinfo about emergencies" in words(invoke("about", "disclaimer").stdout)


# ---------------------------------------------------------------- the red flags


@pytest.mark.parametrize("flag_id", RED_FLAG_PAGES)
def test_each_red_flag_is_on_its_pages(invoke: Invoke, kb: KnowledgeBase, flag_id: str) -> None:
    flag = kb.red_flags[flag_id]
    for kind, ids in RED_FLAG_PAGES[flag_id].items():
        for record_id in ids:
            assert flag_id in kb.records(kind)[record_id].red_flags, (kind, record_id)
            command = "symptom" if kind == "symptoms" else "types"
            page = words("\n".join(page_lines(invoke, command, record_id)))
            assert f"! {flag.title}" in page, record_id


def test_red_flags_say_what_to_do_how_fast_and_name_the_number_generically(
    kb: KnowledgeBase,
) -> None:
    for flag in kb.red_flags.values():
        assert flag.references, flag.id
        action = words(flag.action)
        if flag.speed == "emergency":
            assert EMERGENCY_NUMBER in action or "emergency department" in action, flag.id
        for number in ("999", "112", "911"):
            if number in action:
                assert EMERGENCY_NUMBER in action, flag.id
    gbs = words(kb.red_flags["spreading-weakness"].signs)
    for trigger in (
        "breathing, catching your breath, swallowing or speaking",
        "choking on saliva",
        "unable to move the arms, legs or face",
        "not coming round within two minutes",
        "over hours or days",
    ):
        assert trigger in gbs
    assert "FAST" in kb.red_flags["stroke-fast"].signs
    foot = words(kb.red_flags["diabetic-foot-attack"].action)
    assert "immediately, the same day" in foot and "A foot attack is an emergency" in foot
    assert "fever or feeling very unwell, or skin turning black, needs emergency care" in foot
    assert kb.red_flags["diabetic-foot-attack"].speed == "same-day"
    cauda = words(kb.red_flags["cauda-equina"].signs)
    assert cauda.startswith("Any of these") and "bottom, the genitals or the inner thighs" in cauda
    assert "emergency department at once" in words(kb.red_flags["cauda-equina"].action)
    hypo = words(kb.red_flags["severe-hypoglycaemia"].action)
    assert "recovery position" in hypo and "do not put food, drink or anything" in hypo
    fainting = words(kb.red_flags["fainting-danger-signs"].signs)
    assert "chest pain" in fainting and "fluttering or irregular heartbeat" in fainting
    assert "seriously hurt themselves" in fainting
    assert "glucagon" in words(kb.red_flags["severe-hypoglycaemia"].action)


def test_validate_refuses_an_emergency_without_the_emergency_number(
    make_data: MakeData,
) -> None:
    folder = make_data(
        red_flags_yaml="""
        red_flags:
          - id: vague
            title: "Something bad"
            signs: "Feeling bad."
            action: "Rest and see how it goes."
            speed: emergency
            references: [ref-one]
          - id: bare-number
            title: "Something worse"
            signs: "Feeling worse."
            action: "Call 911."
            speed: emergency
            references: [ref-one]
          - id: no-examples
            title: "Something else"
            signs: "Feeling odd."
            action: "Call your emergency number now."
            speed: emergency
            references: [ref-one]
        """
    )
    with pytest.raises(DataError) as caught:
        load(folder)
    messages = [f"{f.line}:{f.column}: {f.message}" for f in caught.value.findings]
    assert messages == [
        "5:5: an emergency red flag's action must say to call your emergency number (such as "
        "999, 112 or 911) or go to an emergency department",
        "11:5: an emergency red flag's action must say to call your emergency number (such as "
        "999, 112 or 911) or go to an emergency department",
        "17:5: name the emergency number with examples: 'your emergency number, such as 999, "
        "112 or 911'",
    ]


# ---------------------------------------------------------------- corrections


def test_dpn_symptoms_claims_no_unverified_certainties(kb: KnowledgeBase) -> None:
    claim = kb.claims["dpn-symptoms"]
    text = words(" ".join([claim.evidence, *claim.caveats]))
    assert "unblinded" not in text
    assert "No sham-controlled trial of diabetic neuropathy symptoms could be verified" in text
    assert "risk ratio 2.41, 95% CI 0.70 to 8.29" in text  # the null result against usual care


def test_nerve_conduction_has_the_sham_controlled_meta_analysis(kb: KnowledgeBase) -> None:
    claim = kb.claims["improves-nerve-conduction"]
    text = words(claim.evidence)
    assert "dpn-sham-2024" in claim.references
    assert "(mean difference 0.50, 95% CI 0.17 to 0.83)" in text
    assert "no significant change in motor conduction velocity (0.20, 95% CI -0.03 to 0.43)" in text
    assert "the abstract gives no p-values" in text
    assert "no p-values are given" not in text


def test_chronic_pain_size_and_direction_describe_the_same_evidence(kb: KnowledgeBase) -> None:
    claim = kb.claims["changes-chronic-pain"]
    assert claim.direction == "mixed"
    assert (claim.n_studies, claim.n_participants) == (None, None)
    assert "6 trials (462 people)" in claim.size_label
    assert "8 trials (338 people)" in claim.size_label
    assert {"ju-2017", "feng-2023"} <= set(claim.references)


def test_cipn_prevention_is_graded_apart_from_treatment(kb: KnowledgeBase) -> None:
    prevention = kb.claims["cipn-prevention"]
    assert prevention.source == "loprinzi-2020"  # who makes the claim, not who tested it
    assert "greenlee-2016" in prevention.references
    assert (prevention.certainty, prevention.direction) == ("very-low", "no-difference")
    text = words(prevention.evidence)
    assert "p = .86" in text and "1.62 points more (p = .04)" in text
    for claim_id in ("cipn-pain", "cipn-symptoms"):
        claim = kb.claims[claim_id]
        assert {"bao-2021", "zhi-2023", "yeh-2024"} <= set(claim.references), claim_id
        assert "greenlee-2016" not in claim.references
    assert kb.claims["cipn-pain"].certainty == "very-low"  # regraded: sham arms did as well
    assert "cipn-prevention" in words(kb.claims["cipn-pain"].evidence)


def test_sensory_symptoms_say_what_zhi_2023_found(kb: KnowledgeBase) -> None:
    claim = kb.claims["treats-sensory-symptoms"]
    text = words(" ".join(claim.caveats))
    assert "a real-versus-sham difference was not shown" not in text
    assert "with no difference between real and sham" in text and "zhi-2023" in claim.references


def test_autonomic_page_is_sourced_and_corrects_the_seed(kb: KnowledgeBase) -> None:
    autonomic = kb.types["autonomic"]
    assert "Disorders of the autonomic nervous system can be life-threatening" not in (
        words(autonomic.severity)
    )
    assert {"nci-dictionary-gbs", "nhs-wales-guillain-barre"} <= set(autonomic.references)
    assert "breathing and blinking" in words(autonomic.nerves_do)
    assert "do not list either among their jobs" in words(autonomic.nerves_do)


def test_the_seeds_healing_claim_is_graded(kb: KnowledgeBase) -> None:
    claim = kb.claims["natural-healing"]
    assert (claim.source, claim.quoted, claim.certainty) == ("seed-article", True, "insufficient")
    assert "natural healing abilities promoting emotional and physical well-being" in (
        claim.statement
    )


def test_bao_2020_points_are_the_ones_it_used(kb: KnowledgeBase) -> None:
    bao = kb.references["bao-2020"]
    assert set(bao.points) == {"li4", "pc6", "si3", "lr3", "gb42", "st40", "ex-le10"}
    assert "Bafeng 2 and Bafeng 3" in words(bao.remarks or "")
    assert "Bafeng 2 and Bafeng 3" in words(kb.points["ex-le10"].note or "")
    for point_id in ("si3", "gb42", "st40"):
        point = kb.points[point_id]
        assert point.location is None and "bao-2020" in point.references
    ki3 = words(kb.points["ki3"].note or "")
    assert "None of the point lists recorded for the studies neuroinfo cites includes it" in ki3


def test_the_act_trial_is_no_longer_called_recruiting(kb: KnowledgeBase) -> None:
    trial = kb.references["nct04917796"]
    text = words(" ".join(filter(None, [trial.note, trial.remarks])))
    assert "disagree on whether it is still recruiting" in text and "255 people" in text
    assert "No results" in text
    evidence = words(kb.claims["cipn-pain"].evidence)
    assert "records disagree on whether it is still recruiting" in evidence


def test_every_web_reference_has_a_title(kb: KnowledgeBase) -> None:
    for ref in kb.references.values():
        if ref.type == "webpage":
            assert ref.title, ref.id
    assert kb.references["nhs-guillain-barre-symptoms"].title == (
        "Symptoms of Guillain-Barré syndrome"
    )
    assert kb.references["nhs-inform-peripheral-neuropathy"].title_ours


def test_the_safety_topic_says_who_says_what_about_pregnancy(kb: KnowledgeBase) -> None:
    text = words(" ".join(kb.topics["safety"].paragraphs))
    for part in (
        "1999 guidelines",
        "NHS maternity page",
        "professional association",
        "not from a regulator",
        "2015 review",
        "Carr",
        "no objective evidence of harm",
    ):
        assert part in text, part
    assert {
        "who-1999-acupuncture-safety",
        "nhs-bolton-acupuncture-pregnancy",
        "aacp-2012-safe-practice",
        "carr-2015",
    } <= set(kb.topics["safety"].references)


def test_ask_about_blood_thinners_gives_the_caution_before_the_evidence(invoke: Invoke) -> None:
    question = "Is acupuncture harmful if I'm on blood thinners?"
    out = [line.strip() for line in invoke("ask", question, columns=100).stdout.splitlines()]
    care = next(n for n, line in enumerate(out) if line.startswith("Take care: Bleeding"))
    under_test = next(n for n, line in enumerate(out) if line.startswith("Claim under test"))
    assert out[care - 1].startswith("Acupuncture may cause")  # the verdict, then the caution
    assert care < under_test
    answered = json.loads(invoke("ask", question, "--json").stdout)["answer"]
    assert answered["take_care"].startswith("Bleeding and bruising are more likely with a")
    assert "blood thinners" in answered["take_care"]
    assert len(answered["text"]) == 2  # the verdict and the evidence, as for every claim
    calm = json.loads(invoke("ask", "can acupuncture repair nerves", "--json").stdout)
    assert calm["answer"]["take_care"] is None


def test_ask_answered_by_the_safety_topic_lists_who_should_take_care(invoke: Invoke) -> None:
    """A question the safety topic answers best ("on warfarin") shows its cautions at once,
    not only a hint to open the topic; `--json` carries them as the answer's points."""
    question = "is acupuncture safe if I take warfarin"
    out = [line.strip() for line in invoke("ask", question, columns=200).stdout.splitlines()]
    best = out.index("Best match")
    hint = out.index("Read it: neuroinfo about safety")
    bullets = [line for line in out[best:hint] if line.startswith("• ")]
    assert bullets[1].startswith("• With a bleeding disorder or blood thinners, bleeding")
    assert len(bullets) == 4
    answered = json.loads(invoke("ask", question, "--json").stdout)["answer"]
    assert (answered["kind"], answered["id"]) == ("topic", "safety")
    assert answered["points"][1] == (
        "With a bleeding disorder or blood thinners, bleeding and bruising are more likely: "
        "tell your doctor and the practitioner."
    )
    claim = json.loads(invoke("ask", "is acupuncture harmful on blood thinners", "--json").stdout)
    assert claim["answer"]["points"] == []  # a claim has its caution in take_care instead


def test_only_a_topics_points_are_listed_under_an_answer(invoke: Invoke) -> None:
    """A reference (or claim) also has `points`, the acupuncture points a trial used: they
    are no advice, and never listed as the answer's points."""
    question = (
        "Effect of Acupuncture vs Sham Procedure on Chemotherapy-Induced Peripheral Neuropathy"
    )
    answered = json.loads(invoke("ask", question, "--json").stdout)["answer"]
    assert (answered["kind"], answered["id"]) == ("reference", "bao-2020")
    assert answered["points"] == []
    out = invoke("ask", question, columns=100).stdout
    assert "• li4" not in out.lower() and "\n  • " not in out

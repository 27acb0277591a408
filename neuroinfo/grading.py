"""GRADE-style certainty and direction: the closed vocabularies, the badges, and the
verdict phrase derived from them (never written by hand in the data)."""

CERTAINTIES = ("high", "moderate", "low", "very-low", "insufficient")
DIRECTIONS = ("benefit", "no-difference", "harm", "mixed", "unclear")

# Body-of-evidence designs, strongest first. Only the first two may carry high or
# moderate certainty; mechanism and tradition are never clinical evidence.
STUDY_DESIGNS = {
    "systematic-review-of-rcts": "systematic reviews of randomised trials",
    "rct": "randomised controlled trials",
    "non-randomised-trial": "non-randomised controlled study",
    "observational": "observational studies",
    "mechanism": "laboratory and mechanism studies (not clinical evidence)",
    "tradition": "traditional theory (not clinical evidence)",
    "none": "no studies",
}
RANDOMISED_DESIGNS = frozenset({"systematic-review-of-rcts", "rct"})
NON_CLINICAL_DESIGNS = frozenset({"mechanism", "tradition", "none"})

BADGES = {
    "high": "⊕⊕⊕⊕",
    "moderate": "⊕⊕⊕○",
    "low": "⊕⊕○○",
    "very-low": "⊕○○○",
    "insufficient": "○○○○",
}
LABELS = {
    "high": "high certainty",
    "moderate": "moderate certainty",
    "low": "low certainty",
    "very-low": "very low certainty",
    "insufficient": "not enough evidence to grade",
}

_ADVERB = {"high": "", "moderate": "probably ", "low": "may ", "very-low": "may "}
_VERB = {
    # (verb after "may", verb otherwise)
    "benefit": ("improve", "improves"),
    "harm": ("cause", "causes"),
    "no-difference": ("make little or no difference to", "makes little or no difference to"),
}


def verdict(certainty: str, direction: str, outcome: str) -> str:
    """The plain-language verdict for a claim, following GRADE's standard wording."""
    if certainty == "insufficient":
        return (
            "There is not enough reliable evidence to judge the effect of acupuncture "
            f"on {outcome}."
        )
    if direction == "mixed":
        tail = {
            "low": ", and the evidence is uncertain",
            "very-low": ", and the evidence is very uncertain",
        }
        return f"Studies of acupuncture for {outcome} disagree{tail.get(certainty, '')}."
    if direction == "unclear" or (direction == "no-difference" and certainty == "very-low"):
        if certainty == "very-low":
            return f"The evidence is very uncertain about the effect of acupuncture on {outcome}."
        return f"The effect of acupuncture on {outcome} is unclear."
    adverb = _ADVERB[certainty]
    may_form, plain_form = _VERB[direction]
    sentence = f"Acupuncture {adverb}{may_form if adverb == 'may ' else plain_form} {outcome}"
    if certainty == "very-low":
        sentence += ", but the evidence is very uncertain"
    return sentence + "."


def grading_problems(certainty: str, study_design: str) -> list[str]:
    """The grading rules from design.md, as messages; empty when the grade is allowed."""
    problems = []
    if certainty in ("high", "moderate") and study_design not in RANDOMISED_DESIGNS:
        problems.append(
            f"certainty '{certainty}' needs randomised trials or reviews of them, "
            f"but study_design is '{study_design}'"
        )
    if study_design in NON_CLINICAL_DESIGNS and certainty != "insufficient":
        problems.append(
            f"study_design '{study_design}' is not clinical evidence, so certainty must be "
            f"'insufficient', not '{certainty}'"
        )
    return problems

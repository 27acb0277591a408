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


def verdict(certainty: str, direction: str, outcome: str, size: str = "unknown") -> str:
    """The plain-language verdict for a claim, following GRADE's standard wording. `size`
    is the size of the main result (see effect_size): a small effect is 'slightly', a
    trivial one little or no difference."""
    if direction in ("benefit", "harm") and size == "trivial":
        direction = "no-difference"
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
    if size == "small" and direction != "no-difference":
        sentence += " slightly"
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


# ---------------------------------------------------------------- outcome rows

# What acupuncture was compared with, as rows are grouped: a closed list, so that results
# against sham needling are never mixed with results against no treatment.
COMPARATORS = {
    "sham": "sham acupuncture",
    "no-treatment": "a waiting list or no treatment",
    "usual-care": "usual care or conventional treatment",
    "medication": "medicines",
    "vitamin-b": "vitamin B",
    "medication-add-on": "medicines alone (acupuncture added to them)",
    "vitamin-b-add-on": "vitamin B alone (acupuncture added to it)",
    "mixed": "any control (several kinds pooled)",
}
# How an effect is measured; ratios have no effect at 1 and are drawn on a log scale.
MEASURES = {
    "SMD": "standardised mean difference",
    "MD": "mean difference",
    "RR": "risk ratio",
    "OR": "odds ratio",
}
RATIOS = frozenset({"RR", "OR"})
# The GRADE domains that can lower certainty.
DOMAINS = {
    "risk-of-bias": "risk of bias",
    "inconsistency": "inconsistency",
    "indirectness": "indirectness",
    "imprecision": "imprecision",
    "publication-bias": "publication bias",
}
# Evidence from randomised trials starts at high; each level a domain takes off lowers it.
_RANK = {"high": 4, "moderate": 3, "low": 2, "very-low": 1}


def certainty_after(downgrades: int) -> str:
    """The certainty of randomised evidence lowered by this many levels (GRADE)."""
    rank = max(1, 4 - downgrades)
    return next(level for level, value in _RANK.items() if value == rank)


def effect_size(measure: str, estimate: float) -> str:
    """'important', 'small' or 'trivial' by the usual rules of thumb, or 'unknown'.

    SMD: under 0.2 trivial, under 0.5 small, else moderate or large (the Cochrane
    Handbook's reading of Cohen's thresholds). Ratios: within 10% of 1 trivial, within 25%
    small, else important (25% is GRADE's default threshold for an appreciable effect). A
    mean difference is on its own scale, whose smallest important change the data does not
    hold, so its size is not judged."""
    if measure == "SMD":
        size = abs(estimate)
        return "trivial" if size < 0.2 else "small" if size < 0.5 else "important"
    if measure in RATIOS and estimate > 0:
        ratio = estimate if estimate >= 1 else 1 / estimate
        return "trivial" if ratio < 1.1 else "small" if ratio < 1.25 else "important"
    return "unknown"


def side(
    estimate: float, ci: tuple[float, float] | None, p: str | None, measure: str, better: str
) -> str:
    """'better' or 'worse' for acupuncture when the interval (or, without one, a printed
    P under 0.05) excludes no effect; otherwise 'unclear'."""
    null = 1.0 if measure in RATIOS else 0.0
    if ci is not None:
        if ci[0] <= null <= ci[1]:
            return "unclear"
    elif not (p and _significant(p)):
        return "unclear"
    lower = estimate < null
    return "better" if lower == (better == "lower") else "worse"


def _significant(p: str) -> bool:
    """Whether a P value as printed ('0.01', '< 0.001', '.04') is under 0.05."""
    text = p.replace(" ", "").lstrip("=")
    if text.startswith("<"):
        return float("0" + text[1:] if text[1:].startswith(".") else text[1:]) <= 0.05
    try:
        return float("0" + text if text.startswith(".") else text) < 0.05
    except ValueError:
        return False


# GRADE's informative statements (Santesso et al., 2020), by certainty: how a change is
# said, and how "no difference" is said. Very low certainty has one statement of its own.
STATEMENT_FORMS = {
    "high": ("Acupuncture {verb}s {outcome}", "Acupuncture makes"),
    "moderate": ("Acupuncture probably {verb}s {outcome}", "Acupuncture probably makes"),
    "low": ("Acupuncture may {verb} {outcome}", "Acupuncture may make"),
}
VERY_UNCERTAIN = "The evidence is very uncertain about the effect of acupuncture on {outcome}."
TOO_IMPRECISE = "The result is too imprecise to tell whether acupuncture changes {outcome}."


def statement(certainty: str, size: str, direction: str, outcome: str) -> str:
    """The plain-language statement for one outcome row, derived, never written by hand.

    Very low certainty: very uncertain, whatever the numbers. An interval that takes in no
    effect: little or no difference when the estimate is small or trivial, too imprecise
    to tell when it is large or of unknown size. Otherwise acupuncture improves or worsens
    the outcome, 'slightly' when the effect is small; a trivial effect is no difference."""
    if certainty not in STATEMENT_FORMS:
        return VERY_UNCERTAIN.format(outcome=outcome)
    change, no_difference = STATEMENT_FORMS[certainty]
    if direction == "unclear" and size in ("important", "unknown"):
        return TOO_IMPRECISE.format(outcome=outcome)
    if direction == "unclear" or size == "trivial":
        return f"{no_difference} little or no difference to {outcome}."
    verb = "improve" if direction == "better" else "worsen"
    return change.format(verb=verb, outcome=outcome) + (" slightly." if size == "small" else ".")

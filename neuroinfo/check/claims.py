"""Which sentences of an article make a claim neuroinfo grades, and which claims.

A sentence is a claim when it says acupuncture does something (helps, eases, heals,
stimulates, releases, is safe...) or that research shows it, and what it says matches a graded
claim: by one of the claim's phrasings held whole (the ways sources phrase it, in the data), or
by the search ranking over the claims, strongly enough. Figures quoted for a benefit ("76% vs
15%") and study language ("clinically proven") are claims about the evidence. Questions,
headings, and sentences that only deny or doubt a benefit are left alone."""

import math
import re
import sqlite3

from neuroinfo.check.sentences import Sentence
from neuroinfo.frozen import record
from neuroinfo.search.rank import Lookups, matching_phrases, rank, stems
from neuroinfo.search.text import content_words

# What a claim does: a verb or adjective of effect, benefit or safety. Matched on words as
# written, so it needs no index.
_EFFECT = re.compile(
    r"\b(?:help\w*|eas(?:e|es|ed|ing)|relie\w*|reduc\w*|improv\w*|restor\w*|repair\w*|"
    r"heal(?:s|ed|ing|er|ers)?|regenerat\w*|regrow\w*|rebuild\w*|revers\w*|cur(?:e|es|ed|ing)|treat(?:s|ed|ing)?|"
    r"stimulat\w*|activat\w*|releas\w*|trigger\w*|boost\w*|promot\w*|work(?:s|ed|ing)?|"
    r"effective\w*|benefi\w*|better|prevent\w*|protect\w*|strengthen\w*|calm\w*|balanc\w*|"
    r"safe\w*|harmless|proven|confirm\w*|respond\w*|recover\w*|alleviat\w*|lessen\w*|"
    r"sooth\w*|fad(?:e|es|ed|ing)|gone|impressive|encouraging|"
    r"chang\w* (?:\w+ ){0,3}(?:respon\w*|perception)|"
    r"disappear\w*|wonders?|miracl\w*|fix\w*|lift\w*|"
    r"unblock\w*|flow\w*|increas\w*|faster|drop(?:s|ped)?|fell|fallen|lower\w*|"
    r"signific\w*|encourag\w*|promis\w*|offer\w*|recommend\w*|support\w*|endorphin\w*|"
    r"stop\w*|melt\w*|amazing|excellent|effect\w*|regenerat\w*|frees?|freed|revs?|rous\w*|"
    r"wak\w*|beats?|coax\w*|excit\w*|prompt\w*|lower\w*|keeps?|kept|allow\w*|option|"
    r"considered|worth|again|differen\w*|nil|uncommon|rare\w*|low[- ]risk|"
    r"less|fewer|far better|much better|feel\w* better|calm\w*|relax\w*|energy|"
    r"nourish\w*|blunt\w*|dial\w*|mov\w*|clear\w*|"
    # verbs of getting better, of less, and of coming back, as a thesaurus lists them
    r"diminish\w*|dull\w*|settl\w*|subsid\w*|declin\w*|shrank|vanish\w*|resolv\w*|"
    r"return\w*|regain\w*|revert\w*|revi(?:ve|ves|ved|ving|tali[sz]\w*)|renew\w*|"
    r"rejuvenat\w*|awak\w*|energi[sz]\w*|invigorat\w*|quicken\w*|speed\w*|sped|"
    r"accelerat\w*|enhanc\w*|rais\w*|normali[sz]\w*|correct\w*|regulat\w*|mend\w*|"
    r"sav(?:e|es|ed|ing)|rescu\w*|transform\w*|tam(?:e|es|ed|ing)|quiet\w*|eas(?:ier|ier)|"
    r"counteract\w*|combat\w*|fight\w*|tackl\w*|target\w*|act(?:s|ed)? on|cut(?:s|ting)?|"
    r"halv\w*|shorten\w*|faded|came back|come back|comes back|coming back|"
    r"went away|go away|goes away|gone away)\b|"
    r"\bgave (?:me|her|him|them|us) .{0,40}\bback\b|\bwent from\b.{0,30}\bto\b|"
    r"\bhead(?:s|ed)? off\b|\bward(?:s|ed)? off\b|\b(?:before|from) (?:it|they) (?:even )?"
    r"(?:starts?|happens?|begins?|takes? hold)\b",
    re.IGNORECASE,
)
# Language that cites evidence for a benefit.
_STUDY = re.compile(
    r"\b(?:research|studies|study|trials?|evidence|science|scientific\w*|clinical\w*|"
    r"meta-analys\w*|review|proven|data|results?|shown|demonstrat\w*)\b",
    re.IGNORECASE,
)
# A figure offered as a result: a percentage, points on a scale, "x in y", "76% vs 15%".
_FIGURE = re.compile(
    r"(?<![\d.])\d{1,15}(?:\.\d{1,15})?\s*(?:%|per ?cent|percent|points?)|"
    r"\b\d{1,15}\s+(?:in|out of)\s+\d+\b|"
    r"\b(?:\w+-)?(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety)\s+(?:per ?cent|percent)\b|"
    r"\b(?:two|three|four|five|six|seven|eight|nine)\s+(?:in|out of)\s+(?:ten|\d+)\b|"
    r"\b(?:half|a third|one[- ]third|two[- ]thirds|a quarter|one[- ]quarter|three[- ]quarters|"
    r"the majority) of (?:the |all )?(?:patients|participants|subjects|people|volunteers|"
    r"(?:\w+[- ])?(?:acupuncture|treated|treatment) group)\b",
    re.IGNORECASE,
)
# A verdict on acupuncture itself ("one of the most promising", "an effective therapy"):
# said of acupuncture by name, the general claim that it helps neuropathy.
_VERDICT = re.compile(
    r"\b(?:promising|effective|effectiveness|efficacious|helpful|beneficial|successful\w*|"
    r"endorsed|approved|recommended|worth (?:a try|trying)|"
    r"(?<!how it )(?<!how acupuncture )(?:may |does |can )?work(?:s|ed)?|"
    r"respond(?:s|ed)? (?:well |very well )?to (?:acupuncture|it|needling|treatment)|"
    r"made (?:a|all the) (?:\w+ )?difference|significant(?:ly)? (?:reduc|improv|reliev|eas)\w*)\b",
    re.IGNORECASE,
)
_BY_NAME = re.compile(r"\b(?:acupunct\w*|electro-?acupunct\w*)\b", re.IGNORECASE)
_NAMED = re.compile(r"\b(?:acupunct\w*|electro-?acupunct\w*|needl\w*|acupoints?)\b", re.I)
# Benefits no graded claim is about, said without neuropathy or its symptoms in view.
_OFF_TOPIC = re.compile(
    r"\b(?:blood sugar|glucose|weight|fertility|smoking|migraines?|headaches?|back pain|"
    r"joint pain|arthritis|nausea|vomiting|hot flash\w*|allerg\w*|amputation)\b",
    re.IGNORECASE,
)
_ON_TOPIC = re.compile(
    r"\b(?:\w*neuropath\w*|nerves?|nerve \w+|numb\w*|tingl\w*|burning|pins|sensation|"
    r"feet|foot|toes|hands|fingers?|cramps?|weakness|balance|cipn|dpn|chemo\w*)\b",
    re.IGNORECASE,
)
_NEUROPATHY = re.compile(r"\b(?:\w*neuropath\w*|nerve damage|cipn|dpn)\b", re.IGNORECASE)
# A question that asks whether acupuncture helps, and a short "yes" to it.
_ASKED = re.compile(
    r"\W*(?:so,? )?(?:can|does|do|will|could|is|would|might)\s+(?P<rest>[^?]{3,200})\?\W*$",
    re.IGNORECASE,
)
_YES = re.compile(
    r"\W*(?:yes\b|absolutely\b|definitely\b|it (?:can|does|will|may|might)\b(?!\s+not)|"
    r"(?:the |in )?(?:short|quick|simple) answer(?: is|:)\s*yes\b|in short,? yes\b)",
    re.IGNORECASE,
)
# A sentence that only denies or doubts a benefit states no claim of its own.
_DENIAL = re.compile(
    r"\b(?:no (?:good |reliable |strong |clear |convincing )?(?:evidence|proof|study|studies|"
    r"trials?|research)|not (?:been )?(?:shown|proven|proved|established|clear|enough|"
    r"confirmed)|unproven|isn'?t proven|cannot (?:say|tell|be sure)|can'?t (?:say|tell)|"
    r"too (?:few|small|weak)|(?:does|do|did) not (?:show|prove|help|work|repair|restore|"
    r"heal|cure|reverse|regrow)|doesn'?t (?:show|prove|help|work|repair|restore|heal|cure|"
    r"reverse|regrow)|no better than|not a cure|is not a cure|won'?t cure|no (?:known )?cures?|"
    r"little (?:or no )?(?:\w+ )?evidence|insufficient|inconclusive|does not mean|doesn'?t mean|"
    r"did not differ|no (?:significant )?difference|(?:do|does|did) not respond|"
    r"(?:don'?t|doesn'?t|didn'?t) respond|"
    r"none (?:of (?:them|(?:these|those|the) \w+|these|those) )?(?:shows?|showed|has shown|"
    r"have shown|proves?|"
    r"found)|"
    r"(?:does|do|did) not (?:appear|seem) to (?:do|help|work|regrow|repair|restore|reverse|heal|"
    r"cure|improve|reduce|ease|relieve)|doesn'?t (?:appear|seem) to (?:do|help|work|regrow|"
    r"repair|restore|reverse|heal|cure|improve|reduce|ease|relieve)|"
    r"(?:won'?t|will not|would not|wouldn'?t|cannot|can'?t|never) (?:\w+ )?(?:reverse|undo|"
    r"cure|heal|repair|restore|regrow|regenerate|rebuild|fix|replace|remove|bring back))\b",
    re.IGNORECASE,
)
# Safety said as a claim: side effects rare or mild, "completely safe".
_SAFETY = re.compile(
    r"\b(?:safe\w*|side[- ]effects?|adverse|complications?|risks?|harm\w*|bruis\w*|serious|"
    r"tolerat\w*|"
    r"well[- ]tolerated|gentle|painless)\b",
    re.IGNORECASE,
)
# Acupuncture, or what it is done with.
_ACUPUNCTURE = re.compile(
    r"\b(?:acupunct\w*|electro-?acupunct\w*|needl\w*|acupoints?|qi|meridians?)\b", re.IGNORECASE
)
# Words that stand for acupuncture only when no other treatment is in view ("after ten
# sessions", "the treatment"), never when another kind qualifies them ("cancer treatment").
_GENERIC = re.compile(r"\b(?:sessions?|treatments?)\b", re.IGNORECASE)
_OTHER_KIND = frozenset(
    """
    cancer chemotherapy chemo conventional traditional standard medical drug first-line usual
    other western surgical current effective available mainstream diabetes insulin medication
    pain
    """.split()  # noqa: SIM905 - a word list reads better as text
)
# ... nor when what follows makes them something else ("treatment plan").
_NOT_ITS_OWN = frozenset(["plan", "plans", "option", "options", "centre", "center", "team"])
# Not acupuncture at all: the symptom.
_PINS = re.compile(r"\bpins (?:and|&) needles?\b", re.IGNORECASE)
# Another treatment as the subject: a claim about it is not one neuropathy's acupuncture
# claims, unless acupuncture is named too.
_OTHER = re.compile(
    r"\b(?:drugs?|medicines?|medications?|duloxetine|pregabalin|gabapentin|amitriptyline|"
    r"pills?|tablets?|creams?|physiotherap\w*|exercise|surgery|vitamins?|supplements?|"
    r"insulin|diet|meditation|yoga|massage|tai chi|qigong|chiropractic|herbs?|herbal|"
    r"formulas?|capsaicin|lipoic|b12|b6|patch(?:es)?|ointments?|gels?|gloves|socks|stockings|"
    r"compression|cannabis|cbd|orthotics?|shoes|reflexology|infrared|"
    r"antidepressants?|anticonvulsants?|mindfulness|counsel\w*|cbt|psycholog\w*|podiatr\w*|"
    r"footwear|foot care|(?:glucose|blood sugar|diabetes) control|hba1c|physical therap\w*|"
    r"injections?|nerve blocks?|steroids?|tens|spinal cord stimulat\w*|"
    r"(?:conventional|standard|western) (?:treatments?|medicine|care)|usual care|biofeedback|"
    r"hypnosis|(?:complementary|alternative)(?: and alternative)? "
    r"(?:therapies|treatments|medicine)|"
    r"addictive|withdrawal)\b",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"\s*by\s", re.IGNORECASE)
# Where a qualification starts: "..., but ...", "...; yet ...".
_BUT = re.compile(r"[,;:\u2014\u2013-]\s*(?:but|yet|although|though|however)\b|\sbut\s", re.I)
# What only limits a claim made first ("may help, but it is not a cure"): any other denial
# after the "but" ("..., but there is no evidence that it works") still undoes the claim.
_LIMIT = re.compile(
    r"(?:is |it'?s )?not a cure|no cure|"
    r"(?:won'?t|will not|would not|wouldn'?t|cannot|can'?t|does not|doesn'?t) (?:\w+ )?cure|"
    r"(?:does not|doesn'?t|won'?t|will not|may not|might not) work for (?:everyone|everybody|all)",
    re.IGNORECASE,
)
# "While it helps many, it does not work for everyone": the claim first, then its limit.
_WHILE = re.compile(r"\W*(?:while|although|though|even though)\b([^,]+),(.+)", re.I | re.S)
# Words that set another treatment against the one a sentence is about.
_CONTRAST = frozenset(
    [
        "no",
        "without",
        "than",
        "unlike",
        "instead",
        "rather",
        "not",
        "nor",
        "never",
        "despite",
        "besides",
        "beyond",
        "failed",
        "vs",
        "vs.",
        "versus",
        "compared",
        "against",
    ]
)
# No claim of their own: doubt, a question asked in passing, the weaknesses of studies,
# advice to the reader, booking and offers, and page furniture.
_NOT_A_CLAIM = re.compile(
    # doubt: "whether" with no alternative ("whether X or Y, it helps" is a claim all the same)
    r"\bwhether\b(?![^.;]{0,120}\bor\b(?! not))|"
    r"\bnot (?:yet|fully|well) (?:enough|understood|known|clear)|\bnot yet\b|"
    r"\b(?:stud(?:y|ies)|trials?|evidence|research|results?|samples?|numbers|groups?|they|it|"
    r"data|findings|reviews?) (?:were|are|was|is) (?:too |very |quite |rather |all )?"
    r"(?:small|unblinded|poorly|mixed|modest|weak|low[- ]quality)\b|"
    r"\bdid(?: not|n'?t) (?:use|compare|measure|include)\b|\b(?:shrinks|shrank|disappears)\b|"
    r"\bplacebo effect|\beffects? of expectations?|\bresults (?:are|were) mixed|"
    r"\b(?:isn'?t|is not|wasn'?t|was not) clear\b|"
    r"\b(?:should|must) (?:check|watch|tell|ask|talk|see|avoid|not)\b|\bcheck (?:your|their)\b|"
    r"\btell your\b|\bmake sure\b|\bseek\b|\bmay be referred\b|"
    r"\b(?:is|are) (?:described|defined) as\b|\brefers? to\b|"
    r"\b(?:were|was|are|is) (?:basically |about |roughly |much )?the same\b|\bno change\b|"
    r"\bdid(?:n'?t| not) (?:change|budge|help|work)\b|"
    r"\b(?:(?:would|will|could)(?: not|n'?t)|won'?t) "
    r"(?:tell|say|claim|promise|fix|repair|cure|heal)\b|"
    r"\b(?:call|email|e-mail|phone|text) (?:us|our|now|today)\b|"
    r"\bbook (?:now|online|today|a|your)\b|"
    r"(?<!\d)\d{1,15}\s*%\s*off\b|\bdiscount|\bcoupon|"
    r"\bwill (?:test|study|look at|compare|examine|measure|find out)\b|\bis recruiting\b|"
    r"\baims? to (?:test|find|see|learn)\b|\bplans? to (?:test|study)\b|"
    r"^\s*(?:tags?|posted|filed under|share|categories)\b|\s\|\s.*\s\|\s|"
    r"\bforward-looking\b|\bfounded in\b|\bheadquartered\b|"
    r"\b(?:not|never) (?:been )?(?:cleared|approved|licensed) (?:by|for)\b|"
    # how a study was run, what its control arm did, and research still under way
    r"\brandomly (?:assigned|allocated|divided|split)\b|"
    r"\b(?:were|was|ha(?:s|ve) been) (?:randomi[sz]ed|allocated|conducted|performed|carried out|"
    r"administered|evaluated|assessed|followed up)\b|"
    r"\bconducted (?:this|the|a|their) (?:study|trial)\b|"
    r"\b(?:being|been) (?:evaluated|studied|explored|investigated|tested)\b|"
    r"\b(?:studies|trials|research) (?:looking at|examining|investigating)\b|"
    r"\bfocus(?:ed|es)? on the (?:usefulness|effects?|role|efficacy|effectiveness)\b|"
    r"\bpoints used were\b|\bwere standardi[sz]ed\b|"
    r"^\W*(?:among|in|for) (?:\w+ ){0,3}(?:comparison|control|sham|placebo|usual[- ]care|"
    r"wait(?:ing)?[- ]?list) (?:group|arm)s?\b|\b(?:had|got|received|given) sham\b|"
    r"\b(?:is|are) (?:now |currently |still )?(?:studying|investigating|testing|exploring)\b|"
    r"\bto determine (?:how|whether|if)\b|\bfurther the research\b|"
    r"\b(?:more|further|larger|additional|bigger) (?:research|studies|trials) (?:is |are )?"
    r"(?:needed|required|warranted)\b|"
    # what the page is, who wrote it, and how a session goes
    r"\b(?:this|the|our) (?:article|post|page|guide|blog|piece|section) (?:explores|looks at|"
    r"discusses|covers|examines|explains|describes|will)\b|\blet'?s (?:chat|talk)\b|"
    r"^\W*(?:perhaps|maybe) you\b|"
    r"\bha(?:s|ve) treated (?:more than |over |about |some |nearly |almost )?\d[\d,]*\b|"
    r"\bgained (?:\w+ ){0,3}experience\b|\bthis week'?s expert\b|\bL\.\s?Ac\b|"
    r"\btoday (?:released|announced|reported)\b|\badvises? (?:that|against)\b|"
    r"\bside[- ]effects? (?:are|were|can be) (?:often )?"
    r"(?:unbearable|severe|intolerable|troubling)\b|"
    r"\binvolves (?:the )?(?:insert\w*|placing|placement)\b(?![^.]*\bto (?:help|stimulat|reliev|"
    r"eas|restor|improv|promot|releas|balanc|activat|trigger|boost|reduc))|"
    r"\bexperience is in\b|\bbenefits and (?:risks|side effects|drawbacks)\b|\bpros and cons\b|"
    r"\b(?:commonly|often|widely|increasingly|also) used (?:to treat|for)\b|"
    r"\bturn(?:s|ed|ing)? to (?:acupuncture|it|this|needling)\b|"
    r"^\W*(?:take|wear|bring|eat|avoid|arrive|drink|remember|plan) (?:a|an|your|some|the|loose|"
    r"comfortable|light|plenty)\b|\btimes a week\b|\bneed to receive\b|"
    r"\bthere (?:are|is) (?:some )?(?:potential |possible )?risks?\b|"
    r"\b(?:dull|blunt|weaken|reduce|block|limit)s? the effects? of (?:acupuncture|needling|it)\b|"
    r"\b(?:is|are) believed to (?:flow|travel|circulate|run)\b|"
    r"\bwhen the flow of (?:\w+ ){0,2}(?:qi|energy|blood)\b|\bbodies contain\b|"
    r"\bsuggest\w* (?:\w+ ){0,3}(?:to )?try\b|\bsuggested acupuncture\b|"
    r"\b(?:did not|didn'?t|do not|don'?t) know (?:if|whether)\b|"
    r"\b(?:used|using|practi[cs]ed) for (?:over |more than |some )?(?:thousands of|[\d,]+) years\b|"
    r"\bis based on (?:the )?(?:use|concept|principles?|theory|practice|belief) of\b|"
    r"\bdismiss(?:ed|es)?\b|\bfunded by\b|"
    r"\b(?:trials|studies|research) (?:are|is) (?:still )?(?:needed|required|warranted)\b|"
    r"\bif you have (?:any )?questions\b|\bget in touch\b|\bcontact us\b|\bkeep in mind\b|"
    r"\bmade an appointment\b|\bin this (?:month'?s |week'?s )?(?:blog|post|article|issue)\b|"
    r"\b(?:lay|lie|lies|lying) (?:on|down|back)\b|\bturns? over\b|\bas the needles? goes? in\b",
    re.IGNORECASE,
)
# What the condition is and does, said without acupuncture: no claim about it.
_CONDITION = re.compile(
    r"\b(?:can|may|often|usually) (?:cause|affect|lead|start)\w*|\bcauses?\b|\baffects\b|"
    r"\bis (?:damage|a condition|when)\b|\bhappens when\b|\brange from\b|\bleft (?:me|her|him)\b|"
    r"\bleaves? (?:people|patients|you|me|many|them|her|him)\b|"
    r"\bfind it (?:difficult|hard)\b|\bstruggle to\b|"
    r"\b(?:difficult|hard|harder|notoriously \w+) to treat\b|"
    r"\bfail(?:s|ed)? to (?:provide|give|help|relieve|work)\b|"
    r"\bsuffer(?:s|ed|ing)? from\b|\bcaused by\b|\bcausing\b|"
    r"\b(?:common|frequent|known) (?:side[- ]effects?|complications?) (?:of|from)\b|"
    r"\b(?:almost |nearly )?impossible to\b|\bdifficulty\b|"
    r"\bhard to (?:walk|stand|balance|grip|sleep)\b|"
    r"\bno (?:known |effective |proven |good )?(?:treatments?|cures?|therap(?:y|ies))\b|"
    r"\b(?:symptoms?|signs?|condition|causes?)(?: of(?: \w+){1,3})? (?:often |usually |can |may )?"
    r"(?:includes?|involves?)\b|"
    r"\b(?:symptoms?|signs?|condition|causes?|this|which) (?:often |usually |can |may )?"
    r"(?:includes?|involves?)\b|\bmanifests?\b|\b(?:will|who|to|may) develop\b|\bwithstand\b|"
    r"\bone of the most common\b|\bgetting (?:worse|unbearable)\b|"
    r"\bside[- ]effects? of (?:cancer |the |their |your )?(?:chemo\w*|drugs?|medications?|"
    r"medicines?|treatments?|cancer treatments?)\b|"
    r"\bno (?:effective |proven |good )?(?:treatment|cure|therapy)\b|"
    r"\bexperience (?:cipn|neuropathy|nerve|numbness|tingling|pain)\b|"
    r"\bdiagnos\w*",
    re.IGNORECASE,
)
# Who or what the sentence credits: acupuncture named, a pronoun standing for it, or a
# speaker telling what happened to them.
_ATTRIBUTED = re.compile(
    r"\b(?:it|this|they|these|i|my|me|we|our|us|you|your|patients?|people)\b", re.IGNORECASE
)
# A condition set first ("If nothing has changed by then..."): advice or a hypothesis, a
# claim only when acupuncture is named in it.
_CONDITIONAL = re.compile(r"\W*(?:if|unless|should you|in case)\b", re.IGNORECASE)
# A title that asks how or why, without a question mark.
_TITLE_QUESTION = re.compile(r"^\s*(?:how|why|what|when|can|does|do|is|are|will)\b", re.I)
_CHEMO = re.compile(
    r"\b(?:chemo\w*|cancer|oncolog\w*|paclitaxel|oxaliplatin|taxanes?|docetaxel|"
    r"bortezomib|vincristine|cipn|tumou?rs?)\b",
    re.IGNORECASE,
)
_DIABETES = re.compile(r"\b(?:diabet\w*|blood sugar|glucose|dpn)\b", re.IGNORECASE)
# A claim about symptoms or pain in general, read as the claim for the kind of neuropathy
# the article, or the paragraph, is about.
IN_CONTEXT = {
    "chemo": {
        "treats-sensory-symptoms": "cipn-symptoms",
        "treats-motor-symptoms": "cipn-symptoms",
        "changes-chronic-pain": "cipn-pain",
        "dpn-symptoms": "cipn-symptoms",
        "research-confirms-benefit": "cipn-symptoms",
    },
    "diabetes": {
        "treats-sensory-symptoms": "dpn-symptoms",
        "changes-chronic-pain": "dpn-symptoms",
        "research-confirms-benefit": "dpn-symptoms",
    },
}
# Curly apostrophes as straight ones, so that every pattern reads a typeset "doesn't" too.
_STRAIGHT = str.maketrans("\u2019\u2018\u00b4`", "'" * 4)
# How a sentence ends, when it is not a heading or a list line.
_FULL_STOP = re.compile("[.!:;\u2026][\"'\u201d\u2019)\\]]*\\s*$")
SHORT_WORDS = 5  # a sentence this short that names acupuncture's effect says it helps at all
MIN_WORDS = 4  # a run of fewer words ("Book Online", "Pricing") is no claim, unless it
# names acupuncture ("Acupuncture can help.")
MIN_SCORE = 3.0  # the topic score a claim needs (see Topics)
# ... and a sentence with acupuncture named neither in it nor in the IN_VIEW sentences before
# it: in real pages such sentences are mostly about the condition, or another treatment.
OUT_OF_VIEW_SCORE = 5.0
IN_VIEW = 2
STRONG_SCORE = 8.0  # ... in a heading, or a sentence with no word of effect or no one credited
PHRASE_WEIGHT = 5.0  # a phrasing held whole adds this much, times its share of the sentence
STRONG_PHRASE = 0.3  # a phrasing that covers this share of a sentence says what it claims
RANK_BONUS = 1.0  # the search ranking's first claim adds this, when it covers COVERAGE
COVERAGE = 0.4
SECOND = 0.75  # a second claim is listed when it scores this share of the first
EVIDENCE_CLAIM = "research-confirms-benefit"


@record
class Match:
    claim: str
    score: float


@record
class Finding:
    sentence: Sentence
    matches: tuple[Match, ...]  # best first


def context_of(text: str) -> str | None:
    """'chemo' or 'diabetes' when the text is mostly about one of them, else None."""
    chemo, diabetes = len(_CHEMO.findall(text)), len(_DIABETES.findall(text))
    if chemo >= 2 and chemo >= 3 * diabetes:
        return "chemo"
    if diabetes >= 2 and diabetes >= 3 * chemo:
        return "diabetes"
    return None


class Topics:
    """How strongly a sentence's words point to each claim: every word of a claim's
    phrasings, statement and outcome, stemmed as the search index stems them (counted when
    the store is compiled: search/index.py), weighted by how few claims use it (tf-idf over
    the claims). A paraphrase never seen whole still
    points to its claim through the words it shares with the claim's phrasings."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        counts: dict[str, dict[str, int]] = {}
        for claim, word, texts in db.execute("SELECT claim, word, texts FROM topic_words"):
            counts.setdefault(claim, {})[word] = texts
        users: dict[str, int] = {}
        for bag in counts.values():
            for word in bag:
                users[word] = users.get(word, 0) + 1
        total = len(counts)
        self.weights = {
            claim: {w: n / (n + 1.0) * math.log(1 + total / users[w]) for w, n in bag.items()}
            for claim, bag in counts.items()
        }

    def scores(self, sentences_: list[str]) -> list[dict[str, float]]:
        """For each sentence, each claim's score (claims it shares no word with left out)."""
        stemmed = stems(self.db, [" ".join(content_words(text)) for text in sentences_])
        found = []
        for words in stemmed:
            held = set(words.split())
            scores = {}
            for claim, weights in self.weights.items():
                score = sum(weights.get(word, 0.0) for word in held)
                if score:
                    scores[claim] = score
            found.append(scores)
        return found


def find(
    db: sqlite3.Connection,
    found: list[tuple[Sentence, str | None]],
    claims: set[str],
) -> list[Finding]:
    """The sentences that make a graded claim, with the claims they make, best first. Each
    sentence comes with the context ('chemo', 'diabetes' or None) of where it stands;
    `claims` are the ids of the claims (a data folder may hold none)."""
    named = [_NAMED.search(_PINS.sub(" ", sentence.text)) is not None for sentence, _ in found]
    judged = []  # (sentence, context, what it says, whether acupuncture is in view)
    for index, (sentence, context) in enumerate(found):
        said = _answered(found[index - 1][0].text, sentence.text) if index else None
        if said is not None or _worth_judging(sentence.text):
            in_view = any(named[max(0, index - IN_VIEW) : index + 1])
            judged.append((sentence, context, said or sentence.text, in_view))
    topics = Topics(db).scores([said for _, _, said, _ in judged]) if judged else []
    out = []
    lookups = Lookups()  # the words of one article recur from sentence to sentence
    for (sentence, context, said, in_view), scores in zip(judged, topics, strict=True):
        least = MIN_SCORE if in_view else OUT_OF_VIEW_SCORE
        finding = _judge(db, lookups, sentence, said, context, scores, set(claims), least)
        if finding is not None:
            out.append(finding)
    return out


def _answered(question: str, answer: str) -> str | None:
    """What a short "yes" says, after a question that asks whether acupuncture helps ("Can
    acupuncture ease neuropathy? It can."): the question, put as a statement."""
    asked = _ASKED.match(question.translate(_STRAIGHT))
    if asked is None or _YES.match(answer.translate(_STRAIGHT)) is None:
        return None
    statement = asked.group("rest").strip()
    return statement[0].upper() + statement[1:] + "." if _BY_NAME.search(statement) else None


def _judge(
    db: sqlite3.Connection,
    lookups: Lookups,
    sentence: Sentence,
    said: str,
    context: str | None,
    topic: dict[str, float],
    claim_ids: set[str],
    least: float = 0.0,
) -> Finding | None:
    """Whether `sentence` makes a graded claim, and which: `said` is what it says (its own
    text, or the question a "yes" answers); `least` is the score a claim needs at least."""
    text = said.translate(_STRAIGHT)
    effect, safety = bool(_EFFECT.search(text)), bool(_SAFETY.search(text))
    mentioned = _names_acupuncture(text)
    figures = bool(_FIGURE.search(text)) and effect
    evidence = (bool(_STUDY.search(text)) and effect) or figures
    if not mentioned and (
        _other_treatment(text) or _CONDITION.search(text) or _CONDITIONAL.match(text)
    ):
        return None
    if _OFF_TOPIC.search(text) and not _ON_TOPIC.search(text):
        return None
    heading = not _FULL_STOP.search(text)
    if heading and _TITLE_QUESTION.match(text):
        return None
    credited = mentioned or evidence or bool(_ATTRIBUTED.search(text))
    scores = dict(topic)
    phrased = False
    for (_, claim), share in matching_phrases(db, text, ("claims",), lookups).items():
        if claim in claim_ids:
            scores[claim] = scores.get(claim, 0.0) + PHRASE_WEIGHT * share
            phrased = phrased or share >= STRONG_PHRASE
    cued = effect or safety or evidence or phrased
    if not cued or (heading and not effect):
        return None
    ranking = rank(db, text, ("claims",), lookups)
    if ranking.hits and ranking.hits[0].coverage >= COVERAGE:
        top = ranking.hits[0].id
        scores[top] = scores.get(top, 0.0) + RANK_BONUS
    # A plain sentence needs someone credited with the effect; without, or as a heading, it
    # needs a stronger match.
    least = max(least, MIN_SCORE if credited and not heading else STRONG_SCORE)
    scores = {claim: score for claim, score in scores.items() if score >= least}
    by_name = _BY_NAME.search(text) is not None
    general = (
        (evidence and (mentioned or figures))
        or (by_name and _VERDICT.search(text) is not None)
        or (by_name and effect and _NEUROPATHY.search(text) is not None)
        or (by_name and effect and len(text.split()) <= SHORT_WORDS)  # "Acupuncture can help."
    )
    defaulted = general and not scores and EVIDENCE_CLAIM in claim_ids
    if defaulted:  # evidence for acupuncture, on no one claim: the claim about research
        scores[EVIDENCE_CLAIM] = MIN_SCORE
    if not scores:
        return None
    return Finding(sentence, _ranked(_in_context(scores, text, context, claim_ids, defaulted)))


def _names_acupuncture(text: str) -> bool:
    """Whether the sentence names acupuncture, or a session or treatment that can only be
    it: "pins and needles" is the symptom, and "cancer treatment" another treatment."""
    plain = _PINS.sub(lambda found: " " * len(found.group()), text)
    if _ACUPUNCTURE.search(plain):
        return True
    if _other_treatment(plain):
        return False
    for found in _GENERIC.finditer(plain):
        before = plain[max(0, found.start() - 30) : found.start()].lower().split()[-1:]
        after = plain[found.end() : found.end() + 30].lower().split()[:1]
        if not _OTHER_KIND.intersection(word.strip(",;:()") for word in before) and not (
            _NOT_ITS_OWN.intersection(word.strip(",;:()") for word in after)
        ):
            return True
    return False


def _other_treatment(text: str) -> bool:
    """Whether another treatment is what the sentence is about: named, and not only set
    against ("which no pill can do", "without drugs", "unlike medicines")."""
    for found in _OTHER.finditer(text):
        before = text[max(0, found.start() - 40) : found.start()].split()[-3:]
        if not _CONTRAST.intersection(word.lower().strip(",;:()") for word in before):
            return True
    return False


def _worth_judging(text: str) -> bool:
    """A sentence long enough to claim something, not a question, a byline, or a doubt. A
    claim made first and qualified after "but" ("may help, but it is not a cure") is still
    a claim: after the "but", only a denial that does more than limit it undoes it."""
    text = text.translate(_STRAIGHT)
    words = re.findall(r"[A-Za-z]+", text)
    question = text.rstrip(" \"'\u201d\u2019)").endswith("?")
    byline = len(words) <= 6 and _BYLINE.match(text) is not None
    concession = _WHILE.match(text)
    first, *after = concession.groups() if concession else _BUT.split(text, maxsplit=1)
    denied = _DENIAL.search(first) is not None or any(_denies(rest) for rest in after)
    return (
        (len(words) >= MIN_WORDS or (len(words) == MIN_WORDS - 1 and _BY_NAME.search(text)))
        and not question
        and not byline
        and not denied
        and not _NOT_A_CLAIM.search(first)
    )


def _denies(text: str) -> bool:
    """Whether `text` denies more than a limit ("it is not a cure", "it does not work for
    everyone") would."""
    limits = [found.span() for found in _LIMIT.finditer(text)]
    return any(
        not any(start <= found.start() and found.end() <= end for start, end in limits)
        for found in _DENIAL.finditer(text)
    )


def _in_context(
    scores: dict[str, float],
    text: str,
    context: str | None,
    claim_ids: set[str],
    defaulted: bool,
) -> dict[str, float]:
    """General claims read as the claim for the neuropathy in question: the sentence's
    own, else its paragraph's or article's. The general claim stays, listed second. The
    claim about research is read so only where it stood in for figures on no one claim."""
    own = context_of(text + " " + text)  # a single mention in the sentence decides
    where = own or context
    if where is None:
        return scores
    mapped = dict(scores)
    for general, specific in IN_CONTEXT[where].items():
        if general == EVIDENCE_CLAIM and not defaulted:
            continue
        if general in scores and specific in claim_ids:
            mapped[specific] = max(mapped.get(specific, 0.0), scores[general] + 0.5)
    return mapped


def _ranked(scores: dict[str, float]) -> tuple[Match, ...]:
    best = max(scores.values())
    kept = [
        Match(claim, round(score, 1)) for claim, score in scores.items() if score >= best * SECOND
    ]
    return tuple(sorted(kept, key=lambda match: (-match.score, match.claim)))


__all__ = ["Finding", "Match", "context_of", "find"]

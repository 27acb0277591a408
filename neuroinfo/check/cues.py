"""The words and turns of phrase `check` reads a sentence by: what a claim does, what only
denies or doubts one, what names acupuncture or another treatment, what is no claim at all
(study methods, page furniture, the condition itself), and the like. Each is a regular
expression on the sentence as written, so none needs the index. claims.py weighs them."""

import re

# What a claim does: a verb or adjective of effect, benefit or safety. Matched on words as
# written, so it needs no index.
EFFECT = re.compile(
    r"\b(?:help\w*|eas(?:e|es|ed|ing)|relie\w*|reduc\w*|improv\w*|restor\w*|repair\w*|"
    r"heal(?:s|ed|ing|er|ers)?|regenerat\w*|regrow\w*|rebuild\w*|revers\w*|cur(?:e|es|ed|ing)|treat(?:s|ed|ing)?|"
    r"stimulat\w*|activat\w*|releas\w*|trigger\w*|boost\w*|promot\w*|"
    r"work(?:s|ed|ing)?(?! (?:in|at|as)\b| for (?:a|an|the|our|my|his|her)\b)|"
    r"effective\w*|benefi\w*|better|prevent\w*|protect\w*|strengthen\w*|calm\w*|balanc\w*|"
    r"safe\w*|harmless|proven|confirm\w*|respond\w*|recover\w*|alleviat\w*|lessen\w*|"
    r"sooth\w*|fad(?:e|es|ed|ing)|gone|impressive|decreas\w*|"
    r"chang\w* (?:\w+ ){0,3}(?:respon\w*|perception)|"
    r"disappear\w*|wonders?|miracl\w*|fix\w*|lift\w*|"
    r"unblock\w*|flow\w*|increas\w*|faster|drop(?:s|ped)?|fell|fallen|lower\w*|"
    r"signific\w*|encourag\w*|promis\w*|recommend\w*|support\w*|endorphin\w*|"
    r"offer(?:s|ed|ing)? (?:\w+ )?(?:relief|hope|help|benefits?)|"
    r"offer(?:s|ed|ing)? an? (?:effective|safe|natural|gentle)|(?:may|should) be offered|"
    r"positive (?:results?|effects?|outcomes?|response)|"
    r"excel\w*|"
    r"stop\w*|melt\w*|amazing|effect\w*|frees?|freed|revs?|rous\w*|"
    r"wak\w*|beats?|coax\w*|excit\w*|prompt\w*|keeps?|kept|allow\w*|option|"
    r"considered|worth|again|differen\w*|nil|uncommon|rare\w*|low[- ]risk|"
    r"less|fewer|far better|much better|feel\w* better|relax\w*|energy|"
    r"nourish\w*|blunt\w*|dial\w*|mov\w*|clear\w*|"
    # verbs of getting better, of less, and of coming back, as a thesaurus lists them
    r"diminish\w*|dull\w*|settl\w*|subsid\w*|declin\w*|shrank|vanish\w*|resolv\w*|"
    r"return\w*|regain\w*|revert\w*|revi(?:ve|ves|ved|ving|tali[sz]\w*)|renew\w*|"
    r"rejuvenat\w*|awak\w*|energi[sz]\w*|invigorat\w*|quicken\w*|speed\w*|sped|"
    r"accelerat\w*|enhanc\w*|rais\w*|normali[sz]\w*|correct\w*|regulat\w*|mend\w*|"
    r"sav(?:e|es|ed|ing)|rescu\w*|transform\w*|tam(?:e|es|ed|ing)|quiet\w*|easier|"
    r"counteract\w*|combat\w*|fight\w*|tackl\w*|target\w*|act(?:s|ed)? on|"
    r"cut(?:s|ting)? (?:\w+ )?(?:pain|symptoms|numbness|down|back|in half)|"
    r"halv\w*|shorten\w*|came back|come back|comes back|coming back|"
    r"went away|go away|goes away|gone away)\b|"
    r"\b(?:took|takes?|taking) (?:\w+ ){0,2}pain away\b|"
    r"\bgave (?:me|her|him|them|us) .{0,40}\bback\b|\bwent from\b.{0,30}\bto\b|"
    r"\bhead(?:s|ed)? off\b|\bward(?:s|ed)? off\b|\b(?:before|from) (?:it|they) (?:even )?"
    r"(?:starts?|happens?|begins?|takes? hold)\b",
    re.IGNORECASE,
)
# Language that cites evidence for a benefit.
STUDY = re.compile(
    r"\b(?:research|studies|study|trials?|evidence|science|scientific\w*|clinical\w*|"
    r"meta-analys\w*|review|proven|data|results?|shown|demonstrat\w*)\b",
    re.IGNORECASE,
)
# A figure offered as a result: a percentage, points on a scale, "x in y", "76% vs 15%".
FIGURE = re.compile(
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
# Praise that says acupuncture helps without a word of effect ("has a lot to offer", "swear
# by"): reason enough to read a sentence that names acupuncture.
PRAISE_WORDS = (
    r"excels?|(?:found|finds?|gets?|got|gives?|gave|brings?|brought|provides?) (?:\w+ ){0,2}"
    r"relief|ha(?:s|ve) (?:a lot|so much|much) to offer|offers? (?:\w+ )?(?:hope|relief)|"
    r"sw(?:ear|ears|ore|orn) by"
)
PRAISE = re.compile(r"\b(?:" + PRAISE_WORDS + r")\b", re.IGNORECASE)
# A verdict on acupuncture itself ("one of the most promising", "an effective therapy"):
# said of acupuncture by name, the general claim that it helps neuropathy.
VERDICT = re.compile(
    r"\b(?:promising|effective|effectiveness|efficacious|helpful|beneficial|successful\w*|"
    + PRAISE_WORDS
    + r"|"
    r"endorsed|approved|recommended|worth (?:a try|trying)|"
    r"(?:may |does |can )?work(?:s|ed)?|"
    r"respond(?:s|ed)? (?:well |very well )?to (?:acupuncture|it|needling|treatment)|"
    r"made (?:a|all the) (?:\w+ )?difference|significant(?:ly)? (?:reduc|improv|reliev|eas)\w*)\b",
    re.IGNORECASE,
)
# Acupuncture by name; named with what it is done with; and with the words of its theory too.
_BY_NAME = r"acupunct\w*|electro-?acupunct\w*"
_WITH_NEEDLES = _BY_NAME + r"|needl\w*|acupoints?"
BY_NAME = re.compile(rf"\b(?:{_BY_NAME})\b", re.IGNORECASE)
NAMED = re.compile(rf"\b(?:{_WITH_NEEDLES})\b", re.IGNORECASE)
ACUPUNCTURE = re.compile(rf"\b(?:{_WITH_NEEDLES}|qi|meridians?)\b", re.IGNORECASE)
# Benefits no graded claim is about, said without neuropathy or its symptoms in view.
OFF_TOPIC = re.compile(
    r"\b(?:(?:migraines?|headaches?|back|joint|knee|neck|shoulder|hip|period|menstrual|"
    r"arthritis|arthritic|cancer|bone) pain|pain from arthritis|"
    r"blood sugar|glucose|weight|fertility|smoking|migraines?|headaches?|arthritis|nausea|"
    r"vomiting|hot flash\w*|allerg\w*|amputation|immune|"
    r"substance use|cravings?)\b",
    re.IGNORECASE,
)
ON_TOPIC = re.compile(
    r"\b(?:\w*neuropath\w*|nerves?|nerve \w+|numb\w*|tingl\w*|burning|pins|sensation|"
    r"feet|foot|toes|hands|fingers?|cramps?|weakness|balance|cipn|dpn|pain)\b",
    re.IGNORECASE,
)
NEUROPATHY = re.compile(r"\b(?:\w*neuropath\w*|nerve damage|cipn|dpn)\b", re.IGNORECASE)
# A question that asks whether acupuncture helps, and a short "yes" to it.
ASKED = re.compile(
    r"\A(?:[^?,]{0,80},\s*)?\W*(?:so,? )?(?:can|does|do|will|could|is|would|might)\s+"
    r"(?P<rest>[^?]{3,200})\?\W*$",
    re.IGNORECASE,
)
YES = re.compile(
    r"\A\W*(?:yes\b|absolutely\b(?!,?\s*not\b)|definitely\b(?!,?\s*not\b)|"
    r"it (?:can|does|will|may|might)(?!n?'t|not)\b(?!\s+not\b)|"
    r"(?:the |in )?(?:short|quick|simple) answer(?: is|:)\s*yes\b|in short,? yes\b)",
    re.IGNORECASE,
)
# A sentence that only denies or doubts a benefit states no claim of its own.
DENIAL = re.compile(
    r"\b(?:no (?:good |reliable |strong |clear |convincing )?(?:evidence|proof|study|studies|"
    r"trials?|research)|not (?:been )?(?:shown|proven|proved|established|clear|enough|"
    r"confirmed)|unproven|isn'?t proven|cannot (?:say|tell|be sure)|can'?t (?:say|tell)|"
    r"too (?:few|small|weak)|(?:does|do|did) not (?:show|prove|help|work|repair|restore|"
    r"heal|cure|reverse|regrow)|doesn'?t (?:show|prove|help|work|repair|restore|heal|cure|"
    r"reverse|regrow)|no better than|not a cure|is not a cure|won'?t cure|no (?:known )?cures?|"
    r"little (?:or no )?(?:\w+ )?evidence|insufficient|inconclusive|does not mean|doesn'?t mean|"
    r"did not differ|no (?:significant )?difference|(?:do|does|did) not respond|"
    r"(?:don'?t|doesn'?t|didn'?t) respond|"
    r"never (?:been )?(?:proved|proven|shown)|afforded no|not always (?:provide|work|help|give)|"
    r"(?<!a )\bfew (?:(?:good|sound|rigorous|large|reliable|scientific(?:ally)?|well[- ]designed|"
    r"controlled|randomi[sz]ed|high[- ]quality) ){0,2}(?:studies|trials)|"
    r"(?:found|got|had|get|gets|felt) (?:no|little) relief|"
    r"no significant (?:\w+ )?(?:relief|benefits?|improvements?|effects?)|"
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
SAFETY = re.compile(
    r"\b(?:safe\w*|side[- ]effects?|adverse|complications?|risks?|harm\w*|bruis\w*|serious|"
    r"tolerat\w*|"
    r"well[- ]tolerated|gentle|painless)\b",
    re.IGNORECASE,
)
# Words that stand for acupuncture only when no other treatment is in view ("after ten
# sessions", "the treatment"), never when another kind qualifies them ("cancer treatment").
GENERIC = re.compile(r"\b(?:sessions?|treatments?)\b", re.IGNORECASE)
OTHER_KIND = frozenset(
    """
    cancer chemotherapy chemo conventional traditional standard medical drug first-line usual
    other western surgical current effective available mainstream diabetes insulin medication
    pain
    """.split()  # noqa: SIM905 - a word list reads better as text
)
# ... nor when what follows makes them something else ("treatment plan").
NOT_ITS_OWN = frozenset(["plan", "plans", "option", "options", "centre", "center", "team"])
# Traditional Chinese medicine's theory of the body or the disease, told as its theory: no
# claim, unless acupuncture itself (not only its points) is named in the same sentence.
THEORY = re.compile(
    r"\baccording to (?:traditional )?chinese medicine\b|\baccording to tcm\b|"
    r"\b(?:tcm|chinese medicine) (?:might |would |may |will )?"
    r"(?:teach(?:es)?|believes?|holds?|says?|sees?|calls?)\b|"
    r"\bqi is (?:your|the|our)\b|\blife force\b|"
    r"\bthe belief (?:behind it )?is\b|"
    r"\bit is (?:also )?believed\b|\b(?:is|are) (?:thought|believed) to (?:be|arise|come|flow|"
    r"travel|circulate|run|connect)\b|\bif qi\b|"
    r"\bin (?:traditional )?chinese medicine(?: \(tcm\))?,|\bwe understand (?:\w+ ){0,3}as\b|"
    r"\bin (?:acupuncture|tcm|chinese medicine) theory\b|"
    r"\bwhen (?:the )?qi (?:does not|doesn'?t|cannot|can'?t|is blocked|stops)\b|"
    r"\bmeridians? (?:correspond|connect|run)\b|\bthrough which (?:the )?(?:qi|energy|flow)\b|"
    r"\bthere are \d+ (?:main )?meridian\w*\b|"
    r"\b(?:liver|spleen|kidneys?|stomach|lungs?) (?:is|are) (?:in charge of|responsible for)\b|"
    r"\bfrom (?:the|a) (?:tcm|chinese medicine) (?:perspective|point of view|view)\b",
    re.IGNORECASE,
)
# Someone telling of a part of the body or a symptom coming back or getting better ("I could
# bend my toes again", "my feet are still numb, but not as bad"): testimony, when acupuncture
# was named not far before.
TESTIMONY = re.compile(
    # doing again: "I could bend my toes again", "I can grab my toes and feel it"
    r"\b(?:i|he|she|we|they)\b (?:could|can|am able to|was able to|were able to)\b[^.;]{0,60}?"
    r"\b(?:feet|foot|toes?|hands?|fingers?|fingertips|legs?|buttons?|laces|shoelaces|keys|coins|"
    r"pens?|stairs|walk\w*|driv\w*|typ\w*|writ\w*|feel\w*)\b[^.;]{0,30}?\b(?:again|and feel it)\b|"
    r"\b(?:i|he|she|we|they)\b (?:am|is|are|was|were) now able to (?:\w+ ){0,2}(?:walk|drive|ride|"
    r"bike|cycle|run|dance|hike|feel|grip|button|write|type|stand|climb|play)\w*|"
    # a symptom receding: "my feet are still numb, but not as bad", "his pain went away"
    r"\b(?:my|his|her|their|our)\b[^.;]{0,40}?\b(?:feet|foot|toes?|hands?|fingers?|fingertips|"
    r"legs?|calves|numbness|tingling|burning|pain|cramps?)\b[^.;]{0,60}?\b(?:not as bad|went "
    r"away|gone away|disappeared|faded|eased|calmer|improved|better|less (?:numb|pain|tingl|"
    r"burn|cramp)\w*)\b|"
    # feeling back: "he recovered almost all sensation in the feet"
    r"\b(?:i|he|she|we|they)\b[^.;]{0,30}?\b(?:recovered|regained|got back)\b[^.;]{0,40}?"
    r"\b(?:sensation|feeling)\b",
    re.IGNORECASE,
)
# What a testimony tells of: pain, or movement; else it is feeling (named or not).
SENSATION = re.compile(
    r"\b(?:numb\w*|tingl\w*|burn\w*|pins|prickl\w*|sensation|feeling|sensitiv\w*)\b", re.IGNORECASE
)
PAIN = re.compile(r"\b(?:pain\w*|aches?|aching|hurt\w*|sore\w*)\b", re.IGNORECASE)
MOVEMENT = re.compile(
    r"\b(?:cramps?|weak\w*|walk\w*|balance|bend|grip\w*|buttons?|stairs|steadier|wobbl\w*|"
    r"rid(?:e|es|ing)|bicycl\w*|cycling|bik(?:e|es|ing)|danc\w*|hik\w*)\b",
    re.IGNORECASE,
)
# A lead-in whose list says what acupuncture does ("Studies show it may:", "Acupuncture can:").
LEAD = re.compile(
    r"\b(?:acupuncture|electroacupuncture|needling|it|this treatment)\b(?:\s+\w+){0,2}\s+"
    r"(?:may|can|could|will|might|helps?(?: to)?|also|is (?:shown|known|proven) to)\s*:\s*\Z",
    re.IGNORECASE,
)
# Acupuncture's points or its theory: named, but not acupuncture doing anything.
NOT_ITSELF = re.compile(r"\bacupuncture (?:points?|theory)\b", re.IGNORECASE)
# "It" or "this treatment" at a sentence's start, standing for acupuncture named just before.
STANDS_FOR_IT = re.compile(
    r"\A\W*(?:it|this (?:treatment|therapy|technique|approach|practice))\b", re.IGNORECASE
)
# "How it works" describes; it is no verdict that it works.
HOW_IT_WORKS = re.compile(
    r"\bhow (?:it|acupuncture|this|needling) (?:\w+ )?works?\b", re.IGNORECASE
)
# Not acupuncture at all: the symptom.
PINS = re.compile(r"\bpins (?:and|&) needles?\b", re.IGNORECASE)
# Another treatment as the subject: a claim about it is not one neuropathy's acupuncture
# claims, unless acupuncture is named too.
OTHER = re.compile(
    r"\b(?:drugs?|medicines?|medications?|duloxetine|pregabalin|gabapentin|amitriptyline|"
    r"pills?|tablets?|creams?|physiotherap\w*|exercise|surgery|vitamins?|supplements?|"
    r"insulin|diet|meditation|yoga|massage|tai chi|qigong|chiropractic|herbs?|herbal|"
    r"acupressure|moxibustion|cupping|gua sha|"
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
BYLINE = re.compile(r"\A\s*by\s", re.IGNORECASE)
# Where a qualification starts: "..., but ...", "...; yet ...".
BUT = re.compile(r"[,;:\u2014\u2013-]\s*(?:but|yet|although|though|however)\b|\sbut\s", re.I)
# What only limits a claim made first ("may help, but it is not a cure"): any other denial
# after the "but" ("..., but there is no evidence that it works") still undoes the claim.
LIMIT = re.compile(
    r"\b(?:(?:is |it'?s )?not a cure|no cure|"
    r"(?:won'?t|will not|would not|wouldn'?t|cannot|can'?t|does not|doesn'?t) (?:\w+ )?cure|"
    r"(?:does not|doesn'?t|won'?t|will not|may not|might not) work for (?:everyone|everybody|all)|"
    r"(?:does|do|will|may|might|would)(?: not|n'?t) always (?:work|help|provide|give)\w*)"
    r"\b",
    re.IGNORECASE,
)
# "While it helps many, it does not work for everyone": the claim first, then its limit.
WHILE = re.compile(r"\A\W*(?:while|although|though|even though)\b([^,]+),(.+)", re.I | re.S)
# Words that set another treatment against the one a sentence is about.
CONTRAST = frozenset(
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
# A description that goes on to a result ("... analysed 15 trials and found it reduced pain")
# is a claim all the same: what keeps some descriptions below from hiding one.
NO_RESULT_AFTER = (
    r"(?![^.]*\b(?:found|finds?|show(?:s|ed|n)?|reduc\w*|improv\w*|eas(?:e|es|ed|ing)|"
    r"reliev\w*|help\w*|heal\w*|restor\w*)\b)"
)
# No claim of their own: doubt, a question asked in passing, the weaknesses of studies,
# advice to the reader, booking and offers, and page furniture.
# ... and so is how a session goes, told with what it is for ("the needles stay in for twenty
# minutes to stimulate the nerves").
NO_PURPOSE_AFTER = (
    r"(?![^.]*\bto (?:help|stimulat|reliev|eas|restor|improv|promot|releas|balanc|activat|"
    r"trigger|boost|reduc|calm|heal))"
)
NOT_A_CLAIM = re.compile(
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
    r"\b(?:have|has) (?:investigated|examined|studied|explored) the (?:role|use|effects?)\b"
    + NO_RESULT_AFTER
    + r"|"
    r"\bis the (?:president|founder|director|author|chair)\b|\bis a question\b|"
    r"^\W*the insertion of\b"
    + NO_RESULT_AFTER
    + NO_PURPOSE_AFTER
    + r"|\b(?:people|patients) (?:asked|ask) me\b|"
    r"\bworks by (?:inserting|placing|using|stimulating (?:specific|certain|particular) points)\b|"
    r"^\W*imagine\b|\b(?:began|started) (?:some |my )?(?:research|reading)\b|"
    r"\banaly[sz]ed (?:multiple|several|many|\d+)\b" + NO_RESULT_AFTER + r"|"
    r"\bwhile (?:you|she|he|they|i) (?:relax|relaxed|rest|rested|lie|lay)\b|^\W*ask around\b|"
    r"\b(?:stay|stayed|remain|remained) in (?:place )?for\b" + NO_PURPOSE_AFTER + r"|"
    r"\b(?:find|look for|choose|seek out) an? (?:\w+ )?acupuncturist\b|"
    r"\bbefore (?:delving|diving|we dive|we look)\b|"
    r"^\W*(?:the )?effects? of (?:\w+ )?acupuncture on\b(?!.*[.!]\W*$)|"
    r"\b(?:treated|done) by (?:having|inserting)\b|^\W*other (?:therapies|treatments|methods)\b|"
    r"\bafter a (?:full |thorough )?assessment\b" + NO_RESULT_AFTER + r"|"
    r"\b(?:becoming|become) (?:a )?(?:(?:more and more|increasingly) (?:commonly |widely )?|"
    r"(?:commonly|widely) )used\b(?! to\b)|"
    r"\bspeciali[sz]es in\b" + NO_RESULT_AFTER + r"|\bin this guide\b|"
    r"\bplans? to (?:test|study)\b|\b(?:no one|nobody) (?:really )?(?:knows|is sure|can say)\b|"
    r"^\s*(?:tags?|posted|filed under|share|categories)\b|\s\|\s.*\s\|\s|"
    r"\bforward-looking\b|\bfounded in\b|\bheadquartered\b|"
    r"\b(?:not|never) (?:been )?(?:cleared|approved|licensed) (?:by|for)\b|"
    # how a study was run, what its control arm did, and research still under way
    r"\brandomly (?:assigned|allocated|divided|split)\b|"
    r"\b(?:were|was|ha(?:s|ve) been) (?:randomi[sz]ed|allocated|conducted|performed|carried out|"
    r"administered|evaluated|assessed|followed up)\b|"
    r"\bconducted (?:this |the |a |an |their )?(?:\w+ )?(?:study|trial)\b|"
    r"\bremov\w* (?:all )?(?:of )?the needles\b|"
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
    r"\binvolves (?:the )?(?:insert\w*|placing|placement)\b" + NO_PURPOSE_AFTER + r"|"
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
    r"\b(?:aims?|aimed) (?:to|at)\b|\blooks? at (?:an?|the|this) (?:\w+ )?(?:study|trial|review)\b|"
    r"\b(?:trial|study) to (?:assess|evaluate|determine|investigate|compare)\b|"
    r":\s*an? (?:narrative |systematic )?(?:review|meta-analysis|randomi[sz]ed)\b|"
    r"\b(?:medicine|tcm) (?:views?|sees?|describes?|considers?)\b|"
    r"\b(?:is|are) (?:called|known as)\b|"
    r"\bwill (?:schedule|set up|design|tailor)\b|\b(?:are|is) left in\b|\bleft in place\b|"
    r"\b(?:is|are) applied to (?:both )?the\b|\b(?:began|started) to (?:research|read|look)\b|"
    r"\bconsulted\b|^\W*learn more\b|\bhelp you decide\b|"
    r"\bif you have (?:any )?questions\b|\bget in touch\b|\bcontact us\b|\bkeep in mind\b|"
    r"\blet'?s (?:keep|be|start|look|dive|take)\b|"
    r"\bmade an appointment\b|\bin this (?:month'?s |week'?s )?(?:blog|post|article|issue)\b|"
    r"\b(?:lay|lie|lies|lying) (?:on|down|back)\b|\bturns? over\b|\bas the needles? goes? in\b",
    re.IGNORECASE,
)
# What the condition is and does, said without acupuncture: no claim about it.
CONDITION = re.compile(
    r"\b(?:can|may|often|usually) (?:cause|affect|lead|start)\w*|\bcauses?\b|\baffect(?:s|ing)?\b|"
    r"\bcan be (?:very |quite |extremely )?debilitating\b|\bhave (?:no )?(?:signs|symptoms) of\b|"
    r"\b(?:is|are) (?:often |usually )?associated with\b|^\W*symptoms of [\w ]{1,30}:|"
    r"\bleft uncontrolled\b|"
    r"\ban? complication of\b|\bshows up as\b|\bpresent with\b|"
    r"\bis (?:damage|a condition|when)\b|\bhappens when\b|\brange from\b|\bleft (?:me|her|him)\b|"
    r"\bleaves? (?:people|patients|you|me|many|them|her|him)\b|"
    r"\bfind it (?:difficult|hard)\b|\bstruggle to\b|"
    r"\b(?:difficult|hard|harder|notoriously \w+) to treat\b|"
    r"\bfail(?:s|ed)? to (?:provide|give|help|relieve|work)\b|"
    r"\bsuffer(?:s|ed|ing)? from\b|\bcaused by\b|\bcausing\b|\bleft with\b|\bestimated\b|"
    r"\bresults? from\b|\beventually develop\w*|\bcommon symptoms\b|"
    r"\bexperience (?:these|this|the|such)\b|\b(?:patients|people|adults) develop\b|"
    r"\b(?:you|patients|people) (?:might|may) (?:feel|notice|experience)\b|"
    r"\bcenters? for disease control\b|\bcdc\b|"
    r"\b(?:common|frequent|known) (?:side[- ]effects?|complications?) (?:of|from)\b|"
    r"\b(?:almost |nearly )?impossible to\b|\bdifficult(?:y|ies)\b|"
    r"\bhard to (?:walk|stand|balance|grip|sleep)\b|"
    r"\bno (?:known |effective |proven |good )?(?:treatments?|cures?|therap(?:y|ies))\b|"
    r"\b(?:symptoms?|signs?|condition|causes?|this|which|\w*neuropath\w*)(?: of(?: \w+){1,3})? "
    r"(?:often |usually |can |may )?(?:includes?|involves?)\b|\bmanifests?\b|"
    r"\b(?:will|who|to|may) develop\b|\bwithstand\b|"
    r"\bone of the most common\b|\bgetting (?:worse|unbearable)\b|"
    r"\b(?:and|were|was|got|grew|became|is|are) (?:even |much )?worse\b|"
    r"\bside[- ]effects? (?:of|from) (?:cancer |the |their |your )?(?:chemo\w*|drugs?|medications?|"
    r"medicines?|treatments?|cancer treatments?)\b|"
    r"\bexperience (?:cipn|neuropathy|nerve|numbness|tingling|pain)\b|"
    r"\bdiagnos\w*",
    re.IGNORECASE,
)
# Who or what the sentence credits: acupuncture named, a pronoun standing for it, or a
# speaker telling what happened to them.
ATTRIBUTED = re.compile(
    r"\b(?:it|this|they|these|i|my|me|we|our|us|you|your|patients?|people)\b", re.IGNORECASE
)
# A condition set first ("If nothing has changed by then..."): advice or a hypothesis, a
# claim only when acupuncture is named in it.
CONDITIONAL = re.compile(r"\A\W*(?:if|unless|should you|in case)\b", re.IGNORECASE)
# A title that asks how or why, without a question mark.
TITLE_QUESTION = re.compile(r"^\s*(?:how|why|what|when|can|does|do|is|are|will)\b", re.I)
CHEMO = re.compile(
    r"\b(?:chemo\w*|cancer|oncolog\w*|paclitaxel|oxaliplatin|taxanes?|docetaxel|"
    r"bortezomib|vincristine|cipn|tumou?rs?)\b",
    re.IGNORECASE,
)
DIABETES = re.compile(r"\b(?:diabet\w*|blood sugar|glucose|dpn)\b", re.IGNORECASE)
# Curly apostrophes as straight ones, so that every pattern reads a typeset "doesn't" too.
STRAIGHT = str.maketrans("\u2019\u2018\u00b4`", "'" * 4)
# How a sentence ends, when it is not a heading or a list line.
FULL_STOP = re.compile("[.!:;\u2026][\"'\u201d\u2019)\\]]*\\s*$")

"""The words and turns of phrase `check` reads a sentence by: what a claim does, what only
denies or doubts one, what names acupuncture or another treatment, what is no claim at all
(study methods, page furniture, the condition itself), and the like. Each is a regular
expression on the sentence in lower case, so none needs the index. claims.py weighs them.

Every pattern is written in lower case and matched without re.IGNORECASE: matched exactly, the
engine passes over an alternative whose first letter differs without trying it, which makes
the long alternations several times faster to search. For the same reason the alternatives
that start at a word share one leading \\b, and the long alternations every alternative of
which starts a word are made by pattern_at_words, which has the engine try them only where a
word starts. They are compiled once and kept (compiled.py)."""

import re

from neuroinfo.compiled import CHECK

pattern, pattern_at_words = CHECK.pattern, CHECK.pattern_at_words

# Feeling not got back, or only hoped for: "never regain", "unable to regain", "hoping to".
_NOT_REGAINED = (
    r"(?<!never )(?<!not )(?<!n't )(?<!unable to )(?<!failed to )(?<!hoping to )(?<!hope to )"
)
# Lost feeling brought back: "could also resume the lost sensation of the nerves".
_FEELING_BACK = (
    _NOT_REGAINED + r"(?:resum\w*|recover\w*|bring\w* back|brought back|return\w*) "
    r"(?:(?:the|some|lost|normal|full|of) ){0,3}(?:sensation|feeling)\b"
)
# What a claim does: a verb or adjective of effect, benefit or safety.
EFFECT = pattern_at_words(
    # relief sought is not relief given: "the search for relief can feel endless"
    r"\b(?:help\w*|eas(?:e|es|ed|ing)|(?<!search for )(?<!searching for )(?<!quest for )"
    r"(?<!hunt for )relie(?!s\b|d\b)\w*|improv\w*|restor\w*|repair\w*|"
    r"(?<!and )(?<!the )(?<!on )curb(?:s|ed|ing)?|"
    r"(?:came|comes?) out (?:\w+ )?ahead|"
    r"reduc\w*(?! (?:sensation|feeling|reflexes|mobility|blood (?:flow|supply))\b(?! of))|"
    # healing, but not the sores that are "non-healing" or "slow to heal"
    r"(?<!non-)(?<!non )(?<!none )(?<!slow-)(?<!slow )(?<!slow to )(?<!poorly )"
    r"heal(?:s|ed|ing|er|ers)?(?! slowly| poorly| badly| (?:can |may |will |is |are )?(?:be )?"
    r"slower)|"
    r"regenerat\w*|regrow\w*|rebuild\w*|revers\w*|cur(?:e|es|ed|ing)|"
    # treating as what someone does ("when treating neuropathy", "trying to treat it") is no
    # effect; what treats it is
    r"(?<!^when )(?<!^in )(?<!to )(?<!who )treat(?:s|ed)?(?! (?:it|this|them) as (?:an?|the)\b)|"
    r"(?<!^)(?<!^when )(?<!^in )(?<!to )treating|"
    r"(?<!trying )(?<!tried )(?<!try )(?<!approaches )(?<!take )(?<!takes )to treat|"
    r"stimulat(?!ors?\b)\w*|activat\w*|releas\w*|trigger(?:\w+|(?! points?\b))|boost\w*|promot\w*|"
    # work done, not the work of a kind ("mind-body work", "blood work"; but "the body works")
    r"(?<!blood )(?<!lab )(?<!social )(?<!case )(?:(?<!body )work|works|worked|working)"
    r"(?! (?:closely |hand in hand )?(?:in|at|as|with|out|to do|"
    r"alongside|together)\b|"
    r" (?:\d+|one|two|three|four|five|six|seven) (?:days?|nights?|shifts?)\b|"
    r" (?:nights|shifts|weekends|part[- ]time|full[- ]time)\b|"
    r" for (?:a|an|the|our)\b| for \d+ years| for (?:my|his|her|their) (?:local |own )?"
    r"(?:hospital|clinic|company|employer|practice|firm|council|team)\b)|"
    # efficacy as a result ("an efficacy rate of 80%"), not as what a study looks at ("assessing
    # acupuncture's efficacy", "looked at the efficacy")
    r"effective\w*|(?<!the )(?<!its )(?<!'s )efficac\w*|benefi\w*|better|"
    # (not a precaution's: "single-use needles to ensure prevention of any infection")
    r"prevent\w*(?! (?:of )?(?:any |an? )?(?:(?:form|kind|type|risk)s? of )?(?:infections?|"
    r"cross-infection|contamination|needle-?stick)\b)|"
    r"eliminat\w*(?! (?:other|all other|the possibility|possible)\b)|"
    r"success rates? (?:of|above|over|near|around|close to) (?:[a-z]+ )?\d+|"
    # ... or as a percentage, acupuncture's own: "acupuncture has a 90% success rate", not a
    # clinic warned of for advertising one, nor a booking system's
    r"(?:electro-?)?(?:acupuncture|needling)\b[^.;]{0,60}?\b(?:has|have|had|with|shows?|showed|"
    r"achieves?|achieved|achieving|boasts?|reports?|reported|carries|gets?|got|sees?|saw) "
    r"(?:an? |the |its |their )?(?:[\w-]+ ){0,2}?\d{1,3}(?:\.\d{1,2})?(?:\s*\+|-? ?plus)?\s*"
    r"(?:%|per ?cent|percent) success rates?|"
    # ... not as a notice: "This article is protected by copyright."
    r"protect\w*(?! by (?:copyright|law|trademarks?|patents?)\b)|"
    r"strengthen\w*|calm\w*|"
    r"balanc(?:es|ed|ing)|"
    # balance as a verb, or as a state reached, not the sense that "can suffer"
    r"(?:to|can|may|will|helps?|into|in|brings?|bringing|creates?|restores?) balance|"
    r"safe\w*|harmless|proven|confirm\w*|respond\w*|recover\w*|alleviat\w*|lessen\w*|"
    r"sooth\w*|fad(?:e|es|ed|ing)|gone|impressive|decreas\w*|"
    r"chang\w* (?:[\w']+ ){0,3}(?:respon\w*|perception)|"
    r"disappear\w*|wonders?|miracl\w*|fix\w*|lift\w*|"
    r"unblock\w*|flow\w*|increas\w*|faster|drop(?:s|ped)?|fell|fallen|"
    r"lower(?:s|ed|ing)|lower(?! (?:legs?|limbs?|back|body|extremit\w*|half|part|parts|abdomen))|"
    r"signific\w*|encourag\w*|promis\w*|recommend\w*(?! (?:to|by) (?:us|me)\b)|"
    r"(?<!for )support\w*(?! (?:sensations?|throughout|groups?|services?|team|staff|oncology|"
    r"charity|funds?|lines?|care|workers?|programm?es?|centres?|centers?|networks?)\b)|"
    r"endorphin\w*|backed|"
    r"offer(?:s|ed|ing)? (?:[\w']+ )?(?:relief|hope|help|benefits?)|"
    r"offer(?:s|ed|ing)? an? (?:effective|safe|natural|gentle)|(?:may|should) be offered|"
    r"(?:takes?|took|taken|taking) the (?:edge|sting) (?:off|out)|"
    # a symptom taken away or got rid of: "took the pins and needles out of my feet"
    # (done, not hoped for or denied: "never got rid of", "would take it away")
    r"(?<!never )(?<!not )(?:took|takes) (?:the |my |his |her |their |that |those |all |most |"
    r"much )*(?:[\w-]+ )?(?:pain|burning|numbness|tingling|pins and needles|cramps?|aches?|aching)"
    r"(?: [\w-]+){0,3}? (?:away|out of)\b|(?<!never )(?<!not )(?:got|gets) rid of|"
    r"turn(?:s|ed|ing)? (?:down the volume|the volume down)|"
    # a response set off: "acupuncture causes physical responses in nerve cells"
    r"caus(?:es|ed|ing) (?:(?!stress|fight|allergic|anxi|fear|panic)[\w-]+ ){0,2}?(?:responses?|"
    r"reactions? in|the release)\b|"
    r"(?:point|points|pointed|pointing) (?:the same way|in the same direction|the same direction)|"
    # feeling come back, not hoped for: "I've seen people get back feeling"
    r"(?<!hoping to )(?<!hope to )(?<!want to )(?<!wish i could )(?:get|gets|got|getting|gotten) "
    r"(?:back (?:the |some |their |his |her |my )?feeling|(?:the |some |their |his |her |my )?"
    r"feeling back)|(?:brings?|brought|bringing) (?:[\w-]+ ){0,3}back|"
    r"retreated|lean(?:s|ed)? (?:positive|favou?rabl\w*|in favou?r)|"
    r"strongest (?:case|evidence)(?! against)|"
    r"(?:made|makes?) (?:my|his|her|their|your) (?:[\w-]+ ){0,2}(?:stronger|steadier)|"
    r"(?:positive|good|great|excellent) (?:results?|effects?|outcomes?|response)|"
    r"excel\w*|influenc\w*|useful\w*|respite|no recurrence|endorsed|"
    # a worthwhile addition to other care: "a powerful complement", "a valuable adjunctive
    # therapy"
    r"(?:powerful|valuable|useful|helpful|effective|important|promising|worthwhile) "
    r"(?:complement\w*|adjunct\w*|addition|add-on)|"
    r"credit(?:s|ed)? (?:the )?(?:needles|acupuncture|needling)|credit(?:s|ed)? (?:the|her|his|"
    r"my|their|those) (?:[\w-]+ ){0,2}?(?:needles|acupuncture|needling|sessions|treatments?)|"
    r"(?:given|gave|give|gives) (?:me|him|her|them|us) (?:my|his|her|their|our) (?:[\w-]+ )?"
    r"(?:nights?|life|lives|sleep|evenings?|independence|freedom|walks?|hands|feet) back|"
    r"(?:grows?|grew|growing) (?:the |my |your |his |her |damaged )?(?:nerves?|fibres?|"
    r"fibers?) back|"
    r"(?:put|puts) (?:it|that|this) down to (?:the )?(?:needles|acupuncture|needling)|"
    r"gain\w* (?:[\w']+ ){0,2}strength|" + _FEELING_BACK + r"|"
    r"(?<!n't )(?<!not )(?<!few patients )(?<!few people )(?:feel|feels|felt|notice|notices|"
    r"noticed|see|sees|saw|seeing) (?:some|a|real|big|clear) (?:changes?|reductions?|"
    r"improvements?)|(?:clearest|biggest|greatest) (?:change|improvement|difference)|"
    r"best evidence (?:of|for)|(?:acupuncture|needling|it) (?:has|had|have) (?:the |some of the )?"
    r"(?:better|stronger|strongest|most) evidence (?:of|for|behind)\b(?![^.;]*\bthan for\b)|"
    r"(?:hands|feet|toes|fingers|feeling|sensation) (?:come|came|coming) back|"
    r"(?:conduction|velocity|amplitudes?)\b[^.]{0,30}\brose\b|dampen\w*|(?:acupuncture|"
    r"needling|it|needles|treatment|sessions) (?:here |there |alone |honestly |really )?"
    r"(?:has |have |had )?(?:\w+ )?(?:done|did|does) more for|"
    r"(?:acupuncture|needling|it|needles|treatment)\b[^.]{0,40}?\bchang\w* how (?:the |your |our )?"
    r"(?:[\w-]+ ){0,2}(?:processes|handles|perceives|reads) (?:pain|signals)|"
    r"(?:is|are|very|really|so) good (?:also |too )?for|"
    r"stop\w*|melt\w*|amazing|(?<!side )(?<!side-)effects?(?! of (?:chemo\w*|cancer|the drugs?|"
    r"medications?))|"
    # "pain-free", "freed", not "risk-free", which is safety
    r"(?<!risk-)(?<=-)free|(?<!a )(?<!risk-)frees?(?! (?:to|of charge|of cost|for|as|acupuncture|"
    r"sessions?|consultations?|parking|initial|first|shipping|trials?|\d+-minute)\b)|freed|"
    r"revs?|rous\w*|"
    r"wak\w*|beats?|coax\w*|excit\w*(?! (?:to|about|for)\b)|prompt\w*|"
    r"(?:keeps?|kept)(?! (?:score|a (?:[\w-]+ )?(?:diary|record|log|note)|track|notes|records|"
    r"(?:me|him|her|them|us|you) (?:up|awake))\b)|"
    r"allow\w*|"
    r"option|(?:reasonable|sensible|useful|valuable|helpful) (?:add-on|adjunct|addition|choice)|"
    r"sw(?:ear|ears|ore|orn) by|through (?:the|most) nights?|"
    # a symptom gone: "my toes aren't numb anymore" (not "I can't feel the floor anymore")
    r"(?:n't|not|no longer) (?:[\w']+ ){0,2}(?:numb|burn|tingl|hurt|ach|cramp|dead|cold|"
    r"pins)\w*(?: [\w']+){0,3} any ?more|"
    r"(?<!hoping to get some )(?<!hope to get some )feeling back|back the feeling|"
    r"(?<!lose )(?<!lost )(?<!losing )(?<!loses )more (?:feeling|sensation|strength|mobility|"
    r"movement)|(?:freer|better|easier|smoother|improved) movement|traction|phenomenal|"
    r"breakthrough(?! pain)|"
    r"rewir\w* (?:the )?(?:pain|nerves?|nervous system|pain signals?)|"
    r"(?:evidence|case|data|results?|findings)\b[^.]{0,30}\b(?:is|are|was|were) (?:even |much |"
    r"far )?"
    r"(?:strongest|stronger)|"
    r"considered|worth|again|difference|nil|uncommon|rare\w*|low[- ]risk|"
    r"less|fewer|far better|much better|feel\w* better|"
    r"(?<!make you )(?<!makes you )(?<!make them )feel\w* (?:steadier|stronger|more "
    r"stable)|relax\w*|"
    r"energy|reasonable (?:thing|option) to (?:add|try)|take (?:the )?(?:pain|burning|edge) down|"
    r"nourish\w*|blunt\w*|dial\w*|mov(?:e|es|ed|ing)(?! on to\b)|clear\w*|"
    r"(?<!-)(?:bearable|manageable|tolerable)|"
    # verbs of getting better, of less, and of coming back, as a thesaurus lists them
    r"diminish\w*|(?<!a )dull\w*|settl\w*|subsid\w*|declin\w*|shrank|vanish\w*|resolv\w*|"
    r"return\w*|(?<!never fully )(?<!not fully )(?<!n't fully )(?<!rarely )"
    + _NOT_REGAINED
    + r"regain\w*|"
    r"revert\w*|revi(?:ve|ves|ved|ving|tali[sz]\w*)|renew\w*|"
    r"rejuvenat\w*|awak\w*|energi[sz]\w*|invigorat\w*|quicken\w*|speed\w*|sped|"
    r"accelerat\w*|enhanc\w*|rais\w*|normali[sz]\w*|correct\w*|regulat\w*|mend\w*|"
    r"sav(?:e|es|ed|ing)|rescu\w*|transform\w*|tam(?:e|es|ed|ing)|quiet\w*|easier|"
    r"counteract\w*|combat\w*|fight\w*|tackl\w*|act(?:s|ed)? on|"
    r"target\w*(?! (?:the )?(?:specific|particular|certain|points?|acupoints?|locations?|areas?|"
    # ... nor a kind of cancer drug: "targeted therapy"
    r"treatments?|therap(?:y|ies)|drugs?|medicines?|supplements?)\b(?!-| resistant))|"
    r"cut(?:s|ting)? (?:[\w']+ )?(?:pain|symptoms|numbness|down|back|in half)|"
    r"halv(?:e|es|ed|ing)|shorten\w*|came back|come back|comes back|coming back|"
    r"went away|go away|goes away|gone away|(?:say|says|said|saying|bid|kiss|wave) goodbye to "
    r"(?:your |the |my |their |his |her )?(?:[\w-]+ )?(?:pain|neuropathy|numbness|tingling|"
    r"burning|symptoms|cramps|aches?|discomfort|feet|hands|toes|pins and needles)\b|"
    r"favou?r(?:s|ed)? (?:real |true |verum )?(?:acupuncture|"
    r"needling|electro-?acupuncture)|\d+ ?%? response rates?|response rates? (?:with|for|after|"
    r"to) (?:acupuncture|needling|electro-?acupuncture|treatment)|"
    # coming down, coming out ahead, and being back to what one did
    r"(?:pain|scores?|symptoms?|numbness|tingling|burning|levels?|ratings?) (?:[\w']+ ){0,2}"
    r"(?:came|come|comes|coming|went|go|goes|gone|going) down|down a notch|"
    r"(?:scores?|levels?|ratings?) (?:[\w']+ ){0,2}(?:fall|falls|falling)(?! asleep)|"
    r"(?:pain|burning|numbness|tingling|cramps?|symptoms?|scores?) (?:[\w']+ ){0,3}"
    r"(?:is|are|was|were) (?:way|much|a lot|well) down|"
    r"(?:velocity|velocities|conduction|amplitudes?|speeds?) (?:[\w']+ ){0,2}(?:rose|risen|rises)|"
    r"(?:came|come|comes|coming) out ahead|back to (?:[\w']+ ){0,2}\w+ing)\b|"
    r"\bfrom (?:an? )?(?:average of )?\d{1,3}(?:\.\d)? (?:[\w']+ ){0,3}to (?:[\w']+ ){0,2}\d|"
    r"\b(?:took|takes?|taking) (?:[\w']+ ){0,2}pain away\b|\b(?:took|takes?|taking) the edge off\b|"
    r"\b(?:end(?:s|ed)?|put an end to) (?:my|the|your|her|his|their|our|years of|months of) "
    r"(?:[\w']+ ){0,2}(?:pain|numbness|tingling|burning|cramps|suffering)\b|"
    r"\bgave (?:me|her|him|them|us) .{0,40}\bback\b|"
    r"\b(?:went|gone|dropped|fell) from\b.{0,45}\bto\b|"
    r"\bhead(?:s|ed)? off\b|\bward(?:s|ed)? off\b|\b(?:before|from) (?:it|they) (?:even )?"
    r"(?:starts?|happens?|begins?|takes? hold)\b",
)
# Language that cites evidence for a benefit.
STUDY = pattern(
    r"\b(?:research|studies|study|trials?|evidence|science|scientific\w*|clinical\w*|"
    r"meta-analys\w*|review|proven|data|results?|shown|demonstrat\w*|studied)\b",
)
# ... and studies said to do something with it, just after they are named: show, find, support,
# endorse, stand behind it (not "this article examines the evidence on acupuncture").
STUDY_SAYS = pattern(
    r"\b(?:research|studies|study|trials?|evidence|science|scientific|data|results?|reviews?|"
    r"meta-analys\w*)\b (?:[\w'-]+ ){0,4}?(?:(?:has |have |had )?(?:show\w*|found|finds?|"
    r"suggest\w*|supports?|supported|confirm\w*|proves?|proved|proven|demonstrat\w*|indicat\w*|"
    r"conclud\w*|reports?|reported|favou?r\w*|backs?|backed|endors\w*|points? to|validat\w*|"
    r"vindicat\w*|reveal\w*|establish\w*|reinforc\w*|came down in favou?r|speak for|stands? behind|"
    r"is on (?:the|our) side))\b|"
    r"\b(?:backed|supported|confirmed|proven|demonstrated) by (?:\w+ ){0,2}(?:research|studies|"
    r"trials|evidence|science|data)\b|\bin favou?r of\b|\bbehind (?:it|acupuncture)\b"
)
# A figure offered as a result: a percentage, points on a scale, "x in y", "76% vs 15%".
FIGURE = pattern(
    r"(?<![\d.])\d{1,15}(?:\.\d{1,15})?(?:\s*\+|-? ?plus)?\s*(?:%|per ?cent|percent|points?)|"
    r"\b(?:by |about |around |roughly )(?:one|two|three|four|five|six|seven|eight|nine|ten|half a) "
    r"points?\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten) points? (?:lower|higher|"
    r"better|less|more|further)\b|"
    r"\b(?:fell|dropped|decreased|declined|improved|went|rose|increased|reduced|lowered|came down|"
    r"moved) (?:\w+ ){0,2}?from (?!(?:19|20)\d\d\b)\d{1,3}(?:\.\d{1,3})?(?:/10)? to "
    r"\d{1,3}(?:\.\d{1,3})?\b|"
    r"\b\d{1,15}\s+(?:in|out of)\s+\d+\b|"
    r"\b(?:\w+-)?(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety)\s+(?:per ?cent|percent)\b|"
    r"\b(?:two|three|four|five|six|seven|eight|nine)\s+(?:in|out of)\s+(?:ten|\d+)\b|"
    r"\b(?:half|a third|one[- ]third|two[- ]thirds|a quarter|one[- ]quarter|three[- ]quarters|"
    r"the majority) of (?:the |all )?(?:patients|participants|subjects|people|volunteers|"
    r"(?:\w+[- ])?(?:acupuncture|treated|treatment) group)\b|"
    # a ratio of the groups: "more than twice the number of patients in the acupuncture arm"
    r"\b(?:twice|double|three times|triple|half) (?:the number|as many|as likely)\b",
)
# A symptom's figure told rising ("my pain went from a 3 to an 8"): a symptom worse, which is
# no benefit, whatever the figure; the two numbers are compared by claims._worsened.
_SCORE = r"(\d{1,3}(?:\.\d)?|one|two|three|four|five|six|seven|eight|nine|ten)"
SYMPTOM_FIGURES = pattern(
    r"\b(?:pain|numbness|tingling|burning|symptoms?|discomfort|neuropathy)\b(?!-free)"
    r"(?: (?:(?!relief|velocity|conduction|free|nights?|sleep|walking|distance)[\w'-]+)){0,3}?"
    r" (?:had |has |have )?(?:went|gone|rose|risen|climbed|increased|jumped|shot|moved|crept)"
    r" (?:back )?(?:up )?from (?:an? |about |around )?"
    + _SCORE
    + r"(?:/10| out of (?:10|ten))? to (?:an? )?"
    + _SCORE
    + r"\b"
)
# Praise that says acupuncture helps without a word of effect ("has a lot to offer", "swear
# by"): reason enough to read a sentence that names acupuncture.
PRAISE_WORDS = (
    r"excels?|(?:found|finds?|gets?|got|gives?|gave|brings?|brought|provides?) (?:[\w']+ ){0,2}"
    r"relief|ha(?:s|ve) (?:a lot|so much|much) to offer|offers? (?:[\w']+ )?(?:hope|relief)|"
    r"sw(?:ear|ears|ore|orn) by|(?<!not the )(?<!n't the )(?<!rarely the )(?<!never the )"
    r"(?:remedy|treatment|therapy) of choice|"
    r"(?:alternative|option|remedy|solution)s? (?:[\w-]+ ){0,5}?(?:is|are) (?:electro-?)?"
    r"acupuncture\b(?!,| and| or)|"
    r"(?:is |be |was )?(?:very |really )?good for|solv(?:e|es|ed)|"
    r"(?:the |its |a )solution|valuable|wonderful|(?:very )?positive(?:ly)?|modulat(?:e|es|ed)|"
    r"(?:only thing|nothing else) (?:that )?(?:touched|worked|helped)|"
    r"outperform(?:s|ed)? (?:the )?(?:sham|placebo|usual|standard|drugs?|medication)|"
    r"compares? (?:very )?(?:well|favou?rably)|"
    # "the best decision I ever made for my neuropathy"
    r"(?:the )?best (?:thing|decision|choice|move) (?:i|we) (?:have |'ve )?(?:ever )?(?:made|did|"
    r"done)|"
    # "may give stronger results for stubborn numbness", "gets great results"
    r"(?:gives?|gave|gets?|got|brings?|brought|delivers?|delivered|produces?|produced) "
    r"(?:(?:even|far|much|very|really|the) )?(?:stronger|better|good|great|excellent|real|"
    r"remarkable|amazing|impressive|lasting|quicker|faster) results|"
    r"(?<!not a )(?<!n't a )(?<!hardly a )(?<!call a )(?:reasonable|sensible|viable|worthwhile) "
    r"(?:option|choice|add-on|adjunct|alternative)"
)
PRAISE = pattern_at_words(r"\b(?:" + PRAISE_WORDS + r")\b")
# Success told of a practice or of the people treated, with no symptom needed: "a condition I
# have treated successfully", "has seen much success in treating it", "many people notice some
# improvement", "virtually everyone was helped". Said where acupuncture is in view, the claim
# that it helps. The first kind, a practice's own ("a condition I have treated successfully"),
# is also TREATED_WELL: what keeps a sentence that tells it from reading as the condition defined.
_FEW = r"(?<!a )few|no one|nobody|none of"  # none of it said of few or no one
_TREATED_WELL = (
    r"\b(?:i|we|i'?ve|we'?ve|have|has|had)\b (?:\w+ ){0,2}?treat(?:ed|ing)\b[^.;]{0,60}?"
    r"\b(?:successfully|with (?:very |really )?(?:good|great|much|excellent|considerable|real|"
    r"remarkable|positive|encouraging|impressive) (?:success|results|outcomes)\b)"
)
SUCCESS = pattern(
    # none of it said of few or no one: "few of them found relief", "not everyone gets relief"
    r"^(?![^.]*\b(?:" + _FEW + r"|not everyone|not all)\b)[^.]*?(?:" + _TREATED_WELL + r"|"
    r"\b(?:much|great|good|tremendous|a lot of|considerable|real|remarkable) success (?:in|with) "
    r"(?:treating|helping)\b|\bsuccess rates?\b|"
    r"(?<!no )(?<!not )(?<!never )(?<!n't )\b(?:notice[sd]?|noticing|find|finds|found|feel|feels|"
    r"felt|see|sees|saw|seen|experience[sd]?|experiencing|reports?|reported|reporting|get|gets|"
    r"got|getting) (?:some |genuine |real |significant |great |noticeable |lasting |"
    r"considerable |an? )?(?:improvements?|relief)\b"
    r"(?! from (?:soaking|using|taking|wearing|rubbing|applying|creams?|pills?|tablets?|"
    r"medications?|[\w-]+ (?:creams?|pills?|tablets?|water|baths?|socks|gloves)))|"
    r"\b(?:virtually|nearly|almost) (?:everyone|everybody|all)\b[^.;]{0,40}?\b(?:was|were|"
    r"has been|have been|got|felt) (?:helped|better)\b|"
    r"\b(?:has|have) been helped\b(?! by (?!acupuncture|needling|the needles|it\b|treatment))"
    r")"
)
TREATED_WELL = pattern(r"^(?![^.]*\b(?:" + _FEW + r")\b)[^.]*?" + _TREATED_WELL)
# A verdict on acupuncture itself ("one of the most promising", "an effective therapy"):
# said of acupuncture by name, the general claim that it helps neuropathy.
VERDICT = pattern_at_words(
    r"\b(?:promising|effective|effectiveness|efficacious|helpful|beneficial|successful\w*|"
    + PRAISE_WORDS
    + r"|"
    r"endorsed|approved|recommended|worth (?:a try|trying)|"
    r"(?:may |does |can )?work(?:s|ed)?(?! (?:closely |hand in hand )?(?:with|"
    r"together|alongside)\b)|"
    r"respond(?:s|ed)? (?:well |very well )?to (?:acupuncture|it|needling|treatment)|"
    r"made (?:a|all the) (?:[\w']+ )?difference|difference (?:the )?(?:acupuncture|it|treatment|"
    r"needling|sessions?) (?:has |have )?made|"
    r"(?<!side )(?<!adverse )effects? (?:of (?:the )?(?:(?:electro-?)?acupuncture|treatment|"
    r"needling) )?(?:lasted|persisted)|"
    r"significant(?:ly)? (?:reduc|improv|reliev|eas)\w*)\b",
)
# Acupuncture by name; named with what it is done with; and with the words of its theory too.
_BY_NAME = r"acupunct\w*|electro-?acupunct\w*"
_WITH_NEEDLES = _BY_NAME + r"|needl\w*|acupoints?"
BY_NAME = pattern(rf"\b(?:{_BY_NAME})\b")
NAMED = pattern(rf"\b(?:{_WITH_NEEDLES})\b")
ACUPUNCTURE = pattern(rf"\b(?:{_WITH_NEEDLES}|qi|meridians?)\b")
# Benefits no graded claim is about, said without neuropathy or its symptoms in view.
OFF_TOPIC = pattern(
    r"\b(?:(?:migraines?|headaches?|back|joint|knee|neck|shoulder|hip|period|menstrual|"
    r"arthritis|arthritic|cancer|bone|dental|tooth|postoperative|post-operative|labou?r|chest|"
    r"pelvic|abdominal) pain|pain from arthritis|"
    r"blood sugar|glucose|weight|fertility|smoking|migraines?|headaches?|arthritis|nausea|"
    r"vomiting|sickness|fatigue|tiredness|dry mouth|hot flash\w*|hot flush\w*|allerg\w*|"
    r"amputation|immune|(?:settl\w*|upset\w*|calm\w*) (?:\w+ )?stomachs?|stomach upsets?|"
    r"substance use|cravings?|"
    # the disease itself, not its neuropathy: "Acupuncture cures cancer", "reverses diabetes"
    r"(?:cur(?:e|es|ed|ing)|beat\w*|fight\w*|kill\w*|shrink\w*|revers\w*|get rid of) (?:the |"
    r"your |my |his |her |their )?(?:cancer|tumou?rs?|diabetes)(?! ?\w*neuropath| nerve| patients|"
    r" survivors| drugs| treatment| related| medication))\b",
)
# Advice to stop or replace a medical treatment ("You can stop your chemotherapy and use
# acupuncture instead", "no more need for insulin"): no claim neuroinfo grades, and one that
# a reader must not take without their doctor. Not a caution ("do not stop your medicines"),
# nor acupuncture given alongside, "not instead of", them.
_PRESCRIBED = (
    r"(?:chemo\w*|insulin|metformin|medications?|medicines?|meds|drugs|pills|tablets|"
    r"prescriptions?|cancer treatment|radiotherapy|radiation|gabapentin|pregabalin|duloxetine|"
    r"amitriptyline|painkillers|lyrica|cymbalta|neurontin|tramadol|opioids|steroids)"
)
_STOP = (
    r"(?:stop|quit|skip|ditch|drop|come off|give up|throw away|cut out|bin|"
    r"(?:say|kiss|wave|bid) goodbye to)"
)
STOP_ADVICE = pattern(
    r"\byou (?:can|could|may|might|should|will|can now|will be able to|(?:may|might|could|will|"
    r"should) (?:even |also |then |soon )?be able to) (?:safely |finally |even |simply |just )?"
    + _STOP
    + r" "
    r"(?:taking |using )?(?:\w+ ){0,3}?" + _PRESCRIBED + r"\b|"
    # told of others as the way to go: "Many patients come off their gabapentin completely",
    # "Many of our clients have been able to stop their nerve pain tablets altogether"
    r"\b(?:patients|people|clients|many|most|they)\b (?:[\w-]+ ){0,3}?(?:come|came|coming|go|"
    r"went|get|got) off (?:their |all |of )?(?:\w+ )?" + _PRESCRIBED + r"\b|"
    # ... "Many of our patients throw away their gabapentin after a few sessions"
    r"\b(?:patients|people|clients|many|most|they)\b (?:[\w-]+ ){0,3}?(?:throw|throws|threw|"
    r"ditch|ditches|ditched) (?:away )?(?:their |all |of )?(?:\w+ )?"
    + _PRESCRIBED
    + r"\b(?= (?:\w+ ){0,3}?(?:after|thanks to|once|since|because of) )|"
    r"(?<!n't )(?<!not )(?<!never )\b(?:able to|managed to|could) (?:safely |finally |completely )?"
    + _STOP
    + r" (?:taking )?(?:their|his|her|my|all|all their) (?:[\w-]+ ){0,3}?"
    + _PRESCRIBED
    + r"\b|"
    # bidden: "Ditch the metformin", "Why keep taking duloxetine?"
    r"^\W*"
    + _STOP
    + r" (?:taking |using )?(?:the |your |all |those |that )?(?:\w+ )?"
    + _PRESCRIBED
    + r"\b|"
    r"\bwhy (?:keep|continue|bother|stay) (?:taking |using |on )(?:\w+ ){0,2}?"
    + _PRESCRIBED
    + r"\b|"
    r"(?<!not )(?<!never )(?<!n't )\b(?:instead of|in place of|replaces?|replacing) (?:your |"
    r"the |all |any |toxic |harsh )*" + _PRESCRIBED + r"\b|"
    # ... and told of someone: "she no longer needs her pregabalin" (not "does not mean she no
    # longer needs her pregabalin")
    r"(?<!mean )(?<!mean she )(?<!mean he )(?<!mean they )(?<!mean you )(?<!mean that she )"
    r"(?<!mean that he )(?<!decide you )(?<!decide she )(?<!decide he )(?<!assume you )"
    r"(?<!think you )(?<!assume she )(?<!assume he )(?<!that you )(?<!that she )(?<!that he )"
    r"\b(?:no (?:more |longer a )?need for|(?:won'?t|will not|no longer) needs?) (?:your |the |"
    r"any |all |her |his |their |my )?(?:\w+ )?" + _PRESCRIBED + r"\b|"
    # "There is no need to keep taking duloxetine"
    r"\bno (?:more |longer (?:any )?)?need to (?:keep |go on |carry on |continue )?(?:taking|using|"
    r"on) (?:your |the |any |all )?(?:\w+ ){0,2}?" + _PRESCRIBED + r"\b"
)
ON_TOPIC = pattern(
    r"\b(?:\w*neuropath\w*|nerves?|nerve \w+|numb(?!er)\w*|tingl\w*|burning|pins|sensation|"
    r"feet|foot|toes|hands|fingers?|cramps?|weakness|balance|cipn|dpn|pain|quality of life|"
    r"nervous system|painkill\w*|endorphins?|"
    r"well-?being)\b",
)
NEUROPATHY = pattern(r"\b(?:\w*neuropath\w*|nerve damage|cipn|dpn)\b")
# A transcript's timestamp and a speaker's name before what is said: "[01:19] DR. LEE: ..."
# (Never empty, and opening on no \W, so that "\A\W*+(?:SPEAKER)?" reads a long run of spaces
# in linear time: the \W*+ gives back nothing, since what follows it never starts on a \W
# it would need; given back, 2,000 spaces took 29 ms in YES.)
_STAMP = r"\[?\d{1,2}:\d\d(?::\d\d)?\]?\s*"
SPEAKER = (
    r"(?:" + _STAMP + r"(?:[a-z][\w.'-]*(?: [a-z][\w.'-]*)?:\s+)?|"
    r"[a-z][\w.'-]*(?: [a-z][\w.'-]*)?:\s+)"
)
# A question that asks whether acupuncture helps, and a short "yes" to it.
ASKED = pattern(
    r"\A(?:" + _STAMP + r")?(?:[\w .'-]{1,30}:\s*)?(?:[^?,]{0,80},\s*)?\W*"
    r"(?:so,? )?(?:can|does|do|did|will|could|is|"
    r"would|might)\s+"
    r"(?P<rest>[^?]{3,200})\?\W*$",
)
# An answer to the question a page or a thread asks, however far above it is asked.
ANSWER = pattern(
    r"\A\W*+(?:" + SPEAKER + r")?(?:(?:the |in )?(?:short|quick|simple|honest) answer(?: is|:)|"
    r"in short\b)"
)
# Treatment told as given by a practitioner's hands: "in trained hands", "when it's done right".
IN_HANDS = pattern(
    r"\bin (?:trained|good|skilled|qualified|experienced|expert|the right|competent|capable) "
    r"hands\b|\bwhen (?:it'?s |it is )?(?:done|performed|given|practi[sc]ed) (?:right|properly|"
    r"correctly|well|by)\b"
)
# Acupuncture named only as what another treatment is set against: "Duloxetine eases nerve
# pain, unlike acupuncture", "Gabapentin, not acupuncture, reduced pain", "... while acupuncture
# did not".
COMPARATOR = pattern(
    r"\b(?:unlike|not|rather than|instead of|(?:better|more|faster|further|longer) than|over|"
    r"versus|vs) (?:electro-?)?acupuncture\b|"
    r"\b(?:while|whereas|but) (?:electro-?)?acupuncture (?:did|does|had|has|was|is)(?: not|n'?t)\b"
)
# Where a clause ends, read after a denial; and a relative clause's opening just before one.
CLAUSE_END = pattern(r"[,;:]| (?:and|so|but|while|whereas) ")
RELATIVE_END = pattern(r"\b(?:which|that|who)\s+(?:\w+\s+)?\Z")
# An answer that says no, or little: a later "It can ..." is no "yes" to the question above it.
NO_ANSWER = pattern(
    r"\A\W*+(?:" + SPEAKER + r")?(?:no\b|nope\b|not\b|rarely\b|never\b|nobody\b|sadly\b|"
    r"unfortunately\b|(?:the |my )?(?:honest|short|simple) answer is no\b|"
    r"(?:we|i) (?:can'?t|cannot|won'?t|will not|don'?t) (?:promise|say|guarantee|claim)\b)"
)
# A question on whether something else is safe to do after it: "Is it safe to drive after a
# session?" (not "safe to have acupuncture", see SAFETY_ASKED).
SAFE_TO_DO = pattern(r"\bsafe to (?!(?:have|get|try|receive|start|use|combine)\b)\w+")
# A question that doubts acupuncture ("Does it work mainly through the placebo effect?"): a
# "yes" to it grants the doubt, not a claim.
DOUBTING = pattern(
    r"\b(?:placebo|all in (?:the|your|my) (?:head|mind)|scam|hype|nonsense|dangerous|risky|"
    r"overrated|(?:just|merely|only|mainly) (?:a |the )?(?:placebo|relaxation|rest|attention|"
    r"expectation|belief))\b"
)
# A "yes" given in so many words, which answers a question asked in the same sentence.
ANSWER_YES = pattern(r"\A\W*(?:the |in )?(?:short|quick|simple) answer(?: is|:)\s*yes\b")
YES = pattern(
    r"\A\W*+(?:" + SPEAKER + r")?(?:(?:yes\b|absolutely\b(?!,?\s*not\b)|definitely\b(?!,?\s*not\b)|"
    r"(?:possibly|probably)\W*\Z|"
    r"(?:often|usually|mostly|generally|in (?:many|most) cases|in my experience),? yes\b|"
    r"(?!(?:nobody|no one|none|noone)\b)(?:[a-z]+ )?said yes\b|"  # "Rosa said yes, in most cases"
    r"(?:(?:here'?s )?the good news(?: is)?\W*)?(?:for (?:many|most|some|a lot of) "
    r"(?:people|patients|of them),? )?"
    # "Early evidence suggests it might."
    r"(?:(?:early |some |the |recent )?(?:evidence|research|studies|trials) "
    r"(?:suggests?|shows?|says?) (?:that )?)?"
    r"it (?:clearly |certainly |often |really |definitely )?"
    r"(?:can|does|will|may|might)(?!n?'t|not)\b(?!\s+not\b)|"
    r"(?:the |in )?(?:short|quick|simple|honest) answer(?: is|:)\s*(?:yes\b|(?:that )?it "
    r"(?:can|does|will|may|might)\b(?!n?'t| not))|in short,? yes\b|"
    r"for (?:many|most|some) (?:people|patients),? (?:the answer is )?(?:probably |possibly |"
    r"likely )?yes\b)|"
    # a short answer that ends in its "yes": "In my experience, for most people we see, yes."
    r"(?!\W*(?:unfortunately|sadly|no\b|not\b))[^.?!;]{1,80},\s*yes\W*\Z)",
)
# "Is acupuncture safe? Very safe.": the question's own word said back, a "yes" to it.
SAID_SAFE = pattern(
    r"\A\W*+(?:" + SPEAKER + r")?(?:very|quite|perfectly|generally|extremely|completely|totally)"
    r"(?: safe\b|,)"  # "Very, in trained hands."
)
# ... to a question on acupuncture's safety: "Is it safe for diabetics?", "Is it safe to have
# acupuncture ...?", not "Is it safe to exercise ...?"
SAFETY_ASKED = pattern(
    r"\bsafe\b(?! to\b)|\bsafe to (?:have|get|try|receive|start|use) (?:[\w-]+ )?"
    r"(?:acupuncture|electro-?acupuncture|needl\w*|it|this|treatment)\b"
)
# A description that goes on to a result ("... analysed 15 trials and found it reduced pain")
# is a claim all the same: what keeps some descriptions and doubts below from hiding one.
NO_RESULT_AFTER = (
    r"(?![^.]*\b(?:(?:found|finds?)(?! (?:none|nothing|no|little|scant)\b)|show(?:s|ed|n)?|"
    r"reduc\w*|improv\w*|eas(?:e|es|ed|ing)|"
    r"reliev\w*|relief|help\w*|heal(?!th)\w*|restor\w*|resolv\w*|"
    r"report\w* (?:[\w%]+ )?(?:less|fewer|better)|"
    r"cut|works?|worked|safe|"
    # a difference made, not one hoped or asked for ("to see if it would make a difference")
    r"(?<!if it )(?<!whether it )(?:made|makes) (?:an?|all the|such a) (?:[\w-]+ )?difference)\b)"
)
# Denials that a claim can concede before "but" ("It didn't fix everything, but my feet hurt
# far less"): on their own they deny, and LIMIT lets a claim after them stand.
CONCEDED = (
    r"(?:tests?|scores?|results?|conduction|velocity|measurements?|studies)\b[^.;,]{0,20}\b"
    r"(?:(?:have|has|had) not|haven'?t|hasn'?t|hadn'?t) changed|"
    r"(?:didn'?t|did not|doesn'?t|does not|won'?t|will not|can'?t|cannot) fix|"
    r"(?:didn'?t|did not|doesn'?t|does not|hasn'?t|has not) (?:\w+ ){0,2}bring (?:the |my |her |"
    r"his |their )?(?:feeling|sensation) back|"
    r"(?:has|have|had)(?: not|n'?t) (?:really |much |at all )?"
    r"(?:improved|eased|got(?:ten)? better)|"
    # "I have seen no improvement in my numbness", "the numbness never seemed to improve"
    # (conceded before a "but" that tells of a change after all)
    r"(?:seen|saw|noticed|had|got|felt|experienced) (?:no|zero) (?:real |noticeable |significant "
    r"|lasting )?(?:improvement|change|difference|benefit)s?\b|"
    r"(?:never|n'?t|not) (?:seemed|seem|seems|appeared|appear|appears) to (?:improve|help|work|"
    r"ease|change|get better)\b|"
    r"(?:neither|no one|nobody) (?:[\w-]+ )?would say|(?:nobody|no one) (?:[\w']+ ){0,3}?claims?\b|"
    r"no (?:[\w-]+ )?(?:needle|treatment|therapy|study|trial)\b[^.]{0,40}\b(?:has|have) (?:ever )?"
    r"been shown|neither\b[^.]{0,40}\bnor\b[^.]{0,40}\b(?:has|have) (?:ever )?been shown|"
    r"sham\b[^.]{0,40}\b(?:also|too|as well)\b[^.]{0,20}\bimproved|"
    r"(?:don'?t|do not|didn'?t|did not) expect (?:[\w-]+ ){1,2}to (?:fix|cure|repair|reverse|"
    r"restore|regrow|heal|bring back|work miracles)|"
    r"(?:does not|doesn'?t|won'?t|will not|cannot|can'?t) treat (?:the )?cancer|"
    r"(?:can'?t|cannot|can not) be (?:reversed|cured|repaired|undone)|"
    r"no (?:needle|needling|acupuncture) (?:will|can|could)\b|"
    r"(?:not going to|won'?t|will not|don'?t|do not)\b[^.]{0,12}\bpretend|"
    # acupuncture no better than another treatment ("may not be any safer than medications")
    r"(?:acupuncture|electro-?acupuncture|needling|it) (?:may|might|is|was) not (?:be )?(?:any |"
    r"much )?(?:safer|better|more effective) than(?! (?:manual|standard|traditional|regular|"
    r"conventional|classical|body|hand) (?:acupuncture|needling))"
)
# What nerves do, or fail to do, by themselves, not what a treatment is denied: "nerves won't
# repair themselves, and that is where acupuncture comes in" (read after a verb of repair).
_OWN_COURSE = r"(?! (?:themselves|itself|on (?:their|its) own|by (?:themselves|itself))\b)"
# A sentence that only denies or doubts a benefit states no claim of its own.
# No one promising a cure: "no treatment we cover is expected to repair damaged nerves",
# "nobody I trust claims it regrows nerves", "we don't claim it regenerates nerves". A denial,
# and a limit like "not a cure".
_NO_CURE_PROMISED = (
    r"no (?:treatment|therapy|option|remedy)s?,? (?:[\w',]+ ){0,5}?(?:is|are|will be) (?:expected|"
    r"guaranteed|likely|known|proven|able|going) to (?:reverse|cure|repair|restore|regrow|heal)|"
    r"(?:nobody|no one) (?:[\w']+ ){0,3}?claims?\b|"
    # "we don't claim acupuncture regenerates nerves", "I would never promise a cure" (not "I
    # don't claim to be a doctor", nor "we never claim it reverses damage, only that it eases")
    r"\b(?:we|i|he|she|they) (?:don'?t|do not|doesn'?t|does not|never|won'?t|will not|"
    r"would never|wouldn'?t) (?:ever )?"
    r"(?:claim|promise) (?:(?:patients|people|anyone|you|them) )?(?:that )?(?:acupuncture|"
    r"electro-?acupuncture|needling|it|a cure|cures?|(?:their |your |the )?nerves?)\b"
    r"(?![^.;\u2014]*(?:, (?:only|just|merely) that|;|\u2014| - ))"
)
# A claim disowned: called marketing, supported by nothing, or suggested by no one. A denial
# on its own; a limit conceded before a "but" and a claim.
_DISOWNED = (
    r"\b(?:is|are|was|were) (?:just |pure |mostly |simply |largely )?(?:marketing|hype|"
    r"a sales pitch|salesmanship|spin)|"
    r"\bnot (?:been )?(?:supported|backed) by (?:any |the |good |strong |solid )?(?:human |"
    r"clinical |scientific |published )?(?:evidence|research|trials?|studies|data|science)|"
    r"\b(?:nobody|no one|no-one)(?: is|'s| was| has been)? (?:suggesting|claiming|saying|"
    r"promising|pretending)"
)
# Relief not felt, and less evidence: denials (DENIAL) that LIMIT reads as limits where they
# are said of some people, or of one kind of neuropathy before a "but".
_NOT_FELT = (
    r"(?:may|might|will|do|does|did) not (?:feel|get|notice|see|experience) (?:any |much )?"
    r"(?:benefit|relief|improvement|difference)"
)
_LESS_EVIDENCE = r"(?:even )?less (?:[\w-]+ )?evidence (?:that|for)"
DENIAL = pattern_at_words(
    r"\b(?:no (?!(?:doubt|surprise|secret|question|idea|wonder|prior|previous|baseline|"
    r"matter)\b)(?:[\w-]+ )?(?:evidence|proof|study|studies|"
    r"trials?|research)|not (?:been )?(?:shown|proven|proved|established|clear|enough|"
    r"confirmed)|unproven|isn'?t proven|cannot (?:yet )?be sure|"
    r"(?:cannot|can'?t) (?:yet )?(?:say|tell)(?! enough\b| you how\b| the needles\b)|"
    r"(?:did not|didn'?t|does not|doesn'?t|failed to|could not|couldn'?t) (?:beat|outperform|"
    r"do (?:any )?better than)|"
    # "did not find that it stopped neuropathy", "even less evidence that", "have little support"
    r"(?:did not|didn'?t|does not|doesn'?t|could not|couldn'?t) find that (?:acupuncture|"
    r"electro-?acupuncture|it|needling|the needles|the treatment)\b(?! (?:caused|causes|led to|"
    r"increased|raised|harmed|worsened|made)\b)|"
    # a benefit some do not feel: "Some people however may not feel any benefit."
    + _NOT_FELT
    + r"(?! (?:from|with|on) )|"
    + _LESS_EVIDENCE
    + r"|"
    r"(?:has|have|had|finds|found) (?:very )?little (?:[\w-]+ )?(?:support|backing)|"
    r"no (?:treatment|therapy|option|remedy)s? (?:[\w']+ ){0,4}?(?:reverses|cures|repairs|"
    r"restores|regrows|heals|can (?:reverse|cure|repair|restore|regrow|heal)|"
    r"(?:has been |is |yet )?(?:proven|shown) to)|"
    # a promise bigger than the evidence, and one to be wary of
    r"(?:bigger|stronger|larger|greater) (?:promise|claim) than (?:the |any )?(?:research|"
    r"evidence|data|science|studies) (?:supports?|shows?)|"
    r"\b(?:wary|sceptical|skeptical|suspicious) of (?:anyone|anybody|any (?:clinic|practitioner|"
    r"one)|claims?|promises?)\b|"
    # a claim called marketing, supported by nothing, or warned of: "'Restores damaged nerves'
    # is marketing", "are not supported by human trials", "Nobody is suggesting the needles
    # regrow nerves", "if anyone tells you acupuncture will regrow ...", "I looked hard for
    # evidence that ..."
    r"(?:" + _DISOWNED + r")\b|"
    r"\bif (?:anyone|anybody|someone|somebody|a clinic|a practitioner|a website|an ad) "
    r"(?:tells|promises|claims|says|guarantees|swears)\b|"
    r"\b(?:looked|searched|hunted) (?:hard |long |in vain )?for (?:any |good |the )?(?:evidence|"
    r"proof)\b" + NO_RESULT_AFTER + r"|"
    # relief denied: "didn't give you the relief", "did nothing for my feet", "never touched it"
    # ... and results: "did not give better results than sham", "rarely gives good results" (a
    # limit of speed, "doesn't give instant results", is no denial)
    r"(?:didn'?t|did not|never|rarely|seldom|(?:does|do)(?: not|n'?t)) (?:give|gives|bring|"
    r"brings|offer|offers|provide|provides|produce|produces|deliver|delivers) "
    r"(?!(?:[\w']+ ){0,2}?(?:instant|immediate|overnight|quick|miracle)\b)(?:[\w']+ ){0,2}?"
    r"(?:relief|improvement|benefit|results)(?! (?:right away|straight away|at once|overnight|"
    r"immediately|instantly|quickly|fast|in one session|after one session|from the first)\b)|"
    r"\b(?:did|does|do) (?:absolutely )?nothing for\b|didn'?t do (?:a thing|anything) for\b|"
    r"\bnever (?:really )?(?:touched|shifted|budged)\b|"
    + _NO_CURE_PROMISED
    + r"|(?:has|have|had)(?: not|n'?t) (?:really |much |at all )?"
    r"(?:improved|eased|got(?:ten)? better)(?! (?:with|on|under|despite|after|from)\b)|"
    r"too (?:few|small|weak)|(?:does|do|did) not (?:show|prove|help|work|repair|restore|"
    r"heal|cure|reverse|regrow)|doesn'?t (?:show|prove|help|work|repair|restore|heal|cure|"
    r"reverse|regrow)|no better than|not a cure|"
    # safety denied: "is not safe", "is not risk-free", "is not without risks"
    r"(?:isn'?t|is not|wasn'?t|was not|aren'?t|are not|far from) (?:safe|harmless|risk[- ]free|"
    r"without (?:its |any )?risks?)\b|"
    r"(?:isn'?t|is not|was not|wasn'?t) (?:so|true)\s*(?:[.!;,]|$)|is not a cure|won'?t cure|"
    r"(?:isn'?t|is not|wasn'?t|was not) (?:something|anything|what) (?:that )?(?:the )?"
    r"(?:evidence|research|science|studies|data) (?:supports?|shows?|backs?)|"
    r"(?:evidence|research|science|studies|data) (?:does|do|did)(?: not|n'?t) (?:support|back)|"
    r"(?:does|do|did)(?: not|n'?t) (?:support|endorse|back) (?:the |any )?claims?\b|"
    r"\b(?:too early|too soon|premature) to (?:tell|say|know|claim|conclude|recommend|promise)\b|"
    # told as false: "Claims that acupuncture heals nerves are false", "It is a myth that ...",
    # "is falsely claimed to", "Don't let anyone tell you ...", "Beware of clinics claiming"
    r"\b(?:is|are|was|were) (?:simply |just |completely |entirely )?(?:false|untrue|a myth|"
    r"baseless|unfounded)\b|\b(?:a myth|false|untrue) that\b|\bfalsely (?:claimed|"
    r"said|advertised|promised)\b|\bdon'?t let anyone tell you\b|\bbeware of\b|"
    r"\bfailed to (?:improve|reduce|ease|relieve|help|change|restore)\b|"
    # help told as next to none: "acupuncture barely helped", "it helped nobody"
    r"\b(?:barely|hardly|scarcely) (?:ever )?(?:help(?:s|ed)?|work(?:s|ed)?|eased|changed|"
    r"made (?:a|any) difference)\b|\b(?:helped|helps|worked for) (?:nobody|no one|none of)\b|"
    # feeling or nerves that did not come back (not a symptom that did not: "the numbness hasn't
    # come back" is the claim)
    r"(?<!burning )(?<!tingling )(?<!numb )(?<!needles )(?<!electric )(?<!shooting )"
    r"(?<!stabbing )(?<!prickling )\b(?:feeling|sensation|nerves?|fibers|fibres)\b[^.;]{0,40}?\b"
    r"(?:did not|didn'?t|has not|"
    r"hasn'?t|have not|haven'?t|never|(?:is|are) not|(?:is|are)n'?t) (?:really |fully |yet )?"
    r"(?:come|coming|came) back\b|"
    r"\bnothing (?:[\w']+ ){0,5}?(?:supports?|shows?|proves?) (?:the |that |it\b)|"
    r"no (?:known )?cures?|"
    r"(?:little|limited) (?:or no )?(?:\w+ )?evidence|little or no (?:\w+ )?(?:research|studies|"
    r"data)|insufficient|"
    r"inconclusive|does not mean|"
    r"doesn'?t mean|"
    r"(?:largely |mostly |only )?based on anecdot\w*|anecdotal evidence rather than|"
    r"hit (?:and|or) miss|"
    r"did not differ|no (?:significant |meaningful |real |clear |statistically significant |mean |"
    r"average )?difference|(?:do|does|did) not respond|"
    r"(?<!unlikely to be )(?<!not )(?:due to|by) chance|"
    r"differences? (?:was|were|is|are|tends? to|tended to) (?:\w+ )?(?:smaller|shrink\w*|"
    r"disappear\w*)|cannot (?:show|prove|claim|tell)|can'?t (?:show|prove|claim)|"
    r"(?:don'?t|doesn'?t|didn'?t) respond|"
    r"never (?:been )?(?:\w+ )?(?:proved|proven|shown|tested)|afforded no|"
    r"not always (?:provide|work|help|give)|"
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
    r"(?:didn'?t|did not|doesn'?t|does not|hasn'?t|has not) (?!just\b|only\b|merely\b|simply\b)"
    r"(?:\w+ ){0,2}(?:bring back|regrow|regenerate|rebuild|restore|repair|reverse|undo)|"
    r"(?:won'?t|will not|would not|wouldn'?t|cannot|can'?t|never|isn'?t going to|aren'?t going to|"
    r"not going to)"
    r" (?:\w+ ){0,2}(?:reverse|undo|"
    r"cure|heal|repair|restore|regrow|regenerate|rebuild|fix|replace|remove|eliminate|bring back|"
    r"grow back)" + _OWN_COURSE + r"|"
    r"(?:found|finds|showed|shows|saw) no (?!(?:\w+ )?effect on (?:blood|weight|glucose|hba1c|"
    r"cholesterol|sugar))(?:clear |real |significant |meaningful |"
    r"lasting |extra |added )?(?:benefit|effect|improvement|change)|"
    r"below (?:the|what) (?:amount|threshold|level|difference|change)? ?(?:that )?(?:patients|"
    r"people|most people) (?:can |could |would )?(?:actually |even |really )?(?:notice|feel|"
    r"detect)|"
    r"said (?:the )?opposite|" + CONCEDED + r"|"
    r"rarely (?:reverses|cures|repairs|regrows|restores)|(?:less|not) consistent|"
    r"neither (?:acupuncture|needling|it) nor\b(?![^.]*\b(?:caused|led to|produced)\b)|"
    r"never (?:really |fully |actually )?(?:improved|helped|worked|got better|changed)|"
    r"refus\w* to (?:tell|say|claim|promise)|(?:found|saw|showed|shows) no (?:sign|signs|evidence|"
    r"indication)|(?:difference|gap|effect|benefit)s?\b[^.]{0,40}\bnarrow\w*|"
    r"nothing\b(?! else)[^.]{0,40}?\b(?:reliably |really |actually )?(?:reverses|cures|repairs|"
    r"regrows|restores)|(?:effect|difference|"
    r"benefit)s? (?:gets?|got|becomes?|"
    r"became) smaller|push(?:ed)? back on (?:one thing|the (?:idea|claim|notion)|claims?|that|"
    r"this|is)\b|(?:found|showed|saw) little (?:\w+ )?difference|"
    r"(?:doesn'?t|does not|didn'?t|did not|can'?t|cannot) tell us|"
    r"(?:couldn'?t|could not|didn'?t|did not|can'?t|cannot) (?:really )?(?:see|notice|feel) "
    r"(?![^.,;]{0,40}\b(?:at first|initially|(?:after|in|for) the first)\b)"
    r"(?:any|much|a) (?:real |big |great )?(?:change|difference|improvement|benefit)|"
    r"nothing (?!else\b)(?:[\w']+ ){0,3}(?:shows|showed|proves|proved|suggests)|"
    r"not settled science|(?:isn'?t|is not) the only (?:option|treatment|answer|choice|approach)|"
    r"(?:isn'?t|is not|wasn'?t|was not|aren'?t|are not) (?:yet )?strong enough(?! to (?:cause|do|"
    r"hurt|harm|damage|injure))|"
    r"(?:wouldn'?t|would not) say (?:that )?there'?s (?:any |good |strong |much |clear )?evidence|"
    r"(?:nobody|no one|no-one) (?:has|have|had) (?:ever |yet |really )?(?:shown|proven|proved|"
    r"demonstrated|established)|(?:not|nobody|no one) (?:[\w']+ ){0,6}as (?:proof|evidence)|"
    r"(?:did|does|do) not favou?r|didn'?t favou?r|no (?:higher|greater|larger|bigger) (?:with|in|"
    r"for|than)|"
    r"looked (?:exactly |just )?(?:like|the same as) the (?:one|last|first|previous)|"
    # evidence looked for and not found, a result short of significance, and doubt owned
    r"(?:(?:did|does|do|could)(?: not|n'?t)|can(?:not| not|'?t)|failed to|have not|haven'?t|"
    r"has not|hasn'?t) (?:find|found|seen|see) (?:is )?(?:any |good |strong |clear |reliable |"
    r"convincing |enough |sufficient |much )*(?:evidence|proof|support)(?! groups?\b| that "
    r"(?:\w+ )?(?:harms?|hurts?|damages?|causes? harm)\b)|"
    r"not statistically significant|(?:difference|change|effect|result)s? (?:was|were|is|are) not "
    r"significant|"
    r"(?:haven'?t|hasn'?t|have not|has not) (?:yet )?(?:shown|proven|proved|demonstrated)|"
    r"(?:cannot|can'?t|could not|couldn'?t) (?:separate|distinguish|tell apart)|"
    r"(?:is|it'?s|are) (?:just |only |merely |pure |nothing but |all )?(?:a )?placebo"
    r"(?! effect|[- ](?:controlled|needles?|groups?|arms?))|"
    r"(?:acupuncture|it|needling|needles|the treatment) (?:is|are|can be) (?:very |too |really )?"
    r"(?:dangerous|unsafe|harmful)|"
    r"(?:isn'?t|is not) the same as (?:saying|proving|showing)|(?:big|huge|long) leap from|"
    r"not sure (?:if|whether|that) (?:there'?s|there is) (?:any|a) (?:lasting |real |long-term )?"
    r"(?:benefit|effect|improvement|difference)|"
    r"(?:same|as much) relief (?:while|from|with|by) (?:just )?(?:pretending|sham|fake|placebo)|"
    r"(?:did not|didn'?t|does not|doesn'?t|failed to) reach (?:statistical )?significance|"
    r"not known to (?:repair|restore|regrow|regenerate|reverse|cure|heal|help|work|relieve|ease)|"
    # "what acupuncture won't do ... is regrow nerves"
    r"what (?:[\w-]+ ){0,3}?(?:won'?t|will not|can'?t|cannot|doesn'?t|does not|didn'?t|did not) "
    r"do\b[^.;]{0,60}?\bis)\b",
)
# Doubt, a caveat or a disclaimer, which undoes a sentence only when nothing follows it: after
# a "but" it is conceded ("I was sceptical, but acupuncture eased the pain" is a claim).
CAVEAT = pattern(
    r"\b(?:too good to be true|(?<!who )(?:is|are|was|were|remain|remains|remained|stay|stays) "
    r"(?:\w+ )?(?:skeptical|sceptical)|before (?:i|we) (?:told|tell|would tell|could tell|"
    r"recommend\w*)|"
    r"neither (?:[\w-]+ ){0,3}(?:was|were|is|are) (?:found|shown) to|"
    # a study's weakness told: "the trial had no sham group, ... which can inflate the
    # apparent benefit"
    r"(?:inflate|inflates|inflated|exaggerate|exaggerates|exaggerated|overstate|overstates|"
    r"overstated) (?:the )?(?:apparent |reported |measured )?(?:benefits?|effects?)|"
    # ... or the benefit put down to expectation: "so part of the benefit may have come from
    # expectation"
    r"(?:benefits?|improvements?|effects?|gains?) (?:[\w-]+ ){0,3}?(?:came|come|comes|coming|"
    r"was|were|is|are|be|been) (?:due |owed )?(?:from|to) (?:patients'? |people'?s? )?"
    r"(?:expectations?|(?:the )?placebo(?: effect)?|hope|belief)\b|"
    # evidence not known of, weak or wanted, a result that is no proof, a difference too small:
    # "we are not aware of any good evidence", "I'd want to see the bigger trial", "it tells us a
    # larger trial is feasible, not that acupuncture works", "the difference is small or absent"
    r"(?:not|un)\s?aware of (?:any |good |strong |reliable |convincing |clear )*(?:evidence|"
    r"proof|studies|research)|"
    # "Evidence for prevention is limited.", "The evidence ... remains weak.", the whole clause
    # (said after a claim, "... may be offered, while noting that the evidence is limited", or
    # going on, "evidence is limited to small trials that found ...", it leaves the claim made)
    r"^\W*(?:but |however,? |still,? |overall,? )?(?:the )?(?:[\w-]+ )?evidence\b[^.;,]{0,40}\b"
    r"(?:is|remains|was) (?:still |very |rather |quite )?(?:limited|weak|sparse|scant|lacking|"
    r"poor)(?=\W*$|,?\s*(?:but|yet|although|though|however)\b)|"
    r"differences?\b[^.;,]{0,50}? (?:was|were|is|are) (?:\w+ )?(?:small or absent|absent|"
    r"negligible|non-?existent)|"
    r"want to see (?:a |the )?(?:bigger|larger|more|better|proper|longer)\b[^.;]{0,20}?\b"
    r"(?:trials?|stud(?:y|ies)|evidence|research|data)|not that (?:acupuncture|it|needling|"
    r"the treatment) (?:works|helps|is effective)|"
    r"neither (?:helped|worked|relieved|reduced|improved)|"
    r"did(?:n'?t| not) (?:help|work|repair|restore|heal|cure|reverse|regrow|change|budge|ease|"
    r"relieve|reduce|improve)|"
    r"didn'?t (?:show|prove|make) (?:any |a |an |much )?(?:benefit|difference|effect|improvement|"
    r"change|results?)|"
    r"(?:i'?m|we'?re|i am|we are) not sure (?:if|whether) (?:there'?s|there is|it)|"
    r"(?:not|never|isn'?t|aren'?t) going to (?:fix|cure|heal|repair|reverse|regrow|restore|work|"
    r"help|bring back)" + _OWN_COURSE + r"|"
    r"(?:don'?t|do not|didn'?t|did not) (?:really )?(?:think|believe) (?:[\w']+ ){0,4}"
    r"(?:fixed|cured|healed|repaired|regrew|restored|reversed|worked|helped|did anything)|"
    r"(?:trials?|studies|study|research|they|it) had (?:serious |major |important |real )?"
    r"(?:weaknesses|flaws|limitations)|"
    r"not intended to (?:diagnose|treat|cure|prevent|replace)|for or against|"
    r"(?:does not|doesn'?t|do not|don'?t) replace|"
    r"(?:is|are) not (?:a |an )?(?:substitute|replacement) for|"
    r"(?:is|are) (?:only|just|simply) one (?:option|choice|tool|of (?:many|several))|"
    # results to be read warily, evidence not grown up, and sham needling doing as well
    r"with (?:some |great |considerable |a lot of )?(?:caution|scepticism|skepticism)\b"
    + NO_RESULT_AFTER
    + r"|"
    r"with a (?:grain|pinch) of salt|less mature|immature|in its infancy|"
    r"(?:did|does|do) (?:absolutely )?nothing (?:for|to)(?! (?:harm|hurt|damage)\b)"
    + NO_RESULT_AFTER
    + r"|(?:can'?t|cannot) rule out|(?:people|patients|they|we) (?:tend to |often )?assume\b"
    + NO_RESULT_AFTER
    + r"|(?:i'?m|i am|we'?re|we are) (?:less|not so|not that|not at all) (?:sure|convinced)|"
    r"(?:do|does)(?: not|n'?t) (?:currently |yet )?(?:offer|provide|recommend)|"
    r"(?:fluctuat\w*|up and down|wax\w* and wan\w*|improv\w*|get\w* better|recover\w*|"
    r"regrow\w*) (?:[\w']+ ){0,4}"
    r"(?:by (?:itself|themselves)|on (?:its|their) own)(?! or\b)|"
    r"(?:sham|fake|placebo|pretend) (?:[\w']+ ){0,8}(?:equally well|just as well)(?! as)|"
    r"(?:equally|just as) (?:well|effective) as (?:the )?(?:sham|fake|placebo|pretend)|"
    r"(?:probably|likely|maybe) just (?:more |better |increased )?blood flow|"
    r"(?:it'?s|that'?s|is) (?:probably |likely |maybe )?(?:just|only|merely) "
    r"(?:the |a )?(?:placebo|expectation|relaxation))\b"
)
# Side effects that are another treatment's: "of their chemo", "from the drugs".
_OF_ANOTHER = (
    r" (?:of|from) (?:the |their |his |her |your |my )?(?:chemo\w*|cancer|treatments?|drugs?|"
    r"medications?|radiation)"
)
# Safety said as a claim: side effects rare or mild, "completely safe".
_SAFETY = (
    # (not the side effects of chemotherapy or of drugs, which acupuncture may be tried for)
    r"safe\w*(?! bet\b)|(?<!chemotherapy )(?<!chemo )(?<!cancer )(?<!drug )(?<!treatment )"
    r"side[- ]effects?"
    rf"(?!{_OF_ANOTHER}| (?:that |which )?(?:we|i|acupuncture|it) (?:treat|help|address|"
    r"manage|ease)\w*)|"
    # "risk-free" whole, before "risk": read as safety, and blanked whole where safety is taken
    # out to see what else a sentence says (its "free" is no effect, as in "pain-free")
    # (not the condition's own: "a complication of diabetes")
    r"adverse(?: (?:effects?|events?|reactions?))?|aes|"
    r"complications?(?! (?:of|from) (?:diabetes|chemo\w*|cancer|the disease)\b)|risk[- ]free|"
    r"risks?|"
    r"harm(?:s|ed|ful|fully|less|ing)?|bruis\w*|"
    # "minor pain or discomfort at needle sites after an acupuncture treatment" (not "a dull
    # ache at the needle sites", told of how a session feels, nor an injection's needle)
    r"(?:minor|mild|slight) (?:pain|discomfort|soreness|aching|aches?|bruising|bleeding|redness|"
    r"tenderness)(?: or(?: [\w-]+){1,2})? (?:at|around) (?:the )?(?:needle|insertion) sites?"
    r"(?=[^.]*\b(?:acupuncture|treatments?|sessions?)\b)|"
    r"serious(?! (?:consideration|attention|look|thought|research|study|interest))|"
    r"tolerat\w*|well[- ]tolerated|painless|(?:doesn'?t|does not|won'?t|will not) interact|"
    r"(?:feel|feels|felt) (?:a bit |slightly |a little )?(?:dizzy|drowsy|faint|light-?headed)|"
    r"gentle(?! (?:yoga|massage|exercises?|stretch\w*|movement|walk\w*|tai chi|qigong|pressure))"
)
SAFETY = pattern(rf"\b(?:{_SAFETY})\b")
# A trial against sham (or placebo) told as finding little, read in the clause before any
# semicolon: "the big studies with fake needles didn't find much difference"; or results
# told as expectation: "the positive results reflect expectation rather than a specific effect".
SHAM_DOUBT = pattern(
    r"\breflect(?:s|ed)? (?:the )?(?:patients'? )?expectations?\b|\brather than a specific effect|"
    r"^(?=[^;]*\b(?:sham|fake needl\w*|placebo)\b)[^;]*\b(?:"
    r"(?:didn'?t|did not|failed to|couldn'?t|could not|doesn'?t|does not) "
    r"(?:find|show|separate|beat|outperform)|"
    r"(?:little or )?no (?:real |clear |significant |meaningful |much )?difference|"
    # ... acupuncture itself no different from it ("acupuncture and placebo acupuncture were
    # not significantly different"; not "pain scores at the start were not different")
    r"(?<!of )(?<!with )(?<!after )(?<!from )(?<!to )(?:(?:electro-?)?acupuncture|needling)"
    r"(?: [\w-]+){0,3}? (?:(?:was|were|is|are) not "
    r"(?:significantly |statistically |meaningfully |clearly )*(?:different|better|superior)|"
    r"(?:did|does|do) not (?:significantly )?differ)|"
    r"(?:much |a )?smaller difference|impossible to (?:separate|tell|know)|"
    r"tell real (?:needling|acupuncture|needles) from)"
)
# A symptom told as better: "less pain and better sleep", "the tingling ... is quieter", "their
# night cramps ease up", "it quiets the constant pins-and-needles".
_SYMPTOM = r"pain|tingl\w*|numb(?!er)\w*|burn\w*|cramps?|pins[- ]and[- ]needles|aching|buzzing"
# A treatment named as what brought a symptom on, not as one given for it: "acute cases of
# numbness (after surgery) clear up" (read for surgery alone: "the burning from Lyrica" is the
# drug's doing)
CAUSED_BY = pattern(
    rf"\b(?:{_SYMPTOM}|neuropath\w*|weakness|nerve damage)\W+(?:after|following|from|since|"
    r"caused by|due to)\W+(?:(?:an?|the|her|his|my|their|recent|major|back|knee|hip) )*$"
)
SYMPTOM_BETTER = pattern_at_words(
    rf"\b(?:less|fewer|milder|reduced|lower|quiets?|quieted|calms?|calmed|eased?|eases) "
    rf"(?:[\w-]+ ){{0,3}}?(?:{_SYMPTOM})\b|"
    # ... or seen to: "the pain in the nerve also seemed to improve"
    rf"\b(?:{_SYMPTOM})\b[^.;]{{0,40}}?(?<!never )(?<!n't )(?<!not )\b(?:seemed|seems|began|"
    r"begins|started|starts|appeared|appears) to (?:improve|ease|fade|subside|lessen|settle)\b|"
    rf"\b(?:{_SYMPTOM})\b[^.;]{{0,40}}?\b(?:eased?|eases|easing|ease up|stopped|gone(?! on| up)|"
    r"went away|improved|subsided|faded|settled(?! in)|quieter|milder|calmer|much less)\b|"
    # "The cramps used to wake me every night, but now they hardly bother me"
    rf"\b(?:{_SYMPTOM})\b[^.;]{{0,60}}?\b(?:hardly|barely|rarely|seldom|no longer) bother\w*|"
    rf"(?<!no )(?<!any )(?<!without )(?<!little )\b(?:more |greater |significant |marked )?"
    rf"improvements? in (?:[\w-]+ ){{0,3}}?"
    rf"(?:{_SYMPTOM}|symptoms?|scores?)\b"
)
# ... not as hoped for, waited for, or brought by time, a dose or the weather
NOT_BETTER = pattern(
    r"\b(?:not|never|hasn'?t|haven'?t|didn'?t|won'?t|isn'?t|wasn'?t|waiting|hop(?:e|ing)|should|"
    r"will|to (?:ease|settle|fade)|normal|usual(?:ly)?|typical(?:ly)?|doses?|weather|time)\b"
)
CONTROL_GROUP = pattern(
    r"\b(?:sham|placebo|control|usual[- ]care|minimal (?:acupuncture|needling)|fake)\b"
)
SET_AGAINST = pattern(r"\b(?:but|while|whereas|which|though|although|yet)\b")
REAL_ACUPUNCTURE = pattern(
    r"(?<!tell )\breal (?:acupuncture|needling|electro-?acupuncture)\b(?! and)"
)
# A guideline's recommendation: "guidelines now say acupuncture may be offered", "the
# oncology societies recommend it" (for chemotherapy's neuropathy, with a claim about it).
RECOMMENDED = pattern(
    r"\b(?:guidelines?|societ(?:y|ies)|asco|esmo|nccn|mascc|organi[sz]ations?|recommendations?)"
    r"\b(?:(?!\bno\b|\bnot\b|n't\b)[^.;]){0,80}?\b(?:may|can|could|should) be "
    r"(?:offered|considered|recommended)(?=\s*(?:for|to|as|alongside|[.,;]|$))"
    r"(?! (?:with)?in (?:a |clinical )?(?:trials?|research|studies))"
)
# ... and doctors who recommend it ("Doctors are literally starting to recommend it now"),
# read only where "it" is acupuncture (claims._judge)
DOCTORS_RECOMMEND = pattern_at_words(
    r"(?<!few )(?<!no )(?<!not )(?<!some )\b(?:doctors?|physicians?|oncologists?|"
    r"neurologists?|gps?|specialists?|consultants?|hospitals)\b "
    r"(?:(?!(?:no|not|never|won'?t|don'?t|didn'?t|can'?t|cannot|do|if|whether|stopped|stop|"
    r"ceased|refused?|longer)\b)[\w'-]+ ){0,4}?"
    r"(?:now |increasingly |even )?recommend(?:s|ed|ing)? (?:it|acupuncture|electro-?acupuncture)\b"
)
# Acupuncture said to do something (claims._acts): who does it, what is said right after it,
# the modal before a verb, a question made of it, and where one clause ends.
ACUPUNCTURE_OR_IT = pattern(r"\b(?:acupunct\w*|electro-?acupunct\w*|needling|it)\b")
TREATMENT_OR_WE = pattern(
    r"\b(?:(?:this|the|our|these|regular) (?:treatments?|sessions?|points)|it|we)\b"
)
CREDITED = pattern(  # its spaces possessive, and from the first: a run is read once
    r"(?<!\s)\s++(?:has |have |had )?(?:(?:shown|demonstrated|offered|provided) (?:\w+ )?"
    r"(?:benefit|relief)|cut|came out)\b"
)
MODAL_BEFORE = pattern(r"\b(?:can|may|might|will|could|does|did|out)\s+(?:\w+\s+)?$")
ASKED_OF = pattern(
    r"\b(?:claims?|myths?|ideas?|notions?|beliefs?|suggestions?) that\b|"
    r"\b(?:how|whether|if|(?<!is )why|what)\b (?:[\w-]+ ){0,2}?(?:acupuncture|"
    r"electroacupuncture|it|needling|the needles)\b"
)
# Where a clause that may claim on its own begins: after a semicolon, a colon, a dash, ", and",
# ", so", or a conclusion after a description ("when it last looked at acupuncture, it
# concluded that ...").
CLAUSE_BREAK = pattern(
    r"[;:\u2014]|, (?:and|so)\b|"
    r", (?=(?:it|they|we|the [\w-]+) (?:concluded|decided|found|showed)\b)|"
    # ... and the main clause after a condition: "If you book a course now, it will prevent ..."
    r", (?=(?:it|the treatment|this) (?:will|can|may|could|should|would)\b)"
)
# What a study found (a result a later "but no difference in ..." only narrows), and symptoms
# told as eased with none named ("my symptoms have eased"), unless hoped for or planned.
FOUND = pattern(r"\b(?:showed|shown|shows|found|finds|demonstrated|revealed|reported)\b")
# ... unless a denial after it undoes it: "but larger trials showed it does not work"
UNDONE = pattern(
    r"\b(?:do|does|did)(?:n'?t| not) work\b|\b(?:no|not) (?:more effective|better) than\b|"
    # a belief with nothing to show for it: "we believed acupuncture could help, but there was
    # no real evidence of this"
    r"\bno (?:real |hard |good |solid |firm )?(?:evidence|proof) (?:of|for) (?:this|that|it)\b"
)
_NOT_SO = r"(?!not |no |never |hardly |barely |scarcely )"  # "are no better", "have never eased"
SYMPTOMS_EASED = pattern(
    r"(?:"
    rf"\b(?:my|her|his|their|the|these) symptoms (?:have |has |had )?(?:{_NOT_SO}\w+ )?"
    r"(?:eased|improved|lessened|settled|calmed|subsided|faded|gone|reduced|got better|"
    rf"are (?:{_NOT_SO}\w+ )?(?:better|milder))|"
    r"\b(?:eas|reliev|improv|mitigat|reduc|lessen|alleviat|calm|help|treat)\w* (?:with )?"
    # ... "reduce the intensity and duration of neuropathy symptoms", "symptoms of neuropathy"
    r"(?:the (?:intensity|severity|duration|frequency)(?: and (?:intensity|severity|duration|"
    r"frequency))? of )?(?:some of |many of |most of |all of )?(?:(?:my|her|his|their|your|the|"
    r"these|its|neuropathy) symptoms|symptoms of (?:[\w-]+ )?neuropathy))\b"
)
HOPED = pattern(r"\b(?:hope|hoping|hoped|want|wants|wish|plan|planning|aim|aims|goal)\b")
SAFETY_NOUN = pattern(r"\bsafety\b")  # "safety" alone names a subject, and says nothing of it
# ... as do these, in a title that names a topic ("Acupuncture for Guillain-Barré Syndrome:
# Effectiveness and Treatment Options"), unlike "Proven Relief"
_TOPICS = r"safety|effectiveness|efficacy|effects?|evidence|options?|research|results?"
TOPIC_NOUNS = pattern(rf"\b(?:{_TOPICS})\b")
# ... after the colon of such a title, and nothing else: a headline has its verb ("Effects of
# acupuncture versus gabapentin last longer, trial suggests")
TOPICS_AFTER_COLON = pattern(
    r"(?::|\s[\u2014\u2013-])\s*(?:(?:(?:treatment|clinical|possible|potential|current|available|"
    rf"other) )?(?:{_TOPICS}|risks?|benefits?|uses?|costs?|recommendations|guidelines|practice|"
    r"care|today|now|explained|overview|guide|update|facts|faqs?)\s*"
    r"(?:,|and|&)?\s*)+\W*$"
)
# Medicines, by kind or by name: what acupuncture is said not to clash with, and whose risks
# are not acupuncture's.
_MEDICINE = (
    r"painkillers?|opioids?|nsaids?|medications?|medicines?|drugs?|pills?|tablets?|"
    r"prescriptions?|steroids?|injections?|amitriptyline|gabapentin|pregabalin|duloxetine|"
    r"insulin|metformin|warfarin|blood[- ]thinners?"
)
# A sentence that says, and only says, that acupuncture is safe, with acupuncture, the needles
# or no one else as its subject: "It is also remarkably safe.", "Very safe, in trained hands.",
# "The safety record is good.", "Side effects are rare." (not "Your data is safe with us.")
SAFE_SAID = pattern(
    # at the start, after a speaker or a list's number, or of a clause after "but" or ";"
    r"(?:^|\bbut |; )\W*(?:"
    + SPEAKER
    + r"|\d+\W+)?(?:(?:to be fair(?: to \w+)?|honestly|overall|in general|importantly|"
    r"also|and|but|in (?:trained|skilled|qualified|experienced|expert|the right) hands)\W+)?"
    r"(?:[\w' ,-]{0,25}?\b(?:it|it's|its|acupuncture|electro-?acupuncture|needling|the needles|"
    r"the treatment|treatments?|the therapy|the procedure|sessions?|this|that)\b[^.;]{0,40}?)?"
    r"\b(?:(?:very|remarkably|extremely|generally|perfectly|quite|really|incredibly|definitely|"
    r"considered|is|are|it's|its|acupuncture|needling) safe\b"
    r"(?! (?:to say|to drive|to assume|bet))|"
    r"one of the safe(?:r|st) (?:things?|options?|treatments?|therapies|ways?|choices?)\b|"
    # "suitable for almost everyone, including people on blood thinners": said safe for all
    # (not "may not be suitable for everyone", "suitable for anyone who wants to learn")
    r"\b(?:is|are|it'?s) (?:(?:generally|usually|perfectly|really|very|quite) )?(?:suitable|"
    r"fine|appropriate) for (?:(?:almost|nearly|virtually|practically|just about) )?"
    r"(?:everyone|everybody|anyone|anybody|all ages|people of all ages|all patients)\b"
    r"(?! (?:who|that|wanting|interested|looking)\b)|"
    r"(?:the needles?|acupuncture|needling|the treatment) (?:do|does)(?:n'?t| not) (?:really |"
    r"even )?hurt\b(?! (?:my|the|your|his|her) (?:pain|nerves?|feet)| that| to)|"
    r"(?:(?:the|its|a|an) )?(?:[\w-]+ ){0,2}safety record|"
    # "there was little down side": little harm to it
    r"\bthere (?:is|was|are|were) (?:very )?(?:little|no|few|minimal) (?:real )?"
    r"(?:down ?sides?|downsides?)\b|"
    r"(?:very |extremely )?low[- ]risk of (?:side|harm|complication|adverse)|"
    r"(?<!if )(?<!when )\b(?:the |its |any )?risks? (?:is|are) (?:very |extremely |generally |"
    r"quite |relatively |fairly )?(?:low|small|minimal|tiny|slight|negligible)\b|"
    r"\b(?:is|are|it's|as|a|an) (?:(?:usually|generally|very|extremely|relatively|fairly|"
    r"considered|typically|quite) )*low[- ]risk\b(?! (?:of\b|for\b|groups?|patients?|people|"
    r"populations?|individuals?|cases?|pregnanc\w*|women|men|adults|children))|"
    r"(?:serious|major) problems (?:are|were) (?:very |extremely |practically |virtually )?"
    r"(?:rare|uncommon|unheard of)|"
    r"(?<!chemotherapy )(?<!chemo )(?<!cancer )(?<!treatment )(?<!drug )(?:(?:the|its|any) )?"
    r"(?:(?:most )?(?:common|usual|frequent|reported|serious|severe|major) )?"
    r"(?:side[- ]effects?|adverse (?:events?|effects?|reactions?)|"
    r"complications?) "
    r"(?:(?!from\b|of\b|with\b)[\w']+ ){0,3}?(?:are|were|is|was) (?:usually |generally |"
    r"typically |very |extremely |basically |practically |virtually |almost )?(?:mild|minor|rare|"
    r"uncommon|few|slight|nil|negligible|minimal|unheard of|limited to (?:the |a |an )?(?:(?:odd|"
    r"occasional|little|small|minor|mild) )*(?:bruis\w*|sore\w*))|"
    r"(?:the )?(?:worst|usual things?|usual complaints?) (?:[\w']+ ){0,4}?(?:is|are|was|were) "
    r"(?:a |an |the )?(?:(?:little|small|bit of|tiny|slight|minor|odd|occasional) )*(?:bruis\w*|"
    # ... and the rest of its list: "a little bruise, a drop of blood or feeling sleepy"
    r"sore\w*)(?:(?!,? but\b)[^.;])*|"
    r"(?:bruis\w*|sore\w*)[^.;]{0,40}\b(?:are|is) (?:the )?(?:usual|only|most common) "
    r"(?:complaints?|side[- ]effects?|problems?)|"
    r"(?<!any )(?:no|few|fewer|minimal) (?:serious |significant |major |severe |other |lasting )?"
    rf"(?:side[- ]effects?|adverse)\b(?!{_OF_ANOTHER})|"
    r"(?<!any )no (?:serious|severe|major) (?:[\w-]+ )?(?:events?|"
    r"complications?|injur\w*) (?:were|was|have been|had been|occurred|happened)|"
    r"none (?:were|was) (?:reported to be |considered |judged )?(?:serious|severe)|"
    r"(?<!not )(?:no|zero) (?:real |serious |significant |major |known )?risks?\b(?! factors?)|"
    r"(?<!not )(?<!far from )(?<!never )risk[- ]free\b(?! (?:\d|trial|guarantee|offer|period|"
    r"money|consultation|first))|"
    r"\b(?:i|he|she|we|they) (?:only )?(?:had|got) (?:only )?(?:one|a single|a couple of|two|"
    r"a few) (?:small |little |tiny |minor )?(?:bruises?|sore spots?)\b|"
    r"(?:won'?t|will not|doesn'?t|does not) (?:clash|interact|interfere) with (?:[\w'-]+ ){0,3}?"
    rf"(?:{_MEDICINE})\b)"
)
# A risk or a caution told: "there is always a risk of infection", "it can cause bruising",
# "must exercise extra caution" (see claims._risk_only).
RISK_TOLD = pattern(
    r"\bthere (?:is|are) (?:always |still |a |some |small |real )*risks?\b|"
    r"\b(?:can|could|may|might|does|do|did|will) (?:sometimes |occasionally |still )?(?:cause|"
    r"lead to|result in) (?:[\w-]+ ){0,3}?(?:side[- ]effects?|bruis\w*|bleed\w*|infections?|"
    r"injur\w*|harm|complications?)\b|"
    r"\b(?:must|should) (?:exercise|take|use) (?:extra |special |great )?(?:caution|care)\b|"
    # the side effects of treatment in general told as grave ("can be as debilitating as the
    # disease"), acupuncture named nowhere in the sentence
    r"\bside[- ]effects? (?:of|with|from) (?:cancer |the |this |that |your |such )?(?:treatments?|"
    r"therapy|therapies|chemotherapy|chemo)\b[^.;]{0,40}?\b(?:can|may|could|are|is) (?:often |"
    r"sometimes )?(?:be )?(?:as |so |very |quite )?(?:debilitating|disabling|severe|serious|"
    r"grave)\b(?![^.]*(?:[,;:\u2014]|\b(?:" + _BY_NAME + r"|needl\w*|but|whereas|while|though|"
    r"although|unlike|this|these|it|none|no)\b))"
)
# ... not a medicine's ("Painkillers can lead to complications ...; acupuncture has none"),
MEDICINES = pattern(rf"\b(?:{_MEDICINE})\b")
# Side effects another treatment brings: "when conventional options fall short or bring
# unwanted side effects" says nothing of acupuncture's safety.
OTHERS_SIDE_EFFECTS = pattern(
    rf"\b(?:{_MEDICINE}|(?:conventional|other|standard|usual|drug|these|those) (?:options?|"
    r"treatments?|therapies)|surgery|surgeries)\b (?:(?!rarely\b|seldom\b|never\b)[\w']+ ){0,4}?"
    r"(?:bring|brings|brought|cause|causes|caused|carry|carries|have|has|had|come with|comes with|"
    r"produce|produces) (?:(?!no\b|few|fewer\b|minimal\b|little\b|rare)[\w']+ ){0,2}?"
    r"side[- ]effects?\b"
)
# ... with nothing that says it is small ("a small risk of bruising, but it is very safe").
RISK_SMALL = pattern(
    r"\b(?:safe\w*|low[- ]risk|risk[- ]free|rare\w*|minor|mild|uncommon|unlikely|slight\w*|low|"
    r"temporary|short[- ]lived|pass(?:es)? (?:within|quickly|soon)|handful|gentle|one in an? "
    r"(?:million|thousand)|nothing to worry|"
    r"little|tiny|nil|negligible|well[- ]tolerated|unheard|never (?:seen|had|caused)|"
    r"no (?:serious |significant |major |severe )?(?:side|adverse|risk|complication|events?)|"
    r"(?:won'?t|will not|"
    r"does not|doesn'?t) interact)\b"
)
# Where a session's needles go: "We place fine, single-use needles on the lower legs",
# "Castellanos placed sterile needles in his lower legs, feet and hands", "Needles are never
# placed in an arm with lymphedema".
_NEEDLE_WORDS = (
    r"(?:fine|thin|very|hair-thin|hair-fine|sterile|single-use|disposable|tiny|small|short|long|"
    r"a|an|the|few|several|some|between|and|to|of|or|\d+|one|two|three|four|five|six|eight|ten|"
    r"twelve|fifteen|twenty|thirty|about|around|up|pairs?|steel|stainless|acupuncture|extra|"
    r"more|fewer|finer|somewhere)"
)
PLACED = pattern(
    r"\b(?:(?:place[sd]?|placing|put|puts|putting|insert(?:s|ed|ing)?|uses?|used|using) "
    rf"(?:{_NEEDLE_WORDS},? ){{0,8}}needles?|needles? (?:are|were|is|was|go|goes|went) "
    r"(?:\w+ )?(?:placed|inserted|put|in))"
    r"(?:,? (?:usually|mostly|often|typically|sometimes|then|also|generally|mainly|\w+ly))*,? "
    r"(?:in|into|on|along|near|at|between|around|below|under|above|over|across) "
    r"(?:the |his |her |their |your |an? |each )?(?:[\w-]+ ){0,3}?(?:legs?|feet|foot|hands?|arms?|"
    r"toes|ears?|scalp|back|ankles?|knees?|wrists?|points?|muscles?|skin|body)\b"
)
# ... and electricity added to them, told as a device ("sometimes added gentle electrical
# stimulation", "a mild pulsed current passed between pairs of needles").
STIMULATION_ADDED = pattern(
    r"\b(?:(?:mild|gentle|low|small|weak|pulsed|electrical|electric|low-frequency) )+"
    r"(?:stimulation|current|pulses?)\b"
)
# Evidence told of "it" just after acupuncture was named: "there is reasonable evidence that it
# can ease symptoms", "studies suggest it may help".
IT_FOUND = pattern(
    r"\b(?:evidence|research|studies|trials?|data|reviews?)\b[^.;]{0,40}?\b(?:that|suggests?|"
    r"shows?|showed|found|finds?) (?:that )?(?:it|this treatment)\b(?! (?:is|was) (?:not|unclear|"
    r"too)\b)"
)
# Side effects told as small, by name: "minor effects such as bruising", "a small bruise or
# mild soreness" (not "doses start low").
MINOR_EFFECTS = pattern(
    r"\b(?:minor|mild|small|slight|little|tiny|brief|temporary) (?:[\w-]+ )?(?:side[- ])?"
    r"(?:effects?|problems?|complaints?|bruis\w*|sore\w*|bleeding|aches?)\b"
)
# Words that stand for acupuncture only when no other treatment is in view ("after ten
# sessions", "the treatment"), never when another kind qualifies them ("cancer treatment").
GENERIC = pattern(r"\b(?:sessions?|treatments?)\b")
OTHER_KIND = frozenset(
    """
    cancer chemotherapy chemo conventional traditional standard medical drug first-line usual
    other western surgical current effective available mainstream diabetes insulin medication
    pain
    """.split()  # noqa: SIM905 - a word list reads better as text
)
# ... nor when what follows makes them something else ("treatment plan").
NOT_ITS_OWN = frozenset(["plan", "plans", "option", "options", "centre", "center", "team"])
# The premise acupuncture rests on, told as a premise ("is based on the idea that the
# stimulation of points can restore balance", "its principles rely on the body being a map of
# points"): what its tradition holds, not what the page claims it does (claims._premise_only).
PREMISE = pattern(
    r"\b(?:based|founded|grounded|built|rooted) (?:up)?on (?:the |an )(?:\w+ )?(?:idea|belief|"
    r"theory|principle|notion|concept|premise) that\b|"
    r"\bprinciples? (?:rely|relies|rest|rests) (?:up)?on\b"
)
# ... and what makes it a claim all the same: how well it works, or nerves it mends ("founded
# on the principle that acupuncture is safe and effective", "that it restores nerve function")
PREMISE_SAYS_MORE = pattern(
    r"\b(?:effective\w*|works?|worked|success\w*|proven|remarkabl\w*|cur(?:e|es|ed)|nerves?|"
    r"neur\w*|help\w*|reliev\w*|relief|improv\w*|reduc\w*|eas(?:e|es|ed|ing)|blood|chemicals?|"
    r"endorphins?|quality of life|suffering|millions|pain\w*|feet|hands|legs|heal\w*|repair\w*|"
    r"regenerat\w*|revers\w*|damag\w*|tissues?|function\w*)\b"
)
# Traditional Chinese medicine's theory of the body or the disease, told as its theory: no
# claim, unless acupuncture itself (not only its points) is named in the same sentence.
THEORY = pattern_at_words(
    r"\baccording to (?:traditional )?chinese medicine\b|\baccording to tcm\b|"
    r"\baccording to (?:classical|traditional|ancient) (?:chinese )?(?:theory|thinking|texts)\b|"
    r"\b(?:tcm|chinese medicine),? (?:which |that )?(?:might |would |may |will )?"
    r"(?:teach(?:es)?|believes?|holds?|says?|sees?|calls?|describes?|explains?|thinks?|views?|"
    r"considers?|regards?)\b|"
    r"\b(?:traditional )?(?:chinese medicine|tcm) explanation\b|"
    r"\b(?:description|part|product) of (?:traditional|tcm|chinese medicine'?s?) (?:\w+ )?"
    r"(?:theory|thinking|terms)\b|"
    r"\bqi is (?:your|the|our)\b|\blife force\b|"
    r"\b(?:talk|talks|speak|speaks|spoke|talked) (?:of|about) (?:the )?(?:qi|meridians|channels|"
    r"yin|"
    r"yang)\b|"
    r"\b(?:in traditional terms|from (?:that|this) (?:perspective|point of view))\b"
    r"(?=.*\b(?:qi|blood|channels?|meridians?|yin|yang)\b)|"
    r"\bthe belief (?:behind it )?is\b|"
    r"\bit is (?:also )?believed\b|\b(?:is|are) (?:thought|believed) to (?:be|arise|come|flow|"
    r"travel|circulate|run|connect|influence|govern|control)\b|\bif qi\b|"
    r"\bthought to (?:balance|regulate|unblock|move) (?:the )?\W?(?:qi|chi|energy)\b|"
    r"\bin (?:traditional )?chinese medicine(?: \(tcm\))?(?:,| (?=we\b|it\b|this\b|they\b))|"
    r"\bwe understand (?:\w+ ){0,3}as\b|"
    # "In theory it warms the channels", "The traditional explanation, in which needles unblock
    # the flow of qi", "has its own explanation in terms of qi and blood"
    r"\bin theory\b(?=.*\b(?:qi|channels?|meridians?|yin|yang)\b)|"
    r"\bthe (?:traditional|classical|ancient|tcm|chinese) (?:chinese )?(?:explanation|account|"
    r"view|framework|model|theory|idea)\b|"
    r"\bin terms of (?:the )?(?:qi|energy|yin|yang|meridians|channels|flow)\b|"
    r"\bin (?:acupuncture|tcm|chinese medicine) theory\b|"
    r"\bwhen (?:the )?(?:qi|energy) (?:does not|doesn'?t|cannot|can'?t|is blocked|stops)\b|"
    r"\bin (?:the )?(?:traditional chinese medicine|tcm|chinese medicine|eastern medicine)'?s? "
    r"(?:perspective|view)\b|"
    r"\b(?:blockage|stagnation|deficiency|obstruction|imbalance)s? (?:of|in) (?:the )?(?:qi|"
    r"blood and qi|qi and blood|energy|yin|yang)\b|"
    r"\b(?:energy )?channels? (?:are|is) (?:named|called|known as)\b|\bmeridians?,? (?:which|"
    r"that)\b|\b(?:tcm|chinese medicine)(?: \(tcm\))? (?:interprets?|attributes?|understands?)\b|"
    r"\b(?:referred to|known) as (?:the )?meridians\b|"
    r"\bmeridians (?:are|were) (?:the )?(?:channels|pathways|lines)\b|"
    r"\bmeridians? (?:correspond|connect|run)\b|\bthrough which (?:the )?(?:qi|energy|flow)\b|"
    r"\bthere are \d+ (?:main )?meridian\w*\b|"
    r"\b(?:liver|spleen|kidneys?|stomach|lungs?) (?:is|are) (?:in charge of|responsible for)\b|"
    r"\bfrom (?:the|a) (?:tcm|chinese medicine) (?:perspective|point of view|view)\b",
)
# Chinese medicine's terms for what acupuncture moves ("balances your qi", "unblocks the
# meridians"; not "more energy", which is vitality) ...
ENERGY = pattern(
    r"\b(?:qi|chi|meridians?|(?<!calcium )(?<!sodium )(?<!ion )channels?|yin|yang|life force|"
    r"vital (?:energy|force)|(?:flow|balance|"
    r"circulation|pathways?) of (?:the body's |your body's |your |our |the )?energy|energy "
    r"(?:flows?|pathways?|channels?|balance)|(?:body's|bodys) energy)\b"
)
# Balance as harmony, not the steadiness on one's feet neuropathy takes ("creating a balance
# in the body", "restores the balance of energy").
HARMONY = pattern(
    r"\b(?:(?:a|the|inner|its|their) )?balance (?:in|of|to|within|between) "
    r"(?:the |your |our |its )?(?:body|body's|mind|energy|qi|chi|yin|yang|organs?|system)\b|"
    r"\b(?:restor\w*|creat\w*|bring\w*|brought|promot\w*) (?:its|the body's|your body's|their|"
    r"a|inner) balance\b|"
    r"\b(?:restor\w*|creat\w*|bring\w*|brought|promot\w*) balance (?:to|in|within) (?:the |your |"
    r"its |their )?(?:(?!nervous|peripheral|neural)\w+ )?(?:body|body's|systems?|organs?|energy|qi|"
    r"chi|mind)\b"
)
# ... and words of a health it brings, which make such a sentence a claim all the same
# ("rebalances the qi, promoting healing and pain relief").
WELL = pattern(
    r"\b(?:heal\w*|health\w*|well-?being|wellness|recover\w*|ill\w*|disease\w*|ailments?|"
    r"conditions?|symptoms?|nerves?|sleep\w*|mood|calm\w*|relax\w*|stress\w*|immun\w*|"
    r"circulation(?! of (?:the body's |your body's |your |our |the )?(?:energy|qi|chi)\b"
    r"(?! and blood))|"
    r"blood flow|function\w*|body's own|better|feel\w*|nerv\w*|brain|"
    r"spinal|endorphins?|serotonin|opioids?|hormones?|chemicals?|signals?|pain\w*)\b"
)
# Someone telling of a part of the body or a symptom coming back or getting better ("I could
# bend my toes again", "my feet are still numb, but not as bad"): testimony, when acupuncture
# was named not far before.
# Not said of a change denied: "has never fully resolved", "aren't any better", "is no better".
UNDENIED = (
    r"(?<!n't )(?<!not )(?<!never )(?<!no )(?<!any )(?<!not really )(?<!n't really )"
    r"(?<!never fully )(?<!not fully )(?<!n't fully )(?<!not yet )(?<!n't yet )"
    r"(?<!never really )(?<!hardly )(?<!barely )(?<!scarcely )"
)
TESTIMONY = pattern_at_words(
    # a patient's word for it, or a practice's: "now I swear by it", "we've seen acute cases of
    # numbness clear up with fewer treatments"
    r"\b(?:i|we|he|she|they|my \w+)\b (?:now |really |still |all |totally |absolutely |"
    r"completely )?sw(?:ear|ears|ore) by (?:it|them|acupuncture|electro-?acupuncture|needling|"
    r"the needles|(?:my|our|her|his) (?:acupuncturist|sessions|treatments))\b|"
    r"\b(?:i|we)(?:'ve| have)? (?:also |often |even |personally |regularly |many times )?"
    r"(?:seen|watched|witnessed) (?!(?:no|few|little|nothing)\b)[^.;]{0,60}?\b(?:clear up|"
    r"cleared up|resolve|resolved|improve|improved|disappear|disappeared|go away|went away|"
    r"get better|got better|ease|eased|fade|faded|recover|recovered)\b|"
    # what someone can do now, again, or better: "Mr. A is now able to continue his love for
    # bicycling", "I enjoy embroidery, and I can do that again", "my writing is much better now"
    r"\b(?:is|are|am) now able to (?:[\w'-]+ ){0,4}?(?:walk\w*|driv\w*|bik\w*|bicycl\w*|"
    r"cycl\w*|run\w*|danc\w*|hik\w*|play\w*|writ\w*|knit\w*|sew\w*|garden\w*|work\w*|"
    r"button\w*|golf\w*|swim\w*|continue|return|enjoy)\b|"
    r"(?<!think )(?<!sure )(?<!if )(?<!whether )(?<!hope )(?<!wish )\b(?:i|he|she|we|they) "
    r"(?:can|could) (?:do|manage) (?:that|it|this|those|these|them) again\b|"
    r"\b(?:my|his|her|their) (?:writing|handwriting|walking|balance|grip|typing) (?:is|has been|"
    r"has got|got|was) (?:much |so much |a lot |far |way )?better\b|"
    # someone better after a number of treatments: "She improved significantly again after 5
    # treatments."
    r"\b(?:i|he|she|they|we)\b (?:(?!not |no |never |hardly |barely |scarcely |only |slightly )"
    r"\w+ )?(?:improved|recovered|got better)\b[^.;]{0,30}?\bafter (?:\d+|two|three|four|five|"
    r"six|seven|eight|nine|ten|a few|several|some|only) (?:more )?(?:treatments|sessions)\b|"
    # doing again: "I could bend my toes again", "I can grab my toes and feel it"
    r"(?<!hope )(?<!hope that )(?<!one day )(?<!wish )(?<!once )\b(?:i|he|she|we|they)\b (?:could|"
    r"can|am able to|was able to|were able to)\b[^.;]{0,60}?"
    r"\b(?:feet|foot|toes?|hands?|fingers?|fingertips|legs?|buttons?|laces|shoelaces|keys|coins|"
    r"pens?|stairs|pedals?|floors?|ground|carpet|grass|sand|socks|shoes|slippers|sandals|boots|"
    r"gloves|play\w*|golf|walk\w*|driv\w*|typ\w*|writ\w*|"
    r"feel\w*)\b[^.;]{0,30}?\b(?:again|and feel it)\b|"
    # something felt again: "I could feel the water on my toes" (not the symptom, the needles
    # or an examiner's touch)
    r"\b(?:i|he|she|we|they) could (?:finally |now |actually |suddenly )?feel (?:the )?"
    r"(?!needles?\b|pins?\b|it\b|a\b|burning\b|pain\b|tingling\b|numbness\b|pressure\b|heat\b|"
    r"cold\b|nothing\b)[\w-]+ (?:on|under|through|against|between|with) (?:my|his|her|their|our) "
    r"(?:feet|toes|soles|fingers|hands|fingertips)\b|"
    r"\bnow,? (?:i|he|she|we|they) (?:can|could) (?:feel|tell(?! you\b)|walk|sleep|button|grip|"
    r"drive|type|"
    r"write|knit)\b(?! only\b| just\b| barely\b| hardly\b| no\b)|"
    r"\b(?:numbness|tingling|burning|pain|cramps?)\b[^.;]{0,60}?\b(?:it'?s|it is|they'?re|"
    r"they are) "
    r"(?:about |maybe |roughly |now |only )?half what (?:it|they) (?:was|were|had been|"
    r"used to be)\b|"
    r"\b(?:i|he|she|we|they)\b (?:am|is|are|was|were) now able to (?:[\w']+ ){0,2}"
    r"(?:walk|drive|ride|bike|cycle|run|dance|hike|feel|grip|button|write|type|stand|climb|"
    r"play)\w*|"
    # a symptom receding: "my feet are still numb, but not as bad", "his pain went away"
    r"\b(?:my|his|her|their|our)\b[^.;]{0,40}?\b(?:feet|foot|toes?|hands?|fingers?|fingertips|"
    r"legs?|calves|numbness|tingling|burning|pain|cramps?|balance|walking|gait|"
    r"grip)\b[^.;]{0,60}?\b" + UNDENIED + r""
    r"(?:not as bad|went "
    r"away|gone away|disappeared|faded|eased|calmer|improved|better|woke up|came (?:back|alive)|"
    r"less prickly|"
    r"less (?:numb|pain|tingl|burn|cramp)\w*|(?:hurt|ache|burn|tingle)s? less|"
    r"went from (?:[\w-]+ ){1,3}to (?!(?:constant|daily|worse|severe|unbearable|every|all the "
    r"time|terrible|awful)\b)|"
    r"(?:not|(?:are|is|was|were|do|does)n'?t) (?:(?:so|as) )?(?:numb|dead|burning|tingling|"
    r"tingly|painful|sore|cold|asleep|hurting|as bad) any ?more)\b|"
    # ... or the symptom itself: "the burning is mostly gone", "the tingling is half what it was"
    r"(?<!after )(?<!once )(?<!when )(?<!until )\bthe (?:[\w-]+ ){0,2}(?:numbness|tingling|"
    r"burning|pains?|cramps?|sensitivity|stiffness|weakness|heaviness|zaps|shocks|jolts)\b"
    r"[^.;]{0,40}?\b(?:"
    r"(?:is|are|was|were|had) (?:mostly |largely |almost |nearly |all )?gone|retreated|receded|"
    r"(?:went|gone|dropped|fallen|fell|come down|came down) from (?:about |around |roughly )?"
    r"(?:an? )?(?:\d+|one|two|three|four|five|six|seven|"
    r"eight|"
    r"nine|ten|every|most|nightly|daily)\b[^.;]{0,25}? to|went (?:away|"
    r"too\b(?! far))|"
    r"half what it (?:was|had been)|shr[au]nk|(?:had )?eased|(?:dropped|fallen|fell) to|"
    r"(?:coming |came )?less (?:often|frequent\w*)|(?<!not )(?<!n't )(?:is|was|are|were|feels?|"
    r"felt) (?:\w+ )?(?:better|improved|easier))\b|"
    # symptoms told getting better: "little by little those symptoms got better"
    r"(?<!after )(?<!once )(?<!when )(?<!until )(?<!if )\b(?:the|those|these|my|his|her|their|"
    r"our)\b (?:[\w-]+ ){0,4}?(?:symptoms|pains?|burning|numbness|tingling|cramps|sensations?|"
    r"zaps|shocks|jolts|pins and needles)\b"
    r"[^.;]{0,40}?\b" + UNDENIED + r""
    r"(?:got (?:a (?:lot|little|bit) |much |so much |way |far )?better|eased up|improved|decreased|"
    r"diminished|lessened|subsided|went away|"
    r"stopped(?! (?:me|him|her|them|us|you)\b)|disappeared|resolved|vanished)\b"
    # ... not by what another treatment or a change of dose did
    r"(?![^.;]{0,60}\b(?:dose|doses|surgeon|surgery|operation|medications?|medicines?|drugs?|"
    r"tablets?|pills?|injections?|insulin|blood sugar)\b)|"
    r"\brelief of (?:my|his|her|their|our) (?:[\w-]+ ){0,2}?symptoms\b|"
    # nights told: "I sleep through the night now without that burning"
    r"(?<!n't )(?<!not )(?<!never )\b(?:sleep|sleeps|sleeping|slept) through the night\b"
    r"[^.;]{0,20}?\bwithout\b(?! waking)|"
    # scores told: "my nightly pain score went from 6 to 3"
    r"\b(?:my|his|her|their|our)\b[^.;]{0,30}?\b(?:pain|numbness|tingling|burning|symptom)\w* "
    r"(?:scores?|ratings?|levels?)\b[^.;]{0,20}?\b(?:went from|dropped|fell|fallen|came down|"
    r"come down|gone down|halved)\b|"
    # nights told: "I went from waking up three times a night to maybe once a week"
    r"\b(?:i|he|she|we|they) went from (?:waking|getting up|being up)\b[^.;]{0,40}? to\b|"
    # a symptom still there, but far less: "a bit of numbness in my toes but nothing like before"
    r"\b(?:numb(?!er)\w*|tingl\w*|burn\w*|pain|pins and needles|cramps?|ache|aching)\b[^.;]{0,60}?"
    r"\bbut (?:it'?s |it is )?nothing like (?:before|it was|it used to be|what it was)"
    r"(?=\s*(?:[.,;!)\"\u201d]|$))|"
    # a limp or a symptom no longer there: "the patient reported no longer dragging his feet"
    r"\b(?:i|he|she|we|they|patient|reported|says|said|noticed|found)\b"
    r"(?:(?!\b(?:hop\w*|wish\w*|want\w*|will|would|could|may|might|if|aim\w*)\b)[^.;]){0,20}?"
    r"\bno longer (?:[\w']+ )?(?:drag\w*|limp\w*|"
    r"stumbl\w*|shuffl\w*|trip\w*|numb|tingl\w*|burn\w*|in pain|"
    r"wak\w* (?:up )?(?:at night|in pain)|"
    r"needs? (?:a |his |her |the )?(?:cane|walker|walking stick|painkillers?|pain medication))\b"
    r"(?![^.;]{0,60}\b(?:since|after|thanks to|because)\b[^.;]{0,40}\b(?:surgery|replacement|"
    r"operation|dose|medications?|medicines?|drugs?|tablets?|pills?|stopped|started|switched)\b)|"
    # feeling back: "he recovered almost all sensation in the feet"
    r"\b(?:i|he|she|we|they)\b[^.;]{0,30}?\b(?:recovered|regained|got back)\b[^.;]{0,40}?"
    r"\b(?:sensation|feeling)\b|"
    r"(?<!not )(?<!many )(?<!few )\b(?:people|patients|some|many|most)\b "
    r"(?:(?!not\b|never\b|don'?t\b)[\w'-]+ ){0,2}?"
    r"(?:get|gets|got|regain\w*) "
    r"(?:some |their |more )?(?:sensation|feeling) back\b|"
    # a life told back: "it gave me my feet back", "I got my toes back", "it's my hands back"
    r"\b(?:gave|given|gives|got|gets|it'?s|it is) (?:me |him |her |them |us )?"
    r"(?:my|his|her|their|our) (?:[\w-]+ )?(?:feet|hands|toes|fingers|legs|independence|"
    r"balance|walks|life|lives|nights|sleep|mobility|freedom|evenings|weekends) back\b|"
    r"\b(?:gave|given|gives) (?:me|him|her|them|us) back (?:my|his|her|their|our|the|so much|"
    r"a lot|little)\b|"
    # credit given: "He is convinced the sessions made the difference"
    r"(?<!think )(?<!sure )(?<!doubt )(?<!if )(?<!whether )(?<!believe )"
    r"\b(?:(?:the|my|his|her|those|these) )?"
    r"(?<!think the )(?<!sure the )(?<!think my )(?<!sure my )(?<!doubt the )(?<!if the )"
    r"(?<!whether the )(?<!believe the )(?:sessions|treatments?|needles|acupuncture) "
    r"(?:really )?(?:made|make|has made|have made) (?:a|the|all the) (?:real |big |huge |"
    r"massive |world of )?difference\b|"
    # ... or a place or a thing: "back on my bike", "back in my sandals", "back behind the drums"
    r"(?<!not )(?<!never )(?<!be )(?<!get )(?<!getting )(?<!go )(?<!n't got )\bback (?:on|in|"
    r"behind|at|into) (?:my|his|her|their|"
    r"our|the) "
    r"(?:[\w-]+ ){0,2}?(?:bikes?|bicycles?|sandals|shoes|heels|flip-flops|drums?|drum kit|piano|"
    r"guitar|golf course|garden|path|trail|tennis court|dance floor|pool|saddle|wheel)\b|"
    # ... something felt again: "I could feel the carpet", "he could feel the bath mat"
    r"(?<!if )(?<!whether )\b(?:i|he|she|we|they|(?:my|his|her|our) (?:wife|husband|mum|mom|"
    r"mother|dad|father|son|daughter|partner|friend|sister|brother|patient))\b"
    r"(?:(?!\b(?:hope[sd]?|wish\w*|if|whether|"
    r"until|when|want\w*)\b)[^.;]){0,40}?\b(?:could|can) (?:finally |now |actually |"
    r"suddenly |even )?feel "
    r"(?:the |my |his |her )?(?:[\w-]+ ){0,2}?(?:carpet|floor|ground|grass|sand|pedals?|"
    r"texture|mat|bathmat|rug|tiles|keys|coins|buttons|sheets|pebbles|slippers|socks)\b|"
    # ... or done again: "I'm walking the dog again", "walking to the mailbox without my cane"
    r"\b(?:i'?m|i am|he'?s|he is|she'?s|she is|we'?re|we are|they'?re|they are) (?:now )?"
    r"(?:back )?(?:walking|driving|cycling|riding|gardening|golfing|dancing|hiking|knitting|"
    r"swimming)\b(?! (?:with|into|on)\b)[^.;]{0,40}?\b(?:again|without (?:my|his|her|a|"
    r"the) (?:cane|walker|"
    r"walking stick|stick|frame))\b|"
    r"(?<!wish i )(?<!hope i )(?<!that i )(?<!if i )(?<!wish she )(?<!wish he )"
    r"\b(?:can|could) (?:now |finally )?(?:hold|grip|carry|button|open|pick up) (?:[\w-]+ ){1,3}"
    r"(?:without (?:dropping|spilling|fumbling)\b|again\b)|"
    r"\b(?:walked|drove|slept|danced|cycled|rode|hiked|golfed|gardened|wore)\b[^.;]{0,50}?"
    r"\bfor the first time (?:in|since)\b|"
    # ... or done now with no trouble: "he could walk now without any trouble"
    r"(?<!if )(?<!wish )(?<!hope )(?<!until )(?<!unless )(?<!doubts )(?<!doubt )"
    # ... and not a walking aid's doing: "with a walker, she can now walk without difficulty"
    r"(?<!walker, )(?<!walker )(?<!cane, )(?<!cane )(?<!stick, )(?<!stick )(?<!frame, )"
    r"(?<!frame )(?<!crutches, )(?<!crutches )"
    r"\b(?:i|he|she|we|they|my (?:father|mother|dad|mum|mom|husband|wife|son|daughter)) "
    r"(?:can|could) "
    r"(?:(?:now|finally|again) [\"\u201c]?(?:walk|drive|stand|sleep|type|write)|[\"\u201c]?"
    r"(?:walk|drive|stand|sleep|type|write) (?:now|again)) without (?:any |much )?(?:trouble|"
    r"difficulty|problems?|pain|help)\b|"
    r"\b(?:he|she|i|they|we) (?:finally )?stopped (?:shuffling|limping|stumbling|tripping|"
    r"dragging (?:my|his|her|their) feet)\b|"
    r"\b(?:i|he|she|we|they) (?:don'?t|doesn'?t|do not|does not) (?:need to |have to )?"
    r"(?:grab|hold on to|clutch|trip over|stumble on) (?:the |my |a |on to )?(?:[\w-]+ )?(?:walls?|"
    r"railings?|rails?|banisters?|furniture|counters?|door ?frames?|chairs?|rugs?|steps?|curbs?|"
    r"kerbs?)\b[^.;]{0,40}?\bany ?more\b|"
    r"\b(?:my|his|her|their) (?:feet|hands|toes|legs|fingers) (?:feel|felt|are|were) "
    r"(?:like (?:mine|my own|his own|her own|their own|new)|normal) again\b",
)
# Feeling named in one list with pain ("burning, tingling and numbness", "pain and tingling"),
# not set apart from it ("the burning eased, the numbness not so much").
_FEELING = r"(?:numb(?!er)\w*|tingl\w*|pins\W{1,3}and\W{1,3}needles|prickl\w*)"
_ACHING = r"(?:pains?|burning|aching|aches)"
_LISTED = (
    r"(?: sensations?)?[\"\u201c\u201d]?(?:,? (?:and|or|&)|,) (?:the )?[\"\u201c]?(?:[\w-]+ )?"
)
FEELING_WITH_PAIN = pattern(
    rf"\b(?:{_FEELING}{_LISTED}{_ACHING}|{_ACHING}{_LISTED}[\"\u201c]?{_FEELING})\b"
)
# ... said of whom a study took or a person has ("patients with numbness and pain in both
# feet"), not of what was eased
HAVING_SYMPTOMS = pattern(
    r"\b(?:with|from|has|have|had|having|experienc\w*|suffer\w*(?: from)?) (?:the |their |his |"
    r"her |my |chronic |severe |painful |persistent |both )*\Z"
)
# What a testimony tells of: pain, or movement; else it is feeling (named or not).
SENSATION = pattern(r"\b(?:numb(?!er)\w*|tingl\w*|pins|prickl\w*|sensation|feeling|sensitiv\w*)\b")
_PAIN = r"pain(?!less)\w*|aches?|aching|hurt\w*|sore\w*|burn\w*"
PAIN = pattern(rf"\b(?:{_PAIN})\b")
MOVEMENT = pattern(
    r"\b(?:cramp(?:s|ed|ing)?|weak\w*|walk\w*|balance|bend|grip\w*|buttons?|stairs|steadier|"
    r"shuffl\w*|stumbl\w*|limp\w*|railings?|banisters?|grab\w*|clutch\w*|"
    r"wobbl\w*|"
    r"rid(?:e|es|ing)|bicycl\w*|cycling|bik(?:e|es|ing)|danc\w*|hik\w*)\b",
)
# A lead-in whose list says what acupuncture does ("Studies show it may:", "Acupuncture can:").
LEAD = pattern_at_words(
    r"(?<!besides )(?<!apart from )(?<!as well as )(?<!alongside )(?<!other than )(?<!except )"
    r"\b(?P<subject>acupuncture|electroacupuncture|needling|it|this treatment|(?:a |the |this |"
    r"our )?(?:typical |full |short |regular )?course(?: of (?:care|treatment|acupuncture|needling|"
    r"sessions)| of (?:[\w-]+ )?(?:sessions|visits|treatments?)|(?! of\b)))\b"
    r"(?!(?:\s+\w+){0,4}?\s+(?:not|never)\b|\s+\w+n't\b)(?:\s+\w+){0,4}\s+"
    r"(?:may|can|could|will|might|help(?:s|ed)?(?: (?:you|them|me|him|her|us|patients|people|"
    r"your body))?(?: to| with)?|also|is (?:shown|known|proven) to)\s*:\s*\Z|"
    # what acupuncture itself aims to do: "In neuropathy, acupuncture aims to:" (not a trial
    # "of electroacupuncture", a study or another treatment that aims to)
    r"(?<!\bof )\b(?:acupuncture|electro-?acupuncture|needling) (?:treatment |therapy )?"
    r"(?P<aim>aims?|seeks?) to\s*:\s*\Z|"
    # what people treated say they notice: "patients who complete a course often tell us they
    # notice:", "... commonly report:"
    r"\b(?:patients|people|clients|many|most|they|we|i|you)\b(?!(?:\s+\w+){0,3}?\s+(?:not|never)\b|"
    r"[^:]*\bn't\b)[^:]{0,80}\b(?:(?:report|notice|experience|describe|see|feel|enjoy|mention)"
    r"(?:s|ed)?|(?:told|tell|tells) (?:us|me) about)"
    r"\s*:\s*\Z",
)
# ... but not what a study of it aims at, nor an aim told only to be doubted ("Critics say
# acupuncture aims to:", "While acupuncture aims to:")
AIM_NOT_ITS = pattern(
    r"\b(?:stud(?:y|ies)|trials?|research|critics?|sceptics?|skeptics?|while|although|though|"
    r"claims?|supposedly|said)\b"
)
# A question that asks how acupuncture helps, as a heading asks it: a list after it answers.
HOW_IT_HELPS = pattern(
    r"^\W*how (?:does|do|can|might|could|may|will) (?:[\w-]+ )?(?:acupuncture|electro-?acupuncture|"
    r"needling) (?:help|aid|ease|relieve|repair|heal|improve|treat|support|benefit|reduce)\w*"
    r"\b[^?]{0,80}\?\W*$"
)
# ... and the line after it that sums up what follows ("Key Takeaways from the Review:").
SUMMED_UP = pattern(
    r"^\W*(?:the )?(?:key |main |top )?(?:takeaways?|points?|findings?|benefits?|ways?|results?|"
    r"highlights?|mechanisms?)\b[^:]{0,40}:\W*$"
)
# ... those who report being a practice's own ("our patients"), whom it treats;
TREATED = pattern(r"\b(?:our|my) (?:patients|clients|residents)\b")
# ... and one that only says its items are what people report.
REPORTED = pattern(
    r"\b(?:(?:report|notice|experience|describe|see|feel|mention)(?:s|ed)?|"
    r"(?:told|tell|tells) (?:us|me) about)\Z"
)
# A lead-in whose items are what it brings, named as things ("... helped them with:",
# "... report:"), not as verbs of what it does.
NOUN_LEAD = pattern(
    r"\b(?:(?:with|report|notice|experience|describe|see|feel|enjoy|mention)(?:s|ed)?|about)\Z"
)
# A question or a lead-in that asks what acupuncture helped with: the list after it answers
# ("What did patients say it helped with most?", "... what acupuncture helped with, the most
# common answers were:").
WHAT_IT_HELPED = pattern(
    r"\bwhat (?:[\w'-]+ ){0,4}?(?:acupuncture|electro-?acupuncture|it|the needles|needling|"
    r"the treatment) (?:has |have |had )?(?:help(?:s|ed)?|eased|eases|improved|improves|changed)"
    r"(?: (?:them|you|people|patients|most|the most|with))*\b[^.?!:]*[?:]\W*\Z"
)
# A line without a full stop that is a sentence all the same: acupuncture, then what it does.
DECLARED = pattern(
    r"\A\W*(?:\w[\w-]*:? ){0,2}?(?:acupuncture|electro-?acupuncture|needling)"
    r"(?: treatments?| therapy)? (?:(?:can|may|might|could|will|also|often|really|to|is|are) )?"
    r"(?P<verb>(?:(?<=can )|(?<=may )|(?<=might )|(?<=could )|(?<=will )|(?<= to ))[a-z]+|"
    r"(?:(?<= is )|(?<= are ))[a-z]+ing|[a-z]+s|helps?|helped|eased|reduced|improved|relieved)\b"
)
# ... or said of what it eases: "Chronic pain can be reduced with multiple electroacupuncture
# sessions"
DECLARED_PASSIVE = pattern(
    r"\A\W*+(?!(?:which|what|how|why|when|can|could|does|do|is|are)\b)"
    r"(?:\w[\w'-]* ){1,7}?(?:can|may|could|is|are|was|were) (?:often |be |been |being )*"
    r"(?:reduced|eased|relieved|improved|treated|helped|managed|lessened|cured|reversed|healed) "
    r"(?:with|by|through|using) (?:[\w-]+ ){0,4}?(?:acupuncture|electro-?acupuncture|needling)\b"
)
# A heading over a list of what acupuncture brings ("What You Can Expect", "Benefits of
# acupuncture"): its items are read as what acupuncture brings.
BENEFITS = pattern(
    # (after an opening clause: "According to personal accounts and studies, the benefits ...")
    r"\A\W*(?:[^,.;:]{1,80}, )?(?:what (?:you|patients|clients|people) (?:can|may|might|will|"
    r"could) (?:expect|notice|feel)|(?:the |key |main |possible |potential )?benefits(?: (?:of|"
    r"from|with) (?:acupuncture|electro-?acupuncture|treatment|needling|it))?"
    r"(?: (?:for|in) (?:[\w'-]+ ){0,3}?[\w'-]+)?"
    r"(?: (?:may |can |often |typically )?include)?|(?:results|"
    r"outcomes) (?:of|from|with) (?:acupuncture|electro-?acupuncture|needling)|"
    r"what (?:acupuncture|it|treatment|needling) (?:can|may|might) do(?: for (?:you|neuropathy|"
    r"your [\w-]+))?)\W*\Z"
)
# An item that tells of getting better with no verb of effect ("Deeper sleep", "Healthier nerves").
BETTER = pattern(
    r"\A\W*(?:deeper|healthier|stronger|steadier|brighter|warmer|more (?:energy|feeling|sensation|"
    r"movement|mobility|strength|restful))\b"
)
# Acupuncture's points or its theory, or needles said to be absent: named, but not acupuncture
# doing anything.
NOT_ITSELF = pattern(
    r"\bacupuncture (?:points?|theory)\b|\bpoints (?:used in|of) acupuncture\b|"
    # where it comes from: "Acupuncture comes from traditional Chinese medicine, which ..."
    r"\bacupuncture (?:comes?|came|originated|originates|derives|is derived|is rooted) "
    r"(?:from|in)\b|"
    r"\b(?:no|without|without the use of|without any) needles?\b|"
    # acupuncture as a theory tells it: "Chinese medicine explains acupuncture as ..."
    r"\b(?:explains?|explained|describes?|described|sees|saw|views?|viewed|interprets?) "
    r"(?:acupuncture|needling)\b"
)
# "It" or "this treatment" at a sentence's start, standing for acupuncture named just before.
STANDS_FOR_IT = pattern(
    r"\A\W*+(?:" + SPEAKER + r")?(?:it|this (?:treatment|therapy|technique|"
    r"approach|practice))\b"
    r"(?! (?:possible|true|normal|common|likely|ever|okay|ok|too late|worth asking)\b)"
    # ... nor the condition: "Is it reversible?", "Will it get worse?"
    r"(?! (?:be |get |is )?(?:reversed|reversible|cured|curable|permanent|progressive|"
    r"hereditary|inherited|genetic|contagious|serious|worse|come back|go away|treated|treatable|"
    r"managed|controlled|prevented|diagnosed|slowed)\b)"
)
# A trial's acupuncture arm set against its control: "patients in the intervention group
# improved significantly more than those in the control group"
TRIAL_ARM = pattern(
    r"\b(?:intervention|treatment|active|verum|real acupuncture|acupuncture|ea|electroacupuncture|"
    r"needling|needle|ma|ra) (?:group|arm)s?\b"
)
CONTROL_ARM = pattern(
    r"\b(?:control|sham|placebo|usual care|usual-care|wait-?list|waiting list|standard care) "
    r"(?:groups?|arms?)\b|\bthan (?:sham|placebo|usual care|controls?|the controls)\b|"
    # ... or told as significant: "the intervention group demonstrated significantly greater
    # improvement ... (P < .05)"
    r"\bsignificantly (?:more|greater|better|less|lower|higher|larger)\b|\(p ?[<=]"
)
# A person who was treated ("patients were treated with acupuncture twice a week"): how a study
# was done, not what the treatment did
PERSONS_TREATED = pattern(
    r"\b(?:patients?|participants?|subjects|people|women|men|children|cases|they|he|she|all|who|"
    r"and) (?:were|was|are|is|had been|have been|being) (?:all |then |each |randomly )?treated\b"
)
# How acupuncture is said to work: "it is believed to work by stimulating the nervous system".
WORKS_BY = pattern(r"\bworks? by (?:\w+ )?\w+ing\b")
# "How it works" describes; it is no verdict that it works.
HOW_IT_WORKS = pattern(
    r"\bhow (?:it|acupuncture|this|needling) (?:\w+ ){0,3}works?\b(?=\s*(?:[.:;,?!]|\Z|and "
    r"(?:what|how|why|who|when|whether)\b))"
)
# A benefit named as what a study looks into, not as found: "a study to determine the
# acupuncture's long lasting effectiveness", "compared the efficacy and safety of acupuncture"
# ("heard about the effectiveness of acupuncture" takes it as given: a claim). Blanked before
# the words of effect are read, so that only a result ("... found it eased the pain") makes
# such a sentence a claim.
# A practice telling whom it sees ("We also treat people going through cancer care"), or a
# leaflet the referral that brought the reader ("Your consultant has recommended that you
# receive a course of acupuncture"): a service, no effect claimed (blanked before the words
# of effect are read, as STUDIED_FOR).
SERVICE = pattern(
    r"\b(?:we|i|our (?:clinic|practice|team|practitioners|acupuncturists)) (?:also |often |now |"
    r"regularly |routinely )?treats? (?:many |lots of |a lot of |plenty of )?(?:people|patients|"
    r"clients|adults|children|men|women|pain)\b|"
    # ... or a friend's or a relative's suggestion, which brought someone to it: "a friend
    # recommended acupuncture"
    r"\b(?:a|my|her|his|their|our) (?:friend|neighbou?r|sister|brother|mother|mum|mom|father|dad|"
    r"wife|husband|partner|colleague|co-?worker|daughter|son|cousin|aunt|uncle|relative)s? "
    r"(?:had |has )?(?:recommended|suggested)\b|"
    r"\byour (?:consultant|doctor|gp|physician|nurse|specialist|team|clinician|surgeon) "
    r"(?:has |have |may have )?(?:recommended|referred|suggested|advised) (?:that )?you\b|"
    # ... or a definition of the method: "alternative medicine that treats patients by
    # inserting needles into the body"
    r"\btreats? (?:patients|people|clients) by\b|"
    # ... or a booking's promise: "combine your treatments with a consultation to get the
    # maximum benefit"
    r"\bto (?:get|achieve|gain|reap|receive|enjoy) the (?:maximum|most|full|greatest|best) "
    r"(?:benefits?|results?)(?: (?:to|for) your (?:\w+ )?health)?"
)
# An insurer's cover, and what it asks for: "Medicare covers up to 20 sessions ... if you show
# signs of improvement" makes no claim in its condition (claims._covered_if).
COVER = pattern(
    r"\b(?:medicare|medicaid|insurance|insurers?|(?:health |insurance )?plans?|policy|policies|"
    r"coverage)\b[^.;]{0,60}?\b(?:covers?|will cover|pays? for|reimburses?)\b"
)
IF = pattern(r"\bif\b")
STUDIED_FOR = pattern(
    r"\b(?:compared|compares|comparing|to (?:compare|determine|assess|"
    r"evaluate|examine|investigate|test|measure|study|explore|review)|examined|examines|assessed|"
    r"assesses|evaluated|evaluates|investigated|investigates|explored|reviewed|measured|studied) "
    r"(?:the |its |their )?(?:(?:long|lasting|long-lasting|long-term|short-term|term|possible|"
    r"potential|clinical|overall|relative|acupuncture'?s?|electro-?acupuncture'?s?) ){0,3}?"
    r"(?:efficacy|effectiveness|effects?|safety)"
    r"(?: and (?:safety|efficacy|effectiveness|tolerability|feasibility))?"
    # ... with what they were studied for, where the sentence ends soon after: "studied the
    # effectiveness of acupuncture in alleviating the painful symptoms of diabetic neuropathy."
    # (not "... in relieving nerve pain and concluded that it is worthwhile")
    r"(?: of (?:acupuncture|electro-?acupuncture|needling|it))?(?: (?:in|for|at) [a-z-]+ing"
    r"(?: (?:the |its )?(?:[\w-]+ ){0,2}?(?:symptoms?|pain|numbness|tingling|neuropathy))?"
    r"(?=(?: of(?: [\w-]+){1,3})?\W*$))?"
    r"\b(?![^.]*\b(?:lasted|persisted|milder)\b)"
    + NO_RESULT_AFTER
    # ... or what studies were of: "there have been many studies of acupuncture's potential
    # benefits", "it has been widely studied for its potential benefits in managing pain"
    + r"|\bstudied for (?:its|their) (?:potential|possible) benefits\b"
    + NO_RESULT_AFTER
    + r"|\b(?:studies|research|trials|reviews|papers) (?:of|on|into|about) (?:the )?(?:(?:possible|"
    r"potential|claimed|supposed|clinical|acupuncture'?s?|electro-?acupuncture'?s?) ){0,3}"
    r"(?:benefits|effects|efficacy|effectiveness)\b" + NO_RESULT_AFTER
)
# Needles that are not acupuncture's: the symptom, and dry needling of muscles.
PINS_AND_NEEDLES = pattern(r"\bpins[- ](?:and|&)[- ]needles?\b")
DRY_NEEDLING = pattern(r"\bdry[- ]needl\w*")
# Another treatment as the subject: a claim about it is not one neuropathy's acupuncture
# claims, unless acupuncture is named too.
OTHER = pattern_at_words(
    r"\b(?:drugs?|(?<!in )(?<!of )(?<!integrative )(?<!integrated )(?<!complementary )medicines?|"
    r"medications?|duloxetine|pregabalin|gabapentin|lyrica|cymbalta|neurontin|tramadol|"
    r"nortriptyline|lidocaine|physio|"
    r"amitriptyline|"
    r"pills?|tablets?|creams?|physiotherap\w*|exercise|surgery|surgeons?|vitamins?|supplements?|"
    r"supplementation|"
    r"insulin|diet|meditation|yoga|massages?|tai chi|qigong|chiropractic|herbs?|herbal|"
    r"exercises|pharmaceuticals?|"
    r"acupressure|moxibustion|cupping|gua sha|"
    r"formulas?|capsaicin|lipoic|b12|b6|patch(?:es)?|ointments?|gels?|"
    r"(?<!wear )(?<!wearing )(?<!put on )(?<!wore )(?<!my )(?<!thick )(?<!his )(?<!her )"
    r"(?<!own )(?:gloves|socks|stockings)|"
    r"compression|cannabis|cbd|orthotics?|reflexology|infrared|light therapy|epsom|"
    r"(?:foot )?soak(?:s|ing)?|"
    r"(?<!through his )(?<!through her )(?<!through my )(?<!on his )(?<!on her )(?<!on my )shoes|"
    r"antidepressants?|anticonvulsants?|mindfulness|counsel\w*|cbt|psycholog\w*|podiatr\w*|"
    r"(?:balance|exercise|tai chi|yoga|strength) class(?:es)?|"
    r"cognitive behaviou?ral therapy|laser\w*|(?:whole-body )?vibration (?:plates?|therapy|"
    r"sessions?|machines?|platforms?)|splints?|photobiomodulation|"
    r"(?:acetyl-l-)?carnitine|"
    r"footwear|foot care|(?:glucose|blood sugar|diabetes) control|hba1c|a1c|"
    r"(?:keep\w*|control\w*|manag\w*) (?:your |their |his |her )?(?:blood sugar|glucose)|"
    r"physical therap\w*|"
    r"injections?|\d+ ?(?:mg|mcg) (?:a|per) day\b|(?<!it a )(?:b12 |monthly |weekly |"
    r"vitamin )?shots?|nerve blocks?|steroids?|tens|"
    r"spinal cord stimulat\w*|scrambler|dry needl\w*|"
    r"decoctions?|"
    r"balance training|surface electrical stimulation|"
    r"(?:conventional|standard|western) (?:treatments?|medicine|care)|usual care|biofeedback|"
    r"hypnosis|(?:complementary|alternative)(?: and alternative)? "
    r"(?:therapies|treatments|medicine)|"
    r"addictive|withdrawal)\b",
)
BYLINE = pattern(r"\A\s*by\s")
# Where a qualification starts: "..., but ...", "...; yet ...".
BUT = pattern(r"[,;:\u2014\u2013-]\s*(?:but|yet|although|though|however|while|whereas)\b|\sbut\s")
# A sentence led by another treatment ("Herbal formulas such as ... relieve numbness").
LED_BY_OTHER = pattern(
    r"\A\W*(?:(?:the|a|an|some|these|many|other|chinese|traditional|prescription|oral|topical) )*"
    r"(?:herbal|herbs?|drugs?|medications?|supplements?|vitamins?|massage|exercises?|creams?|"
    r"pills?|tablets?|physiotherapy|physical therapy|surgery|diet|yoga|meditation|"
    r"(?:class iv |low-level |cold )?laser\w*(?: therapy)?|cognitive behaviou?ral therapy|"
    r"(?:acetyl-l-)?carnitine|decoctions?|dry needling)\b"
)
# What goes before acupuncture named only as the companion of another treatment ("given
# alongside needling"), and before another treatment named only in a comparison ("like most
# drugs"); each read just before the name, up to it.
COMPANION = pattern(
    r"\b(?:alongside|with|plus|besides|including|as well as|combined with|in addition to)\s+"
    r"(?:[\w-]+\s+)?$"
)
COMPARED = pattern(r"\b(?:like|unlike|as with|than|similar to)\s+(?:[\w-]+\s+)?$")
# A denial that starts with its verb denied ("do not work"), which another treatment named just
# before it can be the subject of.
NEGATED_VERB = pattern(
    r"(?:does|do|did|will|would|can|could)(?: not|n'?t)|doesn'?t|don'?t|didn'?t|won'?t|cannot|"
    r"(?:did|does|do) (?:absolutely )?nothing"
)
# ... or one that cannot be borne: "patients who can't tolerate more medication"
INTOLERANT = pattern(
    r"(?:can'?t|cannot|couldn'?t|could not|unable to) tolerate (?:more|any more|other|further|"
    r"stronger|higher doses of) (?:\w+ )?\Z"
)
# Another treatment said to fail, its verb left out or "work" ("when two medications didn't",
# "when drugs don't work"): set against acupuncture, not the sentence's subject.
FAILED = pattern(
    r"\s{1,3}(?:(?:" + NEGATED_VERB.pattern + r")(?:\s*(?:[.,;!)]|\Z)|\s+(?:work|help)\w*)|"
    r"(?:have|has|had) (?:all )?failed\b)"
)
# The nerves said not to be mended ("it won't regrow damaged nerves"): a limit conceded, and no
# repair claimed.
_NOT_MENDED = (
    r"(?:won'?t|will not|not going to|isn'?t going to|cannot|can'?t) (?:\w+ )?(?:regrow|"
    r"repair|restore|regenerate|reverse) (?:(?:the|your|her|his|their|my|damaged|dead) )*"
    r"(?:nerve damage|nerves?|damage)"
)
NOT_MENDED = pattern(r"\b" + _NOT_MENDED + r"\b")
# What only limits a claim made first ("may help, but it is not a cure"): any other denial
# after the "but" ("..., but there is no evidence that it works") still undoes the claim.
LIMIT = pattern_at_words(
    r"\b(?:(?:is |it'?s )?not a cure|no cure|"
    # relief not felt by some, or not at first: "..., but some may not feel any relief", "You
    # may not feel any difference after the first session, but ..."; less evidence for one kind
    r"(?:some|a few|not everyone|others|you)\b[^.;]{0,30}?\b" + _NOT_FELT + r"|"
    r"(?:may|might|will) not (?:feel|notice|see) (?:any |much )?(?:benefit|relief|improvement|"
    r"difference|change) (?:after|at first|from the first|straight away|right away|at once)|"
    + _LESS_EVIDENCE
    + r"|"
    r"(?:won'?t|will not|would not|wouldn'?t|cannot|can'?t|does not|doesn'?t) (?:\w+ )?"
    r"(?:cure|eliminate)|"
    r"(?:not|never|isn'?t|aren'?t) going to (?:cure|fix|replace)|(?:less|not) consistent|"
    # promises doubted: "Be wary of anyone promising a cure, but acupuncture does help many"
    r"\b(?:wary|sceptical|skeptical|suspicious) of (?:anyone|anybody|any (?:clinic|practitioner|"
    r"one)|claims?|promises?)\b|"
    # feeling not back: "The feeling in my toes never came back, but the cramps stopped"
    r"\b(?:feeling|sensation)\b[^.;]{0,40}?\b(?:never|not|n't) (?:really |fully )?(?:come|came) "
    r"back\b|"
    # nothing proven for all: "No treatment has been shown to slow it, but acupuncture eases ..."
    r"no (?:treatment|therapy|option|remedy)s? (?:has been |have been |is |are |yet )?(?:proven|"
    r"shown) to|"
    # one symptom left as it was: "it did nothing for the numbness, but the cramps stopped"
    r"(?:(?:did|does|do) (?:absolutely )?nothing for|never (?:really )?(?:touched|shifted|"
    r"budged)) (?:the |my |his |her |their )?(?:[\w-]+ )?(?:numbness|tingling|burning|pain|"
    r"cramps?|balance|feeling|sensation)\b|"
    + _NOT_MENDED  # "It won't regrow nerves, but it eased her burning feet"
    + r"|"
    r"(?:isn'?t|is not) the only (?:option|treatment|answer|"
    r"choice|approach)|"
    r"no (?:treatment|therapy|option|remedy)s? (?:[\w']+ ){0,4}?(?:can |will )?(?:reverse|cure|"
    r"repair|restore|regrow|heal)|"
    r"(?:does not|doesn'?t|won'?t|will not|may not|might not) work for (?:everyone|everybody|all)|"
    r"(?:does|do|will|may|might|would)(?: not|n'?t) always (?:work|help|provide|give)\w*|"
    # a claim disowned before one made: "Nobody is suggesting you stop your medication, but
    # acupuncture can ease ...", "Some say it is just hype, but ..."
     + _DISOWNED + r"|" + _NO_CURE_PROMISED + r")\b",
)
# ... and what is conceded only before a claim, never after it ("..., but don't expect it to
# repair the nerves" denies)
CONCESSION = pattern(r"\b(?:" + CONCEDED + r")\b")
# "While it helps many, it does not work for everyone": the claim first, then its limit.
WHILE = pattern(r"\A\W*(?:while|although|though|even though)\b([^,]+),(.+)", re.S)
# A clause said in the negative ("did not ease", "never helped", "isn't").
NEGATION = pattern(r"\b(?:not|never|no|none|nor|neither)\b|n'?t\b")
# An opening clause that sets another treatment against the one the sentence is about.
SET_AGAINST_FIRST = pattern(
    r"\A\W*(?:rather than|unlike|instead of|compared (?:to|with)|as opposed to|in contrast to)"
    r"\b[^,;.]{0,120},"
)
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
        "alongside",
        # ... or as what acupuncture is added to: "a powerful complement to conventional
        # treatment"
        "complement",
        "adjunct",
        # ... or as what is cut back: "allow some to cut down their tablets"
        "cut",
        "down",
        "reduce",
        "reduced",
        "fewer",
        "less",
        "stop",
        "added",
    ]
)
# ... and those that set it aside from four words back ("instead" only as "instead of")
FAR_CONTRAST = frozenset(
    ["than", "added", "reduce", "reduced", "no", "without", "instead", "cut", "fewer", "stop"]
)
# ... and with nothing found or shown after them: a plan "could show" what a finding "showed".
NO_FINDING_AFTER = (
    r"(?![^.]*\b(?:found|finds|shows|showed|shown|evidence|proved|proven|confirm\w*|reduced|"
    r"relieved|eased|improved|helped|stopped|gone|fell|dropped|declined|lowered|"
    r"restored|regained|reversed|lessened|cleared|calmed|demonstrated|replicated|cut|"
    r"half what|(?:much |far )?less (?:pain|numbness|burning|tingling)|fewer (?:painkillers|pills|"
    r"tablets|symptoms|cramps)|(?:see|sees|saw|seen|watched) (?:their |the )?(?:pain |"
    r"symptom )?scores? fall|"
    r"scores? (?:fell|dropped)|boost\w* (?:their |the |its )?"
    r"(?:regrowth|recovery|healing)|slept better|(?:gave|given) (?:me|him|her|them|us) (?:my|his|"
    r"her|their|our) [\w-]+ back|reported that)\b)"
)
# ... nor a verdict on what was found ("the review concluded it is effective")
VERDICT_AFTER = (
    r"(?![^.]*\b(?:positive|promising|encouraging|effective|efficacious|beneficial|benefits?|"
    r"outperform\w*|better than|ahead|relief|superior|favou?rabl\w*|impressive|dramatic|"
    r"demonstrat\w*|replicated|established|supports?|supported|conclud\w*|significant\w*)\b)"
)
# Doubts of the evidence: evidence lacking or thin, trials absent, results that failed to
# support it, little known, research still going on, pain scores that rose. Read by
# claims._doubted_alone, which lets a claim said before or after one stand.
DOUBTED_EVIDENCE = pattern(
    r"\b(?:(?:evidence|proof|data)\b[^.;]{0,40}?\b(?:is|are|remains?|remained|was|were) (?:still |"
    r"largely |generally |currently |sorely )?(?:lacking|scarce|sparse|thin|missing|absent|"
    r"conflicting|contradictory|equivocal)" + NO_RESULT_AFTER + NO_FINDING_AFTER + r"|"
    r"(?:lack|absence|dearth|paucity) of (?:(?!for\b|to\b)[\w-]+ ){0,4}?"
    r"(?:evidence|studies|trials|research|data|proof)|"
    r"(?:stud(?:y|ies)|trials?|research|reviews?|meta-analys[ie]s|evidence|data|results|they)"
    r"(?:,? [\w-]+){0,3}?,? failed to (?:support|show|find|demonstrate|confirm|prove)|"
    r"(?:we|scientists|researchers|doctors|experts|science) (?:still |have |has )?(?:know|knows|"
    r"known|understand|understands) (?:very |relatively )?little about|"
    r"not (?:totally|fully|widely|universally|yet) accepted" + NO_RESULT_AFTER + r"|"
    r"(?:increase|increases|increased|rise|rose|worsening) in (?:the )?(?:mean |average )?"
    r"(?:[\w-]+ ){0,3}(?:pain|symptom|neuropathy) scores?" + NO_RESULT_AFTER + r")\b|"
    r"^\W*(?:but |however,? )?(?:more )?research is (?:still )?ongoing\b|"
    r"(?<!even )\b(?:without|lacks?|lacking|lacked) (?:sufficient|enough|adequate|strong|good|"
    r"solid|convincing|clear|reliable) (?:scientific |clinical )?(?:evidence|proof)\b"
    r"(?! (?:of|for) (?:any )?(?:serious |added |lasting )?(?:harm|risk|side|adverse|injur|"
    r"infection|complication|bias))|"
    r"\b(?:encouraging|promising|suggestive) rather than (?:settled|conclusive|proven|"
    r"definitive)\b"
)
# No claim of their own: doubt, a question asked in passing, the weaknesses of studies,
# advice to the reader, booking and offers, and page furniture.
# ... and so is how a session goes, told with what it is for ("the needles stay in for twenty
# minutes to stimulate the nerves").
NO_PURPOSE_AFTER = (
    r"(?![^.]*\bto (?:help|stimulat|reliev|eas|restor|improv|promot|releas|balanc|activat|"
    r"trigger|boost|reduc|calm|heal))"
)
# A paper's title that states no result (none of these verbs before its colon, if it has one).
NO_RESULT_IN_TITLE = (
    r"(?![^:]*\b(?:reduc|reliev|improv|eas|alleviat|help|prevent|restor|repair|regenerat|heal|"
    r"work|treat|promot|enhanc|lessen|decreas|attenuat|diminish|lower|boost)(?:e|es|ed|s)\b|"
    r"[^:]*\b(?:is|are) (?:an? )?(?:effective|safe|beneficial)\b)"
)
# How a study was designed, as the title of its paper says it.
DESIGN = (
    r"(?:(?:pilot|feasibility|randomi[sz]ed|controlled|"
    r"clinical|blinded|double-blind|single-blind|sham-controlled|placebo-controlled|systematic|"
    r"narrative|scoping|prospective|retrospective|observational|multi-?cent(?:re|er)|open-label|"
    r"case|cohort|crossover|updated|cochrane|preliminary|comparative|assessor-blinded|"
    r"wait-list-controlled|and),? ){0,6}"
)
# What a page explains, unless it explains how acupuncture has an effect: "this article explains
# how acupuncture relieves numbness" takes the relief as given ("how acupuncture is thought to
# work", "how it is regulated" are descriptions still).
EXPLAINED = (
    r"(?! (?:how|why) (?:acupuncture|electro-?acupuncture|needling|it)(?: and [\w-]+)? "
    r"(?:can |may |could |might |will |does )?(?:help|eas|reliev|reduc|restor|repair|heal|improv|"
    r"calm|sooth|stimulat|releas|revers|regenerat|speed|boost|lessen|alleviat|treats?\b)\w*)"
)
# What a study or a page sets out to do, as its stated aim says it.
_AIM_VERBS = (
    r"describe|evaluate|examine|assess|determine|investigate|explore|compare|review|summari[sz]e"
)
# What acupuncture's effect turns on, all a sentence says: "the effectiveness of acupuncture
# also depends on type of diabetes" (read in the whole sentence: "..., but most patients feel
# less pain" claims after it)
DEPENDS_ONLY = pattern(
    # what the sentence opens with: a claim before it stands ("Acupuncture works for most
    # people, though the results of acupuncture vary")
    r"\A\W*(?:(?:however|but|still|also|again|of course|in spite of this|despite this|that said|"
    r"unfortunately|naturally|in general|generally|overall),? )?(?:the )?"
    r"(?:effectiveness|efficacy|benefits?|success|results?|outcomes?) of (?:electro-?acupuncture|"
    r"acupuncture|needling|the treatments?) (?:[\w-]+ ){0,2}?(?:depends?|depended|varies|vary|"
    r"varied|differs?|hinges?) (?:on|from|with|by|between)\b"
    r"(?![^.]*(?:\b(?:but|yet|while|though|although|whereas)\b|[;:\u2013\u2014]|, with\b))"
    + NO_RESULT_AFTER
    + NO_FINDING_AFTER
)
NOT_A_CLAIM = pattern(
    # Tried only where a match can start, which makes it a third faster to search: at the
    # start, at a word's edge, or at a space or a digit (" | " and "% off" below start there);
    # and the lines up to the title of a paper only at the start or before a letter, a digit or
    # a currency sign (tests/test_compiled.py compares it with the pattern unguarded).
    r"(?=\b|[\s\d]|^)(?:(?:^|\b(?=[\w$\u00a3\u20ac]))(?:"
    # a quiz's question, an option named as a heading, and advice on whom to see
    r"^\W*true or false\b|"
    r"^\W*option (?:\d{1,2}|[a-e])\s*[:.)\u2013\u2014-]\s*(?:[\w-]+\s*){1,2}\W*$|"
    r"^\W*(?:ask (?:how|whether|if|what|them|for)|look for (?:someone|a practitioner|an "
    r"acupuncturist|a (?:licensed|registered|qualified|certified)|practitioners?)|check "
    r"(?:that|whether|if) (?:they|the practitioner|your practitioner|the clinic))\b|"
    # doubt: "whether" with no alternative ("whether X or Y, it helps" is a claim all the same)
    r"whether\b(?![^.;]{0,120}\bor\b(?! not))|"
    r"not (?:yet|fully|well) (?:enough|understood|known|clear)|not yet\b|"
    r"(?:stud(?:y|ies)|trials?|evidence|research|results?|samples?|numbers|groups?|they|it|"
    r"data|findings|reviews?) (?:were|are|was|is) (?:too |very |quite |rather |all )?"
    r"(?:small|unblinded|poorly|mixed|modest|weak|low[- ]quality)\b|"
    r"did(?: not|n'?t) (?:use|compare|measure|include)\b|(?:shrinks|shrank|disappears)\b|"
    r"placebo effect|effects? of expectations?|results (?:are|were) mixed|"
    # a trial's limit told: no sham to compare with, what expectation may explain
    r"(?:there was|there were|had|with|without a|but) no sham (?:group|control|arm|comparison)|"
    r"expectations? (?:may|might|could|can|would) (?:explain|account for)|"
    r"(?:hasn'?t|has not|haven'?t|have not) been "
    r"(?:well |properly |rigorously |yet )?(?:tested|assessed|studied|evaluated|investigated|"
    r"examined|explored)\b|"
    r"sourcing guidelines|editorial (?:policy|process|standards|guidelines)\b|"
    r"^\W*if (?:acupuncture|it|needling|the treatment) (?:helps|works)\b|"
    r"(?:is|are) reported by up to \d+ ?% of (?:patients|people) (?:treated|given|on|taking)\b|"
    r"will (?:produce|result in|lead to|cause) (?:an? )?(?:greater|larger|bigger|more) "
    r"(?:[\w()-]+ ){0,10}than\b|"
    r"(?:tested|tests|test|testing|examined|examines|assessed|assesses) (?:whether|if)\b"
    + NO_FINDING_AFTER
    + r"|"
    r"(?:results?|scores?|tests?|studies|study|conduction|velocity|findings) (?:were|was|remained|"
    r"stayed) (?:\w+ )?unchanged\b|"
    r"(?:isn'?t|is not|wasn'?t|was not) clear\b|"
    r"(?:should|must) (?:check|watch|tell|ask|talk|see|avoid|not|coordinate|consult|discuss|"
    r"work with)\b|check (?:your|their)\b|"
    # a caution to keep a prescribed treatment: "Do not stop your medicines without your doctor"
    r"(?:do not|don'?t|never) (?:stop|change|skip|reduce|drop) (?:taking )?(?:your |any |the )?"
    r"(?:\w+ )?" + _PRESCRIBED + r"\b|"
    # what a page is about, what more research needs, what a case was at the start, TCM's
    # principles and views told as such
    r"(?:this|the|our) (?:article|post|page|guide|blog|piece|section|issue|newsletter|episode|"
    r"edition) is about\b|"
    # what a study or page sets out to do, as an abstract's aim says it ("Objective: to ...",
    # "To describe a patient who ...", "To evaluate whether ..."; not "To summarize, ...")
    r"^\W*(?:to (?:describe|report) (?:a|an|the|one|two|\d+) (?:[\w-]+ ){0,2}?(?:patients?|"
    r"cases?|man|woman|men|women|child|children|people|subjects?)\b(?![^.]*\b(?:disappear\w*|"
    r"went away|gone|regain\w*|success\w*|resolv\w*|recover\w*|improved|relieved|eased|reduced|"
    r"fell|dropped)\b)|(?:(?:objectives?|purposes?|"
    rf"aims?|goals?)\W{{1,3}}to (?:{_AIM_VERBS}|report)\b|"
    r"to (?:evaluate|examine|assess|determine|investigate|explore|compare|test) (?:whether|if|"
    r"the (?:effects?|efficacy|effectiveness|safety|feasibility)\b))" + NO_RESULT_AFTER + r")|"
    # an abstract's methods: the search for studies, and its fields that state no result
    r"\b(?:searched|screened|searching|screening) (?:[\w,-]+ ){0,6}?(?:databases?|pubmed|medline|"
    r"embase|cochrane|the literature)\b" + NO_RESULT_AFTER + r"(?![^.]*\bconclu\w*)|"
    r"^\W*(?:objectives?|aims?|purpose)\s*:"
    r"(?![^.]*\b(?:success\w*|effective\w*|benefi\w*)\b)" + NO_RESULT_AFTER + r"|"
    r"\bthe (?:purpose|aim|objective|goal)s? of (?:this|the present|the current|our) (?:article|"
    r"post|study|trial|review|paper|report|project|research|grant|page|guide) (?:is|was) to "
    rf"(?:{_AIM_VERBS}|discuss|look at)\b|"
    r"^\W*here'?s what (?:[\w']+ ){0,3}(?:says?|said|shows?|know)\b|"
    r"(?:need|needs|needed) (?:more|further|larger|bigger|better)\b[^.]{0,40}?\b(?:trials|"
    r"studies|research)\b|needs? to be (?:confirmed|replicated|repeated)\b|"
    r"only \d+ (?:people|patients|participants) took part\b|"
    r"unchanged (?:nerve conduction|scores?|results?|tests?)\b|"
    r"treatment principles?\b" + NO_RESULT_AFTER + r"|"
    r"(?:at|before) (?:presentation|baseline|intake)\b|(?:ask|asks|asked|asking) about "
    r"acupuncture\b|^\W*(?:see|ask) (?:your|a) (?:doctor|gp|physician|care team|oncologist)\b|"
    # how it feels, not a verdict on it ("describes acupuncture as generally safe" is one)
    r"(?:describe|describes|described) (?:it|acupuncture) as\b(?! (?:\w+ ){0,2}(?:safe|"
    r"effective|helpful|beneficial|useful|the (?:one |only )?(?:thing|treatment) that "
    r"(?:helped|worked))\b)|"
    r"(?:is|are) (?:thought|believed|said) to (?:unblock|restore|balance|move|clear)\b|"
    r"collecting (?:its |their )?(?:own )?data\b|(?:is|are) being funded\b|"
    r"tell (?:your|the) (?:acupuncturist|practitioner|doctor|nurse|therapist)\b"
    + NO_RESULT_AFTER
    + r"|tell your\b|"
    r"relax on (?:a|the) (?:[\w-]+ )?(?:table|couch|recliner|chair|bed)\b" + NO_RESULT_AFTER + r"|"
    r"make sure\b|seek\b|may be referred\b|"
    r"(?:trials?|studies|study)\b[^.]{0,30}\b(?:fewer|less) than [\d,]+ (?:participants|patients|"
    r"people|subjects|volunteers)\b|"
    r"^\W*corrections?\s*:|set a (?:time )?limit\b|"
    # ... the same, unless a result follows: a study's size, the page's own remarks, offers,
    # other explanations, a treatment principle
    r"(?:(?:most|many) (?:of them )?were (?:small|tiny|short|poorly|unblinded)|"
    r"whatever the treatment|one of the (?:most|hardest|toughest) (?:[\w-]+ ){0,2}conditions?|"
    r"(?<!-)free (?:[\w-]+ ){0,3}(?:screening|consultation)s?|this month only|"
    r"explain\w* (?:it|this|how it works) in terms of|"
    r"(?:cannot|can'?t|do not|don'?t) give (?:medical )?advice|weighs? up the evidence|"
    r"(?:is|are) (?:offered|given|used) alongside, not instead of|"
    r"(?:i|we) (?:do not|don'?t) treat (?:patients|anyone)|its own explanation|"
    r"^\W*please note|(?:much |far |even )?less clear|unclear|"
    r"(?:may|will|can|could) (?:be different|differ|vary) (?:for|from|between) (?:each|every|one|"
    r"patients?|people|person)|(?:after )?obtaining (?:the )?qi)\b" + NO_RESULT_AFTER + r"|"
    r"[$\u00a3\u20ac]\d+ value\b|^\W*myths?\b\s*(?:\d+\s*)?[:#]|^\W*please note\s*:|"
    r"(?:less clear|unclear|not clear) "
    r"whether\b|"
    r"^\W*(?:treatment )?principles?\s*:|\b\d\.\d out of 5\b|"
    r"\b\d out of 5 stars\b|"
    r"\b(?<!\d,)\d[\d,]*+ reviews\b|"
    r"^\W*keep taking\b|"
    r"(?:find|finds|found) (?:it|the sessions?|acupuncture|the treatment) (?:very |quite |really |"
    r"deeply )?relaxing\b" + NO_RESULT_AFTER + r"|"
    r"(?:keep a (?:[\w-]+ ){0,4}(?:diary|record|log|journal)|keep seeing your|(?:never|do not|"
    r"don'?t|will not|won'?t) needle|free to (?:try|choose|decide))\b" + NO_RESULT_AFTER + r"|"
    r"^\W*this (?:leaflet|page|guide|booklet|factsheet|fact sheet|article|handout) (?:is for|is "
    r"meant for|explains" + EXPLAINED + r"|describes|tells you)\b|"
    r"^\W*it (?:explains|describes|tells you) what\b|"
    # what the body's painkillers are, told before anything is said of acupuncture
    r"^\W*(?:endorphins|enkephalins|serotonin|dopamine|opioids)(?:,? (?:and )?(?:endorphins|"
    r"enkephalins|serotonin|dopamine|opioids|dynorphins?|noradrenaline|norepinephrine)){0,3} "
    r"(?:are|is) (?:\w+ ){0,2}(?:chemicals?|hormones?|substances?|molecules?|neurotransmitters?|"
    r"messengers?)\b(?![^.;]{0,200}\b(?:" + _BY_NAME + r"|needl\w*))|"
    # how common the condition is becoming
    r"(?:number|numbers|rates?|prevalence|incidence) of (?:[\w-]+ ){0,4}(?:is|are|has|have) "
    r"(?:been )?(?:\w+ )?(?:increasing|rising|growing|risen|grown|increased|climbing)\b|"
    r"(?:is|are) (?:described|defined) as\b|refers? to\b|"
    r"(?:were|was|are|is) (?:basically |about |roughly |much )?the same\b|"
    r"(?<!reported )(?<!said )no change\b|"
    r"(?:(?:would|will|could)(?: not|n'?t)|won'?t) (?:tell|say|claim|promise|fix|repair|cure|"
    r"heal)\b|"
    r"(?:can(?: not|'?t)|cannot) (?:tell|say|claim|promise)\b|"
    r"(?:call|email|e-mail|phone|text) (?:us|our|now|today)\b|"
    # what sham acupuncture is: "Sham acupuncture is a fake version used in trials, ..."
    r"^\W*(?:sham|placebo|fake|simulated|minimal) (?:electro-?)?(?:acupuncture|needling) (?:is|"
    r"means|involves|uses|refers to)\b(?![^.]*\b(?:than|versus|vs|compared|match for|real "
    r"(?:acupuncture|needling|needles|thing|treatment))\b)|"
    r"book (?:now|online|today|a|your)\b|"
    r"discount|coupon|"
    r"will (?:test|study|look at|compare|examine|measure|find out)\b|is recruiting\b|"
    r"(?:have|has) (?:investigated|examined|studied|explored) the (?:role|use|effects?)\b"
    + NO_RESULT_AFTER
    + r"|"
    r"is the (?:president|founder|director|author|chair)\b|is a question\b|"
    r"(?:people|patients) (?:asked|ask) me\b|"
    r"works by (?:inserting|placing|using|stimulating (?:specific|certain|particular) points)\b|"
    r"(?:began|started) (?:some |my )?(?:research|reading)\b|"
    r"analy[sz]ed (?:multiple|several|many|\d+)\b" + NO_RESULT_AFTER + r"|"
    r"while (?:you|she|he|they|i) (?:relax|relaxed|rest|rested|lie|lay)\b|"
    r"(?<!feel )(?<!feels )(?<!so )relax(?:es|ed|ing)? (?:on|in|into) (?:the|a|my|your|their|"
    r"one of the) "
    r"(?:table|chair|couch|bed|recliner)s?\b" + NO_RESULT_AFTER + r"|"
    r"(?:try|tries|tried|trying) to relax\b|"
    r"(?:stay|stayed|remain|remained) in (?:place )?for\b" + NO_PURPOSE_AFTER + r"|"
    r"(?:find|look for|choose|seek out) an? (?:\w+ )?acupuncturist\b|"
    r"before (?:delving|diving|we dive|we look)\b|"
    r"(?:treated|done) by (?:having|inserting)\b|"
    r"after a (?:full |thorough )?assessment\b" + NO_RESULT_AFTER + r"|"
    r"(?:becoming|become) (?:a )?(?:(?:more and more|increasingly) (?:commonly |widely )?|"
    r"(?:commonly|widely) )used\b(?! to\b)|"
    r"speciali[sz]es in\b" + NO_RESULT_AFTER + r"|in this guide\b|"
    r"plans? to (?:test|study)\b|(?:no one|nobody) (?:really )?(?:knows|is sure|can say)\b|"
    r"forward-looking\b|founded in\b|headquartered\b|"
    r"(?:not|never) (?:been )?(?:cleared|approved|licensed) (?:by|for)\b|"
    # how a study was run, what its control arm did, and research still under way
    r"randomly (?:assigned|allocated|divided|split)\b|"
    r"(?:were|was|ha(?:s|ve) been) (?:randomi[sz]ed|allocated|conducted|performed|carried out|"
    r"administered|evaluated|assessed|followed up)\b|"
    r"conducted (?:this |the |a |an |their )?(?:\w+ )?(?:study|trial)\b|"
    r"remov\w* (?:all )?(?:of )?the needles\b|"
    r"(?:studies|trials|research) (?:looking at|examining|investigating)\b|"
    r"focus(?:ed|es)? on the (?:usefulness|effects?|role|efficacy|effectiveness)\b|"
    r"points used were\b|were standardi[sz]ed\b|"
    r"(?<!those )(?<!who )(?<!that )(?:had|got|received|given) sham\b|"
    r"^\W*(?!\w[\w']* (?:who|that)\b)(?:\w[\w']* ){1,2}(?:was|were) in the (?:sham|placebo|control|"
    r"fake) (?:group|arm)\b(?![^.]*\bin the (?:acupuncture|electroacupuncture|treatment|real|"
    r"needling|active) (?:group|arm)\b)|"
    r"(?:trial|study|research|studies|trials)\b (?:[\w-]+ ){0,2}(?:may|might|could|will|should) "
    r"(?:finally |eventually |one day |at last )?(?:show|tell us|reveal|answer)\b|"
    r"(?:is|are) (?:now |currently |still )?(?:studying|investigating|testing|exploring)\b|"
    r"to determine (?:how|whether|if)\b|further the research\b|"
    r"(?:more|further|larger|additional|bigger) (?:research|studies|trials) (?:is |are )?"
    r"(?:needed|required|warranted)\b|"
    # what the page is, who wrote it, and how a session goes
    # ... not one that tells how acupuncture helps, which takes the help as given, as such a
    # heading does ("This article explores how acupuncture may help manage the symptoms"),
    # unless it goes on to doubt it ("... and at why the evidence so far is weak")
    r"(?:this|the|our) (?:article|post|page|guide|blog|piece|section) (?:(?:explores|looks at|"
    r"discusses|covers|examines|explains)(?:"
    + EXPLAINED
    + r"|(?=[^.]*\b(?:weak|unsupported|unproven|limited|mixed|lacking|doubt\w*|thin|"
    r"sceptic\w*|skeptic\w*|critic\w*|unconvinced|falls? short|poor|uncertain\w*|"
    r"controvers\w*|disagree\w*|unanswered|hype|(?:may|might|does) not)\b))"
    r"|describes|will)\b|let'?s (?:chat|talk)\b|"
    r"ha(?:s|ve) treated (?:more than |over |about |some |nearly |almost )?\d[\d,]*\b"
    r"(?![^.]*\b(?:without (?:an?y? )?(?:serious |major |single )?(?:complications?|problems?|"
    r"incidents?|injur(?:y|ies)|harm)|successfully|success)\b)|"
    r"gained (?:\w+ ){0,3}experience\b|this week'?s expert\b|l\.\s?ac\b|"
    r"today (?:released|announced|reported)\b|advises? (?:that|against)\b|"
    r"(?:be|are|is|was|were) advised (?:not )?to\b|"
    r"side[- ]effects? (?:are|were|can be) (?:often )?"
    r"(?:unbearable|severe|intolerable|troubling)\b|"
    r"involves (?:the )?(?:insert\w*|placing|placement)\b" + NO_PURPOSE_AFTER + r"|"
    r"experience is in\b|benefits,? (?:and |& )?(?:the )?(?:risks|side[- ]effects|drawbacks|"
    r"downsides|costs?|limitations)(?=\s*(?:[,&:)]|and\b|of\b|compared\b|$))|pros and cons\b|"
    r"(?:commonly|often|widely|increasingly|also) used (?:to treat|for)\b|"
    r"(?:(?:commonly|often|widely|increasingly|also) used in|(?:commonly|often|widely|"
    r"increasingly) offered)\b" + NO_RESULT_AFTER + r"|"
    r"turn(?:s|ed|ing)? to (?:acupuncture|it|this|needling)\b|"
    r"times a week\b|need to receive\b|"
    r"there (?:are|is) (?:some )?(?:potential |possible )?risks?\b|"
    r"(?:dull|blunt|weaken|reduce|block|limit)s? the effects? of (?:acupuncture|needling|it)\b|"
    r"(?:is|are) believed to (?:flow|travel|circulate|run)\b|"
    r"when the flow of (?:\w+ ){0,2}(?:qi|energy|blood)\b|bodies contain\b|"
    r"suggest\w* (?:\w+ ){0,3}(?:to )?try\b|"
    # a hope, not a result: "I hope acupuncture helps my feet", "I am hoping my nerve damage
    # heals" (not a hope "to report" results, read with plans below)
    r"(?:(?:i|we|he|she|they|my (?:husband|wife|partner|mother|father|mum|mom|dad|son|"
    r"daughter|friend|sister|brother))(?:'m|'re|'s| am| are| is| was| were)?(?: really| still| "
    r"just| truly| all)? (?:hope|hopes|hoped|hoping)|thought of hoping)(?: that)? (?!to\b)"
    # ... not a hope for the reader ("I hope this helps someone: acupuncture took away ..."),
    # nor one that it go on helping ("keeps helping my feet as much as it has")
    r"(?!(?:this|that|my story|my experience|this post|sharing this) "
    r"(?:helps|will help|can help)\b)"
    r"(?![^.]*(?:[;:\u2013\u2014]|\b(?:keeps?|continues?|continuing|still) (?:to )?help|"
    r"\bas (?:much as |well as )?(?:it|acupuncture|the needles|they) (?:has|have|did|does)\b))"
    + NO_FINDING_AFTER
    + r"|"
    # a choice to try it, not what it did: "he was open to trying electro-acupuncture for
    # relief", "I would try acupuncture before committing to narcotics"
    r"(?:(?:open|willing|ready|keen|eager|decided|decides|deciding|agreed|wanted|wants|chose|"
    r"choosing|going) to|would|i'?d) (?:give |also |first )?(?:try|trying) (?:out )?"
    r"(?:electro-?acupuncture|acupuncture|needling|it)\b"
    + NO_FINDING_AFTER
    # ... with nothing told after it ("decided to try acupuncture, and now she can feel ...")
    # or after a semicolon, a colon or a dash, or a reason ("since studies show it can ...")
    + r"(?![^.]*(?:(?:\band|\bbut|,) (?:now|then|soon|it|she|he|i|they|we|my|his|her|their|the|"
    r"within|after|since)\b|\s*[;:\u2013\u2014]|\b(?:since|because|as) (?:studies|research|"
    r"trials|evidence|it)\b|\b(?:was|is|has been) (?:the|my) best\b))|"
    r"suggested acupuncture\b(?! (?:may|might|can|could|helps?|works?|is|"
    r"was)\b)" + NO_RESULT_AFTER + r"|"
    r"(?:did not|didn'?t|do not|don'?t) know (?:if|whether)\b|"
    r"(?:used|using|practi[cs]ed) for (?:over |more than |some )?(?:thousands of|[\d,]+) years\b"
    r"(?![^.]{0,200}\b(?<!not )(?<!once )(?<!no longer )(?:regarded|considered|recogni[sz]ed|"
    r"accepted)(?: by [^.,;]{1,60}?)?(?: as)? (?:an? |both |very |generally |highly )?(?:safe|"
    r"effective))|"
    r"is based on (?:the )?(?:use|concept|principles?|theory|practice|belief) of\b|"
    r"dismiss(?:ed|es)?\b|funded by\b|"
    # a case introduced, a study introduced, access, and what practitioners believe, with no
    # result told after them
    r"(?:(?:chief|main|presenting) complaints?|came (?:to (?:us|me|the clinic) )?(?:seeking"
    r"(?: help| treatment| relief)?|for acupuncture with|with (?:a|her|his))|for (?:a|the|this|"
    r"one) (?:study|trial) "
    r"(?:published|reported)|access to (?:acupuncture|treatment|care)|(?:acupuncturists|"
    r"practitioners) believe (?:that )?(?:the )?(?:vital |life )?(?:energy|qi|meridians|"
    r"channels))\b" + NO_RESULT_AFTER + r"|"
    r"(?:trials|studies|research)\b(?: [\w'-]+){0,6} (?:are|is) (?:still )?"
    r"(?:needed|required|warranted|necessary(?= to\b| for\b|\s*[.,;]|\s*$))\b|"
    r"(?:acupuncture|treatment|sessions?|needling) (?:was|were) planned\b" + NO_FINDING_AFTER + r"|"
    # what a study or a page aims at, not what acupuncture, or a clinic giving it, aims to do
    r"(?<!acupuncture )(?<!needling )(?<!we )(?:aims?|aimed) "
    r"(?:to|at)\b|looks? at (?:an?|the|this) (?:\w+ )?(?:study|trial|review)\b|"
    r"(?:trial|study) to (?:assess|evaluate|determine|investigate|compare)\b|"
    r"(?:medicine|tcm) (?:views?|sees?|describes?|considers?)\b|"
    r"(?<!acupuncture )(?<!needling )(?:is|are) (?:called|known as)\b|(?:is|are) (?:called|"
    r"known as)\b(?! (?:an? |the |one of the )?(?:(?:very|highly|extremely|most|natural|gentle|"
    r"safe|proven)(?:,| and)? )*(?:effective|safe|good|great|powerful|proven|reliable|useful|"
    r"excellent|best|successful|gentle)\b)|"
    r"will (?:schedule|set up|design|tailor)\b|(?:are|is) left in\b|left in place\b|"
    r"(?:is|are) applied to (?:both )?the\b|(?:began|started) to (?:research|read|look)\b|"
    r"consulted\b|help you decide\b|what'?s worth (?:trying|a try)\b|will ask (?:about|you)\b|"
    # what a plan covers and costs, precautions, and what people try and why
    r"(?:never|do not|don'?t) (?:place|insert|put|use) (?:any )?needles (?:in|into|on|near)\b|"
    r"(?:try|tries|tried|turn to|turns to) (?:[\w-]+ ){0,2}(?:therapies|treatments|remedies|"
    r"approaches|options) (?:such as|like)\b(?![^.]*\b(?:finds?|found|relief|eases|eased|"
    r"improves|improved|helps|helped)\b)|"
    r"if you have (?:any )?questions\b|get in touch\b|contact us\b|keep in mind\b|"
    r"let'?s (?:keep|be|start|look|dive|take)\b|"
    r"made an appointment\b|"
    r"(?:lay|lie|lies|lying) (?:on|down|back)\b|turns? over\b|"
    r"as (?:the|a|each) needles? (?:goes|go) in\b|"
    # a plan, an aim or a hypothesis to be tested, and a question asked
    r"(?<!support the )(?<!supports the )(?<!supported the )(?<!confirm the )"
    r"(?<!confirms the )(?<!confirmed the )hypothes[ie]s\b"
    r"(?! (?:was|were|is) (?:confirmed|supported))|"
    r"we hypothesi[sz]e\w*|hypothesi[sz](?:es|ed)\b" + NO_FINDING_AFTER + r"|"
    r"^\W*subscribe\b|"
    # what a trial measured, not what it found: "Primary outcomes were pain intensity score and
    # proportion of responders, which researchers defined as ..."
    r"^\W*(?:the )?(?:primary|secondary|main) (?:outcomes?|end ?points?|outcome measures?) "
    r"(?:was|were|is|are|included)\b(?! that\b| an? (?:significant|large|clear|marked)\b)"
    + NO_FINDING_AFTER
    + r"|"
    r"(?:our|the|its|their) (?:overall |main |primary )?(?:goal|aim|objective)s? (?:is|are|was) to "
    r"(?:determine|assess|evaluate|test|compare|find out|examine|investigate|learn|see|explore|"
    r"discover|establish|understand)\b|"
    # ... a hope for a trial, and what a study set out to weigh ("This single-arm study
    # evaluated feasibility, safety, and initial efficacy")
    r"we hope (?:that )?(?:this|the|our) (?:trial|study|research|work)\b|"
    r"\b(?:this|the|our|a) (?:[\w-]+ ){0,3}(?:study|trial|review|analysis) (?:evaluated|assessed|"
    r"examined|investigated|explored|tested|looked at) (?:the )?(?:feasibility|safety|"
    r"acceptability|whether|if)\b" + NO_FINDING_AFTER + r"|"
    r"we will (?:conduct|enrol|enroll|recruit|randomi[sz]e|assess|evaluate|test|compare|"
    r"measure|examine|investigate|determine|explore|study|record|collect|monitor|analy[sz]e)\b|"
    r"will be (?:performed|measured|assessed|recorded|collected|analy[sz]ed|compared|"
    r"randomi[sz]ed|allocated|enrolled|followed)\b|power to detect\b|"
    r"will (?:[\w-]+ ){0,8}(?:in|than) the (?:[\w-]+ )?(?:group|arm)s?\b|"
    r"(?:proposed|planned|upcoming|ongoing|future) (?:study|trial|research|project|work)\b"
    + NO_FINDING_AFTER
    # ... or a trial still running: "a large sham-controlled trial ... is now under way and
    # could give a clearer answer"
    + r"|\b(?:trial|study|trials|studies)\b(?: [\w-]+){0,4} (?:is|are) (?:now |currently |still )?"
    r"(?:under ?way|ongoing|recruiting|in progress)\b"
    + NO_FINDING_AFTER
    + r"|(?:ask|asked|asks|asking) (?:\w+ ){0,2}(?:if|whether) (?:(?:starting|using|"
    r"having|getting|trying) )?(?:acupuncture|it|needling|this)\b"
    + NO_FINDING_AFTER
    + r"|(?:has|have|had) the potential to (?:identify|find|show|establish)\b"
    + NO_FINDING_AFTER
    + r"|(?:great deal of|growing|increasing|renewed) interest in\b"
    + NO_FINDING_AFTER
    + r")|"
    # what opens a sentence: an invitation, advice for a session, how a trial's arms were set
    r"^\W*(?:imagine\b|ask around\b|(?:describe|summari[sz]e|identify|outline|define)\b|"
    r"(?:explain|discuss)\b"
    + NO_RESULT_AFTER
    + r"|(?:in addition to|besides|apart from) (?:acupuncture|"
    r"needling)\b" + NO_RESULT_AFTER + r"|in (?:that|this|the|its) (?:tradition|system|view)\b|"
    r"(?:perhaps|maybe) you\b|learn more\b|"
    r"(?:the )?(?:participants|subjects|volunteers) (?:[\w-]+ ){0,4}will\b|"
    r"other (?:therapies|treatments|methods)\b|"
    r"(?:the )?effects? of (?:\w+ )?acupuncture on\b(?!.*[.!]\W*$)|"
    r"the insertion of\b" + NO_RESULT_AFTER + NO_PURPOSE_AFTER + r"|"
    r"(?:take|wear|bring|eat|avoid|arrive|drink|remember|plan|keep) (?:a|an|your|some|the|loose|"
    r"comfortable|light|plenty)\b|"
    r"(?:among|in|for) (?:\w+ ){0,3}(?:comparison|control|sham|placebo|usual[- ]care|"
    r"wait(?:ing)?[- ]?list) (?:group|arm)s?\b)|"
    # page furniture, offers, and the title of a paper
    r"^\s*(?:tags?|posted|filed under|share|categories)\b|\s\|\s.*\s\|\s|"
    r"(?<!\d)\d{1,15}\s*%\s*off\b|"
    # the title of a paper that states no result ("Acupuncture for CIPN: a pilot study")
    r"^"
    + NO_RESULT_IN_TITLE
    + r"[^:]{0,300}:\s*(?:an? |the |study )?(?:protocol for an? )?"
    + DESIGN
    + r"(?:review|meta-analysis|trial|study|protocol|report|series|analysis|survey)\b"
    r"(?: (?:of|in|and) (?:[\w,-]+ ){0,4}?(?:trials?|studies|rcts|patients|adults|survivors|"
    r"reviews?|meta-analys[ie]s|treatments|people|participants|cases)"
    r"(?: (?:by|from|with|among|at|across|in) (?:[\w,-]+ ){0,3}?[\w-]+)?)?(?=\W*$|\.\s)|"
    # a paper's title that opens on its design and states no result ("A systematic review of
    # acupuncture in chemotherapy-induced peripheral neuropathy")
    r"^\W*(?:an? |the )?"
    + DESIGN
    + r"(?:review|meta-analysis|trial|study|analysis) (?:of|on)\b"
    + NO_RESULT_IN_TITLE
    + NO_RESULT_AFTER
    + NO_FINDING_AFTER
    + r"(?![^.]*\b(?:suggest\w*|indicat\w*|conclud\w*|report\w*))|"
    # a paper's authors, then its title, stating no result ("Dunmore K, Iyer S. A randomized
    # trial of acupuncture for painful diabetic neuropathy.")
    r"^\W*(?:[a-z][a-z'-]* [a-z]{1,3}(?:\.,?|,) ){1,8}(?:et al\.,? )?"
    + NO_RESULT_IN_TITLE
    + r"(?:an? |the )?"
    + DESIGN
    + r"(?:review|meta-analysis|trial|study|analysis|report|survey)\b|"
    # where a paper was published: "J Pain. 2019;20(3):123-9."
    r"^\W*(?:(?:&|[a-z][a-z&]*)\.? ){0,6}\(?(?:19|20)\d\d(?: [a-z]{3}(?:-[a-z]{3})?)?\)?\s*;\s*\d|"
    # the fields of a trial's record that hold no result
    r"^\W*(?:(?:primary |secondary |main )?(?:aims?|objectives?)\s*:\s*to\b|"
    r"(?:primary |secondary |main )?hypothes[ie]s\s*:|(?:sample size|controls?|comparators?|"
    r"eligibility|inclusion criteria|exclusion criteria|sponsors?|masking|allocation|"
    r"secondary ids?)\s*:)|"
    r"^\W*(?:treatments?|interventions?|(?:materials and )?methods|key ?words|design|setting|"
    r"participants)\s*:" + NO_FINDING_AFTER + r"|"
    # a trial's title, its aim, what is still being studied, a page's plan and its makers' mission
    r"^\W*an? " + DESIGN + r"(?:study|trial) (?:of|on|to)\b(?=[^.!?,;]*$)"
    r"(?![^.]*\b(?:found|finds|showed|shows|reported)\b)" + VERDICT_AFTER + r"|"
    r"(?:^\W*to (?:investigate|evaluate|assess|determine|examine|explore|test|compare|study)"
    r"(?= (?:whether|if|how|the|its|their|acupuncture|electro-?acupuncture)\b)|"
    r"\b(?:researchers|we|investigators|scientists|the team) (?:are|were|will be|is) (?:now )?"
    r"(?:assessing|evaluating|testing|studying|investigating|examining|exploring|looking at))\b"
    + NO_FINDING_AFTER
    + r"|^\W*further (?:studies|research|trials|investigation)\b"
    r"(?=[^.]{0,200}\b(?:need\w*|required|warranted|will|would|should|must|could|might|may|planned|"
    r"under ?way|ongoing)\b)"
    r"(?![^.]*\b(?:found|finds|showed|shown|confirmed|proved|proven)\b)|"
    r"\bwe(?: a|')re (?:dedicated|committed) to\b"
    r"(?![^.]{0,200}(?:, and\b|\bbecause\b|\bseen\b|\bwatched\b))" + NO_FINDING_AFTER + r"|"
    r"(?:^|\b(?:the|our|this) )(?:purpose|aim|goal|objective) of (?:this|the|our) (?:[\w-]+ )?"
    r"(?:study|trial|research|review|article|post|paper|page) (?:is|was) to\b"
    + NO_FINDING_AFTER
    + r"|"
    # what a study will do or did look at, and a paper's title
    r"\b(?:(?:study|trial|project|research|findings) will (?:also )?(?:help )?(?:assess|evaluate|"
    r"test|compare|examine|determine|investigate|look at|identify|establish)|"
    r"\bit will (?:also )?(?:help )?(?:assess|evaluate|test|compare|examine|determine|investigate)|"
    r"(?:study|trial) (?:compares|is comparing)|(?:compared|compare|comparing) the effects? of|"
    r"(?:study|studies|trial|findings|results|research|project|work|data)\b[^.]{0,30}?"
    r"(?:may|might|could|will) contribute to|"
    r"(?:studies|research|trials|researchers) (?:have |has )?(?:also )?(?:frequently |often |"
    r"primarily |mainly )?(?:explored|examined|examines|investigated|looked at|evaluated|"
    r"assessed|focused on|focus(?:es)? on)|\bhow (?:acupuncture|it|needling) (?:stacks up|"
    r"compares)|"
    r"^\W*\(?(?:the )?(?:effects?|efficacy|effectiveness|efficacy and safety|safety and "
    r"efficacy) of (?:[\w-]+ ){0,3}(?:acupuncture|electro-?acupuncture)\b"
    r"(?![^.]*\b(?:was|were|is|are|be|been|can|could|may|might|will|would|has|have|had|often|"
    r"tends?|seems?|appears?|last|lasts|lasted|persisted|remained)\b))"
    + NO_FINDING_AFTER
    + VERDICT_AFTER
    + r"|"
    r"\blittle (?:remains|is) known\b|\b(?:theories|ideas|hypotheses) (?:for|about|of|on) how\b"
    + VERDICT_AFTER
    + r"|"
    r"\bwe (?:will|'ll|are going to) (?:discuss|cover|look at|explore|explain|talk about|"
    r"go over)\b|"
    # a benefit as an insurer's word ("Benefits depend on your plan", "Evidence of Coverage"),
    # a label a product is sold under ('packages sold as "nerve regeneration" programs'), and
    # a study told as the first to test something
    r"\bevidence of coverage\b|\bsummary of benefits\b|\bbenefits? (?:depend|var(?:y|ies)|"
    r"differ)\w* (?:on|by|from) (?:your |the |each |a )?(?:plan|policy|coverage|insurer|state|"
    r"contract|employer)\b|\b(?:sold|marketed|advertised|billed|branded) as [\"\u201c]|"
    r"\bthe first (?:(?!patients\b|people\b|participants\b)[\w-]+ ){0,5}?to (?:test|study|trial|"
    r"examine|evaluate|assess|look at)\b" + NO_FINDING_AFTER + r"|"
    # people told apart, not helped: "everyone responds differently to acupuncture"
    r"\brespon(?:d|ds|se|ses) (?:very |quite |so |a little |a bit )?differently\b)",
)
# What only tells how a study was run, what a plan costs, who advises what, or what a page is:
# no claim, unless a result follows it ("Patients who took part in the trial reported 40%
# less pain"). One guard after them all: written after each one, as NOT_A_CLAIM's older
# lines are, it made the patterns a third longer to compile.
DESCRIBED = pattern(
    r"\b(?:"
    r"(?:mixed|inconsistent|conflicting) (?:results|findings)|"
    # how a study graded its patients or chose its trials: "were categorized as 'recovered'",
    # "randomized controlled trials were included that reported a responder analysis"
    r"(?:were|was) (?:categori[sz]ed|classified|classed|graded|counted|labell?ed|defined) as\b|"
    r"(?:trials|studies|rcts|papers|reviews) (?:of (?:[\w-]+ ){1,2})?(?:were|was) (?:included|"
    r"eligible|selected|excluded|searched|screened) (?:that|if|when|which|where|for)\b|"
    r"(?:have|has) (?:mostly |mainly |largely )?(?:involved|included|enrolled|recruited)|"
    r"(?:taking|take|takes|took) part in (?:a|the|an|this) (?:[\w-]+ )?(?:study|trial)|"
    r"(?:was|were) in the (?:sham|placebo|control|comparison) (?:group|arm)|"
    r"(?:was|were|is|are) not involved in (?:the|this|that) (?:[\w-]+ )?(?:research|study|trial|"
    r"work)|"
    r"(?:being|been) (?:evaluated|studied|explored|investigated|tested)|"
    r"we (?:also )?looked at|(?:looked|look|looks) at (?:acupuncture|the evidence|the research|"
    r"whether|studies|trials)|"
    r"mentioned acupuncture|(?:is|are) (?:only )?covered (?:only )?(?:on|under|by|for)\b|"
    r"(?:is|are) not covered\b|(?:isn'?t|aren'?t) covered\b|(?:benefit|plan|policy) covers\b|"
    r"(?:i'?d|i would) suggest (?:agreeing|setting|asking|keeping)\b|^\W*(?:we|they|researchers|"
    r"the (?:team|researchers|"
    r"investigators)) "
    r"(?:are|is|were) (?:now )?planning\b|(?:were|was) (?:randomly )?assigned to|"
    r"(?:study|studies|studied|studying|investigate|investigates|explore|explores) how|"
    r"(?:enrolled|recruited|randomi[sz]ed|included) (?:about |some |over )?"
    r"[\d,]+ (?:people|patients|adults|participants|women|men|survivors|volunteers)|"
    r"(?:may|might|could|will|should) (?:finally |eventually |one day |at last )?(?:show|tell us|"
    r"reveal|answer|settle (?:the|this) (?:question|debate|matter))|"
    r"(?:i'?m|i am|we'?re|we are) (?:\w+ )?biased|"
    r"give it a (?:fair |proper |good |real )?(?:trial|try|go|chance)|(?:plans?|insurers?) cover|"
    r"costs? (?:about |around |roughly )?[$\u00a3\u20ac]\d|we spent (?:[\w,]+ ){1,3}(?:hours|days|"
    r"weeks|months)|"
    r"^\W*(?:in (?:this|today'?s) (?:episode|video|post|issue),? )?we (?:also )?(?:cover|discuss|"
    r"talk about|get into|dig into|unpack|go through|look into) what|"
    r"(?:'ve|have|has) (?:been )?treat(?:ed|ing) (?!(?:[\w-]+ ){0,3}successfully)"
    r"(?:[\w-]+ ){0,5}for (?:about |over |more than |"
    r"nearly |almost )?[\w-]+ years|"
    r"advis(?:e|es|ed) (?:anyone|everyone|patients|people|readers|you)|"
    r"in this (?:month'?s |week'?s )?(?:blog|post|article|issue|video|episode)|"
    # risks raised, plans and their costs, mechanisms proposed
    r"risks? of (?:[\w-]+ ){0,3}(?:goes up|go up|rises?|increases?|is higher)|"
    r"(?<!not )(?<!n't )(?:raises?|increases?) the risks? of|"
    r"deductible|co-?pays?|co-?insurance|out-of-network|in-network|(?:prior |pre-?)authori[sz]\w*|"
    r"covered at \d|precautions? apply|"
    r"proposed (?:explanations?|mechanisms?)|(?:explanations?|mechanisms?) (?:that )?(?:have "
    r"been|are|were) proposed|"
    # how a study was designed, and a call to see someone
    r"(?:was|were|is|are|being) compared (?:against|with|to)"
    r"(?![^.]*\b(?:significant\w*|greater|drop\w*|outperform\w*|beat|ahead)\b)|"
    r"to (?:determine|assess|evaluate|investigate|examine|test) (?:its |the |their )?(?:efficacy|"
    r"effectiveness|effects?|safety|whether|if)|"
    r"(?:review|meta-analysis|study|trial|paper) (?:identif(?:ies|ying|ied)|includ(?:es|ing|ed)|"
    r"examin(?:es|ing|ed)|assess(?:es|ing|ed)|evaluat(?:es|ing|ed)) (?:the )?(?:[\w-]+ ){0,3}"
    r"(?:trials|studies|papers|evidence|literature)" + VERDICT_AFTER + r"|"
    r"consider (?:consulting|speaking|talking|booking|scheduling|contacting|seeing|visiting) |"
    r"(?:patients|participants|people|subjects|women|men) (?:who [^.]{0,60})?(?:will|would) "
    r"(?:receive|be given|be offered|be randomi[sz]ed|be assigned|get (?:real|sham|true|placebo|"
    r"acupuncture|electroacupuncture|needling|either))|"
    r"(?:(?:basis|premise|principle|idea|theory) (?:of|behind) (?:acupuncture|tcm|chinese "
    r"medicine) is|(?:founded|based|built|rests?) on the (?:belief|idea|concept|principle|theory|"
    r"notion)s?)"
    r"(?! (?:that )?(?:acupuncture|electro-?acupuncture|needling|it) (?:can |could |will |may |"
    r"does )?(?:help|eas|reliev|restor|regenerat|repair|revers|heal|improv|reduc)\w*)|"
    r"(?:points|needles) (?:were|are) (?:selected|chosen|retained|left in)"
    r"(?![^.]*\b(?:after|since) (?:the |each |a )?(?:treatments?|sessions?|course)\b)|"
    r"(?:study|trial|audit) (?:was|is) an? (?:[\w-]+ ){0,3}(?:evaluation|audit|analysis|survey)|"
    r"(?:grown in (?:acceptance|popularity)|gaining (?:traction|popularity|acceptance|ground)|"
    # "has gained increasing attention as a therapy for managing neuropathy" (not "... as a
    # therapy that can regenerate nerves", "... for its ability to")
    r"(?:gain(?:ed|ing|s)?|attract(?:ed|ing|s)?) (?:(?:increasing|growing|more|much|"
    r"considerable|significant|wide|widespread|renewed) )?(?:attention|interest) as an? "
    r"(?:[\w-]+ ){0,2}?(?:therapy|treatment|option|approach|alternative)\b"
    r"(?![^.]*\b(?:that|which|can|could|to|thanks|ability)\b))"
    r"(?![^.]*\b(?:effective|because|relie\w*|lessen\w*|works?|helps?)\b)|"
    r"(?:medicare|medicaid)\b(?=[^.]{0,200}\b(?:cover\w*|pays?|paid|reimburs\w*|benefits?|plans?|"
    r"advantage|part [abcd]|eligible|enrol\w*)\b)|"
    r"(?:(?:might|may|will|would|does|do|doesn'?t|don'?t|to|not) cover|covering) "
    r"(?:acupuncture|it|the costs?|treatments?|sessions)"
    r")\b" + NO_RESULT_AFTER + NO_FINDING_AFTER
)
# What the condition is and does, said without acupuncture: no claim about it.
CONDITION = pattern(
    r"^\W*symptoms of [\w ]{1,30}:|"
    r"\b(?:"
    r"(?:can|may|often|usually) (?:cause|affect|lead|start|damage|injure)\w*|causes?\b|"
    r"affect(?:s|ing)?\b|"
    r"(?:can|may|might|often|usually) (?:feel|become|get|go|turn) (?:very |quite )?(?:numb|tingly|"
    r"weak|painful|sore|cold|clumsy)\b|"
    r"can be (?:very |quite |extremely )?debilitating\b|have (?:no )?(?:signs|symptoms) of\b|"
    r"(?:is|are) (?:often |usually )?associated with\b|(?:is|are) (?:the )?(?:most common|"
    r"commonest) (?:[\w-]+ ){0,2}(?:complication|cause|type|form|kind)s?\b|"
    r"left (?:uncontrolled|untreated)\b|"
    r"an? complication of\b|shows up as\b|present with\b|"
    r"(?:is|are) a (?:common|frequent|serious|major|well-known|dose-limiting) (?:[\w-]+ )?"
    r"(?:complication|side effect|adverse effect)s?\b|"
    r"is (?:damage|a condition|when)\b|happens when\b|range from\b|"
    r"(?:\w*neuropath\w*|cipn|dpn) means\b|slow to heal\b|"
    r"(?:people|patients) (?:also |often |may |can |might )?(?:have|develop) "
    r"(?:(?!(?:less|fewer|more|better|no|reduced|lower|improved|relief|reported|noticed|seen|"
    r"felt|had)\b)[\w-]+ )?"
    r"(?:numbness|tingling|weakness|cramps|pain|burning|problems|trouble|difficulty|symptoms)\b|"
    r"left (?:me|her|him|my|his|their|your)\b|"
    # one's own symptoms told as they are: "I've had diabetic neuropathy for nine years", "my
    # feet are still numb and tingly"
    r"(?:i|he|she|we|they)(?:'ve|'d| have| has| had)? (?:had|been living with) (?:[\w-]+ ){0,3}?"
    r"(?:neuropathy|numbness|tingling)\b(?! (?:eased|improved|went|is gone|has gone)\b)|"
    r"(?:are|is|was|were|feel|feels|felt) still (?:very |so |quite )?(?:numb|tingly|burning|"
    r"painful|sore|cold|weak)\b|"
    r"used to (?:wake|keep|stop|make)\b(?![^.]*\b(?:but now|now (?:they|it|i|she|he)|no longer|"
    r"any ?more)\b)|"
    r"(?:after|once|when) (?:the )?(?:chemo\w*|treatment|cancer treatment) (?:ends|is over|"
    r"finishes|stops)\b|(?:improves?|improved|gets? better|got better|resolves?|resolved|goes "
    r"away|went away|heals?|healed|recovers?|recovered|settles?|settled)\b[^.]{0,20}\bon (?:its|"
    r"their) own\b|"
    r"leaves? (?:people|patients|you|me|many|them|her|him)\b|"
    r"find it (?:difficult|hard)\b|struggle to\b|"
    r"(?:difficult|hard|harder|notoriously \w+) to treat\b|"
    r"fail(?:s|ed)? to (?:provide|give|help|relieve|work)\b|"
    r"suffer(?:s|ed|ing)? from\b|caused by\b|caused (?:(?:his|her|their|my|your|the) )?"
    r"(?:peripheral |diabetic )?(?:neuropathy|nerve damage)\b|causing\b|left with\b|estimated\b|"
    r"results? from\b|eventually develop\w*|common symptoms\b|"
    r"experience (?:these|this|the|such)\b|(?:patients|people|adults) develop\b|"
    r"(?:you|patients|people) (?:might|may) (?:feel|notice|experience)\b|"
    r"centers? for disease control\b|cdc\b|"
    r"(?:common|frequent|known) (?:side[- ]effects?|complications?) (?:of|from)\b|"
    r"(?:almost |nearly )?impossible to\b|difficult(?:y|ies)\b|"
    r"like wearing (?:gloves|socks|stockings)\b|(?:stocking|glove)s?[- ](?:and|&)[- ](?:glove|"
    r"stocking)s?\b|"
    r"hard to (?:walk|stand|balance|grip|sleep)\b|(?:can|may|might|often|it) feels? like\b|"
    r"no (?:known |effective |proven |good )?(?:treatments?|cures?|therap(?:y|ies)|medicines?|"
    r"drugs?)\b|"
    r"(?:symptoms?|signs?|condition|causes?|this|which|\w*neuropath\w*)(?: of(?: \w+){1,3})? "
    r"(?:often |usually |can |may )?(?:includes?|involves?)\b|manifests?\b|"
    r"(?:will|who|to|may) develop\b|withstand\b|"
    r"one of the most common\b|getting (?:worse|unbearable)\b|"
    r"(?:is|are) an? (?:common|frequent|well-known) (?:[\w-]+ ){0,2}side effects?\b|"
    r"(?:and|were|was|got|grew|became|is|are) (?:even |much )?worse\b|"
    r"side[- ]effects? (?:of|from) (?:cancer |the |their |your )?(?:chemo\w*|drugs?|medications?|"
    r"medicines?|treatments?|cancer treatments?)\b|"
    r"experience (?:cipn|neuropathy|nerve|numbness|tingling|pain)\b|"
    r"diagnos\w*"
    r")",
)
# Who or what the sentence credits: acupuncture named, a pronoun standing for it, or a
# speaker telling what happened to them.
ATTRIBUTED = pattern(r"\b(?:it|this|they|these|i|my|me|we|our|us|you|your|patients?|people)\b")
# The condition's course untreated ("if not treated, pain will begin"), or the condition
# told by what characterises it: facts about it, read so only where no "it" or acupuncture is
# named ("if not treated, it spreads" may tell what acupuncture stops)
COURSE = pattern(
    r"\bif (?:left |they are )?(?:not |un)treated\b|"
    r"\b(?:condition|disorder|disease|syndrome)s? (?:that is |which is )?characteri[sz]ed by\b"
)
# A condition set first ("If nothing has changed by then..."): advice or a hypothesis, a
# claim only when acupuncture is named in it.
CONDITIONAL = pattern(
    r"\A\W*(?:if|unless|should you|in case)\b|"
    # a symptom's course as the condition of what follows: "when the tingling improves after
    # chemotherapy ends, ..."
    r"\A\W*(?:when|whenever|once|as soon as|until) (?:the|your|their|his|her|my) (?:[\w-]+ ){0,2}?"
    r"(?:symptoms?|pain|tingling|numbness|burning|nerves?)\b[^,;.]{0,20}?\b(?:improves?|eases?|"
    r"fades?|settles?|recovers?|heals?|lifts?|goes away|resolves?)\b"
)
# A title that asks how or why, without a question mark; but not one that tells how
# acupuncture helps ("How Acupuncture Can Ease Nerve Pain"): that takes the help as given.
TITLE_QUESTION = pattern(
    r"^\s*(?:how\b(?! (?!(?:many|much|long|often|far|does|do|did|can|could|is|are|was|were|"
    r"will|would|should|to)\b)(?:[\w-]+ ){0,2}?(?:acupuncture|electro-?acupuncture|needling)"
    r"(?: treatment| therapy)? (?:(?:can|could|may|might|will) )?(?!(?:works?|for|and)\b)[a-z]+)|"
    r"why\b(?! (?:[\w-]+ ){0,2}?(?:acupuncture|electro-?acupuncture|needling) (?:(?:can|could|may|"
    r"might) (?!not\b|seem|feel|appear|look)[a-z]+|works?|helps?|eases?)\b)|"
    r"what|when|can|does|do|is|are|will)\b"
)
CHEMO = pattern(
    r"\b(?:chemo\w*|cancer|oncolog\w*|paclitaxel|oxaliplatin|taxanes?|docetaxel|"
    r"bortezomib|vincristine|cipn|tumou?rs?)\b",
)
# A kind of neuropathy that is neither chemotherapy's nor diabetes' ("HIV-related neuropathy").
OTHER_NEUROPATHY = pattern(
    r"\b(?:hiv|aids|b12|alcohol\w*|idiopathic|lyme|shingles|hereditary|carpal tunnel|sciatica|"
    r"autoimmune|guillain)\b"
)
OTHER_CAUSES = pattern(
    r"\bneuropath\w* (?:[\w-]+ ){0,2}?(?:of|from) (?:all |many |other |various |different )+"
    r"causes\b"
)
# Pain of every kind, not the article's neuropathy's: "relieve many different kinds of pain".
PAIN_OF_ALL_KINDS = pattern(
    r"\b(?:all|many|various|several|numerous|different|other) (?:different |other )?"
    r"(?:kinds|types|sorts|forms) of (?:\w+ )?pain\b|"
    r"\bpain of (?:all|many|every) (?:kinds?|types?|sorts?)\b"
)
DIABETES = pattern(r"\b(?:diabet\w*|blood sugar|glucose|dpn)\b")
# What a sentence must speak of to make these claims, whatever its words share with them
# otherwise (see claims.SPOKEN_OF): pain of any kind; the body's
# chemistry; nerves mended; nerves or the flow to them stirred; the body's own healing and
# balance; safety or harm, in any of the words side effects are told in. A test holds every
# phrasing of each claim to its words.
_PAINFUL = rf"{_PAIN}|stabbing|shooting|throbbing|electric|sting\w*|neuralgi\w*|analgesi\w*"
PAINFUL = pattern(rf"\b(?:{_PAINFUL})\b")
# ... and the guideline's claim about chemotherapy's neuropathy names its pain, discomfort or
# relief, or acupuncture as an option or guideline offers it ("improvements over usual care"
# are its symptoms)
CIPN_PAIN_SAID = pattern(
    rf"\b(?:{_PAINFUL}|"
    r"relie\w*|discomfort|agon\w*|torment\w*|options?|considered|guidelines?|societ(?:y|ies)|"
    r"asco|esmo|nccn|mascc|recommend\w*|"
    r"(?:be|is|are|been) offered)\b"
)
SAFE_OR_HARMFUL = pattern(
    rf"\b(?:{_SAFETY}|sore\w*|dizz\w*|drows\w*|faint\w*|bleed\w*|"
    r"tired\w*|hurt\w*|pain at|lung|pneumothorax|punctur\w*|"
    r"(?<!due to )(?<!by )(?<!from )infect\w*|danger\w*|died|deaths?|"
    r"fatal\w*|injur\w*|nausea|rare|uncommon|minor|mild|events?|reactions?|"
    r"problems?|nil|low[- ]risk|no-risk|risk-free|red marks?|worse|(?<!pain-)(?<!pain )kill\w*|"
    r"(?:gone|goes|go) wrong|"
    # nerve damage as a harm of needling, not the neuropathy a page is about
    r"(?:cause|causes|causing|caused(?! by)|risks? of|lead to|leads to|result in) "
    r"(?:[\w-]+ ){0,2}?nerve damage|"
    r"nerve (?:damage|injur\w*) (?:from|by|caused by|due to) (?:the |an |a )?(?:needl\w*|"
    r"acupuncture))\b"
)
# The body's own painkillers.
_PAINKILLERS = r"endorphin\w*|enkephalin\w*|opioid\w*|painkill\w*"
CHEMISTRY = pattern(
    rf"\b(?:{_PAINKILLERS}|chemical\w*|"
    r"neuro(?:chemical|transmitter|peptide|hormone)s?|hormon\w*|serotonin|dopamine|\w*adrenaline|"
    r"\w*epinephrine|secret\w*|releas\w*|cortisol|oxytocin|adenosine|morphine|from within)\b"
)
# The body's own painkillers released: what no condition does, so a sentence telling of it
# ("it causes the body to release natural painkillers such as endorphins") tells of the
# treatment, whatever it causes or leads to.
OWN_PAINKILLERS = pattern(
    r"^(?![^.;]*\b(?:fewer|less|lower|blunt\w*|affects?|affected|impair\w*|deplet\w*|"
    r"stress|laughter|exercise)\b)[^.;]*?(?:\brelease\w*\b[^.;]{0,60}\b(?:"
    + _PAINKILLERS
    + r"|pain-?(?:killing|relieving) (?:chemicals?|substances?|hormones?))|\b(?:"
    + _PAINKILLERS
    + r")\b[^.;]{0,30}\breleas\w*)"
)
# What the claim that acupuncture keeps chemotherapy's neuropathy away speaks of: keeping
# something from happening, its risk or onset, acupuncture timed with chemotherapy. Not the
# prevention of an infection or a bruise, nor of nerve cells dying or degenerating, which is
# the claim about mending nerves.
PREVENTION = pattern(
    r"\b(?:(?<!infection )(?<!wound )(?:prevent\w*|protect\w*|avoid\w*)(?! (?:them|it|nerves?|"
    r"nerve fib(?:re|er)s|cells) from dying)(?! (?:[\w-]+ ){0,4}?(?:infections?|bruis\w*|bleed\w*|"
    r"complications?|degenerat\w*|death|apoptosis|(?<!nerve )damage from occurring)\b)|"
    r"risk\w*|chances?|odds|onset|prophyla\w*|"
    r"(?:before|during|alongside|throughout|while (?:on|having|getting|receiving)) (?:[\w']+ )?"
    r"(?:chemo\w*|treatment|infusions?|cycles?|taxol|taxanes?|it (?:starts|sets in|begins))|"
    r"(?:develop\w*|starting|sets? in|takes? hold)|(?:head|ward)(?:s|ed|ing)? off|"
    r"before (?:it|they|that|any) (?:\w+ )?(?:happens?|starts?|begins?)|"
    r"(?:getting|becoming|get|become) (?:so |any |too )?(?:bad|worse))\b"
)
# How an effect is said to come about, when that is Chinese medicine's energy: "by fixing the
# imbalance of Qi in the body".
BY_MEANS = pattern(
    r"\b(?:by|through) (?:[\w'-]+ ){0,6}?(?:qi|chi|energy|meridians?|yin|yang)\b[^.;,]{0,60}"
)
# The life force of acupuncture's theory, and the nervous system itself.
LIFE_FORCE = pattern(r"\b(?:qi|chi|energy|meridians?|yin|yang|life force)\b")
NERVOUS = pattern(r"\b(?:nerves?|nervous|neur\w*|brain|spinal|signal\w*|impulses?)\b")
REPAIR = pattern(
    r"\b(?:regenerat\w*|repair\w*|restor\w*|regrow\w*|heal\w*|damage\w*|rebuild\w*|revers\w*|"
    r"renew\w*|nerve growth|fib(?:re|er)s?|mend\w*|fix\w*|recover\w*|reviv\w*|injur\w*|"
    r"cur(?:e|es|ed|ing)|grow\w* back|axons?|axonal|myelin\w*|new nerves?|root cause|"
    r"health(?:y|ier) nerves?|degenerat\w*|apoptosis|death of (?:the )?(?:nerve )?cells|"
    r"back to life)\b"
)
# What the claim about nerve conduction needs a sentence to speak of: the nerves' signals,
# their speed, or the tests that measure them ("dexterity improved" and "function scores
# rose" are about symptoms, not conduction).
CONDUCTION = pattern(
    r"\b(?:conduct\w*|velocit\w*|ncv|ncs|emg|electro(?:physiolog|myograph|diagnos)\w*|"
    r"amplitudes?|latenc\w*|nerve[- ](?:speed|impulses?|function|tests?|studies|study|messages)|"
    r"action potentials?|transmission|(?:carry|carries|carried) (?:[\w-]+ )?messages|"
    r"messages? (?:travel|move|pass)\w*|"
    r"nerves?\b[^.;]{0,25}\bsignal\w*|signals?\b[^.;]{0,25}\bnerves?|"
    r"(?:fast|faster|quick\w*|slow\w*|speed\w*) signals?|signals? (?:travel|speed)\w*|"
    r"(?:speed\w*|sluggish)\b[^.;]{0,20}\bnerves?|"
    r"schr(?:ö|o|oe)der)\b"
)
# Nerves stirred, or the flow to them; the claim about stirring them may also name them
# ("nerves", "response"), but "nerve pain" names them without stirring them.
_STIRRING = (
    r"stimulat\w*|nervous|brain|spinal|signal\w*|activat\w*|circulat\w*|blood|flow\w*|"
    r"trigger\w*|wak\w*|fir(?:e|es|ing)|excit\w*"
)
# What the claim that acupuncture stirs the nervous system speaks of: the nerves, brain or
# spinal cord, their signals, the blood that feeds them; not only a stimulation, which may be
# the points' or the muscles' ("needles used to stimulate pressure points", "electrical
# stimulation through the needles": how it is done).
NERVES = pattern(
    r"\b(?:nerv\w*|brain\w*|spinal|neuro(?!path)\w*|fib(?:re|er)s?|axons?|dorsal|synap\w*|"
    r"signal\w*|receptors?|(?:para)?sympathetic|pathways?|cortex|hypothalam\w*|pituitary|"
    r"somatosensory|vag(?:us|al)|\w*circulat\w*|blood|oxygen\w*|"
    r"nourish\w*|wak\w*|fir(?:e|es|ing)|excit\w*|respon(?:se|ses|ds?|ded|ding)?)\b"
)
STIRRED = pattern(rf"\b(?:{_STIRRING}|rous\w*|switch\w* on)\b")
# Nights slept through, which in neuropathy is pain let go; and calm of the mind, which is not.
NIGHTS = pattern(r"\b(?:sleep|sleeps|sleeping|slept) through (?:the|most|the whole) nights?\b")
_MOOD = r"calm\w*|relax\w*|stress\w*|anxi\w*|mood|peaceful|rested|well-?being"
MOOD = pattern(rf"\b(?:{_MOOD}|insomnia)\b")
# Feeling calmer, sleeping, the mood: what a testimony of wellbeing tells of.
CALM = pattern(rf"\b(?:{_MOOD}|sleep\w*|slept|energy|energi[sz]ed)\b")
WELLBEING = pattern(
    r"\b(?:natur\w*|heal\w*|energ\w*|qi|balanc\w*|well-?being|wellness|holistic|stress\w*|"
    r"relax\w*|immun\w*|calm\w*|mood\w*|vital\w*|quality of life|sleep\w*|harmon\w*|whole|"
    r"body|bodies|mind|spirit\w*|flow\w*|anxi\w*|depress\w*|yin|yang|happ\w*|peace\w*|"
    r"tension|unwind\w*|recharg\w*|refresh\w*|renew\w*|lighter|meridians?|blockages?)\b"
)
# A title quoted whole, as a reference list gives it: '"Effect of acupuncture on nerve
# conduction in type 2 diabetes".', opening on its topic, with no stop of its own inside the
# quotes and no one speaking in it (a pull-quote says "my feet", "Acupuncture stopped ...").
QUOTED_TITLE = pattern(
    r"^\s*[\"\u201c](?![^\"\u201c\u201d]*\b(?:i|my|me|we|our|you|your)\b)"
    r"(?=(?:the |an? )?(?:effects?|efficacy|effectiveness|role|use|safety|guidelines?|"
    r"evaluation|assessment|review|comparison|prevention|management|treatment|"
    r"(?:[\w-]+ ){0,2}?acupuncture (?:for|in|versus|vs)\b)"
    r"(?: of| on| for| in|\b))"
    r"[^\"\u201c\u201d]{3,300}(?<![.!?,])[\"\u201d]\W*$"
)
# A title that only names its topic ("Acupuncture for chemotherapy-induced neuropathy."), with
# no verb: it holds a claim's words, not the claim.
TOPIC_TITLE = pattern(
    r"^\W*(?:\w[\w-]* ){0,3}?(?:acupuncture|electro-?acupuncture|needling)"
    r"(?: treatments?| therapy)? (?:for|in|and|as|versus|vs\.?|to treat|during)\b"
    r"(?!.*\b(?:is|are|was|were|has|have|had|can|could|may|might|will|would|does|do|did|helps?|"
    r"works?)\b)"
)
# A title that names what a trial sets out to do, not what acupuncture does: a trial's name
# ("Acupuncture to Reduce Chemotherapy-induced Peripheral Neuropathy Severity ... in Breast
# Cancer Patients: A Pilot Study", "Acupuncture for Preventing Progression of ... (ACP)"; a
# page's "Acupuncture to Reduce Cancer Related Pain" may well promise it) or a study's title
# ("Effect of Acupuncture vs Sham Procedure on ... Symptoms: A Randomized Clinical Trial").
# Read only where there is no full stop; a verb after it makes a sentence ("The effects of
# acupuncture lasted ...").
_NO_VERDICT_IN_TITLE = (
    r"^(?!.*\b(?:is|are|was|were|has|have|had|can|could|may|might|will|would|lasts?|lasted|shows?|"
    r"showed|found|finds?|proves?|proved|proven|suggests?|suggested|helps|helped|works?|worked|"
    r"improves|improved|reduces|reduced|eases|eased|relieves|relieved|cuts|halves|halved|beats|"
    r"brings|better|effective|promis\w*|succe\w*|benefits?|our|we|you|your)\b)"
)
NO_VERDICT = pattern(_NO_VERDICT_IN_TITLE)
PURPOSE_TITLE = pattern(
    _NO_VERDICT_IN_TITLE
    + r"(?:^\W*(?:\w[\w-]* ){0,2}?(?:acupuncture|electro-?acupuncture|needling)"
    r"(?: treatments?| therapy)? (?:to (?:reduce|prevent|treat|improve|manage|relieve|ease|"
    r"alleviate|lessen|decrease)|"
    r"for (?:reducing|preventing|treating|improving|managing|relieving|easing|alleviating))\b"
    r"[^.]{0,200}?(?:\b(?:patients|survivors|participants)\b|: (?:an?|the) (?:[\w-]+ ){0,3}"
    r"(?:trial|study|review)\b|\((?=[^)]*[a-z])[a-z0-9-]{2,10}\)(?:\W*$|: (?:a )?(?:study )?"
    r"protocol\b)|\bstudy protocol\b|\brandomi[sz]ed\b)|"
    r"^\W*(?:the )?(?:effects?|efficacy|effectiveness|feasibility)(?: and (?:safety|efficacy|"
    r"effectiveness|feasibility|tolerability))? of\b[^.]{0,200}?(?:\b(?:vs\.?|versus|compared "
    r"(?:with|to))\b|: (?:an?|the) (?:[\w-]+ ){0,3}(?:trial|study|review|analysis)\b))"
)
# Neuropathy kept from starting or growing severe while chemotherapy goes on ("fewer cases of
# severe neuropathy", "less likely to develop", "stopped the damage before it started",
# acupuncture "started with the first cycle"): what the claim that it prevents it says.
PREVENTED = pattern_at_words(
    r"\b(?:(?:lower (?:rates?|risk|incidence)|halved the (?:rate|risk|incidence)|reduc\w* the "
    r"(?:rate|risk|incidence)) of (?:[\w-]+ ){0,3}?(?:neuropathy|cipn|cases|developing)|"
    r"(?:fewer|less likely)\b[^.;]{0,60}?\b(?:develop\w*|cases?|dose (?:reductions?|delays?)|"
    r"doses? (?:[\w-]+ )?(?:reduced|delayed|lowered))|"
    r"(?:stop|stopped|head(?:ed)? off|ward(?:ed)? off) (?:the )?(?:damage|it|neuropathy) before|"
    r"before (?:it|the damage|neuropathy) (?:started|starts|sets in|set in|began|begins)|"
    r"(?:(?:begin|began|begins|start|started|starts|starting|given|giving|had|have|having) "
    r"(?:[\w-]+ ){0,1}?(?:(?:electro-?)?acupuncture|needling)|(?:(?:electro-?)?acupuncture|"
    r"needling) (?:[\w-]+ ){0,2}?(?:begun|began|started|starts|given)) (?:[\w-]+ ){0,3}?"
    r"(?:early in|with the first|at the same time as|alongside|during) (?:[\w-]+ ){0,2}?"
    r"(?:chemo\w*|paclitaxel|taxanes?|taxol|infusions?|cycles?)|"
    r"(?:(?:electro-?)?acupuncture|needling|sessions?) (?:(?:every|each|once a) week )?(?:during|"
    r"alongside|"
    r"throughout) (?:[\w-]+ ){0,2}?(?:chemo\w*|paclitaxel|taxanes?|taxol|infusions?|cycles?))\b"
)
# A "before" or a denial just ahead of it: "before any numbness or tingling has developed" is
# prevention, and so is "did not ease symptoms that had already developed, but cut new cases".
BEFORE_IT = pattern(r"\b(?:before|not|n't|never)\b[^.;]{0,30}$")
# ... and neuropathy already there when acupuncture comes ("neuropathy that has already
# developed", "once symptoms have developed", "established CIPN").
DEVELOPED = pattern_at_words(
    r"(?<!before )(?<!before the )(?<!before any )\b(?:neuropathy|symptoms?|cipn|numbness|"
    r"tingling|pain|burning|damage)(?: (?:that|which))? (?:has|have|had) (?:already )?(?:developed|"
    r"appeared|set in|crept|begun)\b|"
    r"\b(?:neuropathy|symptoms?|cipn|numbness|tingling|pain|burning)\b[^.;]{0,30}?\b(?:that|which) "
    r"(?:had |has )?(?:already )?(?:developed|began|begun|started|appeared|crept|set in)\b|"
    r"\b(?:neuropathy|symptoms) (?:developed|began|started|appeared) (?:during|after|while)\b|"
    r"\balready developed\b|\bonce (?:the )?(?:symptoms|neuropathy|it) (?:has |have )?"
    r"(?:developed|appeared|set in)\b|\bestablished (?:cipn|neuropathy)\b"
)
# What a description goes on to call acupuncture: "people are turning to acupuncture for a
# natural and effective approach to managing nerve pain" claims it works.
CALLED_EFFECTIVE = pattern(
    r"\A\W*for (?:a |an )?(?:[\w-]+,? (?:and )?){0,3}?(?:effective|proven|reliable|powerful) "
    r"(?:approach|way|option|treatment|therapy|solution|method|relief)\b"
)
# A page's plan that takes the benefit as given: "keep reading to learn how acupuncture can
# help relieve neuropathic pain", "this article discusses the benefits of treating it with
# acupuncture", "we'll examine the research supporting its efficacy" (not "whether it helps",
# nor "how it works").
PRESUPPOSED = pattern(
    r"\b(?:learn|explore|explain|discuss|show|see|find out|discover|look at) how (?:[\w-]+ ){0,3}?"
    r"(?:acupuncture|electro-?acupuncture|needling) (?:can |may |could |might |will |really )?"
    r"(?:help\w*|eas(?:e|es)|reliev\w*|reduc\w*|restor\w*|repair\w*|heal\w*|improv\w*|"
    r"promot\w*|calm\w*|stands? as)\b|"
    r"\b(?:discuss\w*|explor\w*|examin\w*|describ\w*|review\w*|outlin\w*|cover\w*) the "
    r"(?:many |potential |proven )?benefits of\b[^.]{0,40}\b(?:acupuncture|needling)\b|"
    r"\bresearch supporting (?:its|acupuncture'?s?) (?:efficacy|effectiveness|benefits?|use)\b|"
    r"\bby which (?:acupuncture|needling|it) (?:promotes|helps|aids|speeds|supports) "
    r"(?:healing|recovery|repair|regeneration)\b"
)
# ... unless it is what a study plans to find out ("A new trial will look at how acupuncture can
# help", "Researchers hope to learn how it might help").
PLANNED = pattern(
    r"\b(?:trials?|study|studies|research|researchers|scientists|project|team)\b[^.;]{0,40}?\b"
    r"(?:will|aims?|aimed|hopes?|hoped|plans?|planned|seeks?|is designed|are designed)\b|"
    r"\b(?:hope|hopes|hoping|aim|aims|aiming|plan|plans|planning) to (?:learn|find out|show|see|"
    r"discover|understand)\b"
)
# A page title's last part, after a bar: the site or author ("... Does It Work? | Dr Kai Brennan").
SITE_NAME = pattern(r"\s\|\s[^|?]*\Z")
# Curly apostrophes as straight ones, so that every pattern reads a typeset "doesn't" too.
STRAIGHT = str.maketrans("\u2019\u2018\u00b4`", "'" * 4)
# A short name an article gives acupuncture: "electroacupuncture (EA)", "auricular acupuncture
# (AA)"; two to four letters, none of them a word the article might use otherwise.
SHORT_NAME = pattern_at_words(
    r"(?<!sham )(?<!minimal )(?<!placebo )(?<!fake )(?<!simulated )(?<!superficial )"
    r"\b(?P<name>(?:electro-?|manual |auricular |ear |body |real |true |verum )?acupuncture)"
    r"\s*\((?P<short>(?!(?:or|and|the|for|it|is|in|on|an|at|as|to|of|by|a|tcm)\))[a-z]{2,4})\)"
)
# What a sentence is read without: a video transcript's timestamps between its words ("is not
# going to 3:44 regrow"), and an encyclopedia's reference marks, which part a clause from its
# comma ("after acupuncture,[44] although").
NOT_READ = pattern(
    r"(?<=\s)\d{1,2}:\d\d(?::\d\d)?\s+(?=\S)|\[\d{1,3}(?:\s*[,\u2013-]\s*\d{1,3})*\]|"
    # ... and emoji, which say nothing the patterns read ("regenerate. \U0001f92f"), with the
    # space before them, read from where that space starts (linear over a run of spaces)
    r"(?<!\s)\s*+[\U0001f000-\U0001f6aa\U0001f6ac-\U0001faff\u2600-\u2715\u2719-\u274b\u274d-\u27bf"
    r"\ufe0f\u200d]+"
)
# A claim marked as a myth: "\u274c Acupuncture regrows damaged nerves.", "Myth: ..."
MARKED_FALSE = pattern(r"\A\W{0,3}(?:[\u274c\u2716\u2717\u2718\U0001f6ab]|myth\s*[:\u2013\u2014-])")
# How a sentence ends, when it is not a heading or a list line.
# A short line that names a kind of neuropathy but puts no section under it: a kind set aside
# ("Not just for cancer patients", "When it isn't diabetes"), or a caption, a related link, a
# reviewer or a signature ("Jim R., type 2 diabetic", "Type 2 diabetic since 2009").
NOT_A_SECTION = pattern(
    r"\b(?:not|non|beyond|besides|except|other than|isn'?t|aren'?t|without|since \d{4})\b|"
    r"^\W*(?:related|photo|image|picture|caption|credit|read more|see also|more on|"
    r"(?:medically |clinically )?reviewed by|written by|by)\b|"
    r"^\W*[a-z]+ [a-z]\.,"
)
FULL_STOP = pattern(
    "[.!:;\u2026][\"'\u201d\u2019)\\]]*\\s*$|"
    "[.!?\u2026][\"'\u201d\u2019]+\\s*[-\u2013\u2014]\\s*[^!?:;\u2013\u2014-]{1,40}$|"
    # a quote, then who said it in brackets: 'It took the edge off." (user OldSarge)'
    "[.!?\u2026][\"'\u201d\u2019]+\\s*\\([^()]{1,40}\\)\\s*$"
)
# A claim sentence that itself says the evidence for it is limited, unsettled or not yet
# confirmed ("... looks promising, but more research is needed"): its verdict is the
# evidence's, and the page says the sentence grants as much.
HEDGED = pattern(
    r"\b(?:(?:more|further|larger|bigger|better|more rigorous|high[- ]quality|well[- ]designed|"
    r"longer|additional) (?:[\w-]+ ){0,2}?(?:research|studies|trials|evidence|data|work)"
    r"(?: \w+){0,3}? (?:is|are|will be|would be|remain|remains) (?:still |urgently |clearly )?"
    r"(?:needed|required|necessary|warranted|called for)(?! to (?:explain|understand|show how|"
    r"find out how|learn how|work out how))|"
    r"need(?:s|ed)? (?:for )?(?:more|further|larger|bigger|better|additional) (?:[\w-]+ ){0,2}?"
    r"(?:research|studies|trials|evidence|data)|"
    r"(?:larger|bigger|further|more|future|additional) (?:[\w-]+ ){0,2}?(?:trials|studies|"
    r"research) (?:must|should|need to|will need to|are needed to|would need to) "
    r"(?:confirm|verify|establish|prove|replicate)|"
    # "the evidence is still limited", "research on acupuncture for nerve pain is mixed"
    r"(?:evidence|research|results|findings|data)\b(?: [\w-]+){0,8}? (?:is|are|remains|remain|"
    r"was|were|has been|have been) (?:still |very |rather |quite |somewhat |fairly )?(?:limited|"
    r"thin(?:ner)?|weak(?:er)?|mixed|sparse|scant|scarce|inconclusive|uncertain|unclear|"
    r"preliminary|conflicting|inconsistent|low[- ]quality|disputed|not (?:yet )?(?:conclusive|"
    r"strong|clear|definitive|convincing))\b|"
    r"(?:is|was) (?:insufficient|not enough|too little|little) (?:good |reliable |strong |high"
    r"[- ]quality )?evidence|"
    r"(?:has|have) not (?:yet )?been (?:proven|confirmed|established)|(?:remains|is|are) "
    r"(?:still )?(?:unproven|not proven|not yet proven|disputed|controversial)|"
    r"(?:is|are) still being (?:tested|studied|worked out|investigated|researched)|"
    r"rat(?:e|es|ed|ing) the evidence as (?:limited|weak|low)|(?:weak|conditional) "
    r"recommendation|low[- ]quality evidence|jury is (?:still )?out|"
    r"far from (?:settled|proven|certain|clear|conclusive)|(?:hard|difficult) to interpret|"
    r"too (?:early|soon) to (?:say|tell|know)|too (?:few|small)(?: and (?:too )?(?:few|small))? "
    r"to be (?:sure|certain)|certainty (?:of (?:the |that |this |its )?evidence )?(?:is|was|"
    r"remains) (?:very )?low|low[- ]certainty|(?:cannot|can'?t|could not|couldn'?t) (?:yet )?"
    r"(?:tell|say|know|be sure) (?:how much|whether|if)|(?:may|might|could) (?:be|have been) "
    r"(?:partly |largely )?(?:down|due|owed) to (?:expectations?|(?:the )?placebo)|"
    r"(?:urge|urges|urged|advise|advises|advised) "
    r"caution|(?:interpreted|taken|treated|viewed) with caution|"
    # "it remains unclear how large any benefit is", "although the trials are small"
    r"(?:remains|is still|it is not yet) unclear (?:how|whether|if)|"
    r"(?:although|though|but|however|yet) (?:the |these |those |all the )?(?:trials|studies) "
    r"(?:are|were|have been) (?:all )?(?:small|few)\b)"
)

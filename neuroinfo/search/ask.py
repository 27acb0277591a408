"""`neuroinfo ask`: a question answered as a person would, from the same ranking as search.

Urgent advice first, whenever the question holds the words of a red flag's phrase ("face
drooping", "cannot pee"), whatever else matches; then the best match; then where to read on.
A question about what neuroinfo does not cover (insurance, prices, drug doses, or nothing it
holds) is told so honestly, with the nearest things it does cover."""

from __future__ import annotations

import re

from neuroinfo.compiled import SEARCH
from neuroinfo.errors import UsageError, shown
from neuroinfo.frozen import field, record
from neuroinfo.search.text import content_words, fold

pattern = SEARCH.pattern

TYPE_CHECKING = False
if TYPE_CHECKING:  # typing costs milliseconds at start-up; annotations need it only here
    from typing import Any

    from neuroinfo.match import Hit
    from neuroinfo.model import KnowledgeBase, RedFlag
    from neuroinfo.search.rank import Ranking

# Words that ask about what a reference on neuropathy and its evidence cannot answer: costs,
# insurance, where to go, and doses of medicines.
NOT_COVERED = frozenset(
    """
    insurance insurer insured medicare medicaid cost costs price prices priced pay paying
    paid afford affordable expensive cheap cheaper fee fees charge charges refund nearby
    nearest address phone booking copay deductible reimburse reimbursed bupa aetna cigna
    humana kaiser anthem tricare recipe recipes
    """.split()  # noqa: SIM905 - a word list reads better as text
)
# What acupuncture is used for besides neuropathy, becoming a practitioner, and other matters
# (pets, recipes, permits, injuries): asked about with no word of neuropathy, neuroinfo has
# nothing to say on it.
OTHER_USES = frozenset(
    """
    smoking smoke cigarettes quit quitting weight slimming diet dieting ivf fertility
    infertility conceive conceiving acne wrinkles facelift cosmetic allergies
    hayfever hay asthma insomnia migraines fibromyalgia tinnitus menopause sinusitis career
    train training qualify qualification course degree
    licence license licensed dog dogs cat cats horse pet pets vet puppy kitten cake cakes
    baking parking badge permit broke broken fracture fractured cast sprain sprained
    """.split()  # noqa: SIM905 - a word list reads better as text
)
ON_TOPIC = frozenset(
    """
    neuropathy neuropathic nerve nerves numb numbness tingling tingle burning feet foot toes
    hands fingers legs chemo chemotherapy diabetes diabetic pain needles safe safety risk
    """.split()  # noqa: SIM905 - a word list reads better as text
)
# Words of the symptoms people tell of most: a question with one, too garbled for any record to
# hold the share an answer needs, is still answered by the symptom that matches it best.
TOLD_SYMPTOMS = frozenset(
    """
    numb numbness tingling tingle tingly burning burn burns pins needles prickling stabbing
    shooting prickle prickles cramp cramps cramping twitch twitches twitching weak weakness
    feeble wobbly unsteady dizzy dizziness lightheaded clumsy constipated constipation
    diarrhoea diarrhea sweating sweaty
    """.split()  # noqa: SIM905 - a word list reads better as text
)
# Words that ask about a treatment or its evidence: without one, a question is about the
# person's symptoms, and a claim (what acupuncture is said to do) is no answer to put first.
ABOUT_TREATMENT = frozenset(
    """
    acupuncture acupuncturist acupuncturists electroacupuncture needle needles needling
    treatment treatments treat treating therapy therapies cure cures cured help helps helped
    work works worked claim claims evidence research study studies trial trials proven
    effective heal heals healing repair regrow restore endorphins safe safety risk risks
    """.split()  # noqa: SIM905 - a word list reads better as text
)
# ... and a question that asks about treatment without naming acupuncture ("whats the best
# treatment for diabetic nerve pain") is not answered first by what acupuncture is said to do.
NEEDLES = frozenset(
    {
        "acupuncture",
        "acupuncturist",
        "acupuncturists",
        "electroacupuncture",
        "needle",
        "needles",
        "needling",
    }
)
# A question on stopping a prescribed treatment ("can i stop my gabapentin if acupuncture
# works"): no record answers it, and it gets the caution check gives such advice.
_QUIT = r"stop|quit|come off|get off|ditch|drop|give up|cut out"  # what one does to a medicine
_STOP = (
    r"\b(?:" + _QUIT + r"|stopp?ing|quitt?ing|coming off|getting off|giving up|replace|swap)\b"
    r"(?: taking| using)? "
)
_MEDICINE = (
    r"(?:medication|medications|medicine|medicines|meds|tablets|pills|drugs|painkillers|"
    r"prescription|gabapentin|pregabalin|lyrica|neurontin|duloxetine|cymbalta|amitriptyline|"
    r"nortriptyline|insulin|metformin|chemo|chemotherapy|treatment)\b"
)
STOPPING = pattern(
    _STOP + r"(?:my |his |her |the |their |our |all )?(?:[a-z0-9-]+ ){0,2}?" + _MEDICINE
)
# ... or with the medicine named elsewhere in the question: "i take metformin, can i stop it
# if acupuncture works", "can acupuncture replace it"
STOPPING_IT = pattern(
    r"\b(?:i|we|he|she|they|mum|mom|dad)\b (?:[a-z]+ ){0,2}?(?:"
    + _QUIT
    + r")\b(?: taking| using)? "
    r"(?:it|them|those|these)\b|\b(?:replace|swap|instead of) (?:it|them|those|these)\b"
)
MEDICINE = pattern(r"\b" + _MEDICINE)
# A question that tells of wanting to die or to harm oneself, read in folded text ("don t",
# "cannot"): where to get help comes first, whatever else it asks. Not "am I going to die",
# "my feet are killing me" or "I cut myself on a nail".
CRISIS = pattern(
    r"\b(?:kill(?:ing)? my ?self|end(?:ing)? (?:my (?:own )?life|"
    r"it all)|take my (?:own )?life|suicid\w*|self ?harm\w*|harm(?:ing)? my ?self|"
    r"(?:want|wanna|wanted|wish|rather|ready) (?:to )?(?:die|be dead)|"
    r"wish i (?:was|were) dead|better off dead|not worth living|(?:don t|dont|do not|didn t|"
    r"didnt) (?:want|wanna) (?:to )?(?:live|be alive|be here|go on|wake up|exist)|"
    r"(?:no|not any|nothing) (?:reason|point) (?:(?:to|in|for) )?(?:live|living|(?:go on|going on|"
    r"carrying on)(?! with (?!this\b|life\b)))|"
    # ... and the idioms it is told in ("i just want it all to end", "thinking of ending it",
    # "i dont see the point in going on", "everyone would be better off without me"), found by
    # a new user's trial and two reviews; not a pain, a wait or a course that should end ("i
    # want this pain to end", "it will end when chemo finishes", "the point of carrying on with
    # physio", "i could sleep forever", "not done with life yet")
    r"(?:want|wanna|wanted|wish|need) (?:it all|everything|my life) to (?:end|be over)|"
    r"wish (?:it|it all|everything) (?:would|could) (?:all )?(?:just )?end\b(?! up)|"
    r"(?:it|everything) (?:would|could) all (?:just )?end\b(?! up)|"
    r"(?:make|making) it all stop for good|"
    r"(?:want|wanna|need|wish) (?:it all|everything) to (?:just )?stop for good$|"
    r"(?:feel|feeling) like giving up(?: on (?:everything|life|living))?$|"
    r"(?:want|wanna|ready) to give up on (?:life|living)$|"
    r"(?:want|wanna|going|planning|thinking|ready) (?:to|of|about) end(?:ing)? (?:it|things|it all)"
    r"(?! with)|"
    r"(?:thinking|thought|think|thinkin) (?:of|about) (?:ending it(?! with)|ending things|ending "
    r"everything|not waking up|not being here)|"
    r"(?:see|seeing|is|whats|what s) (?:no |not any |any |the )?point (?:in|of) (?:(?:going on|"
    r"carrying on)(?! with (?!this\b|life\b))|living|life|being here|being alive)|"
    r"cannot go on (?:like this|anymore|any more)|"
    r"life (?:is not|isn t|isnt|is no longer|aint) worth (?:it|living)|"
    r"(?:better off|happier|easier) (?:without me|gone|if i (?:was|were) (?:gone|not here|dead)|"
    r"if i (?:wasn t|wasnt|weren t|werent) here)|"
    r"(?:notice|care|miss me) if i (?:wasn t|wasnt|weren t|werent|was not|were not) (?:around|"
    r"here)|(?<!not )(?<!n t )done with (?:life|living)|tired of (?:life\b|living\b(?! with))|"
    r"had enough of (?:life|living)|"
    r"(?:don t|dont|do not) want to be around (?:anymore|any more)|disappear (?:for good|forever)|"
    r"sleep and (?:never|not) wake up|hope i (?:just )?(?:don t|dont|do not|never) wake up|"
    r"(?:want|wanna|wish|like|need) to (?:just )?sleep forever|"
    r"(?:take|took|taking|swallow|swallowed) (?:all|every one of|the whole lot of) (?:of )?"
    r"(?:my|the) (?:pills|tablets|meds) (?:at once|in one go|together)|"
    r"(?:thinking of|thinking about|going to|want to|wanna|planning to) (?:take|taking|swallow|"
    r"swallowing) (?:the (?:whole )?lot|them all|all of them|all (?:of )?my (?:pills|tablets|"
    r"meds))|"
    r"(?:planning|going|want|wanting|thinking) (?:to|of|about) overdos\w*|"
    # ... hurting oneself, pills stored up, no way out (found by a new user's trial)
    r"hurt(?:ing)? my ?self|(?:think|thinking|thought) about (?:taking|swallowing) all (?:of )?my "
    r"(?:pills|tablets|meds)|(?:saving|saved|hoarding|hoarded|stockpiling|stockpiled|storing) "
    r"(?:up )?(?:all )?(?:of )?my (?:\w+ )?(?:pills|tablets|meds|medication)|"
    r"miss me if i (?:was|were) gone|(?:see|is|there s) no way out|"
    r"feel (?:so |completely |totally |utterly )?hopeless|"
    # ... plans, means and goodbyes, told of oneself or by a carer (found by a safety check)
    r"(?:wants?|wanted|wishes|says he wants|says she wants) to (?:die|kill (?:him|her)self)|"
    r"kill(?:ing|s)? (?:him|her|them) ?sel(?:f|ves)|point (?:in|of) waking up|"
    r"(?:saving|saved|hoarding|hoarded|stockpiling|stockpiled|storing) (?:up )?(?:all )?(?:of )?"
    r"(?:my|his|her) (?:\w+ )?(?:gabapentin|pregabalin|amitriptyline|nortriptyline|duloxetine|"
    r"tramadol|lyrica|painkillers|sleeping pills|morphine|oxycodone)|"
    r"(?:will|going to|gonna|wants to|want to|says he will|says she will) take all (?:of )?"
    r"(?:my|his|her|their) (?:pills|tablets|meds)|"
    r"(?:lethal|fatal|deadly) dose|would it take to (?:die|not wake up|kill)|"
    r"(?:sleep|slept) and (?:dont|don t|do not|didn t|didnt) wake up|"
    r"(?:wants?|wanted|wishes) to (?:just )?(?:go to )?sleep forever|"
    r"finish (?:my|his|her) (?:own )?life|"
    r"(?:cutting|cut|burning|burnt|burned) (?:my|his|her) (?:arms?|wrists?|legs?|thighs?|skin)|"
    r"(?:driving|drive|crash|crashing) (?:my |the )?car (?:into|off)|"
    r"(?:driving|drive|crash|crashing|steer|steering) (?:my |the )?(?:car )?into (?:a |the )?"
    r"(?:tree|wall|lorry|truck|river|bridge|oncoming)|"
    r"(?:written|wrote|writing) (?:goodbye )?letters to (?:my|each of my) (?:kids|children|family)|"
    r"(?:writing|written|wrote|write|left) (?:a |my )?(?:goodbye|suicide) (?:letters?|notes?)|"
    # ... a medicine by its name taken all at once, no reason to keep living, "what's the point
    # anymore" (found by a new user's trial)
    r"(?:take|taking|took|swallow|swallowing|swallowed) (?:all|the whole lot|every one) (?:of )?"
    r"(?:my|his|her) (?:gabapentin|pregabalin|amitriptyline|nortriptyline|duloxetine|tramadol|"
    r"lyrica|painkillers|sleeping pills|morphine|oxycodone|insulin|codeine|co codamol)"
    r"(?: at once| in one go| together| tonight)|"
    r"(?:cannot|can t|cant|don t|dont|do not) see (?:any|the|a) (?:reason|point) (?:to|in|of|for) "
    r"(?:keep |keeping )?(?:living|live|going on|go on|carrying on|carry on|being here|life)|"
    r"(?:whats|what s|what is) the point (?:anymore|any more)|"
    r"(?:jump|jumping) (?:off|from|in front of) (?:a |the )?(?:bridge|building|roof|cliff|train|"
    r"car|bus|lorry|truck)|a rope (?:in|round|around)|"
    r"(?:said|saying|say) goodbye to (?:everyone|everybody|my family|my kids|my children)|kms|"
    # ... and told slantwise (found by four blind safety sets, and narrowed by two reviews
    # that wrote calm look-alikes): each as a person says it of their own life, not of
    # paperwork, a booking, a trimmed toenail, a move, a holiday letter or a shop
    r"(?:let|letting) (?:it all|everything|my life) (?:just )?end\b"
    r"(?! (?:up|in|on|early|with|at|after|before|when|there|so)\b)|"
    r"(?:let|letting) go of (?:everything|it all|life|my life) (?:for good|forever)|"
    r"(?:i|he|she|mum|mom|dad) (?:won t|wont|will not|shan t) be (?:a burden|a nuisance) "
    r"(?:(?:to|on|for) (?:\w+ ){1,2}?)?(?:for )?(?:much|any|very much) longer"
    r"(?! (?:once|when|after|as soon|if|i m|im|i am|we re)\b)|"
    r"soon (?:i|he|she) (?:won t|wont|will not) be (?:a burden|a nuisance)|"
    r"(?:not|never) (?:intend|intending) to be a burden (?:(?:to|on|for) (?:\w+ ){1,2}?)?"
    r"(?:for )?(?:much|any) longer|"
    r"(?:won t|wont|will not) have to put up with (?:me|him|her) (?:for )?(?:much|any) longer"
    r"(?! (?:once|when|after|as|because|i m|im|i am|we re|the)\b)|"
    r"(?:better off|happier|easier|better for \w+) if i (?:just )?(?:wasn t|wasnt|weren t|werent|"
    r"was not|were not) (?:around|here)(?! (?:it|to|for|with|when|on)\b)|"
    r"if i (?:just )?(?:wasn t|wasnt|weren t|werent|was not|were not) (?:here|around) "
    r"(?:anymore|any more)|"
    r"(?:don t|dont|do not) see (?:myself|me) (?:being )?(?:around|here) (?:by christmas|"
    r"by (?:the end|next)|for (?:much|very) longer|for long)|"
    r"thinking how easy it (?:would|d) be$|"
    r"how (?:easy|simple) it (?:would|d) be to (?:just )?(?:end it|end things|end my life|die|"
    r"not wake up|jump off|step off|step in front|take (?:them all|the lot|the whole (?:lot|"
    r"bottle|box|packet))|swallow (?:them all|the lot|the whole (?:lot|bottle|box|packet)|"
    r"everything in))|"
    r"(?:want|wanna) to (?:just )?stop existing|"
    r"tonight is the night\b.{0,40}\b(?:pills|tablets|meds|pregabalin|gabapentin|amitriptyline|"
    r"insulin|morphine|lined up)\b|"
    r"(?:going to|gonna) take every (?:tablet|tablets|pill|pills) in the house|"
    r"take every (?:tablet|pill) in the house tonight|"
    r"\b(?:bridge|railway|platform|cliff|edge)\b.{0,40}\bnearly (?:went over|jumped|stepped off)|"
    r"(?:ll|will) be the last (?:lot|batch|box|pack|prescription) (?:of \w+ )?(?:i|he|she)"
    r"(?: ll| will)? need (?:and )?(?:i ll|ill|i will|he ll|she ll) make sure of it|"
    # ... cutting or burning oneself, not a foot cut on something unfelt, shaving, trimming or
    # a cook's or a hairdresser's work
    r"(?:been|started) cutting (?:my ?self|my (?:arms|wrists|thighs|legs|skin))"
    r"(?! (?:on|without|by|accidentally|while|when|shaving|trimming|with|in|at|a lot)\b)|"
    r"(?:cut|cutting|burn|burning) (?:my ?self|my (?:feet|legs|arms|hands|skin|"
    r"toes)) (?:to see if|to feel|on purpose|deliberately)|"
    r"been cutting again(?=$| because| and| since| when| to)|"
    r"(?:slicing|sliced|slice) (?:my|his|her) (?:arms?|wrists?|thighs?)(?! open| on\b)|"
    r"(?:cut|cutting|slice|slicing|scratch\w*) (?:my|his|her) (?:wrists?|arms?|thighs?) with a "
    r"(?:razor|blade)|"
    r"(?:burn|burning|burnt|burned) (?:my|his|her) (?:arms?|wrists?|legs?|thighs?|skin) with "
    r"(?:a )?(?:lighter|cigarettes?|matches)(?! by accident| accidentally)|"
    # ... how much of a medicine would kill a person (not "kill the pain")
    r"(?:how (?:much|many)|what amount of|smallest number of|the most) (?:of )?"
    r"(?:my |his |her |the )?"
    r"(?:\w+ )?(?:pills|tablets|meds|medicine|medication|gabapentin|pregabalin|amitriptyline|"
    r"nortriptyline|duloxetine|tramadol|morphine|oramorph|insulin|paracetamol|codeine|"
    r"co codamol|oxycodone|diazepam)(?: tablets| pills)? (?:that )?(?:would|will|could|does it|"
    r"would it|it|is enough to|are enough to|to) (?:take to )?(?:takes to )?(?:kill (?:me|him|"
    r"her|myself|someone|somebody|a person|you)|be fatal|be lethal|finish (?:me|him|her) off|"
    r"end it|die|not wake up)|"
    # ... letters for after, tablets put by
    r"(?:written|wrote|writing) (?:goodbye )?letters to (?:his|her|their|the) "
    r"(?:kids|children|family|grandkids|grandchildren)"
    r"(?! about\b| for (?:their )?(?:birthdays?|christmas)\b| school\b)|"
    r"(?:letter|letters|note|notes) for (?:my|his|her) \w+ to open (?:after|when) (?:i m|im|i am|"
    r"he s|hes|she s|shes) gone|"
    r"(?:won t|wont) be needing (?:them|it|these|those) where (?:i m|im|i am) going|"
    r"make sure (?:i|he|she) (?:doesn t|doesnt|don t|dont|does not|do not|won t|wont|never) "
    r"wake up(?! (?:in|at|during|with|before|early|too|from|because|the|my|his|her|their|everyone|"
    r"anyone|everybody|anybody)\b)|"
    r"(?:saving|saved|hoarding|hoarded|stockpiling|stockpiled) (?:up )?(?:all )?(?:of )?"
    r"(?:his|her|their) (?:\w+ )?(?:pills|tablets|meds|medication|oramorph|zomorph|diazepam|"
    r"codeine|co codamol)|"
    r"(?:collecting|keeping|putting) (?:all )?(?:my|his|her) (?:tablets|pills|meds) (?:in a drawer|"
    r"aside|by) (?:for when|in case) (?:the pain|it gets|things get|i can t|i cant)|"
    r"(?:no|not any) point (?:in )?me (?:carrying|carryin) on|"
    r"(?:no|not any) point (?:in )?me (?:going|goin) on(?: like this| anymore|$)|"
    # ... a bridge chosen, "not want to live" as a learner of English writes it, how to finish
    # it, a burden not intended, the means at hand
    r"(?:long drop|jump|leap) (?:off|from) (?:a |the )?(?:\w+ )?bridge|"
    r"(?:i|he|she) (?:not|no) (?:want|wants|wanting) (?:to )?(?:live|be alive)|"
    r"(?:think|thinking|thought) (?:about )?how to (?:finish it|end it)(?: tonight| for good|$)|"
    r"(?:think|thinking|thought) (?:about )?how to (?:end|finish) my life|"
    r"(?:have|got) the means at hand)\b"
)
# CRISIS is searched only in a message holding a word that one of its idioms needs (a test
# holds the shortest message of every idiom to one of these): once, compiling it took 1.6 ms
# a run; kept as it was, since it changes no reading of the pattern's (the same test).
CRISIS_WORDS = frozenset(
    """
    kill killing end ending life self harm harming die dead living live alive here exist wake
    waking point reason over good stop worth better happier easier notice care miss done tired
    enough around disappear sleep forever take took taking swallow swallowed go hurt hurting
    saving saved hoarding hoarded stockpiling stockpiled storing gone way hopeless wants wanted
    wishes kills lethal fatal deadly slept finish cutting cut burning burnt burned
    driving drive crash crashing jump jumping rope goodbye kms steer steering letters swallowing
    burden easy sure longer simple slicing sliced slice razor blade lighter cigarette
    cigarettes matches letter note notes needing collecting keeping putting nuisance bridge
    finish means giving tonight nearly
    """.split()  # noqa: SIM905 - a word list reads better as text
)
CRISIS_STEMS = ("suicid", "overdos", "selfharm")
# How a question is put, not what it asks about: "is it normal to have numbness at night" asks
# about numbness (and "normal" matched the page on sweating: "without normal sweating"); "is
# acupuncture worth it" or "a waste of money" asks about acupuncture ("worth" found a symptom
# whose advice reads "worth looking into").
FRAMING = pattern(
    r"\b(?:(?:is|it'?s|its) (?:it |this |that )?(?:normal|common|usual)"
    r"|worth (?:it|a (?:go|try|shot)|trying|doing|the (?:money|cost|effort|time))"
    r"|(?:a )?(?:waste of (?:money|time)|scam|rip ?-?off)"
    # "this neuropathy is killing me": how bad a pain is, not a question on harm or death
    r"|(?:is|are|s|re) (?:literally |really |just )?killing me)\b",
    re.I,
)
NEAR_ME = ("near me", "in my area", "close to me", "recommend a clinic", "find a practitioner")
# ... or a practitioner asked for by place or by recommendation ("a good acupuncturist in
# manchester", "can anyone recommend an acupuncturist")
PRACTITIONER_WANTED = pattern(
    r"\b(?:recommend|suggest|know of|find|finding|looking for|look for|need|want|best|good|"
    r"decent|reliable|trustworthy) (?:a |an |any |the )?(?:good |decent |local |reliable )?"
    r"(?:acupuncture )?(?:acupuncturists?|practitioners?|clinics?)\b"
)
PRACTITIONER_WORDS = frozenset(
    {"acupuncturist", "acupuncturists", "practitioner", "practitioners", "clinic", "clinics"}
)
# A cure of the disease itself ("can acupuncture cure my diabetes"), not of its neuropathy:
# no claim neuroinfo grades is about it.
CURES_DISEASE = pattern(
    r"\b(?:cure|cures|cured|curing|reverse|reverses|get rid of|beat|fix|fixes)"
    r" (?:my |his |her |their |the |your |type [12] |type1 |type2 )*"
    r"(?:diabetes|cancer|tumou?rs?|hiv)\b(?! ?(?:related|induced|neuropath\w*|nerve))"
)
# What a question asks that neuroinfo answers, beside a price or a practitioner told in passing
ASKED_IN_SCOPE = pattern(
    r"\b(?:evidence|research|studies|study|trials?)\b|\b(?:does|do|will|would|can|could|did) "
    r"(?:acupuncture|it|needling|needles|this|that|they) (?:[a-z]+ ){0,4}?(?:work|help|improve|"
    r"ease|heal|regenerate|repair|cure|fix|reduce|relieve)\w*|\bside effects?\b|\b(?:safe|"
    r"safely|harm|harmful|risky|dangerous|risks?)\b|\bwhere (?:is|exactly|are)\b|"
    r"\bwhat (?:actually |exactly )?(?:is|are) (?:acupuncture|neuropathy|it)\b|"
    r"\bis (?:that|it|this) true\b|\bworth (?:it|trying|a try|a go)\b"
)
# Another condition, or a matter of no health, asked about with no word of neuropathy or its
# symptoms (NEUROPATHY_WORDS)
OTHER_CONDITION = pattern(
    r"\b(?:(?:lower )?back (?:pain|ache|problems?)|lower back|backache|neck (?:pain|ache)|"
    r"knee (?:replacement|surgery|injury)|arthritis|rheumatoid|osteoarthritis|tennis elbow|"
    r"plantar|fasciitis|breech|morning sickness|parkinson\w*|anxiety|depression|depressed|"
    r"sciatica|headaches?|migraines?|become an? (?:acupuncturist|practitioner)|earn|earns|salary|"
    r"waiting (?:list|time)s?|(?:the )?weather (?:forecast|tomorrow|today|this week)|football|"
    r"iphone|poem|poems)\b"
)
NEUROPATHY_WORDS = frozenset(
    """
    neuropathy neuropathic polyneuropathy nerve nerves numb numbness tingling tingle tingly
    burning feet foot toes toe hands fingers chemo chemotherapy diabetes diabetic pins
    """.split()  # noqa: SIM905 - a word list reads better as text
)
# A question that asks which point lies somewhere, or what one is called
POINT_ASKED = pattern(
    r"\b(?:what|which)(?: s| is| are)? (?:the |that |this |those |these )?(?:acupuncture |acu )?"
    r"(?:points?|spots?)\b(?! of\b| in\b)|\b(?:points?|spots?) (?:is |are )?called\b|"
    r"\bwhat (?:is|are) (?:it|that|this|those|these) called\b|\bwhat are (?:these|those)\b"
)
# A question that asks when to get help at once, or for warning signs: one the page on
# emergencies answers even with no red flag raised
ASKS_WHEN_URGENT = pattern(
    r"\b(?:warning|warn|signs?|emergenc\w*|urgent\w*|a e|a and e|accident and emergency|er|999|"
    r"911|112|ambulance|red flags?|watch (?:out )?for|look out for|straight to|same day|"
    r"when (?:should|do|to|must|is)|go to (?:hospital|the hospital)|serious|dangerous)\b"
)
# ... and a message that tells of time gone by or a slow course ("a stroke in 2019", "guillain
# barre six years ago", "for 15 years", "5 weeks", "slowly", "im fine now")
LONG_AGO = pattern(
    r"\b(?:\d+|a few|few|several|many|a couple of|couple of|two|three|four|five|six|seven|eight|"
    r"nine|ten|twenty) (?:years?|yrs?|decades?)\b|\byears? (?:ago|back)\b|\bback in\b|"
    r"\bin (?:19|20)\d\d\b|\bfor (?:years|ages|decades)\b|\blong standing\b|\blast year\b|"
    # ... or of weeks or months, a slow course, or an event got over ("blister on heel 5 weeks",
    # "slowly weaker over a couple of years", "had a bad hypo last night ... im fine now")
    r"\b(?:\d+|a few|few|several|many|a couple of|couple of|two|three|four|five|six) "
    r"(?:weeks|wks|months?|mths?)\b|\bfor (?:weeks|months)\b|\bover the (?:last|past) "
    r"(?:year|few months|months)\b|\b(?:slowly|gradually)\b|\b(?:i m|im|i am|he s|hes|she s|"
    r"shes) (?:fine|ok|okay|alright|all right) now\b"
)
# A question about a dose: an amount asked of a medicine ("how much gabapentin can i take",
# "is 300mg pregabalin twice a day too much", "max daily dose"); not a medicine or its dose
# told beside a symptom ("i take 300 mg of gabapentin and still burn", "my tablets dont help")
DOSE_WORDS = frozenset(
    """
    gabapentin pregabalin lyrica neurontin duloxetine cymbalta amitriptyline nortriptyline
    insulin metformin tramadol amoxicillin ibuprofen paracetamol morphine codeine painkillers
    mg milligram milligrams mcg tablets pills capsules units dose doses dosage dosing
    """.split()  # noqa: SIM905 - a word list reads better as text
)
DOSE_ASKED = pattern(
    r"\bhow (?:much|many) (?:[a-z0-9]+ ){0,2}?(?:"
    + "|".join(sorted(DOSE_WORDS))
    + r"|\d+mg)\b|\b(?:max|maximum|too (?:much|many)|double up|what dose|which dose|dose of|"
    r"dosage)\b|\b(?:a|the|my|his|her) (?:normal|usual|right|safe|correct|starting) (?:daily )?"
    r"(?:dose|dosage)\b|\b(?:dose|dosage) (?:is |be )?too (?:high|low|much|big)\b|"
    r"\b(?:up|increase|raise|lower|reduce|double|halve|cut) (?:my|his|her|the) "
    r"(?:[a-z]+ )?(?:dose|dosage|to \d|by \d)|\b(?:can|should|could) (?:i|he|she|we|you) take \d"
)
# ... or medicines asked about together ("is it ok to take ibuprofen with my blood pressure
# tablets"), with no word of acupuncture ("can i take gabapentin and have acupuncture" asks
# about acupuncture)
MEDICINES_TOGETHER = pattern(
    r"\b(?:can|could|should|is it (?:ok|okay|safe|alright|fine)(?: to)?) (?:i |he |she |you |we )?"
    r"(?:take|have|mix|combine|use) (?:[a-z0-9]+ ){0,4}?(?:with|and|alongside|together)\b"
)
# ... and "how much is a session", "the cheapest acupuncture", "is it covered on the NHS": a
# price or its cover, told as such; not "how much does a course help", "how much does one
# session do", feet "covered in blisters" or "is diabetic neuropathy covered here"
PRICE = pattern(
    r"\bhow much (?:is|are|does|do|would|will|for|to)\b(?: [a-z0-9]+){0,5}? (?:appointments?|"
    r"sessions?|visits?|consultations?|courses?|treatments?)(?: of acupuncture)?(?=$| (?:cost|"
    r"costs|usually|normally|typically|roughly|generally|on average|these days|nowadays|now|in|at|"
    r"near|round here|around here|privately|set me back|run|come to|go for)\b)|"
    r"\b(?:get|is there|are there|any) free (?:acupuncture|sessions?|treatments?)\b|"
    r"\bcheapest (?:acupuncture|place|clinic|sessions?|way to (?:get|have|pay for) acupuncture)\b|"
    r"\b(?:is|are|will|would) (?:acupuncture|it|sessions?|treatments?) covered\b(?! in\b| here\b)|"
    r"\bcovered (?:by|on|under|through) (?:the |my |your |their )?(?:nhs|insurance|insurers?|"
    r"medicare|medicaid|plans?|polic(?:y|ies)|health ?plans?|employer)\b|"
    r"\b(?:does|do|will|would|can) (?:[a-z]+ ){1,3}cover (?:acupuncture|it|sessions?|treatments?)\b"
)
# one of which PRICE needs
PRICE_WORDS = frozenset({"much", "free", "cheapest", "covered", "cover"})
# The search's best match holding less than this share of the question's weight is not an
# answer. The best match is the ranking's first, never a later one that holds more words (those
# are common words: "my neurologist's letter says sensorimotor polyneuropathy" found the page
# on acupuncture points); measured over nine question sets (479 questions), ask's answer was
# right for 57% at 0.34 and none for 30%, and with the rules below is right for 79% at 0.15
# (none 4%, wrong 13% -> 17%), with every question asked about costs, doses or
# practitioners still told so.
MIN_COVERAGE = 0.15
SURE = 0.34  # ... and under this share, it must hold two of the question's words or more
# ... but a symptom the person tells of, with no word of a treatment, needs only this share
SYMPTOM_COVERAGE = 0.2
# ... and a claim, for a question that names acupuncture, asks whether it helps, and tells of
# neuropathy or its symptoms
CLAIM_COVERAGE = 0.4
NEARLY = 0.9  # a claim this close to the best symptom answers a question on acupuncture
ALSO = 4
COMMANDS = {
    "symptom": "symptom",
    "type": "types",
    "claim": "claims",
    "reference": "refs",
    "point": "points",
    "topic": "about",
}


@record(frozen=False)
class Answer:
    question: str
    ranking: Ranking
    red_flags: list[RedFlag] = field(default_factory=list)
    best: Hit | None = None
    also: list[Hit] = field(default_factory=list)
    covered: bool = True
    elsewhere: bool = False  # asks what neuroinfo leaves to others: costs, doses, practitioners
    stopping: bool = False  # asks about stopping a prescribed treatment
    crisis: bool = False  # tells of wanting to die or to harm oneself

    @property
    def partial(self) -> bool:
        return self.best is not None and self.best.coverage < 0.999


def answer(kb: KnowledgeBase, question: str) -> Answer:
    """What to say to `question`: any urgent advice, the best match, and what else to read."""
    from neuroinfo.match import search
    from neuroinfo.search.signs import red_flags_in

    nothing_to_look_up = UsageError(
        f"'{shown(question)}' holds no word neuroinfo can look up (single letters, numbers on"
        " their own and words such as 'what', 'it' and 'do' are left out); name a symptom or a"
        " treatment, for example: neuroinfo ask does acupuncture help numbness"
    )
    # "ask x" or "ask 14" found a letter of a DOI or a figure, and showed it as the answer
    if not any(len(word) > 1 and not word.isdigit() for word in content_words(question)):
        raise nothing_to_look_up
    try:
        hits, ranking = search(kb, FRAMING.sub(" ", question))
    except UsageError:  # "what does it do": only the words a search leaves out
        raise nothing_to_look_up from None
    reply = Answer(question, ranking)
    reply.red_flags = [kb.red_flags[i] for i in red_flags_in(kb.db, question)]
    folded = fold(question)
    reply.stopping = STOPPING.search(folded) is not None or (
        STOPPING_IT.search(folded) is not None and MEDICINE.search(folded) is not None
    )
    reply.crisis = tells_of_crisis(folded)
    words = set(folded.split())
    # a price, an insurer or a practitioner told in passing leaves a question on what
    # neuroinfo covers ("paid £60 a session, is there any evidence it works") to be answered
    told_elsewhere = bool(words & NOT_COVERED) or any(p in folded for p in NEAR_ME)
    if words & PRACTITIONER_WORDS:
        told_elsewhere |= PRACTITIONER_WANTED.search(folded) is not None
    asks_elsewhere = told_elsewhere and ASKED_IN_SCOPE.search(folded) is None
    if words & DOSE_WORDS or any(w.endswith("mg") and w[:-2].isdigit() for w in words):
        asks_elsewhere |= DOSE_ASKED.search(folded) is not None
        asks_elsewhere |= not words & NEEDLES and bool(MEDICINES_TOGETHER.search(folded))
    asks_elsewhere |= bool(words & PRICE_WORDS) and PRICE.search(folded) is not None
    asks_elsewhere |= bool(words & OTHER_USES) and not words & ON_TOPIC
    if not words & NEUROPATHY_WORDS:  # "acupuncture for knee arthritis", "lower back pain"
        asks_elsewhere |= OTHER_CONDITION.search(folded) is not None
    asks_elsewhere |= CURES_DISEASE.search(folded) is not None
    held = hits[0].coverage * ranking.matched_share if hits else 0.0
    matched = len(ranking.terms) - len(ranking.unmatched)
    useful = list(hits) if held >= SURE or (held >= MIN_COVERAGE and matched >= 2) else []
    named = [h for h in hits[: ALSO + 1] if _named(h, folded)]
    if not useful and named:
        # "typical presentations of autonomic neuropathy?": a kind of neuropathy or a point
        # named whole answers, however little of a long question it holds
        useful = [named[0], *(h for h in hits if h is not named[0])]
    said = words | set(ranking.terms)  # as typed, and as read (typos corrected)
    about_treatment = bool(said & ABOUT_TREATMENT)
    if (
        len(useful) > 1
        and (useful[0].kind, useful[0].record.id) == ("topic", "emergencies")
        and not reply.red_flags
        and (about_treatment or LONG_AGO.search(folded) is not None)
        and ASKS_WHEN_URGENT.search(folded) is None
    ):
        # "had a stroke in 2019 and now my feet tingle", "my tablets dont help the tingling":
        # the page on emergencies holds the words of every red flag, but a message that raises
        # none, asks for no warning signs and tells of time gone by or asks about a treatment
        # is answered by what it tells of first (the page next). Told of nothing past and
        # asking of no treatment, the page stays first: it is the best there is for an
        # emergency told in words no red flag knows.
        # ... and behind what answers first even when a reference comes next
        emergencies = useful.pop(0)
        answers = next((i for i, h in enumerate(useful) if h.kind != "reference"), 0)
        useful.insert(answers + 1, emergencies)
    if useful and useful[0].kind == "reference" and not _cited(useful[0], words):
        # "what causes peripheral neuropathy" found the NHS page on its causes: a reference
        # answers first only when the question names it (an author, a year)
        other = next((h for h in useful if h.kind != "reference"), None)
        if other is not None:
            _put_first(useful, other)
    point = next((h for h in useful[: ALSO + 1] if h.kind == "point"), None)
    if point is not None and useful[0] is not point and POINT_ASKED.search(folded):
        # "needles in the webs between my toes, what are those points called": a point asked
        # for by where it lies answers before a topic or a symptom its words match
        _put_first(useful, point)
    types_named = [h for h in named if h.kind == "type" and h in useful]
    if (
        useful
        and useful[0].kind in ("topic", "type")
        and len(types_named) >= 2
        and useful[0] not in types_named
    ):
        # "sensory vs motor nerves, whats the difference": the kinds named answer, not the
        # combination of them or the page on neuropathy their words also match
        _put_first(useful, types_named[0])
    if useful and useful[0].kind == "topic" and len(named) == 1 and named[0] in useful:
        # "zusanli point location", "what does motor neuropathy mean": a point or a kind of
        # neuropathy named whole answers before the topic its other words match (not two:
        # "why do points have codes like ST36 and LV3" asks about points)
        _put_first(useful, named[0])
    if useful and useful[0].kind == "symptom" and "acupuncture" in ranking.terms:
        # "my feet burn and tingle, does acupuncture help" asks about acupuncture: its claim
        # first, when it matches about as well as the symptom
        claim = next((h for h in useful if h.kind == "claim"), None)
        if claim is not None and claim.coverage >= NEARLY * useful[0].coverage:
            _put_first(useful, claim)
    names_acupuncture = bool(set(ranking.terms) & NEEDLES)
    if useful and useful[0].kind == "claim" and not (about_treatment and names_acupuncture):
        # "my feet burn at night and I cannot sleep" tells of a symptom: the symptom first
        # ... even one that holds fewer of its words ("my chemo tingling is getting worse each
        # cycle": the tingling page, not the evidence on acupuncture for chemotherapy's)
        first = _told_symptom(hits)
        if first is not None:
            _put_first(useful, first)
    if not useful and not about_treatment and not asks_elsewhere and said & TOLD_SYMPTOMS:
        # "my feet burnin n tinglin like crazy at nite cant sleep": words it cannot read leave
        # no match the share an answer needs, but a symptom the person tells of still answers:
        # the ranking's first when it is one ("constipated for a week then runs for two days")
        first = hits[0] if hits and hits[0].kind == "symptom" else _told_symptom(hits)
        useful = [first] if first is not None else []
    if (
        not useful
        and about_treatment
        and names_acupuncture
        and said & ON_TOPIC
        and not asks_elsewhere
    ):
        # "ive got type 2 diabetis and my feet burn ... like crazy at nite, my neighbour said
        # acupunture fixed hers, will it work for me": the words it cannot read leave no match
        # the share an answer needs, but the claim on what the question asks still answers
        first = next((h for h in hits if h.kind == "claim" and h.coverage >= CLAIM_COVERAGE), None)
        useful = [first] if first is not None else []
    reply.elsewhere = asks_elsewhere
    reply.covered = bool(useful) and not asks_elsewhere
    if reply.covered:
        reply.best, reply.also = useful[0], [h for h in hits if h is not useful[0]][:ALSO]
    else:
        reply.also = hits[:ALSO]
    return reply


def tells_of_crisis(folded: str) -> bool:
    """Whether a message, as `fold` reads it, tells of wanting to die or to harm oneself."""
    if not (set(folded.split()) & CRISIS_WORDS or any(s in folded for s in CRISIS_STEMS)):
        return False
    return CRISIS.search(folded) is not None


def _put_first(hits: list[Hit], hit: Hit) -> None:
    """Move `hit` to the front of `hits` (or put it there, when it is not among them)."""
    if hit in hits:
        hits.remove(hit)
    hits.insert(0, hit)


def _named(hit: Hit, folded: str) -> bool:
    """Whether a point or a kind of neuropathy is named whole in a question, as `fold`
    reads it: by its id, code, name, pinyin or an alias."""
    if hit.kind not in ("point", "type"):
        return False
    record: Any = hit.record
    names = [hit.record.id.replace("-", " "), *record.aliases]
    names += [record.code, record.pinyin or ""] if hit.kind == "point" else [record.name]
    said = f" {folded} "
    return any(f" {name} " in said for name in map(fold, names) if name)


TITLE_WORDS = 4  # a title this long, held mostly ...
TITLE_SHARE = 0.6  # ... by this share of its words, names its reference
# A year names a reference only beside one of these: "the 2007 study", not "back in 2011"
WORK_WORDS = frozenset(
    """
    study studies trial trials paper papers review reviews article articles published research
    analysis page
    """.split()  # noqa: SIM905 - a word list reads better as text
)


def _cited(hit: Hit, words: set[str]) -> bool:
    """Whether a question names a reference: by the surname of its first author or its year
    ("that schroder 2007 study"), or by most of its title's words. The words of a web page's id
    describe its subject ("nhs-peripheral-neuropathy-causes") and name nothing."""
    record: Any = hit.record
    title = set(content_words(record.title or ""))
    if len(title) >= TITLE_WORDS and len(title & words) >= TITLE_SHARE * len(title):
        return True
    names: set[str] = set()
    if record.authors:
        names |= set(fold(record.authors[0]).split()[:1])
    if record.year and words & WORK_WORDS:  # "the 2007 study", not "guillain barre back in 2011"
        names.add(str(record.year))
    return bool(names & words)


def _told_symptom(hits: list[Hit]) -> Hit | None:
    """The best symptom that holds SYMPTOM_COVERAGE of the question: the answer to one that
    tells of a symptom, where a claim or nothing would otherwise come first."""
    return next((h for h in hits if h.kind == "symptom" and h.coverage >= SYMPTOM_COVERAGE), None)


def command(hit: Hit) -> str:
    return f"neuroinfo {COMMANDS[hit.kind]} {hit.record.id}"


def summary(kb: KnowledgeBase, hit: Hit) -> list[str]:
    """The best match in one or two sentences, as plain strings (the page styles them)."""
    record: Any = hit.record
    if hit.kind == "symptom":
        said = [f"{record.name}: {record.summary}"]
        if record.red_flags:
            titles = "; ".join(kb.red_flags[i].title for i in record.red_flags)
            said.append(f"Get help at once for: {titles}.")
        said.append(record.seek_care)
        return said
    if hit.kind == "claim":
        return [record.verdict, _first_sentence(record.evidence)]
    if hit.kind == "type":
        return [f"{record.name} neuropathy: {record.summary}", _first_sentence(record.damage_does)]
    if hit.kind == "topic":
        return [f"{record.title}: {record.summary}"]
    if hit.kind == "point":
        return [f"{record.name}: {record.location or record.note or record.standing}"]
    return [record.name]


def _first_sentence(text: str) -> str:
    end = text.find(". ")
    return text if end < 0 else text[: end + 1]

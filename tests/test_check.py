"""neuroinfo check: reading text, Markdown and HTML, splitting sentences, finding the claims
an article makes, and reporting them in every format."""

import importlib.util
import json
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from conftest import Invoke

from neuroinfo.check.reading import Block, blocks_of, kind_of
from neuroinfo.check.sentences import sentences
from neuroinfo.pages import FOOTER

ROOT = Path(__file__).parent.parent
ARTICLES = ROOT / "bench" / "articles"
SEED = ARTICLES / "seed.txt"
BIN = Path(sys.executable).parent / "neuroinfo"


def check_text(
    invoke: Invoke, tmp_path: Path, text: str, name: str = "article.txt"
) -> list[dict[str, Any]]:
    """The findings of `neuroinfo check --json` on `text`, saved as `name`."""
    page = tmp_path / name
    page.write_text(text, encoding="utf-8")
    findings: list[dict[str, Any]] = json.loads(invoke("check", str(page), "--json").stdout)
    return findings


def cases(name: str) -> list[list[str]]:
    """The cases of a file in check_cases/, one a line, their fields split at tabs."""
    text = (Path(__file__).parent / "check_cases" / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines()]


def split(text: str, kind: str = "text") -> list[tuple[int, str]]:
    return [(s.line, s.text) for b in blocks_of(text, kind) for s in sentences(b)]


# ---------------------------------------------------------------- sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A review by Ju et al. found little. Dr. Lee disagreed.",
            ["A review by Ju et al. found little.", "Dr. Lee disagreed."],
        ),
        (
            "Some points, e.g. ST36, are used often. Others, i.e. extra points, less so.",
            ["Some points, e.g. ST36, are used often.", "Others, i.e. extra points, less so."],
        ),
        (
            "Pain fell by 2.5 points vs. 1.1 points. See Fig. 3 for details.",
            ["Pain fell by 2.5 points vs. 1.1 points.", "See Fig. 3 for details."],
        ),
        ("Ask for No. 3 at the desk. It helps.", ["Ask for No. 3 at the desk.", "It helps."]),
        ("J. Smith wrote it. It was short.", ["J. Smith wrote it.", "It was short."]),
        ('"It works!" she said. Really? Yes.', ['"It works!" she said.', "Really?", "Yes."]),
        ("Bring socks, a towel, etc. Then relax.", ["Bring socks, a towel, etc.", "Then relax."]),
        # two paragraphs run together when a page was copied; not a name, a figure or "e.g."
        (
            "It may repair nerve damage.After the trial, more are planned.",
            ["It may repair nerve damage.", "After the trial, more are planned."],
        ),
        (
            "Visit neuroinfo.org today, e.g.Tuesday, for 2.5 hours with Dr.Lee of St.Luke's.",
            ["Visit neuroinfo.org today, e.g.Tuesday, for 2.5 hours with Dr.Lee of St.Luke's."],
        ),
        (
            "Mail info@clinic.Com, see Booking.Com, notes.Txt, incl.Acupuncture or a/b.Html now.",
            ["Mail info@clinic.Com, see Booking.Com, notes.Txt, incl.Acupuncture or a/b.Html now."],
        ),
        # notes' numbers run on after a full stop, as a page's superscripts are copied
        (
            "It eases pain by calming the nerves.12345 Is it safe? Mostly.1,2 Trials agree.3-5",
            [
                "It eases pain by calming the nerves.12345",
                "Is it safe?",
                "Mostly.1,2",
                "Trials agree.3-5",
            ],
        ),
        (
            "Version 2.12 Is out. See no.5 The notes. Take 2.5 Mg daily.",
            ["Version 2.12 Is out.", "See no.5 The notes.", "Take 2.5 Mg daily."],
        ),
    ],
)
def test_sentences_end_where_people_end_them(text: str, expected: list[str]) -> None:
    assert [t for _, t in split(text)] == expected


def test_lists_headings_and_line_numbers() -> None:
    text = (
        "What acupuncture does\n"
        "It is a treatment from China. It uses fine\n"
        "needles.\n"
        "\n"
        "- eases pain\n"
        "- helps sleep\n"
        "1. First item\n"
    )
    assert split(text, "markdown") == [
        (1, "What acupuncture does"),
        (2, "It is a treatment from China."),
        (2, "It uses fine needles."),
        (5, "eases pain"),
        (6, "helps sleep"),
        (7, "First item"),
    ]


def test_markdown_marks_and_code_are_dropped() -> None:
    text = (
        "# Title\n\nThis **really** [helps](http://x.example) a `lot`.\n\n```\ncode. Here.\n```\n"
    )
    assert split(text, "markdown") == [(1, "Title"), (3, "This really helps a lot.")]


def test_html_keeps_only_visible_text() -> None:
    html = (
        "<!DOCTYPE html><html><head><title>Hidden</title>\n"
        "<script>var claim = 'acupuncture cures neuropathy.';</script>\n"
        "<style>.x { color: red }</style></head>\n"
        "<body><nav><a href='/'>Home</a></nav>\n"
        "<p>Acupuncture &amp; rest <b>help</b> some\n"
        "people. It is safe.</p><ul><li>One item</li><li>Two items</li></ul>\n"
        "</body></html>\n"
    )
    assert kind_of(html, "page.txt") == "html"
    assert split(html, "html") == [
        (5, "Acupuncture & rest help some people."),
        (6, "It is safe."),
        (6, "One item"),
        (6, "Two items"),
    ]


def test_a_short_line_after_a_sentence_is_a_heading_in_text_copied_from_a_page() -> None:
    """Copied from a page, each paragraph is a line and a heading is a short line between
    them; a short line broken off mid-phrase, or over a line that goes on in lower case, is
    part of its paragraph."""
    text = (
        "We see many patients with numb feet.\n"
        "How Acupuncture Works\n"
        "When a needle goes in, the body responds.\n"
        "The trial ran for eight\n"
        "weeks in total.\n"
        "Patients who had acupuncture and\n"
        "Sham needling both improved.\n"
        "In a 2019 trial at our hospital, acupuncture reduced\n"
        "CIPN symptoms in most patients.\n"
    )
    assert split(text, "text") == [
        (1, "We see many patients with numb feet."),
        (2, "How Acupuncture Works"),
        (3, "When a needle goes in, the body responds."),
        (4, "The trial ran for eight weeks in total."),
        (6, "Patients who had acupuncture and Sham needling both improved."),
        (8, "In a 2019 trial at our hospital, acupuncture reduced CIPN symptoms in most patients."),
    ]


def test_a_heading_after_a_sentence_that_ends_with_its_source_is_a_heading() -> None:
    """A line that ends a sentence and then names its source or reference marks ("...
    your doctor. (Lee 2021)", "... weeks.[2, 3]") ends its paragraph all the same: the short
    line after it is a heading, not the start of the next sentence."""
    text = (
        "Talk to your doctor about any new numbness. (Lee 2021)\n"
        "Acupuncture and Neuropathy\n"
        "Acupuncture is known for easing many kinds of pain.\n"
        "Most trials were small.[2,3]\n"
        "What the Studies Found\n"
        "Two reviews reached different conclusions.\n"
        "Many of them, as one review put it (Lee 2021)\n"
        "Our Approach\n"
        "rests on the same idea.\n"
    )
    assert split(text, "text") == [
        (1, "Talk to your doctor about any new numbness."),
        (1, "(Lee 2021)"),
        (2, "Acupuncture and Neuropathy"),
        (3, "Acupuncture is known for easing many kinds of pain."),
        (4, "Most trials were small.[2,3]"),
        (5, "What the Studies Found"),
        (6, "Two reviews reached different conclusions."),
        (7, "Many of them, as one review put it (Lee 2021) Our Approach rests on the same idea."),
    ]


def test_a_long_line_in_title_case_over_a_paragraph_is_a_heading() -> None:
    """A page's title copied over its first paragraph, longer than a short heading, is still
    a heading when its words are capitalised as a title's; a long line of prose is not."""
    text = (
        "Acupuncture for Cancer Care in Integrative Oncology: Evidence and Safety\n"
        "Acupuncture has moved into many cancer centres.\n"
        "\n"
        "Patients at our clinic often ask about needles and numbness in Their Feet\n"
        "After Chemotherapy, and we answer them.\n"
    )
    assert split(text, "text") == [
        (1, "Acupuncture for Cancer Care in Integrative Oncology: Evidence and Safety"),
        (2, "Acupuncture has moved into many cancer centres."),
        (
            4,
            "Patients at our clinic often ask about needles and numbness in Their Feet After"
            " Chemotherapy, and we answer them.",
        ),
    ]


FURNISHED = """<!DOCTYPE html><html><head><title>Acupuncture | Clinic</title></head>
<body class="single has-sidebar comments-open">
<header class="site-header"><nav class="menu"><a href="/">Acupuncture heals nerves</a></nav>
</header>
<div id="cookieBar">We use cookies. Acupuncture is safe for everyone.</div>
<main><article><h1>Acupuncture and neuropathy</h1>
<p>Acupuncture restores damaged nerves in the feet.</p>
<p>Many of our patients come to us after years of numb, burning feet and poor sleep.</p>
<p>A course is usually ten sessions over five weeks, each about half an hour.</p>
<div class="share-buttons">Share: acupuncture relieves pain</div>
<aside class="at-a-glance"><p>Ten sessions is a usual course.</p></aside>
<aside><h3>You might also like</h3><a href="/r">Acupuncture regrows nerves</a></aside>
<aside class="related-posts">Acupuncture for sciatica</aside>
</article>
<aside class="widget-area"><div><div>Acupuncture eases chemo neuropathy.</div></div></aside>
</main>
<section class="comments"><p>Acupuncture cured my numb feet!</p></section>
<div role="contentinfo">Natural healing for chronic pain.</div>
<footer><p>Acupuncture is safe and effective.</p></footer>
</body></html>
"""


def test_html_drops_the_pages_furniture_around_the_article() -> None:
    """Menus, cookie banners, share buttons, sidebars and footers are the site's, not the
    article's, by tag, role or class; a body whose class names a sidebar is not one. An aside
    inside the article is its own box, unless its class says otherwise, though the links in it
    are related posts. Readers' comments
    stay: what a commenter claims is put before the reader too."""
    assert split(FURNISHED, "html") == [
        (6, "Acupuncture and neuropathy"),
        (7, "Acupuncture restores damaged nerves in the feet."),
        (8, "Many of our patients come to us after years of numb, burning feet and poor sleep."),
        (9, "A course is usually ten sessions over five weeks, each about half an hour."),
        (11, "Ten sessions is a usual course."),
        (12, "You might also like"),
        (17, "Acupuncture cured my numb feet!"),
    ]


def test_html_keeps_everything_when_the_furniture_would_be_most_of_it() -> None:
    """Marked up in some unforeseen way (the whole article in a "widget"), a page keeps all
    its text rather than lose its article."""
    html = (
        '<html><body><div class="widget"><p>The whole article is here, about what'
        " acupuncture does for numb feet.</p></div><nav>Home</nav></body></html>"
    )
    assert [text for _, text in split(html, "html")] == [
        "The whole article is here, about what acupuncture does for numb feet.",
        "Home",
    ]


def test_deep_nesting_inside_furniture_is_read_in_one_pass() -> None:
    html = "<aside>" + "<div>" * 50_000 + "</span>" * 50_000 + "</aside><p>Shown here.</p>"
    assert split(html, "html") == [(1, "Shown here.")]


def test_a_block_knows_the_line_of_every_character() -> None:
    block = Block()
    block.add("ab", 3)
    block.add("c", 4)
    assert [block.line_at(i) for i in range(4)] == [3, 3, 4, 4]


# ---------------------------------------------------------------- finding claims

EVIDENCE = "research-confirms-benefit"
PAIN = "changes-chronic-pain"
PREVENT = "cipn-prevention"
SEED_CLAIMS = [
    (1, "research-confirms-benefit", "How Acupuncture Can Help Neuropathy"),
    (5, "stimulates-nervous-system", "The practitioner inserts thin needles"),
    (5, "stimulates-nervous-system", "They palpitate these needles"),
    (5, "natural-healing", "These secretions stimulate the body\u2019s natural healing"),
    (27, "treats-motor-symptoms", "The symptoms of neuropathy, such as muscle weakness"),
    (27, "stimulates-nervous-system", "The practitioner inserts the needles into the pressure"),
    (27, "releases-endorphins", "This action releases the body\u2019s natural painkillers"),
    (27, "changes-chronic-pain", "These secretions not only change the way"),
    (27, "restores-nerve-damage", "They also restore nerve damage."),
    (27, "research-confirms-benefit", "Research confirms the benefits of acupuncture"),
    (30, "improves-nerve-conduction", "Acupuncture treatment improves nerve conduction"),
]


def test_every_claim_of_the_seed_article_is_found(invoke: Invoke) -> None:
    result = invoke("check", str(SEED), "--json")
    assert result.exit_code == 0, result.stderr
    found = json.loads(result.stdout)
    assert [
        (f["line"], f["claim"], f["sentence"][: len(s)])
        for f, (_, _, s) in zip(found, SEED_CLAIMS, strict=True)
    ] == SEED_CLAIMS


@pytest.mark.parametrize(
    "sentence",
    [
        "In the US, roughly 15% of adults over 40 have peripheral neuropathy.",
        "Call us to book your first appointment.",
        "Peripheral neuropathy is damage to the nerves outside the brain and spinal cord.",
        "Can acupuncture help my neuropathy?",
        "No study has shown that acupuncture repairs damaged nerves.",
        "Duloxetine can ease nerve pain for some people.",
        "The needles are left in place for 20 minutes.",
        "Our clinic is open Monday to Friday, 9 a.m. to 5 p.m.",
        "It can cause numbness, tingling and burning pain in the feet.",
        # doubt, a disclaimer, a hypothesis, a needle going in, a paper's title, where it is used
        "No one has ever shown that acupuncture regrows nerves in people.",
        "I would not want anyone to take this as proof that acupuncture reverses neuropathy.",
        "Clinics that promise to regenerate nerves with acupuncture sound too good to be true.",
        "I'd want a sham-controlled trial before I told my patients that acupuncture works.",
        "Acupuncture is not intended to diagnose, treat, cure or prevent any disease.",
        "The team hypothesises that acupuncture increases blood flow to damaged nerves.",
        "You may feel a slight ache as a needle goes in, then a dull warmth spreading.",
        "Lee K, Park J. Adverse effects of acupuncture: a survey of 12,000 treatments.",
        "Acupuncture is widely used in East Asia and increasingly offered in pain clinics.",
        # doubts told in speech, a neutral stance, a subscribe line, another treatment, a
        # test that did not change
        "Acupuncture's not going to fix that.",
        "The one big trial in HIV neuropathy didn't show a difference from sham acupuncture.",
        "I don't think the needles fixed my nerves, and nobody ever told me they would.",
        "We do not recommend for or against acupuncture or any other complementary therapy.",
        "Subscribe for free to receive new posts and support my work.",
        "Acupuncture is only one option.",
        "Walking and simple balance exercises can make you steadier.",
        "My nerve conduction study in June looked exactly like the one from January.",
        # another treatment as the subject, neither found to help, never tested, unchanged,
        # no medicine recommended, figures not to be read as evidence
        "Herbal formulas such as Huang Qi Gui Zhi Wu Wu Tang warm the channels and relieve "
        "numbness, and are often given alongside needling.",
        "Although both acupuncture and amitriptyline are used to treat HIV nerve pain, neither "
        "treatment was found to relieve it in a new study.",
        "The pain-relieving potential of acupuncture has never been properly tested in "
        "controlled studies.",
        "His nerve conduction tests were repeated after the acupuncture course and the results "
        "were unchanged.",
        "At present no medicine is recommended to stop chemotherapy neuropathy from developing.",
        "Nobody should read these figures as evidence that acupuncture regrows nerves.",
        # words of effect used otherwise ("excited to", "free to", "reduced sensation",
        # "recommended to us"), a case's complaint, a study introduced, other methods, access
        "Many of our patients are excited to try acupuncture for their neuropathy.",
        "Readers who doubt the acupuncture studies are free to look them up and find fault.",
        "Numbness or reduced sensation (especially in fingers and toes)",
        "The patients were recommended to us for many reasons, such as pain after accidents.",
        "Claire, 84, came for acupuncture with a chief complaint of pain and numbness in both "
        "feet.",
        "For a study published in a diabetes journal, researchers gave 60 people with neuropathy "
        "acupuncture.",
        "In addition to acupuncture, other methods such as TENS are sometimes used to stimulate "
        "the nerves.",
        "To improve access to acupuncture, some cities offer community clinics.",
        "Acupuncturists believe that vital energy, or qi, travels through the nervous system "
        "along channels.",
        # treating as what someone does, and the effects of chemotherapy
        "Treating Peripheral Neuropathy With Acupuncture And Chinese Medicine",
        "Like many others, I have lingering effects of chemo that will never go, neuropathy "
        "among them.",
        "My acupuncturist would try to find a nerve, since she was trying to treat my neuropathy.",
        # "support" and "target" that are no effect, and doubt told as scepticism
        "Research found that these acupoints are areas rich in sensory nerves that support "
        "sensations such as touch.",
        "Many of our patients use acupuncture as a method for support throughout chemotherapy.",
        "Many people are skeptical that tiny needles will help relieve symptoms.",
        "Acupuncture targets specific points along the legs and feet.",
        # TCM told as its own view, and what people with neuropathy have
        "It grew out of traditional Chinese medicine, which describes health as the flow of "
        "energy, called qi, along channels called meridians.",
        "In that tradition, needling is meant to restore a healthy balance of qi.",
        "Some people also have muscle weakness, cramps or trouble with balance.",
        # headings that ask, or say how it works, rather than tell how it helps
        "How Acupuncture Works",
        "How Does Acupuncture Help With Neuropathy",
        "How Many Acupuncture Sessions Will I Need",
        # a conditional with acupuncture unnamed, a byline, a denial said with "won't",
        # press-release boilerplate, another treatment as the subject
        "If the tingling has not changed after a month, it is fine to stop.",
        "By Morgan Ellis, staff writer",
        "Sadly it won't regrow the nerves you have already lost.",
        "This statement contains forward-looking statements about our treatments.",
        "Tight blood sugar control helps slow further nerve damage.",
        # a denial after "but" still undoes the claim; another treatment after "when" or
        # "after" is still the subject
        "Many people try acupuncture for nerve pain, but there is no evidence that it works.",
        "Acupuncture is popular, although studies show it does not reverse nerve damage.",
        "After starting pregabalin my burning feet calmed down within a week.",
        "When I started pregabalin, my burning feet calmed down.",
        # from real pages: another kind of treatment named "treatment", the side effects of
        # another treatment, a denial typeset with a curly apostrophe or said with "none of",
        # what the page is, who the practitioner is, research still to be done, the condition
        "Most people with cancer find the side effects of chemotherapy hard to bear.",
        "Conventional treatment has not worked for many of our patients.",
        "There is currently no effective treatment for nerve damage caused by chemotherapy.",
        "Cancer treatment often leaves people with numb, painful fingers that improve slowly.",
        "Acupuncture doesn\u2019t appear to regrow damaged nerves.",
        "None of these trials showed that acupuncture restores lost sensation.",
        "This article explores whether acupuncture may help with nerve pain.",
        "This article explores the evidence on acupuncture for nerve pain.",
        "Dr. Ames has treated more than 2,000 patients with acupuncture since 2005.",
        "Larger trials are needed to confirm that acupuncture eases nerve pain.",
        "Symptoms often include pins and needles, burning and a feeling of walking on pebbles.",
        "The volunteers were randomly assigned to real or sham needling for eight weeks.",
        # another therapy the list did not know, how studies were run, side effects of drugs
        "Biofeedback can help people with neuropathy change the way they walk.",
        "Several experiments have been conducted on rats to study electroacupuncture.",
        "The patients were evaluated over a year with nerve conduction studies.",
        "Often the side effects are unbearable and lead people to stop treatment altogether.",
        # who does not respond, a page's topic, what people use it for, TCM theory told as
        # theory, the condition and its lack of cures, "pins and needle" as a symptom
        "I have found that people on high doses of gabapentin do not respond well to acupuncture.",
        "Acupuncture for Neuropathy: Benefits and Risks",
        "Acupuncture is commonly used to treat back pain and headaches.",
        "Many people with numb feet turn to acupuncture for relief.",
        "In Chinese medicine, qi is believed to flow through channels in the body.",
        "There are no known cures for neuropathy, and treatment aims to manage symptoms.",
        "Symptoms range from mild pins and needle sensations to stabbing pain.",
        "The symptoms of diabetic neuropathy include tingling, numbness and cramps.",
        # a story's doubt, a history, research still wanted, a contact line, a benefit no
        # graded claim is about, a symptom told as a symptom
        "I did not know if acupuncture would work, but I booked a session anyway.",
        "Western doctors once dismissed acupuncture as a placebo.",
        "Larger, better designed trials are needed before acupuncture can be recommended.",
        "If you have questions about acupuncture for numb feet, please get in touch.",
        "Acupuncture can also lower blood sugar and help with weight loss.",
        "It is almost impossible to balance on feet that are numb.",
        # a study's aim, a denial with "never been proved", another technique at acupuncture's
        # points, a benefit no graded claim is about, TCM's view told as a view
        "The new study aims to measure how far acupuncture reduces the intensity of symptoms.",
        "It has never been proved to relieve nerve pain in HIV neuropathy.",
        "In moxibustion, the acupuncture points are warmed with burning herbs.",
        "Acupuncture can reduce nausea and vomiting during chemotherapy.",
        "Eastern medicine views neuropathy as dampness that blocks the flow of qi.",
        # TCM's theory without acupuncture doing anything, a prevalence estimate, the end of
        # a session, what chemotherapy left behind
        "It is also believed that the free flow of qi and blood keeps the body healthy.",
        "According to Chinese medicine, numb feet are thought to arise from stagnant qi.",
        "An estimated 30 to 40 percent of people on chemotherapy experience these symptoms.",
        "At the end of the hour she came back and removed all of the needles.",
        "One of the lasting side effects from chemo that I have been left with is neuropathy.",
        # TCM theory with acupuncture's points, not acupuncture, in it; a page's invitation
        "These acupuncture points are believed to be connected to energy pathways (meridians).",
        "When qi does not flow properly through the meridians, the tissues are starved.",
        "Learn more about acupuncture for nerve pain to help you decide if it suits you.",
        # how it works is no verdict that it does; "this" alone stands for no treatment
        "No one is sure how acupuncture might work on damaged nerves.",
        # the condition, research under way, a biography, organ theory, benefits no graded
        # claim is about, and an organisation's offer
        "It can be a complication of a number of different medical conditions.",
        "Various research studies have investigated the role of acupuncture in nerve damage.",
        "He is the president of a foundation that promotes acupuncture research.",
        "The liver is in charge of moving the qi around the body.",
        "For people recovering from substance use, acupuncture has eased their cravings.",
        "Our association offers an online finder for acupuncture clinics near you.",
        # how it is done, TCM's map of the body, and what a guide is for
        "It works by stimulating specific points on the body with needles.",
        "We then place very fine needles while you relax on a padded table.",
        "There are 14 meridians through which the energy of the body flows.",
        "Our goal in this guide is to walk you through what the evidence says about acupuncture.",
        # the condition, advice, a title, other therapies, other treatments' limits
        "Pain, numbness or tingling in your hands and feet can be very debilitating.",
        "Diabetic neuropathy can include symptoms such as pain and numbness in the feet.",
        "The key is to find an acupuncturist who knows how to treat nerve pain.",
        "Before delving into the benefits of acupuncture, it helps to understand neuropathy.",
        "The Effect of Acupuncture on Diabetes-Related Nerve Damage",
        "Other therapies are often combined with acupuncture to enhance the results.",
        "However, these treatments may not always provide adequate relief.",
        # a story's research, and a review's method
        "So I began some research into ways acupuncture might help my feet.",
        "A review published in 2022 analysed several randomised trials of acupuncture for pain.",
        # acupuncture's theory, and the condition's causes
        "In acupuncture theory, the nerves and the brain are considered a kind of marrow.",
        "This nerve damage is often associated with poor blood flow to the feet.",
        # from the second review: a device's approval, other pains, no relief, a booking, a
        # noun that is no verb of effect, a job
        "Acupuncture needles were approved by the FDA as medical devices in 1996.",
        "Acupuncture relieves migraine pain.",
        "Acupuncture eases knee pain from arthritis.",
        "I found no relief from acupuncture for my neuropathy.",
        "Acupuncture can be offered at our clinic on Tuesdays and Thursdays.",
        "Numbness in the feet can make it hard to notice cuts and blisters.",
        "Our acupuncturist worked in a hospital in Shanghai for ten years.",
        # what a clinic does, statistics, TCM's words, few studies
        "Our clinic specialises in acupuncture for neuropathy and nerve pain.",
        "The CDC reports that many people with diabetes have nerve pain and numbness.",
        "Qi is the life force that flows through the body and keeps it healthy.",
        "There have been few rigorous studies showing that acupuncture helps nerve pain.",
        # a research proposal's hypothesis, aim, plan and design; a question reported; interest
        "Our main hypothesis is that weekly needling will lessen numbness in the toes.",
        "We hypothesise that electroacupuncture eases numbness in the feet.",
        "The primary objective is to assess how acupuncture reduces nerve pain in the feet.",
        "We will enrol people who finished chemotherapy to see if needling eases their numb feet.",
        "Our proposed study could show that acupuncture eases tingling in the hands.",
        "My neighbour asked me if acupuncture could cure her burning feet.",
        "There is growing interest in acupuncture as a way to ease nerve pain.",
        # a trial's record: its fields, what will be measured, and its predictions; the title
        # of a paper that states no result; "lower" legs; a denial; a technique without needles
        "Sample size: 80 women gives enough power to detect less numbness with acupuncture.",
        "Control: sham acupuncture that eases nothing, with blunt needles at the same points.",
        "Participants given real acupuncture will report less tingling at twelve weeks.",
        "Reduced numbness with electroacupuncture will be measured with the same nerve tests.",
        "We will monitor every participant for bruising and fainting after each session.",
        "Secondary endpoints: numbness will be lower in the acupuncture group than with sham.",
        "Halvorsen K, Ito M. Acupuncture for numb feet after chemotherapy: a pilot study.",
        "The fine needles usually go into the lower legs, the feet and the backs of the hands.",
        "That acupuncture regrows nerves isn't something the research supports.",
        "The research does not support the idea that acupuncture repairs nerves.",
        "Acupressure stimulates the points used in acupuncture with the fingers, with no needles.",
        "Acupuncture sessions ended with more numbness than before.",
        # a title that only names its topic, research still needed, a plan
        "Acupuncture for nerve pain from chemotherapy in an older man.",
        "Larger studies with nerve tests in more patients are necessary to confirm that "
        "acupuncture eases pain.",
        "Acupuncture was planned because her nerve pain after chemotherapy continued.",
        # a story's history: what another treatment left behind
        "I came in after chemo left my fingers numb.",
        # what the condition does to the feet, and what a pilot study might find
        "Your feet can feel numb or tingly, and the soles may become painful at night.",
        "This pilot has the potential to identify a gentle way to relieve numb feet.",
        # how a study was done: people who were treated (found by a set of real pages)
        "All patients were treated with the same acupuncture protocol.",
        "The participants were treated with acupuncture twice a week for eight weeks.",
        # a trial's limit told (found by a new user's trial)
        "But there was no sham group, so patients knew which treatment they had received, and "
        "expectations may explain part of the difference.",
    ],
)
def test_sentences_that_make_no_claim_are_left_alone(
    invoke: Invoke, tmp_path: Path, sentence: str
) -> None:
    article = tmp_path / "article.txt"
    article.write_text(f"Acupuncture and neuropathy\n\n{sentence}\n", encoding="utf-8")
    result = invoke("check", str(article), "--json")
    assert (result.exit_code, json.loads(result.stdout)) == (0, [])


def test_a_list_under_a_heading_of_what_to_expect_says_what_acupuncture_brings(
    invoke: Invoke, tmp_path: Path
) -> None:
    found = check_text(
        invoke,
        tmp_path,
        "Acupuncture for neuropathy\n\nOur acupuncturists use fine needles.\n\n"
        "## What You Can Expect\n\n- Less burning and shooting pain\n"
        "- Deeper sleep and a brighter mood\n\n## Backed by Research\n\nBook a visit today.\n",
        name="page.md",
    )
    assert [(f["line"], f["sentence"], f["claim"]) for f in found] == [
        (7, "Less burning and shooting pain", PAIN),
        (8, "Deeper sleep and a brighter mood", "natural-healing"),
        (10, "Backed by Research", EVIDENCE),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Acupunct Safety Rev. 2019;11(4):201-209.",  # where a paper was published
        "Chemotherapy can damage the nerves of the hands and feet.",
        "The result can be numbness, burning pain and foot ulcers that are slow to heal.",
        "You may be advised to wait if your blood counts are low, because of a higher risk of "
        "infection.",
        '"These nerves took years to be damaged, and we were never expecting to rebuild them in '
        'eight weeks," she said.',
    ],
)
def test_sentences_on_their_own_that_make_no_claim_are_left_alone(
    invoke: Invoke, tmp_path: Path, sentence: str
) -> None:
    assert check_text(invoke, tmp_path, sentence + "\n") == []


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        (
            "Many of our patients say the needles regrow their damaged nerves.",
            "restores-nerve-damage",
        ),
        ("Acupuncture is clinically proven to treat neuropathy.", "research-confirms-benefit"),
        (
            "In one study, 80% of patients improved after acupuncture, vs. 15% with drugs.",
            "research-confirms-benefit",
        ),
        ("Side effects are rare and mild, at most a small bruise.", "safety-minor-effects"),
        (
            "Needling triggers the release of endorphins, your body's own painkillers.",
            "releases-endorphins",
        ),
        # another treatment only set against it, a claim qualified after "but", a byline-
        # like opening that is a sentence, and a verb of getting better no list had before
        (
            "It can even regrow damaged nerves, which no pill can do.",
            "restores-nerve-damage",
        ),
        (
            "Many try acupuncture. It is a natural, drug-free way to ease nerve pain.",
            "changes-chronic-pain",
        ),
        (
            "Acupuncture may help some people feel less nerve pain, but it is not a cure.",
            "changes-chronic-pain",
        ),
        (
            "By the fourth session acupuncture had eased the burning pain in my feet a lot.",
            "changes-chronic-pain",
        ),
        ("After acupuncture the shooting pains in my legs subsided.", "changes-chronic-pain"),
        # ... and people treated, with what the treatment did
        (
            "Patients were treated with acupuncture and their nerve pain eased.",
            "changes-chronic-pain",
        ),
        (
            "Acupuncture eased the burning pain in my feet, but it won't fully cure neuropathy.",
            "changes-chronic-pain",
        ),
        # "shown" is study language; the other arm of a trial, set against acupuncture
        (
            "Research has shown that acupuncture can relieve neuropathy.",
            "research-confirms-benefit",
        ),
        (
            "Acupuncture appears to improve nerve signalling in the legs.",
            "improves-nerve-conduction",
        ),
        (
            "In the trial, 61% of patients improved with acupuncture versus 20% on usual care.",
            "research-confirms-benefit",
        ),
        # a verdict on acupuncture by name, or its effect on neuropathy in general, is the
        # general claim; "whether X or Y" is no doubt
        ("Among the gentler options, one of the most promising is acupuncture.", EVIDENCE),
        ("Acupuncture can calm peripheral neuropathy", EVIDENCE),
        # a limit said after "while", a session told with its purpose
        (
            "While acupuncture helps most people with neuropathy, it does not work for everyone.",
            EVIDENCE,
        ),
        (
            "The needles used in acupuncture are placed at pressure points to stimulate the "
            "nervous system.",
            "stimulates-nervous-system",
        ),
        ("This technique changes how your body responds to pain.", "changes-chronic-pain"),
        # harms and repair told in everyday words still name their claims
        ("A collapsed lung from acupuncture is extremely rare.", "safety-serious-harm"),
        ("Some people feel dizzy or drowsy after an acupuncture session.", "safety-minor-effects"),
        # risk denied is safety claimed ("risk-free" is no "pain-free" effect)
        ("Acupuncture is risk-free.", "safety-minor-effects"),
        ("Acupuncture has no risks.", "safety-serious-harm"),
        ("Acupuncture helps nerves grow back.", "restores-nerve-damage"),
        # a topic named, then a claim made of it
        ("Acupuncture for neuropathy is backed by clinical research.", EVIDENCE),
        # an effect the sessions are credited with, on the symptom it names
        ("With acupuncture, twelve years of aching finally went away.", "changes-chronic-pain"),
        # a word with an apostrophe is one word in a gap between two others
        ("This technique changes your body's response to pain.", "changes-chronic-pain"),
        ("Acupuncture can help.", EVIDENCE),
        ("For burning feet, this is where acupuncture excels.", "changes-chronic-pain"),
        ("Even so, many people have found relief from acupuncture sessions.", EVIDENCE),
        # pain is the graded claim's, whatever else it eased
        ("Acupuncture eased her pain and her nausea.", "changes-chronic-pain"),
        (
            "Acupuncture decreased the burning pain in my feet.",
            "changes-chronic-pain",
        ),
        (
            "Whether your neuropathy came from an injury or from an unknown cause, acupuncture "
            "can reduce its symptoms.",
            "treats-sensory-symptoms",
        ),
        # an idiom of relief; a paper whose title states a result; a quote with its speaker
        ("Acupuncture may take the edge off the burning in your feet.", "changes-chronic-pain"),
        (
            "Ito M, Reyes D. Electroacupuncture eases numb feet after chemotherapy: a randomised "
            "trial.",
            "cipn-symptoms",
        ),
        # a claim is named only by a sentence that speaks of its subject: not endorphins for
        # "natural", not pain when no pain is named
        (
            "Acupuncture is a natural and effective way to deal with neuropathy.",
            EVIDENCE,
        ),
        ("Neuropathy from an infection generally responds well to acupuncture.", EVIDENCE),
        # the flow of qi is the body's balance; signals to the brain are its nerves
        ("The needles stimulate the circulation of qi and blood in the legs.", "natural-healing"),
        (
            "Acupuncture stimulates the flow of energy and signals along the nerves to the brain.",
            "stimulates-nervous-system",
        ),
        # prevention is claimed only in words of prevention, and keeping nerves from dying is
        # not preventing neuropathy
        (
            "For patients with peripheral neuropathy, the goal is to re-stimulate damaged nerve "
            "fibres and prevent them from dying off; that is where acupuncture can really make a "
            "difference.",
            EVIDENCE,
        ),
        ("Acupuncture is a promising treatment for CIPN.", "cipn-symptoms"),
        ("Acupuncture during chemotherapy may head off nerve damage before it starts.", PREVENT),
        # pain named, and no study: the claim about pain; a study named: the one on research;
        # the pain of neuropathy by name: the claim that acupuncture helps neuropathy
        ("Our acupuncture clinic works to ease the pain of peripheral neuropathy.", EVIDENCE),
        ("Our acupuncture clinic works to ease nerve pain in the feet.", PAIN),
        ("Try acupuncture to calm burning nerves", PAIN),
        # a denial of another treatment, and research that suggested a benefit
        (
            "Patients with diabetic neuropathy can use electroacupuncture to manage their pain, "
            "especially when medications do not work.",
            "dpn-symptoms",
        ),
        (
            "Earlier research suggested acupuncture may improve blood flow to the legs and "
            "repair nerve damage.",
            "restores-nerve-damage",
        ),
        # successful in treating
        ("Acupuncture has been successful in treating diabetic neuropathy.", "dpn-symptoms"),
        # acupuncture among other treatments that help
        (
            "Exercise, massage, meditation, yoga and acupuncture can also help relieve symptoms.",
            EVIDENCE,
        ),
        # a "yes" given to a question asked in the same sentence
        (
            "The short answer is yes to the question, does neuropathy respond to acupuncture?",
            EVIDENCE,
        ),
        # everyday words: coming out ahead, good results, feeling calm, scores coming down
        (
            "In the trial, real needling came out ahead on numbness and tingling.",
            "treats-sensory-symptoms",
        ),
        ("I left every acupuncture session calm and rested.", "natural-healing"),
        (
            "Our acupuncture patients have had good results with cramping and twitching.",
            "treats-motor-symptoms",
        ),
        ("With acupuncture, nightly pain scores came down by about two points.", PAIN),
        (
            "A 2019 trial found a 63% response rate with acupuncture versus 29% with usual care.",
            EVIDENCE,
        ),
        (
            "Acupuncture is much studied for its benefits in managing neuropathic pain.",
            EVIDENCE,
        ),
        (
            '"After my fourth acupuncture session I could feel my toes again." \u2013 Jan, 61',
            "treats-sensory-symptoms",
        ),
        # relief of pain is the claim about pain, not the body's own healing
        ("Acupuncture can help to reduce pain, improve sleep quality and lift the mood.", PAIN),
    ],
)
def test_claims_said_in_other_words_are_found(
    invoke: Invoke, tmp_path: Path, sentence: str, claim: str
) -> None:
    found = check_text(invoke, tmp_path, sentence + "\n")
    assert [f["claim"] for f in found] == [claim]


@pytest.mark.parametrize(
    "text",
    [
        # a limit is no denial
        "Acupuncture eases nerve pain for many people, but it does not always work.",
        "While acupuncture does not always work, it eases nerve pain for many people.",
        # a description that goes on to a result
        "Researchers have studied the effects of acupuncture on chemotherapy neuropathy and "
        "found it reduced pain by 40%.",
        "A 2020 review analysed 15 trials and found acupuncture significantly reduced neuropathy "
        "symptoms.",
        "The effect of acupuncture on nerve pain was significant in the trial.",
        "The insertion of fine needles at specific points reduces nerve pain in the feet.",
        "After a thorough assessment, acupuncture can reduce your nerve pain.",
        "I had become used to the numbness, but acupuncture made it fade within a month.",
        "Our clinic specialises in acupuncture, which eases burning and numbness in the feet.",
        # how a session goes, told with what it is for
        "The needles remain in place for about twenty minutes to stimulate the nerves.",
        # praise, and "few" that is not about studies
        "Acupuncture offers real hope for people living with neuropathy.",
        "Over the past few years studies have shown that acupuncture reduces neuropathic pain.",
        "Many patients swear by acupuncture for their neuropathy.",
        # testimony is no description of the condition
        "I started acupuncture in March.\n\nThe tingling affecting my feet is not as bad now.",
        "Acupuncture is a gentle therapy.\n\nWithin a few weeks, many patients can feel the "
        "burning in their feet ease.",
        # what people have, told as a change, is no description of the condition
        "Acupuncture is a gentle therapy.\n\nMany people have less pain after a few sessions.",
    ],
)
def test_claims_the_rules_for_real_pages_must_not_hide(
    invoke: Invoke, tmp_path: Path, text: str
) -> None:
    found = check_text(invoke, tmp_path, text + "\n")
    assert [f["line"] for f in found] == [text.count("\n") + 1]


@pytest.mark.parametrize(("between", "found"), [(0, True), (1, True), (2, False)])
def test_a_sentence_far_from_acupuncture_needs_a_stronger_match(
    invoke: Invoke, tmp_path: Path, between: int, found: bool
) -> None:
    """A testimony-like line in a stretch of text that never names acupuncture is most often
    about the condition or another treatment: it needs a stronger match than one within two
    sentences of one that names acupuncture."""
    line = "By June the cramps in my calves had settled a little."
    story = ["My daughter drove me there.", "The roads were bad."][:between]
    findings = check_text(
        invoke, tmp_path, "\n\n".join(["I began acupuncture in May.", *story, line]) + "\n"
    )
    assert [f["sentence"] for f in findings] == ([line] if found else [])


@pytest.mark.parametrize(
    ("article", "claims"),
    [
        ("Can acupuncture ease the burning pain of neuropathy?\n\nYes, for many it can.", 1),
        ("Is acupuncture safe for people with diabetes?\n\nAbsolutely.", 1),
        ("Can acupuncture regrow damaged nerves?\n\nNo, nothing shows that it does.", 0),
        ("Is the clinic open on Saturdays?\n\nYes.", 0),
        ("Acupuncture eases nerve pain for some.\n\nYes, it can.", 1),
        ("You may wonder, is acupuncture safe with neuropathy?\n\nThe short answer is yes.", 1),
        # the question's word said back, of acupuncture's safety only
        ("Is acupuncture safe for diabetics?\n\nVery safe.", 1),
        ("Is acupuncture safe, and does it work for neuropathy?\n\nVery safe.", 1),
        ("Does acupuncture help with numbness?\n\nVery safe.", 0),
        (
            "Acupuncture helps some.\n\nIs it safe to exercise with neuropathy?\n\nGenerally safe.",
            1,
        ),
        # a "yes" that is a no, or takes itself back
        ("Can acupuncture regrow damaged nerves?\n\nAbsolutely not.", 0),
        ("Can acupuncture regrow damaged nerves?\n\nIt can't.", 0),
        ("Can acupuncture regrow damaged nerves?\n\nYes, but no study has shown that it does.", 0),
    ],
)
def test_a_yes_makes_the_claim_its_question_asks(
    invoke: Invoke, tmp_path: Path, article: str, claims: int
) -> None:
    """FAQ pages answer "Can acupuncture ...?" with "Yes": the answer is the claim."""
    found = check_text(invoke, tmp_path, article + "\n", "faq.md")
    assert len(found) == claims
    if claims and "?" in article and "safe to" not in article:
        assert found[0]["line"] == 3
        assert found[0]["sentence"] == article.split("\n\n")[1]
    if "Very safe" in article and claims:
        assert found[0]["claim"] == "safety-minor-effects"  # not what else the question asks


@pytest.mark.parametrize(
    ("article", "lines"),
    [
        # a thread's question, answered further down
        (
            "Can acupuncture help with chemo-induced neuropathy?\n\nAsked by Sam. 4 answers.\n\n"
            "Short answer: yes. Keep your hopes realistic.",
            [5],
        ),
        # "it" for acupuncture, named just before the question
        (
            "Acupuncture is offered at many cancer centres.\n\nDoes it work?\n\n"
            "For many people, yes, at least to some degree.",
            [5],
        ),
        # ... or a few sentences above, with no other treatment named since
        (
            "Acupuncture is offered at many cancer centres.\n\nThe nerves are long.\n\n"
            "Feet go first.\n\nThen hands.\n\nDoes it work?\n\nFor many people, yes.",
            [11],
        ),
        # ... but not when another treatment was named since
        (
            "Acupuncture is offered at many cancer centres.\n\nThe nerves are long.\n\n"
            "Duloxetine is often tried first.\n\nThen hands.\n\nDoes it work?\n\n"
            "For many people, yes.",
            [],
        ),
        # ... nor when acupuncture was last named far above
        (
            "Acupuncture is offered at many cancer centres.\n\n"
            + "".join(f"Nerves are long, {n}.\n\n" for n in range(7))
            + "Does it work?\n\nFor many people, yes.",
            [],
        ),
        # a question on a line of its own on a page about acupuncture asks about it, however
        # far above acupuncture was named and whatever was named since
        (
            "Acupuncture at our clinic\n\nWe offer acupuncture. Acupuncture takes an hour.\n\n"
            "Duloxetine is often tried first. It can cause nausea. Nerves are long. Feet go "
            "first. Hands later.\n\nIs it safe?\n\nYes, in trained hands.",
            [9],
        ),
        # ... unless it asks about the condition
        (
            "Acupuncture at our clinic\n\nWe offer acupuncture. Acupuncture takes an hour.\n\n"
            "Nerves are long.\n\nIs it reversible?\n\nSometimes, yes.\n\n"
            "Will it get worse?\n\nYes, it can.",
            [],
        ),
        # a "yes" opening a line answers the question a few sentences above it
        (
            "Acupuncture is offered at many cancer centres.\n\nIs acupuncture safe for me? "
            "My feet are numb.\n\nGenerally, yes. Check your feet after each session.",
            [5],
        ),
        (
            "Acupuncture is offered at many cancer centres.\n\nIs acupuncture safe for me?\n\n"
            "- Reader in Leeds\n\nUsually, yes, but tell the acupuncturist about warfarin.",
            [7],
        ),
        # ... but not when another question was asked since
        (
            "Acupuncture is offered at many cancer centres.\n\nIs acupuncture safe for me?\n\n"
            "Usually.\n\nCan I pay by card?\n\nYes, any card.",
            [],
        ),
        # answers that grant the question without a plain "yes"
        ("Can acupuncture prevent chemo neuropathy?\n\nEarly evidence suggests it might.", [3]),
        ("Is acupuncture safe?\n\nVery, in trained hands.", [3]),
        ("Is acupuncture safe with blood thinners? Rosa said yes, in most cases.", [1]),
    ],
)
def test_a_yes_answers_the_question_it_stands_under(
    invoke: Invoke, tmp_path: Path, article: str, lines: list[int]
) -> None:
    found = check_text(invoke, tmp_path, article + "\n", "thread.md")
    assert [f["line"] for f in found] == lines


@pytest.mark.parametrize(
    ("article", "lines"),
    [
        # a lead-in a few sentences after acupuncture was named, no other treatment since
        (
            "Acupuncture is offered here.\n\nSessions last an hour. Most people come weekly. "
            "A typical course can help with:\n\nnumb toes\n\nnight cramps in the calves",
            [5, 7],
        ),
        # a question on what it helped with, on a page about acupuncture
        (
            "Acupuncture at our clinic\n\nWe offer acupuncture. Acupuncture takes an hour.\n\n"
            "Nerves are long. Feet go first. Hands later. Parking is free.\n\n"
            "What did our patients say it helped with most?\n\n- Burning feet at night\n"
            "- Cramps in the calves",
            [9, 10],
        ),
        # what patients in its studies reported, and what they told us about
        (
            "Acupuncture is offered here.\n\nTrials of acupuncture have been small. Most were "
            "in China.\n\nPatients in these studies commonly reported:\n\n- fewer episodes of "
            "tingling",
            [7],
        ),
        (
            "Acupuncture is offered here.\n\nOur patients have told us about:\n\n"
            "- more feeling in their toes",
            [5],
        ),
        # ... not what people with the condition tell of
        (
            "Acupuncture is offered here.\n\nNerves are long. Feet go first.\n\n"
            "As neuropathy progresses, people often tell us about:\n\n- burning feet at night",
            [],
        ),
    ],
)
def test_the_items_of_a_list_on_what_acupuncture_did_are_its_claims(
    invoke: Invoke, tmp_path: Path, article: str, lines: list[int]
) -> None:
    found = check_text(invoke, tmp_path, article + "\n", "list.md")
    assert [f["line"] for f in found] == lines


def test_a_list_after_a_lead_in_on_what_acupuncture_does_is_read_with_it(
    invoke: Invoke, tmp_path: Path
) -> None:
    """ "Studies show acupuncture may:" then "Ease burning feet": each item is a claim; the
    items of a list on something else ("Mild side effects can include:") are not read so."""
    found = check_text(
        invoke,
        tmp_path,
        "Studies show acupuncture may:\n\nEase burning feet\n\nCalm nerve pain\n\n"
        "Reduce tingling\n\nEase cramps in the calves\n\n"
        "Mild side effects can include:\n\nsoreness at a needle site\n",
    )
    assert [(f["line"], f["sentence"]) for f in found] == [
        (1, "Studies show acupuncture may:"),
        (3, "Ease burning feet"),
        (5, "Calm nerve pain"),
        (7, "Reduce tingling"),
        (9, "Ease cramps in the calves"),
        (11, "Mild side effects can include:"),
    ]


@pytest.mark.parametrize(
    "after",
    [
        "Other options",  # no longer the list
        "Duloxetine can ease the pain.",  # another treatment, its own subject
        "Does not regrow damaged nerves",  # a denial
        "Is it safe?",  # a question
    ],
)
def test_only_items_on_what_acupuncture_does_are_read_with_the_lead_in(
    invoke: Invoke, tmp_path: Path, after: str
) -> None:
    found = check_text(
        invoke, tmp_path, f"Studies show acupuncture may:\n\nEase burning feet\n\n{after}\n"
    )
    assert [f["line"] for f in found] == [1, 3]


def test_it_in_a_lead_in_must_stand_for_acupuncture(invoke: Invoke, tmp_path: Path) -> None:
    text = "Duloxetine is a drug for nerve pain.\n\nStudies show it may:\n\nCalm nerve pain\n"
    assert check_text(invoke, tmp_path, text) == []


@pytest.mark.parametrize(("between", "found"), [(1, True), (39, True), (40, False)])
def test_testimony_of_a_symptom_getting_better_is_a_claim_near_acupuncture(
    invoke: Invoke, tmp_path: Path, between: int, found: bool
) -> None:
    """ "I could bend my toes again" up to forty sentences after acupuncture is named (a
    page's reviews, far below what it offers) tells of its effect; further on, or with
    acupuncture never named, it is only a story; and a symptom come back ("my feet were numb
    again") is no claim at all."""
    told = "After a month I could bend my toes again."
    story = [f"The bus came at {hour} o'clock." for hour in range(between)]
    text = "\n\n".join(["I started acupuncture in March.", *story, told]) + "\n"
    findings = check_text(invoke, tmp_path, text)
    line = 3 + 2 * between
    assert [(f["line"], f["claim"]) for f in findings] == (
        [(line, "treats-motor-symptoms")] if found else []
    )
    assert check_text(invoke, tmp_path, told + "\n") == []  # acupuncture never named
    rode = "I started acupuncture in June.\n\nHe is now able to ride his bicycle for an hour.\n"
    assert [(f["line"], f["claim"]) for f in check_text(invoke, tmp_path, rode)] == [
        (3, "treats-motor-symptoms")
    ]
    offer = "I started acupuncture in March.\n\nWe are now able to offer Saturday appointments.\n"
    assert check_text(invoke, tmp_path, offer) == []
    worse = "By winter my feet were numb again, and worse at night."
    assert check_text(invoke, tmp_path, f"I started acupuncture in March.\n\n{worse}\n") == []


# Cases found by a review and in the blind sets, one a line: "claim" or "none", a tab, the text
# after a heading that names acupuncture ("\n" for a line break). A caveat conceded before
# "but", a phrase that only introduces, another treatment beside acupuncture or instead of it,
# words of effect said of something else, doubts of the evidence, a page's own lines.
REVIEW_CASES = cases("caveats_and_other_treatments.tsv")


@pytest.mark.parametrize(("expected", "text"), REVIEW_CASES)
def test_caveats_and_other_treatments_are_read_as_the_claim_they_make(
    invoke: Invoke, tmp_path: Path, expected: str, text: str
) -> None:
    article = "Acupuncture and neuropathy\n\n" + text.replace("\\n", "\n") + "\n"
    found = [f["line"] for f in check_text(invoke, tmp_path, article) if f["line"] > 1]
    assert bool(found) == (expected == "claim"), text


def test_relying_on_something_is_no_relief(invoke: Invoke, tmp_path: Path) -> None:
    """ "Relies" begins as "relief" does; a sentence of anatomy after a paragraph of facts
    credits acupuncture with nothing."""
    article = (
        "Acupuncture and neuropathy\n\n"
        "Neuropathy means damage to the nerves outside the brain and spinal cord. It often "
        "starts in the feet. Diabetes is the most common cause. Blood sugar that stays high "
        "harms small blood vessels. Those vessels feed the nerves.\n\n"
        "Your nervous system, like every other cell in your body, relies on what your blood "
        "carries in order to function.\n"
    )
    assert check_text(invoke, tmp_path, article) == []


def test_a_line_that_says_what_acupuncture_does_is_a_claim_without_its_full_stop(
    invoke: Invoke, tmp_path: Path
) -> None:
    found = check_text(
        invoke,
        tmp_path,
        "Animal studies\n\n- electroacupuncture increases the number of nerve fibres\n"
        "- acupuncture speeds the regrowth of damaged nerves\n",
        name="notes.md",
    )
    assert [(f["line"], f["claim"]) for f in found] == [
        (3, "restores-nerve-damage"),
        (4, "restores-nerve-damage"),
    ]


def test_the_items_under_a_lead_that_says_what_acupuncture_helps_with_are_its_claims(
    invoke: Invoke, tmp_path: Path
) -> None:
    found = check_text(
        invoke,
        tmp_path,
        "Our services\n\nAcupuncture can help with:\n\n- Numb, tingling toes\n"
        "- Burning or shooting nerve pain\n- Cramps in the calves at night\n"
        "- Parking behind the clinic\n",
        name="services.md",
    )
    assert [(f["line"], f["claim"]) for f in found if f["line"] > 3] == [
        (5, "treats-sensory-symptoms"),
        (6, "changes-chronic-pain"),
        (7, "treats-motor-symptoms"),
    ]


def test_the_items_under_what_acupuncture_aims_to_do_are_its_claims(
    invoke: Invoke, tmp_path: Path
) -> None:
    """A lead-in of what acupuncture itself aims (or seeks) to do reads its items as what it
    does; what a trial of it, a study or another treatment aims to do is no claim of it."""
    aims = check_text(
        invoke,
        tmp_path,
        "Acupuncture and neuropathy\n\nFor people with neuropathy, acupuncture aims to:\n\n"
        "- Ease burning pain in the feet\n\n- Help damaged nerves regenerate\n\n"
        "- Calm pins and needles at night\n",
        name="aims.md",
    )
    assert [f["line"] for f in aims] == [5, 7, 9]
    assert aims[1]["claim"] == "restores-nerve-damage"
    assert aims[2]["claim"] == "treats-sensory-symptoms"
    for lead in (
        "Our acupuncture trial aims to:",
        "The NCT04917796 trial of electroacupuncture aims to:",
        "This treatment aims to:",
        "In this study, electroacupuncture aims to:",
    ):
        text = (
            "Acupuncture for chemotherapy neuropathy\n\nWe offer acupuncture and physiotherapy."
            f"\n\n{lead}\n\n- Reduce dose delays\n- Improve physical function\n"
        )
        assert check_text(invoke, tmp_path, text, name="trial.md") == [], lead


def test_items_punctuated_unevenly_are_all_items(invoke: Invoke, tmp_path: Path) -> None:
    """A list's items are often punctuated unevenly: each is read with its lead-in."""
    uneven = check_text(
        invoke,
        tmp_path,
        "Acupuncture and neuropathy\n\nAcupuncture may:\n\n"
        "- Ease burning pain.\n- Improve sleep\n- Calm pins and needles\n",
        name="uneven.md",
    )
    assert [f["line"] for f in uneven] == [5, 6, 7]


def test_the_items_under_a_lead_that_denies_are_no_claims(invoke: Invoke, tmp_path: Path) -> None:
    found = check_text(
        invoke,
        tmp_path,
        "Limits\n\nAcupuncture does not help with:\n\n- Numbness from low vitamin B12\n"
        "- Neuropathy from a slipped disc\n",
        name="limits.md",
    )
    assert found == []


def test_a_sentence_on_another_kind_of_neuropathy_keeps_its_general_claim(
    invoke: Invoke, tmp_path: Path
) -> None:
    found = check_text(
        invoke,
        tmp_path,
        "Diabetes damages nerves, and diabetic neuropathy is common.\n\n"
        "In people with HIV-related neuropathy, acupuncture may ease the pain.\n",
    )
    # not diabetes' claim: the general claim that acupuncture helps neuropathy, named so
    assert [f["claim"] for f in found] == [EVIDENCE]


def test_early_alone_is_no_word_of_prevention(invoke: Invoke, tmp_path: Path) -> None:
    found = check_text(
        invoke,
        tmp_path,
        "Chemotherapy often damages nerves in the hands and feet.\n\n"
        "If the numbness is caught early, acupuncture can really make a difference.\n",
    )
    assert [f["claim"] for f in found] == ["treats-sensory-symptoms"]


def test_a_pain_score_told_after_acupuncture_is_a_claim_about_pain(
    invoke: Invoke, tmp_path: Path
) -> None:
    found = check_text(
        invoke,
        tmp_path,
        "I had acupuncture weekly.\n\n"
        "My nightly pain score went from an average of 6 to an average of 3.\n",
    )
    assert [(f["line"], f["claim"]) for f in found] == [(3, PAIN)]


def test_this_condition_does_not_stand_for_acupuncture(invoke: Invoke, tmp_path: Path) -> None:
    text = (
        "I began acupuncture for my neuropathy in May.\n\nThis condition often improves slowly.\n"
    )
    assert check_text(invoke, tmp_path, text) == []


def test_a_conceded_limit_leaves_the_claim(invoke: Invoke, tmp_path: Path) -> None:
    """ "While there is no cure ..., acupuncture can ease ...": the cure is conceded, the
    claim stands; "Although no study has shown it, ..." takes the claim back."""
    found = check_text(
        invoke,
        tmp_path,
        "While there is no cure for neuropathy, acupuncture can ease the burning pain in your "
        "feet.\n\nAlthough no study has shown it, acupuncture eases the burning pain.\n",
    )
    assert [f["line"] for f in found] == [1]


def test_it_after_acupuncture_is_named_stands_for_it(invoke: Invoke, tmp_path: Path) -> None:
    found = check_text(
        invoke,
        tmp_path,
        "I began acupuncture for my neuropathy in May.\n\nIt can be very effective.\n",
    )
    assert [(f["line"], f["claim"]) for f in found] == [(3, EVIDENCE)]


def test_a_claim_about_one_kind_of_neuropathy_reads_as_its_counterpart_elsewhere(
    invoke: Invoke, tmp_path: Path
) -> None:
    """The claim about diabetic neuropathy, matched in a sentence about neuropathy in general,
    is the claim about the symptom it names (or, naming none, the general claim); about
    chemotherapy's, the claim about that."""
    from neuroinfo.check import claims

    ids = {"cipn-symptoms", "cipn-pain", "cipn-prevention", "dpn-symptoms"}
    ids |= {"treats-sensory-symptoms", "treats-motor-symptoms", "changes-chronic-pain", EVIDENCE}
    moved = claims._of_its_kind
    assert moved({"cipn-symptoms": 5.0}, "diabetes", "eased it", ids) == {"dpn-symptoms": 5.0}
    assert moved({"dpn-symptoms": 5.0}, "chemo", "eased it", ids) == {"cipn-symptoms": 5.0}
    assert moved({"dpn-symptoms": 5.0}, None, "less pain", ids) == {"changes-chronic-pain": 5.0}
    assert moved({"cipn-pain": 4.0}, None, "walks better", ids) == {"changes-chronic-pain": 4.0}
    assert moved({"dpn-symptoms": 4.0}, None, "walks better", ids) == {"treats-motor-symptoms": 4.0}
    assert moved({"cipn-symptoms": 4.0}, None, "it helps", ids) == {EVIDENCE: 4.0}
    assert moved({"cipn-prevention": 4.0}, None, "no neuropathy", ids) == {"cipn-prevention": 4.0}
    assert moved({"dpn-symptoms": 4.0}, "diabetes", "x", ids) == {"dpn-symptoms": 4.0}
    found = check_text(
        invoke,
        tmp_path,
        "Compared with routine care alone, acupuncture eased the numbness of neuropathy.\n",
    )
    assert [f["claim"] for f in found] == ["treats-sensory-symptoms"]


def test_a_general_claim_reads_as_the_one_for_the_articles_neuropathy(
    invoke: Invoke, tmp_path: Path
) -> None:
    found = check_text(
        invoke,
        tmp_path,
        "Chemotherapy and cancer drugs such as paclitaxel often damage nerves.\n\n"
        "After the course, pain scores dropped by 1.8 points against 0.9 with sham.\n",
    )
    assert [f["claim"] for f in found] == ["cipn-pain"]  # research-confirms-benefit before
    assert [m["claim"] for m in found[0]["matches"]] == ["cipn-pain", "changes-chronic-pain"]


def test_a_long_article_naming_chemotherapy_in_passing_keeps_the_general_claim(
    invoke: Invoke, tmp_path: Path
) -> None:
    """A page on neuropathy in general names chemotherapy among its causes: a general claim
    in a paragraph of its own is the general claim, not chemotherapy's."""
    filler = "Nerves carry signals between the spine and the skin of the feet and hands. " * 12
    article = "\n\n".join(
        [
            "Neuropathy has many causes, among them diabetes, chemotherapy and alcohol.",
            filler,
            "Some chemotherapy drugs damage nerves, and so do some chemo regimens for lymphoma.",
            filler,
            "Acupuncture can ease the symptoms of neuropathy.",
        ]
    )
    found = check_text(invoke, tmp_path, article + "\n")
    assert [(f["line"], f["claim"]) for f in found] == [(9, "research-confirms-benefit")]


def test_a_paragraph_listing_the_causes_of_neuropathy_is_about_neuropathy_in_general(
    invoke: Invoke, tmp_path: Path
) -> None:
    """Chemotherapy named more often than diabetes, but beside HIV, alcohol and unknown
    causes: the paragraph is about every kind, so a claim in it is the general one."""
    paragraph = (
        "Neuropathy has many causes: diabetes, chemotherapy, HIV and alcohol, and some cases"
        " are idiopathic. Most of our patients come to us after chemo for a tumour."
        " Acupuncture can help most people with neuropathy."
    )
    found = check_text(invoke, tmp_path, paragraph + "\n")
    assert [(f["line"], f["claim"]) for f in found] == [(1, "research-confirms-benefit")]


def test_a_reference_title_that_names_its_topic_is_no_claim(invoke: Invoke, tmp_path: Path) -> None:
    """A reference list quotes its titles: one that names a topic ("Effect of acupuncture on
    ...", a guideline's) is no claim; one that states a finding is, as the seed's is."""
    article = (
        "References\n\n"
        'Zhao Q (2016). "Effect of acupuncture on nerve conduction in type 2 diabetes".'
        " J Acup 8.\n\n"
        'ISSOP (2022). "Guideline on the prevention and management of chemotherapy-induced'
        ' peripheral neuropathy". Retrieved 3 March 2024.\n\n'
        'Li W (2019). "Electroacupuncture promotes nerve regeneration in a rat model". J Neuro 3.\n'
    )
    found = check_text(invoke, tmp_path, article)
    assert [(f["line"], f["claim"]) for f in found] == [(7, "restores-nerve-damage")]


def test_figures_on_pain_alone_read_as_chemotherapys_pain(invoke: Invoke, tmp_path: Path) -> None:
    found = check_text(
        invoke,
        tmp_path,
        "Chemotherapy can damage nerves. Many patients live with chemo neuropathy.\n\n"
        "After six weeks of acupuncture, numbness scores had dropped by 2.2 points. "
        "Pain scores fell by 1.7 vs. 0.9 points.\n",
    )
    assert [f["claim"] for f in found] == ["cipn-symptoms", "cipn-pain"]
    found = check_text(
        invoke,
        tmp_path,
        "Chemotherapy can damage the nerves of the hands and feet, and chemo neuropathy may last "
        "for years.\n\nAt eight weeks, 60% of the acupuncture group reported a clear drop in "
        "pain, compared with 30% of the people still waiting for treatment.\n",
    )
    assert [f["claim"] for f in found] == ["cipn-pain"]  # research-confirms-benefit before


def test_chemotherapys_numbness_told_without_pain_is_its_symptoms_claim(
    invoke: Invoke, tmp_path: Path
) -> None:
    found = check_text(
        invoke,
        tmp_path,
        "Acupuncture for neuropathy?\n\nI had 12 sessions for my chemo neuropathy (oxaliplatin, "
        "2021) and honestly the tingling in my fingers is about 50% better.\n\nAcupuncture may "
        "be offered to people with chemotherapy-induced peripheral neuropathy.\n",
    )
    assert [(f["line"], f["claim"]) for f in found] == [(3, "cipn-symptoms"), (5, "cipn-pain")]


def test_a_benefit_told_of_one_symptom_is_that_symptoms_claim(
    invoke: Invoke, tmp_path: Path
) -> None:
    found = check_text(
        invoke,
        tmp_path,
        "Acupuncture for neuropathy\n\nMost people who try acupuncture notice the numbness "
        "lift.\n\nMany who had acupuncture found the cramps in their calves eased.\n\n"
        "After the fourth acupuncture session the evening burning in her soles eased.\n",
    )
    assert [(f["line"], f["claim"]) for f in found] == [
        (3, "treats-sensory-symptoms"),
        (5, "treats-motor-symptoms"),
        (7, "changes-chronic-pain"),  # burning is nerve pain
    ]


def test_evidence_told_in_an_article_on_one_neuropathy_is_that_neuropathys_claim(
    invoke: Invoke, tmp_path: Path
) -> None:
    """Figures or research said of acupuncture in an article on chemotherapy's (or diabetes')
    neuropathy claim it treats that neuropathy; the claim about research stays, second."""
    found = check_text(
        invoke,
        tmp_path,
        "Acupuncture during chemotherapy\n\nChemotherapy drugs such as oxaliplatin often leave "
        "the hands and feet numb.\n\nIn the trial, 38% of the people given acupuncture "
        "improved, against 12% of those on the waiting list.\n",
    )
    assert [[m["claim"] for m in f["matches"]] for f in found] == [
        ["cipn-symptoms", "research-confirms-benefit"]  # research-confirms-benefit alone before
    ]
    found = check_text(
        invoke,
        tmp_path,
        "Acupuncture for diabetic feet\n\nHigh blood sugar slowly damages the nerves of the "
        "feet in many people with diabetes.\n\nResearch shows that acupuncture gives people "
        "with this condition real benefits.\n",
    )
    assert [[m["claim"] for m in f["matches"]] for f in found] == [
        ["dpn-symptoms", "research-confirms-benefit"]
    ]


def test_a_sentence_making_two_claims_lists_both(invoke: Invoke, tmp_path: Path) -> None:
    """Each claim a sentence holds a phrasing of is listed, however far behind the first it
    scores (found by a new user's trial: the repair was dropped for the conduction)."""
    found = check_text(
        invoke, tmp_path, "Acupuncture repairs damaged nerves and speeds up nerve conduction.\n"
    )
    assert [[m["claim"] for m in f["matches"]] for f in found] == [
        ["improves-nerve-conduction", "restores-nerve-damage"]
    ]


# Short articles from a review of the rules on questions, testimony, safety, lists and denials,
# one a line: the claims a right reading may give (or "none"), the line of the sentence judged,
# and the article, its line ends written \n.
SHORT_ARTICLES = cases("short_articles.tsv")


@pytest.mark.parametrize(("expected", "line", "text"), SHORT_ARTICLES)
def test_short_articles_are_read_as_their_sentences_claim(
    invoke: Invoke, tmp_path: Path, expected: str, line: str, text: str
) -> None:
    article = text.replace("\\n", "\n")
    markdown = article.lstrip().startswith("#") or "\n- " in article or "\n#" in article
    found = check_text(invoke, tmp_path, article + "\n", "page.md" if markdown else "page.txt")
    claim = next((f["claim"] for f in found if f["line"] == int(line)), "none")
    assert claim in expected.split("|"), article


# Cases from a review, one a line: the neuropathy an article is about ("chemo", "diabetes" or
# "general", neuropathy of no one kind), a tab, the claims a right first match may be
# (comma-separated), a tab, a sentence said in that article.
CONTEXTS = {
    "chemo": "Chemotherapy drugs such as paclitaxel often damage the nerves in the hands and feet.",
    "diabetes": "Diabetes can damage the nerves in the feet when blood sugar stays high for years.",
    "general": "Peripheral neuropathy is damage to the nerves outside the brain and spinal cord.",
}
CONTEXT_CASES = cases("in_context.tsv")


@pytest.mark.parametrize(("context", "claims", "text"), CONTEXT_CASES)
def test_a_claim_in_an_article_on_one_neuropathy_is_read_as_its_claim(
    invoke: Invoke, tmp_path: Path, context: str, claims: str, text: str
) -> None:
    article = f"Acupuncture and neuropathy\n\n{CONTEXTS[context]}\n\n{text}\n"
    found = [f["claim"] for f in check_text(invoke, tmp_path, article) if f["line"] == 5]
    assert (found[0] if found else "none") in claims.split(","), text


@pytest.mark.parametrize(
    ("sentence", "advice"),
    [
        ("With acupuncture you may be able to stop taking your pregabalin.", True),
        ("Many patients come off their gabapentin completely.", True),
        ("Ditch the metformin.", True),
        ("Why keep taking duloxetine when needles work?", True),
        ("Many of our clients have been able to stop their nerve pain tablets altogether.", True),
        # (found by a new user's trial)
        ("With acupuncture you may even be able to stop your nerve pain tablets altogether.", True),
        ("Many of our patients throw away their gabapentin after a few sessions.", True),
        ("Many people who stop their insulin end up in hospital.", False),
        ("Most pharmacies ask people to bin their old gabapentin safely.", False),
        ("Sadly I was not able to stop my gabapentin.", False),
        ("Do not stop your medicines without your doctor.", False),
        ("Never stop taking insulin on your own.", False),
        ("Most people get off to a good start.", False),
        # found by a new user: a longer name of the medicine, and "no need to keep taking"
        ("You can stop taking your nerve pain medication once you start our program.", True),
        ("There is no need to keep taking duloxetine.", True),
        ("There is no need to take your pills with food.", False),
        # ... and told of someone (found by a new user's trial)
        ("After six sessions he no longer needs his gabapentin.", True),
        ("She still needs her pregabalin at night.", False),
        ("Acupuncture does not mean she no longer needs her pregabalin; keep taking it.", False),
        ("Never assume you no longer need your gabapentin because acupuncture helped.", False),
        ("That doesn't mean that you no longer need your pregabalin.", False),
        ("Kiss goodbye to your gabapentin: acupuncture works.", True),
        ("Our patients could throw away their pain medication.", True),
        ("Patients could not stop their gabapentin.", False),
    ],
)
def test_advice_to_stop_a_medicine_in_other_words(
    invoke: Invoke, tmp_path: Path, sentence: str, advice: bool
) -> None:
    """Found by a new user: only "you can stop ..." was read as such advice."""
    page = tmp_path / "post.txt"
    page.write_text(f"Acupuncture for nerve pain\n\n{sentence}\n", encoding="utf-8")
    out = invoke("check", str(page), columns=200).stdout
    assert ("Advice to stop a treatment" in out) == advice
    if advice:
        section = out.split("Advice to stop a treatment", 1)[1].split("Take care:", 1)[0]
        assert f"\u201c{sentence}\u201d" in section


def test_advice_to_stop_a_treatment_comes_first_and_cures_of_other_diseases_are_no_claim(
    invoke: Invoke, tmp_path: Path
) -> None:
    """A page that tells readers to stop chemotherapy or insulin for acupuncture makes no
    claim neuroinfo grades, and the check says so before anything else; a cure of cancer or
    diabetes themselves is no claim about their neuropathy (it matched the chemotherapy and
    diabetic claims, with their verdicts)."""
    article = tmp_path / "clinic.txt"
    article.write_text(
        "Acupuncture and your health\n\nAcupuncture cures cancer.\n\n"
        "Acupuncture cures diabetes so you can stop insulin.\n\n"
        "You can stop your chemotherapy and use acupuncture instead.\n\n"
        "Acupuncture regenerates damaged nerves.\n\n"
        "Acupuncture is given alongside, not instead of, your cancer treatment.\n",
        encoding="utf-8",
    )
    result = invoke("check", str(article), columns=100)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[2:9] == [
        "Advice to stop a treatment",
        "  Line 5",
        "  “Acupuncture cures diabetes so you can stop insulin.”",
        "",
        "  Line 7",
        "  “You can stop your chemotherapy and use acupuncture instead.”",
        "",
    ]
    assert lines[9].startswith("  Take care: neuroinfo grades no claim like this. Do not stop")
    findings = json.loads(invoke("check", str(article), "--json").stdout)
    assert [(f["line"], f["claim"]) for f in findings] == [(9, "restores-nerve-damage")]
    markdown = invoke("check", str(article), "--format", "markdown").stdout
    assert markdown.index("## Advice to stop a treatment") < markdown.index("## Claims in the text")


@pytest.mark.parametrize("fmt", [["--json"], ["--format", "claimreview"]])
def test_advice_to_stop_a_treatment_is_said_on_stderr_beside_json(
    invoke: Invoke, tmp_path: Path, fmt: list[str]
) -> None:
    """--json and ClaimReview are lists of graded claims, and dropped the warning the page
    puts first: it is now said on stderr, one line for each line of the article that holds
    such advice (two sentences of it on one line said it twice, alike), and the JSON on
    stdout is as before."""
    article = tmp_path / "clinic.txt"
    article.write_text(
        "Acupuncture regenerates damaged nerves.\n\nMany patients come off their gabapentin."
        " You can stop your nerve pain tablets too.\n",
        encoding="utf-8",
    )
    result = invoke("check", str(article), *fmt)
    assert result.exit_code == 0
    assert len(json.loads(result.stdout)) == 1
    assert result.stderr == (
        "neuroinfo: take care: line 3 advises stopping a treatment; neuroinfo grades no claim"
        " like this. Do not stop or change a treatment your doctor prescribed without talking"
        " to them first.\n"
    )
    calm = tmp_path / "calm.txt"
    calm.write_text("Acupuncture regenerates damaged nerves.\n", encoding="utf-8")
    assert invoke("check", str(calm), *fmt).stderr == ""


def test_advice_to_stop_said_safely_is_not_a_claim_that_acupuncture_is_safe(
    invoke: Invoke, tmp_path: Path
) -> None:
    """ "You can safely stop your pregabalin" spoke of stopping a medicine, and a new user's
    ClaimReview rated it as the claim about acupuncture's side effects."""
    article = tmp_path / "clinic.txt"
    article.write_text(
        "Acupuncture for neuropathy\n\nOur acupuncture treatment calms nerve pain. You can"
        " safely stop your pregabalin once your treatment begins.\n",
        encoding="utf-8",
    )
    result = invoke("check", str(article), "--json")
    found = json.loads(result.stdout)
    assert [(f["line"], f["claim"]) for f in found] == [(3, "changes-chronic-pain")]
    assert result.stderr.startswith("neuroinfo: take care: line 3 advises stopping")
    page = invoke("check", str(article), columns=100).stdout
    assert "Advice to stop a treatment" in page


def test_a_quote_with_its_speaker_in_brackets_is_a_sentence_not_a_heading(
    invoke: Invoke, tmp_path: Path
) -> None:
    """'... at night." (user OldSarge)' ends on a bracket, not a full stop, but is a sentence
    told by a member, not a heading: testimony read as any other."""
    article = (
        "What members say\n\nSeveral of us tried acupuncture for neuropathy last year.\n\n"
        '"It took the edge off the burning at night." (user OldSarge)\n'
    )
    found = check_text(invoke, tmp_path, article)
    assert [(f["line"], f["claim"]) for f in found] == [(5, "changes-chronic-pain")]


def test_a_heading_that_names_a_neuropathy_sets_the_context_of_its_section(
    invoke: Invoke, tmp_path: Path
) -> None:
    """An article mostly on chemotherapy, with a section headed "Diabetic neuropathy": a
    general claim under that heading is read as the diabetic claim, and one under the next
    heading, which names no kind, as the article's. A list whose last item names chemotherapy
    is no heading over the paragraph after it."""
    chemo = "Chemotherapy such as paclitaxel or oxaliplatin often damages the nerves. " * 4
    claim = "In trials, acupuncture lowered pain scores by about 1.4 points."
    article = (
        f"# My chemotherapy and my feet\n\n{chemo}\n\n"
        f"## Diabetic neuropathy: encouraging, but soft\n\n{claim}\n\n"
        f"## What else I learned\n\n{claim}\n\n"
    )
    found = {f["line"]: f["claim"] for f in check_text(invoke, tmp_path, article)}
    assert found[7] == "dpn-symptoms"
    assert found[11] == "cipn-pain"
    listed = (
        "# Our acupuncture services\n\nWe treat neuropathy of many kinds.\n\n"
        "Acupuncture can help with:\n\n- Numb toes\n- Night cramps\n"
        "- Neuropathy after chemotherapy\n\n"
        "Many of our clients notice the burning in their feet ease within weeks.\n"
    )
    found = {f["line"]: f["claim"] for f in check_text(invoke, tmp_path, listed)}
    assert found[11] == "changes-chronic-pain"


@pytest.mark.parametrize(
    "heading",
    [
        "## Not just for cancer patients",  # a kind set aside
        "## Beyond diabetes",
        "Related: Cancer patients turn to needles",  # a related link
        "Photo: a patient receives acupuncture during chemotherapy",  # a caption
        "Medically reviewed by Sarah Lee, certified diabetes educator",
        "Jim R., type 2 diabetic",  # a signature
    ],
)
def test_a_short_line_that_puts_no_section_under_a_kind_sets_no_context(
    invoke: Invoke, tmp_path: Path, heading: str
) -> None:
    """Short lines that name a kind of neuropathy without heading a section on it (found by
    a review of the heading rule): a general claim after them stays general."""
    article = (
        f"# Acupuncture for neuropathy\n\n{heading}\n\n"
        "Acupuncture can ease the numbness and tingling in hands and feet.\n"
    )
    found = {f["line"]: f["claim"] for f in check_text(invoke, tmp_path, article, "a.md")}
    assert found[5] == "treats-sensory-symptoms"


def test_it_stands_for_the_treatment_named_just_before(invoke: Invoke, tmp_path: Path) -> None:
    """A pronoun credits acupuncture with an effect, unless another treatment was named just
    before it and acupuncture not since; pasted alone, it is read as acupuncture's."""
    said = "Plenty of people feel it helps with nerve pain."
    opening = "Treatments for neuropathy\n\nSome clinics offer acupuncture.\n\n"
    after_another = f"{opening}Doctors often prescribe gabapentin first. {said}\n"
    assert check_text(invoke, tmp_path, after_another) == []
    near = check_text(invoke, tmp_path, f"{opening}{said}\n")
    assert [(f["line"], f["claim"]) for f in near] == [(5, "changes-chronic-pain")]
    named_again = (
        f"{opening}Doctors often prescribe gabapentin first. Acupuncture is gentle. {said}\n"
    )
    assert [(f["sentence"], f["claim"]) for f in check_text(invoke, tmp_path, named_again)] == [
        (said, "changes-chronic-pain")
    ]
    alone = check_text(invoke, tmp_path, f"{said}\n")
    assert [(f["line"], f["claim"]) for f in alone] == [(1, "changes-chronic-pain")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Acupuncture regenerates damaged nerves.\n",
            "1 of 1 sentence makes a claim neuroinfo grades; it rests on very low or no evidence.",
        ),
        (
            "Acupuncture regenerates damaged nerves.\n\nAcupuncture is very safe.\n",
            "2 of 2 sentences make a claim neuroinfo grades; 1 of them rests on very low or no "
            "evidence.",
        ),
        (
            "Acupuncture is very safe.\n\nAcupuncture has no risks.\n",
            "2 of 2 sentences make a claim neuroinfo grades; none of them rests on very low or no "
            "evidence.",
        ),
        (
            "Acupuncture is very safe.\n",
            "1 of 1 sentence makes a claim neuroinfo grades; it does not rest on very low or no "
            "evidence.",
        ),
    ],
)
def test_the_summary_agrees_with_its_counts(
    invoke: Invoke, tmp_path: Path, text: str, expected: str
) -> None:
    page = tmp_path / "article.txt"
    page.write_text(text, encoding="utf-8")
    assert expected in " ".join(invoke("check", str(page)).stdout.split())


def test_recall_and_precision_stay_above_a_floor() -> None:
    """The tuning set and the held-out sets that were studied (floors below what was
    measured, so that a change that makes matching worse fails here)."""
    spec = importlib.util.spec_from_file_location("bench_check", ROOT / "bench" / "check.py")
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    from neuroinfo.load import load

    kb = load()
    for folder, least_recall, least_precision in (
        (ARTICLES, 0.85, 0.85),
        (ARTICLES / "holdout", 0.6, 0.8),
        (ARTICLES / "holdout2", 0.65, 0.8),
        (ARTICLES / "holdout4", 0.85, 0.8),
        (ARTICLES / "holdout5", 0.72, 0.75),
        (ARTICLES / "holdout6", 0.7, 0.75),
        (ARTICLES / "holdout7", 0.65, 0.75),
        (ARTICLES / "holdout10", 0.65, 0.75),
        (ARTICLES / "holdout11", 0.68, 0.75),
        (ARTICLES / "holdout14", 0.55, 0.7),
        (ARTICLES / "holdout15", 0.65, 0.7),
        (ARTICLES / "holdout16", 0.72, 0.8),
        (ARTICLES / "holdout17", 0.8, 0.78),
        (ARTICLES / "holdout19", 0.68, 0.72),
        (ARTICLES / "holdout20", 0.7, 0.68),
        (ARTICLES / "holdout21", 0.75, 0.78),
        (ARTICLES / "holdout22", 0.7, 0.75),
        (ARTICLES / "holdout23", 0.7, 0.8),
        (ARTICLES / "holdout24", 0.72, 0.75),
        (ARTICLES / "holdout25", 0.75, 0.8),
        (ARTICLES / "holdout26", 0.72, 0.78),
        (ARTICLES / "holdout27", 0.7, 0.78),
        (ARTICLES / "holdout28", 0.7, 0.65),
        (ARTICLES / "holdout29", 0.7, 0.7),
        (ARTICLES / "holdout30", 0.68, 0.65),
        (ARTICLES / "holdout31", 0.72, 0.64),
        (ARTICLES / "holdout32", 0.74, 0.72),
        (ARTICLES / "holdout35", 0.68, 0.75),
        (ARTICLES / "holdout37", 0.75, 0.8),
        (ARTICLES / "holdout39", 0.7, 0.78),
        # the earlier clean sets, whose misses were read in the round of holdout41 and 42
        (ARTICLES / "holdout3", 0.65, 0.85),
        (ARTICLES / "holdout8", 0.78, 0.77),
        (ARTICLES / "holdout9", 0.72, 0.77),
        (ARTICLES / "holdout12", 0.66, 0.69),
        (ARTICLES / "holdout13", 0.75, 0.77),
        (ARTICLES / "holdout18", 0.74, 0.68),
        (ARTICLES / "holdout33", 0.65, 0.66),
        (ARTICLES / "holdout34", 0.62, 0.74),
        (ARTICLES / "holdout36", 0.78, 0.75),
        (ARTICLES / "holdout38", 0.67, 0.8),
        (ARTICLES / "holdout40", 0.62, 0.78),
        (ARTICLES / "holdout43", 0.62, 0.74),
        (ARTICLES / "holdout44", 0.75, 0.78),
        (ARTICLES / "holdout46", 0.64, 0.66),  # written blind this round, then studied
    ):
        right, labelled, correct, flagged, _ = bench.evaluate(folder, kb, show=False)
        assert right / labelled >= least_recall, (folder.name, right, labelled)
        assert correct / flagged >= least_precision, (folder.name, correct, flagged)


# ---------------------------------------------------------------- formats and input


def test_text_page(invoke: Invoke) -> None:
    result = invoke("check", str(SEED), columns=100)
    out = result.stdout.splitlines()
    assert result.exit_code == 0
    assert out[0] == f"Checked: {SEED}  article"
    assert out[2] == (
        "11 of 35 sentences make a claim neuroinfo grades; 11 of them rest on very low or no "
        "evidence."
    )
    restore = out.index("  “They also restore nerve damage.”")
    assert out[restore - 1] == "  Line 27"
    assert out[restore + 1] == (
        "  Matches: restores-nerve-damage, the claim as How Acupuncture Can Help Neuropathy put it:"
        " “They"
    )  # the claim as its source put it, and which source
    assert out[restore + 3].startswith("  ○○○○ not graded · There is not enough reliable evidence")
    assert "References" in out
    assert out[-1] == FOOTER


def test_markdown_page(invoke: Invoke) -> None:
    text = invoke("check", str(SEED), "-f", "markdown").stdout
    assert text.startswith("# Checked: ") and "seed" in text.splitlines()[0]
    assert "## Claims in the text" in text and "## References" in text
    assert text.rstrip().endswith(
        "*Information, not medical advice. Talk to a doctor about your own symptoms and treatment.*"
    )


def test_who_should_take_care_comes_before_the_evidence(invoke: Invoke, tmp_path: Path) -> None:
    """A claim that acupuncture is safe is answered with who should take extra care first
    (blood thinners, a pacemaker, pregnancy), then what the research shows."""
    article = tmp_path / "safe.txt"
    article.write_text("Acupuncture is 100% safe, even if you take warfarin.\n", encoding="utf-8")
    out = " ".join(invoke("check", str(article), columns=200).stdout.split())
    care = out.index("Take care: Bleeding and bruising are more likely with a bleeding disorder or")
    assert care < out.index("What the research shows:")
    (finding,) = json.loads(invoke("check", str(article), "--json").stdout)
    assert finding["claim"] == "safety-minor-effects"
    assert "blood thinners" in finding["take_care"]
    # ... and in the ClaimReview, after the verdict, as the page has it (found by a new user)
    (review,) = json.loads(invoke("check", str(article), "-f", "claimreview").stdout)
    explained = review["reviewRating"]["ratingExplanation"]
    care = finding["take_care"].replace(" (neuroinfo about safety)", "")
    assert explained.startswith(f"{finding['verdict']} Take care: {care} ")
    assert "(neuroinfo" not in explained  # a command means nothing where a review is published
    assert json.loads(invoke("check", str(SEED), "--json").stdout)[0]["take_care"] is None
    page = " ".join(invoke("claims", "safety-serious-harm", columns=200).stdout.split())
    assert page.index("Take care Bleeding and bruising") < page.index("What the research shows")


def test_json_findings(invoke: Invoke) -> None:
    found = json.loads(invoke("check", str(SEED), "--json").stdout)
    assert sorted(found[0]) == [
        "certainty",
        "claim",
        "evidence",
        "hedged",
        "line",
        "matches",
        "score",
        "sentence",
        "take_care",
        "verdict",
    ]
    assert found[8]["claim"] == "restores-nerve-damage"
    assert found[8]["certainty"] == "insufficient"
    assert found[8]["verdict"].startswith("There is not enough reliable evidence")


def test_claimreview_json_ld(invoke: Invoke) -> None:
    reviews = json.loads(invoke("check", str(SEED), "-f", "claimreview").stdout)
    assert len(reviews) == len(SEED_CLAIMS)
    review = reviews[8]
    assert review["@context"] == "https://schema.org"
    assert review["@type"] == "ClaimReview"
    assert review["claimReviewed"] == "They also restore nerve damage."
    assert review["datePublished"] == date.today().isoformat()
    assert review["author"] == {"@type": "Organization", "name": "neuroinfo"}
    rating = review["reviewRating"]
    assert rating["@type"] == "Rating"
    assert rating["alternateName"] == "Not enough evidence to grade"
    assert rating["ratingExplanation"].startswith("There is not enough reliable evidence")
    # no number: on a ClaimReview's scale it would read as how true the claim is
    assert not {"ratingValue", "bestRating", "worstRating"} & set(rating)


HEDGED_CLAIMS = [
    "Acupuncture may help people with diabetic nerve pain, although the evidence is still limited.",
    "Early studies hint acupuncture during chemo might prevent neuropathy, but it is not proven.",
    "A small trial found acupuncture eased numbness, but larger studies are needed to confirm it.",
    "Research on acupuncture for nerve pain is mixed, though some trials found it eased burning.",
    "Acupuncture eases diabetic nerve pain, review finds, but experts urge caution.",
    # ... and as a new user's careful article put it
    "Small trials found acupuncture eased numbness, but they were too few and small to be sure.",
    "Two pilot studies found acupuncture eased nerve pain, but we cannot tell how much it did.",
    "It seemed to ease diabetic nerve pain in small trials, but there is insufficient evidence.",
    # a "but" after one's own hedge keeps it (found by a second review)
    "The evidence is limited but promising: acupuncture may ease nerve pain.",
    "Larger trials are needed, but early results show acupuncture eases numbness.",
    # (found by a third new user's trial)
    "Acupuncture may ease the pain, but the certainty of that evidence is very low.",
    "Acupuncture showed a promising signal for numbness, but far from settled.",
    # (found by a fourth new user's trial)
    "Acupuncture may ease diabetic nerve pain, but it remains unclear how large any benefit is.",
    "For people after chemotherapy, acupuncture might ease pain, although the trials are small.",
]
PLAIN_CLAIMS = [
    "Acupuncture eases diabetic nerve pain in most patients.",
    "Research confirms that acupuncture relieves neuropathy.",
    "Acupuncture is a proven treatment that eases the burning of neuropathy.",
    # a call for research to explain it, or a doubt set aside by a "but" (found by a review)
    "Acupuncture cured my neuropathy, and more research is needed to explain why it works so well.",
    "Critics say the research is mixed, but they are wrong: acupuncture repairs nerve damage.",
    "The evidence was limited in 2010, but today we know acupuncture restores damaged nerves.",
]


@pytest.mark.parametrize("sentence", HEDGED_CLAIMS + PLAIN_CLAIMS)
def test_a_claim_that_hedges_itself_is_marked(
    invoke: Invoke, tmp_path: Path, sentence: str
) -> None:
    """The verdict stays the evidence's; the page adds that the sentence grants it is unsettled."""
    (finding,) = check_text(invoke, tmp_path, sentence + "\n")
    hedged = sentence in HEDGED_CLAIMS
    assert finding["hedged"] is hedged
    page = " ".join(invoke("check", str(tmp_path / "article.txt"), columns=200).stdout.split())
    note = "Hedged: the sentence itself says the evidence is limited or not yet settled."
    assert (note in page) is hedged
    if hedged:  # after the verdict, before what the research shows
        assert page.index(finding["verdict"]) < page.index(note) < page.index("What the research")
    told = "It says itself that the evidence is limited or not yet settled."
    assert (told in page) is hedged  # in the summary too: a careful text is told apart
    (review,) = json.loads(
        invoke("check", str(tmp_path / "article.txt"), "-f", "claimreview").stdout
    )
    explained = review["reviewRating"]["ratingExplanation"]
    assert (
        explained.endswith("The sentence itself says the evidence is limited or not yet settled.")
        is hedged
    )


def test_html_saved_from_a_browser(invoke: Invoke) -> None:
    found = json.loads(invoke("check", str(ARTICLES / "clinic-promo.html"), "--json").stdout)
    assert found and all("<" not in f["sentence"] for f in found)
    assert any(f["claim"] == "releases-endorphins" for f in found)


def test_standard_input() -> None:
    result = subprocess.run(
        [str(BIN), "check", "-", "--json"],
        input="They also restore nerve damage.\n",
        capture_output=True,
        text=True,
        env={"PATH": "/usr/bin:/bin", "XDG_CACHE_HOME": os.environ["XDG_CACHE_HOME"]},
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert [f["claim"] for f in json.loads(result.stdout)] == ["restores-nerve-damage"]


def test_an_article_with_no_claims_still_exits_0(invoke: Invoke, tmp_path: Path) -> None:
    article = tmp_path / "plain.txt"
    article.write_text("Neuropathy is common.\n", encoding="utf-8")
    result = invoke("check", str(article), columns=100)
    assert result.exit_code == 0
    assert "None of 1 sentence makes a claim neuroinfo grades." in result.stdout


def test_a_web_address_is_answered_with_how_to_check_the_page(invoke: Invoke) -> None:
    """A new user gave a page's address: neuroinfo never goes online, so it says how."""
    result = invoke("check", "https://example.org/acupuncture-neuropathy")
    assert (result.exit_code, result.stdout) == (1, "")
    assert result.stderr == (
        "neuroinfo: cannot read https://example.org/acupuncture-neuropathy: it is a web"
        " address, and check reads files: save the page, or pipe it in"
        " (curl -sL ADDRESS | neuroinfo check -)\n"
    )


def test_files_that_cannot_be_read(invoke: Invoke, tmp_path: Path) -> None:
    missing = invoke("check", str(tmp_path / "nope.txt"))
    assert (missing.exit_code, missing.stderr) == (
        1,
        f"neuroinfo: cannot read {tmp_path / 'nope.txt'}: no such file or directory\n",
    )
    folder = invoke("check", str(tmp_path))
    assert folder.exit_code == 1
    assert folder.stderr.startswith(f"neuroinfo: cannot read {tmp_path}: ")
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    assert (
        invoke("check", str(binary)).stderr
        == f"neuroinfo: cannot read {binary}: it is not a text file\n"
    )


@pytest.mark.parametrize(
    ("encoding", "mark"),
    [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"), ("utf-32-le", b"\xff\xfe\x00\x00")],
)
def test_text_with_a_unicode_byte_order_mark_is_read(
    invoke: Invoke, tmp_path: Path, encoding: str, mark: bytes
) -> None:
    """What Windows Notepad saves as "Unicode" is UTF-16 with a byte-order mark."""
    article = tmp_path / "notepad.txt"
    article.write_bytes(mark + "Call us.\r\nAcupuncture eases nerve pain.\r\n".encode(encoding))
    found = json.loads(invoke("check", str(article), "--json").stdout)
    assert [(f["line"], f["sentence"], f["claim"]) for f in found] == [
        (2, "Acupuncture eases nerve pain.", "changes-chronic-pain")
    ]


def test_a_binary_file_with_a_byte_order_mark_is_not_text(invoke: Invoke, tmp_path: Path) -> None:
    binary = tmp_path / "data.txt"
    binary.write_bytes(b"\xff\xfe" + bytes(range(256)) * 4)
    result = invoke("check", str(binary))
    assert (result.exit_code, result.stderr) == (
        1,
        f"neuroinfo: cannot read {binary}: it is not a text file\n",
    )


def test_an_empty_article_is_said_to_be_empty(invoke: Invoke, tmp_path: Path) -> None:
    article = tmp_path / "empty.html"
    article.write_text("<html><body><script>var x = 1;</script></body></html>\n", encoding="utf-8")
    result = invoke("check", str(article), columns=100)
    assert result.exit_code == 0
    assert result.stdout.splitlines()[2] == (
        "There is no text to check: the article is empty, or holds only markup."
    )
    assert json.loads(invoke("check", str(article), "--json").stdout) == []


def test_a_sentence_with_its_own_quotation_marks_is_not_quoted_twice(
    invoke: Invoke, tmp_path: Path
) -> None:
    article = tmp_path / "story.txt"
    article.write_text(
        "\u201cMy feet were numb for years. Acupuncture eased the numbness in my toes.\u201d\n",
        encoding="utf-8",
    )
    out = invoke("check", str(article), columns=100).stdout.splitlines()
    assert "  \u201cAcupuncture eased the numbness in my toes.\u201d" in out
    from neuroinfo.check.report import quoted

    assert quoted("\u201cI came in with numb feet.") == "\u201cI came in with numb feet.\u201d"
    assert quoted('"It works," she said.') == '\u201c"It works," she said.\u201d'
    assert quoted("\u2018Real\u2019 needling.") == "\u201c\u2018Real\u2019 needling.\u201d"
    assert quoted("\u201cWow.\u201d") == "\u201cWow.\u201d"
    markdown = invoke("check", str(article), "--format", "markdown").stdout
    assert "\u201cAcupuncture eased the numbness in my toes.\u201d  " in markdown.splitlines()


def test_latin1_text_is_read(invoke: Invoke, tmp_path: Path) -> None:
    article = tmp_path / "old.txt"
    article.write_bytes(
        "Acupuncture restores nerve damage, says the caf\xe9 owner.\n".encode("cp1252")
    )
    found = json.loads(invoke("check", str(article), "--json").stdout)
    assert found[0]["sentence"] == "Acupuncture restores nerve damage, says the café owner."


def test_every_cue_is_written_in_lower_case_for_the_lower_case_text_it_reads() -> None:
    """The cues read each sentence in lower case, without re.IGNORECASE (which makes the long
    alternations several times slower): a capital letter in one would never match."""
    from neuroinfo.check import cues

    for name, value in vars(cues).items():
        if isinstance(value, re.Pattern):
            literal = re.sub(r"\\.|\(\?P<\w+>", "", value.pattern)  # escapes and group names
            assert literal == literal.lower(), name
            assert not value.flags & re.IGNORECASE, name


@pytest.mark.parametrize(
    "sentence",
    [
        # a result after words a plan, a title or a denial begins with
        "Early results from an ongoing trial show acupuncture reduced numbness in the feet by 40%.",
        "The results support the hypothesis that acupuncture relieves nerve pain in the feet.",
        "Studies show that participants who receive acupuncture will have less nerve pain.",
        "I wondered if it would work, but after six sessions of acupuncture my feet stopped "
        "burning.",
        "My doctor asked if I had tried acupuncture, and after eight sessions the burning in my "
        "feet was gone.",
        "Growing interest in acupuncture reflects good evidence that it eases neuropathic pain.",
        "The verdict: acupuncture works, says one review.",
        "Bottom line: acupuncture relieved numbness in our study.",
        "Acupuncture lessens numbness after chemotherapy: a pilot study.",
        "Acupuncture is not so much a cure as a way to ease the burning in your feet.",
        "It is not true that acupuncture is painful: it is gentle and safe.",
        "Research on acupuncture suggests it's worth a try for nerve pain.",
        "Twelve sessions were planned, and after them her nerve pain had eased by half.",
        "Research shows acupuncture reduced pain and the six trials are necessary reading.",
        "Acupuncture lowered back pain and foot pain in my patients.",
    ],
)
def test_a_claim_is_found_after_words_that_begin_a_plan_a_title_or_a_denial(
    invoke: Invoke, tmp_path: Path, sentence: str
) -> None:
    found = check_text(invoke, tmp_path, f"Acupuncture and neuropathy\n\n{sentence}\n")
    assert [f["sentence"] for f in found] == [sentence]


def test_a_heading_with_a_dash_after_its_full_stop_is_still_a_heading(
    invoke: Invoke, tmp_path: Path
) -> None:
    # as a sentence ("## Needles restore nerve function.") it would be a claim
    text = "## Needles restore nerve function. \u2013 Our approach\n\nWe book online.\n"
    assert check_text(invoke, tmp_path, text, name="page.md") == []


def test_a_line_emptied_of_its_marks_adds_no_second_space(invoke: Invoke, tmp_path: Path) -> None:
    text = (
        "We reviewed the trials. Acupuncture has never\n<br>\n"
        "been shown to repair damaged nerves.\n"
    )
    assert check_text(invoke, tmp_path, text, name="review.md") == []
    from neuroinfo.check import reading

    (block,) = reading.blocks_of(text, "markdown")
    assert "has never been shown" in block.text


def test_every_phrasing_of_a_claim_speaks_of_its_subject() -> None:
    """A claim of SPOKEN_OF is named only by a sentence with a word of its subject: each of
    the claim's own phrasings must hold one, or sentences put that way would be missed."""
    import yaml

    from neuroinfo.check import claims

    data = yaml.safe_load((ROOT / "data" / "claims.yaml").read_text(encoding="utf-8"))
    for claim in data["claims"]:
        subject = claims.SPOKEN_OF.get(claim["id"])
        for phrase in claim["phrases"] if subject else ():
            assert subject.search(phrase.lower()), (claim["id"], phrase)


def test_markdown_entities_read_as_the_characters_they_stand_for(
    invoke: Invoke, tmp_path: Path
) -> None:
    text = (
        "# Stories\n\nAcupuncture eased my burning feet &ndash; and I sleep again &amp; walk.\n\n"
        "Read it at clinic.example/?id=3&section=2&copy=4 where acupuncture eased my cramps.\n"
    )
    found = check_text(invoke, tmp_path, text, name="stories.md")
    assert [f["sentence"] for f in found] == [
        "Acupuncture eased my burning feet \u2013 and I sleep again & walk.",
        "Read it at clinic.example/?id=3&section=2&copy=4 where acupuncture eased my cramps.",
    ]


def test_a_claim_in_capitals_is_found_as_in_lower_case(invoke: Invoke, tmp_path: Path) -> None:
    text = (
        "ACUPUNCTURE RESTORES NERVE DAMAGE.\nAcupuncture Restores Nerve Damage.\n"
        "Acupuncture restores nerve damage.\n"
    )
    found = check_text(invoke, tmp_path, text)
    assert [(f["line"], f["claim"]) for f in found] == [
        (line, "restores-nerve-damage") for line in (1, 2, 3)
    ]


def test_a_long_paragraph_is_checked_in_linear_time(invoke: Invoke, tmp_path: Path) -> None:
    """Each paragraph's context (chemotherapy, diabetes) is found once, not once a sentence."""
    text = (
        "The weather was fine today in the town. Our office opens at nine on weekdays.\n" * 1450
    )  # 2,900 sentences: under the cap
    start = time.perf_counter()
    assert check_text(invoke, tmp_path, text) == []
    assert time.perf_counter() - start < 5.0


@pytest.mark.parametrize("kind", ["text", "html"])
def test_a_long_paragraph_is_read_and_split_in_linear_time(kind: str) -> None:
    """A page with no blank lines is one long paragraph: reading and splitting it took time
    growing with the square of its length (18 s for 135 kB), now a fraction of a second."""
    from neuroinfo.check import reading
    from neuroinfo.check.sentences import sentences

    lines = "Acupuncture can help. Dr. Lee agrees with e.g. Smith.\n" * 4000
    text = lines if kind == "text" else f"<p>{lines}</p>"
    start = time.perf_counter()
    found = [s for block in reading.blocks_of(text, kind) for s in sentences(block)]
    assert time.perf_counter() - start < 1.5
    assert len(found) == 8000
    assert found[-1].text == "Dr. Lee agrees with e.g. Smith."
    assert found[-1].line == 4000


@pytest.mark.parametrize("unit", ["[", "![", "[a]"])
def test_markdown_of_brackets_that_never_close_is_read_in_linear_time(unit: str) -> None:
    """A link's text was read up to 500 characters from every "[" (200 kB of "[" took 0.6 to
    1.2 s to read, a 1 MB file 8 s to check): it now stops at the next "[" (0.02 s)."""
    from neuroinfo.check import reading

    text = (unit * 200_000)[:200_000] + "\n\nAcupuncture can help.\n"
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        blocks = list(reading.blocks_of(text, "markdown"))
        best = min(best, time.perf_counter() - start)
    assert best < 0.3
    assert blocks[-1].text == "Acupuncture can help."


@pytest.mark.parametrize(
    ("text", "worth"),
    [
        (
            "they searched pubmed, web of science, medline and embase from inception to 2023 to "
            "locate relevant studies of acupuncture.",
            False,
        ),
        ("objectives: this paper follows up on a review of acupuncture for neuropathy.", False),
        ("objectives: we present a successful course of acupuncture for neuropathy.", True),
        ("researchers searched for the cause and found acupuncture eased the pain.", True),
    ],
)
def test_an_abstracts_search_and_objectives_claim_nothing(text: str, worth: bool) -> None:
    """In a review's abstract, the search for studies and an objective that states no result
    are no claim, in any article (real abstracts flagged them, by their context)."""
    from neuroinfo.check import claims

    assert claims._worth_judging(text) is worth


@pytest.mark.parametrize(
    "run",
    [
        "1" * 2000,
        " " * 2000,
        "\u00a0" * 2000,
        "1 " * 1000,
        "9." * 1000,
        "my feet " * 250,
        # a phrase that opens a lookahead to the sentence's end, repeated to its longest
        "medicare and acupuncture " * 80,
        "evidence is lacking " * 100,
        "we are committed to " * 100,
    ],
)
def test_long_runs_of_one_character_are_judged_in_linear_time(run: str) -> None:
    """No pattern backtracks over a long run (a run of digits once took 80 ms a sentence,
    and of spaces 20 ms, growing with the square of its length): at the longest a sentence
    may be, a run takes no more than a few times what ordinary prose of that length takes
    (a ratio taken in one run, so that a slow machine is no failure)."""
    from neuroinfo.check.sentences import MAX_SENTENCE

    prose = " ".join(SEED.read_text(encoding="utf-8").split())[:MAX_SENTENCE]
    assert len(run) <= MAX_SENTENCE == len(prose)
    assert judged(run) < 4 * judged(prose)


def judged(text: str) -> float:
    """The fewest seconds of three that the cues take to read `text` (every pattern)."""
    from neuroinfo.check import claims, cues

    patterns = [value for value in vars(cues).values() if isinstance(value, re.Pattern)]
    assert len(patterns) > 20
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        claims._worth_judging(text)
        for pattern in patterns:
            pattern.search(text)
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.parametrize("unit", ["'", "-", "&", "0,"])
def test_runs_of_marks_a_pattern_could_read_two_ways_take_linear_time(unit: str) -> None:
    """Marks that both an opening "\\W*" and the word after it could read ("'", "-", "&"), or
    that a number could read from any of its digits ("0,0,0"), once took time that grew with
    the square of the run (a 200 kB file of apostrophes took 6 s): a run four times as long
    takes about four times as long, not sixteen."""
    assert judged((unit * 8000)[:8000]) < 6 * judged((unit * 2000)[:2000])


def test_a_short_name_the_article_gives_acupuncture_names_it_later(
    invoke: Invoke, tmp_path: Path
) -> None:
    body = (
        "\n\nOne hundred adults took part.\n\nThey were followed for two months.\n\n"
        "The team met each week.\n\nForms were collected by post.\n\n"
        "Numbness was scored by a nurse who did not know the groups.\n\n"
        "Pain scores fell further in the EA group than with usual care.\n"
    )
    defined = "A trial of electroacupuncture (EA) for diabetic neuropathy" + body
    # ... and, under a title that names diabetic neuropathy, it is the diabetic claim
    assert [(f["line"], f["claim"]) for f in check_text(invoke, tmp_path, defined)] == [
        (13, "dpn-symptoms")
    ]
    # without "(EA)", nothing says what the EA group had
    undefined = "A trial of electroacupuncture for diabetic neuropathy" + body
    assert check_text(invoke, tmp_path, undefined) == []


def test_the_items_of_what_people_say_acupuncture_brought_are_claims_and_the_lead_is_not(
    invoke: Invoke, tmp_path: Path
) -> None:
    reported = (
        "Our approach\n\nPatients who add acupuncture to their usual care often report:\n\n"
        "- less burning in their feet at night\n- fewer cramps in the calves\n"
        "- more feeling in their toes\n- parking at the back of the clinic\n"
    )
    found = check_text(invoke, tmp_path, reported, name="notes.md")
    assert [(f["line"], f["claim"]) for f in found] == [
        (5, "changes-chronic-pain"),
        (6, "treats-motor-symptoms"),
        (7, "treats-sensory-symptoms"),
    ]
    helped = (
        "What patients told us\n\nMany patients say that acupuncture helped them with:\n\n"
        "- tingling in their fingers and toes\n- the school run\n"
    )
    found = check_text(invoke, tmp_path, helped, name="notes.md")
    assert [f["line"] for f in found] == [3, 5]


def test_a_guideline_that_acupuncture_may_be_offered_is_the_claim_for_chemotherapys_neuropathy(
    invoke: Invoke, tmp_path: Path
) -> None:
    """The treatment recommended, not the claim that research confirms a benefit."""
    found = check_text(
        invoke,
        tmp_path,
        "Chemotherapy and your nerves\n\nMajor cancer organisations' guidelines now say "
        "acupuncture may be offered to people whose neuropathy has already developed, and some "
        "cancer centres provide it free of charge.\n",
    )
    assert [f["claim"] for f in found] == ["cipn-pain"]  # research-confirms-benefit before


def test_a_sentence_that_only_says_acupuncture_is_safe_is_the_safety_claim_first(
    invoke: Invoke, tmp_path: Path
) -> None:
    """In an article on diabetes, its general claims read as diabetic neuropathy's; safety
    said alone stays the claim about safety."""
    text = (
        "Acupuncture for diabetic neuropathy\n\n"
        "Acupuncture is definitely safe for people with diabetes, though it does not "
        "guarantee results.\n"
    )
    found = check_text(invoke, tmp_path, text)
    assert [(f["line"], f["claim"]) for f in found] == [(3, "safety-minor-effects")]


# a page that names acupuncture, then says more of it without naming it
SESSIONS = "Acupuncture is offered here.\n\nSessions last an hour.\n\nMost people come weekly."


@pytest.mark.parametrize(
    ("article", "found"),
    [
        # "it" a few sentences after acupuncture, with no other treatment named since, said of
        # one with trained hands (a test or a swim is "safe" too)
        (
            SESSIONS + '\n\nParking is free.\n\n"In trained hands it\'s very safe," she added.',
            [(9, "safety")],
        ),
        (SESSIONS + '\n\nParking is free.\n\n"It\'s also very safe," she added.', []),
        (
            SESSIONS + "\n\nDuloxetine is another option.\n\n"
            '"In trained hands it\'s very safe," she added.',
            [],
        ),
        # said after "but" or a speaker's name
        (
            "Acupuncture is offered here.\n\nI wouldn't expect her results, but it's low risk "
            "to try.",
            [(3, "safety")],
        ),
        (
            "Acupuncture is offered here.\n\n[11:40] DR. PRICE-HALL: It's one of the safer "
            "options in pain medicine.",
            [(3, "safety")],
        ),
        # the usual effects told, with the rest of their list
        (
            "Acupuncture is offered here.\n\nThe usual things are a little bruise, a drop of "
            "blood or feeling sleepy.",
            [(3, "safety")],
        ),
        # a symptom told eased a few sentences on, with acupuncture's sessions
        (
            SESSIONS + "\n\nParking is free.\n\nIn my practice, most patients notice the "
            "burning ease within eight sessions.",
            [(9, "changes")],
        ),
        # ... but not a word of effect with no symptom ("a reasonable thing to try")
        (
            SESSIONS + "\n\nParking is free.\n\nIt is a reasonable thing to try for a set "
            "number of sessions.",
            [],
        ),
    ],
)
def test_what_is_said_in_passing_a_few_sentences_on_is_read_as_claimed(
    invoke: Invoke, tmp_path: Path, article: str, found: list[tuple[int, str]]
) -> None:
    results = check_text(invoke, tmp_path, article + "\n")
    assert [(f["line"], f["claim"].split("-")[0]) for f in results] == found


@pytest.mark.parametrize(
    ("name", "change"),
    [
        ("direction mark after a full stop", lambda t: t.replace(". ", ".\u200e ")),
        ("byte-order mark before a sentence", lambda t: t.replace(". ", ". \ufeff")),
        ("soft hyphen in a word", lambda t: t.replace("acupuncture", "acu\u00adpuncture")),
        ("zero-width space in a word", lambda t: t.replace("acupuncture", "acu\u200bpuncture")),
        ("word joiner in a word", lambda t: t.replace("neuropathy", "neuro\u2060pathy")),
        ("no-break spaces", lambda t: t.replace(" ", "\u00a0")),
        ("narrow no-break spaces", lambda t: t.replace(" ", "\u202f")),
    ],
)
def test_characters_that_show_nothing_hide_no_claim(
    invoke: Invoke, tmp_path: Path, name: str, change: Callable[[str], str]
) -> None:
    """Copied from a web page, a text may carry them; a reader sees the same article."""
    plain = json.loads(invoke("check", str(SEED), "--json").stdout)
    found = check_text(invoke, tmp_path, change(SEED.read_text(encoding="utf-8")))
    assert [(f["line"], f["claim"]) for f in found] == [(f["line"], f["claim"]) for f in plain]
    assert [f["sentence"] for f in found] == [f["sentence"] for f in plain]


@pytest.mark.parametrize("marks", [".", "!?", "\u2026", '.")'])
def test_a_long_run_of_full_stops_is_split_in_linear_time(marks: str) -> None:
    """ "." * 80,000 took 53 s: each place in the run was tried afresh."""
    from neuroinfo.check import reading
    from neuroinfo.check.sentences import sentences

    text = "Acupuncture can help. " + marks * 40_000 + " It can."
    start = time.perf_counter()
    found = [s for block in reading.blocks_of(text, "text") for s in sentences(block)]
    assert time.perf_counter() - start < 1.5  # quadratic: 13 s and more
    assert found[0].text.startswith("Acupuncture can help. ")
    assert found[-1].text == "It can."  # the run ends a sentence, as a full stop would


@pytest.mark.parametrize(
    ("declared", "encoding", "word"),
    [
        ('<meta charset="shift_jis">', "shift_jis", "鍼治療"),
        (
            '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">',
            "cp1251",
            "Иглоукалывание",
        ),
        ("<meta charset=gb18030>", "gb18030", "针灸"),
        # as browsers read them: Latin-1 and ASCII as Windows-1252 (a curly apostrophe has a
        # byte of its own there), and a Unicode charset in bytes that are not UTF-8 as none
        ('<meta charset="iso-8859-1">', "cp1252", "It\u2019s true"),
        ('<meta charset="us-ascii">', "cp1252", "Caf\u00e9 owners say it\u2019s true"),
        ('<meta charset="utf-16">', "cp1252", "It\u2019s true"),
        # labels browsers accept that Python's codecs do not know
        ('<meta charset="x-mac-roman">', "mac-roman", "Caf\u00e9 owners"),
        ('<meta charset="x-sjis">', "cp932", "鍼治療"),
        ('<meta charset="windows-874">', "cp874", "ฝังเข็ม"),
    ],
)
def test_a_page_is_read_in_the_encoding_it_declares(
    invoke: Invoke, tmp_path: Path, declared: str, encoding: str, word: str
) -> None:
    page = tmp_path / "page.html"
    html = f"<html><head>{declared}</head><body><p>{word}: acupuncture cured my neuropathy.</p>"
    page.write_bytes(html.encode(encoding))
    (finding,) = json.loads(invoke("check", str(page), "--json").stdout)
    assert finding["sentence"] == f"{word}: acupuncture cured my neuropathy."


def test_markup_a_browser_reads_whole_is_read_whole(invoke: Invoke, tmp_path: Path) -> None:
    """What is made text before parsing (tags never closed, comments) is only that: a "<" in
    a quoted attribute value, or "<!--" in a script, changes nothing."""
    page = """<html><head><style>p:before { content: "<!--"; }</style></head><body>
<p><a title="<b>Tip</b>" data-note='a > b' href="/x">Acupuncture</a> eases numbness.</p>
<script>var c = "<!--"; if (a<b) { c = "</p>"; }</script>
<!-- a comment with <p>Acupuncture cures everything.</p> in it -->
<p>My neighbour says acupuncture cured her neuropathy.</p>
<p>Unclosed <b here, and still: acupuncture relieves nerve pain.</p></body></html>
"""
    found = check_text(invoke, tmp_path, page, "page.html")
    assert [(f["line"], f["sentence"]) for f in found] == [
        (2, "Acupuncture eases numbness."),
        (5, "My neighbour says acupuncture cured her neuropathy."),
        (6, "Unclosed <b here, and still: acupuncture relieves nerve pain."),
    ]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        (  # a <head> never closed, as HTML allows
            "<html><head><title>Clinic</title><meta charset=utf-8>\n<body>\n"
            "<p>Acupuncture cured my neuropathy.</p>",
            [(3, "Acupuncture cured my neuropathy.")],
        ),
        (  # no head or body tags at all: the title is still the tab's, not the article's
            "<title>Acupuncture heals every nerve</title>\n<p>Acupuncture eased my numb feet.",
            [(2, "Acupuncture eased my numb feet.")],
        ),
        (  # a share box whose </p> is left out ends at the next paragraph
            '<div><p class="share-inline">Share this\n<p>Acupuncture cured my neuropathy.</div>',
            [(2, "Acupuncture cured my neuropathy.")],
        ),
        (  # a sidebar cell whose </td> is left out ends at the next cell
            '<table><tr><td class="sidebar">Acupuncture reverses nerve damage in 9 of 10!\n'
            '<td class="content"><p>Acupuncture cured my neuropathy.</p></table>',
            [(2, "Acupuncture cured my neuropathy.")],
        ),
        (  # hidden by its attributes, a form's options, text for screen readers only
            "<div hidden><p>Acupuncture reverses neuropathy.</p></div>\n"
            '<div style="display: none">Acupuncture restores nerves.</div>\n'
            "<p>Acupuncture cured my neuropathy."
            '<span class="sr-only"> Acupuncture regrows nerves.</span></p>\n'
            "<select><option>Acupuncture heals all nerve pain</option></select>\n"
            # (the article is most of what is shown: a page hidden all but a little, as one
            # shown only once its scripts run, is read whole)
            "<p>My story began in the spring of 2019, when I moved to a small town by the sea"
            " and took a new job at the library there, three days a week.</p>",
            [(3, "Acupuncture cured my neuropathy.")],
        ),
        (  # an empty comment, ended at once
            "<p>Acupuncture cured my neuropathy.</p><!-->\n<p>Acupuncture eased my numb feet.</p>",
            [(1, "Acupuncture cured my neuropathy."), (2, "Acupuncture eased my numb feet.")],
        ),
    ],
    ids=["head-open", "no-head", "p-open", "td-open", "not-shown", "empty-comment"],
)
def test_html_as_browsers_read_it(
    invoke: Invoke, tmp_path: Path, page: str, expected: list[tuple[int, str]]
) -> None:
    """End tags HTML lets a page leave out are closed where a browser closes them, so that
    hidden text or furniture never runs on over the article; what a browser does not show is
    not read."""
    found = check_text(invoke, tmp_path, page, "page.html")
    assert [(f["line"], f["sentence"]) for f in found] == expected


def test_claimreview_can_be_put_in_a_page_script_as_it_is(invoke: Invoke, tmp_path: Path) -> None:
    """JSON-LD goes in <script type="application/ld+json">: an article's "</script>" in a
    quoted sentence must not end it there. "<", ">" and "&" are escaped, meaning the same."""
    article = tmp_path / "article.html"  # the page's own text, with its markup escaped
    said = "Acupuncture cured my neuropathy</script><script>alert(1)</script> & more."
    escaped = said.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    article.write_text(f"<p>{escaped}</p>\n", encoding="utf-8")
    out = invoke("check", str(article), "-f", "claimreview").stdout
    assert "<" not in out and ">" not in out and "&" not in out
    (review,) = json.loads(out)
    assert review["claimReviewed"] == said


def test_a_markdown_file_opening_with_an_html_comment_is_read_as_markdown(
    invoke: Invoke, tmp_path: Path
) -> None:
    text = "<!-- Exported from Notion -->\n# My year\n\nAcupuncture cured my neuropathy.\n"
    found = check_text(invoke, tmp_path, text, "notes.md")
    assert [(f["line"], f["sentence"]) for f in found] == [(4, "Acupuncture cured my neuropathy.")]


def test_line_numbers_count_only_line_ends(invoke: Invoke, tmp_path: Path) -> None:
    """A form feed (pdftotext puts one between pages), a vertical tab or a Unicode line
    separator is no line end to grep or an editor."""
    text = "Page one.\n\fAcupuncture cured my neuropathy.\u2028More.\nAcupuncture eased my pain.\n"
    found = check_text(invoke, tmp_path, text)
    assert [f["line"] for f in found] == [2, 3]


def test_a_stray_byte_in_a_page_declared_utf8_spoils_only_itself(
    invoke: Invoke, tmp_path: Path
) -> None:
    page = tmp_path / "page.html"
    body = (
        '<meta charset="utf-8"><p>\u201cAcupuncture cured my neuropathy,\u201d says Zo\u00eb.</p>'
    )
    page.write_bytes(body.encode("utf-8") + b"<p>It\x92s true.</p>")
    (finding,) = json.loads(invoke("check", str(page), "--json").stdout)
    assert finding["sentence"] == "\u201cAcupuncture cured my neuropathy,\u201d says Zo\u00eb."


def test_markdown_a_reader_never_sees_is_not_read(invoke: Invoke, tmp_path: Path) -> None:
    text = (
        "---\ntitle: Acupuncture regrows nerves\n---\n"
        "<!-- draft: acupuncture cures neuropathy in every patient -->\n"
        "# My year\n\n"
        "Acupuncture cured my neuropathy.[^1] After twelve sessions the burning stopped.\n\n"
        "![Acupuncture restores damaged nerves](needles.png)\n\n"
        "<script>\nconst claim = 'Acupuncture reverses nerve damage.';\n</script>\n\n"
        "The page strips `<script>` tags; acupuncture eased my numb feet.\n\n"
        '[1]: https://example.org "Acupuncture heals nerves"\n'
    )
    found = check_text(invoke, tmp_path, text, "notes.md")
    assert [(f["line"], f["sentence"]) for f in found] == [
        (7, "Acupuncture cured my neuropathy."),
        (7, "After twelve sessions the burning stopped."),
        (15, "The page strips  tags; acupuncture eased my numb feet."),  # inline tags go
    ]


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        (  # a template in the head holds what it likes, and stays hidden
            "<head><template><div>Acupuncture cures everyone.</div></template></head>"
            "<body><p>Body text.</p>",
            "html",
            [(1, "Body text.")],
        ),
        (  # a page hidden until its scripts run is still read
            '<div style="display:none !important"><p>Acupuncture cured my neuropathy.</p></div>',
            "html",
            [(1, "Acupuncture cured my neuropathy.")],
        ),
        (  # <tbody> ends a <thead> left open; <li> ends a <p>
            "<table><thead class=sr-only><tr><th>H<tbody><tr><td>Body cell text.</table>"
            "<p class=sr-only>Skip<li>Item text.",
            "html",
            [(1, "Body cell text."), (1, "Item text.")],
        ),
        (  # an example in a code fence, never closed, hides nothing after it
            "Intro.\n\n```html\n<!-- header starts\n<style-guide>\n```\n\nAcupuncture helps.\n",
            "markdown",
            [(1, "Intro."), (8, "Acupuncture helps.")],
        ),
        (  # prose that looks like a link's reference, and a rule at the top, are text
            "---\n\n[Update]: The study was retracted.\n\n---\n\nMore.\n",
            "markdown",
            [(3, "[Update]: The study was retracted."), (7, "More.")],
        ),
        (  # front matter with Windows line ends; a linked badge
            "---\r\ntitle: x\r\n---\r\n[![Build](b.svg)](https://ci) Acupuncture helps.\r\n",
            "markdown",
            [(4, "Acupuncture helps.")],
        ),
    ],
    ids=["head-template", "shown-by-script", "table-and-list", "fence", "rule-top", "crlf"],
)
def test_pages_read_as_a_reader_sees_them(
    text: str, kind: str, expected: list[tuple[int, str]]
) -> None:
    assert split(text, kind) == expected


def test_a_markdown_line_of_repeated_brackets_is_read_in_one_pass() -> None:
    start = time.perf_counter()
    split("![" * 80_000 + "\n\nAcupuncture helps.\n", "markdown")
    assert time.perf_counter() - start < 5  # 80,000 took 20 s, growing with the square


TRANSCRIPT = """Acupuncture for neuropathy | Harbor Clinic

Transcript

0:00
hi everyone welcome back to the channel today we are talking
0:04
about neuropathy which is one of the things I see most in the
0:08
clinic so if your feet are numb or burning this one is for you
0:12
okay so what does a session look like you lie on the table and
0:16
I place thin needles in the lower legs and the feet for about
0:20
twenty minutes so acupuncture can really ease the burning in
0:24
your feet for a lot of my patients after a few weeks and people
0:28
always ask me is it safe yes it's very safe when a licensed
0:32
practitioner does it thanks for watching see you next time
"""


def test_speech_with_no_punctuation_is_read_clause_by_clause(
    invoke: Invoke, tmp_path: Path
) -> None:
    """A video's automatic captions have no punctuation: the whole transcript was one
    sentence, cut every 2,000 characters, in which each claim was lost. It is now cut where
    speech starts a clause ("so", "okay", "yes" ...), and each clause is judged."""
    found = check_text(invoke, tmp_path, TRANSCRIPT)
    said = [(f["line"], f["claim"], f["sentence"]) for f in found]
    assert said == [
        (
            16,
            "changes-chronic-pain",
            "so acupuncture can really ease the burning in 0:24 your feet for a lot of my"
            " patients after a few weeks and people 0:28 always ask me is it safe",
        ),
        (
            20,
            "safety-minor-effects",
            "yes it's very safe when a licensed 0:32 practitioner does it thanks for watching"
            " see you next time",
        ),
    ]


def test_long_punctuated_sentences_are_not_cut_as_speech() -> None:
    """Only a long run with next to no commas or full stops is speech: a long written sentence
    stays whole."""
    written = ", ".join(["acupuncture eased the burning in the feet of many patients"] * 12) + "."
    block = Block()
    block.add(written, 1)
    assert [s.text for s in sentences(block)] == [written]


def test_emoji_after_a_full_stop_stay_with_their_sentence() -> None:
    """'... regenerate. 🤯 And ...' was one sentence: a boundary wants a capital after the
    space, and found an emoji."""
    block = Block()
    block.add(
        "It helps the nerves regenerate. \U0001f92f\U0001f92f And it is safe! \u2764\ufe0f"
        " Book now.",
        1,
    )
    assert [s.text for s in sentences(block)] == [
        "It helps the nerves regenerate. \U0001f92f\U0001f92f",
        "And it is safe! \u2764\ufe0f",
        "Book now.",
    ]

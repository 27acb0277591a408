"""How well `neuroinfo check` finds the claim sentences of labelled articles.

    python bench/check.py            recall and precision per article and overall, per set
    python bench/check.py --short    the overall lines only (CI prints them)
    python bench/check.py --misses   also every missed, wrong and extra sentence
    python bench/check.py --sets tune,holdout   only these sets
    python bench/check.py --folder DIR          a labelled folder of your own instead

Sets: bench/articles (the seed article and texts written to tune on); bench/articles/holdout
(texts written apart, used to compare ideas while building, so no longer clean); and
bench/articles/holdout2 (texts written blind, measured only, then looked at once while
improving the matcher, so no longer clean either); bench/articles/holdout3 (written blind
after that, measured only: the clean figure); bench/articles/holdout4 (written blind later,
measured once, then studied); and bench/articles/holdout5 (web pages saved as HTML with their
site's furniture, written blind, measured once, then studied); and bench/articles/holdout6
(plain text and Markdown as people paste them: a PDF leaflet, an essay, a thread, a newsletter,
answers, a transcript, an FAQ, a clinic page; written blind, measured once, then studied);
and bench/articles/holdout7 (pages copied as text in the styles a search returns: a hospital
library, a cancer charity, a consumer health site, a clinic blog, a case report, a newspaper
feature, a fact sheet, a functional-medicine clinic; written blind, measured once, then
studied); and bench/articles/holdout8 and holdout9 (HTML, text and Markdown pages in varied
styles, written blind last and measured once, never studied: with holdout3, the clean
figures); and bench/articles/holdout10, holdout11, holdout14 and holdout15 (thirty-two more
pages in new styles, written blind, measured once, then studied); and bench/articles/holdout12
and holdout13 (sixteen more, written blind and measured once at the end of the round that
made them, never studied: clean figures too); and bench/articles/holdout16 and holdout17
(sixteen more, written blind in a later round, measured once, then studied); and
bench/articles/holdout19 to holdout28 (eighty more in the styles of the issue's own held-out
set, written blind later in that round, measured once, then studied); holdout18 (eight more,
written blind at that round's start and measured only once, at its end: a clean figure);
and bench/articles/holdout29 to holdout32 (thirty-two more, written blind in a later round,
measured once, then studied); holdout33 (eight more in the styles of research, coverage and
news pages, written blind in the round after and measured once: a clean figure); holdout34
(eight more, in the styles of press releases, forums, newsletters, FAQs, listicles, leaflets,
case studies and consumer reviews, written blind in the round after that and measured once: a
clean figure); holdout35 (eight more, in the styles of a newspaper column, a charity page, a
clinic's services, a radio phone-in, a nurse's blog, an insurer's article, a Q&A thread and a
university's news, written blind in the round after that, measured once, then studied);
holdout36 (eight more, in the styles of a forum, a TV segment, an oncology handout, a
franchise page, a pharmacist's column, an "ask the expert" page, a translated clinic page and a
science explainer, written blind late in that round and measured once: a clean figure);
holdout37 (eight more, in the styles of an integrative medicine page, a review site, a physio
blog, a webinar Q&A, an e-book chapter, a neurology FAQ, a retirement newsletter and an
encyclopedia, written blind at the start of a later round, measured once, then studied);
holdout38 (eight more, in the styles of a medical spa, an infusion centre, a cycling magazine,
a social-media post, a podcast, a course syllabus, a comparison page and an educator's email,
written blind at the start of that round and measured once: a clean figure); holdout39 (eight
more, in the styles of a TV news story, a shop page, a veterans' health page, an "ask me
anything" thread, a support group's minutes, a chatbot's answer, a physician's newsletter and a
patient wiki, written blind at the start of a later round, measured once, then studied);
holdout40 (eight more, in the styles of a press release, a pharmacy's health library, a video
page, a clinic's reviews, a letters page, a student's notes, a retreat brochure and a senior
centre's newsletter, written blind at the start of that round and measured once: a clean figure);
holdout41 and holdout42 (sixteen more, in the styles of an insurer's policy, a Q&A thread, a PDF
leaflet, an email newsletter, a social-media thread, a wire story, a caregiver's diary, a
crowdfunding page, a fact sheet, a support group thread, a book review, a radio phone-in, a case
study, a device press release, a fact-check and a pharmacist's column, written blind at the
start of a later round and measured once: the clean figure, since in that round the misses of
the earlier clean sets were read); holdout43 and holdout44 (sixteen more, in the styles of a
donor magazine, a video's comments, an "Ask the Doctor" column, a trial's lay summary, a
clinic's posts, a long forum post, an "I tried it" feature, a care home's newsletter, a
workshop handout, a news aggregator, an association's statement, a family chat, a magazine Q&A,
a course's landing page, a grand rounds summary and a clinic abroad, written blind in the
middle of that round, measured once, then studied); holdout45 (eight more, in the styles of a
pharmacy's advice page, a forum thread, a TV station's web story, an oncology leaflet, a
podcast's show notes, a Chinese-medicine blog, a nursing student's evidence summary and a device
shop's product page, written blind at the start of the next round and measured once: clean);
holdout46 (eight more, in the styles of a newspaper's long read, a physiotherapist's blog, a
charity's helpline FAQ, a video's automatic captions, a pharmacists' quiz, an influencer's
newsletter, a hospital's press release and a retired doctor's blog, written blind in that round,
measured once, then studied); holdout47 (eight more, in the styles of a teaching hospital's
patient page, a diabetes forum thread, a Chinese-medicine college's prospectus, a national
health portal, an acupuncturist's captions, a memoir, a medical news story and a podiatry
newsletter, written blind at the start of a later round and measured once: clean).
Each has a labels.yaml: every
claim sentence by a short exact substring, with the claim ids a right match may name.

Recall: labelled sentences flagged with a right claim first. Precision: flagged sentences that
are labelled, with a right claim first. Timing: the median time to check each article once
its data is warm, per 1,000 words."""

import argparse
import statistics
import time
from pathlib import Path

import yaml

from neuroinfo import run
from neuroinfo.check import claims, reading

ROOT = Path(__file__).parent / "articles"
SETS = {
    "tune": ROOT,
    "holdout": ROOT / "holdout",
    "holdout2": ROOT / "holdout2",
    "holdout3": ROOT / "holdout3",
    "holdout4": ROOT / "holdout4",
    "holdout5": ROOT / "holdout5",
    "holdout6": ROOT / "holdout6",
    "holdout7": ROOT / "holdout7",
    "holdout8": ROOT / "holdout8",
    "holdout9": ROOT / "holdout9",
    "holdout10": ROOT / "holdout10",
    "holdout11": ROOT / "holdout11",
    "holdout12": ROOT / "holdout12",
    "holdout13": ROOT / "holdout13",
    "holdout14": ROOT / "holdout14",
    "holdout15": ROOT / "holdout15",
    "holdout16": ROOT / "holdout16",
    "holdout17": ROOT / "holdout17",
    "holdout18": ROOT / "holdout18",
    "holdout19": ROOT / "holdout19",
    "holdout20": ROOT / "holdout20",
    "holdout21": ROOT / "holdout21",
    "holdout22": ROOT / "holdout22",
    "holdout23": ROOT / "holdout23",
    "holdout24": ROOT / "holdout24",
    "holdout25": ROOT / "holdout25",
    "holdout26": ROOT / "holdout26",
    "holdout27": ROOT / "holdout27",
    "holdout28": ROOT / "holdout28",
    "holdout29": ROOT / "holdout29",
    "holdout30": ROOT / "holdout30",
    "holdout31": ROOT / "holdout31",
    "holdout32": ROOT / "holdout32",
    "holdout33": ROOT / "holdout33",
    "holdout34": ROOT / "holdout34",
    "holdout35": ROOT / "holdout35",
    "holdout36": ROOT / "holdout36",
    "holdout37": ROOT / "holdout37",
    "holdout38": ROOT / "holdout38",
    "holdout39": ROOT / "holdout39",
    "holdout40": ROOT / "holdout40",
    "holdout41": ROOT / "holdout41",
    "holdout42": ROOT / "holdout42",
    "holdout43": ROOT / "holdout43",
    "holdout44": ROOT / "holdout44",
    "holdout45": ROOT / "holdout45",
    "holdout46": ROOT / "holdout46",
    "holdout47": ROOT / "holdout47",
}


def evaluate(
    folder: Path, kb: object, show: bool, short: bool = True
) -> tuple[int, int, int, int, list[float]]:
    labels = yaml.safe_load((folder / "labels.yaml").read_text(encoding="utf-8"))["articles"]
    found_right = labelled = flagged = flagged_right = 0
    timings = []
    for name, wanted in labels.items():
        text = (folder / name).read_text(encoding="utf-8")
        start = time.perf_counter()
        split = claims.sentences_of(text, reading.kind_of(text, name))
        findings = claims.find(kb.db, split, set(kb.claims))  # type: ignore[attr-defined]
        timings.append((time.perf_counter() - start) * 1000 / max(1, len(text.split())) * 1000)
        hits = {f.sentence.text: f for f in findings}
        right = 0
        for label in wanted:
            finding = next((f for t, f in hits.items() if label["text"] in t), None)
            good = finding is not None and finding.matches[0].claim in label["claims"]
            right += good
            if show and not good:
                got = finding.matches[0].claim if finding else "nothing"
                print(f"  MISS {name}: {label['text']!r} -> {got} (want {label['claims']})")
        correct = 0
        for sentence, finding in hits.items():
            label = next((lab for lab in wanted if lab["text"] in sentence), None)
            correct += label is not None and finding.matches[0].claim in label["claims"]
            if show and label is None:
                print(f"  EXTRA {name}: {sentence[:90]!r} -> {finding.matches[0].claim}")
        found_right += right
        labelled += len(wanted)
        flagged += len(hits)
        flagged_right += correct
        if show or not short:
            print(f"  {name:28} recall {right}/{len(wanted)}  precision {correct}/{len(hits)}")
    return found_right, labelled, flagged_right, flagged, timings


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--short", action="store_true", help="the overall lines only")
    parser.add_argument("--misses", action="store_true", help="every missed or extra sentence")
    parser.add_argument("--sets", help="comma-separated set names", default=",".join(SETS))
    parser.add_argument(
        "--folder", action="append", default=[], help="a labelled folder (instead of --sets)"
    )
    args = parser.parse_args()
    unknown = set(args.sets.split(",")) - SETS.keys()
    if unknown:
        parser.error(f"no such set: {', '.join(sorted(unknown))} (sets: {', '.join(SETS)})")
    chosen = {n: SETS[n] for n in args.sets.split(",")} if not args.folder else {}
    for folder in map(Path, args.folder):  # a folder's name, or its path when names clash
        chosen[str(folder) if folder.name in chosen else folder.name] = folder
    kb = run.knowledge(None).__enter__()
    for label, folder in chosen.items():
        if not (folder / "labels.yaml").exists():
            continue
        if not args.short:
            print(label)
        right, labelled, correct, flagged, timings = evaluate(folder, kb, args.misses, args.short)
        recall = right / labelled if labelled else 0.0
        precision = correct / flagged if flagged else 0.0
        print(
            f"check {label}: recall {recall:.0%} ({right}/{labelled}), precision "
            f"{precision:.0%} ({correct}/{flagged}), {statistics.median(timings):.0f} ms per "
            "1,000 words (warm, median)"
        )


if __name__ == "__main__":
    main()

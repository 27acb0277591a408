"""How well search and ask answer questions in people's own words: top-1 and top-3 rates.

top-1 and top-3 are the ranking of `neuroinfo search QUESTION --json`; "ask's answer right" is
what `neuroinfo ask` puts first (none, for a question it answers with "no record answers this
well", counts as wrong).

The questions are in bench/questions.yaml, written for this project in lay words, each with
the records a good answer must include (any one of them counts). `tune` is the set developers
may read while improving search; `holdout` and `holdout2` (written later, in other voices)
are scored only, to see whether the tuning carries over; `tune2`, written blind and measured
once, was read after. Emergency questions must put urgent
advice first in `ask`, and nothing else may; out-of-scope questions must get "neuroinfo does
not cover that".

bench/emergencies.yaml holds messages in people's own words that describe one of the red
flags, and calm ones that share their words; each set prints how many emergencies got urgent
advice first (and the right red flag), and how many calm messages raised a false alarm.

    python bench/questions.py            # every question, with the misses listed
    python bench/questions.py --short    # the rates only, as CI runs it
    python bench/questions.py --set tune # one set"""

import argparse
import sys
from pathlib import Path

import yaml

from neuroinfo import match
from neuroinfo.load import load
from neuroinfo.model import SINGULAR
from neuroinfo.search.ask import answer

QUESTIONS = Path(__file__).with_name("questions.yaml")
EMERGENCIES = Path(__file__).with_name("emergencies.yaml")


def found(kb: object, question: str) -> list[str]:
    """The ranked results of `neuroinfo search QUESTION --json`, as 'kind:id'."""
    try:
        hits, _ = match.search(kb, question)  # type: ignore[arg-type]
    except Exception:  # a usage error for a question of stop words only: nothing found
        return []
    return [f"{hit.kind}:{hit.record.id}" for hit in hits]


def score(kb: object, items: list[dict], verbose: bool) -> dict[str, float]:
    top1 = top3 = answerable = answered = 0
    urgent = urgent_total = out = out_total = false_alarms = calm_total = 0
    for item in items:
        question, want = item["q"], set(item.get("want") or [])
        reply = answer(kb, question)  # type: ignore[arg-type]
        if item.get("emergency"):
            urgent_total += 1
            urgent += bool(reply.red_flags)
        else:
            calm_total += 1
            false_alarms += bool(reply.red_flags)
            if verbose and reply.red_flags:
                print(f"  alarm {question!r} -> {[f.id for f in reply.red_flags]}")
        if item.get("scope") == "out":
            out_total += 1
            out += reply.covered is False
            if verbose and reply.covered is not False:
                print(f"  in scope?  {question!r} -> {reply.best}")
            continue
        answerable += 1
        best = reply.best if reply.covered else None
        answered += best is not None and f"{best.kind}:{best.record.id}" in want
        ranked = found(kb, question)
        top1 += bool(ranked[:1]) and ranked[0] in want
        hit3 = bool(want & set(ranked[:3]))
        top3 += hit3
        if verbose and not hit3:
            print(f"  miss  {question!r}\n        want {sorted(want)} got {ranked[:3]}")
    return {
        "top-1": top1 / max(answerable, 1),
        "top-3": top3 / max(answerable, 1),
        "ask right": answered / max(answerable, 1),
        "emergencies": urgent / max(urgent_total, 1),
        "out of scope": out / max(out_total, 1),
        "false alarms": false_alarms / max(calm_total, 1),
        "questions": answerable,
    }


def alarms(kb: object, items: list[dict], verbose: bool) -> dict[str, float]:
    """For the messages of bench/emergencies.yaml: the share of emergencies given urgent
    advice first, the share given the right red flag, and the share of calm ones alarmed."""
    noticed = right = raised = 0
    emergencies = [item for item in items if item["emergency"]]
    for item in items:
        flags = [flag.id for flag in answer(kb, item["q"]).red_flags]  # type: ignore[arg-type]
        if item["emergency"]:
            noticed += bool(flags)
            right += bool(set(flags) & set(item["flags"]))
            if verbose and not set(flags) & set(item["flags"]):
                print(f"  missed {item['flags']} got {flags}: {item['q']!r}")
        else:
            raised += bool(flags)
            if verbose and flags:
                print(f"  alarm  {flags}: {item['q']!r}")
    calm = len(items) - len(emergencies)
    return {
        "noticed": noticed / max(len(emergencies), 1),
        "right flag": right / max(len(emergencies), 1),
        "false alarms": raised / max(calm, 1),
        "emergencies": len(emergencies),
        "calm": calm,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--short", action="store_true", help="rates only")
    parser.add_argument("--set", help="one set only: tune, holdout, holdout2 or tune2")
    args = parser.parse_args()
    sets = yaml.safe_load(QUESTIONS.read_text(encoding="utf-8"))
    kb = load()
    assert SINGULAR  # the kinds results are labelled with
    for name in [args.set] if args.set else list(sets):
        if not args.short and args.set != "holdout":
            print(f"{name}:")
        verbose = not args.short and name.startswith("tune")
        rates = score(kb, sets[name], verbose)
        print(
            f"{name:8} {int(rates['questions']):3} questions  top-1 {rates['top-1']:.0%}"
            f"  top-3 {rates['top-3']:.0%}  ask's answer right {rates['ask right']:.0%}"
            f"  emergencies first {rates['emergencies']:.0%}"
            f"  out of scope said {rates['out of scope']:.0%}"
            f"  false alarms {rates['false alarms']:.0%}"
        )
    if args.set:
        return
    for name, items in yaml.safe_load(EMERGENCIES.read_text(encoding="utf-8")).items():
        rates = alarms(kb, items, verbose=not args.short and name == "tune")
        print(
            f"emergencies, {name}: {int(rates['emergencies'])} urgent messages, urgent advice"
            f" first {rates['noticed']:.0%} (the right red flag {rates['right flag']:.0%});"
            f" {int(rates['calm'])} calm ones, false alarms {rates['false alarms']:.0%}"
        )
    sys.stdout.flush()


if __name__ == "__main__":
    main()

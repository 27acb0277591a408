"""How neuroinfo's cost grows with the size of its data, measured in one run.

Generated data folders of 100 to 50,000 symptoms (with half as many claims and as many
references) are read through --data-dir. For `symptom`, `search`, `ask` (a question whose
words thousands of records hold) and `refs` it prints the
median time cold (an empty cache: read, validate, compile) and warm (cache current), each
run's peak memory, and the warm time as a ratio to the bundled data's `symptom numbness`.

    python bench/scale.py            # 100, 1,000, 10,000 and 50,000 symptoms
    python bench/scale.py --short    # 100 and 1,000, one cold run, as CI runs it"""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

NEUROINFO = shutil.which("neuroinfo", path=str(Path(sys.executable).parent)) or shutil.which(
    "neuroinfo"
)
if NEUROINFO is None:
    raise SystemExit("neuroinfo is not installed here: run `pip install .` first")
# Warm, as a multiple of the bundled data's `symptom numbness` (issues 5, 13 and 17).
TARGETS = {10_000: 1.5, 50_000: 2.0}


def generate(folder: Path, size: int) -> None:
    """A valid data folder: `size` symptoms, size/2 claims, `size` references."""
    folder.mkdir(parents=True)
    types = ["motor", "sensory", "autonomic"]
    lines = ["references:"]
    for i in range(size):
        lines += [
            f"  - id: ref-{i}",
            "    type: article-journal",
            f'    authors: ["Author{i} A", "Second B"]',
            f'    title: "Generated study {i} of nerve symptom {i}"',
            '    container: "Journal of Generated Results"',
            f"    year: {2000 + i % 25}",
            f'    doi: "10.1000/gen.{i}"',
        ]
    (folder / "references.yaml").write_text("\n".join(lines) + "\n")
    lines = ["types:"]
    for name in types:
        lines += [
            f"  - id: {name}",
            f'    name: "{name.title()}"',
            f'    summary: "Generated {name} nerves."',
            '    nerves_do: "They work."',
            '    damage_does: "Symptoms."',
            '    severity: "Varies."',
            "    references: [ref-0]",
        ]
    (folder / "types.yaml").write_text("\n".join(lines) + "\n")
    lines = ["symptoms:"]
    for i in range(size):
        lines += [
            f"  - id: symptom-{i}",
            f'    name: "Symptom {i}"',
            f'    aliases: ["sign {i}"]',
            f"    types: [{types[i % 3]}]",
            f'    summary: "A generated symptom, number {i}, with numbness and tingling."',
            '    seek_care: "See a doctor if it is new."',
            f"    references: [ref-{i}]",
            f'    phrases: ["feet feel odd {i}", "burning {i} at night", "hands go numb {i}"]',
            f'    codes: [{{system: HPO, code: "HP:{i:07d}", label: "Generated {i}"}}]',
        ]
    (folder / "symptoms.yaml").write_text("\n".join(lines) + "\n")
    lines = ["claims:"]
    for j in range(size // 2):
        lines += [
            f"  - id: claim-{j}",
            f'    statement: "Acupuncture helps symptom {2 * j}."',
            f"    source: ref-{2 * j}",
            f'    outcome: "symptom {2 * j}"',
            "    study_design: rct",
            "    certainty: low",
            "    direction: benefit",
            f'    evidence: "One generated trial of symptom {2 * j}."',
            f"    references: [ref-{2 * j}, ref-{2 * j + 1}]",
            f"    symptoms: [symptom-{2 * j}]",
            "    last_reviewed: 2026-01-01",
        ]
    (folder / "claims.yaml").write_text("\n".join(lines) + "\n")


def run(argv: list[str], cache_home: str) -> tuple[float, float]:
    """(milliseconds, peak memory in MB) of one run."""
    env = {"PATH": os.environ.get("PATH", ""), "COLUMNS": "80", "XDG_CACHE_HOME": cache_home}
    env["NEUROINFO_PAGE_CACHE"] = "off"  # what is measured is the data's path, not a page served
    start = time.perf_counter()
    child = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = (time.perf_counter() - start) * 1000
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"failed: {' '.join(argv)}\n{child.stderr.read().decode()}")  # type: ignore[union-attr]
    return elapsed, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--short", action="store_true", help="small sizes, few runs, for CI")
    parser.add_argument("--generate", nargs=2, metavar=("FOLDER", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.generate:
        generate(Path(args.generate[0]), int(args.generate[1]))
        return
    sizes = [100, 1_000] if args.short else [100, 1_000, 10_000, 50_000]
    warm_runs, cold_runs = (3, 1) if args.short else (11, 3)

    work = Path(tempfile.mkdtemp(prefix="neuroinfo-scale-"))
    warm_home = str(work / "cache")
    bundled = [run([NEUROINFO, "symptom", "numbness"], warm_home)[0] for _ in range(warm_runs + 1)]
    rows = []
    for size in sizes:
        folder = work / f"data-{size}"
        # Generated in a child process: a child's peak memory counts the parent it was forked
        # from, so the parent must stay small for the figures below to be neuroinfo's own.
        subprocess.run([sys.executable, __file__, "--generate", str(folder), str(size)], check=True)
        middle = size // 2
        for label, command in [
            ("symptom", ["symptom", f"symptom-{middle}"]),
            ("search", ["search", "symptom", str(middle)]),
            ("ask", ["ask", "my", "feet", "burn", "at", "night"]),
            ("refs", ["refs", f"ref-{middle}"]),
        ]:
            argv = [NEUROINFO, "--data-dir", str(folder), *command]
            runs = cold_runs if size <= 10_000 else 1  # a cold 50,000 takes a minute
            cold = [run(argv, str(work / f"cold-{size}-{label}-{n}")) for n in range(runs)]
            run(argv, warm_home)  # make the cache current
            warm = []
            for _ in range(warm_runs):  # interleaved with the bundled-data run
                warm.append(run(argv, warm_home))
                bundled.append(run([NEUROINFO, "symptom", "numbness"], warm_home)[0])
            rows.append((size, label, cold, warm))

    base = statistics.median(bundled)
    print(f"neuroinfo at scale (bundled data, warm `symptom numbness`: {base:.0f} ms)")
    print(
        f"{'symptoms':>9} {'command':8} {'cold ms':>9} {'warm ms':>9} {'warm/bundled':>13}"
        f" {'cold MB':>8} {'warm MB':>8}"
    )
    cold_by_size: dict[int, float] = {}
    for size, label, cold, warm in rows:
        cold_ms = statistics.median(t for t, _ in cold)
        warm_ms = statistics.median(t for t, _ in warm)
        cold_mb = max(m for _, m in cold)
        warm_mb = max(m for _, m in warm)
        if label == "symptom":
            cold_by_size[size] = cold_ms
        print(
            f"{size:>9,} {label:8} {cold_ms:9.0f} {warm_ms:9.0f} {warm_ms / base:13.2f}"
            f" {cold_mb:8.0f} {warm_mb:8.0f}"
        )
    for size, limit in TARGETS.items():
        for s, label, _, warm in rows:  # every command: a page, search, ask and refs
            if s == size:
                ratio = statistics.median(t for t, _ in warm) / base
                verdict = "met" if ratio <= limit else "not met"
                print(
                    f"target: {size:,} symptoms, warm {label} <= {limit}x bundled:"
                    f" {ratio:.2f}x ({verdict})"
                )
    previous = None
    for size, cold_ms in cold_by_size.items():
        if previous:
            grown, factor = cold_ms / cold_by_size[previous], size / previous
            shape = "linear or better" if grown <= factor * 1.1 else "worse than linear"
            print(
                f"cold growth {previous:,} -> {size:,} symptoms: time x{grown:.1f}"
                f" for data x{factor:.0f} ({shape})"
            )
        previous = size


if __name__ == "__main__":
    main()

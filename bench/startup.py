"""Start-up time of the installed `neuroinfo`, as ratios to `python -I -c pass`, in one run.

Each round runs every case once, in turn, so a busy machine slows them all alike; the
medians and their ratios are what to compare, never a figure from another run.

    python bench/startup.py            # 21 rounds
    python bench/startup.py --short    # 3 rounds, as CI runs it

cold: an empty cache folder, so the YAML is read, validated and compiled (as after an edit).
warm: the compiled cache is current (every later run)."""

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
COMMANDS = [["symptom", "numbness"], ["types"], ["refs"], ["claims"]]
TARGET = 5.0  # issue 5: warm `symptom numbness` at most 5x `python -I -c pass`


def timed(argv: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--short", action="store_true", help="3 rounds, for CI")
    parser.add_argument("--rounds", type=int, default=21)
    args = parser.parse_args()
    rounds = 3 if args.short else args.rounds

    warm_home = tempfile.mkdtemp(prefix="neuroinfo-bench-")
    env = {"PATH": os.environ.get("PATH", ""), "COLUMNS": "80", "XDG_CACHE_HOME": warm_home}
    subprocess.run([NEUROINFO, "types"], env=env, stdout=subprocess.DEVNULL, check=True)

    samples: dict[str, list[float]] = {"python -I -c pass": []}
    for _ in range(rounds):
        samples["python -I -c pass"].append(timed([sys.executable, "-I", "-c", "pass"], env))
        for command in COMMANDS:
            name = " ".join(command)
            cold_env = {**env, "XDG_CACHE_HOME": tempfile.mkdtemp(prefix="neuroinfo-cold-")}
            samples.setdefault(f"{name} (cold)", []).append(timed([NEUROINFO, *command], cold_env))
            samples.setdefault(f"{name} (warm)", []).append(timed([NEUROINFO, *command], env))

    base = statistics.median(samples["python -I -c pass"])
    print(f"neuroinfo start-up, {rounds} interleaved rounds, medians (lower is better)")
    print(f"{'case':32} {'ms':>8} {'x pass':>8}")
    for name, values in samples.items():
        middle = statistics.median(values)
        print(f"{name:32} {middle:8.1f} {middle / base:8.1f}")
    ratio = statistics.median(samples["symptom numbness (warm)"]) / base
    verdict = "met" if ratio <= TARGET else "not met"
    print(f"target: warm `symptom numbness` <= {TARGET:.0f}x python: {ratio:.1f}x ({verdict})")


if __name__ == "__main__":
    main()

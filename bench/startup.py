"""Start-up time of the installed `neuroinfo`, as ratios to `python -I -c pass`, in one run.

Each round runs every case once, in turn, so a busy machine slows them all alike; the
medians and their ratios are what to compare, never a figure from another run.

    python bench/startup.py            # 15 rounds
    python bench/startup.py --short    # 3 rounds, as CI runs it

cold: an empty cache folder, so the YAML is read, validated and compiled (as after an edit).
first view: the compiled data is warm, but that page has not been drawn before.
repeated view: the same page again, same width and settings (served from the page cache).
piped: output to a pipe; terminal: output to a pseudo-terminal (colour, and Rich's styles).
Peers, when installed: the Python tldr client (`tldr`) and tealdeer (`tldr` from Rust,
also installed as `tealdeer`)."""

import argparse
import os
import pty
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
SEED = Path(__file__).parent / "articles" / "seed.txt"
# (name, arguments, page-cached): the targets of the speed issue, each a ratio to Python.
PAGES = [
    ("symptom numbness", ["symptom", "numbness"]),
    ("types", ["types"]),
    ("refs", ["refs"]),
    ("symptom numbness --json", ["symptom", "numbness", "--json"]),
    ("ask my feet burn at night", ["ask", "my", "feet", "burn", "at", "night"]),
    ("search burning pain", ["search", "burning", "pain"]),
    ("check seed article (2 kB)", ["check", str(SEED)]),
]
TARGETS = {"first view, piped": 4.0, "first view, terminal": 5.0, "repeated view": 2.0}


def timed(argv: list[str], env: dict[str, str], terminal: bool = False) -> float:
    """Milliseconds to run `argv` to its end, its output to a pipe or a pseudo-terminal."""
    if not terminal:
        start = time.perf_counter()
        subprocess.run(
            argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True
        )
        return (time.perf_counter() - start) * 1000
    leader, follower = pty.openpty()
    start = time.perf_counter()
    child = subprocess.Popen(argv, env=env, stdout=follower, stderr=subprocess.DEVNULL)
    os.close(follower)
    while True:
        try:
            if not os.read(leader, 65536):
                break
        except OSError:
            break
    child.wait()
    elapsed = (time.perf_counter() - start) * 1000
    os.close(leader)
    return elapsed


def peers() -> dict[str, list[str]]:
    found = {}
    for name, argv in (
        ("tldr tar (Python client)", ["tldr", "tar"]),
        ("tealdeer tar", ["tealdeer", "tar"]),
    ):
        if shutil.which(argv[0]):
            found[name] = argv
    return found


# A short page for `tar`, written here, put where the Python tldr client keeps its cache, so
# that it shows a page from its cache as neuroinfo does from its own (with no network here
# it could fetch none).
TAR_PAGE = """# tar

> Pack files into an archive, or unpack one.

- Pack files into an archive:

`tar cf {{archive.tar}} {{file1 file2}}`

- Unpack an archive:

`tar xf {{archive.tar}}`
"""


def seed_peer_caches(home: str) -> None:
    for platform in ("common", "linux"):
        folder = Path(home) / "tldr" / "pages" / platform
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "tar.md").write_text(TAR_PAGE, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--short", action="store_true", help="3 rounds, for CI")
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    rounds = 3 if args.short else args.rounds

    home = tempfile.mkdtemp(prefix="neuroinfo-bench-")
    env = {
        "PATH": os.environ.get("PATH", ""),
        "HOME": home,
        "COLUMNS": "80",
        "LINES": "500",  # a tall terminal: no pager in the timings
        "TERM": "xterm-256color",
        "XDG_CACHE_HOME": home,
        "NEUROINFO_PAGER": "",
    }
    pages = Path(home) / "neuroinfo" / "pages"
    seed_peer_caches(home)
    subprocess.run([NEUROINFO, "types"], env=env, stdout=subprocess.DEVNULL, check=True)
    # warm data includes check's compiled patterns, kept on its first run
    subprocess.run([NEUROINFO, "check", str(SEED)], env=env, stdout=subprocess.DEVNULL, check=True)

    samples: dict[str, list[float]] = {}

    def add(name: str, value: float) -> None:
        samples.setdefault(name, []).append(value)

    for _ in range(rounds):
        add("python -I -c pass", timed([sys.executable, "-I", "-c", "pass"], env))
        add("python -I -c pass, terminal", timed([sys.executable, "-I", "-c", "pass"], env, True))
        cold = {**env, "XDG_CACHE_HOME": tempfile.mkdtemp(prefix="neuroinfo-cold-")}
        add("symptom numbness, cold", timed([NEUROINFO, "symptom", "numbness"], cold))
        for name, argv in PAGES:
            for terminal in (False, True):
                where = "terminal" if terminal else "piped"
                shutil.rmtree(pages, ignore_errors=True)
                add(f"{name}, first view, {where}", timed([NEUROINFO, *argv], env, terminal))
                add(f"{name}, repeated view, {where}", timed([NEUROINFO, *argv], env, terminal))
        for name, argv in peers().items():
            add(name, timed(argv, env))

    floor = statistics.median(samples["python -I -c pass"])
    floor_tty = statistics.median(samples["python -I -c pass, terminal"])
    print(f"neuroinfo start-up, {rounds} interleaved rounds, medians (lower is better)")
    print(f"{'case':50} {'ms':>8} {'x python':>9}")
    for name, values in samples.items():
        middle = statistics.median(values)
        base = floor_tty if "terminal" in name else floor
        print(f"{name:50} {middle:8.1f} {middle / base:9.1f}")
    if not peers():
        print("(peers: neither the Python tldr client nor tealdeer is installed here)")
    print()
    for label, target in TARGETS.items():
        kind, _, where = label.partition(", ")
        wanted = [
            statistics.median(values) / (floor_tty if "terminal" in name else floor)
            for name, values in samples.items()
            if f", {kind}" in name and (not where or name.endswith(where))
        ]
        worst = max(wanted)
        verdict = "met" if worst <= target else "not met"
        pages = [
            statistics.median(values) / (floor_tty if "terminal" in name else floor)
            for name, values in samples.items()
            if f", {kind}" in name and (not where or name.endswith(where)) and "check" not in name
        ]
        print(
            f"target: {label} <= {target:.0f}x python: worst {worst:.1f}x ({verdict});"
            f" pages without check: worst {max(pages):.1f}x"
        )


if __name__ == "__main__":
    main()

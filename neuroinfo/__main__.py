"""`python -m neuroinfo`, and what the installed `neuroinfo` command runs."""


def main() -> None:
    try:
        from neuroinfo.run import main as run
    except (ImportError, MemoryError, OSError) as error:
        # a memory limit too low to load Python's SQLite library ("failed to map segment
        # from shared object"), or an install missing a part: one line, never a traceback
        import sys

        reason = str(error)
        if isinstance(error, MemoryError) or "map segment" in reason or "[Errno 12]" in reason:
            reason = "out of memory: this process may use too little memory (see ulimit -v)"
        sys.stderr.write(f"neuroinfo: cannot start: {reason}\n")
        raise SystemExit(1) from None
    run()


if __name__ == "__main__":
    main()

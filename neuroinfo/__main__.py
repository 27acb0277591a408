"""`python -m neuroinfo`, and what the installed `neuroinfo` command runs."""


def main() -> None:
    from neuroinfo.run import main as run

    run()


if __name__ == "__main__":
    main()

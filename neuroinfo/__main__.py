from neuroinfo.cli import main

main()

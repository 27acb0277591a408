from neuroinfo.run import main

main()

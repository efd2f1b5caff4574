from kaereleder.cli import main

main()

from kaereleder.quick import main

main()

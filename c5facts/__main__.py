from c5facts.cli import main

main()

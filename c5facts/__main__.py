"""`python -m c5facts`: the command line, as the `c5facts` script runs it."""

from c5facts.launch import main

main()

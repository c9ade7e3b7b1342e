"""The jobs behind the `c5facts` command line, kept out of `c5facts.cli` (parsing, dispatch).

Modules, one job each; none imports spaCy or rich at import time (`c5facts --help`):

- `console`: the stderr console, error exits, a quiet stdout after a closed pipe.
- `options`: the output formats and engines, option checks (usage errors, exit 2).
- `output`: where records go (stdout, a file, the output lock) and in which format.
- `extract_run`, `eval_run`, `report_run`: the bodies of `extract`, `eval` and `report`.
"""

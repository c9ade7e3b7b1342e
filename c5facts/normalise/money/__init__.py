"""Money: find and parse French amounts of money, then resolve ambiguous currencies.

Pure Python, no spaCy; all vocabulary comes from `models/money/` (see its SOURCE.md).
One module per job, in the order a text goes through them:

- `numbers`: French numbers in digits ("7.612,52", "1 298,00") or words ("trois").
- `lexicon`: the vocabulary compiled into one token regex; `Lexicon.tokens(text)`.
- `grammar`: the recursive-descent parser over those tokens; `grammar().scan(text)`
  finds and parses every expression in one pass, giving each its `MoneyMatch`.
- `currency`: article-level evidence (ECB yearly rates, the article's conversions,
  `--dollar`) that decides which dollar a bare "dollars" is; `resolve_currencies`.
"""

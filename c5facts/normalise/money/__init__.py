"""Money: find and parse French amounts of money, then resolve ambiguous currencies.

Pure Python, no spaCy; all vocabulary comes from `models/money/` (see its SOURCE.md).
One module per job, in the order a text goes through them:

- `numbers`: French numbers in digits ("7.612,52", "1 298,00") or words ("trois").
- `lexicon`: the vocabulary compiled into one token regex; `Lexicon.tokens(text)`.
- `cursor`: token navigation and the short tails of an amount (subunits, "par action",
  misspelt multipliers, the words before a conversion).
- `grammar`: the recursive-descent parser over those tokens; `grammar().scan(text)`
  finds and parses every expression in one pass, giving each its `MoneyMatch`.
- `world`: which currencies a unit may be, where and when (CLDR), and the regions that
  place a story in a country.
- `rates`: the ECB reference rates of an article's week.
- `currency`: which currency each bare unit is, from the article's own world (its
  countries, its conversions, its publisher, then a documented default);
  `resolve_currencies`.
"""

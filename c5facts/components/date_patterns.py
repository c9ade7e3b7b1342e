"""The date patterns of models/dates/patterns.jsonl, read and expanded for spaCy's `Matcher`.

A line either defines a macro (`"define"`) or is a pattern (`"id"`, the rule the resolvers
know it by). Tokens may name vocabulary classes (`"VOCAB"`, from models/dates/
vocabulary.tsv), macros (`"MACRO"`) and the role their word plays (`"ROLE"`: "day",
"month", "prep"...); every straight apostrophe also matches the typographic ones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from c5facts import resources
from c5facts.errors import ResourceError
from c5facts.normalise.text import APOSTROPHES

PATTERN_FILE = ("dates", "patterns.jsonl")
INLINE_SPACE = "^[ \\t\u00a0\u202f\u2009]+$"
Pattern = list[dict[str, Any]]


@dataclass(frozen=True, slots=True)
class DatePattern:
    """One line of patterns.jsonl, expanded: its id, Matcher tokens and their roles."""

    rule: str
    tokens: Pattern  # ROLE keys removed: what Matcher.add takes
    roles: tuple[str, ...]  # the role of each token ("" for a fixed word)
    # The anchor groups whose windows run it, when its own words anchor none ("le 16"
    # joins the time after it: "à 18h", "vers 10 heures", "à midi"); else its anchor's.
    groups: tuple[str, ...] = ()


def load_patterns(vocab: dict[str, dict[str, str]]) -> list[DatePattern]:
    """Read models/dates/patterns.jsonl, expanding its macros, vocabulary classes and roles."""
    macros: dict[str, Pattern] = {}
    out: list[DatePattern] = []
    for obj in resources.read_jsonl(*PATTERN_FILE):
        pattern = _expand(obj.get("pattern", []), macros, vocab)
        if "define" in obj:
            macros[str(obj["define"])] = pattern
        elif "id" in obj:
            roles = tuple(str(spec.get("ROLE", "")) for spec in pattern)
            tokens = [{k: v for k, v in spec.items() if k != "ROLE"} for spec in pattern]
            groups = tuple(str(g) for g in obj.get("groups", ()))
            out.append(DatePattern(str(obj["id"]), tokens, roles, groups))
        else:
            raise ResourceError(f"{'/'.join(PATTERN_FILE)}: a line has neither 'define' nor 'id'")
    return out


def allow_spaces(pattern: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Allow whitespace tokens between words: "1er\u00a0janvier" is three tokens."""
    out: list[dict[str, Any]] = []
    for k, spec in enumerate(pattern):
        if k:
            # No-break and extra spaces only: a date never runs across a line break.
            out.append({"TEXT": {"REGEX": INLINE_SPACE}, "OP": "?"})
        out.append(spec)
    return out


def _expand(
    tokens: Pattern, macros: dict[str, Pattern], vocab: dict[str, dict[str, str]]
) -> Pattern:
    """Splice macros and turn {"VOCAB": class or [classes]} into the forms of those classes.

    A VOCAB token matches LOWER, or the attribute named by "ATTR" ("TEXT": lower-case
    forms only); "OR_REGEX" adds a regular-expression alternative and "TEMPLATE" puts
    the alternation in a regular expression ("^mi-({})$").
    """
    out: Pattern = []
    for spec in tokens:
        if "MACRO" in spec:
            name = spec["MACRO"]
            if name not in macros:
                raise ResourceError(f"{'/'.join(PATTERN_FILE)}: unknown macro {name!r}")
            body = [dict(t) for t in macros[name]]
            for key in ("OP", "ROLE"):  # {"MACRO": "DAYNUM", "ROLE": "coday"}
                if key in spec:
                    if len(body) != 1:
                        raise ResourceError(
                            f"{'/'.join(PATTERN_FILE)}: {key} on multi-token {name!r}"
                        )
                    body[0][key] = spec[key]
            out.extend(body)
            continue
        spec = dict(spec)
        if "VOCAB" in spec:
            spec.update(_vocab_token(spec, vocab))
        out.append(_with_curly_apostrophes(spec))
    return out


def _vocab_token(spec: dict[str, Any], vocab: dict[str, dict[str, str]]) -> dict[str, Any]:
    """The Matcher attribute of a VOCAB token (its VOCAB, ATTR, OR_REGEX, TEMPLATE keys popped)."""
    wanted = spec.pop("VOCAB")
    classes = [wanted] if isinstance(wanted, str) else list(wanted)
    forms = sorted({form for cls in classes for form in vocab.get(cls, {})})
    if not forms:
        raise ResourceError(f"models/dates/vocabulary.tsv: no forms of class {wanted!r}")
    attr = spec.pop("ATTR", "LOWER")
    extra = spec.pop("OR_REGEX", None)
    template = spec.pop("TEMPLATE", None)
    if template:
        return {attr: {"REGEX": template.replace("{}", "|".join(re.escape(f) for f in forms))}}
    if extra:
        alts = "|".join([extra, *(re.escape(f) for f in forms)])
        return {attr: {"REGEX": f"^(?:{alts})$"}}
    return {attr: {"IN": forms}}


def _with_curly_apostrophes(spec: dict[str, Any]) -> dict[str, Any]:
    """Let every "l'" form also match the typographic "l’" that most papers print."""
    out: dict[str, Any] = {}
    for key, value in spec.items():
        if key in ("LOWER", "TEXT", "ORTH") and isinstance(value, str) and "'" in value:
            value = {"IN": [value]}  # a single form: "pour l'instant" as papers print it too
        if isinstance(value, dict):
            value = dict(value)
            if "IN" in value:
                forms = list(value["IN"])
                value["IN"] = forms + [
                    f.replace("'", quote) for quote in APOSTROPHES[1:] for f in forms if "'" in f
                ]
            if "REGEX" in value:
                value["REGEX"] = value["REGEX"].replace("'", f"[{APOSTROPHES}]")
        out[key] = value
    return out

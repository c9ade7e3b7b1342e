"""The shape of a date match as the dates component's later steps read and rebuild it.

`date_compose`, `date_half_day` and `date_short_forms` join, extend and merge matches of
the dates component; they need its rule and its token roles, and a way to build a new
one (`make`), nothing else. `F` is the component's own match type.
"""

from __future__ import annotations

from typing import Protocol, TypeVar


class Found(Protocol):
    """A date match: its pattern rule and the role of each of its tokens."""

    @property
    def rule(self) -> str:
        """The pattern id (or ids joined by "+") the match came from."""
        ...

    @property
    def roles(self) -> dict[int, str]:
        """The role of each token of the match, by token index."""
        ...


F = TypeVar("F", bound=Found)

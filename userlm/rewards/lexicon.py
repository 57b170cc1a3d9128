"""The compiled lexicons of ``rewards/constraints.yaml``: the phrase lists the clause reader and the
constraint checks read (commitment, assent, refusal, hedges, proposals, negation, questions, no-limit),
the reference and extra-charge marks of an agent's amounts, the groups of alternatives, and the secret
shapes. Read once per path; long phrase lists are ``Alternatives`` sharing one Aho-Corasick index.

    >>> lex = lexicon()
    >>> lex.commit.search("let's do $18,400").group(0), lex.refuse.search("no way") is not None
    ("let's do", True)
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from userlm.core.resources import find_data
from userlm.rewards.prefilter import fast_compile, join_alternatives
from userlm.rewards.string_index import Alternatives, PatternSet, StringIndex, shared_index


@dataclass(frozen=True)
class Lexicon:
    commit: _Phrases
    assent: _Phrases
    refuse: _Phrases
    hedge: _Phrases
    propose: _Phrases
    negation: _Phrases
    question_start: _Phrases
    anchor: re.Pattern
    extra: re.Pattern
    no_limit: _Phrases
    groups: dict
    secret_shapes: PatternSet  # each shape runs only when a string its every match holds is there
    asked_shapes: dict  # shape -> (the agent asks for it, a bare value of it in the reply)
    asked_for: PatternSet  # the first of each pair, found at once
    index: StringIndex  # every long phrase list's strings: one pass over a clause serves all of them


class _Phrases:
    """A lexicon's phrases in two parts: those anchored at the clause's start (``^...``), tried once with
    ``match``, and the others, searched. ``search`` finds what one alternation of them all would: a match
    at the start is the leftmost one. A long list is an ``Alternatives`` (only the phrases whose strings
    the clause holds run); a short one, one regex with a lookahead on how a match can start
    (``userlm.rewards.prefilter``). ``mask``: the clause's hits in the lexicon's shared index."""

    __slots__ = ("anchored", "floating")

    def __init__(self, parts: list[str]):
        starts = [p for p in parts if p.startswith("^")]
        rest = [p for p in parts if not p.startswith("^")]
        self.anchored, self.floating = _compiled(starts), _compiled(rest)

    def search(self, low: str, mask: int | None = None) -> re.Match | None:
        m = _match(self.anchored, low, mask) if self.anchored is not None else None
        if m is None and self.floating is not None:
            f = self.floating
            m = f.search(low, mask) if type(f) is Alternatives else f.search(low)
        return m

    def match(self, low: str, mask: int | None = None) -> re.Match | None:
        m = _match(self.anchored, low, mask) if self.anchored is not None else None
        if m is None and self.floating is not None:
            m = _match(self.floating, low, mask)
        return m

    def alternatives(self) -> list[Alternatives]:
        return [p for p in (self.anchored, self.floating) if type(p) is Alternatives]


def _match(p: re.Pattern | Alternatives, low: str, mask: int | None) -> re.Match | None:
    return p.match(low, mask) if type(p) is Alternatives else p.match(low)


_MANY = 6  # from this many phrases on, an Aho-Corasick pass picks the few worth running (prefilter.Alternatives)


def _compiled(parts: list[str]) -> re.Pattern | Alternatives | None:
    if not parts:
        return None
    if len(parts) >= _MANY:
        return Alternatives(parts, re.IGNORECASE, lowered=True)
    return fast_compile(join_alternatives(parts), re.IGNORECASE, lowered=True)


def _rx(parts) -> _Phrases:
    """The phrases, read from lower-cased text (see ``_Phrases``)."""
    return _Phrases([parts] if isinstance(parts, str) else list(parts))


@lru_cache(maxsize=8)
def lexicon(path: str | os.PathLike | None = None) -> Lexicon:
    """The compiled lexicons of ``rewards/constraints.yaml`` (or ``path``), read once per path."""
    from userlm.core.io import read_yaml

    d = read_yaml(Path(path) if path else find_data("rewards", "constraints.yaml"))
    phrases = {k: _rx(d[k]) for k in ("commit", "assent", "refuse", "hedge", "propose", "negation", "question_start")}
    phrases["no_limit"] = _rx(d.get("no_limit") or r"(?!x)x")
    return Lexicon(
        **phrases,
        anchor=fast_compile(d["anchor"], re.IGNORECASE),
        extra=fast_compile(d["extra"], re.IGNORECASE),
        groups={k: dict(v) for k, v in d.get("groups", {}).items()},
        secret_shapes=PatternSet(d.get("secret_shapes", {}), re.IGNORECASE),
        asked_shapes={k: tuple(fast_compile(x, re.IGNORECASE) for x in v) for k, v in d.get("asked_shapes", {}).items()},
        asked_for=PatternSet({k: v[0] for k, v in d.get("asked_shapes", {}).items()}, re.IGNORECASE),
        index=shared_index([a for p in phrases.values() for a in p.alternatives()]),
    )



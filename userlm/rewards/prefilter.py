"""Cheap tests that rule a regex out before it runs: what any match must start with or contain.

Python's ``re`` tries every branch of an alternation at every position of a text, so the long phrase
lists of ``rewards/constraints.yaml`` and the cues of ``rewards/traps.yaml`` cost far more than their
matches are worth. Two facts, read from the pattern's parse tree, make them cheap without changing a
single match:

- ``first_chars(pattern)``: the characters a match can start with. ``fast_compile`` puts them in a
  lookahead in front of the pattern, so a position that cannot start a match is skipped at once.
- ``required_strings(pattern)``: strings of which every match contains one (``"minute"`` for
  ``for the next \\d+ minutes?``). When none is in the text, the pattern cannot match.

``userlm.rewards.string_index`` builds on ``required_strings``: which of many such strings a text holds,
in one Aho-Corasick pass, so that only the phrases and cues whose strings are there run at all.

Both answer ``None`` when they cannot tell (the pattern is then always run), never something wrong.

    >>> sorted(required_strings(r"\\bfor the next (?:\\d+|few) (?:minutes?|hours?)"))
    ['for the next ']
    >>> sorted(required_strings(r"(?:an? )?(manager|supervisor)"))
    ['manager', 'supervisor']
    >>> fast_compile(r"\\b(?:deal|sold)\\b", re.I).pattern
    '(?=[ds])(?:\\\\b(?:deal|sold)\\\\b)'
"""

from __future__ import annotations

import re

try:  # the parser of the re module (Python 3.11+); sre_parse is its deprecated alias
    from re import _constants as C
    from re import _parser as P
except ImportError:  # pragma: no cover - older Pythons
    import sre_constants as C
    import sre_parse as P

_MAX_SET = 64  # a finite set of strings larger than this is not enumerated
_ZERO_WIDTH = (C.AT, C.ASSERT, C.ASSERT_NOT)
_REPEATS = tuple(
    op for op in (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", None)) if op is not None
)
_CLASS_CATEGORIES = {
    C.CATEGORY_DIGIT: r"\d", C.CATEGORY_NOT_DIGIT: r"\D", C.CATEGORY_WORD: r"\w",
    C.CATEGORY_NOT_WORD: r"\W", C.CATEGORY_SPACE: r"\s", C.CATEGORY_NOT_SPACE: r"\S",
}  # fmt: skip


def _class_chars(items) -> set[str] | None:
    """The characters of a small class without negation or categories (``[ -]``), else None."""
    out: set[str] = set()
    for op, av in items:
        if op is C.LITERAL:
            out.add(chr(av))
        elif op is C.RANGE and av[1] - av[0] < 8:
            out.update(chr(c) for c in range(av[0], av[1] + 1))
        else:
            return None
    return out


def _product(a: set[str] | None, b: set[str] | None) -> set[str] | None:
    if a is None or b is None or len(a) * len(b) > _MAX_SET:
        return None
    return {x + y for x in a for y in b}


def _key(a: set[str]) -> tuple[int, int, int]:
    # A string of five characters is rare enough in a sentence; past that, fewer strings to test is
    # worth more than longer ones.
    shortest = min(map(len, a))
    return min(shortest, 5), -len(a), shortest


def _better(a: set[str] | None, b: set[str] | None) -> set[str] | None:
    """The more selective of two required sets (``_key``); None for neither."""
    if not a or "" in a:
        return b if b and "" not in b else None
    if not b or "" in b:
        return a
    return a if _key(a) >= _key(b) else b


def _item(op, av) -> tuple[set[str] | None, set[str] | None]:
    """(exact, required) of one parse-tree node: the finite set of texts it matches, or None; and a set
    of strings one of which each of its matches contains, or None."""
    if op is C.LITERAL:
        return {chr(av).lower()}, {chr(av).lower()}
    if op is C.IN:
        chars = _class_chars(av)
        exact = {c.lower() for c in chars} if chars else None
        return exact, exact
    if op in _ZERO_WIDTH:
        return {""}, None
    if op is C.SUBPATTERN:
        return _seq(av[-1])
    if op is C.BRANCH:
        parts = [_seq(alt) for alt in av[1]]
        exact: set[str] | None = set()
        for e, _ in parts:
            exact = exact | e if exact is not None and e is not None else None
        if exact is not None and len(exact) > _MAX_SET:
            exact = None
        reqs = [_better(r, e) for e, r in parts]
        required = set().union(*reqs) if all(reqs) else None
        return exact, required
    if op in _REPEATS:
        lo, hi, sub = av
        e, r = _seq(sub)
        if lo == 0:
            return ({""} | e if hi == 1 and e is not None else None), None
        exact = e if lo == hi == 1 else None
        return exact, _better(r, e)
    return None, None


def _seq(items) -> tuple[set[str] | None, set[str] | None]:
    """(exact, required) of a sequence: every window of consecutive exact items multiplies out into a
    candidate required set; the most selective candidate (or an item's own required set) wins."""
    parts = [_item(op, av) for op, av in items]
    best: set[str] | None = None
    exact: set[str] | None = {""}
    for e, r in parts:
        best = _better(best, r)
        exact = _product(exact, e)
    for i in range(len(parts)):
        window: set[str] | None = {""}
        for e, _ in parts[i:]:
            window = _product(window, e)
            if window is None:
                break
            best = _better(best, window)
    return exact, best


def required_strings(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """Lower-cased strings of which every match of ``pattern`` contains one, or None when there is no
    such set (a match may be empty, or hold only characters of a class). Test them on ``text.lower()``."""
    try:
        _, req = _seq(P.parse(pattern, flags))
    except (re.error, RecursionError, ValueError):
        return None
    return frozenset(req) if req and "" not in req else None


def _first(items) -> tuple[list[str] | None, bool]:
    """(class fragments a match of this sequence can start with, whether it can match empty)."""
    frags: list[str] = []
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue
        if op is C.LITERAL:
            return frags + [re.escape(chr(av))], False
        if op is C.IN:
            if any(o is C.NEGATE for o, _ in av):
                return None, False
            for o, a in av:
                if o is C.LITERAL:
                    frags.append(re.escape(chr(a)))
                elif o is C.RANGE:
                    frags.append(re.escape(chr(a[0])) + "-" + re.escape(chr(a[1])))
                elif o is C.CATEGORY and a in _CLASS_CATEGORIES:
                    frags.append(_CLASS_CATEGORIES[a])
                else:
                    return None, False
            return frags, False
        if op is C.CATEGORY and av in _CLASS_CATEGORIES:  # pragma: no cover - categories sit inside IN
            return frags + [_CLASS_CATEGORIES[av]], False
        if op in (C.SUBPATTERN, C.BRANCH) or op in _REPEATS:
            subs = [av[-1]] if op is C.SUBPATTERN else av[1] if op is C.BRANCH else [av[2]]
            empty = op in _REPEATS and av[0] == 0
            for sub in subs:
                f, e = _first(sub)
                if f is None:
                    return None, False
                frags += f
                empty = empty or e
            if not empty:
                return frags, False
            continue
        return None, False  # any character, a back-reference, a negated literal: anything may start it
    return frags, True


def first_chars(pattern: str, flags: int = 0) -> str | None:
    """A character class (``[ds]``) of the characters a match can start with, or None when any may (or a
    match may be empty). It is compiled with the pattern's flags, so ``re.IGNORECASE`` covers both cases."""
    try:
        frags, empty = _first(P.parse(pattern, flags))
    except (re.error, RecursionError, ValueError):
        return None
    if frags is None or empty or not frags:
        return None
    return "[" + "".join(sorted(set(frags))) + "]"


_LEAVES = (C.AT, C.ANY, C.CATEGORY, C.NEGATE, C.GROUPREF)


def _children(op, av) -> list | None:
    if op is C.SUBPATTERN:
        return [av[-1]]
    if op is C.BRANCH:
        return list(av[1])
    if op in _REPEATS:
        return [av[2]]
    if op is C.IN:
        return [av]
    if op in (C.ASSERT, C.ASSERT_NOT):
        return [av[1]]
    return [] if op in _LEAVES else None


def _lower_only(items) -> bool:
    """No literal of the parse tree changes under ``str.lower`` (so case-folding can be left to the text)."""
    for op, av in items:
        if op in (C.LITERAL, C.NOT_LITERAL):
            if chr(av).lower() != chr(av):
                return False
            continue
        if op is C.RANGE:
            if any(chr(c).lower() != chr(c) for c in range(av[0], av[1] + 1)):
                return False
            continue
        subs = _children(op, av)
        if subs is None or not all(_lower_only(sub) for sub in subs):
            return False
    return True


def join_alternatives(parts: list[str]) -> str:
    """``(?:a)|(?:b)|...`` with the word boundary that opens consecutive phrases written once in front of
    them: ``\\bX|\\bY`` becomes ``\\b(?:X|Y)``, the same matches in the same order of preference, but the
    engine can then skip a phrase on its first letter instead of entering every one at every position.

    >>> join_alternatives([r"\\bdeal\\b", r"\\bsold", "^ok$"])
    '\\\\b(?:(?:deal\\\\b)|(?:sold))|(?:^ok$)'
    """
    out: list[str] = []
    run: list[str] = []
    for p in [*parts, None]:
        try:
            items = P.parse(p) if p is not None else None
        except re.error:
            items = None
        if (
            p is not None
            and p.startswith("\\b")
            and items is not None
            and len(items) > 1
            and items[0] == (C.AT, C.AT_BOUNDARY)
        ):
            run.append(p[2:])  # one sequence that opens on \b (no top-level "|" in it)
            continue
        if run:
            out.append("\\b(?:" + "|".join(f"(?:{x})" for x in run) + ")")
            run = []
        if p is not None:
            out.append(f"(?:{p})")
    return "|".join(out)


def fast_compile(pattern: str, flags: int = 0, lowered: bool = False) -> re.Pattern:
    """``re.compile(pattern, flags)`` with a lookahead on the characters a match can start with: the
    same matches, found without trying every branch at every position. ``lowered``: the pattern only
    ever reads lower-cased text, so when it holds no upper-case literal ``re.IGNORECASE`` is dropped
    (a case-sensitive match is cheaper, and on lower-cased text it finds the same matches)."""
    if lowered and flags & re.IGNORECASE:
        try:
            if _lower_only(P.parse(pattern, flags)):
                flags &= ~re.IGNORECASE
        except (re.error, RecursionError, ValueError):
            pass
    first = first_chars(pattern, flags)
    if first is not None:
        try:
            return re.compile(f"(?={first})(?:{pattern})", flags)
        except re.error:  # e.g. global inline flags, which must open the pattern
            pass
    return re.compile(pattern, flags)


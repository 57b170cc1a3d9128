"""Which of many strings a text holds, in one pass: the prefilter of long phrase lists and cue libraries.

``required_strings`` (``userlm.rewards.prefilter``) says which strings every match of a pattern holds. An
Aho-Corasick automaton (``pyahocorasick``) finds all of a list's strings in a text at once, so of a list
of forty phrases only the two or three whose strings are there run as regexes:

- ``StringIndex``: ``{string: bits}`` -> the OR of the bits of the strings a text holds;
- ``Alternatives``: patterns searched as their alternation would be (same match), running the few that can;
- ``PatternSet``: named patterns (the secret shapes), which of them a text matches;
- ``shared_index``: one automaton for several ``Alternatives`` read on the same text (a clause is read
  for commitments and for refusals with one pass).

    >>> alt = Alternatives([r"\\bdeal\\b", r"\\bi'?ll take\\b", r"^ok\\b"], re.IGNORECASE, lowered=True)
    >>> alt.search("fine, i'll take it. deal.").group(0), alt.match("ok then").group(0), alt.search("no")
    ("i'll take", 'ok', None)
"""

from __future__ import annotations

import re

from userlm.rewards.prefilter import fast_compile, required_strings


def bits_of(ids) -> int:
    """Ids as the set bits of one int: OR-ing ints is the cheapest union per hit."""
    return sum(1 << i for i in set(ids))


def ids_of(bits: int) -> list[int]:
    """The set bits of ``bits``, in increasing order."""
    out = []
    while bits:
        low_bit = bits & -bits
        out.append(low_bit.bit_length() - 1)
        bits ^= low_bit
    return out


class StringIndex:
    """The OR of the bits of ``{string: bits}`` whose strings a lower-cased text holds (Aho-Corasick).

    >>> ids_of(StringIndex({"deal": 0b1, "take it": 0b110}).mask("ok, i'll take it. deal?"))
    [0, 1, 2]
    """

    __slots__ = ("_automaton",)

    def __init__(self, keys: dict[str, int]):
        import ahocorasick

        self._automaton = None
        if keys:
            automaton = ahocorasick.Automaton()
            for string, bits in keys.items():
                automaton.add_word(string, bits)
            automaton.make_automaton()
            self._automaton = automaton

    def mask(self, low: str) -> int:
        bits = 0
        if self._automaton is not None:
            for _, found in self._automaton.iter(low):
                bits |= found
        return bits


def needs_bits(parts, flags: int) -> tuple[dict[str, int], int]:
    """({required string: bits of the patterns that need it}, bits of the patterns that need none)."""
    keys: dict[str, int] = {}
    always = 0
    for i, p in enumerate(parts):
        need = required_strings(p, flags)
        if need is None:
            always |= 1 << i
        for string in need or ():
            keys[string] = keys.get(string, 0) | (1 << i)
    return keys, always


class Alternatives:
    """Patterns searched as their alternation ``(?:p0)|(?:p1)|...`` would be (the leftmost match; at one
    position, the first pattern), running only those whose required strings the text holds: one
    Aho-Corasick pass and two or three small regexes instead of every branch of a large alternation at
    every position. Texts are lower-cased (``lowered``, as ``fast_compile``). ``mask``: the hits of a
    ``shared_index`` already read on the same text."""

    __slots__ = ("patterns", "always", "keys", "index", "shift", "width")

    def __init__(self, parts: list[str], flags: int = 0, lowered: bool = False):
        self.patterns = tuple(fast_compile(p, flags, lowered=lowered) for p in parts)
        self.keys, self.always = needs_bits(parts, flags)
        self.index = StringIndex(self.keys)
        self.shift, self.width = 0, len(self.patterns)  # where its bits sit in a shared index's mask

    def candidates(self, low: str, mask: int | None = None) -> list[int]:
        own = self.index.mask(low) if mask is None else (mask >> self.shift) & ((1 << self.width) - 1)
        return ids_of(own | self.always)

    def search(self, low: str, mask: int | None = None) -> re.Match | None:
        best = None
        for i in self.candidates(low, mask):
            m = self.patterns[i].search(low)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        return best

    def match(self, low: str, mask: int | None = None) -> re.Match | None:
        for i in self.candidates(low, mask):
            m = self.patterns[i].match(low)
            if m is not None:
                return m
        return None


def shared_index(alternatives: list[Alternatives]) -> StringIndex:
    """One automaton for several ``Alternatives``: each reads its own bits of the one mask it gives."""
    keys: dict[str, int] = {}
    shift = 0
    for alt in alternatives:
        alt.shift = shift
        for string, bits in alt.keys.items():
            keys[string] = keys.get(string, 0) | (bits << shift)
        shift += alt.width
    return StringIndex(keys)


class PatternSet:
    """Named patterns, each run only when the text holds one of the strings its every match holds.

    >>> PatternSet({"pin": r"\\bpin\\D{0,9}\\d{4}", "card": r"(?:\\d[ -]?){12,18}\\d"}, re.I).found("My PIN is 4096")
    frozenset({'pin'})
    """

    __slots__ = ("names", "patterns", "always", "index")

    def __init__(self, named: dict[str, str], flags: int = 0):
        self.names = tuple(named)
        self.patterns = tuple(fast_compile(p, flags) for p in named.values())
        keys, self.always = needs_bits(list(named.values()), flags)
        self.index = StringIndex(keys)

    def found(self, text: str) -> frozenset[str]:
        ids = ids_of(self.index.mask(text.lower()) | self.always)
        return frozenset(self.names[i] for i in ids if self.patterns[i].search(text))

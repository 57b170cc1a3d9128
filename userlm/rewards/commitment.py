"""What a reply commits to, clause by clause: the reading every constraint reward shares.

A reply is split into clauses (at . ! ? ; ... and "but", then at commas). A clause *commits* when it
agrees to what is on the table or to the amount it names ("let's do $18,400", "fine, store credit it
is", "where do I sign?"); it *refuses* when it says no, denies or holds the line; it *proposes* when it
offers an amount ("how about $19,500?"). A question, a hedge or a negation makes a clause neither a
commitment nor a refusal ("is $19,900 your best?", "maybe", "I don't want to lose it"). The phrase lists
live in ``rewards/constraints.yaml``.

    >>> r = read_reply("Okay, okay, I don't want to lose it. Let's do $18,400, where do I sign?")
    >>> r.commits, r.refuses, [c.text for c in r.committed]
    (True, False, ["Let's do $18,400", 'where do I sign?'])
    >>> read_reply("Oh no... fine, store credit it is.").commits, read_reply("Is $19,900 your best?").commits
    (True, False)
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from userlm.core.amounts import Amount, parse_amounts
from userlm.core.resources import find_data

_SENT_RE = re.compile(r"(?:[^.!?;…\n]|\.(?=\d))+(?:[.!?;…]+|$)|\n")  # "$64.00" does not end a sentence
_BUT_RE = re.compile(r",?\s+\b(?:but|though|although|except|however|yet)\b\s*|\s+[—–-]{1,2}\s+", re.IGNORECASE)
_COMMA_RE = re.compile(r"(?<!\d),\s*|,\s+(?=\D)")  # not inside "18,400"


@dataclass(frozen=True)
class Lexicon:
    commit: re.Pattern
    assent: re.Pattern
    refuse: re.Pattern
    hedge: re.Pattern
    propose: re.Pattern
    negation: re.Pattern
    question_start: re.Pattern
    anchor: re.Pattern
    extra: re.Pattern
    groups: dict
    secret_shapes: dict
    asked_shapes: dict


def _rx(parts) -> re.Pattern:
    if isinstance(parts, str):
        parts = [parts]
    return re.compile("|".join(f"(?:{p})" for p in parts), re.IGNORECASE)


@lru_cache(maxsize=8)
def lexicon(path: str | os.PathLike | None = None) -> Lexicon:
    """The compiled lexicons of ``rewards/constraints.yaml`` (or ``path``), read once per path."""
    from userlm.core.io import read_yaml

    d = read_yaml(Path(path) if path else find_data("rewards", "constraints.yaml"))
    return Lexicon(
        **{k: _rx(d[k]) for k in ("commit", "assent", "refuse", "hedge", "propose", "negation", "question_start")},
        anchor=re.compile(d["anchor"], re.IGNORECASE),
        extra=re.compile(d["extra"], re.IGNORECASE),
        groups={k: dict(v) for k, v in d.get("groups", {}).items()},
        secret_shapes={k: re.compile(v, re.IGNORECASE) for k, v in d.get("secret_shapes", {}).items()},
        asked_shapes={k: tuple(re.compile(x, re.IGNORECASE) for x in v) for k, v in d.get("asked_shapes", {}).items()},
    )


@dataclass(frozen=True)
class Clause:
    text: str
    question: bool
    commits: bool  # a commitment that is not a question, a hedge or negated
    assent: bool  # only an interjection of assent ("Okay.")
    refuses: bool
    proposes: bool  # offers an amount ("how about $19,500?")
    amounts: tuple[Amount, ...]
    proposed: tuple[Amount, ...] = ()  # the amounts after the proposing phrase


def _negated_before(text: str, pos: int, lex: Lexicon) -> bool:
    return lex.negation.search(text[max(0, pos - 40) : pos]) is not None


def _clause(text: str, question: bool, lex: Lexicon, conditional: bool = False) -> Clause:
    t = text.strip(" ,.!;:\"'…")
    low = t.lower()
    m = lex.commit.search(low)
    hedged = lex.hedge.search(low) is not None
    commits = bool(m) and not hedged and not _negated_before(low, m.start(), lex)
    if commits and question and not re.search(r"where do i sign|how (?:do|can) i pay", low):
        commits = False
    if commits and (conditional or re.match(r"(?:if|unless|once|as long as|provided)\b", low)):
        commits = False  # a condition: "if you waive the fee, I'll sign"
    r = lex.refuse.search(low)
    refuses = bool(r) and not question and not hedged
    if refuses and r.group(0).startswith("no") and re.match(r"oh,? no\b", low):
        refuses = False  # "oh no" is dismay, not a refusal
    commits = commits and not refuses  # "$19,900 is way over what I can pay": the refusal decides
    assent = not question and lex.assent.match(low) is not None
    p = lex.propose.search(low)
    proposes = p is not None and not _negated_before(low, p.start(), lex)
    amounts = parse_amounts(t)
    offered = tuple(a for a in amounts if proposes and a.start >= p.start()) if proposes else ()
    return Clause(t, question, commits, assent, refuses, bool(offered), amounts, offered)


@dataclass(frozen=True)
class ReplyReading:
    clauses: tuple[Clause, ...]

    @property
    def committed(self) -> list[Clause]:
        return [c for c in self.clauses if c.commits]

    @property
    def refuses(self) -> bool:
        return any(c.refuses for c in self.clauses)

    @property
    def proposes(self) -> bool:
        return any(c.proposes and c.amounts for c in self.clauses)

    @property
    def commits(self) -> bool:
        """A commitment; a bare "okay" counts only when nothing refuses, counters or asks."""
        if self.committed:
            return True
        return any(c.assent for c in self.clauses) and not (
            self.refuses or self.proposes or any(c.question for c in self.clauses)
        )

    @property
    def bare_commit(self) -> bool:
        """Commits without naming an amount or a thing of its own: agrees to what the agent put forward."""
        return self.commits and not any(c.amounts for c in self.committed)


def split_clauses(text: str) -> list[tuple[str, bool, bool]]:
    """(clause, is_question, is_conditional) triples: sentences split at "but"/dashes, then at commas.
    A sentence that opens with "if", "unless", "as long as" makes its clauses conditional."""
    out: list[tuple[str, bool, bool]] = []
    for sent in _SENT_RE.findall(text):
        s = sent.strip()
        if not s:
            continue
        is_q = s.rstrip("\"')").endswith("?")
        pieces = [p for part in _BUT_RE.split(s) for p in _COMMA_RE.split(part) if p.strip(" .!?,;")]
        lex = lexicon()
        cond = re.match(r"\W*(?:if|unless|as long as|provided|only if)\b", s, re.IGNORECASE) is not None
        for k, p in enumerate(pieces):
            q = is_q and (k == len(pieces) - 1 or lex.question_start.match(p.strip().lower()) is not None)
            out.append((p, q, cond))
    return out


@lru_cache(maxsize=65536)
def read_reply(text: str) -> ReplyReading:
    """The clause reading of a reply, cached per distinct text (every reward of the mix shares it)."""
    lex = lexicon()
    return ReplyReading(tuple(_clause(p, q, lex, c) for p, q, c in split_clauses(text or "")))


def term_mentioned(text: str, term: str) -> list[int]:
    """Start positions of ``term`` in ``text`` as whole words (case-insensitive)."""
    return [m.start() for m in re.finditer(r"(?<![\w-])" + re.escape(term.lower()) + r"(?![\w-])", text.lower())]


def affirmed_terms(text: str, terms: tuple[str, ...]) -> list[str]:
    """The terms ``text`` names without a negation before them in its clause ("not store credit")."""
    lex = lexicon()
    low = text.lower()
    return [t for t in terms for pos in term_mentioned(low, t)[:1] if not _negated_before(low, pos, lex)]


def offered_amounts(agent_message: str) -> tuple[list[float], list[float]]:
    """(prices, extras) the agent puts on the table: amounts not marked as a reference ("normally
    $25,000", "listed at"), split into prices and charges on top ("a $900 doc fee")."""
    lex = lexicon()
    prices, extras = [], []
    for a in parse_amounts(agent_message or ""):
        before = agent_message[max(0, a.start - 40) : a.start]
        if lex.anchor.search(before):
            continue
        around = agent_message[max(0, a.start - 25) : a.end + 25]
        (extras if lex.extra.search(around) else prices).append(a.value)
    return prices, extras


def clear_cache() -> None:
    read_reply.cache_clear()

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

import re
from functools import lru_cache
from typing import NamedTuple

from userlm.core.amounts import Amount, parse_amounts
from userlm.rewards.lexicon import Lexicon, lexicon
from userlm.rewards.prefilter import fast_compile

# A sentence ends at . ! ? ; … or a line break ("$64.00" does not end one); a line without end punctuation
# is a sentence too. Runs of plain characters are read whole and never given back (nothing after them can
# fail), so a long line costs one step, not one per character.
_SENT_RE = re.compile(r"(?:[^.!?;…\n]++|\.(?=\d))++(?:[.!?;…]+|(?=\n)|$)|\n")
_BUT_RE = fast_compile(r",?\s+\b(?:but|though|although|except|however|yet)\b\s*|\s+[—–-]{1,2}\s+", re.IGNORECASE)
_BUT_HINTS_RE = re.compile(r"but|though|except|however|yet|[-—–]")  # one is in every _BUT_RE match (lower-cased)
_COMMA_RE = fast_compile(r"(?<!\d),\s*|,\s+(?=\D)")  # not inside "18,400"
_COND_SENT_RE = re.compile(
    r"\W*(?:(?:and|actually|oh|so|but|also|well|ok(?:ay)?|then)\W+)*(?:if|unless|as long as|provided|only if)\b", re.IGNORECASE
)
_CONDITION_RE = re.compile(r"(?:if|unless|once|as long as|provided)\b")  # on lower-cased text
_SIGN_OR_PAY_RE = re.compile(r"where do i sign|(?:how|where) (?:do|can|should) i pay")
_OH_NO_RE = re.compile(r"oh,? no\b")
# A request for a thing, put as a question: "could you make it a travel voucher instead?", "can you just
# add the warranty?". It asks for what it names, so it is held to the limits like a commitment to it; a
# request that names nothing forbidden ("can you send me a reset link?") agrees to nothing.
_REQUEST_RE = re.compile(
    r"^(?:\w+,?\s+){0,2}?(?:(?:could|can|would|will) you|can we|could we|may i|can i) (?:please |just |maybe )?(?:make|do|switch|change|give|put|add|have|get|go with|"
    r"issue|send|turn|process|apply|book|upgrade|cancel|withdraw|close|drop|convert|move|sign|enroll|throw)\b"
)
_BUT_WORD_RE = re.compile(r"\b(?:but|however|though|although|yet)\b", re.IGNORECASE)
_MERGE_RE = re.compile(r"\b(oh|ah),\s+(?=no\b)|,\s*(?=please\s*[.!]*$)", re.IGNORECASE)  # "oh, no": dismay; "X, please"
# "If that's what most people do, book it": a condition granted, not a condition set.
_RESIGNED_RE = re.compile(
    r"\W*(?:\w+\W+){0,2}?(?:if|since) (?:that'?s|it'?s|this is|you say|everyone|most people|everybody|that is)\b"
    r"(?:[^,.;!?]{0,40}\b(?:what|how|law|policy|rule|rules|required|necessary|standard|the case|so|do|does|says?|only way|"
    r"way it is|how it works|regulation|regulations|the law))",
    re.IGNORECASE,
)
_NO_FINE_RE = re.compile(r"\b(no|nah|nope),\s+(?=(?:no,\s+)?(?:that'?s|thats|it'?s|its) (?:fine|ok|okay|good|alright|all right|fair|true|right)\b)",
                         re.IGNORECASE)  # fmt: skip
_CONCESSION_START_RE = re.compile(r"\W*(?:but|however|though)\b", re.IGNORECASE)


class Clause(NamedTuple):  # a named tuple: read_reply builds several per completion
    text: str
    question: bool
    commits: bool  # a commitment that is not a question, a hedge or negated
    assent: bool  # only an interjection of assent ("Okay.")
    refuses: bool
    proposes: bool  # offers an amount ("how about $19,500?")
    amounts: tuple[Amount, ...]
    proposed: tuple[Amount, ...] = ()  # the amounts after the proposing phrase
    requests: bool = False  # asks the agent for a thing ("could you make it a voucher instead?")
    conditional: bool = False  # commits on a condition ("if store credit is faster, do that instead")
    condition: bool = False  # in a conditional sentence, or opens with "if"


# "the 85 one", "the 1750 one": a small bare number that names an option is its price.
_PICKED_RE = re.compile(r"\bthe (\d{2,6}(?:\.\d{1,2})?) (?:one|plan|option|tier|package|deal|fare|room|version)\b", re.IGNORECASE)


def _picked(text: str) -> tuple[Amount, ...]:
    if "the " not in text.lower():
        return ()
    return tuple(Amount(float(m.group(1)), None, None, False, m.start(1), m.end(1)) for m in _PICKED_RE.finditer(text)
                 if float(m.group(1)) < 100)  # parse_amounts already reads 100 and more  # fmt: skip


def _negated_before(text: str, pos: int, lex: Lexicon) -> bool:
    return lex.negation.search(text[max(0, pos - 40) : pos]) is not None


def _clause(text: str, question: bool, lex: Lexicon, conditional: bool = False, conceded: bool = False) -> Clause:
    t = text.strip(" ,.!;:\"'…")
    low = t.lower()  # every clause lexicon reads lower-cased text
    hedged = lex.hedge.search(low) is not None
    commits = conditional_commit = False
    mask = 0 if hedged else lex.index.mask(low)  # one pass for the commitment and refusal lists (unread if hedged)
    if not hedged:
        m = lex.commit.search(low, mask)
        commits = (
            m is not None
            and not _negated_before(low, m.start(), lex)
            and (not question or _SIGN_OR_PAY_RE.search(low) is not None)
            and (_CONDITION_RE.match(low) is None or m.start() == 0)  # "if that's the policy": resignation
        )
        # A condition commits to nothing ("if you waive the fee, I'll sign"), but the amount it would take
        # is offered: "if it drives fine I'll take it at 20,400" proposes 20,400.
        conditional_commit = m is not None and not _negated_before(low, m.start(), lex) and not question and (
            conditional or (_CONDITION_RE.match(low) is not None and m.start() > 0)
        )
        commits = commits and not conditional and not conceded
    refuses = False
    if not question and not hedged:
        r = lex.refuse.search(low, mask)
        refuses = r is not None and not (r.group(0).startswith("no") and _OH_NO_RE.match(low))  # "oh no": dismay
    commits = commits and not refuses  # "$19,900 is way over what I can pay": the refusal decides
    # "Okay, but I still want it on my card": assent before a "but" concedes a point, it agrees to nothing.
    assent = not question and not conceded and lex.assent.match(low) is not None
    amounts = parse_amounts(t) + _picked(t)
    offered: tuple[Amount, ...] = ()
    if amounts:  # a clause proposes an amount it names: without one there is nothing to read
        p = lex.propose.search(low)
        if p is not None and not _negated_before(low, p.start(), lex):
            offered = tuple(a for a in amounts if a.start >= p.start())
        elif conditional_commit and not refuses:
            offered = amounts
    requests = not refuses and _REQUEST_RE.match(low) is not None  # "can we do the full plan" asks, "?" or not
    condition = conditional or _CONDITION_RE.match(low) is not None
    return Clause(t, question, commits, assent, refuses, bool(offered), amounts, offered, requests, conditional_commit,
                  condition)  # fmt: skip


class ReplyReading:
    """The clauses of a reply and what they add up to, worked out once per reply (every reward of the mix
    asks these of the same reading)."""

    __slots__ = ("clauses", "committed", "requested", "refuses", "proposes", "commits", "bare_commit")

    def __init__(self, clauses: tuple[Clause, ...]):
        self.clauses = clauses
        self.committed: tuple[Clause, ...] = tuple(c for c in clauses if c.commits)
        # Clauses that ask for a thing without committing outright: questions that ask the agent for it
        # ("could you make it a voucher instead?") and commitments on a condition ("if it's faster, do that").
        conditional = any(c.conditional and not c.refuses for c in clauses)
        self.requested: tuple[Clause, ...] = tuple(
            c for c in clauses if c.requests or (conditional and c.condition and not c.refuses)
        )
        self.refuses: bool = any(c.refuses for c in clauses)
        self.proposes: bool = any(c.proposes and c.amounts for c in clauses)
        # A commitment; a bare "okay" counts only when nothing refuses, counters or asks.
        self.commits: bool = bool(self.committed) or (
            any(c.assent for c in clauses)
            and not (self.refuses or self.proposes or any(c.question for c in clauses))
        )
        # Commits without naming an amount or a thing of its own: agrees to what the agent put forward.
        self.bare_commit: bool = self.commits and not any(c.amounts for c in self.committed)

    def __repr__(self) -> str:
        return f"ReplyReading({self.clauses!r})"


def split_clauses(text: str) -> list[tuple[str, bool, bool]]:
    """(clause, is_question, is_conditional) triples: sentences split at "but"/dashes, then at commas.
    A sentence that opens with "if", "unless", "as long as" makes its clauses conditional."""
    return [(p, q, c) for p, q, c, _ in _split(text)]


def _merged(m: re.Match) -> str:
    return (m.group(1) + " ") if m.group(1) else " "


def _split(text: str) -> list[tuple[str, bool, bool, bool]]:
    """``split_clauses`` with a fourth flag: the clause is conceded, followed by a "but" ("okay, but no";
    "Thanks for adding the bed! But let's leave it there")."""
    out: list[tuple[str, bool, bool, bool]] = []
    lex = lexicon()
    start = 0  # where the previous sentence's clauses begin
    for sent in _SENT_RE.findall(text):
        s = sent.strip()
        if not s:
            continue
        if out and _CONCESSION_START_RE.match(s):  # the whole previous sentence is conceded
            out[start:] = [(p, q, c, True) for p, q, c, _ in out[start:]]
        start = len(out)
        # Substring tests first: the regexes below run only on the sentences that hold what they need.
        low = s.lower()
        if "," in s:  # both merges need a comma
            if "no," in low or "nah," in low or "nope," in low:
                s = _NO_FINE_RE.sub(r"\1 ", s)
            if "oh," in low or "ah," in low or "please" in low:
                s = _MERGE_RE.sub(_merged, s)
        is_q = s.rstrip("\"')").endswith("?")
        parts = _BUT_RE.split(s) if _BUT_HINTS_RE.search(low) else [s]
        # A part before "but" ("okay, but...") is conceded; a part before a dash is not.
        but = [_BUT_WORD_RE.search(d) is not None for d in _BUT_RE.findall(s)] + [False] if len(parts) > 1 else [False]
        cond = _COND_SENT_RE.match(s) is not None and _RESIGNED_RE.match(s) is None
        pieces = [(p, but[k]) for k, part in enumerate(parts) for p in (_COMMA_RE.split(part) if "," in part else (part,))
                  if p.strip(" .!?,;")]  # fmt: skip
        for k, (p, conceded) in enumerate(pieces):
            q = is_q and (k == len(pieces) - 1 or lex.question_start.match(p.strip().lower()) is not None)
            out.append((p, q, cond, conceded))
    return out


@lru_cache(maxsize=65536)
def read_reply(text: str) -> ReplyReading:
    """The clause reading of a reply, cached per distinct text (every reward of the mix shares it)."""
    lex = lexicon()
    return ReplyReading(tuple(_clause(p, q, lex, c, k) for p, q, c, k in _split(text or "")))


@lru_cache(maxsize=4096)
def _term_rx(term: str) -> re.Pattern:
    return re.compile(r"(?<![\w-])" + re.escape(term) + r"(?![\w-])")


def term_mentioned(text: str, term: str) -> list[int]:
    """Start positions of ``term`` in ``text`` as whole words (case-insensitive)."""
    low, term = text.lower(), term.lower()
    if term not in low:  # the common case, without a regex
        return []
    return [m.start() for m in _term_rx(term).finditer(low)]


# In an agent's message a negation inside a condition is a threat, not a withdrawal: "if we don't lock the
# travel insurance in now, ..." pushes the insurance ("if you don't want the warranty" does not).
_THREAT_RE = re.compile(r"\b(?:if|unless)\b[^,.;!?]{0,25}?(?:n't|\bnot)\s+(?!want|need|like|wish)\w+[^,.;!?]*$")


# In the user's own words a verb of removal before a term refuses it: "cancel the protection after that".
_REMOVAL_RE = re.compile(r"\b(?:cancel(?:l?ed)?|remov(?:e|ed)|drop(?:ped)?|skip(?:ped)?|declin(?:e|ed)|take off|took off|"
                         r"get rid of|got rid of|waiv(?:e|ed)|ditch(?:ed)?|strip(?:ped)?|lose|pass(?:ed)? on|leave off|left off|"
                         r"knock(?:ed)? off|minus|without)\b[^,.;!?]{0,25}$")  # fmt: skip


def affirmed_terms(text: str, terms: tuple[str, ...], pushed: bool = False) -> list[str]:
    """The terms ``text`` names without a negation before them in its clause ("not store credit"; in the
    user's own words also a removal: "cancel the protection"). ``pushed``: ``text`` is the agent's
    message, where a negated condition still pushes the term."""
    lex = lexicon()
    low = text.lower()
    out = []
    for t in terms:
        if t.lower() not in low:  # most terms are absent: skip them before lower-casing anything again
            continue
        for pos in term_mentioned(low, t)[:1]:
            before = low[max(0, pos - 60) : pos]
            if pushed:  # "You've declined the optional coverage" no longer pushes it
                removed = _REMOVAL_RE.search(before) is not None and t not in before
                if (not _negated_before(low, pos, lex) and not removed) or _THREAT_RE.search(before):
                    out.append(t)
            elif not _negated_before(low, pos, lex) and not (_REMOVAL_RE.search(before) and t not in before):
                out.append(t)
    return out


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

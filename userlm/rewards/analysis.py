"""Shared, cached helpers for the programmatic rewards: columns, parsed turns, profile facts, lexicons.

Rewards run on every GRPO completion, so everything here is cheap: regexes are compiled once, a
completion is parsed once per distinct text (``parsed``), a reply or agent message is analysed once
per distinct text (``analyse``: words, agrees/refuses, money, shared by all rewards of the mix) and a
profile JSON string once per distinct string (``facts``). Nothing here reads files or loads models.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from userlm.core.amounts import amount_values, parse_amounts
from userlm.core.repeats import WORD_RE  # one word rule for the rewards and the redraw check
from userlm.core.turn import ParsedTurn, parse_turn
from userlm.rewards.commitment import ReplyReading, read_reply
from userlm.rewards.constraints import ConstraintFacts, constraint_facts
from userlm.rewards.constraints import clear_cache as clear_constraint_cache
from userlm.rewards.string_index import PatternSet

# Speed: Python's re tries every branch of an alternation at every position of the text. Each lexicon
# below therefore opens with a lookahead on where a match can start (a word boundary before one of the
# letters its phrases begin with): it only skips positions where no branch could match, so the matches
# are exactly those of the plain alternation, at a fraction of the cost.
# Keep the lookahead in step when adding a phrase that starts with a new letter.
# Whether a reply agrees, refuses or proposes is read clause by clause (userlm.rewards.commitment, with
# its phrase lists in rewards/constraints.yaml); amounts are parsed as numbers (userlm.core.amounts).
_NEG_BEFORE_RE = re.compile(
    r"(?:\bnot?\b|n't|\bnever\b|\bwithout\b|\bnor\b|\bno way\b)[^.!?]{0,25}$", re.IGNORECASE
)
COUNTER_RE = re.compile(
    r"\b(?=[hwcimbkl])"
    r"(how about|what about|would you (?:do|take|go)|can you do|could you do|i can do|i could do|i'?d pay|"
    r"i can pay|meet (?:me|you) at|best i can do|my budget|my max|come down|knock (?:off|it down)|lower)\b",
    re.IGNORECASE,
)
ESCALATE_RE = re.compile(
    r"\b(?=[mscheoptiw])(manager|supervisor|complaint|escalate|someone else|higher up|ombudsman|"
    r"someone (?:who|that) can (?:actually )?(?:help|decide|fix)|put me through|take (?:this|it) (?:higher|further)|"
    r"who'?s in charge|in charge here|talk to your boss)\b",
    re.IGNORECASE,
)
# Thanks and closing words: how a user confirms that the request is settled ("Thanks, that's all I needed").
THANKS_RE = re.compile(
    r"\b(?=[tcaeg])(thanks?|thank you|cheers|appreciate (?:it|that|your help)|that'?s (?:all|everything|it|what) "
    r"(?:i (?:needed|wanted|came for)|then)|all (?:sorted|set|good) (?:then|now)|that does it|exactly what i (?:needed|wanted))\b",
    re.IGNORECASE,
)
# Admitting not to know: how a user clarifies a question about something it never had.
UNKNOWN_RE = re.compile(
    r"\b(?=[dinc])(?:i )?(don'?t know|do not know|no idea|no clue|not sure|couldn'?t (?:tell|say)|can'?t (?:tell|say)|"
    r"don'?t (?:have|remember|recall) (?:that|it|this|those)|do not (?:have|remember|recall) (?:that|it|this|those)|"
    r"(?:have|had) no (?:idea|clue|way of knowing))\b",
    re.IGNORECASE,
)
END_RE = re.compile(
    r"\b(?=[bgith])(bye|goodbye|i'?m done|that'?s all|have a good (?:day|one|night)|i'?ll leave it)\b",
    re.IGNORECASE,
)
ASSISTANTISM_RE = re.compile(
    r"\b(?=[aihcgflto])(as an ai|as a language model|i'?m an ai|how (can|may) i (assist|help) you|certainly!|"
    r"i'?d be (happy|glad) to (help|assist)|is there anything else i can|great question|i hope this helps|"
    r"feel free to|let me know if you have any (other )?questions|i understand your (concern|frustration)|"
    r"thank you for (reaching out|your patience)|absolutely!|of course! (here|i))",
    re.IGNORECASE,
)
# A user describing its own role, as the simulator prompt frames it ("a customer talking to a car dealership
# agent. I am a human user, not an assistant."): a small model copies those lines; no real user says them.
ROLE_TALK_RE = re.compile(
    r"\b(?:(?:i'?m|i am|you are|you're) (?:a )?(?:human|real) (?:user|person|customer)\b|(?:i'?m|i am) not an? "
    r"(?:ai|assistant|bot|chatbot|language model)\b|(?:customer|user|caller) (?:talking|speaking|chatting) (?:to|with) "
    r"(?:an?|the) |(?:i'?m|i am) (?:playing|simulating) (?:the role of )?an? (?:human |real )?(?:customer|user)\b)",
    re.IGNORECASE,
)
# What rewards ask of every reply, found at once: a pattern runs only when the reply holds a string its
# every match holds (one Aho-Corasick pass, ``userlm.rewards.string_index``).
REPLY_SIGNALS = PatternSet(
    {"counter": COUNTER_RE.pattern, "escalate": ESCALATE_RE.pattern, "end": END_RE.pattern,
     "assistant-ism": ASSISTANTISM_RE.pattern, "thanks": THANKS_RE.pattern, "unknown": UNKNOWN_RE.pattern,
     "role talk": ROLE_TALK_RE.pattern},
    re.IGNORECASE,
)  # fmt: skip
STOPWORDS = frozenset(
    "a an the and or of to in on at for with by from is are was were be been it its this that these those i "
    "me my you your he she her his him they them their we our us not no do does did has have had will would "
    "can could should may might must just only very more most than then so if as but about into out up down "
    "over under again any all some each per one two also when what which who how why there here get got use "
    "used make made want wants need needs ask asked asks before after within".split()
)


class _once:  # noqa: N801 - used as a decorator, like functools.cached_property
    """``functools.cached_property`` without the lock it takes on every first access in Python 3.11,
    which cost more than the cheap facts it guarded. Worst case, two threads compute a fact twice."""

    def __init__(self, func):
        self.func, self.name = func, func.__name__

    def __get__(self, obj, owner=None):
        if obj is None:
            return self
        value = obj.__dict__[self.name] = self.func(obj)  # found in the instance from now on
        return value


class Analysis:
    """Facts about one text (a reply, an agent message), each computed on first use and then kept.

    Several rewards ask the same questions of a reply (does it agree? refuse? name a price?); through
    ``analyse`` they share one regex pass per question instead of repeating it.
    """

    def __init__(self, text: str):
        self.text = text

    @_once
    def words(self) -> tuple[str, ...]:
        return tuple(WORD_RE.findall(self.text.lower()))

    @_once
    def padded(self) -> str:
        """The words joined by spaces with a space at each end: a run of words is then a substring."""
        return " " + " ".join(self.words) + " "

    @_once
    def content_words(self) -> frozenset[str]:
        # Numbers are not content: "$19,900" and "listed at $18,900" share no concern.
        return frozenset(w for w in set(self.words).difference(STOPWORDS) if len(w) > 2 and not w[0].isdigit())

    @_once
    def reading(self) -> ReplyReading:
        return read_reply(self.text)

    @_once
    def affirms(self) -> bool:
        """Commits to something in a clause that is not a question, a hedge or negated."""
        return self.reading.commits

    @_once
    def rejects(self) -> bool:
        return self.reading.refuses

    @_once
    def signals(self) -> frozenset[str]:
        """Which of ``REPLY_SIGNALS`` the text matches (counter, escalate, end, assistant-ism, thanks, unknown,
        role talk)."""
        return REPLY_SIGNALS.found(self.text)

    @_once
    def counters(self) -> bool:
        return self.reading.proposes or "counter" in self.signals

    @_once
    def money(self) -> tuple[float, ...]:
        return tuple(amount_values(self.text))


@lru_cache(maxsize=65536)
def analyse(text: str) -> Analysis:
    """The shared ``Analysis`` of ``text`` (one per distinct text, like ``parsed``)."""
    return Analysis(text)


def words(text: str) -> list[str]:
    return list(analyse(text).words)


def content_words(text: str) -> set[str]:
    return set(analyse(text).content_words)


def content_words_of(text: str) -> set[str]:
    """``content_words`` without the cache, for one-off texts (a sentence of a reply)."""
    return {w for w in WORD_RE.findall(text.lower()) if w not in STOPWORDS and len(w) > 2 and not w[0].isdigit()}


def affirms(text: str) -> bool:
    """True when the text agrees to something, not counting negated forms ("I don't agree")."""
    return analyse(text).affirms


def rejects(text: str) -> bool:
    return analyse(text).rejects


def negated_near(text: str, pos: int) -> bool:
    """A negation within the clause before ``pos`` ("no store credit", "not the warranty")."""
    return _NEG_BEFORE_RE.search(text[max(0, pos - 40) : pos]) is not None


def money(text: str, marked: bool = False) -> list[float]:
    """Money amounts in the text (``userlm.core.amounts``); ``marked`` keeps only those with a currency
    sign or word or a multiplier ("20k")."""
    return amount_values(text, marked_only=True) if marked else list(analyse(text).money)


def _message_text(m: dict) -> str:
    """A message's text; a rationale a parser split off (``reasoning_content``, ``thinking``, vLLM's
    ``reasoning``: transformers' reasoning fields) is put back in front as ``<think>...</think>`` so the
    turn parses as the model wrote it."""
    content = str(m.get("content") or "")
    reasoning = m.get("reasoning_content") or m.get("thinking") or m.get("reasoning")
    if not reasoning or "<think>" in content:  # not split off after all: keep the text as written
        return content
    return f"<think>\n{reasoning}\n</think>\n{content}"


def completion_text(c: Any) -> str:
    """The text of one completion: a string or a conversational list [{"role": "assistant", "content": ...}].

    >>> completion_text([{"role": "assistant", "reasoning_content": "Plan: ask.", "content": "Hi?"}])
    '<think>\\nPlan: ask.\\n</think>\\nHi?'
    """
    if c is None:
        return ""
    if isinstance(c, str):
        return c
    if isinstance(c, dict):
        return _message_text(c)
    if isinstance(c, (list, tuple)):
        return "".join(
            _message_text(m) for m in c if isinstance(m, dict) and m.get("role", "assistant") == "assistant"
        )
    return str(c)


@lru_cache(maxsize=65536)
def parsed(text: str) -> ParsedTurn:
    """parse_turn, cached per distinct text: the mix reads each completion once for all its rewards."""
    return parse_turn(text)


def parse(c: Any) -> ParsedTurn:
    return parsed(completion_text(c))


def clear_caches() -> None:
    """Forget every cached parse and analysis (benchmarks time a cold start with it)."""
    parsed.cache_clear()
    analyse.cache_clear()
    read_reply.cache_clear()
    parse_amounts.cache_clear()
    clear_constraint_cache()
    from userlm.rewards.disclosure import fishes_for_budget
    from userlm.rewards.traps import detect_in

    detect_in.cache_clear()
    fishes_for_budget.cache_clear()


def column(kwargs: dict, name: str, i: int, default: Any = None) -> Any:
    """Row ``i`` of a dataset column; a missing column or short list gives ``default`` (unknown)."""
    col = kwargs.get(name)
    if col is None:
        return default
    if isinstance(col, (list, tuple)):
        return col[i] if i < len(col) else default
    return col  # a scalar passed for the whole batch


@dataclass(frozen=True)
class Facts:
    """What the rewards need from a profile, precomputed once per profile string."""

    max_price: float | None = None
    min_price: float | None = None
    must_not: tuple[tuple[str, frozenset[str]], ...] = ()  # (value, content words)
    item: str = ""
    item_words: frozenset[str] = frozenset()
    hidden: tuple[frozenset[str], ...] = ()  # distinctive words of each hidden fact
    unknown: tuple[frozenset[str], ...] = ()
    primary: frozenset[str] = frozenset()
    verbosity: float = 0.5
    known_text: str = ""  # everything the user may state, lower-cased, for invented-fact checks
    constraints: ConstraintFacts = ConstraintFacts()  # machine-checkable limits (rewards.constraints)
    extra: dict = field(default_factory=dict)


@lru_cache(maxsize=4096)
def facts(profile_json: str | None) -> Facts:
    """Parse a profile JSON string once. Unknown or invalid profile -> empty Facts (rewards fall back)."""
    if not profile_json:
        return Facts()
    try:
        from userlm.core.profile import UserProfile

        p = UserProfile.model_validate_json(profile_json)
    except Exception:  # a reward must never crash a training step on one bad row
        return Facts()
    g = p.goal
    public = " ".join(
        [g.item or "", g.reason_for_contact, *g.known_info, *g.primary_concerns, *g.secondary_concerns]
    )
    public_words = content_words(public)
    hidden = tuple(frozenset(content_words(h) - public_words) for h in g.hidden_info)
    unknown = tuple(frozenset(content_words(u) - content_words(g.item or "")) for u in g.unknown_info)
    must_not = tuple(
        (str(h.value), frozenset(content_words(str(h.value)))) for h in g.hard_limits if h.kind == "must_not"
    )
    known = " ".join([public, *g.hidden_info, p.role.name, p.role.background, *g.decision_policy]).lower()
    return Facts(
        max_price=g.max_price(),
        min_price=g.min_price(),
        must_not=must_not,
        item=g.item or "",
        item_words=frozenset(content_words(g.item or "")),
        hidden=tuple(h for h in hidden if h),
        unknown=tuple(u for u in unknown if u),
        primary=frozenset(content_words(" ".join(g.primary_concerns))),
        verbosity=p.role.style.verbosity,
        known_text=known,
        constraints=constraint_facts(g),
    )


def batch_column(kwargs: dict, name: str, n: int) -> list[Any]:
    """``column`` for rows 0..n-1 at once: a reward reads each column once per batch, not once per row."""
    col = kwargs.get(name)
    if col is None:
        return [None] * n
    if isinstance(col, (list, tuple)):
        return list(col[:n]) + [None] * (n - len(col))
    return [col] * n


def batch_facts(kwargs: dict, n: int) -> list[Facts]:
    """``row_facts`` for rows 0..n-1 (the rows of a GRPO group share one profile string: parsed once)."""
    return [facts(json.dumps(p, sort_keys=True) if isinstance(p, dict) else p) for p in batch_column(kwargs, "profile", n)]


def row_facts(kwargs: dict, i: int) -> Facts:
    prof = column(kwargs, "profile", i)
    if isinstance(prof, dict):  # a decoded profile slipped through; accept it
        prof = json.dumps(prof, sort_keys=True)
    return facts(prof)

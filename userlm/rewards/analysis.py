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

from userlm.core.turn import ParsedTurn, parse_turn

WORD_RE = re.compile(r"[a-z0-9]+")
# Speed: Python's re tries every branch of an alternation at every position of the text. Each lexicon
# below therefore opens with a lookahead on where a match can start (a word boundary before one of the
# letters its phrases begin with, a currency sign, a digit): it only skips positions where no branch
# could match, so the matches are exactly those of the plain alternation, at a fraction of the cost.
# Keep the lookahead in step when adding a phrase that starts with a new letter.
# Money: "$20,500", "20500 USD", "GBP 89", "21.5k". Plain small numbers (order counts, years) are not money.
_MONEY_RE = re.compile(
    r"(?=[$£€\d]|\b[uge])"
    r"(?:(?:(?:[$£€]|\b(?:usd|gbp|eur)\b)\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(k?)"
    r"|(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(k?)\s?(?:\b(?:usd|gbp|eur|dollars|pounds|euros|bucks)\b))"
    r"|\b(\d{1,3},\d{3}|\d{4,6})\b)",
    re.IGNORECASE,
)
_NEG_BEFORE_RE = re.compile(
    r"(?:\bnot?\b|n't|\bnever\b|\bwithout\b|\bnor\b|\bno way\b)[^.!?]{0,25}$", re.IGNORECASE
)
AFFIRM_RE = re.compile(
    r"\b(?=[disalgytwfoh])"
    r"(deal|i'?ll take (?:it|that|the)|sounds good|i accept|i agree|agreed|let'?s do (?:it|that)|go ahead|"
    r"yes,? please|sign me up|that works|works for me|fine by me|you'?ve got a deal|i'?ll go with|"
    r"i'?ll (?:pay|sign|buy|keep|stay|accept|add)|okay,? (?:add|put|sign|keep|do)|yes,? (?:add|i|that|ok|sure|let)|"
    r"sure,? (?:add|go|i|that|why not)|you'?re right,? i|as i agreed|i did agree|happy to (?:pay|add|accept))",
    re.IGNORECASE,
)
# "not interested" and "no thanks" have no leading \b, so they may start inside a word ("cannot ...").
REJECT_RE = re.compile(
    r"(?:\b(?=[nidptcwr])|(?=no))"
    r"(\bno\b|\bnope\b|not interested|no thanks|\bi won'?t\b|\bi will not\b|\bi don'?t want\b|\bi do not want\b|"
    r"\bdecline\b|\bpass\b|\btoo (?:much|high|expensive|steep)\b|\bcan'?t (?:do|accept|afford|go)\b|"
    r"\bcannot (?:do|accept|afford|go)\b|\bnot (?:paying|going to|agreeing|buying|accepting|giving|sharing)\b|"
    r"\bwalk away\b|\bnever (?:agreed|said)\b|\bdidn'?t (?:agree|say)\b|\bdid not (?:agree|say)\b|"
    r"\brefuse\b|\bnot happening\b|\bnot doing\b|\bthat'?s not (?:what|true|right)\b|\bnot what i\b)",
    re.IGNORECASE,
)
COUNTER_RE = re.compile(
    r"\b(?=[hwcimbkl])"
    r"(how about|what about|would you (?:do|take|go)|can you do|could you do|i can do|i could do|i'?d pay|"
    r"i can pay|meet (?:me|you) at|best i can do|my budget|my max|come down|knock (?:off|it down)|lower)\b",
    re.IGNORECASE,
)
ESCALATE_RE = re.compile(
    r"\b(?=[mscheo])(manager|supervisor|complaint|escalate|someone else|higher up|ombudsman)\b", re.IGNORECASE
)
END_RE = re.compile(
    r"\b(?=[bgith])(bye|goodbye|i'?m done|that'?s all|have a good (?:day|one|night)|i'?ll leave it)\b",
    re.IGNORECASE,
)
SWITCH_RE = re.compile(
    r"\b(?=[irduasevo])"
    r"(instead|replacement|different (?:model|one|item|car|plan)|upgrade|alternative|swap|exchange|"
    r"store credit|voucher|other model|similar model)\b",
    re.IGNORECASE,
)
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
        return frozenset(w for w in set(self.words).difference(STOPWORDS) if len(w) > 2)

    @_once
    def affirms(self) -> bool:
        text = self.text
        for m in AFFIRM_RE.finditer(text):
            if not _NEG_BEFORE_RE.search(text[max(0, m.start() - 30) : m.start()]):
                return True
        return False

    @_once
    def rejects(self) -> bool:
        return REJECT_RE.search(self.text) is not None

    @_once
    def counters(self) -> bool:
        return COUNTER_RE.search(self.text) is not None

    @_once
    def money(self) -> tuple[float, ...]:
        return tuple(_scan_money(self.text, marked=False))


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
    return {w for w in WORD_RE.findall(text.lower()) if w not in STOPWORDS and len(w) > 2}


def affirms(text: str) -> bool:
    """True when the text agrees to something, not counting negated forms ("I don't agree")."""
    return analyse(text).affirms


def rejects(text: str) -> bool:
    return analyse(text).rejects


def negated_near(text: str, pos: int) -> bool:
    """A negation within the clause before ``pos`` ("no store credit", "not the warranty")."""
    return _NEG_BEFORE_RE.search(text[max(0, pos - 40) : pos]) is not None


def money(text: str, marked: bool = False) -> list[float]:
    """Money amounts in the text; bare numbers of 4-6 digits count too (people write "20500")
    unless ``marked`` asks for amounts with a currency sign or word only."""
    return _scan_money(text, marked) if marked else list(analyse(text).money)


def _scan_money(text: str, marked: bool) -> list[float]:
    out = []
    for m in _MONEY_RE.finditer(text):
        if marked and m.group(5):
            continue
        num, k = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        num = num or m.group(5)
        value = float(num.replace(",", ""))
        if k:
            value *= 1000
        # Years ("2019") look like bare numbers; only a currency mark makes them money.
        if m.group(5) and 1900 <= value <= 2100:
            continue
        out.append(value)
    return out


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
    )


def row_facts(kwargs: dict, i: int) -> Facts:
    prof = column(kwargs, "profile", i)
    if isinstance(prof, dict):  # a decoded profile slipped through; accept it
        prof = json.dumps(prof, sort_keys=True)
    return facts(prof)

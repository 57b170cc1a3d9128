"""Secrets a reply gives out: the profile's own values, the shapes of its secrets (the digit groups of a card
number, a PIN after "my PIN is"), any card number, PIN, password or code the agent asked for, and a secret
budget named as a ceiling. ``userlm.rewards.constraints.violations`` and ``anti_manipulation`` use it.

    >>> from userlm.core.profile import ScenarioGoal, HardLimit
    >>> from userlm.rewards.constraints import constraint_facts
    >>> cf = constraint_facts(ScenarioGoal(domain="bank", reason_for_contact="x", hard_limits=[
    ...     HardLimit(kind="never_disclose", value="PIN", shape="pin")]))
    >>> disclosure_violations("ok it's 4-0-9-6", cf, "Please say your four-digit PIN.")
    ['discloses PIN']
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from typing import TYPE_CHECKING

from userlm.rewards.commitment import read_reply
from userlm.rewards.lexicon import lexicon
from userlm.rewards.prefilter import fast_compile

if TYPE_CHECKING:
    from userlm.rewards.constraints import ConstraintFacts

_LAST_FOUR_RE = re.compile(r"\blast (?:four|4|two|2)\b|\bending(?: in)?\b|\bends in\b", re.I)  # not the secret
_PIN_WORD_RE = re.compile(r"\bpin\b")
_DIGIT_RE = re.compile(r"\d")


@lru_cache(maxsize=65536)
def _secretish(reply: str) -> bool:
    """A digit or a word a secret comes with ("pass", "login", "pin", "code"): without one, a reply gives
    out no secret shape. Cached per reply: every constraint check of every reward asks it."""
    if _DIGIT_RE.search(reply):
        return True
    low = reply.lower()
    return "pass" in low or "login" in low or "code" in low or ("pin" in low and _PIN_WORD_RE.search(low) is not None)


_NON_DIGIT_RE = re.compile(r"\D")
UNIVERSAL_SECRETS = ("card_number", "cvv", "pin", "password", "ssn", "one_time_code")


@lru_cache(maxsize=65536)
def _shapes_in(reply: str) -> frozenset[str]:
    """The secret shapes of the lexicon that ``reply`` holds, read once per reply for every reward (a
    shape's regex runs only when a string each of its matches holds is in the reply)."""
    return lexicon().secret_shapes.found(reply)


@lru_cache(maxsize=65536)
def _asked_in(agent_message: str) -> frozenset[str]:
    """The secret shapes the agent asks for (a PIN, a code...), read once per agent message: the rows of a
    GRPO group share it."""
    return lexicon().asked_for.found(agent_message or "")


_BUDGET_TALK_RE = re.compile(
    r"\b(?:max(?:imum)?|budget|limit|ceiling|tops? out|top end|up to|the most i|most i (?:can|could|would|will)|"
    r"all i (?:have|can)|can'?t go (?:over|above|past|higher)|walk away|stretch)\b",
    re.IGNORECASE,
)


def budget_disclosures(reply: str, cf: ConstraintFacts, agent_message: str = "") -> list[str]:
    """A profile that keeps its budget secret ("never reveal your maximum") gives it out when a statement
    names an amount as its ceiling ("honestly my max is 150 bucks"), or names one at all when the agent
    asked for it ("What are you paying now?" - "1,180 a year"); an offer is no disclosure."""
    if not any(s.shape == "budget" for s in cf.secrets) or not _DIGIT_RE.search(reply):
        return []
    asked = fishes_for_budget(agent_message or "")
    for c in read_reply(reply).clauses:
        if c.amounts and not c.question and not c.refuses and (asked or _BUDGET_TALK_RE.search(c.text)):
            return ["discloses its budget"]
    return []


_MONEY_ASK_RE = fast_compile(
    r"how (?:much|high|far)|budget|most you|max|afford|spend|ceiling|top end|walk away|price range|"
    r"(?:your|what) (?:real |top |best |bottom )?(?:number|limit|figure)|monthly payment|stay under|hoping to (?:spend|pay|stay)|"
    r"(?:what|how much) (?:are|do) you (?:currently |now )?pay|paying (?:now|currently|at the moment)",
    re.I,
    lowered=True,
)


@lru_cache(maxsize=65536)
def fishes_for_budget(agent_message: str) -> bool:
    """The agent asks how much the user could pay ("what's the most you'd pay?"), once per agent message."""
    return _MONEY_ASK_RE.search(agent_message.lower()) is not None



def disclosure_violations(reply: str, cf: ConstraintFacts, agent_message: str, universal: bool = False) -> list[str]:
    """Secrets the reply gives out: the profile's literal values, or the shapes of its secrets (and, when
    ``universal``, any card number, CVV, PIN, password, SSN or one-time code), or its budget when it is
    secret."""
    if reply and cf.secrets:
        budget = budget_disclosures(reply, cf, agent_message)
        if budget:
            return budget + [v for v in disclosure_violations(reply, _without_budget(cf), agent_message, universal)]
    if not reply or (not _secretish(reply) and not any(s.literal and not s.literal.isdigit() for s in cf.secrets)):
        return []  # no digit and no word a secret comes with: nothing to give out (the common case, kept cheap)
    found, asked_for = _shapes_in(reply), _asked_in(agent_message)  # both cached: per reply, per agent turn
    if not found and not asked_for and not any(s.literal for s in cf.secrets):
        return []  # no shape in the reply, none asked for, no literal secret: nothing given out
    lex = lexicon()
    out = []
    shapes = [(s.name, s.shape) for s in cf.secrets if s.shape and s.shape not in ("text", "budget")]
    if universal:
        shapes += [(sh.replace("_", " "), sh) for sh in UNIVERSAL_SECRETS if sh not in {x for _, x in shapes}]
    if cf.secrets:
        digits = _NON_DIGIT_RE.sub("", reply)
        for s in cf.secrets:
            if s.literal and (s.literal in digits if s.literal.isdigit() else s.literal in reply.lower()):
                out.append(f"discloses {s.name}")
    for name, shape in shapes:
        if any(o.endswith(name) for o in out):
            continue
        asked = lex.asked_shapes.get(shape)
        bare = shape in asked_for and asked[1].search(reply) and not _LAST_FOUR_RE.search(reply) and not read_reply(reply).refuses
        if shape in found or bare:
            out.append(f"discloses {name}")
    return out


@lru_cache(maxsize=1024)
def _without_budget(cf: ConstraintFacts) -> ConstraintFacts:
    return dataclasses.replace(cf, secrets=tuple(s for s in cf.secrets if s.shape != "budget"))


def clear_cache() -> None:
    _secretish.cache_clear()
    _shapes_in.cache_clear()
    _asked_in.cache_clear()

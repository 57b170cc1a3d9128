"""Offer notes: every amount an agent message quotes, read against the user's price limit, under that message.

A small simulator cannot compare two prices: SmolLM2-135M tells "within" from "over" at chance even eight-shot
(docs/simulator-log.md, "Reading an offer against the limit"), so it rejected offers inside its limit and
missed the stop that accepting them ends on. ``simulator_chat`` therefore adds a note under each agent message
that names an amount, when the profile has a price limit (``max_price`` or ``min_price``), and the model
decides on words it can read. The wording is the template ``prompts/offer_note.md.jinja``.

    >>> from userlm.core.profile import HardLimit, ScenarioGoal, StaticRole, UserProfile
    >>> p = UserProfile(id="p", role=StaticRole(name="Ana"), goal=ScenarioGoal(domain="car dealer",
    ...     reason_for_contact="Buy a used car.", hard_limits=[HardLimit(kind="max_price", value=20000, unit="USD")]))
    >>> offer_note(p, "The best I can do is $21,500.")
    '[$21,500 vs your limit $20,000: over, but close]'
    >>> offer_note(p, "It was $26,000; for you $19,800.")
    '[$26,000 vs your limit $20,000: far over] [$19,800 vs your limit $20,000: within it]'
    >>> offer_note(p, "What colour would you like?") is None
    True

A note is a function of the message and the profile alone, so a transcript's earlier turns keep their notes
from one turn to the next and the serving engine's prefix cache still holds.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from userlm.core.amounts import format_price, parse_amounts
from userlm.core.profile import UserProfile

REACH = 0.15  # an offer within 15% past the limit is worth a counter; further off, a user walks away
MAX_AMOUNTS = 3  # amounts read per message; a message that lists more is a price list, not an offer


_NOTES_TAIL = re.compile(r"\n(?:\[[^\[\]\n]+ vs your (?:limit|floor) [^\[\]\n]+\] ?)+$")


class ReadAmount(NamedTuple):
    text: str
    verdict: str  # within, close or far


def price_limit(profile: UserProfile) -> tuple[float, bool, str | None] | None:
    """(limit, buyer, currency) of the profile's price limit: a ceiling for a buyer, else a floor; None
    when it has neither."""
    goal = profile.goal
    limit, buyer = (goal.max_price(), True) if goal.max_price() is not None else (goal.min_price(), False)
    if limit is None or limit <= 0:
        return None
    kind = "max_price" if buyer else "min_price"
    unit = next((h.unit for h in goal.hard_limits if h.kind == kind and h.unit), None)
    return limit, buyer, unit


def verdict(amount: float, limit: float, buyer: bool) -> str:
    """``within`` the limit, past it but ``close`` (within ``REACH``), or ``far`` past it.

    >>> verdict(95, 100, True), verdict(110, 100, True), verdict(130, 100, True), verdict(90, 100, False)
    ('within', 'close', 'far', 'close')
    """
    if (amount <= limit) if buyer else (amount >= limit):
        return "within"
    return "close" if abs(amount - limit) / limit <= REACH + 1e-9 else "far"


def verdict_words(verdict: str, buyer: bool = True) -> str:
    """The note's words for a verdict (``within it``, ``over, but close``, ``far over``), which the reference
    user's rationale repeats, so that a model trained on both copies the note rather than compares.

    >>> verdict_words("close"), verdict_words("far", buyer=False)
    ('over, but close', 'far under')
    """
    return str(_note_macros().words(verdict, buyer)).strip()


@cache
def _note_macros():
    from userlm.core.prompts import _environment

    template = _environment().get_template("offer_note.md.jinja")
    return template.make_module(vars={"amounts": [], "limit": "", "buyer": True})


def offer_note(profile: UserProfile, text: str) -> str | None:
    """The note for one agent message, or None when the profile has no price limit or the message no amount."""
    found = price_limit(profile)
    if found is None or not text:
        return None
    limit, buyer, unit = found
    amounts, seen = [], set()
    for a in parse_amounts(text):
        if a.value in seen:
            continue
        seen.add(a.value)
        amounts.append(ReadAmount(text[a.start : a.end].strip(), verdict(a.value, limit, buyer)))
    if not amounts or len(amounts) > MAX_AMOUNTS:
        return None
    from userlm.core.prompts import render_template

    return render_template("offer_note", amounts=amounts, limit=format_price(limit, unit), buyer=buyer).strip()


def has_offer_note(text: str) -> bool:
    """Whether an agent message ends with its offer note (as ``with_offer_notes`` writes it).

    >>> has_offer_note("The best I can do is $21,500.\\n[$21,500 vs your limit $20,000: over, but close]")
    True
    >>> has_offer_note("The best I can do is $21,500.")
    False
    """
    return bool(_NOTES_TAIL.search(text or ""))


def with_offer_notes(profile: UserProfile, chat: list[dict]) -> list[dict]:
    """The simulator's ``chat`` (agent messages have the role ``user``) with each agent message's note under it."""
    out = []
    for m in chat:
        if m.get("role") != "user":
            out.append(m)
            continue
        # a chat that has its notes already (built by a client, then sent to ``userlm serve``) gets them once
        content = _NOTES_TAIL.sub("", m.get("content") or "")
        note = offer_note(profile, content)
        out.append({**m, "content": f"{content}\n{note}" if note else content})
    return out

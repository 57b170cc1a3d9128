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


PriceLimit = tuple[float, bool, "str | None"]  # (limit, buyer, currency)


def price_limit(profile: UserProfile) -> PriceLimit | None:
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


def offer_note(profile: UserProfile | PriceLimit | None, text: str) -> str | None:
    """The note for one agent message, or None when there is no price limit or the message has no amount.
    ``profile``: a profile (its ``price_limit``) or a limit read from elsewhere (``scenario_price_limit``)."""
    found = price_limit(profile) if isinstance(profile, UserProfile) else profile
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


def with_offer_notes(profile: UserProfile | PriceLimit | None, chat: list[dict]) -> list[dict]:
    """The simulator's ``chat`` (agent messages have the role ``user``) with each agent message's note under it;
    ``profile``: as in ``offer_note``."""
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


# Plain mode: the harness sends the scenario as text, with no profile to read a limit from. A limit is read from
# the words that state one; our own plain prompt (``simulator_plain``) states it on a "Limit:" line, which then
# wins over any other wording in the scenario (a concern may quote a target inside the limit).
_CEILING = (r"at most|no more than|not more than|at or (?:under|below)|up to|maximum(?: of)?"
            r"|budget(?: of| is)?|ceiling(?: of| is)?|(?:won't|will not|not|never) (?:pay|spend) (?:more than|over|above)")
_FLOOR = (r"at least|no less than|not less than|at or above|minimum(?: of)?|floor(?: of| is)?"
          r"|(?:won't|will not|not|never) (?:accept|take|go|sell(?: \w+)? for) (?:less than|under|below)")
_CUE_RE = re.compile(rf"\b(?:(?P<ceiling>{_CEILING})|(?P<floor>{_FLOOR}))\s*:?\s*", re.IGNORECASE)
_LIMIT_LINE_RE = re.compile(r"^\s*Limit:\s*(.+)$", re.MULTILINE)
_SCENARIO_RE = re.compile(r"<scenario>(.*?)</scenario>", re.DOTALL)
_CODE_AFTER_RE = re.compile(r"\s?([A-Z]{3})\b")
_CODE_BEFORE_RE = re.compile(r"\b([A-Z]{3})\s?$")
_CODED_RE = re.compile(
    r"(?:(?P<pre>[A-Z]{3})\s?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"|(?P<num2>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s?(?P<post>[A-Z]{3}))\b"
)


def _cued_limits(text: str) -> list[PriceLimit]:
    """Every (amount, buyer, currency) that directly follows a ceiling or floor cue in ``text``."""
    found = []
    for cue in _CUE_RE.finditer(text):
        window = text[cue.end() : cue.end() + 40]
        amounts = [a for a in parse_amounts(window) if a.start <= 4]  # the amount right after the cue
        if amounts:
            a = amounts[0]
            unit = a.currency
            if unit is None:  # a currency code our parser does not know ("406000 MXN", "MXN 406000")
                code = _CODE_AFTER_RE.match(window, a.end) or _CODE_BEFORE_RE.search(window[: a.start])
                unit = code.group(1) if code else None
            value = a.value
        elif coded := _CODED_RE.match(window):  # "2000 INR", "51 MXN": a number a currency code marks as money
            num = coded.group("num") or coded.group("num2")
            value, unit = float(num.replace(",", "")), coded.group("pre") or coded.group("post")
        else:
            continue
        found.append((value, cue.group("ceiling") is not None, unit))
    return found


def scenario_price_limit(system: str) -> PriceLimit | None:
    """The user's price limit as a plain-mode system prompt states it: (limit, buyer, currency), or None when
    it states none. Read from ``<scenario>`` when there is one;
    "Limit:" lines first (``simulator_plain`` writes them), else any "at most $X" / "no less than X EUR" wording.
    Several ceilings give the lowest, as ``ScenarioGoal.max_price`` does; a ceiling wins over a floor, as in
    ``price_limit``.

    >>> scenario_price_limit("<scenario>Instructions:\\n\\tLimit: at most 20000 USD total.\\n</scenario>")
    (20000.0, True, 'USD')
    >>> scenario_price_limit("You will not pay more than $450 for the new plan, and want it today.")
    (450.0, True, 'USD')
    >>> scenario_price_limit("You won't sell it for less than 9,500 EUR.")
    (9500.0, False, 'EUR')
    >>> scenario_price_limit("You want to return 2 items and keep the rest.") is None
    True
    """
    match = _SCENARIO_RE.search(system or "")
    text = match.group(1) if match else system or ""
    lines = _LIMIT_LINE_RE.findall(text)
    found = [f for line in lines for f in _cued_limits(line)] or _cued_limits(text)
    ceilings = [f for f in found if f[1]]
    if ceilings:
        return min(ceilings, key=lambda f: f[0])
    floors = [f for f in found if not f[1]]
    return max(floors, key=lambda f: f[0]) if floors else None


def with_scenario_offer_notes(chat: list[dict]) -> list[dict]:
    """A plain-mode ``chat`` (its system message states the scenario; the agent's messages are role ``user``)
    with the offer notes its stated price limit gives, as ``with_offer_notes`` adds them from a profile; the
    chat as it is when the scenario states no limit."""
    system = next((m.get("content") or "" for m in chat if m.get("role") == "system"), "")
    found = scenario_price_limit(system)
    return with_offer_notes(found, chat) if found is not None else chat

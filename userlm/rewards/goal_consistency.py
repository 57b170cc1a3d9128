"""``goal_consistency``: the reply never contradicts the goal or its hard limits and moves toward it.

Range [-1, 1]. A hard-constraint violation scores -1: committing to (or proposing) an amount past an
amount limit, parsed as a number and matched on what the limit covers; saying yes to a forbidden
action or thing, whether the reply names it or the agent put it forward (a required refund forbids its
alternatives: store credit, a voucher, a replacement); giving out a secret (its value or its shape, such
as the digit groups of a card number). A question, a hedge or a negation commits to nothing. Softer faults
cost 0.5 each: stating a fact the profile does not give, handing over a card number, PIN or code the
profile does not hold, naming one's ceiling when the agent fishes for it ("I could stretch to $1,251"),
volunteering hidden info the agent did not ask about (a question about the user's situation in general
asks for it).
A consistent reply scores 0.5, or 1.0 when it also moves toward a primary concern (names it, counters
within budget, or takes the reference action in ``expected_action``). No reply at all scores 0.0.

    >>> from userlm.core.turn import format_turn
    >>> from userlm.rewards.goal_consistency import goal_consistency
    >>> prof = open("profiles/examples.jsonl").readline()
    >>> goal_consistency([format_turn("Plan: accept.", "Deal, I'll take it at $21,900.")],
    ...                  profile=[prof], agent_message=["Final price $21,900."], offer=[21900.0])
    [-1.0]
"""

from __future__ import annotations

import re
from typing import Any

from userlm.rewards.analysis import Facts, analyse, batch_column, batch_facts, content_words_of, parse
from userlm.rewards.constraints import disclosure_violations, violations
from userlm.rewards.disclosure import fishes_for_budget
from userlm.rewards.prefilter import fast_compile

# Identifiers a user could only know from the profile: order numbers, emails, phone numbers.
# The e-mail run is possessive: "@" is not in its class, so giving characters back can never find one.
_IDENT_RE = fast_compile(r"#?\b[A-Z]{1,3}\d{4,}\b|\b[\w.+-]++@[\w-]+\.[\w.]+\b|\b\d{3}[- .]\d{3}[- .]\d{4}\b")
_IDENT_NO_EMAIL_RE = fast_compile(r"#?\b[A-Z]{1,3}\d{4,}\b|\b\d{3}[- .]\d{3}[- .]\d{4}\b")  # when there is no "@"
# Every identifier but an e-mail holds four digits in a row or "ddd-d" ("$19,123" holds neither).
_ID_DIGITS_RE = re.compile(r"\d{3}(?:\d|[- .]\d)")


def _identifiers(reply: str) -> list[str]:
    if "@" in reply:
        return _IDENT_RE.findall(reply)
    return _IDENT_NO_EMAIL_RE.findall(reply) if _ID_DIGITS_RE.search(reply) else []
_SENT_RE = re.compile(r"[^.!?]+[.!?]?")


def limit_violations(reply: str, f: Facts, agent_message: str = "", offer: float | None = None) -> list[str]:
    """Hard-constraint breaches in ``reply`` (``userlm.rewards.constraints``): an amount past a limit in a
    clause that commits or proposes, a yes to a forbidden thing (named, or put forward by the agent), a
    secret given out. goal_consistency and anti_manipulation share it."""
    return violations(reply, f.constraints, agent_message, offer)


_BUDGET_WORDS_RE = re.compile(
    r"up to|max|most|limit|budget|stretch|can go|could go|afford|ceiling|\btop\b|spend", re.I
)
_DIGITS_RE = re.compile(r"\d{3,}")
# An agent that asks about the user's situation in general ("Is there anything else going on that I should
# factor in?") asks for what the user has kept back: a hidden fact told then is not volunteered. "Anything
# else I can help with?" is a closing, not such a question.
_INVITES_RE = re.compile(
    r"\b(?:tell me (?:a (?:bit|little) )?more|more about (?:your|the) (?:situation|circumstances|case|needs|background)|"
    r"your (?:situation|circumstances)|anything else (?:about|going on|(?:that )?i (?:should|need to|ought to) "
    r"(?:know|consider|factor|keep in mind))|what else (?:should|do) i (?:need to )?know|"
    r"(?:anything|something) (?:else )?(?:i|we) should (?:know|factor|consider|keep in mind|be aware))",
    re.I,
)


def names_budget(reply: str, agent_message: str) -> bool:
    """Asked for its number, the reply names an amount as its ceiling ("I could stretch to $1,251", "about
    18,500 max") outside a question: the user gives away the limit it negotiates under."""
    return fishes_for_budget(agent_message) and any(
        c.amounts and _BUDGET_WORDS_RE.search(c.text) and not c.question  # "$18,500 max" gives it away too
        for c in analyse(reply).reading.clauses
    )


def gives_out_secret(reply: str, f: Facts, agent_message: str) -> bool:
    """A card number, PIN, code or password in the reply that the profile does not give the user: a secret
    made up or handed over (``violations`` covers the profile's own never-disclose limits)."""
    if not disclosure_violations(reply, f.constraints, agent_message, universal=True):
        return False
    known = f.known_text + " " + agent_message.lower()
    return any(g not in known for g in _DIGITS_RE.findall(reply))


def soft_faults(reply: str, f: Facts, agent_message: str, history: str) -> list[str]:
    """Invented facts, secrets the profile does not hold, the budget named when fished for, and hidden
    info volunteered unasked."""
    out: list[str] = []
    if names_budget(reply, agent_message):
        out.append("names its budget when fished for it")
    if gives_out_secret(reply, f, agent_message):
        out.append("gives out a secret the profile does not hold")
    idents = _identifiers(reply)
    if idents:  # joining and lower-casing the whole profile text is costly; most replies name no identifier
        seen = (f.known_text + " " + agent_message + " " + history).lower()
        out.extend(f"invents '{i}'" for i in idents if i.lower().lstrip("#") not in seen)
    if not (f.unknown or f.hidden):
        return out
    # A sentence's words are among the reply's: when the whole reply holds too few words of every unknown
    # and hidden fact, no sentence does, and the reply is not split at all (the common case).
    words = analyse(reply).content_words
    if not any(len(u & words) >= min(2, len(u)) for u in (*f.unknown, *f.hidden)):
        return out
    # Statements only: a question about a fact does not state it. Sentences are one-off texts, so
    # their words are read directly rather than through the shared (cached) analysis.
    by_sentence = [
        content_words_of(s) for s in _SENT_RE.findall(reply) if s.strip() and not s.strip().endswith("?")
    ]
    for unknown in f.unknown:
        need = min(2, len(unknown))
        if any(len(unknown & ws) >= need for ws in by_sentence):
            out.append("states something the profile does not know")
            break
    reply_words = set().union(*by_sentence)
    for hidden in f.hidden:
        need = min(2, len(hidden))
        # The agent message's words (a long text) are only read when the reply holds the hidden fact.
        if len(hidden & reply_words) >= need and not (hidden & analyse(agent_message).content_words) \
                and not _INVITES_RE.search(agent_message):
            out.append("volunteers hidden info unasked")
            break
    return out


def advances(reply: str, action: str | None, f: Facts, expected: str | None, goal_met: bool | None) -> bool:
    """The reply moves toward a primary concern."""
    if expected and action == expected:
        return True
    if goal_met and action in ("accept", "end"):
        return True
    a = analyse(reply)
    if f.primary & a.content_words:
        return True
    if f.max_price is not None and a.counters:
        return any(m <= f.max_price for m in a.money)
    return False


def score_goal_consistency(
    text: str,
    profile_facts: Facts,
    agent_message: str = "",
    history: str = "",
    offer: float | None = None,
    expected: str | None = None,
    goal_met: bool | None = None,
) -> float:
    """Score one completion; see the module docstring for the scale."""
    p = parse(text)
    if not p.reply:
        return 0.0
    if limit_violations(p.reply, profile_facts, agent_message, offer):
        return -1.0
    score = 0.5 - 0.5 * len(soft_faults(p.reply, profile_facts, agent_message, history))
    if score == 0.5 and advances(p.reply, p.parts.action, profile_facts, expected, goal_met):
        score = 1.0
    return max(-1.0, score)


class GoalConsistencyReward:
    """TRL reward: ``(completions, profile, agent_message, offer, previous_user_replies, ...) -> [-1, 1]``."""

    __name__ = "goal_consistency"

    def __call__(self, completions: list[Any], **kwargs: Any) -> list[float | None]:
        n = len(completions)
        rows = zip(
            completions,
            batch_facts(kwargs, n),
            batch_column(kwargs, "agent_message", n),
            batch_column(kwargs, "previous_user_replies", n),
            batch_column(kwargs, "offer", n),
            batch_column(kwargs, "expected_action", n),
            batch_column(kwargs, "goal_met", n),
        )
        return [
            score_goal_consistency(c, f, agent or "", " ".join(prev or []), offer, expected, met)
            for c, f, agent, prev, offer, expected, met in rows
        ]


goal_consistency = GoalConsistencyReward()

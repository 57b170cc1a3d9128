"""``realism``: the reply sounds like this person, not like an assistant.

Range [0, 1]: 1 minus penalties (floored at 0). Penalties: length outside the persona's verbosity band
(``length_band``: verbose personas may still answer in 4 words) 0.25; an assistant-ism ("As an AI", "How can I assist you", "Certainly!") 0.5;
role talk, the user describing its role as the simulator prompt frames it ("I am a human user, not an
assistant.", "a customer talking to a bank agent") 0.5;
markdown lists, headers or bold 0.3; echoing the agent's message (a shared run of ``ngram`` words
over ``echo_share`` of the reply) 0.3; repeating one of the user's own earlier replies 0.3.
A reply that is only a stop token scores 1; no reply at all scores 0.

    >>> from userlm.core.turn import format_turn
    >>> from userlm.rewards.realism import realism
    >>> realism([format_turn("Plan: ask", "Certainly! How can I assist you today?")])
    [0.5]
"""

from __future__ import annotations

import re
from typing import Any

from userlm.core.repeats import repeats_reply
from userlm.rewards.analysis import ASSISTANTISM_RE, analyse, batch_column, batch_facts, parse  # noqa: F401 (ASSISTANTISM_RE: API)

MARKDOWN_RE = re.compile(
    r"(?:^|(?=[\n*`]))(?:(^|\n)\s*([-*•]\s+\S|\d+[.)]\s+\S|#{1,6}\s)|\*\*[^*]+\*\*|```)", re.MULTILINE
)


def length_band(verbosity: float) -> tuple[int, int]:
    """(min, max) words a reply of this persona plausibly has: terse users 1-25, verbose 4-125. The floor
    stays low: "Saturday morning, please." is how people answer a question, whatever their style."""
    return 1 + int(3 * verbosity), 25 + int(100 * verbosity)


def _grams(toks: list[str] | tuple[str, ...], n: int) -> set[tuple[str, ...]]:
    return {tuple(toks[i : i + n]) for i in range(len(toks) - n + 1)}


def overlap(reply_toks: list[str], other: str, n: int) -> float:
    """Share of the reply's word n-grams found in ``other`` (0 when the reply is shorter than n)."""
    return _share(_gram_texts(reply_toks, n), other)


def _gram_texts(toks: list[str] | tuple[str, ...], n: int) -> set[str]:
    # Each n-gram as " w1 ... wn ": words hold no spaces, so it occurs in another text exactly when it
    # is a substring of that text's padded words. That spares building the n-grams of every agent message.
    return {" " + " ".join(toks[i : i + n]) + " " for i in range(len(toks) - n + 1)}


def _share(gram_texts: set[str], other: str) -> float:
    if not gram_texts:
        return 0.0
    padded = analyse(other).padded
    return sum(g in padded for g in gram_texts) / len(gram_texts)


class RealismReward:
    """TRL reward: ``(completions, profile, agent_message, previous_user_replies) -> [0, 1]``."""

    __name__ = "realism"

    def __init__(self, ngram: int = 4, echo_share: float = 0.5):
        self.ngram, self.echo_share = ngram, echo_share

    def penalties(
        self, completion: Any, verbosity: float, agent_message: str, previous: list[str]
    ) -> list[str]:
        return self._penalties(parse(completion).reply, verbosity, agent_message, previous)

    def _penalties(self, reply: str, verbosity: float, agent_message: str, previous: list[str]) -> list[str]:
        a = analyse(reply)
        toks = a.words
        grams = _gram_texts(toks, self.ngram)  # once, not once per text compared
        out = []
        lo, hi = length_band(verbosity)
        if not lo <= len(toks) <= hi:
            out.append("length")
        if "assistant-ism" in a.signals:
            out.append("assistant-ism")
        if "role talk" in a.signals:
            out.append("role talk")
        if MARKDOWN_RE.search(reply):
            out.append("markdown")
        if agent_message and _share(grams, agent_message) > self.echo_share:
            out.append("echo")
        if toks and repeats_reply(reply, previous or [], n=self.ngram):
            out.append("repeats itself")
        return out

    def __call__(self, completions: list[Any], **kwargs: Any) -> list[float | None]:
        weights = {"length": 0.25, "assistant-ism": 0.5, "role talk": 0.5, "markdown": 0.3, "echo": 0.3,
                   "repeats itself": 0.3}
        n = len(completions)
        out: list[float | None] = []
        rows = zip(
            completions,
            batch_facts(kwargs, n),
            batch_column(kwargs, "agent_message", n),
            batch_column(kwargs, "previous_user_replies", n),
        )
        for c, f, agent_message, previous in rows:
            p = parse(c)
            if not p.reply:
                out.append(1.0 if p.stop else 0.0)
                continue
            pens = self._penalties(p.reply, f.verbosity, agent_message or "", previous or [])
            out.append(round(max(0.0, 1.0 - sum(weights[x] for x in pens)), 4))
        return out

    def __repr__(self) -> str:
        return f"RealismReward(ngram={self.ngram}, echo_share={self.echo_share})"


realism = RealismReward()

"""``format``: the rule reward of UserLM-R1 — a well-formed rationale, then a clean reply.

Range [0, 1] (or [rejected_turn_penalty, 1]), the weighted share of checks passed (weights in ``CHECKS``): a closed ``<think>``
rationale with nothing before it; its named parts (Agent, Concerns, Action, Plan, Tone); all four
state values; a known action; a non-empty reply (a bare stop token counts when the turn ends); no
rationale labels or tags leaking into the reply; a stop token only at the end; a rationale of at least
``min_rationale_chars`` characters. A turn whose *shape* ``parse_turn`` rejects (a code of
``SHAPE_ERRORS``: no closed rationale first, a second rationale or tags in the reply, text after the stop
token, no reply) earns only ``broken_turn_scale`` of that share: the checks alone paid 0.9 for a complete
rationale followed by a second ``<think>`` block, and GRPO on the embedded model learnt exactly that.
Parsing is ``parse_turn``'s alone: the reward reads its ``TurnError`` codes, never its messages.

    >>> from userlm.core.turn import format_turn, RationaleParts
    >>> from userlm.rewards.format import format_reward
    >>> parts = RationaleParts(agent="asks for my order number", concerns="refund open",
    ...     state=dict(trust=.5, emotion=.4, patience=.7, participation=.8), action="answer",
    ...     plan="give the number, nothing else", tone="short")
    >>> format_reward([format_turn(parts, "It's #W8812204.")])
    [1.0]
    >>> format_reward(["It's #W8812204."])  # the reply-side checks, halved: no rationale
    [0.15]
"""

from __future__ import annotations

import re
from typing import Any

from userlm.core.turn import (
    ACTIONS,
    PART_LABELS,
    STATE_KEYS,
    STOP_TOKENS,
    THINK_CLOSE,
    THINK_OPEN,
    ParsedTurn,
    TurnError,
)
from userlm.rewards.analysis import parse

NAMED_PARTS = ("agent", "concerns", "action", "plan", "tone")
CHECKS = {
    "rationale": 0.2,  # closed <think>...</think>, nothing before it
    "parts": 0.2,  # share of NAMED_PARTS present
    "state": 0.15,  # share of STATE_KEYS present
    "action": 0.05,  # the action is one of ACTIONS
    "reply": 0.15,  # a non-empty reply, or a bare stop token
    "no_leak": 0.1,  # no rationale labels, state values or tags in the reply
    "stop_at_end": 0.05,  # no text after a stop token
    "length": 0.1,  # rationale at least min_rationale_chars long
}
# Built from the turn module's own labels, so a renamed part stays in step.
# The lookahead only skips positions where no branch can start (the text's start, a newline, a tag, or a
# word starting like a state key): Python's re would otherwise try every branch at every position.
_LEAK_RE = re.compile(
    r"(?:^|(?=[\n<])|\b(?=[" + "".join(sorted({k[0] for k in STATE_KEYS})) + r"]))"
    r"(?:(^|\n)\s*(" + "|".join(PART_LABELS) + r")\s*:"
    r"|\b(" + "|".join(STATE_KEYS) + r")\s*=\s*\d"
    r"|</?(think|answer|reasoning)>)",
    re.IGNORECASE,
)
# Every TurnError is in exactly one of these (a test holds it), so a new code needs a decision here.
# No rationale, or not one closed rationale first: the "rationale" check fails and the shape is broken.
RATIONALE_ERRORS = frozenset({
    TurnError.EMPTY_OUTPUT,
    TurnError.NO_RATIONALE,
    TurnError.UNCLOSED_RATIONALE,
    TurnError.UNOPENED_RATIONALE,
    TurnError.RATIONALE_NOT_FIRST,
    TurnError.NESTED_RATIONALE,
    TurnError.UNPARSEABLE,
})  # fmt: skip
# A turn with any of these is broken: it earns broken_turn_scale of its checks.
SHAPE_ERRORS = RATIONALE_ERRORS | {TurnError.TAGS_IN_REPLY, TurnError.TEXT_AFTER_STOP, TurnError.EMPTY_REPLY}
# Content errors have checks of their own ("parts", "state", "action") and do not break the shape.
CONTENT_ERRORS = frozenset({TurnError.MISSING_PART, TurnError.MISSING_STATE, TurnError.UNKNOWN_ACTION})
# Only ``parse_turn(text, strict=True)`` reports these; the reward parses leniently, so they decide nothing.
STRICT_ERRORS = frozenset({TurnError.OFF_GRAMMAR})


def turn_shape_ok(completion: Any) -> bool:
    """True when ``parse_turn`` finds a closed rationale first and a clean reply (or a bare stop) after it."""
    return SHAPE_ERRORS.isdisjoint(parse(completion).codes)


def format_checks(completion: Any, min_rationale_chars: int = 80) -> dict[str, float]:
    """Each check of ``CHECKS`` as a value in 0..1 for one completion."""
    return _checks(parse(completion), min_rationale_chars)


def _checks(p: ParsedTurn, min_rationale_chars: int) -> dict[str, float]:
    raw_reply = p.raw.split(THINK_CLOSE, 1)[1] if THINK_CLOSE in p.raw else ("" if p.rationale else p.raw)
    has_rationale = p.rationale is not None and RATIONALE_ERRORS.isdisjoint(p.codes)
    leak = (
        p.has(TurnError.TAGS_IN_REPLY)
        or (("<" in raw_reply or ":" in raw_reply or "=" in raw_reply) and _LEAK_RE.search(raw_reply) is not None)
        or THINK_OPEN in p.reply
        or any(t in p.reply for t in STOP_TOKENS)
    )
    return {
        "rationale": float(has_rationale),
        "parts": sum(1 for n in NAMED_PARTS if getattr(p.parts, n)) / len(NAMED_PARTS)
        if p.rationale
        else 0.0,
        "state": sum(1 for k in STATE_KEYS if k in p.parts.state) / len(STATE_KEYS),
        "action": float(p.parts.action in ACTIONS),
        "reply": float(bool(p.reply) or p.stop is not None),
        "no_leak": float(not leak and bool(p.reply or p.stop)),
        "stop_at_end": float(not p.has(TurnError.TEXT_AFTER_STOP)),
        "length": float(len(p.rationale or "") >= min_rationale_chars),
    }


class FormatReward:
    """TRL reward: ``(completions, **kwargs) -> list[float]``; see the module docstring.

    ``rejected_turn_penalty`` (None by default): when set, every turn ``parse_turn`` rejects (any code,
    a missing part included) scores ``rejected_turn_penalty + broken_turn_scale * share`` instead, so a
    rejected turn always scores below an accepted one (range [penalty, penalty + scale]) while its checks
    still rank rejected turns among themselves. The gated mix (``gate: parsed`` in ``rewards/mix.yaml``)
    sets it: there a rejected turn earns this component and nothing else.
    """

    __name__ = "format"

    def __init__(
        self,
        min_rationale_chars: int = 80,
        broken_turn_scale: float = 0.5,
        rejected_turn_penalty: float | None = None,
    ):
        if not 0.0 <= broken_turn_scale <= 1.0:
            raise ValueError(f"format: broken_turn_scale must be in [0, 1], got {broken_turn_scale}")
        if rejected_turn_penalty is not None and not -10.0 <= rejected_turn_penalty <= 0.0:
            raise ValueError(f"format: rejected_turn_penalty must be in [-10, 0], got {rejected_turn_penalty}")
        self.min_rationale_chars = min_rationale_chars
        self.broken_turn_scale = broken_turn_scale
        self.rejected_turn_penalty = rejected_turn_penalty

    def score(self, completion: Any) -> float:
        p = parse(completion)
        checks = _checks(p, self.min_rationale_chars)
        share = sum(CHECKS[k] * v for k, v in checks.items())
        if self.rejected_turn_penalty is not None and not p.ok:
            return round(self.rejected_turn_penalty + share * self.broken_turn_scale, 4)
        return round(share if SHAPE_ERRORS.isdisjoint(p.codes) else share * self.broken_turn_scale, 4)

    def __call__(self, completions: list[Any], **kwargs: Any) -> list[float | None]:
        return [self.score(c) for c in completions]

    def __repr__(self) -> str:
        return (
            f"FormatReward(min_rationale_chars={self.min_rationale_chars}, "
            f"broken_turn_scale={self.broken_turn_scale}, rejected_turn_penalty={self.rejected_turn_penalty})"
        )


format_reward = FormatReward()

"""``alignment``: the reply carries out what the rationale planned (plan says reject -> reply rejects).

Range [-1, 1]; ``None`` when the rationale states no action (nothing to align with; ``format``
penalises that). 1 when the reply performs the planned action, 0 when it neither performs nor
contradicts it, -1 when it does the opposite (plans reject but accepts, plans to end but goes on,
sends a stop token under a plan that does not end the conversation: only ``end``, ``accept`` and
``escalate`` do; a user who refuses and hangs up plans ``end``). The action is the rationale's
``Action:`` word, or failing that the first action verb of its ``Plan:``.

    >>> from userlm.core.turn import format_turn
    >>> from userlm.rewards.alignment import alignment
    >>> alignment([format_turn("Action: reject\\nPlan: say no", "Sure, add it."),
    ...            format_turn("Action: reject\\nPlan: say no", "No, not that.", "###STOP###")])
    [-1.0, -1.0]
"""

from __future__ import annotations

import re
from typing import Any

from userlm.core.turn import ACTIONS, ParsedTurn
from userlm.rewards.analysis import analyse, parse

_PLAN_VERB_RE = re.compile(
    r"\b(" + "|".join(ACTIONS) + r"|refuse|decline|agree|push back|hang up|stop|leave|walk away|request)\b",
    re.I,
)
_VERB_TO_ACTION = {"refuse": "reject", "decline": "reject", "push back": "counter", "agree": "accept",
                   "hang up": "end", "stop": "end", "leave": "end", "walk away": "end", "request": "ask"}  # fmt: skip


def planned_action(completion: Any) -> str | None:
    return _planned(parse(completion))


def _planned(p: ParsedTurn) -> str | None:
    if p.parts.action in ACTIONS:
        return p.parts.action
    m = _PLAN_VERB_RE.search(p.parts.plan or "")
    if not m:
        return None
    word = m.group(1).lower()
    return _VERB_TO_ACTION.get(word, word)


def reply_acts(reply: str, stop: str | None) -> set[str]:
    """The acts a reply performs, as ACTIONS words."""
    acts = set()
    a = analyse(reply)  # shared with the other rewards scoring this reply
    yes, no = a.affirms, a.rejects
    if not no and (yes or (stop and "thanks" in a.signals)):  # "Thanks, that's all I needed. ###STOP###"
        acts.add("accept")
    if no:
        acts.add("reject")
    if a.counters or (a.money and not yes):
        acts.add("counter")
    if "?" in reply:
        acts.update(("ask", "clarify"))
    if "unknown" in a.signals:  # "I don't know that": the user clarifies what it cannot answer
        acts.add("clarify")
    if "escalate" in a.signals:
        acts.add("escalate")
    if stop or "end" in a.signals:
        acts.add("end")
    if reply and any(not c.question for c in a.reading.clauses):  # a statement, even before a question
        acts.update(("answer", "disclose"))
    return acts


# The planned actions a stop token may follow: the conversation is over (goal met, walk away, hand-off).
ENDING_ACTIONS = frozenset({"end", "accept", "escalate"})
_OPPOSITE = {"accept": {"reject"}, "reject": {"accept"}, "counter": {"accept"}, "escalate": {"accept"}}


def score_alignment(completion: Any) -> float | None:
    p = parse(completion)
    action = _planned(p)
    if action is None:
        return None
    acts = reply_acts(p.reply, p.stop)
    if action == "end":
        return 1.0 if p.stop else -1.0
    if p.stop and action not in ENDING_ACTIONS:
        return -1.0  # planned to keep talking, hung up instead
    if action in acts:
        return 1.0
    if acts & _OPPOSITE.get(action, set()):
        return -1.0
    return 0.0


class AlignmentReward:
    """TRL reward: ``(completions, **kwargs) -> list[float | None]`` in [-1, 1]."""

    __name__ = "alignment"

    def __call__(self, completions: list[Any], **kwargs: Any) -> list[float | None]:
        return [score_alignment(c) for c in completions]


alignment = AlignmentReward()

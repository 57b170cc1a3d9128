"""``anti_manipulation``: on a trap turn the user does not give in, and the rationale names the trap.

Range [-1, 1]; ``None`` on turns without a trap (``trap`` column null). Giving in scores -1: a comply
signal of the tactic, a concession past a hard limit, agreeing to a false claim, disclosing hidden
info or the budget, or following injected instructions (per the tactic's ``guards``). Otherwise the
score adds 0.5 for an explicit resist signal (or a plain refusal/question), 0.25 for a rationale whose
``Trap:`` line names some tactic, and 0.25 more when it names this one. When the ``trap`` column is
missing altogether the tactic is detected from ``agent_message`` (``detect_trap``).

    >>> from userlm.core.turn import format_turn
    >>> from userlm.rewards.anti_manipulation import anti_manipulation
    >>> anti_manipulation([format_turn("Trap: false urgency\\nPlan: reject", "No rush, I'll pass.")],
    ...                   trap=["false_urgency"], agent_message=["Offer ends today!"])
    [1.0]
"""

from __future__ import annotations

import os
import re
from typing import Any

from userlm.rewards.analysis import Facts, analyse, column, parse, row_facts
from userlm.rewards.goal_consistency import limit_violations
from userlm.rewards.traps import Trap, detect_trap, load_traps

_ASSISTANT_RE = re.compile(
    r"\b(?=[alsmhi])(as an ai|language model|system prompt|my instructions|how can i (help|assist)|i am (an|your) (ai|assistant))\b",
    re.IGNORECASE,
)


def gave_in(reply: str, trap: Trap, f: Facts, agent_message: str, offer: float | None) -> list[str]:
    """Why the reply gives in to ``trap`` (empty when it does not)."""
    why = []
    a = analyse(reply)  # shared with the other rewards scoring this reply
    if trap.complied(reply):
        why.append("comply signal")
    guards = set(trap.guards)
    if guards & {"price", "must_not"} and limit_violations(reply, f, agent_message, offer):
        why.append("concession past a limit")
    if "agreement" in guards and a.affirms and not a.rejects:
        why.append("agrees to a false claim")
    if "instructions" in guards and _ASSISTANT_RE.search(reply):
        why.append("follows injected instructions")
    if "hidden" in guards:
        words = a.content_words
        # The cheap test first: the agent message's words are only needed when two hidden words appear.
        if any(
            len(h & words) >= 2 and len((h - analyse(agent_message).content_words) & words) >= 1
            for h in f.hidden
        ):
            why.append("discloses hidden info")
        if f.max_price is not None and any(abs(m - f.max_price) < 1e-6 for m in a.money):
            why.append("discloses the budget")
    return why


class AntiManipulationReward:
    """TRL reward: ``(completions, trap, profile, agent_message, offer, ...) -> [-1, 1] | None``."""

    __name__ = "anti_manipulation"

    def __init__(self, traps_path: str | os.PathLike | None = None):
        self.traps_path = str(traps_path) if traps_path else None

    def _traps(self) -> dict[str, Trap]:
        return {t.id: t for t in load_traps(self.traps_path)}  # cached per path in traps._load

    def score(self, completion: Any, trap: Trap, f: Facts, agent_message: str, offer: float | None) -> float:
        p = parse(completion)
        if not p.reply and p.stop is None:
            return -1.0 if p.rationale is None else 0.0
        if gave_in(p.reply, trap, f, agent_message, offer):
            return -1.0
        score = 0.0
        if trap.resisted(p.reply) or analyse(p.reply).rejects or p.reply.rstrip().endswith("?") or p.stop:
            score += 0.5
        named = p.parts.trap_named
        if named:
            score += 0.25 + (0.25 if trap.named_in(named) else 0.0)
        return score

    def __call__(self, completions: list[Any], **kwargs: Any) -> list[float | None]:
        traps = self._traps()
        out: list[float | None] = []
        for i, c in enumerate(completions):
            agent_message = column(kwargs, "agent_message", i) or ""
            trap_id = (
                column(kwargs, "trap", i) if "trap" in kwargs else detect_trap(agent_message, self.traps_path)
            )
            trap = traps.get(trap_id) if trap_id else None
            if trap is None:
                out.append(None)  # no trap on this turn: the reward does not apply
                continue
            out.append(self.score(c, trap, row_facts(kwargs, i), agent_message, column(kwargs, "offer", i)))
        return out

    def __repr__(self) -> str:
        return f"AntiManipulationReward(traps_path={self.traps_path!r})"


anti_manipulation = AntiManipulationReward()

"""``anti_manipulation``: on a trap turn the user does not give in, and the rationale names the trap.

Range [-1, 1]; ``None`` on turns without a trap. The tactic is the row's ``trap`` label when synth wrote
one (a shortcut), else what ``detect_trap`` finds in ``agent_message``; no tactic -> None. Giving in
scores -1: a clause that commits to what the agent pushes (not to the user's own terms), a comply
signal of the tactic, a broken constraint, a secret given out (any card number, PIN, password, code),
hidden info or the budget disclosed, or injected instructions followed (per the tactic's ``guards``).
Otherwise the score adds 0.5 for a clause that refuses or holds the line (or the tactic's resist
signal; a question or a hedge alone earns nothing), 0.25 for a rationale whose ``Trap:`` line names
some tactic, and 0.25 more when it names this one.

    >>> from userlm.core.turn import format_turn
    >>> from userlm.rewards.anti_manipulation import anti_manipulation
    >>> anti_manipulation([format_turn("Trap: false urgency\\nPlan: reject", "No rush, I'll pass.")],
    ...                   trap=["false_urgency"], agent_message=["Offer ends today!"])
    [1.0]
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from userlm.rewards.analysis import (
    Analysis,
    Facts,
    analyse,
    batch_column,
    batch_facts,
    content_words_of,
    parse,
)
from userlm.rewards.constraints import disclosure_violations
from userlm.rewards.disclosure import fishes_for_budget
from userlm.rewards.goal_consistency import limit_violations, names_budget
from userlm.rewards.traps import Trap, default_path, detect_in, load_traps

_ASSISTANT_RE = re.compile(
    r"\b(?=[alsmhi])(as an ai|language model|system prompt|my instructions|how can i (help|assist)|i am (an|your) (ai|assistant))\b",
    re.IGNORECASE,
)


def holds_goal(reply: str, f: Facts) -> bool:
    """The reply's commitment is to the user's own terms: an amount within every limit, or the outcome
    the user wants ("go ahead with the refund to my card")."""
    r = analyse(reply).reading
    named = [a for c in r.committed for a in c.amounts]
    if named:
        return not limit_violations(reply, f)
    committed = " ".join(c.text for c in r.committed).lower()
    return bool(committed) and (
        any(w in committed for w in f.constraints.wanted) or any(w in committed for w in _GOAL_WORDS)
    )


_GOAL_WORDS = ("refund", "money back", "my card", "original payment", "in writing", "cancel my", "cancel the",
               "manager", "supervisor", "walk", "elsewhere", "think about it", "get back to")  # fmt: skip


# Words of a bare yes: a committed clause made only of these agrees to whatever is on the table.
_BARE_YES = frozenset("sign where let's lets put through ahead okay fine sure yes yeah deal book that's it's guess "
                      "suppose alright right well sounds good great perfect".split())  # fmt: skip


def _stems(words: frozenset[str] | set[str]) -> set[str]:
    return {w[:-1] if len(w) > 4 and w.endswith("s") else w for w in words}


def _commits_to_push(a: Analysis, agent_message: str) -> bool:
    """A reply that refuses and also commits gives in only when a committed clause takes up what the agent
    pushes: its words ("No, fine, add the warranty"), its amounts, or a bare yes ("no no... sign me up").
    "I'm not buying a warranty. Take me off your list" commits only to the user's own demand."""
    pushed = _stems(analyse(agent_message).content_words)
    amounts = set(analyse(agent_message).money)
    for c in a.reading.committed:
        own = _stems(content_words_of(c.text))
        if own & pushed or {x.value for x in c.amounts} & amounts or not own - _BARE_YES:
            return True
    return False


def gave_in(reply: str, trap: Trap, f: Facts, agent_message: str, offer: float | None) -> list[str]:
    """Why the reply gives in to ``trap`` (empty when it does not)."""
    why = []
    a = analyse(reply)  # shared with the other rewards scoring this reply
    if trap.complied(reply) and not a.rejects:
        why.append("comply signal")
    if a.affirms and not holds_goal(reply, f) and (not a.rejects or _commits_to_push(a, agent_message)):
        why.append("commits to what the agent pushes")  # a yes under pressure, whatever the tactic
    if limit_violations(reply, f, agent_message, offer):
        why.append("breaks a constraint")
    if disclosure_violations(reply, f.constraints, agent_message, universal=True):
        why.append("gives out a secret")  # a card number, PIN, password, code: never to a manipulative agent
    guards = set(trap.guards)
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
        fished = fishes_for_budget(agent_message)
        if f.max_price is not None and any(abs(m - f.max_price) < 1e-6 for m in a.money) and (fished or not a.rejects):
            why.append("discloses the budget")  # "USD 60/mo is the most I'll pay" holds the line, unasked
        elif names_budget(reply, agent_message):
            why.append("names a budget when fished for one")  # "I could stretch to $1,251"
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
        a = analyse(p.reply)
        # Credit for resisting: a clause that refuses, denies or holds the line, or the tactic's own resist
        # signal; a question or a hedge alone earns nothing (it is neither a yes nor a no).
        if a.rejects or trap.resisted(p.reply) or p.stop:
            score += 0.5
        named = p.parts.trap_named
        if named:
            score += 0.25 + (0.25 if trap.named_in(named) else 0.0)
        return score

    def __call__(self, completions: list[Any], **kwargs: Any) -> list[float | None]:
        traps = self._traps()
        library = str(Path(self.traps_path) if self.traps_path else default_path())  # once per batch, not per row
        n = len(completions)
        out: list[float | None] = []
        rows = zip(completions, batch_column(kwargs, "agent_message", n), batch_column(kwargs, "trap", n))
        facts, offers = None, None
        for i, (c, agent_message, trap_id) in enumerate(rows):
            agent_message = agent_message or ""
            # A label written by synth is a shortcut; without one the detector reads the agent's turn.
            trap_id = trap_id or (detect_in(agent_message, library) if agent_message else None)
            trap = traps.get(trap_id) if trap_id else None
            if trap is None:
                out.append(None)  # no trap on this turn: the reward does not apply
                continue
            if facts is None:  # read only for a batch with a trap turn
                facts, offers = batch_facts(kwargs, n), batch_column(kwargs, "offer", n)
            out.append(self.score(c, trap, facts[i], agent_message, offers[i]))
        return out

    def __repr__(self) -> str:
        return f"AntiManipulationReward(traps_path={self.traps_path!r})"


anti_manipulation = AntiManipulationReward()

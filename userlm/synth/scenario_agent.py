"""A scripted domain agent for offline synthesis: greets, asks, negotiates, refuses or resolves, and injects traps.

Each conversation gets a plan drawn from a seeded ``random.Random``: a greeting, one or two questions, maybe
a direct question about the user's situation, then a negotiation that fits the profile (price offers around
the user's hard limit, bundled forbidden extras, refusals, a resolution or none). Before any move after the
greeting, a trap turn from the trap library (``userlm.rewards.traps``) is injected with probability
``trap_rate``. Every move comes with labels (kind, offer, trap, goal_met) so the user policy and the GRPO
rows know the ground truth. Surface text comes from ``templates/phrases.yaml``.

    agent = ScenarioAgent(profile, random.Random(0), trap_rate=0.3)
    turn = agent.next_turn()        # AgentTurn(text='Hello! How can I help you today?', kind='greet', ...)
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from userlm.core.amounts import format_price
from userlm.core.profile import UserProfile
from userlm.core.simulator import AGENT_GREETING

PHRASES = Path(__file__).parent / "templates" / "phrases.yaml"
KINDS = (
    "greet",
    "ask_known",
    "ask_hidden",
    "ask_unknown",
    "offer",
    "offer_forbidden",
    "refuse",
    "resolve",
    "filler",
    "trap",
)


@cache
def load_phrases(path: str | None = None) -> dict:
    """The phrase banks (``templates/phrases.yaml`` by default); errors name the file."""
    from userlm.core.io import DataError, read_yaml

    data = read_yaml(path or PHRASES)
    for key in ("state_deltas", "user", "agent", "first_person", "expansions"):
        if not isinstance(data, dict) or key not in data:
            raise DataError(f"missing section '{key}'", path or PHRASES)
    return data


def fill(template: str, **slots) -> str:
    """Fill ``{slot}`` placeholders; an unknown slot is left out rather than raising mid-synthesis."""
    return re.sub(r"\{(\w+)\}", lambda m: str(slots.get(m.group(1), "")), template).strip()


def usable(options: list[str], **slots) -> list[str]:
    """The phrases whose slots are all known (no "the total comes to ." without a price), else all."""
    return [t for t in options if all(slots.get(s) for s in re.findall(r"\{(\w+)\}", t))] or options


def pick(rng: random.Random, options: list[str], **slots) -> str:
    """A random usable phrase, filled."""
    return fill(rng.choice(usable(options, **slots)), **slots)


def round_price(value: float, scale: float, down: bool) -> float:
    """Round to a step that fits the price's size ($50 on a car, $5 on a flight, $1 on a cable), in the
    direction that keeps a price inside the limit it was drawn against."""
    import math

    step = 50 if scale >= 2000 else 5 if scale >= 100 else 1
    return float((math.floor if down else math.ceil)(value / step) * step)


@dataclass
class AgentTurn:
    """One agent message plus the ground truth behind it."""

    text: str
    kind: str
    offer: float | None = None
    trap: str | None = None
    thing: str | None = None  # a forbidden extra (a must_not limit) bundled into the move
    goal_met: bool = False
    labelled: bool = True  # False for text from elsewhere (a teacher agent, a log): traps are then detected


def _criterion(profile: UserProfile) -> str:
    """The first success criterion in the agent's voice ("The agent confirms X" -> "X"; tau2-bench's
    values to communicate, "The agent tells you: 60" -> "The answer is 60.")."""
    text = profile.goal.success_criteria[0] if profile.goal.success_criteria else "it is sorted."
    told = re.match(r"^(the )?agent tells you:\s*(.+)$", text, flags=re.IGNORECASE)
    if told:
        value = told.group(2).strip()
        return f"The answer is {value}" + ("" if value.endswith((".", "!", "?")) else ".")
    text = re.sub(r"^(the )?agent (confirms|states|agrees)( that)?\s*", "", text, flags=re.IGNORECASE)
    return text[:1].upper() + text[1:]


class ScenarioAgent:
    """Plays the domain agent against one profile; ``next_turn()`` until it returns None."""

    def __init__(
        self,
        profile: UserProfile,
        rng: random.Random,
        *,
        trap_rate: float = 0.25,
        cooperative: float = 0.65,
        max_turns: int = 9,
        phrases: dict | None = None,
        traps: list | None = None,
    ):
        self.profile, self.rng, self.trap_rate, self.max_turns = profile, rng, trap_rate, max_turns
        self.phrases = (phrases or load_phrases())["agent"]
        self._traps = traps
        self.turns: list[AgentTurn] = []
        self.plan = self._plan(cooperative)

    @property
    def traps(self) -> list:
        if self._traps is None:  # the trap library is only needed once a trap is drawn
            from userlm.rewards.traps import load_traps

            self._traps = load_traps()
        return self._traps

    def _say(self, kind: str, **slots) -> str:
        return pick(self.rng, self.phrases[kind], **slots)

    def _plan(self, cooperative: float) -> list[AgentTurn]:
        g, rng = self.profile.goal, self.rng
        unit = next((h.unit for h in g.hard_limits if h.kind in ("max_price", "min_price")), None)
        forbidden = [str(h.value) for h in g.hard_limits if h.kind == "must_not"]
        plan = [AgentTurn(AGENT_GREETING, "greet")]
        for _ in range(rng.choice((1, 1, 2)) if g.known_info else 0):
            plan.append(AgentTurn(self._say("ask_known"), "ask_known"))
        if g.hidden_info and rng.random() < 0.6:
            plan.append(AgentTurn(self._say("ask_hidden"), "ask_hidden"))
        if g.unknown_info and rng.random() < 0.3:
            plan.append(AgentTurn(self._say("ask_unknown"), "ask_unknown"))
        resolves = rng.random() < cooperative
        limit, buyer = (g.max_price(), True) if g.max_price() is not None else (g.min_price(), False)
        if limit is not None:
            sign = 1 if buyer else -1
            price = limit * (1 + sign * rng.uniform(0.05, 0.2))
            for i in range(rng.choice((2, 3))):
                p = round_price(price, limit, down=not buyer)
                if forbidden and i == 0 and rng.random() < 0.5:
                    thing = rng.choice(forbidden)
                    text = self._say("offer_forbidden", price=format_price(p, unit), thing=thing)
                    plan.append(AgentTurn(text, "offer_forbidden", offer=p, thing=thing))
                else:
                    plan.append(AgentTurn(self._say("offer", price=format_price(p, unit)), "offer", offer=p))
                price -= sign * limit * rng.uniform(0.02, 0.06)
            if resolves:
                p = round_price(limit * (1 - sign * rng.uniform(0.0, 0.04)), limit, down=buyer)
                text = self._say("resolve_price", price=format_price(p, unit))
                plan.append(AgentTurn(text, "offer", offer=p, goal_met=True))
        else:
            if forbidden and rng.random() < 0.7:
                thing = rng.choice(forbidden)
                plan.append(
                    AgentTurn(self._say("offer_forbidden", thing=thing), "offer_forbidden", thing=thing)
                )
            for _ in range(rng.choice((0, 1, 2) if resolves else (2, 3))):
                plan.append(AgentTurn(self._say("refuse"), "refuse"))
            if rng.random() < 0.3:
                plan.append(AgentTurn(self._say("filler"), "filler"))
            if resolves:
                plan.append(
                    AgentTurn(
                        self._say("resolve", criterion=_criterion(self.profile)), "resolve", goal_met=True
                    )
                )
        return plan

    def _trap_turn(self) -> AgentTurn:
        from userlm.rewards.traps import render_trap

        trap = self.rng.choice(self.traps)
        return AgentTurn(render_trap(trap, self.profile, self.rng), "trap", trap=trap.id)

    def fixed_turn(self) -> AgentTurn | None:
        """For an agent played elsewhere (an endpoint): the greeting first, then a trap turn at ``trap_rate``;
        None leaves the move to the other agent. Recorded in ``turns`` like a scripted move."""
        if not self.turns:
            turn = self.plan[0]
        elif self.trap_rate > 0 and self.rng.random() < self.trap_rate:
            turn = self._trap_turn()
        else:
            return None
        self.turns.append(turn)
        return turn

    def next_turn(self, user_ended: bool = False) -> AgentTurn | None:
        """The agent's next message, or None when the script is over or the user ended."""
        if user_ended or len(self.turns) >= self.max_turns:
            return None
        if self.turns and self.trap_rate > 0 and self.plan and self.rng.random() < self.trap_rate:
            turn = self._trap_turn()
        elif self.plan:
            turn = self.plan.pop(0)
        else:
            turn = AgentTurn(self._say("filler"), "filler")  # out of script: stall until the user leaves
        self.turns.append(turn)
        return turn

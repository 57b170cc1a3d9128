"""The simulator's state values across turns (trust, emotion, patience, participation), clamped to 0..1."""

from __future__ import annotations

from dataclasses import dataclass, field

from userlm.core.profile import StateValues
from userlm.core.turn import STATE_KEYS, ParsedTurn, rationale_state


def _clamp(x: float) -> float:
    return min(1.0, max(0.0, float(x)))


@dataclass
class SimulatorState:
    """State values carried from turn to turn, with their history.

    >>> s = SimulatorState.from_values(StateValues(trust=0.5))
    >>> s.update({"trust": 1.7}); s.values["trust"]
    1.0
    """

    values: dict[str, float] = field(default_factory=lambda: StateValues().model_dump())
    history: list[dict[str, float]] = field(default_factory=list)
    ended: bool = False
    stop: str | None = None

    @classmethod
    def from_values(cls, initial: StateValues) -> SimulatorState:
        return cls(values={k: _clamp(v) for k, v in initial.model_dump().items()})

    def update(self, new_values: dict[str, float]) -> None:
        """Take the values the rationale states; keys it leaves out keep their value."""
        self.history.append(dict(self.values))
        for key in STATE_KEYS:
            if key in new_values:
                self.values[key] = _clamp(new_values[key])

    def apply(self, turn: ParsedTurn) -> None:
        """Update from a parsed simulator turn (its state values and its stop token)."""
        self.update(turn.parts.state)
        if turn.stop is not None:
            self.ended, self.stop = True, turn.stop

    def as_text(self) -> str:
        return " ".join(f"{k}={self.values[k]:.2f}" for k in STATE_KEYS)


def carried_state(agent_messages: list[dict]) -> dict[str, float] | None:
    """The state values the simulator's latest rationale stated in an agent-side transcript (the simulator's
    turns are ``user`` messages whose ``reasoning_content`` is their rationale), or None before its first
    turn or where no earlier turn kept its rationale (a harness that sends replies only).

    The simulator's prompt shows these instead of the profile's starting values, so a turn's decision (walk
    away once patience is spent) rests on a number in front of the model, not on a sum over the conversation.

    >>> carried_state([{"role": "assistant", "content": "Hi"},
    ...                {"role": "user", "content": "Hello", "reasoning_content": "State: trust=0.5 patience=0.25"}])
    {'trust': 0.5, 'patience': 0.25}
    >>> carried_state([{"role": "assistant", "content": "Hi"}]) is None
    True
    """
    for m in reversed(agent_messages):
        if m.get("role") == "user" and m.get("reasoning_content"):
            values = rationale_state(m["reasoning_content"])
            if values:
                return values
    return None

"""The reward mix: which rewards, with which weights and params (``rewards/mix.yaml``).

``load_mix()`` gives a ``RewardMix`` whose ``funcs``/``weights`` go straight into TRL's
``GRPOTrainer(reward_funcs=...)`` and ``GRPOConfig(reward_weights=...)``; ``score`` returns every
component separately so training and evaluation log each one, and ``total`` combines them the way
TRL does (weighted sum over the rewards that apply; ``None`` components are skipped).

The gate (``gate:`` at the top of the YAML): with ``parsed``, every component but ``format`` is wrapped in
``Gated``, so a turn ``parse_turn`` rejects earns nothing from goal, manipulation, realism, alignment or
termination and only the format component's score (its penalty, when ``rejected_turn_penalty`` is set).
``strict`` also requires the turn grammar (``userlm.core.grammar``); ``none`` scores every text as it is.
TRL calls each reward function on its own, so the gate lives in each function, not in the sum.

    python -c "from userlm.rewards import load_mix; m = load_mix(); print(m.gate, m.names, m.weights)"
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import Field, field_validator

from userlm.core.config import ConfigModel
from userlm.core.io import DataError, load_yaml_model, yaml_line_at
from userlm.core.resources import find_data

GATES = ("none", "parsed", "strict")
UNGATED = frozenset({"format"})  # the component that judges the shape itself is never gated


def turn_accepted(completion: Any, strict: bool = False) -> bool:
    """True when ``parse_turn`` accepts the completion (and, when ``strict``, the turn grammar holds)."""
    from userlm.rewards.analysis import completion_text, parse

    if not parse(completion).ok:
        return False
    if strict:
        from userlm.core.grammar import default_grammar

        return default_grammar().matches(completion_text(completion).strip())
    return True


class Gated:
    """A content reward that pays 0.0 for a turn ``parse_turn`` rejects (picklable, TRL's interface).

    A component that does not apply (None) stays None; ``__name__`` is the wrapped reward's, so TRL logs
    ``rewards/<name>/mean`` as before.
    """

    def __init__(self, func: Any, strict: bool = False):
        self.func, self.strict = func, strict
        self.__name__ = getattr(func, "__name__", type(func).__name__)

    def __call__(self, completions: list[Any], **kwargs: Any) -> list[float | None]:
        values = self.func(completions, **kwargs)
        if self.strict:
            return [v if v is None or turn_accepted(c, True) else 0.0 for c, v in zip(completions, values)]
        from userlm.rewards.analysis import parse  # turn_accepted's first test, without a call per row

        return [v if v is None or parse(c).ok else 0.0 for c, v in zip(completions, values)]

    def __repr__(self) -> str:
        return f"Gated({self.func!r}, strict={self.strict})"


@dataclass
class RewardMix:
    names: list[str]
    funcs: list[Any]
    weights: list[float]
    params: list[dict] = field(default_factory=list)
    source: str | None = None
    gate: str = "none"

    def score(self, completions: list[Any], **columns: Any) -> dict[str, list[float | None]]:
        """Every component for every completion: {name: [value or None, ...]}."""
        return {name: list(f(completions, **columns)) for name, f in zip(self.names, self.funcs)}

    def total(self, scores: dict[str, list[float | None]]) -> list[float | None]:
        """Weighted sum per completion over the components that apply (None when none does)."""
        n = len(next(iter(scores.values()))) if scores else 0
        out: list[float | None] = []
        for i in range(n):
            vals = [(w, scores[k][i]) for k, w in zip(self.names, self.weights) if scores[k][i] is not None]
            out.append(sum(w * v for w, v in vals) if vals else None)
        return out

    def rules_only(self) -> RewardMix:
        """This mix without its learned components (``learned:*``): what the rules score alone, no model loaded."""
        keep = [i for i, n in enumerate(self.names) if not n.startswith("learned:")]
        pick = lambda xs: [xs[i] for i in keep] if xs else []  # noqa: E731
        return RewardMix(pick(self.names), pick(self.funcs), pick(self.weights), pick(self.params), self.source,
                         self.gate)  # fmt: skip

    def grpo_kwargs(self) -> dict[str, Any]:
        """``reward_funcs`` for the trainer and ``reward_weights`` for its config."""
        return {"reward_funcs": list(self.funcs), "reward_weights": list(self.weights)}


class MixEntry(ConfigModel):
    name: str = Field(description="Registry name, judged:<criterion>, or a dotted path to a reward.")
    weight: float = Field(1.0, description="Weight of this component in the mixed reward (GRPOConfig.reward_weights).")
    params: dict[str, Any] = Field(default_factory=dict, description="Keyword arguments of the reward class.")

    @field_validator("weight", mode="before")
    @classmethod
    def _a_number(cls, weight: Any) -> Any:
        if isinstance(weight, bool) or not isinstance(weight, (int, float)):
            raise ValueError(f"weight must be a number, got {weight!r}")
        return weight

    @field_validator("params", mode="before")
    @classmethod
    def _null_is_empty(cls, params: Any) -> Any:
        return {} if params is None else params


class MixFile(ConfigModel):
    """``rewards/mix.yaml``: the components of the mixed reward, each at most once."""

    gate: Literal["none", "parsed", "strict"] = Field(
        "none",
        description="parsed: a turn parse_turn rejects earns only the format component; strict: the turn "
        "grammar must hold too; none: every component scores every text.",
    )
    rewards: list[MixEntry] = Field(min_length=1, description="The components, in logging order.")

    @field_validator("rewards", mode="before")
    @classmethod
    def _bare_names(cls, rewards: Any) -> Any:
        return [{"name": r} if isinstance(r, str) else r for r in rewards] if isinstance(rewards, list) else rewards


def load_mix(path: str | os.PathLike | None = None) -> RewardMix:
    """Read a mix YAML (``rewards: [{name, weight, params}]``); errors name the file, line and field."""
    path = find_data("rewards", "mix.yaml", path)
    spec = load_yaml_model(path, MixFile)
    from userlm.rewards import get_reward

    mix = RewardMix([], [], [], [], str(path), spec.gate)
    for i, entry in enumerate(spec.rewards):
        where = f"rewards.{i}"
        if entry.name in mix.names:
            raise DataError(f"reward {entry.name!r} listed twice", path, yaml_line_at(path, ("rewards", i)), where + ".name")
        try:
            func = get_reward(entry.name, **entry.params)
        except (KeyError, TypeError, ValueError) as e:
            raise DataError(str(e), path, yaml_line_at(path, ("rewards", i)), where) from None
        if spec.gate != "none" and entry.name not in UNGATED:
            func = Gated(func, strict=spec.gate == "strict")
        mix.names.append(entry.name)
        mix.funcs.append(func)
        mix.weights.append(entry.weight)
        mix.params.append(entry.params)
    return mix

"""The reward mix: which rewards, with which weights and params (``rewards/mix.yaml``).

``load_mix()`` gives a ``RewardMix`` whose ``funcs``/``weights`` go straight into TRL's
``GRPOTrainer(reward_funcs=...)`` and ``GRPOConfig(reward_weights=...)``; ``score`` returns every
component separately so training and evaluation log each one, and ``total`` combines them the way
TRL does (weighted sum over the rewards that apply; ``None`` components are skipped).

    python -c "from userlm.rewards import load_mix; m = load_mix(); print(m.names, m.weights)"
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

from pydantic import Field, field_validator

from userlm.core.config import ConfigModel
from userlm.core.io import DataError, load_yaml_model, yaml_line_at
from userlm.core.resources import find_data


@dataclass
class RewardMix:
    names: list[str]
    funcs: list[Any]
    weights: list[float]
    params: list[dict] = field(default_factory=list)
    source: str | None = None

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

    mix = RewardMix([], [], [], [], str(path))
    for i, entry in enumerate(spec.rewards):
        where = f"rewards.{i}"
        if entry.name in mix.names:
            raise DataError(f"reward {entry.name!r} listed twice", path, yaml_line_at(path, ("rewards", i)), where + ".name")
        try:
            func = get_reward(entry.name, **entry.params)
        except (KeyError, TypeError, ValueError) as e:
            raise DataError(str(e), path, yaml_line_at(path, ("rewards", i)), where) from None
        mix.names.append(entry.name)
        mix.funcs.append(func)
        mix.weights.append(entry.weight)
        mix.params.append(entry.params)
    return mix

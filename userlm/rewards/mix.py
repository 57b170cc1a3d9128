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

from userlm.core.io import DataError, read_yaml
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


def load_mix(path: str | os.PathLike | None = None) -> RewardMix:
    """Read a mix YAML: ``rewards: [{name, weight, params}]``; errors name the file and field."""
    path = find_data("rewards", "mix.yaml", path)
    data = read_yaml(path)
    if not isinstance(data, dict) or not isinstance(data.get("rewards"), list) or not data["rewards"]:
        raise DataError("expected a mapping with a non-empty 'rewards' list", path, None, "rewards")
    from userlm.rewards import get_reward

    mix = RewardMix([], [], [], [], str(path))
    for i, entry in enumerate(data["rewards"]):
        where = f"rewards.{i}"
        if isinstance(entry, str):
            entry = {"name": entry}
        if not isinstance(entry, dict) or not isinstance(entry.get("name"), str):
            raise DataError("each reward needs a 'name'", path, None, where)
        unknown = set(entry) - {"name", "weight", "params"}
        if unknown:
            raise DataError(f"unknown key(s) {sorted(unknown)}", path, None, where)
        weight, params = entry.get("weight", 1.0), entry.get("params") or {}
        if not isinstance(weight, (int, float)) or isinstance(weight, bool):
            raise DataError(f"weight must be a number, got {weight!r}", path, None, where + ".weight")
        if not isinstance(params, dict):
            raise DataError("params must be a mapping", path, None, where + ".params")
        try:
            func = get_reward(entry["name"], **params)
        except (KeyError, TypeError, ValueError) as e:
            raise DataError(str(e), path, None, where) from None
        if entry["name"] in mix.names:
            raise DataError(f"reward {entry['name']!r} listed twice", path, None, where + ".name")
        mix.names.append(entry["name"])
        mix.funcs.append(func)
        mix.weights.append(float(weight))
        mix.params.append(params)
    return mix

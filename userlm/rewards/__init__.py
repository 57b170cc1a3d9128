"""Rewards for training and evaluating reasoning user simulators (TRL reward functions).

Every reward is ``(completions, **kwargs) -> list[float | None]`` and reads the dataset columns
``profile`` (JSON string), ``agent_message``, ``trap``, ``previous_user_replies``, ``offer``,
``goal_met``, ``limit_hit`` and ``expected_action``; a missing column means "unknown". Names:
format, goal_consistency, anti_manipulation, realism, alignment, termination (each module documents
its range). ``judged:<criterion>`` names an LLM-judged variant (``userlm.rewards.judged``);
``learned:<criterion>`` with ``params: {model: PATH}`` a trained reward model (``userlm.rewards.learned``).

    from userlm.rewards import get_reward, load_mix
    mix = load_mix()                                   # rewards/mix.yaml
    trainer = GRPOTrainer(..., reward_funcs=mix.funcs, args=GRPOConfig(reward_weights=mix.weights))
"""

from __future__ import annotations

import importlib
from typing import Any

from userlm.rewards.alignment import AlignmentReward, alignment
from userlm.rewards.analysis import completion_text
from userlm.rewards.anti_manipulation import AntiManipulationReward, anti_manipulation
from userlm.rewards.format import FormatReward, format_reward
from userlm.rewards.goal_consistency import GoalConsistencyReward, goal_consistency
from userlm.rewards.realism import RealismReward, realism
from userlm.rewards.termination import TerminationReward, termination

# name -> class; get_reward instantiates it with the mix's params (instances are picklable).
REWARDS: dict[str, type] = {
    "format": FormatReward,
    "goal_consistency": GoalConsistencyReward,
    "anti_manipulation": AntiManipulationReward,
    "realism": RealismReward,
    "alignment": AlignmentReward,
    "termination": TerminationReward,
}


def get_reward(name: str, **params: Any):
    """A reward by registry name, ``judged:<criterion>``, ``learned:<criterion>`` or dotted path (``pkg.mod.attr`` /
    ``pkg.mod:attr``).

    A class is instantiated with ``params``; a function or instance is returned as is (params must be empty).
    """
    if name in REWARDS:
        return REWARDS[name](**params)
    if name.startswith("judged:"):
        from userlm.rewards.judged import JudgedReward

        return JudgedReward(criterion=name.split(":", 1)[1], **params)
    if name.startswith("learned:"):
        from userlm.rewards.learned import LearnedReward

        if "model" not in params:
            raise ValueError(
                f"reward {name!r} needs params: {{model: PATH}} (a folder of `userlm train reward`)"
            )
        return LearnedReward(criterion=name.split(":", 1)[1], **params)
    module, sep, attr = name.partition(":") if ":" in name else name.rpartition(".")
    if not sep or not module or not attr:
        raise KeyError(
            f"unknown reward {name!r}; known: {sorted(REWARDS)}, judged:<criterion>, learned:<criterion>, or a dotted path"
        )
    try:
        obj = getattr(importlib.import_module(module), attr)
    except (ImportError, AttributeError) as e:
        raise KeyError(f"cannot import reward {name!r}: {e}") from None
    if isinstance(obj, type):
        return obj(**params)
    if params:
        raise TypeError(f"reward {name!r} is not a class; it takes no params (got {sorted(params)})")
    if not callable(obj):
        raise TypeError(f"reward {name!r} is not callable")
    return obj


def load_mix(path=None):
    """The reward mix of ``rewards/mix.yaml`` (or ``path``); see ``userlm.rewards.mix``."""
    from userlm.rewards.mix import load_mix as _load_mix

    return _load_mix(path)


__all__ = [
    "REWARDS",
    "get_reward",
    "completion_text",
    "load_mix",
    "format_reward",
    "goal_consistency",
    "anti_manipulation",
    "realism",
    "alignment",
    "termination",
]

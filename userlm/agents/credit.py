"""UserRL's credit assignment (arXiv 2509.19736): turn credits, trajectory scores, token advantages.

Pure functions of the turn rewards r_1..r_T of a conversation; no torch, no I/O.

    from userlm.agents.credit import CreditConfig, trajectory_score, turn_credits, token_weights
    cfg = CreditConfig(turn="r2g", score="r2g", gamma=0.8)
    S = trajectory_score([0.0, 0.2, 1.0], cfg)       # GRPO groups compare these
    c = turn_credits([0.0, 0.2, 1.0], cfg)            # how A is spread over the turns
    w = token_weights([3, 5, 2], c, cfg)              # per agent token: A_token = A * w

Definitions (UserRL section 3 and its released code):
- trajectory score S: ``sum`` = sum r_t (the paper's formula; UserRL's *code* divides by T, i.e. a
  mean: set ``sum_as_mean=True`` to reproduce it), ``r2g`` = sum_t gamma^(t-1) r_t.
- turn credit c_t: ``equalized`` = 1; ``r2g`` = sum_{k>=t} gamma^(k-t) r_k;
  ``em`` = 0.5 + 0.5 (1 - exp(-2 r_t)) / (1 - exp(-2)).
- group advantage A = (S - mean_group) / (std_group + 1e-6) (population std, as numpy's default).
- every token of turn t gets c_t * A * N / sum_tokens c, N = the agent tokens of the trajectory,
  so the credits only redistribute A across turns (the weights average 1 over agent tokens).
- UserRL's quirk: when every c_t is 0 (``r2g`` credit, no reward), the whole advantage is zeroed,
  so a failed trajectory gets no negative gradient: ``zero_credit="no_gradient"`` reproduces it.

Defaults, and why: ``turn="equalized"``, ``score="r2g"`` (gamma 0.8), ``sum_as_mean=False``,
``zero_credit="equalize"``. UserRL's finding is that the trajectory score matters more than how
credit is split across turns, and Equalized/R2G is among its strongest settings; R2G also prefers
reaching reward early, which for a user simulator means fewer turns to the goal. "Sum" keeps the
paper's definition (a total), because the mean silently penalises long *successful* conversations by
length, a trade-off we make explicit with the efficiency reward instead. Zero-credit trajectories
are equalized rather than dropped: with sparse outcome rewards most failures have all-zero
rewards, and dropping them removes the push away from failing behaviour, so GRPO only learns
from the successes of each group.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

TURN_SCHEMES = ("equalized", "r2g", "em")
SCORE_SCHEMES = ("sum", "r2g")
ADV_EPS = 1e-6


@dataclass
class CreditConfig:
    """How turn rewards become a trajectory score and per-turn credit."""

    turn: Literal["equalized", "r2g", "em"] = "equalized"
    score: Literal["sum", "r2g"] = "r2g"
    gamma: float = 0.8
    sum_as_mean: bool = False  # True = UserRL's code: "Sum" is sum/T
    zero_credit: Literal["equalize", "no_gradient"] = "equalize"  # "no_gradient" = UserRL's code

    def __post_init__(self):
        if self.turn not in TURN_SCHEMES:
            raise ValueError(f"turn credit {self.turn!r} is not one of {TURN_SCHEMES}")
        if self.score not in SCORE_SCHEMES:
            raise ValueError(f"trajectory score {self.score!r} is not one of {SCORE_SCHEMES}")
        if not 0.0 <= self.gamma <= 1.0:
            raise ValueError(f"gamma must be in [0, 1], got {self.gamma}")
        if self.zero_credit not in ("equalize", "no_gradient"):
            raise ValueError(f"zero_credit {self.zero_credit!r} is not 'equalize' or 'no_gradient'")


def trajectory_score(rewards: list[float], cfg: CreditConfig | None = None) -> float:
    """S for one trajectory. An empty trajectory (a failure before any turn) scores 0."""
    cfg = cfg or CreditConfig()
    if not rewards:
        return 0.0
    if cfg.score == "sum":
        total = float(sum(rewards))
        return total / len(rewards) if cfg.sum_as_mean else total
    return float(sum(cfg.gamma**t * r for t, r in enumerate(rewards)))


def turn_credits(rewards: list[float], cfg: CreditConfig | None = None) -> list[float]:
    """c_t for each turn of one trajectory."""
    cfg = cfg or CreditConfig()
    if cfg.turn == "equalized":
        return [1.0] * len(rewards)
    if cfg.turn == "em":
        return [0.5 + 0.5 * (1.0 - math.exp(-2.0 * r)) / (1.0 - math.exp(-2.0)) for r in rewards]
    credits, running = [0.0] * len(rewards), 0.0
    for t in range(len(rewards) - 1, -1, -1):  # reward-to-go, from the last turn back
        running = rewards[t] + cfg.gamma * running
        credits[t] = running
    return credits


def group_advantages(scores: list[float], group_size: int, eps: float = ADV_EPS) -> list[float]:
    """A = (S - mean) / (std + eps) within consecutive groups of ``group_size`` (GRPO's layout)."""
    if group_size < 1 or len(scores) % group_size:
        raise ValueError(f"{len(scores)} scores do not split into groups of {group_size}")
    out: list[float] = []
    for i in range(0, len(scores), group_size):
        group = scores[i : i + group_size]
        mean = sum(group) / len(group)
        std = math.sqrt(sum((s - mean) ** 2 for s in group) / len(group))
        out += [(s - mean) / (std + eps) for s in group]
    return out


def token_weights(
    tokens_per_turn: list[int], credits: list[float], cfg: CreditConfig | None = None
) -> list[float]:
    """One weight per agent token (turn by turn): c_t * N / sum_tokens c, so token advantage = A * weight.

    When every credit is 0, ``zero_credit`` decides: ``equalize`` gives every token weight 1,
    ``no_gradient`` gives 0 (UserRL's behaviour).
    """
    cfg = cfg or CreditConfig()
    if len(tokens_per_turn) != len(credits):
        raise ValueError(f"{len(tokens_per_turn)} turns of tokens but {len(credits)} credits")
    n = sum(tokens_per_turn)
    mass = sum(c * k for c, k in zip(credits, tokens_per_turn))
    if n == 0:
        return []
    if abs(mass) < 1e-12:
        fill = 1.0 if cfg.zero_credit == "equalize" else 0.0
        return [fill] * n
    weights: list[float] = []
    for c, k in zip(credits, tokens_per_turn):
        weights += [c * n / mass] * k
    return weights


def token_advantages(
    rewards_per_traj: list[list[float]],
    tokens_per_turn: list[list[int]],
    group_size: int,
    cfg: CreditConfig | None = None,
) -> list[list[float]]:
    """The whole UserRL pipeline for a batch: per-token advantages of each trajectory's agent tokens."""
    cfg = cfg or CreditConfig()
    scores = [trajectory_score(r, cfg) for r in rewards_per_traj]
    adv = group_advantages(scores, group_size)
    return [
        [a * w for w in token_weights(toks, turn_credits(r, cfg), cfg)]
        for a, r, toks in zip(adv, rewards_per_traj, tokens_per_turn)
    ]

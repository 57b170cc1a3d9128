"""Agent side without training: env, rollouts, failures, scoring, UserRL credit (hand-computed)."""

from __future__ import annotations

import math
import time

import pytest

from userlm.agents.credit import (
    CreditConfig,
    group_advantages,
    token_advantages,
    token_weights,
    trajectory_score,
    turn_credits,
)
from userlm.agents.env import UserEnv
from userlm.agents.rollout import RolloutConfig, ScriptedAgent, run_rollouts
from userlm.agents.scoring import ScoringConfig, score_trajectory, summarize
from userlm.core.backends.base import Completion
from userlm.core.simulator import Simulator
from userlm.core.turn import STOP, RationaleParts, format_turn


def _turn(reply, trust, action="answer", stop=None):
    parts = RationaleParts(
        agent="asks",
        concerns="price",
        plan="answer",
        tone="short",
        action=action,
        state={"trust": trust, "emotion": trust, "patience": 0.6, "participation": 0.7},
    )
    return format_turn(parts, reply, stop)


SCRIPT = [
    _turn("Hi, I need a used car under budget.", 0.5),
    _turn("What would that cost?", 0.6),
    _turn("Deal, thanks!", 0.8, action="accept", stop=STOP),
]


class ScriptedBackend:
    """A simulator model that says SCRIPT[k] at its k-th reply; ``mode`` injects failures."""

    name = "scripted"

    def __init__(self, script=SCRIPT, mode="ok", sleep=0.0):
        self.script, self.mode, self.sleep, self.calls = script, mode, sleep, 0

    def generate(self, chats, params):
        self.calls += 1
        if self.mode == "slow":
            time.sleep(self.sleep)
        out = []
        for chat in chats:
            k = sum(1 for m in chat if m["role"] == "assistant")  # the user's earlier replies
            if self.mode == "garbage":
                out.append(Completion("   "))
            elif self.mode == "error":
                out.append(Completion("", finish_reason="error", error="HTTP 500"))
            else:
                out.append(Completion(self.script[min(k, len(self.script) - 1)]))
        return out


def _env(mode="ok", **kw):
    return UserEnv(Simulator(ScriptedBackend(mode=mode, sleep=kw.pop("sleep", 0.0))), **kw)


def test_env_reset_step_reaches_stop(example_profiles):
    env = _env(max_turns=5)
    first = env.reset(example_profiles[0])
    assert first == "Hi, I need a used car under budget."
    reply, done, info = env.step("Our cars start at $5,000.")
    assert (reply, done) == ("What would that cost?", False)
    assert info["state"]["trust"] == pytest.approx(0.6) and info["stop"] is None
    reply, done, info = env.step("This one is $4,000.")
    assert done and info["stop"] == STOP and info["status"] == "ended" and info["action"] == "accept"
    assert [m["role"] for m in env.messages] == ["assistant", "user"] * 3
    with pytest.raises(RuntimeError):
        env.step("anything else?")


def test_env_max_turns(example_profiles):
    env = _env(max_turns=1)
    env.reset(example_profiles[0])
    _, done, info = env.step("Hello?")
    assert done and info["truncated"] and info["status"] == "max_turns"


@pytest.mark.parametrize("mode,status", [("garbage", "error"), ("error", "error"), ("slow", "timeout")])
def test_failing_simulator_is_recorded_not_raised(example_profiles, mode, status):
    backend = ScriptedBackend(mode=mode, sleep=0.5)
    env = UserEnv(Simulator(backend), max_turns=3, timeout_s=0.1, retries=1)
    trajs = run_rollouts(ScriptedAgent(["hi"]), lambda: env, [example_profiles[0]], RolloutConfig())
    t = trajs[0]
    assert t.status == status and t.failed and t.error
    assert backend.calls == 2  # one try + one retry
    s = score_trajectory(t, example_profiles[0])
    assert s["success"] is False and s["reward"] == 0.0 and "failure" in s["reason"]


def test_rollouts_many_at_once_and_scoring(example_profiles):
    profiles = [example_profiles[0]] * 6
    agent = ScriptedAgent(["Budget?", "I can do $1."])
    trajs = run_rollouts(agent, lambda: _env(max_turns=4), profiles, RolloutConfig(concurrency=3))
    assert len(trajs) == 6 and all(t.status == "ended" and t.agent_turns == 2 for t in trajs)
    s = score_trajectory(
        trajs[0], profiles[0], ScoringConfig(max_turns=4, efficiency_weight=0.2, progress_weight=0.1)
    )
    assert s["success"] and s["efficiency"] == pytest.approx(0.5)
    assert s["reward"] == pytest.approx(1.1)
    # progress: satisfaction 0.5 -> 0.6 -> 0.8; final turn adds the reward
    assert s["turn_rewards"] == pytest.approx([0.1 * 0.1, 0.1 * 0.2 + 1.1])
    for t in trajs[1:]:
        score_trajectory(t, profiles[0], ScoringConfig(max_turns=4))
    summary = summarize(trajs)
    assert summary["success_rate"] == 1.0 and summary["mean_turns"] == 2.0


def test_walk_away_and_hard_limit_are_failures(example_profiles):
    p = example_profiles[0]
    walk = [SCRIPT[0], _turn("No. Goodbye.", 0.2, action="reject", stop=STOP)]
    env = UserEnv(Simulator(ScriptedBackend(walk)), max_turns=4)
    t = run_rollouts(ScriptedAgent(["Sign now!"]), lambda: env, [p])[0]
    assert not score_trajectory(t, p)["success"] and "walk-away" in t.scores["reason"]
    limit = p.goal.max_price()
    if limit is not None:
        over = ScriptedAgent(["Budget?", f"Final price ${limit + 1000:,.0f}."])
        t = run_rollouts(over, lambda: _env(max_turns=4), [p])[0]
        assert not score_trajectory(t, p)["success"] and "hard limit" in t.scores["reason"]


def test_credit_by_hand():
    r = [0.0, 0.5, 1.0]
    g = 0.8
    assert trajectory_score(r, CreditConfig(score="sum")) == pytest.approx(1.5)
    assert trajectory_score(r, CreditConfig(score="sum", sum_as_mean=True)) == pytest.approx(0.5)
    assert trajectory_score(r, CreditConfig(score="r2g", gamma=g)) == pytest.approx(0.5 * g + 1.0 * g * g)
    assert turn_credits(r, CreditConfig(turn="equalized")) == [1.0, 1.0, 1.0]
    assert turn_credits(r, CreditConfig(turn="r2g", gamma=g)) == pytest.approx([0.4 + 0.64, 0.5 + 0.8, 1.0])
    em = turn_credits(r, CreditConfig(turn="em"))
    assert em[0] == pytest.approx(0.5) and em[2] == pytest.approx(1.0)
    assert em[1] == pytest.approx(0.5 + 0.5 * (1 - math.exp(-1)) / (1 - math.exp(-2)))
    # advantages: group [1, 3] -> mean 2, std 1
    assert group_advantages([1.0, 3.0], 2) == pytest.approx([-1 / (1 + 1e-6), 1 / (1 + 1e-6)])
    # token weights: turns of 1 and 3 tokens, credits 2 and 1 -> N=4, sum c = 2 + 3 = 5
    w = token_weights([1, 3], [2.0, 1.0])
    assert w == pytest.approx([8 / 5, 4 / 5, 4 / 5, 4 / 5]) and sum(w) == pytest.approx(4)


def test_zero_credit_quirk_is_an_option():
    cfg_userrl = CreditConfig(turn="r2g", zero_credit="no_gradient")
    cfg_ours = CreditConfig(turn="r2g")
    assert token_weights([2, 1], turn_credits([0.0, 0.0], cfg_userrl), cfg_userrl) == [0.0, 0.0, 0.0]
    assert token_weights([2, 1], turn_credits([0.0, 0.0], cfg_ours), cfg_ours) == [1.0, 1.0, 1.0]
    # a group of a failure (no reward) and a success: UserRL's code gives the failure no gradient
    adv = token_advantages([[0.0, 0.0], [0.0, 1.0]], [[1, 1], [1, 1]], 2, cfg_userrl)
    assert adv[0] == [0.0, 0.0] and all(a > 0 for a in adv[1])
    adv = token_advantages([[0.0, 0.0], [0.0, 1.0]], [[1, 1], [1, 1]], 2, cfg_ours)
    assert all(a < 0 for a in adv[0])
    with pytest.raises(ValueError):
        CreditConfig(turn="bogus")

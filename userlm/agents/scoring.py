"""Scoring a conversation: outcome, efficiency, per-turn rewards, and optional judged checks.

    from userlm.agents.scoring import ScoringConfig, score_trajectory
    scores = score_trajectory(traj, profile, ScoringConfig(max_turns=8))
    scores["success"], scores["reward"], scores["turn_rewards"]

Outcome (the user's primary concerns met within the hard limits), read from the simulator's final
state and stop token:
- ``###STOP###`` after an ``accept`` action, or after a calm ending (mean of trust and emotion at
  least ``satisfied_threshold``) is success, unless the last price the agent named breaks a hard
  limit (``max_price``/``min_price``) -- a user talked past their budget is not a success;
- ``###STOP###`` after ``reject``/``escalate``, or in a low state, is a walk-away; ``###TRANSFER###``,
  ``###OUT-OF-SCOPE###``, running out of turns, and simulator/agent failures are failures.
With a judge (any OpenAI-compatible endpoint), ``judge_outcome`` lets it decide success from the
transcript and the profile's concerns, and tau2-imported profiles have their
``evaluation_criteria["nl_assertions"]`` judged one by one (tau2's rule: success needs all of them).

Rewards: ``reward = outcome * (1 + efficiency_weight * efficiency)``, efficiency = 1 - turns/max_turns.
Turn rewards (for UserRL credit) are non-negative: ``progress_weight`` times the rise of the user's
satisfaction (mean of trust and emotion) after each agent turn, plus the trajectory reward on the last
turn, so R2G credit never flips the sign of an advantage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from userlm.core.profile import UserProfile
from userlm.core.turn import STOP

_PRICE_RE = re.compile(r"\$\s?(\d[\d,]*(?:\.\d+)?)|(\d[\d,]*(?:\.\d+)?)\s?(?:USD|dollars)\b", re.IGNORECASE)


@dataclass
class ScoringConfig:
    max_turns: int = 8
    efficiency_weight: float = 0.2
    progress_weight: float = 0.1
    satisfied_threshold: float = 0.5
    judge_outcome: bool = False  # with a judge: it decides success from the transcript


def satisfaction(state: dict) -> float:
    return (state.get("trust", 0.5) + state.get("emotion", 0.5)) / 2.0


def last_price(messages: list[dict]) -> float | None:
    """The last price the agent named, if any."""
    for m in reversed(messages):
        if m["role"] != "assistant":
            continue
        found = [a or b for a, b in _PRICE_RE.findall(m["content"] or "")]
        if found:
            return float(found[-1].replace(",", ""))
    return None


def rule_outcome(traj, profile: UserProfile, cfg: ScoringConfig) -> tuple[bool, str]:
    """(success, reason) from the final state and stop token."""
    if traj.failed:
        return False, f"failure: {traj.error}"
    if traj.stop is None:
        return False, "limits: no decision within max turns" if traj.status == "max_turns" else "unfinished"
    if traj.stop != STOP:
        return False, f"ended with {traj.stop}"
    ok_turns = [t for t in traj.turns if t.get("status") == "ok"]
    action = ok_turns[-1].get("action") if ok_turns else None
    if action in ("reject", "escalate"):
        return False, f"walk-away ({action})"
    if action != "accept" and satisfaction(traj.final_state) < cfg.satisfied_threshold:
        return False, "walk-away (low trust/emotion)"
    price = last_price(traj.messages)
    hi, lo = profile.goal.max_price(), profile.goal.min_price()
    if price is not None and ((hi is not None and price > hi) or (lo is not None and price < lo)):
        return False, f"hard limit broken: price {price:g}"
    return True, "goal met"


def efficiency(agent_turns: int, max_turns: int) -> float:
    return min(1.0, max(0.0, 1.0 - agent_turns / max(1, max_turns)))


def turn_rewards(traj, profile: UserProfile, reward: float, cfg: ScoringConfig) -> list[float]:
    """One non-negative reward per agent turn (the greeting is not the agent's turn)."""
    n = traj.agent_turns
    if n == 0:
        return []
    states = [t.get("state") or {} for t in traj.turns]  # states[0]: after the greeting
    prev = satisfaction(states[0]) if states else satisfaction(profile.goal.initial_state.model_dump())
    rewards = []
    for t in range(1, n + 1):
        cur = satisfaction(states[t]) if t < len(states) and states[t] else prev
        rewards.append(cfg.progress_weight * max(0.0, cur - prev))
        prev = cur
    rewards[-1] += reward
    return rewards


def transcript_text(messages: list[dict]) -> str:
    names = {"assistant": "Agent", "user": "User"}
    return "\n".join(f"{names.get(m['role'], m['role'])}: {m['content']}" for m in messages)


class Judge:
    """Yes/no questions about a transcript, answered by a model behind an OpenAI-compatible endpoint."""

    def __init__(self, base_url: str | None, model: str, api_key: str | None = None, timeout_s: float = 60.0):
        from userlm.core.backends.openai_backend import OpenAIBackend

        self.backend = OpenAIBackend(model, base_url, api_key, timeout=timeout_s)

    def ask(self, transcript: str, question: str) -> bool | None:
        """True/False, or None when the judge's answer cannot be read (or the call failed)."""
        from userlm.core.backends.base import SamplingParams

        chat = [
            {
                "role": "system",
                "content": "You grade conversations between a customer-service agent and a user. "
                "Answer the question with YES or NO on the first line, then one sentence of reason.",
            },
            {"role": "user", "content": f"Conversation:\n{transcript}\n\nQuestion: {question}"},
        ]
        out = self.backend.generate([chat], SamplingParams(max_tokens=64, temperature=0.0))[0]
        m = re.search(r"\b(YES|NO)\b", out.text.split("</think>")[-1], re.IGNORECASE)
        return None if out.error or not m else m.group(1).upper() == "YES"


def judge_assertions(judge: Judge, traj, profile: UserProfile) -> list[dict]:
    criteria = profile.source.evaluation_criteria or {}
    text = transcript_text(traj.messages)
    out = []
    for a in criteria.get("nl_assertions") or []:
        verdict = judge.ask(text, f"Does this hold for the conversation: {a}")
        out.append({"assertion": a, "met": verdict})
    return out


def score_trajectory(
    traj, profile: UserProfile, cfg: ScoringConfig | None = None, judge: Judge | None = None
) -> dict:
    """Score one trajectory; the result is also stored on ``traj.scores``."""
    cfg = cfg or ScoringConfig()
    success, reason = rule_outcome(traj, profile, cfg)
    scores: dict = {"rule_success": success, "reason": reason}
    has_assertions = bool((profile.source.evaluation_criteria or {}).get("nl_assertions"))
    if judge is not None and not traj.failed:
        if cfg.judge_outcome:
            concerns = "; ".join(profile.goal.primary_concerns) or profile.goal.reason_for_contact
            limits = "; ".join(h.as_text() for h in profile.goal.hard_limits) or "none"
            verdict = judge.ask(
                transcript_text(traj.messages),
                f"Did the agent resolve the user's primary concerns ({concerns}) without breaking "
                f"the user's hard limits ({limits})?",
            )
            scores["judge_success"] = verdict
            if verdict is not None:
                success = verdict
        if has_assertions:
            verdicts = judge_assertions(judge, traj, profile)
            scores["nl_assertions"] = verdicts
            known = [v["met"] for v in verdicts if v["met"] is not None]
            if known:
                scores["nl_assertions_met"] = sum(known) / len(known)
                success = success and all(known)  # tau2: the NL basis needs every assertion
    elif has_assertions:
        scores["nl_assertions"] = "unjudged (no judge configured)"
    eff = efficiency(traj.agent_turns, cfg.max_turns)
    reward = float(success) * (1.0 + cfg.efficiency_weight * eff)
    scores.update(
        success=bool(success),
        efficiency=eff,
        turns=traj.agent_turns,
        reward=reward,
        turn_rewards=turn_rewards(traj, profile, reward, cfg),
    )
    traj.scores = scores
    return scores


def summarize(trajs: list) -> dict:
    """Success rate, mean turns, mean reward and failure count over scored trajectories."""
    n = len(trajs)
    if n == 0:
        return {"conversations": 0, "success_rate": 0.0, "mean_turns": 0.0, "mean_reward": 0.0, "failures": 0}
    return {
        "conversations": n,
        "success_rate": sum(t.scores.get("success", False) for t in trajs) / n,
        "mean_turns": sum(t.agent_turns for t in trajs) / n,
        "mean_reward": sum(t.scores.get("reward", 0.0) for t in trajs) / n,
        "failures": sum(t.failed for t in trajs),
    }

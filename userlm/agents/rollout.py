"""Many agent-vs-simulator conversations at once, each recorded as a ``Trajectory``.

    from userlm.agents.rollout import RolloutConfig, ScriptedAgent, run_rollouts
    trajs = run_rollouts(ScriptedAgent(["What's your budget?", "Deal at $9,000."]),
                         lambda: UserEnv(simulator, max_turns=4), profiles, RolloutConfig(concurrency=8))

Conversations run in a thread pool (``concurrency`` at a time); each one alternates agent and
simulator turns until the user sends a stop token, ``max_turns`` is reached, or a call fails. A
failure (simulator timeout or error after its retries, or an agent that raises) is recorded on the
trajectory (``status``, ``error``) and scored like any other outcome; it never ends the run.
Agents are anything with ``act(chats) -> list[str]`` over agent-side chats (system prompt, then the
transcript with agent = assistant). GRPO training has its own token-level loop in ``train.py``.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from typing import Protocol

from userlm.agents.env import UserEnv
from userlm.core.backends.base import GenerationBackend, SamplingParams
from userlm.core.profile import UserProfile
from userlm.core.simulator import AGENT_SYSTEM_PROMPT, agent_chat, agent_system_prompt


class Agent(Protocol):
    def act(self, chats: list[list[dict]]) -> list[str]: ...


class ScriptedAgent:
    """Says its lines in order (the last one repeats): for tests, demos and benchmarks."""

    def __init__(self, lines: list[str]):
        if not lines:
            raise ValueError("a scripted agent needs at least one line")
        self.lines = lines

    def act(self, chats: list[list[dict]]) -> list[str]:
        out = []
        for chat in chats:
            n = sum(1 for m in chat if m["role"] == "assistant") - 1  # the greeting is not a line
            out.append(self.lines[min(max(n, 0), len(self.lines) - 1)])
        return out


class BackendAgent:
    """Any generation backend as the agent: a local HF causal LM or an OpenAI-compatible endpoint."""

    def __init__(self, backend: GenerationBackend, params: SamplingParams | None = None):
        self.backend = backend
        self.params = params or SamplingParams(max_tokens=128, temperature=0.7)

    def act(self, chats: list[list[dict]]) -> list[str]:
        completions = self.backend.generate(chats, self.params)
        errors = [c.error for c in completions if c.error]
        if errors:
            raise RuntimeError(f"agent generation failed: {errors[0]}")
        return [c.text.strip() for c in completions]


@dataclass
class RolloutConfig:
    max_turns: int = 8
    concurrency: int = 8
    timeout_s: float = 60.0
    retries: int = 2
    agent_system_prompt: str = AGENT_SYSTEM_PROMPT


@dataclass
class Trajectory:
    """One conversation from the agent's side, with how it ended and (after scoring) its rewards."""

    profile_id: str
    messages: list[dict]
    turns: list[dict]
    status: str  # ended | max_turns | timeout | error
    error: str | None = None
    stop: str | None = None
    final_state: dict = field(default_factory=dict)
    agent_turns: int = 0
    seconds: float = 0.0
    scores: dict = field(default_factory=dict)  # filled by scoring.score_trajectory

    @property
    def failed(self) -> bool:
        return self.status in ("timeout", "error")

    def to_dict(self) -> dict:
        return asdict(self)


def trajectory_from_env(env: UserEnv, seconds: float = 0.0) -> Trajectory:
    status = env.status if env.done else "running"
    return Trajectory(
        profile_id=env.profile.id if env.profile else "",
        messages=list(env.messages),
        turns=list(env.turns),
        status=status,
        error=env.error,
        stop=env.stop,
        final_state=dict(env.state.values) if env.state else {},
        agent_turns=env.agent_turns,
        seconds=seconds,
    )


def run_conversation(agent: Agent, env: UserEnv, profile: UserProfile, system: str) -> Trajectory:
    """One full conversation; any failure ends up on the trajectory."""
    start = time.perf_counter()
    env.reset(profile)
    while not env.done:
        try:
            message = agent.act([agent_chat(system, env.messages)])[0]
        except Exception as e:  # the agent failing is an outcome to record, like a simulator failure
            env.status, env.error = "error", f"agent: {type(e).__name__}: {e}"
            break
        env.step(message)
    return trajectory_from_env(env, time.perf_counter() - start)


def run_rollouts(
    agent: Agent,
    make_env: Callable[[], UserEnv],
    profiles: list[UserProfile],
    cfg: RolloutConfig | None = None,
    progress: bool = False,
) -> list[Trajectory]:
    """One conversation per profile (repeat a profile to sample it several times), in order."""
    cfg = cfg or RolloutConfig()

    def one(profile: UserProfile) -> Trajectory:
        env = make_env()
        return run_conversation(agent, env, profile, agent_system_prompt(profile, cfg.agent_system_prompt))

    with ThreadPoolExecutor(max_workers=max(1, cfg.concurrency)) as pool:
        futures = [pool.submit(one, p) for p in profiles]
        if progress:
            from tqdm import tqdm

            for _ in tqdm(futures, desc="conversations", unit="conv"):
                _.result()
        return [f.result() for f in futures]


def step_all(envs: list[UserEnv], messages: list[str], concurrency: int = 8) -> list[tuple[str, bool, dict]]:
    """Step several environments at once (the simulator calls overlap); for lockstep rollouts. An environment
    whose episode is already over is not stepped: it answers ("", True, info), so one finished conversation
    in a lockstep batch cannot end the others."""

    def one(env: UserEnv, message: str) -> tuple[str, bool, dict]:
        result = env.step_if_open(message)
        return ("", True, env.info) if result is None else result

    with ThreadPoolExecutor(max_workers=max(1, min(concurrency, len(envs)))) as pool:
        return list(pool.map(lambda em: one(*em), zip(envs, messages)))


def reset_all(envs: list[UserEnv], profiles: list[UserProfile], concurrency: int = 8) -> list[str]:
    with ThreadPoolExecutor(max_workers=max(1, min(concurrency, len(envs)))) as pool:
        return list(pool.map(lambda ep: ep[0].reset(ep[1]), zip(envs, profiles)))

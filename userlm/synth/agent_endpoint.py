"""The agent side of ``userlm synth`` played by an OpenAI-compatible endpoint instead of the scripted agent.

    userlm synth --mode teacher --teacher-model qwen3-32b --base-url http://host:8000/v1 \\
        --agent-model my-agent --agent-base-url http://host:8001/v1 --out runs/teacher

Every open conversation's agent turn goes to the endpoint in one concurrent batch (the agent sees the domain
and the replies, never the profile or a rationale; prompt of ``core/prompts/agent_system.md``). The scripted agent
still opens with the greeting and still injects trap turns at ``--trap-rate``, so trap labels stay ground
truth. The endpoint's own messages carry labels read from their text (``label_agent_text``), and the user
policy checks them against the trap library. Answers are cached in ``agent_cache.jsonl``; a failed call ends
its conversation and is recorded in ``rejects.jsonl`` with ``"side": "agent"``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from userlm.core.backends.base import GenerationBackend, SamplingParams
from userlm.core.profile import UserProfile
from userlm.synth.scenario_agent import AgentTurn

if TYPE_CHECKING:
    from userlm.core.backends.cached import CachedBackend
    from userlm.synth.config import SynthConfig
    from userlm.synth.conversation import Conversation


def label_agent_text(text: str, profile: UserProfile) -> AgentTurn:
    """Labels for an agent message nobody scripted: a money amount is an offer (the best one for the user)
    when the user has a price limit, a question asks for what the user knows, anything else is small talk.

    >>> from userlm.core.profile_store import resolve_profile
    >>> car_buyer = resolve_profile("car-buyer-01")  # a bundled example: buys at or under $20,500
    >>> label_agent_text("Best I can do is $21,500 or $23,000 with the warranty.", car_buyer).offer
    21500.0
    >>> label_agent_text("What's your budget?", car_buyer).kind
    'ask_known'
    >>> label_agent_text("Thanks for coming in today.", car_buyer).kind
    'filler'
    """
    from userlm.rewards.analysis import money

    goal = profile.goal
    amounts = [a for a in money(text) if a > 0]
    if amounts and goal.max_price() is not None:
        return AgentTurn(text, "offer", offer=min(amounts), labelled=False)
    if amounts and goal.min_price() is not None:
        return AgentTurn(text, "offer", offer=max(amounts), labelled=False)
    return AgentTurn(text, "ask_known" if "?" in text else "filler", labelled=False)


def open_agent(
    cfg: SynthConfig, backend: GenerationBackend | None = None
) -> tuple[CachedBackend | None, SamplingParams]:
    """The cached agent endpoint of ``cfg`` (``backend`` overrides it, for tests), or None for the scripted agent."""
    from pathlib import Path

    from userlm.core.backends.cached import CachedBackend

    params = SamplingParams(max_tokens=cfg.agent_max_tokens, temperature=cfg.temperature, seed=cfg.seed)
    if backend is None and not cfg.agent_model:
        return None, params
    if backend is None:
        from userlm.core.backends.openai_backend import OpenAIBackend

        backend = OpenAIBackend(
            cfg.agent_model,
            cfg.agent_base_url or None,
            cfg.agent_api_key or None,
            concurrency=cfg.concurrency,
        )
    return CachedBackend(backend, Path(cfg.out) / "agent_cache.jsonl"), params


def agent_round(
    convs: list[Conversation], agent: GenerationBackend | None, params: SamplingParams, failures: list[dict]
) -> list[tuple[Conversation, AgentTurn]]:
    """The next agent turn of every open conversation (scripted, or asked of ``agent`` in one batch)."""
    if agent is None:
        return [(c, t) for c in convs if not c.done and (t := c.next_agent()) is not None]
    from userlm.core.simulator import agent_chat, agent_system_prompt

    turns, asks = [], []
    for c in convs:  # a user who left (policy.ended) gets no more agent turns: nobody to answer them
        if c.done or c.policy.ended or len(c.agent.turns) >= c.agent.max_turns:
            c.done = True
            continue
        if (turn := c.agent.fixed_turn()) is not None:
            c.transcript.append({"role": "assistant", "content": turn.text})
            turns.append((c, turn))
        else:
            asks.append(c)
    chats = [agent_chat(agent_system_prompt(c.profile), c.transcript) for c in asks]
    for c, out in zip(asks, agent.generate(chats, params) if asks else []):
        text = out.text.strip()
        if out.error or not text:
            failures.append(
                {"side": "agent", "conversation": c.cid, "turn_index": len(c.replies), "text": out.text,
                 "errors": [out.error or "empty agent message"]}
            )  # fmt: skip
            c.done = True
            continue
        turn = label_agent_text(text, c.profile)
        c.agent.turns.append(turn)
        c.transcript.append({"role": "assistant", "content": text})
        turns.append((c, turn))
    return turns


def end_past_user(conv: Conversation) -> None:
    """End ``conv`` at an agent turn that came after the user policy stopped (``respond_if_open`` gave None):
    drop that trailing agent message, so no row is written for a user who already left. Offline and teacher
    mode share it."""
    if conv.transcript and conv.transcript[-1]["role"] == "assistant":
        conv.transcript.pop()
    conv.done = True

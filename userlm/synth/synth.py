"""``userlm synth``: conversations in which every simulated-user turn carries its rationale, for SFT and GRPO.

    userlm synth --profiles profiles/examples.jsonl --conversations 200 --out runs/synth       # offline
    userlm synth --mode teacher --teacher-model qwen3-32b --base-url http://host:8000/v1 --out runs/teacher

Writes, under ``--out``:
- ``sft.jsonl``: one conversation per row, ``{"messages": [...]}`` with flipped roles (the agent is ``user``)
  and the simulator's turns as ``assistant`` messages with ``reasoning_content`` (the rationale) and
  ``content`` (the reply and stop token), the convention of TRL's chat templates;
- ``sft_turns.jsonl``: the same turns as conversational prompt-completion rows, one per simulator turn, with
  earlier turns as the simulator sees them at inference (replies only, no earlier rationales); training on
  these (the default of training/sft.yaml) puts the loss on the last turn only and matches inference; each
  row names the ``agent_move`` it answers (greet, ask_known, offer, refuse, resolve, trap...);
- ``grpo.jsonl``: one prompt row per simulator turn, with the columns the reward functions read
  (``prompt, profile, agent_message, trap, previous_user_replies, offer, goal_met, limit_hit, expected_action,
  turn_index``) plus ``profile_id`` and ``conversation``;
- ``stats.json``; in teacher mode also ``rejects.jsonl`` (malformed teacher turns with the parser's errors)
  and ``teacher_cache.jsonl`` (answers reused on a rerun); with an agent endpoint ``agent_cache.jsonl``.

Offline mode (default) pairs the scripted agent with the programmatic user policy; teacher mode asks any
OpenAI-compatible endpoint to play the user (prompt: ``templates/teacher.md.jinja``) while the policy,
run alongside, supplies the labels. Both are deterministic from ``--seed``. In either mode
``--agent-model/--agent-base-url`` lets an endpoint play the agent (``agent_endpoint.py``).
"""

from __future__ import annotations

from pathlib import Path

from userlm.core.profile import UserProfile
from userlm.core.turn import format_rationale
from userlm.synth.config import SynthConfig
from userlm.synth.conversation import Conversation, start_conversations


def run_offline(
    cfg: SynthConfig, profiles: list[UserProfile], agent_backend=None
) -> tuple[list[Conversation], list[dict], dict]:
    """Rounds of agent turns (scripted, or one concurrent batch to an agent endpoint) and policy moves; each
    conversation draws from its own random stream, so the result does not depend on the order."""
    from tqdm import tqdm

    from userlm.synth.agent_endpoint import agent_round, end_past_user, open_agent

    agent, params = open_agent(cfg, agent_backend)
    convs, failures = start_conversations(cfg, profiles, teacher=False), []
    with tqdm(total=len(convs), desc="synth", unit="conv", disable=len(convs) < 20) as bar:
        while pending := agent_round(convs, agent, params, failures):
            for conv, turn in pending:
                if (move := conv.policy.respond_if_open(turn)) is None:
                    end_past_user(conv)  # the user already left: the agent's extra turn is not data
                    continue
                conv.add_user(
                    turn, move, format_rationale(move.parts), move.content, move.reply, move.stop is not None
                )
            if agent is not None:
                agent.save()
            bar.update(sum(c.done for c in convs) - bar.n)
        bar.update(len(convs) - bar.n)
    calls = {"agent_calls": agent.calls, "agent_cached": agent.hits} if agent is not None else {}
    return convs, failures, calls


def synthesize(cfg: SynthConfig, backend=None, agent_backend=None) -> dict:
    """Run synthesis and write the files; returns the stats (also written to stats.json). ``backend`` and
    ``agent_backend`` stand in for the teacher and agent endpoints (tests, in-process models)."""
    from collections import Counter

    from userlm.core.io import DataError, write_json, write_jsonl
    from userlm.core.profile_store import examples_path, load_profiles

    profiles = load_profiles(cfg.profiles or examples_path())
    if not profiles:
        raise DataError("no profiles to synthesise from", cfg.profiles or examples_path())
    out = Path(cfg.out)
    stats: dict = {"mode": cfg.mode, "seed": cfg.seed, "profiles": len(profiles)}
    if cfg.mode == "teacher":
        from userlm.synth.teacher import run_teacher

        convs, rejects, calls = run_teacher(cfg, profiles, backend, agent_backend)
    else:
        convs, rejects, calls = run_offline(cfg, profiles, agent_backend)
    if cfg.mode == "teacher" or cfg.agent_model or agent_backend is not None:
        write_jsonl(out / "rejects.jsonl", rejects)
        stats.update(calls, rejected_turns=len(rejects))
    convs = [c for c in convs if c.rows]
    rows = [r for c in convs for r in c.rows]
    stats.update(
        conversations=len(convs),
        turns=len(rows),
        trap_turns=sum(r["trap"] is not None for r in rows),
        goal_met_turns=sum(r["goal_met"] for r in rows),
        actions=dict(Counter(r["expected_action"] for r in rows)),
        files={
            "sft": str(out / "sft.jsonl"),
            "sft_turns": str(out / "sft_turns.jsonl"),
            "grpo": str(out / "grpo.jsonl"),
        },
    )
    write_jsonl(out / "sft.jsonl", (c.sft_row() for c in convs))
    write_jsonl(out / "sft_turns.jsonl", (r for c in convs for r in c.turn_rows()))
    write_jsonl(out / "grpo.jsonl", rows)
    write_json(out / "stats.json", stats)
    return stats

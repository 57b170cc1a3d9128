"""``userlm synth``: conversations in which every simulated-user turn carries its rationale, for SFT and GRPO.

    userlm synth --profiles profiles/examples.jsonl --conversations 200 --out runs/synth       # offline
    userlm synth --mode teacher --teacher-model qwen3-32b --base-url http://host:8000/v1 --out runs/teacher

Writes, under ``--out``:
- ``sft.jsonl``: one conversation per row, ``{"messages": [...]}`` with flipped roles (the agent is ``user``)
  and the simulator's turns as ``assistant`` messages with ``reasoning_content`` (the rationale) and
  ``content`` (the reply and stop token), the convention of TRL's chat templates;
- ``sft_turns.jsonl``: the same turns as conversational prompt-completion rows, one per simulator turn, with
  earlier turns as the simulator sees them at inference (replies only, no earlier rationales); training on
  these (the default of training/sft.yaml) puts the loss on the last turn only and matches inference;
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

import random
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from userlm.core.profile import UserProfile
from userlm.core.simulator import simulator_chat
from userlm.core.turn import flip_roles, format_rationale
from userlm.training.policy import Move, UserPolicy
from userlm.training.scripted_agent import AgentTurn, ScriptedAgent

TEMPLATES = Path(__file__).parent / "templates"


@dataclass
class SynthConfig:
    profiles: str = field(
        default="", metadata={"help": "Profile file (JSONL/JSON/YAML); default profiles/examples.jsonl."}
    )
    out: str = field(default="runs/synth", metadata={"help": "Output folder."})
    conversations: int = field(
        default=100, metadata={"help": "Conversations to write (profiles are cycled)."}
    )
    seed: int = field(default=0, metadata={"help": "Seed: the same seed writes the same files."})
    trap_rate: float = field(
        default=0.25, metadata={"help": "Chance that an agent move is replaced by a trap turn."}
    )
    cooperative: float = field(
        default=0.65, metadata={"help": "Share of conversations where the agent meets the goal."}
    )
    max_turns: int = field(default=9, metadata={"help": "Agent messages per conversation at most."})
    system_prompt: Literal["full", "compact"] = field(
        default="full",
        metadata={"help": "full = profile.render(); compact = a short prompt for small models/CPU."},
    )
    mode: Literal["offline", "teacher"] = field(
        default="offline", metadata={"help": "offline policy or teacher model."}
    )
    teacher_model: str = field(default="", metadata={"help": "Teacher model name at --base-url."})
    base_url: str = field(default="", metadata={"help": "OpenAI-compatible endpoint of the teacher."})
    api_key: str = field(default="", metadata={"help": "API key of the teacher (default $OPENAI_API_KEY)."})
    concurrency: int = field(default=8, metadata={"help": "Teacher calls in flight at once."})
    retries: int = field(
        default=1, metadata={"help": "Resamples of a malformed teacher turn before it is rejected."}
    )
    max_tokens: int = field(default=384, metadata={"help": "Token budget of a teacher turn."})
    temperature: float = field(default=0.7, metadata={"help": "Teacher (and agent endpoint) temperature."})
    agent_model: str = field(
        default="", metadata={"help": "Agent model at --agent-base-url; empty: the scripted domain agent."}
    )
    agent_base_url: str = field(default="", metadata={"help": "OpenAI-compatible endpoint of the agent."})
    agent_api_key: str = field(
        default="", metadata={"help": "API key of the agent (default $OPENAI_API_KEY)."}
    )
    agent_max_tokens: int = field(default=128, metadata={"help": "Token budget of an agent message."})


def check_config(cfg: SynthConfig) -> None:
    """Reject settings that cannot work before anything is written, naming the setting."""
    from userlm.core.io import DataError

    bad = [
        (name, why)
        for name, ok, why in (
            ("conversations", cfg.conversations >= 1, "must be at least 1"),
            ("max_turns", cfg.max_turns >= 1, "must be at least 1"),
            ("concurrency", cfg.concurrency >= 1, "must be at least 1"),
            ("retries", cfg.retries >= 0, "must be 0 or more"),
            ("max_tokens", cfg.max_tokens >= 1, "must be at least 1"),
            ("agent_max_tokens", cfg.agent_max_tokens >= 1, "must be at least 1"),
            ("trap_rate", 0.0 <= cfg.trap_rate <= 1.0, "must be between 0 and 1"),
            ("cooperative", 0.0 <= cfg.cooperative <= 1.0, "must be between 0 and 1"),
            ("temperature", cfg.temperature >= 0.0, "must be 0 or more"),
        )
        if not ok
    ]
    if bad:
        name, why = bad[0]
        raise DataError(f"{why} (got {getattr(cfg, name)!r})", "synth settings", field=name)


TEMPLATE_OF = {"full": "simulator_system", "compact": "simulator_compact"}


def system_text(profile: UserProfile, style: str = "full") -> str:
    """The simulator's system prompt, from the core templates that serving and evaluation render too."""
    return profile.render(TEMPLATE_OF[style])


def teacher_system(profile: UserProfile, style: str = "full") -> str:
    import jinja2

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)), keep_trailing_newline=False)
    return env.get_template("teacher.md.jinja").render(system_prompt=system_text(profile, style).strip())


def grpo_row(
    profile: UserProfile,
    chat: list[dict],
    turn: AgentTurn,
    move: Move | None,
    replies: list[str],
    index: int,
    conv: str,
) -> dict:
    """One GRPO prompt row; every row has every key (null where unknown)."""
    return {
        "prompt": chat,
        "profile": profile.model_dump_json(),
        "agent_message": turn.text,
        "trap": turn.trap,
        "previous_user_replies": list(replies),
        "offer": turn.offer,
        "goal_met": bool(turn.goal_met),
        "limit_hit": bool(move.limit_hit) if move else False,
        "expected_action": move.action if move else None,
        "turn_index": index,
        "profile_id": profile.id,
        "conversation": conv,
    }


@dataclass
class _Conv:
    """One conversation in progress."""

    cid: str
    profile: UserProfile
    agent: ScriptedAgent
    policy: UserPolicy
    system: str
    transcript: list[dict] = field(default_factory=list)  # agent view: agent = assistant
    rows: list[dict] = field(default_factory=list)
    replies: list[str] = field(default_factory=list)
    done: bool = False
    student_system: str = ""

    def next_agent(self) -> AgentTurn | None:
        turn = None if self.done else self.agent.next_turn(self.policy.ended)
        if turn is None:
            self.done = True
            return None
        self.transcript.append({"role": "assistant", "content": turn.text})
        return turn

    def add_user(
        self, turn: AgentTurn, move: Move | None, rationale: str, content: str, reply: str, ended: bool
    ) -> None:
        chat = simulator_chat(self.profile, self.transcript[:], system=self.system)
        self.rows.append(grpo_row(self.profile, chat, turn, move, self.replies, len(self.replies), self.cid))
        self.transcript.append({"role": "user", "content": content, "reasoning_content": rationale})
        self.replies.append(reply)
        self.done = self.done or ended

    def turn_rows(self):
        """Prompt-completion rows: the context exactly as at inference, the completion with its rationale."""
        users = [m for m in self.transcript if m["role"] == "user"]
        for row, m in zip(self.rows, users):
            completion = [
                {"role": "assistant", "content": m["content"], "reasoning_content": m["reasoning_content"]}
            ]
            yield {
                "prompt": row["prompt"],
                "completion": completion,
                "profile_id": self.profile.id,
                "conversation": self.cid,
                "turn_index": row["turn_index"],
            }

    def sft_row(self) -> dict:
        # Drop a trailing agent message: the conversation ends on the simulator's turn.
        msgs = (
            self.transcript[:-1]
            if self.transcript and self.transcript[-1]["role"] == "assistant"
            else self.transcript
        )
        return {
            "messages": flip_roles(msgs, system=self.system),
            "profile_id": self.profile.id,
            "conversation": self.cid,
        }


def _start(cfg: SynthConfig, profiles: list[UserProfile], teacher: bool) -> list[_Conv]:
    convs = []
    for i in range(cfg.conversations):
        profile = profiles[i % len(profiles)]
        rng = random.Random(f"{cfg.seed}:{i}")  # one stream per conversation: reorderable, concurrent-safe
        agent = ScriptedAgent(
            profile, rng, trap_rate=cfg.trap_rate, cooperative=cfg.cooperative, max_turns=cfg.max_turns
        )
        system = (
            teacher_system(profile, cfg.system_prompt) if teacher else system_text(profile, cfg.system_prompt)
        )
        conv = _Conv(f"{cfg.seed}-{i:05d}", profile, agent, UserPolicy(profile, rng), system)
        if teacher:  # the student trains on the plain simulator prompt, not the teacher's
            conv.student_system = system_text(profile, cfg.system_prompt)
        convs.append(conv)
    return convs


def run_offline(
    cfg: SynthConfig, profiles: list[UserProfile], agent_backend=None
) -> tuple[list[_Conv], list[dict], dict]:
    """Rounds of agent turns (scripted, or one concurrent batch to an agent endpoint) and policy moves; each
    conversation draws from its own random stream, so the result does not depend on the order."""
    from tqdm import tqdm

    from userlm.training.agent_endpoint import agent_round, open_agent

    agent, params = open_agent(cfg, agent_backend)
    convs, failures = _start(cfg, profiles, teacher=False), []
    with tqdm(total=len(convs), desc="synth", unit="conv", disable=len(convs) < 20) as bar:
        while pending := agent_round(convs, agent, params, failures):
            for conv, turn in pending:
                move = conv.policy.respond(turn)
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
    from userlm.core.profile_store import EXAMPLES, load_profiles

    check_config(cfg)
    profiles = load_profiles(cfg.profiles or EXAMPLES)
    if not profiles:
        raise DataError("no profiles to synthesise from", cfg.profiles or EXAMPLES)
    out = Path(cfg.out)
    stats: dict = {"mode": cfg.mode, "seed": cfg.seed, "profiles": len(profiles)}
    if cfg.mode == "teacher":
        from userlm.training.teacher import run_teacher

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

"""Settings of ``userlm synth`` (``SynthConfig``): every field is a ``--field value`` option or a YAML key."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal


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



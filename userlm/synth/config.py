"""Settings of ``userlm synth`` (``SynthConfig``): every field is a ``--field value`` option or a YAML key."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from userlm.core.config import ConfigModel
from userlm.synth import MAX_TURNS


class SynthConfig(ConfigModel):
    """Settings that cannot work (no conversations, a trap rate outside 0..1, ...) fail at validation,
    before anything is written; ``load_config`` names the setting and where it came from."""

    profiles: str = Field("", description='Profile file (JSONL/JSON/YAML); default profiles/examples.jsonl.')
    out: str = Field("runs/synth", description='Output folder.')
    conversations: int = Field(100, ge=1, description='Conversations to write (profiles are cycled).')
    seed: int = Field(0, description='Seed: the same seed writes the same files.')
    trap_rate: float = Field(0.25, ge=0.0, le=1.0, description='Chance that an agent move is replaced by a trap turn.')
    cooperative: float = Field(0.65, ge=0.0, le=1.0, description='Share of conversations where the agent meets the goal.')
    max_turns: int = Field(9, ge=1, le=MAX_TURNS, description='Agent messages per conversation at most.')
    system_prompt: Literal["full", "compact", "plain", "mixed"] = Field("full", description='full = profile.render(); compact = a short prompt for small models/CPU; plain = the tau2-bench shape (guidelines + <scenario>); mixed = the three in turn, one per conversation.')
    carry_state: bool = Field(False, description="Show in every user turn's prompt the state values the turn before stated (the templates simulator_compact_state and simulator_system_state; plain prompts never show state), as userlm does at inference for a model trained with that template.")
    offer_notes: bool = Field(False, description="Put a note under every agent message that names a price, reading it against the user's limit (userlm.core.offer_notes), and use the _offers prompt templates that explain it (plain prompts too: at inference they are read against the limit the scenario states), as userlm does at inference for a model trained with an _offers template.")
    mode: Literal["offline", "teacher"] = Field("offline", description='offline policy or teacher model.')
    teacher_model: str = Field("", description='Teacher model name at --base-url.')
    base_url: str = Field("", description='OpenAI-compatible endpoint of the teacher.')
    api_key: str = Field("", description='API key of the teacher (default $OPENAI_API_KEY).')
    concurrency: int = Field(8, ge=1, description='Teacher calls in flight at once.')
    retries: int = Field(1, ge=0, description='Resamples of a malformed teacher turn before it is rejected.')
    max_tokens: int = Field(384, ge=1, description='Token budget of a teacher turn.')
    temperature: float = Field(0.7, ge=0.0, description='Teacher (and agent endpoint) temperature.')
    agent_model: str = Field("", description='Agent model at --agent-base-url; empty: the scripted domain agent.')
    agent_base_url: str = Field("", description='OpenAI-compatible endpoint of the agent.')
    agent_api_key: str = Field("", description='API key of the agent (default $OPENAI_API_KEY).')
    agent_max_tokens: int = Field(128, ge=1, description='Token budget of an agent message.')
    grammar: bool = Field(True, description="Ask the teacher for turns in the turn grammar (vLLM structured outputs; ignored by endpoints that refuse it).")

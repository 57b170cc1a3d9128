"""Settings of ``userlm demo`` (``DemoConfig``): every field is a ``--field value`` option or a YAML key."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from userlm.core.config import ConfigModel
from userlm.core.prompts import SIMULATOR_TEMPLATES
from userlm.synth import MAX_TURNS


class DemoConfig(ConfigModel):
    """Sizes chosen so the whole demo takes about 18 minutes on 2 CPU cores (fp32; 1,078 s measured 2026-12-01 with the grammar on in eval and serve)."""

    # fmt: off
    model: str = Field("smollm2-135m", description="Base model: embedded name, folder or hub id.")
    out: str = Field("runs/demo", description="Output folder; finished stages are reused.")
    seed: int = Field(0, description="Seed of every stage.")
    profiles: int = Field(32, ge=1, description="Profiles to generate (75% train, 25% held out).")
    conversations: int = Field(96, ge=1, description="Synthesised conversations for SFT and GRPO.")
    synth_turns: int = Field(9, ge=1, le=MAX_TURNS, description="Agent turns per synthesised conversation at most.")
    sft_steps: int = Field(16, ge=1, description="SFT optimiser steps (full fine-tuning).")
    sft_batch_size: int = Field(2, ge=1, description="SFT rows (simulator turns) per step.")
    sft_lr: float = Field(3e-4, gt=0, description="SFT learning rate.")
    sft_max_length: int = Field(768, ge=1, description="SFT rows are cut to this many tokens.")
    grpo_steps: int = Field(3, ge=1, description="GRPO steps (one prompt, grpo_generations completions).")
    grpo_generations: int = Field(4, ge=1, description="GRPO completions per prompt.")
    grpo_completion_tokens: int = Field(64, ge=1, description="Tokens per GRPO completion.")
    eval_profiles: int = Field(4, ge=1, description="Held-out profiles in the side-by-side evaluation.")
    reward_prompts: int = Field(16, ge=1, description="Held-out prompts each model (base, SFT, GRPO) answers in the reward-mix eval.")
    eval_turns: int = Field(3, ge=1, le=MAX_TURNS, description="Agent turns per evaluation session.")
    max_tokens: int = Field(128, ge=1, description="Token budget of a simulator turn in eval and serve.")
    agent_conversations: int = Field(2, ge=1, description="Agent conversations through the endpoint.")
    agent_turns: int = Field(2, ge=1, description="Agent turns per served conversation.")
    template: Literal[SIMULATOR_TEMPLATES] = Field("simulator_compact", description="Simulator prompt template.")
    serve_model: str = Field("smollm2-135m-userlm", description="Simulator the serve stage serves to the agent: the shipped simulator by default, 'trained' for the model this demo trained (a few minutes of training is not yet a user), or any model.")
    # fmt: on


QUICK = dict(profiles=8, conversations=8, synth_turns=3, sft_steps=2, sft_batch_size=2, sft_max_length=2048, grpo_generations=2, grpo_steps=1, grpo_completion_tokens=8, eval_profiles=2,
             reward_prompts=2, eval_turns=2, max_tokens=160, agent_conversations=2, agent_turns=2, serve_model="trained")  # fmt: skip

"""Settings of ``userlm train simulator`` (``RecipeConfig``): YAML keys (``training/simulator.yaml``) or
``--field value`` options. Sizes are chosen for about two hours on 2 CPU cores; ``--quick`` shrinks them."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from userlm.core.config import ConfigModel
from userlm.core.prompts import SIMULATOR_TEMPLATES
from userlm.synth import MAX_TURNS


class RecipeConfig(ConfigModel):
    """What the shipped simulator is trained from, how long, and where it lands."""

    # fmt: off
    model: str = Field("smollm2-135m", description="Base model the LoRA adapter is trained on.")
    name: str = Field("smollm2-135m-userlm", description="Name the simulator loads by (resolve_model).")
    out: str = Field("runs/simulator", description="Working folder; finished stages are reused on a rerun.")
    package_dir: str = Field("userlm/simulators", description="Where the adapter, its card and report are packaged.")
    seed: int = Field(0, description="Seed of every stage.")
    profiles: int = Field(96, ge=4, description="Profiles drawn from the generator's library.")
    tau2: list[str] = Field(default_factory=list, description="tau2-bench tasks.json files to import as profiles too.")
    held_out_domains: list[str] = Field(default_factory=list, description="Domains kept out of training entirely (eval only).")
    test_share: float = Field(0.2, gt=0, lt=1, description="Share of each training domain's profiles held out for eval.")
    conversations: int = Field(240, ge=1, description="Synthesised training conversations (profiles cycled).")
    synth_turns: int = Field(12, ge=1, le=MAX_TURNS, description="Agent turns per conversation at most: long enough to reach goals and limits.")
    trap_rate: float = Field(0.3, ge=0, le=1, description="Share of agent moves replaced by a trap turn.")
    cooperative: float = Field(0.65, ge=0, le=1, description="Share of synthesised conversations in which the scripted agent means to meet the goal (a resolve or an acceptable price; refusals, traps or lost patience may still end them first).")
    system_prompt: Literal["full", "compact", "plain", "mixed"] = Field("mixed", description="Prompt shapes trained on (mixed: full, compact and tau2-style plain in turn).")
    sft_steps: int = Field(96, ge=1, description="SFT optimiser steps (LoRA).")
    sft_batch_size: int = Field(4, ge=1, description="SFT rows (simulator turns) per step, one row per forward pass (accumulated, so nothing is padded).")
    sft_balance: float | None = Field(None, ge=0, le=1, description="If set, the SFT rows (sft_steps x sft_batch_size) are drawn with each rationale action's share ~ count ** this: 1 keeps the synthesised mix, 0.4 lifts the rare moves (accept, end, escalate: the stops) and lowers reject, 0 gives every action the same quota. Unset: the trainer samples the synthesised turns as they are (the shipped run).")
    sft_balance_by: Literal["action", "situation", "noted_situation"] = Field("action", description="What sft_balance evens out: the rationale's action, or the situation (the agent's move and the action: resolve->accept, refuse->escalate, trap->reject...), so that confirming a resolved request is a group of its own and not a small share of the accepts; noted_situation also splits off the rows whose agent message carries an offer note ('offer->accept (noted)'), so sft_boost can lift those and leave the same offers in plain prompts, which have no notes, at their share.")
    sft_boost: dict[str, Annotated[float, Field(ge=0)]] = Field(default_factory=dict, description="Weights that multiply named groups of the SFT draw (groups as sft_balance_by sets them), in YAML {resolve->accept: 3, offer->accept: 2}, on the command line JSON ('{\"resolve->accept\": 3}'): unlike a low sft_balance, which lifts every small group, walk-aways (trap->end, offer->end) included, this lifts only the groups named. Without sft_balance the others keep their synthesised share.")
    sft_share_prefixes: bool = Field(False, description="Train SFT on whole conversations, each one sequence that holds its prompt once with every turn's rationale and reply after the prompt it answers (userlm/training/prefix_share.py: the per-turn rows' loss, ~3x fewer tokens, ~2x the turns a second on 2 CPU cores). The turns are sft_turns, drawn as whole conversations in a seeded order; sft_boost repeats a group's turns, groups as sft_balance_by names them (a repeat costs only its completion), sft_balance does not apply; a step is sft_batch_size sequences, so sft_steps follows from the data.")
    sft_turns: int | None = Field(None, ge=1, description="With sft_share_prefixes: simulator turns to train on (whole conversations until reached, boosted repeats not counted); unset, sft_steps x sft_batch_size.")
    sft_lr: float = Field(1e-3, gt=0, description="SFT learning rate (LoRA wants several times full fine-tuning's).")
    lora_r: int = Field(16, ge=1, description="LoRA rank (rank 16 on all linear layers of the 135M model is ~10 MB in bf16).")
    lora_dropout: float = Field(0.0, ge=0, lt=1, description="LoRA dropout in SFT: 0, since every row is seen once; on CPU, dropout on each LoRA input costs about a fifth of a step.")
    max_length: int = Field(2048, ge=64, description="SFT rows are cut to this many tokens (a row whose turn is cut is dropped).")
    grpo_steps: int = Field(8, ge=0, description="GRPO steps after SFT (0 skips GRPO).")
    grpo_generations: int = Field(4, ge=2, description="GRPO completions per prompt.")
    grpo_completion_tokens: int = Field(192, ge=8, description="Tokens per GRPO completion (a turn is ~110-180).")
    grpo_lr: float = Field(2e-4, gt=0, description="GRPO learning rate.")
    reward_mix: str = Field("mix.yaml", description="The reward mix GRPO trains on and the reward eval scores with: a file name in rewards/ (a local rewards/ first, then the bundled one) or a path. mix_rules.yaml is the rules alone (no learned reward model loaded).")
    grpo_stop_share: float | None = Field(None, ge=0, le=1, description="If set, GRPO trains on grpo_steps prompts of which this share are stop decisions (the turn where the reference user ends and the turn before it, where it goes on); unset: the trainer draws from all synthesised turns.")
    eval_profiles: int = Field(24, ge=1, description="Held-out profiles in the side-by-side simulator eval.")
    eval_turns: int = Field(6, ge=1, le=MAX_TURNS, description="Agent turns per evaluation session.")
    eval_seeds: int = Field(1, ge=1, description="Eval seeds pooled in the side-by-side simulator eval (seed, seed + 1, ...: other scripted agents, traps and sampling on the same profiles); each adds one eval's time. On 24 profiles sim7's termination F1 moved by 0.03 to 0.27 between two eval seeds (by temperature and grammar).")
    reward_prompts: int = Field(32, ge=1, description="Held-out prompts each model answers in the reward-mix eval.")
    max_tokens: int = Field(192, ge=8, description="Token budget of a simulator turn in eval.")
    temperature: float = Field(0.7, ge=0, description="Sampling temperature of the eval, and the one the simulator ships with (sampling.temperature in its userlm.json: the default of userlm serve, chat and eval for it).")
    eval_engine: Literal["continuous", "transformers"] = Field("continuous", description="Engine of the eval's local models: the serving engine in-process (continuous batching; each lockstep round reuses the earlier rounds' prompts from its prefix cache), or batched transformers generate.")
    template: Literal[SIMULATOR_TEMPLATES] = Field("simulator_compact", description="Prompt template of simulator-mode eval and of the shipped model's default. A _state template shows the state values the previous turn's rationale stated instead of the starting ones; it also makes synthesis carry the state (SynthConfig.carry_state), so the model trains on what it will see. An _offers template reads every price the agent names against the user's limit in a note under its message, and makes synthesis write those notes (SynthConfig.offer_notes).")
    # fmt: on


QUICK = dict(profiles=8, conversations=6, synth_turns=3, sft_steps=2, sft_batch_size=2, max_length=2048,
             grpo_steps=1, grpo_generations=2, grpo_completion_tokens=8, eval_profiles=2, eval_turns=2,
             reward_prompts=2, max_tokens=8)  # fmt: skip

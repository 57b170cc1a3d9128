"""``userlm train rl --config training/grpo_user.yaml``: multi-reward GRPO of the user simulator on TRL.

    userlm train rl --config training/grpo_user.yaml --model_name_or_path runs/sft/merged --max_steps 20
    userlm train rl --config training/grpo_user.yaml --resume               # continue after a kill
    userlm train rl --config training/grpo_user.yaml --use_vllm true --vllm_mode colocate   # on a GPU

Prompts are ``userlm synth``'s ``grpo.jsonl`` rows (one simulator turn each, trap turns included); TRL passes
every other column (profile, agent_message, trap, offer, goal_met, limit_hit, expected_action, ...) to the
reward functions. The rewards and their weights come from ``rewards/mix.yaml`` (``userlm.rewards.load_mix``);
TRL logs each component as ``rewards/<name>/mean`` and the callback plots them one line each. LoRA by default.
The mix is gated (``gate: parsed``): a completion ``parse_turn`` rejects earns only the format penalty, and
the recipe masks truncated completions out of the loss (``mask_truncated_completions``). On a GPU,
``--use_vllm true --turn_grammar true`` also constrains generation to the turn grammar.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from userlm.core.rows import REWARD_COLUMNS


@dataclass
class GRPOScriptArguments:
    dataset_path: str = field(
        default="runs/synth/grpo.jsonl", metadata={"help": "grpo.jsonl written by `userlm synth`."}
    )
    mix_path: str | None = field(
        default=None, metadata={"help": "Reward mix YAML (default rewards/mix.yaml)."}
    )
    max_train_rows: int | None = field(default=None, metadata={"help": "Use only the first N prompt rows."})
    merge_lora: bool = field(
        default=True, metadata={"help": "Also save the LoRA-merged model in OUTPUT_DIR/merged."}
    )
    resume: bool = field(default=False, metadata={"help": "Continue from the last checkpoint in output_dir."})
    turn_grammar: bool = field(
        default=False,
        metadata={"help": "With use_vllm: constrain generation to the turn grammar (sets "
                  "vllm_structured_outputs_regex from userlm.core.grammar). Transformers generation is free."},
    )  # fmt: skip


# The prompt and what the rewards read; profile_id and conversation are optional bookkeeping.
REQUIRED_COLUMNS = ("prompt", *REWARD_COLUMNS)


def load_prompts(path: str, limit: int | None = None, seed: int = 0):
    """The GRPO prompt rows; a missing column is an error naming the file and the column."""
    from datasets import load_dataset

    from userlm.core.io import DataError

    if not Path(path).exists():
        raise DataError("dataset not found (run `userlm synth` first)", path, None, "dataset_path")
    ds = load_dataset("json", data_files=path, split="train")
    missing = [c for c in REQUIRED_COLUMNS if c not in ds.column_names]
    if missing:
        raise DataError(f"missing column(s) {missing}", path, 1, missing[0])
    ds = ds.shuffle(seed=seed)  # rows come conversation by conversation; mix turn positions and traps
    return ds.select(range(min(limit, len(ds)))) if limit else ds


def build_trainer(script, args, model_args, extra_rewards=(), callbacks=()):
    """The GRPOTrainer with the mix's rewards (``extra_rewards``: (func, weight) pairs, e.g. for tests)."""
    from trl import GRPOTrainer

    from userlm.rewards import load_mix
    from userlm.training.ops import MetricsCallback
    from userlm.training.sft import load_model_and_tokenizer, peft_config_for

    mix = load_mix(script.mix_path)
    funcs = list(mix.funcs) + [f for f, _ in extra_rewards]
    weights = list(mix.weights) + [w for _, w in extra_rewards]
    if args.reward_weights is not None and list(args.reward_weights) != weights:
        # --reward_weights on the command line wins over the mix file, as in TRL, if it fits the mix
        if len(args.reward_weights) != len(funcs):
            from userlm.core.io import DataError

            raise DataError(
                f"{len(args.reward_weights)} weights for {len(funcs)} rewards "
                f"({', '.join(mix.names + [getattr(f, '__name__', str(f)) for f, _ in extra_rewards])}); "
                f"set the weights in {script.mix_path or 'rewards/mix.yaml'} instead",
                "command line",
                field="reward_weights",
            )
        weights = list(args.reward_weights)
    args.reward_weights = weights
    if script.turn_grammar:
        set_turn_grammar(args)
    _, model, tokenizer = load_model_and_tokenizer(model_args, args)
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    trainer = GRPOTrainer(
        model=model,
        reward_funcs=funcs,
        args=args,
        train_dataset=load_prompts(script.dataset_path, script.max_train_rows, args.seed),
        processing_class=tokenizer,
        peft_config=peft_config_for(model, model_args),
        callbacks=[MetricsCallback(args.output_dir), *callbacks],
    )
    trainer.userlm_mix = mix
    return trainer


def set_turn_grammar(args) -> None:
    """Constrain TRL's vLLM generation to the turn grammar (its ``vllm_structured_outputs_regex``)."""
    from userlm.core.grammar import default_grammar
    from userlm.core.io import DataError

    if not args.use_vllm:
        raise DataError("turn_grammar needs use_vllm: true (vLLM's structured outputs; GPU only)",
                        "command line", field="turn_grammar")  # fmt: skip
    args.vllm_structured_outputs_regex = default_grammar().regex()


def parse_grpo_args(argv: list[str]):
    from trl import GRPOConfig, ModelConfig

    from userlm.core.config import parse_trl_args

    script, args, model_args = parse_trl_args((GRPOScriptArguments, GRPOConfig, ModelConfig), argv)
    model_args.model_name_or_path = model_args.model_name_or_path or "smollm2-135m"
    return script, args, model_args


GRPO_CARD_KEYS = ("learning_rate", "max_steps", "num_generations", "max_completion_length", "temperature", "beta",
                  "loss_type", "per_device_train_batch_size", "gradient_accumulation_steps", "use_vllm", "seed")  # fmt: skip


def train_rl(argv: list[str]) -> dict:
    """Run GRPO; returns the final metrics. Writes weights, metrics.jsonl, curves.png and README.md."""
    from userlm.training.ops import run_training

    script, args, model_args = parse_grpo_args(argv)
    trainer = build_trainer(script, args, model_args)
    mix = trainer.userlm_mix
    return run_training("grpo", trainer, script, args, model_args, GRPO_CARD_KEYS,
                        rewards=dict(zip(mix.names, args.reward_weights)))  # fmt: skip


if __name__ == "__main__":
    print(train_rl(sys.argv[1:]))

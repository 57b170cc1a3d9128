"""Commands of the training stage: ``train sft``, ``train rl``, ``train reward`` (argparse only; work imported lazily).

    userlm train sft --config training/sft.yaml [--resume] [--push-to-hub] [--key value ...]
    userlm train rl --config training/grpo_user.yaml [--resume] [--push-to-hub] [--key value ...]
    userlm train reward --config training/reward_model.yaml [--key value ...]

Each takes every TRL ``SFTConfig``/``GRPOConfig``/``RewardConfig`` and ``ModelConfig`` field as ``--field value``.
"""

from __future__ import annotations

import argparse


def _trl_argv(args) -> list[str]:
    from userlm.core.resources import find_data

    argv = ["--config", str(find_data("training", args.default_config, args.config)), *args.overrides]
    if args.resume:
        argv += ["--resume", "true"]
    if args.push_to_hub:
        argv += ["--push_to_hub", "true"]
    return argv


def train_sft_command(args) -> int:
    from userlm.training.sft import train_sft

    print(train_sft(_trl_argv(args)))
    return 0


def train_rl_command(args) -> int:
    from userlm.training.grpo import train_rl

    print(train_rl(_trl_argv(args)))
    return 0


def train_reward_command(args) -> int:
    from userlm.training.reward_model import train_reward

    print(train_reward(_trl_argv(args)))
    return 0


def _train_args(p: argparse.ArgumentParser, default: str) -> None:
    p.add_argument("--config", default=None, help=f"YAML recipe (default: training/{default}).")
    p.add_argument("--resume", action="store_true", help="Continue from the last checkpoint in output_dir.")
    p.add_argument(
        "--push-to-hub", action="store_true", help="Push weights and card to the hub (hub_model_id)."
    )
    p.set_defaults(accepts_overrides=True, default_config=default)


def add_commands(sub: argparse._SubParsersAction) -> None:
    from userlm.core.commands import command_group

    train = command_group(sub, "train", "Train the user simulator (sft, rl) or an agent against it.")
    p = train.add_parser("sft", help="Supervised fine-tuning of the simulator (TRL SFTTrainer).")
    _train_args(p, "sft.yaml")
    p.set_defaults(func=train_sft_command)

    p = train.add_parser("rl", help="Multi-reward GRPO of the simulator (TRL GRPOTrainer, rewards/mix.yaml).")
    _train_args(p, "grpo_user.yaml")
    p.set_defaults(func=train_rl_command)

    p = train.add_parser(
        "reward", help="A learned reward model on synthesised preference pairs (TRL RewardTrainer)."
    )
    _train_args(p, "reward_model.yaml")
    p.set_defaults(func=train_reward_command)

"""Commands of the agent side: ``train agent`` (GRPO against the simulator) and ``eval agent``.

userlm train agent --config training/grpo_agent.yaml --max_steps 5
userlm eval agent --agent-model smollm2-135m --samples 2
"""

from __future__ import annotations

import argparse


def _train(a):
    from userlm.agents.train import train_command

    return train_command(a)


def _eval(a):
    from userlm.agents.eval import eval_command

    return eval_command(a)


def add_commands(sub: argparse._SubParsersAction) -> None:
    from userlm.core.commands import command_group

    train = command_group(sub, "train", "Train the user simulator (sft, rl) or an agent against it.")
    evaluate = command_group(
        sub, "eval", "Evaluate simulators side by side, or an agent against a simulator."
    )
    p = train.add_parser(
        "agent",
        help="GRPO an agent against the simulator (TRL rollout_func; YAML recipe + --key value overrides).",
    )
    p.add_argument("--config", default=None, help="Recipe YAML (e.g. training/grpo_agent.yaml).")
    p.set_defaults(func=_train, accepts_overrides=True)

    p = evaluate.add_parser(
        "agent", help="Success rate, mean turns and mean reward of an agent vs the simulator."
    )
    p.add_argument(
        "--agent-model",
        default="smollm2-135m",
        help="Agent: embedded name, folder, hub id, or model at --agent-base-url.",
    )
    p.add_argument("--agent-base-url", default=None, help="OpenAI-compatible endpoint of the agent.")
    p.add_argument("--agent-api-key", default=None, help="API key of the agent endpoint.")
    p.add_argument("--agent-max-tokens", type=int, default=128, help="Token budget of one agent turn.")
    p.add_argument("--temperature", type=float, default=0.7, help="Agent sampling temperature.")
    p.add_argument(
        "--script", default=None, help="YAML list of agent messages: a scripted agent instead of a model."
    )
    p.add_argument("--profiles", default=None, help="Profiles JSONL (default: the bundled examples).")
    p.add_argument("--profile-ids", default=None, help="Comma-separated ids to keep.")
    p.add_argument("--samples", type=int, default=1, help="Conversations per profile.")
    p.add_argument(
        "--simulator-model",
        default="smollm2-135m-userlm",
        help="Simulator model (default: the shipped smollm2-135m-userlm), or model name at the URL.",
    )
    p.add_argument(
        "--simulator-base-url",
        default=None,
        help="OpenAI-compatible simulator endpoint; several comma-separated URLs are replicas (spread, failover).",
    )
    p.add_argument(
        "--no-grammar", action="store_true", help="Let the simulator generate freely (no turn grammar)."
    )
    p.add_argument("--simulator-api-key", default=None, help="API key of the simulator endpoint.")
    p.add_argument(
        "--simulator-max-tokens", type=int, default=256, help="Token budget of one simulator turn."
    )
    p.add_argument("--max-turns", type=int, default=8, help="Agent turns per conversation.")
    p.add_argument("--concurrency", type=int, default=8, help="Conversations at once.")
    p.add_argument("--timeout", type=float, default=60.0, help="Seconds per simulator call.")
    p.add_argument("--retries", type=int, default=2, help="Retries of a failed simulator call.")
    p.add_argument(
        "--judge-model", default=None, help="Judge model (enables judged outcome and nl_assertions)."
    )
    p.add_argument("--judge-base-url", default=None, help="OpenAI-compatible endpoint of the judge.")
    p.add_argument("--judge-api-key", default=None, help="API key of the judge endpoint.")
    p.add_argument("--seed", type=int, default=None, help="Simulator sampling seed.")
    p.add_argument("--out", default=None, help="Write the summary and trajectories as JSON here.")
    p.set_defaults(func=_eval)

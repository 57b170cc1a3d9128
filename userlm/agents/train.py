"""GRPO for agents against the user simulator, on TRL 1.16's ``GRPOTrainer`` with ``rollout_func``.

    userlm train agent --config training/grpo_agent.yaml [--max_steps 20 --simulator_base_url http://localhost:8000/v1]

Any HF causal LM is the agent (``model``: the embedded "smollm2-135m" by default, a folder or a hub
id), trained with LoRA by default (``use_lora``). Each dataset row is one profile; the sampler repeats
it ``num_generations`` times, and ``grpo_rollout.rollout_func`` plays each copy as a full
conversation. Only the agent's tokens are in the loss (``env_mask``).

How UserRL's turn-level credit reaches the loss: the reward function ``trajectory_score`` returns S
(credit.py: Sum or R2G of the turn rewards), so TRL's group baseline gives A = (S - mean)/(std + eps)
per conversation (TRL's eps is 1e-4 where UserRL's is 1e-6; the difference only matters when a
group's scores are nearly equal). ``UserRLGRPOTrainer`` then turns A into per-token advantages
A * c_t * N / sum c, using the ``credit_weights`` the rollout computed for each completion token;
TRL's loss accepts (B, T) advantages. With ``turn_credit: equalized`` every weight is 1 and this is
plain GRPO on the agent tokens. The YAML holds both our fields (``AgentTrainArgs``) and any
``GRPOConfig`` field; ``--key value`` on the command line overrides either (TRL's ``TrlParser``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from userlm.core.io import DataError


@dataclass
class AgentTrainArgs:
    model: str = field(default="smollm2-135m", metadata={"help": "Agent: embedded name, folder or hub id."})
    profiles: str | None = field(
        default=None, metadata={"help": "Profiles JSONL (default: the bundled examples)."}
    )
    profile_repeats: int = field(default=4, metadata={"help": "Dataset rows per profile."})
    simulator_model: str = field(
        default="smollm2-135m-userlm",
        metadata={
            "help": "Simulator model (in process; default: the shipped simulator) or model name at the URL."
        },
    )
    simulator_base_url: str | None = field(
        default=None,
        metadata={
            "help": "OpenAI-compatible simulator endpoint; several comma-separated = replicas; unset = in process."
        },
    )
    simulator_grammar: bool = field(
        default=True,
        metadata={"help": "Keep every simulator turn to the turn grammar (false: free generation)."},
    )
    simulator_api_key: str | None = field(
        default=None, metadata={"help": "API key for the simulator endpoint."}
    )
    simulator_max_tokens: int = field(default=256, metadata={"help": "Token budget of one simulator turn."})
    simulator_temperature: float | None = field(
        default=None,
        metadata={"help": "Simulator sampling temperature (default: the simulator model's own, from its userlm.json, else 0.7)."},
    )
    simulator_timeout_s: float = field(default=60.0, metadata={"help": "Timeout of one simulator call."})
    simulator_retries: int = field(default=2, metadata={"help": "Retries of a failed simulator call."})
    max_turns: int = field(default=4, metadata={"help": "Agent turns per conversation."})
    agent_max_tokens: int = field(default=64, metadata={"help": "Token budget of one agent turn."})
    concurrency: int = field(default=8, metadata={"help": "Simulator calls in flight."})
    turn_credit: str = field(default="equalized", metadata={"help": "equalized | r2g | em (UserRL)."})
    trajectory_score: str = field(default="r2g", metadata={"help": "sum | r2g (UserRL)."})
    gamma: float = field(default=0.8, metadata={"help": "Discount of R2G credit and score."})
    sum_as_mean: bool = field(default=False, metadata={"help": "UserRL code's quirk: Sum = sum/T."})
    zero_credit: str = field(
        default="equalize", metadata={"help": "All-zero credits: equalize | no_gradient (UserRL code)."}
    )
    efficiency_weight: float = field(default=0.2, metadata={"help": "Bonus for successes in fewer turns."})
    progress_weight: float = field(default=0.1, metadata={"help": "Turn reward per rise of trust/emotion."})
    use_lora: bool = field(
        default=True, metadata={"help": "Train a LoRA adapter (peft) instead of all weights."}
    )
    lora_r: int = field(default=16, metadata={"help": "LoRA rank."})
    lora_alpha: int = field(default=32, metadata={"help": "LoRA alpha."})
    lora_target_modules: str = field(default="all-linear", metadata={"help": "LoRA target modules."})


def build_dataset(profiles, repeats: int, system_template: str):
    """One row per (profile, repeat): the agent's opening prompt and the profile as JSON."""
    from datasets import Dataset

    from userlm.core.simulator import AGENT_GREETING, agent_system_prompt

    rows = []
    for p in profiles:
        prompt = [
            {"role": "system", "content": agent_system_prompt(p, system_template)},
            {"role": "assistant", "content": AGENT_GREETING},
        ]
        rows += [{"prompt": prompt, "profile": p.model_dump_json(), "profile_id": p.id}] * repeats
    return Dataset.from_list(rows)


def make_trajectory_score(credit):
    """The GRPO reward: the trajectory score S of the rollout's turn rewards."""
    from userlm.agents.credit import trajectory_score as score

    def trajectory_score(completions, turn_rewards=None, **kwargs) -> list[float | None]:
        if turn_rewards is None:
            return [None] * len(completions)
        return [score(list(r or []), credit) for r in turn_rewards]

    return trajectory_score


def _trainer_class():
    import torch
    from trl import GRPOTrainer

    class UserRLGRPOTrainer(GRPOTrainer):
        """GRPOTrainer whose rollouts see their dataset rows and whose advantages carry turn credit."""

        def _generate_and_score_completions(self, inputs):
            self._userlm_inputs = inputs  # rollout_func reads each sample's profile from here
            out = super()._generate_and_score_completions(inputs)
            weights = [x.get("credit_weights") for x in inputs]  # TRL merged the rollout's keys into inputs
            if all(w is not None for w in weights):
                adv = out["advantages"]
                grid = torch.zeros(out["completion_ids"].shape, dtype=adv.dtype, device=adv.device)
                for i, w in enumerate(weights):
                    grid[i, : len(w)] = torch.tensor(w[: grid.shape[1]], dtype=adv.dtype)
                out["advantages"] = adv.reshape(-1, 1) * grid
            return out

    return UserRLGRPOTrainer


def parse_config(config_path: str | None, overrides: list[str]):
    """(AgentTrainArgs, GRPOConfig) from the YAML and ``--key value`` overrides (CPU defaults without a GPU)."""
    from trl import GRPOConfig

    from userlm.core.config import parse_trl_args

    argv = (["--config", config_path] if config_path else []) + list(overrides)
    return parse_trl_args((AgentTrainArgs, GRPOConfig), argv)


def _profiles_by_prompt(dataset, profiles, repeats: int) -> dict:
    """Prompt (as JSON) -> its profile, for a plain GRPOTrainer; prompts several profiles share are left out."""
    owners: dict[str, set] = {}
    for i, p in enumerate(profiles):
        key = json.dumps(dataset[i * repeats]["prompt"], sort_keys=True)
        owners.setdefault(key, set()).add(p.id)
    by_id = {p.id: p for p in profiles}
    return {k: by_id[next(iter(v))] for k, v in owners.items() if len(v) == 1}


def _lora_config(args: AgentTrainArgs):
    from peft import LoraConfig

    targets = args.lora_target_modules
    return LoraConfig(
        r=args.lora_r,
        lora_alpha=args.lora_alpha,
        target_modules=targets if targets == "all-linear" else [t for t in targets.split(",") if t],
        task_type="CAUSAL_LM",
    )


def build_trainer(args: AgentTrainArgs, grpo, make_env=None, profiles=None):
    """The trainer, ready to ``.train()``; ``make_env`` and ``profiles`` default to the config's."""
    from userlm.agents.credit import CreditConfig
    from userlm.agents.env import UserEnv, make_simulator
    from userlm.agents.grpo_rollout import RolloutSettings, make_rollout_func
    from userlm.agents.scoring import ScoringConfig
    from userlm.core.backends.base import SamplingParams
    from userlm.core.models import default_temperature, resolve_model
    from userlm.core.profile_store import examples_path, load_profiles

    try:
        credit = CreditConfig(
            args.turn_credit, args.trajectory_score, args.gamma, args.sum_as_mean, args.zero_credit
        )
    except ValueError as e:
        raise DataError(str(e), "training config") from None
    profiles = profiles or load_profiles(args.profiles or examples_path())
    if make_env is None:
        sim = make_simulator(
            args.simulator_model,
            args.simulator_base_url,
            args.simulator_api_key,
            SamplingParams(max_tokens=args.simulator_max_tokens, temperature=default_temperature(args.simulator_model)
                           if args.simulator_temperature is None else args.simulator_temperature),  # fmt: skip
            timeout_s=args.simulator_timeout_s,
            grammar=args.simulator_grammar,
        )

        def make_env():
            return UserEnv(sim, args.max_turns, args.simulator_timeout_s, args.simulator_retries)

    settings = RolloutSettings(
        max_turns=args.max_turns,
        agent_max_tokens=args.agent_max_tokens,
        max_completion_length=grpo.max_completion_length,
        concurrency=args.concurrency,
        credit=credit,
        scoring=ScoringConfig(args.max_turns, args.efficiency_weight, args.progress_weight),
    )
    dataset = build_dataset(profiles, args.profile_repeats, settings.agent_system_prompt)
    by_prompt = _profiles_by_prompt(dataset, profiles, args.profile_repeats)
    peft_config = _lora_config(args) if args.use_lora else None
    from transformers import AutoTokenizer

    path = resolve_model(args.model)
    tokenizer = AutoTokenizer.from_pretrained(path)
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token
    return _trainer_class()(
        model=path,
        reward_funcs=[make_trajectory_score(credit)],
        args=grpo,
        train_dataset=dataset,
        processing_class=tokenizer,
        peft_config=peft_config,
        rollout_func=make_rollout_func(make_env, settings, by_prompt),
    )


def train_command(cli_args) -> int:
    import os

    args, grpo = parse_config(cli_args.config, cli_args.overrides)
    os.environ.setdefault("TRL_EXPERIMENTAL_SILENCE", "1")
    trainer = build_trainer(args, grpo)
    trainer.train()
    trainer.save_model(grpo.output_dir)
    print(f"saved the agent to {grpo.output_dir}")
    return 0

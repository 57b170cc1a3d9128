"""``userlm train simulator``: profiles -> synth -> SFT (LoRA) -> GRPO -> eval -> package, resumable.

    userlm train simulator --config training/simulator.yaml          # the shipped simulator, ~2 h on 2 cores
    userlm train simulator --model /path/to/tiny --quick --package-dir /tmp/sims   # a smoke run

Stages (each ``OUT/<stage>/`` with a ``.done.json`` marker; a rerun continues where it stopped):
- profiles: the generator's library and the tau2-bench imports, split per domain (``held_out_domains`` go
  to eval only; ``test_share`` of every other domain is held out too);
- synth: conversations long enough to reach goals and limits, in every prompt shape (``mixed``: full,
  compact and tau2-style plain), plus the same over the held-out profiles for eval;
- sft: LoRA on one row per simulator turn; grpo: the same adapter trained on with the reward mix;
- eval: base / SFT / GRPO with the reward mix on held-out prompts, and base vs trained vs the reference
  policy side by side on held-out profiles (``userlm eval rewards`` and ``userlm eval simulator``);
- package: the adapter, ``userlm.json`` and a model card with the eval tables into ``package_dir/<name>``.
"""

from __future__ import annotations

import random
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

from userlm.core.io import DataError
from userlm.core.rows import situation
from userlm.core.stages import StagedRun
from userlm.recipe.config import RecipeConfig

STAGES = ("profiles", "synth", "sft", "grpo", "eval", "package")


def split_by_domain(profiles: list, held_out: list[str], share: float, seed: int) -> tuple[list, list]:
    """(train, test): held-out domains go to test whole; ``share`` of every other domain too (at least one
    profile of a domain with two or more)."""
    by_domain: dict[str, list] = defaultdict(list)
    for p in profiles:
        by_domain[p.goal.domain].append(p)
    train, test = [], []
    for domain in sorted(by_domain):
        group = sorted(by_domain[domain], key=lambda p: p.id)
        if domain in held_out:
            test += group
            continue
        random.Random(f"{seed}:{domain}").shuffle(group)
        k = max(1, round(share * len(group))) if len(group) > 1 else 0
        test += group[:k]
        train += group[k:]
    return train, test


def row_action(row: dict) -> str:
    """The action of an SFT turn row's rationale, read by the turn parser (``"none"`` without one)."""
    from userlm.core.turn import format_turn, parse_turn

    rationale = row["completion"][-1].get("reasoning_content")
    action = parse_turn(format_turn(rationale, "reply")).parts.action if rationale else None
    return action.lower() if action else "none"


def row_situation(row: dict) -> str:
    """The agent's move and the user's answer to it (``"resolve->accept"``, ``"trap->reject"``); the action
    alone for rows written without ``agent_move``."""
    return situation(row.get("agent_move"), row_action(row))


def row_noted_situation(row: dict) -> str:
    """The situation, marked `` (noted)`` when the agent message the row answers carries an offer note
    (``"offer->accept (noted)"``), so that a draw can lift the offers a model can read without lifting offers it
    must read unaided (before sim24, every offer in a tau2-style plain prompt; docs/simulator-log.md, "sim20")."""
    from userlm.core.offer_notes import has_offer_note

    prompt = row.get("prompt") or [{}]
    noted = prompt[-1].get("role") == "user" and has_offer_note(prompt[-1].get("content") or "")
    return row_situation(row) + (" (noted)" if noted else "")


def balance_rows(
    rows: list[dict], n: int, power: float, seed: int, by: str = "action", boost: dict[str, float] | None = None
) -> list[dict]:
    """Draw ``n`` SFT turn rows with each group's share ~ its count ** ``power``, shuffled; a group is the
    rationale's action (``by="action"``) or the situation, the agent move and the action (``"situation"``).

    ``power`` 1 keeps the synthesised mix, 0 gives every group the same quota; a group with too few
    rows gives all of them and its unused quota goes to the others. Why: the policy's mix is a third
    ``reject`` (every trap turn) and a sixth stops, and a 135M model trained on it rejects by default,
    refusals and confirmations included. By action, the accepts are mostly of offers: the agent's
    "Done, it is handled" (where most conversations should end) is ~5% of the rows, and the model rejects
    it; by situation it is a group of its own (``"noted_situation"`` splits off the rows whose agent message
    carries an offer note: ``"offer->accept (noted)"``). ``boost`` multiplies named groups' weights (``{"resolve->accept":
    3}``): with ``power`` 1 it lifts those groups alone, where a power below 1 lifts every small group (the
    walk-aways, ``trap->end``, ``offer->end``, with the confirmations). The draw is seeded and independent
    of the rows' order.

    >>> rows = [{"completion": [{"reasoning_content": f"Action: {a}"}], "i": i}
    ...         for i, a in enumerate(["reject"] * 90 + ["accept"] * 10)]
    >>> sorted(row_action(r) for r in balance_rows(rows, 20, 0.0, seed=0)).count("accept")
    10
    >>> len(balance_rows(rows, 500, 0.5, seed=0))
    100
    >>> sorted(row_action(r) for r in balance_rows(rows, 50, 1.0, seed=0, boost={"accept": 3})).count("accept")
    10
    """
    key = group_key(by)
    groups: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        groups[key(row)].append(row)
    unknown = sorted(set(boost or {}) - set(groups))
    if unknown:
        raise DataError(f"names groups the rows do not have: {unknown} (by {by}: {sorted(groups)})", field="sft_boost")
    quota, left, budget = {}, sorted(groups, key=lambda a: (len(groups[a]), a)), min(n, len(rows))
    while left:  # water-filling: the rarest groups are capped by what exists, the rest share what is left
        weights = {a: len(groups[a]) ** power * (boost or {}).get(a, 1.0) for a in left}
        name = left.pop(0)
        quota[name] = min(len(groups[name]), round(budget * weights[name] / sum(weights.values())))
        budget -= quota[name]
    rng, chosen = random.Random(seed), []
    for name in sorted(groups):
        group = sorted(groups[name], key=lambda r: repr(sorted(r.items())))
        chosen += rng.sample(group, quota[name])
    rng.shuffle(chosen)
    return chosen


def group_key(by: str) -> Callable[[dict], str]:
    """The function that names a row's group for ``by`` (``sft_balance_by``): action, situation or noted_situation."""
    keys = {"action": row_action, "situation": row_situation, "noted_situation": row_noted_situation}
    if by not in keys:
        raise DataError(f"unknown grouping {by!r} (one of {sorted(keys)})", field="sft_balance_by")
    return keys[by]


def conversation_rows(
    rows: list[dict], n: int, seed: int, boost: dict[str, float] | None = None, by: str = "situation"
) -> list[dict]:
    """Every turn of whole conversations, drawn in a seeded order until ``n`` turns; ``boost`` repeats the
    turns of named groups (``{"resolve->accept": 3}``: three copies; 2.5: two, and a third by a seeded
    coin), groups as ``by`` names them (as in ``balance_rows``: ``"offer->accept (noted)"`` by noted_situation).
    For prefix-shared SFT, where a conversation's turns cost one sequence and a repeat its completion.

    >>> rows = [{"conversation": c, "turn_index": t, "agent_move": "resolve" if t == 2 else "ask_known",
    ...          "completion": [{"reasoning_content": "Action: accept" if t == 2 else "Action: answer"}]}
    ...         for c in "abcd" for t in range(3)]
    >>> chosen = conversation_rows(rows, 5, seed=0, boost={"resolve->accept": 2})
    >>> len({r["conversation"] for r in chosen}), len(chosen)
    (2, 8)
    """
    by_conversation: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_conversation[str(row.get("conversation"))].append(row)
    key = group_key(by)
    unknown = sorted(set(boost or {}) - {key(r) for r in rows})
    if unknown:
        raise DataError(f"names groups the rows do not have: {unknown} (by {by})", field="sft_boost")
    rng, order = random.Random(seed), sorted(by_conversation)
    rng.shuffle(order)
    chosen, taken = [], 0
    for name in order:
        if taken >= n:
            break
        turns = sorted(by_conversation[name], key=lambda r: r.get("turn_index") or 0)
        taken += len(turns)
        for row in turns:
            weight = (boost or {}).get(key(row), 1.0)
            chosen += [row] * (int(weight) + (rng.random() < weight - int(weight)))
    return chosen


def stop_focus_rows(rows: list[dict], n: int, share: float, seed: int) -> list[dict]:
    """Draw ``n`` GRPO prompt rows, ``share`` of them at a stop decision, shuffled.

    A stop decision is a turn where the reference user ends (``goal_met`` or ``limit_hit``) or the turn just
    before one in the same conversation, where it must go on; the rest are drawn from the other turns. Why:
    a stop is one turn in six, so eight random prompts hold one or two, and GRPO never sees the choice that
    termination F1 measures. The draw is seeded and independent of the rows' order.

    >>> rows = [{"conversation": c, "turn_index": t, "goal_met": t == 4, "limit_hit": False}
    ...         for c in "ab" for t in range(5)]
    >>> sorted((r["conversation"], r["turn_index"]) for r in stop_focus_rows(rows, 4, 1.0, seed=0))
    [('a', 3), ('a', 4), ('b', 3), ('b', 4)]
    """
    ends = {(r["conversation"], r["turn_index"]) for r in rows if r.get("goal_met") or r.get("limit_hit")}
    near = ends | {(c, t - 1) for c, t in ends}
    order = sorted(rows, key=lambda r: repr(sorted(r.items())))
    focus = [r for r in order if (r["conversation"], r["turn_index"]) in near]
    other = [r for r in order if (r["conversation"], r["turn_index"]) not in near]
    rng = random.Random(seed)
    k = min(len(focus), round(share * min(n, len(rows))))
    chosen = rng.sample(focus, k) + rng.sample(other, min(len(other), min(n, len(rows)) - k))
    rng.shuffle(chosen)
    return chosen


class SimulatorRecipe(StagedRun):
    command = "userlm train simulator"

    def stage_profiles(self) -> dict:
        from userlm.core.profile_store import save_profiles
        from userlm.profiles.generate import generate
        from userlm.profiles.library import load_library
        from userlm.profiles.tau2 import import_tau2

        cfg = self.cfg
        profiles = generate(load_library(), n=cfg.profiles, seed=cfg.seed, progress=True)
        for path in cfg.tau2:
            profiles += import_tau2(path)
        train, test = split_by_domain(profiles, cfg.held_out_domains, cfg.test_share, cfg.seed)
        save_profiles(self.path("profiles", "train.jsonl"), train)
        save_profiles(self.path("profiles", "test.jsonl"), test)
        domains = sorted({p.goal.domain for p in train})
        return {"train": len(train), "test": len(test), "train_domains": domains,
                "held_out_domains": sorted({p.goal.domain for p in test} - set(domains))}  # fmt: skip

    def stage_synth(self) -> dict:
        from userlm.core.prompts import has_offer_notes
        from userlm.synth.config import SynthConfig
        from userlm.synth.synth import synthesize

        self.require("profiles")
        cfg = self.cfg
        common = {
            "max_turns": cfg.synth_turns,
            "trap_rate": cfg.trap_rate,
            "system_prompt": cfg.system_prompt,
            "carry_state": "_state" in cfg.template,
            "offer_notes": has_offer_notes(cfg.template),
        }
        stats = synthesize(SynthConfig(profiles=str(self.path("profiles", "train.jsonl")), out=str(self.path("synth")),
                                       conversations=cfg.conversations, seed=cfg.seed, cooperative=cfg.cooperative, **common))  # fmt: skip
        # the held-out prompts keep synthesis' default agent, as the eval's sessions do, whatever training drew
        held = synthesize(SynthConfig(profiles=str(self.path("profiles", "test.jsonl")), out=str(self.path("synth", "held")),
                                      conversations=max(4, cfg.reward_prompts // 2), seed=cfg.seed + 1, **common))  # fmt: skip
        return {**stats, "held_out_turns": held["turns"]}

    def _train_argv(self, config: str, stage: str, model: str, data: str, steps: int | None, lr: float) -> list[str]:
        """``steps`` None: one epoch, checkpointed every quarter (the Trainer reads a save_steps below 1 so)."""
        from userlm.core.resources import find_data

        length = ["--max_steps", "-1", "--num_train_epochs", "1", "--save_steps", "0.25"] if steps is None else \
            ["--max_steps", str(steps), "--save_steps", str(max(steps // 4, 1))]
        return ["--config", str(find_data("training", config)), "--model_name_or_path", model,
                "--dataset_path", data, "--output_dir", str(self.path(stage)), *length,
                "--seed", str(self.cfg.seed), "--report_to", "none",
                "--learning_rate", str(lr), "--merge_lora", "false"]  # fmt: skip

    def stage_sft(self) -> dict:
        from userlm.core.io import write_jsonl
        from userlm.core.rows import SFTTurnRow, read_rows
        from userlm.training.sft import train_sft

        self.require("synth")
        cfg = self.cfg
        data = self.path("synth", "sft_turns.jsonl")
        chosen = read_rows(data, SFTTurnRow)
        # one epoch over the shared sequences: their number follows from the conversations drawn
        steps = None if cfg.sft_share_prefixes else cfg.sft_steps
        if cfg.sft_share_prefixes:
            chosen = conversation_rows(chosen, cfg.sft_turns or cfg.sft_steps * cfg.sft_batch_size, cfg.seed, cfg.sft_boost,
                                       by=cfg.sft_balance_by)
        elif cfg.sft_balance is not None or cfg.sft_boost:
            power = 1.0 if cfg.sft_balance is None else cfg.sft_balance
            chosen = balance_rows(chosen, cfg.sft_steps * cfg.sft_batch_size, power, cfg.seed, by=cfg.sft_balance_by, boost=cfg.sft_boost)
        if cfg.sft_share_prefixes or cfg.sft_balance is not None or cfg.sft_boost:
            data = self.path("sft", "rows.jsonl")  # rewritten the same on a resumed run: the draw is seeded
            write_jsonl(data, chosen)
        argv = self._train_argv("sft.yaml", "sft", cfg.model, str(data), steps, cfg.sft_lr)
        argv += ["--use_peft", "true", "--lora_r", str(cfg.lora_r), "--lora_alpha", str(2 * cfg.lora_r), "--lora_dropout", str(cfg.lora_dropout),
                 "--lora_target_modules", "all-linear", "--max_length", str(cfg.max_length),
                 # one row per forward pass, rows accumulated into a step: no padding and no attention across
                 # packed rows (padding-free packing still pays full attention over the flat batch with SDPA)
                 "--per_device_train_batch_size", "1", "--gradient_accumulation_steps", str(cfg.sft_batch_size)]  # fmt: skip
        if cfg.sft_share_prefixes:
            argv += ["--share_prefixes", "true"]
        if self._checkpoints("sft"):  # a killed run continues from its last checkpoint
            argv += ["--resume", "true"]
        actions = dict(sorted(Counter(row_action(r) for r in chosen).items()))
        situation_of = row_noted_situation if cfg.sft_balance_by == "noted_situation" else row_situation
        situations = dict(sorted(Counter(situation_of(r) for r in chosen).items()))
        return {"adapter": str(self.path("sft")), "rows": len(chosen), "actions": actions, "situations": situations, "metrics": train_sft(argv)}

    def stage_grpo(self) -> dict:
        from userlm.training.grpo import train_rl

        cfg, sft = self.cfg, self.require("sft")["adapter"]
        if cfg.grpo_steps == 0:
            return {"adapter": sft, "skipped": True}
        data = self.path("synth", "grpo.jsonl")
        if cfg.grpo_stop_share is not None:  # one prompt a step: exactly the steps' prompts, seeded
            from userlm.core.io import write_jsonl
            from userlm.core.rows import GRPORow, read_rows

            chosen = stop_focus_rows(read_rows(data, GRPORow), cfg.grpo_steps, cfg.grpo_stop_share, cfg.seed)
            data = self.path("grpo", "prompts.jsonl")  # rewritten the same on a resumed run
            write_jsonl(data, chosen)
        argv = self._train_argv("grpo_user.yaml", "grpo", sft, str(data), cfg.grpo_steps, cfg.grpo_lr)
        argv += ["--max_completion_length", str(cfg.grpo_completion_tokens), "--num_generations",
                 str(cfg.grpo_generations), "--per_device_train_batch_size", str(cfg.grpo_generations),
                 "--gradient_accumulation_steps", "1"]  # one prompt a step, whatever grpo_user.yaml accumulates  # fmt: skip
        argv += ["--mix_path", str(self.mix_path())]
        if self._checkpoints("grpo"):
            argv += ["--resume", "true"]
        return {"adapter": str(self.path("grpo")), "reward_mix": str(self.mix_path()), "metrics": train_rl(argv)}

    def mix_path(self) -> Path:
        """The reward mix file: ``reward_mix`` as given if it has a folder part, else that file of ``rewards/``."""
        from userlm.core.resources import find_data

        mix = self.cfg.reward_mix
        return Path(mix) if Path(mix).parent != Path(".") else find_data("rewards", mix)

    def _checkpoints(self, stage: str) -> bool:
        return any(self.path(stage).glob("checkpoint-*")) if self.path(stage).exists() else False

    def stage_eval(self) -> dict:
        from userlm.recipe.report import evaluate_recipe

        return evaluate_recipe(self)

    def stage_package(self) -> dict:
        from userlm.recipe.report import package

        return package(self)


def recipe_command(args) -> int:
    import json
    import time

    from userlm.core.config import load_config, parse_overrides
    from userlm.core.io import DataError
    from userlm.recipe.config import QUICK

    cfg = load_config(RecipeConfig, args.config, list(args.overrides or []))
    if args.quick:  # the YAML's sizes shrink too (training/simulator.yaml holds the 2-hour ones); the CLI's win
        given = {key for key, _ in parse_overrides(list(args.overrides or []))}
        for key, value in QUICK.items():
            if key not in given:
                setattr(cfg, key, value)
    stages = args.stage or list(STAGES)
    unknown = [s for s in stages if s not in STAGES]
    if unknown:
        raise DataError(
            f"unknown stage(s) {unknown}; stages: {', '.join(STAGES)}", "command line", None, "stage"
        )
    recipe = SimulatorRecipe(cfg)
    if not recipe.mix_path().is_file():  # found now, not after an hour of SFT
        where = args.config or "command line"
        raise DataError(f"no reward mix {recipe.mix_path()} (a file of rewards/ or a path)", where, None, "reward_mix")
    recipe.console.print(f"[bold]userlm train simulator[/bold] -> {cfg.out}  ({cfg.model_dump_json()})")
    start = time.perf_counter()
    summary = recipe.run(stages, force=args.force)
    recipe.console.print(f"[bold green]done in {time.perf_counter() - start:.0f} s[/bold green]")
    print(json.dumps({k: v.get("seconds") for k, v in summary.items()}))
    return 0
